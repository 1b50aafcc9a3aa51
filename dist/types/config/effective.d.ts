import type { Severity } from '../model.js';
import { type Policy } from '../check/policy.js';
import type { ConfigFile } from './config-file.js';
export type CodeBlocks = 'auto' | 'always' | 'never';
/** Everything configuration decides for one file, after defaults, config file and front matter. */
export interface EffectiveConfig {
    /** The config file in force, if any. */
    source: string | null;
    severities: Record<string, Severity | 'off'>;
    ignore: Record<string, string[]>;
    policy: Policy;
    codeBlocks: CodeBlocks;
    include: string[];
    exclude: string[];
    /** Directory the include/exclude globs are relative to. */
    baseDir: string;
    /** Metric name → labels that mean it (raw, as written in the config). */
    aliases: Record<string, string[]>;
    changeBase: Record<string, 'higher' | 'lower'>;
    rounding: Policy['rounding'];
    tolerance: number;
    approximate: number;
}
export declare function defaultConfig(baseDir?: string): EffectiveConfig;
/** Applies a config file (or front matter block) over `base`: keys given replace, maps merge. */
export declare function mergeConfig(base: EffectiveConfig, file: ConfigFile, source: string | null, baseDir?: string): EffectiveConfig;
