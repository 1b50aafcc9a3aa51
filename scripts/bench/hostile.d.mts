export declare const HOSTILE: Record<string, (bytes: number) => string>
