import { type Dirent } from 'node:fs';
export declare const MARKDOWN_EXTENSIONS: RegExp;
/** A path met while listing that is not checked, and why (a notice, never a silent drop). */
export interface SkippedEntry {
    /** Relative to the listing's cwd, as the files are; empty for cwd itself. */
    file: string;
    notice: string;
}
export interface Listing {
    files: string[];
    skipped: SkippedEntry[];
}
/** The readdir tinyglobby calls, so that what it drops (unreadable directories, links, FIFOs, devices) can be named. */
type ReaddirWithTypes = (path: string, options: {
    withFileTypes: true;
}, callback: (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void) => void;
export interface ListOptions {
    /** Follow symbolic links (the action's file patterns do; directory and glob arguments of the CLI do not). */
    followLinks?: boolean;
    /** Stands in for fs.readdir (tests). */
    listDirectory?: ReaddirWithTypes;
}
/**
 * The files matching `patterns` under `cwd`, and every entry the walk met and left out: a directory
 * it could not read, and a link (broken, or not followed), FIFO, device or socket with a Markdown
 * name that matches a pattern.
 */
export declare function listMatching(patterns: string | string[], cwd: string, options?: ListOptions): Promise<Listing>;
export {};
