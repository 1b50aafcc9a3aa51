import type { Quantity, Tokens } from '../extract/quantity.js';
export interface StatedCount {
    count: Quantity;
    /** The counted noun, singular ("file"), from the parenthesis or the label; empty when unnamed. */
    nouns: string[];
    /** The label before the count, cleaned ("Modified Files"). */
    label: string;
    /** "(8/15)": the count is the part of a tally; its whole is `of`. */
    of: Quantity | null;
    /** The label is a status ("Completed", "Files Modified"): the count is of the things in that state. */
    status: boolean;
    /** The counted noun is named beside the count ("(18 files)"), not taken from the label. */
    named?: boolean;
}
export declare const STATUS_WORD: RegExp;
/** "Modified Files (5)", "Created (18 files)", "Completed (8/15)": a count in parentheses that ends a title. */
export declare function parenthesisedCount(text: string, tokens: Tokens, end?: number): StatedCount | null;
/** "Incidents: 4": a title whose value, after a colon, counts what follows. */
export declare function colonCount(text: string, tokens: Tokens): StatedCount | null;
/**
 * "Newly quarantined tests — 6 tests", "Fixed in this session — 5 packages upgraded": a title that
 * ends, after a dash, with a count and the things counted (and perhaps what was done to them).
 */
export declare function dashCount(text: string, tokens: Tokens): StatedCount | null;
/** "Top 5 Achievements", "3 Key Risks": a count that opens a title and names what follows. */
export declare function openingCount(text: string, tokens: Tokens): StatedCount | null;
/**
 * "**6 key wins**:", "We shipped 4 fixes:", "Created Files (7):": a line that ends in a colon and
 * counts what the list after it holds. The counted words end at the colon and form a noun phrase.
 */
export declare function leadInCount(text: string, tokens: Tokens): StatedCount | null;
