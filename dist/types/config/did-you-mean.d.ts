/** Edit distance with transpositions (optimal string alignment): "eror" → "error" is 1, "erorr" → "error" is 1. */
export declare function editDistance(a: string, b: string): number;
/**
 * The allowed value a misspelt one abbreviates, or the closest to it when it is close enough to be a likely typo (at most
 * a third of its letters differ, and at least one may), else undefined.
 */
export declare function closest(given: string, allowed: readonly string[]): string | undefined;
/** ` (did you mean "error"?)`, or '' when nothing is close. */
export declare function didYouMean(given: string, allowed: readonly string[], quote?: string): string;
