import { type EffectiveConfig } from './effective.js';
import { type ConfigSnapshot } from './snapshot.js';
export { mergeConfig, type CodeBlocks, type EffectiveConfig } from './effective.js';
/** The defaults, with include/exclude globs relative to `baseDir` (the working directory unless given). */
export declare function defaultConfig(baseDir?: string): EffectiveConfig;
/** Whether include/exclude keep `file` (a path as the user named it). */
export declare function isIncluded(config: EffectiveConfig, file: string): boolean;
/**
 * Finds the configuration for each checked file: `--config` when given, else the nearest
 * .recount.yml/.recount.yaml/.recount.json from the file's directory up to the repository root.
 * With a snapshot (a pull request's base commit), config files are read from it, not from the workspace.
 */
export declare class ConfigResolver {
    private readonly snapshot?;
    private readonly byDirectory;
    private readonly explicit;
    constructor(explicitPath?: string, snapshot?: ConfigSnapshot | undefined);
    forFile(file: string): EffectiveConfig;
    private load;
}
