/** The longest glob picomatch reads (its MAX_LENGTH); it throws on a longer one. */
export declare const MAX_GLOB_LENGTH: number;
export declare const GLOB_TOO_LONG: string;
/** Why `glob` is too long for picomatch, or null when it is not. */
export declare function globTooLong(glob: string): string | null;
