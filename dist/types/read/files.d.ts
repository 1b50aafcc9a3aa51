import { type SkippedEntry } from './listing.js';
export { describeIoError } from './io-error.js';
export { MARKDOWN_EXTENSIONS } from './listing.js';
export interface ExpandedPaths {
    files: string[];
    /** Files named directly on the command line (configuration's exclude does not drop them). */
    explicit: Set<string>;
    /** Arguments that matched nothing or could not be read, with the reason. */
    errors: Array<{
        file: string;
        message: string;
    }>;
    /** What expanding a directory or glob met and left out (an unreadable directory, a link, FIFO or device), with the reason. */
    skipped: SkippedEntry[];
}
/** Turns CLI arguments (files, directories, globs) into a sorted, de-duplicated list of Markdown files. */
export declare function expandPaths(args: string[], cwd?: string): Promise<ExpandedPaths>;
export declare const DEFAULT_MAX_FILE_BYTES: number;
/** `digest`: the SHA-256 (hex) of the bytes read. */
export type ReadReport = {
    text: string;
    digest: string;
    notice?: string;
} | {
    skipped: string;
};
/**
 * Reads a report as text. UTF-8 (with or without a BOM) and UTF-16 with a BOM are decoded;
 * invalid UTF-8 is read with U+FFFD in place of the bad bytes, with a notice. Binary files, files
 * over `maxBytes` and symbolic links that lead out of the working directory are skipped, with the
 * reason: never silently.
 */
export declare function readReport(file: string, maxBytes?: number, root?: string): Promise<ReadReport>;
/** A report's text from its bytes, as readReport reads it: UTF-16 by its byte order mark, else UTF-8 (bad bytes as U+FFFD). */
export declare function decodeReport(bytes: Uint8Array): string;
export declare const sha256: (bytes: Uint8Array) => string;
