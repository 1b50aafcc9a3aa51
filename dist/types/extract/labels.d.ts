export declare function cleanLabel(raw: string): string;
export declare function singular(word: string): string;
/** Lower case, punctuation and emphasis removed, neutral words dropped, last word singular. */
export declare function normalizeLabel(raw: string): string;
/**
 * Whether a rise of this metric is good (+1), bad (−1) or unknown (0). A label that names an amount
 * of improvement ("Cost Reduction": 70% against a 50% target) is better higher; with `ofMetric`, the
 * words of improvement are set aside to find the metric itself ("Step Time Reduction: 155ms → 101ms"
 * is about step time).
 */
export declare function polarity(label: string, ofMetric?: boolean): 1 | -1 | 0;
/** Labels that scope a value away from "what is true now". */
export declare const NOT_CURRENT: RegExp;
