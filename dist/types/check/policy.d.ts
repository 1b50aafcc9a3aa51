export type RoundingMode = 'half-up' | 'half-even' | 'truncate' | 'any';
/** How strictly stated numbers are read; set by configuration, defaults as documented. */
export interface Policy {
    /**
     * half-up (default) and half-even: the rounding rule, with truncation accepted too, as reports
     * truncate as often as they round; truncate: truncation only; any: rounding in either direction.
     */
    rounding: RoundingMode;
    /** Extra absolute slack for percentages and percentage points. */
    tolerance: number;
    /** How much "~" / "about" widens a number, as a fraction of it. */
    approximate: number;
    /** Labels whose direction of improvement is set by configuration (normalised label → +1 higher is better, −1 lower). */
    changeBase: Map<string, 1 | -1>;
    /** Label synonyms from configuration: normalised label → normalised metric name. */
    aliases: Map<string, string>;
}
export declare const DEFAULT_POLICY: Policy;
/** A normalised label, mapped to the metric name configuration says it means. */
export declare function canonicalLabel(normalized: string, policy: Policy): string;
/** Whether a rise of the labelled metric is good: configuration first, then the built-in words. */
export declare function polarityOf(label: string, policy: Policy, ofMetric?: boolean): 1 | -1 | 0;
