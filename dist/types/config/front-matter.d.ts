import type { ConfigFile } from './config-file.js';
import { type EffectiveConfig } from './effective.js';
/** The `recount:` block of a report's YAML front matter, validated like a config file; null when absent. */
export declare function frontMatterConfig(file: string, source: string): ConfigFile | null;
/** The configuration for one report: its front matter over the config it falls under. */
export declare function configForReport(file: string, source: string, base: EffectiveConfig): {
    config: EffectiveConfig;
    frontMatter: boolean;
};
