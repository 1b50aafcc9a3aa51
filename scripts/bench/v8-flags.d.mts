export declare function recountV8Flags(version: string): string[]
