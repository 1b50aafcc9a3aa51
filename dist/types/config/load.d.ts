import type { ConfigFile } from './config-file.js';
import { repositoryRoot } from '../read/repository-root.js';
export { repositoryRoot };
export declare const CONFIG_NAMES: string[];
export declare class ConfigError extends Error {
}
/**
 * Validates configuration text (a config file, or a front matter `recount:` block). Errors name the
 * file, the place, the key path and what is allowed:
 * `.recount.yml:3:19: rules.change-percent: expected "off" | "notice" | "warning" | "error"`.
 */
export declare function parseConfig(file: string, text: string, baseLine?: number, key?: string[]): ConfigFile;
/** The nearest config file from `directory` upward, stopping at the repository root. */
export declare function findConfigFile(directory: string): string | null;
/** Reads a config file as reports are read: a regular file inside the workspace, of at most 1 MB. */
export declare function readConfigFile(file: string): ConfigFile;
