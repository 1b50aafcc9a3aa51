import type { Fraction, Quantity, Tokens } from '../extract/quantity.js';
import type { Dimension } from '../extract/units.js';
import { type Interval } from '../extract/interval.js';
/** One side of a comparison: a plain quantity, or a fraction such as "2/8" (a count of a whole). */
export interface Operand {
    start: number;
    end: number;
    raw: string;
    dimension: Dimension;
    /** The value used for relative change: the quantity, or the fraction's numerator. */
    value: Interval;
    /** As a share in percent, where it is one: a "%" value or a fraction. */
    share: Interval | null;
    /** The written number, for messages: "2" of "2/8", "420ms". */
    shown: string;
    quantity: Quantity;
    denominator: number | null;
    unitSymbol: string | null;
    /** A fraction read as its share, beside a fraction of another whole ("230/2674 → 231/2678"). */
    asShare?: boolean;
}
export declare function fromQuantity(q: Quantity): Operand | null;
export declare function fromFraction(text: string, f: Fraction): Operand | null;
/** The operand that starts at or covers `position`-ish spans: fractions win over their parts. */
export declare function operandsOf(text: string, tokens: Tokens): Operand[];
/** The single operand of a table cell ("2/8 (25%)" → 2/8, "61 files" → 61), or null when there is none or several. */
export declare function cellOperand(text: string, tokens: Tokens): Operand | null;
export declare function sameKind(a: Operand, b: Operand): boolean;
