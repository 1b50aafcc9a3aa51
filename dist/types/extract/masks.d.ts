export interface Span {
    start: number;
    end: number;
}
/** Every mask pattern, for the ReDoS check in the test suite. */
export declare const MASK_PATTERNS: RegExp[];
export declare function findMasks(text: string): Span[];
export declare function mergeSpans(spans: Span[]): Span[];
