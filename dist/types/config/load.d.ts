import type { ConfigFile } from './config-file.js';
import { ConfigError, parseConfig } from './parse-config.js';
export { ConfigError, parseConfig };
export declare const CONFIG_NAMES: string[];
/** The nearest config file from `directory` upward, stopping at the repository root. */
export declare function findConfigFile(directory: string): string | null;
/** Reads a config file as reports are read: a regular file inside the workspace, of at most 1 MB. */
export declare function readConfigFile(file: string): ConfigFile;
