export declare const ADVERSARIAL: Record<string, (bytes: number) => string>
