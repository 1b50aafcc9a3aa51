import type { Quantity, Tokens } from '../extract/quantity.js';
/** A whole-number count as written: "11", "1,456", not "~5", "3.5", "5k" or "2-3". */
export declare function isPlainCount(q: Quantity): boolean;
/** Amounts that add up whatever they name: times, sizes and money ("9 hours: 4h coding, …", "$1,000 ($600 compute, …)"). */
export declare const MEASURED_DIMENSIONS: ReadonlySet<string>;
/** The words right after a count ("11 production alerts configured" → production, alert, configured), singular. */
export declare function countedWords(text: string, q: Quantity, limit?: number): string[];
/** Whether `text` mentions one of `words` (compared in the singular). */
export declare function mentionsAny(text: string, words: string[]): boolean;
/** Whether `text` names one of `words` in the plural ("Search endpoints" for endpoint, "Entries" for entry). */
export declare function mentionsAnyInPlural(text: string, words: string[]): boolean;
/** The first quantity near the start of a line, skipping status marks and emphasis ("✅ 3 P1 alerts"). */
export declare function leadingCount(text: string, tokens: Tokens): Quantity | null;
