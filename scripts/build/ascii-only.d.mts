export declare function asciiOnly(source: string, file: string, options?: { module?: boolean }): string
