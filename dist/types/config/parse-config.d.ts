import type { ConfigFile } from './config-file.js';
export declare class ConfigError extends Error {
}
/**
 * Validates configuration text (a config file, or a front matter `recount:` block). Errors name the
 * file, the place, the key path and what is allowed:
 * `.recount.yml:3:19: rules.change-percent: expected "off" | "notice" | "warning" | "error"`.
 */
export declare function parseConfig(file: string, text: string, baseLine?: number, key?: string[]): ConfigFile;
