import type { ConfigFile } from './config-file.js';
/**
 * The configuration files of one commit (a pull request's base), read from git rather than from the
 * workspace, so that a pull request cannot change the configuration it is checked with. It crosses
 * to the checking processes by structured clone.
 */
export interface ConfigSnapshot {
    /** The repository's root in the workspace; the paths below are relative to it, with `/`. */
    root: string;
    /** The commit, as messages name it (an abbreviated SHA). */
    commit: string;
    /** Path → text of each config file in the commit. */
    files: Record<string, string>;
    /** Path → why a config file of the commit was not read (a symbolic link, too large). */
    refused: Record<string, string>;
    /** Set when the commit could not be read at all: why. */
    unreadable?: string;
}
/** How a snapshot's file is named in messages: `1a2b3c4:docs/.recount.yml`, as `git show` takes it. */
export declare const snapshotName: (snapshot: ConfigSnapshot, path: string) => string;
/** The nearest config file of the snapshot from `directory` upward, stopping at the repository root. */
export declare function findSnapshotConfig(snapshot: ConfigSnapshot, directory: string): string | null;
export declare function readSnapshotConfig(snapshot: ConfigSnapshot, path: string): ConfigFile;
