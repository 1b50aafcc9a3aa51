import { type Span } from './masks.js';
import { type Dimension } from './units.js';
export type Bound = '<' | '<=' | '>' | '>=';
/** A number as written in a report, with what it measures and how precisely it was written. */
export interface Quantity {
    /** Span of the whole token (sign, approximation mark, digits, unit) in the unit's text. */
    start: number;
    end: number;
    /** Span of the digits alone, for corrections. */
    digitsStart: number;
    digitsEnd: number;
    raw: string;
    /** The number as written, sign included, before magnitude and unit. */
    written: number;
    /** Value in the dimension's base unit (seconds, bytes; percent for %). */
    value: number;
    /** Multiplier from `written` to `value` (magnitude × unit factor). */
    factor: number;
    decimals: number;
    dimension: Dimension;
    unitSymbol: string | null;
    sign: '+' | '-' | null;
    approx: boolean;
    bound: Bound | null;
    /** For "2-3 hours", "55-60%": the other end, in base units. */
    rangeHigh: number | null;
    word: boolean;
}
export interface Fraction {
    start: number;
    end: number;
    numerator: Quantity;
    denominator: Quantity;
}
export interface ClockTime {
    start: number;
    end: number;
    /** Minutes since midnight. */
    minutes: number;
}
export interface Arrow {
    start: number;
    end: number;
}
export interface Tokens {
    quantities: Quantity[];
    fractions: Fraction[];
    times: ClockTime[];
    arrows: Arrow[];
    masks: Span[];
}
export declare const UNIT: RegExp;
export declare function tokenize(text: string): Tokens;
