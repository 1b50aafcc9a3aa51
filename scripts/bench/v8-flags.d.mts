export declare const CHECKER_FLAGS: string[]
export declare function recountV8Flags(version: string): string[]
