/** Configuration files are a few lines; anything bigger is not one. */
export declare const MAX_CONFIG_BYTES: number;
/** Metrics files can be large (coverage-final.json of a monorepo), but not endless. */
export declare const MAX_METRICS_BYTES: number;
/** A file recount refuses to read. The message names the file and why, never its content. */
export declare class RefusedFile extends Error {
    readonly file: string;
    readonly reason: string;
    constructor(file: string, reason: string);
}
/** The workspace a configuration or metrics file must stay inside: the repository around the working directory, else the working directory. */
export declare function workspaceRoot(cwd?: string): string;
/**
 * Why `file` must not be read, or null when it may: a symbolic link (of the file or of a directory
 * on its path) whose target lies outside `root`, anything but a regular file (a FIFO would block,
 * /dev/zero never ends), or a file over `maxBytes`. A path named outright outside `root`, with no
 * link in the way, is the user's choice and is read.
 */
export declare function refusal(file: string, maxBytes: number, root?: string): string | null;
/**
 * Reads `file` after `refusal` allows it, as bytes, from one open file handle that is checked
 * again (still a regular file, still within the limit) and never read past the limit: a file that
 * is swapped or grows between the check and the read is refused, not read without end.
 */
export declare function readGuardedFile(file: string, maxBytes: number, root?: string): Buffer;
