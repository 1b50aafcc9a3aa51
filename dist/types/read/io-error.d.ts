/** A short reason for a failed file system call, without the path (the caller names the file). */
export declare function describeIoError(error: unknown): string;
