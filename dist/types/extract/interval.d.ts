import type { Quantity } from './quantity.js';
/** A closed range of values; arithmetic on stated numbers carries the rounding they were written with. */
export interface Interval {
    low: number;
    high: number;
}
/**
 * Which whole numbers, besides amounts of money, stand for what rounds to them: none, whole
 * measurements ("65s", "420ms") but not counts, or every whole number.
 */
export type WholeNumbers = 'exact' | 'measurements rounded' | 'all rounded';
/**
 * The values a number written as an input to arithmetic can stand for. Whole numbers are taken as
 * exact (counts, whole milliseconds, whole percentages), except amounts of money, which are usually
 * a computation rounded to the unit ("$66,176" may be 66,176.47), and what `wholes` reads as
 * rounded; decimals and magnitudes ("18.2M") are rounded to their last digit; "~" is roughly 5%, or
 * more for a round figure.
 * Bounds and ranges are not single values: null.
 */
export declare function operandInterval(q: Quantity, wholes?: WholeNumbers): Interval | null;
export declare function sub(a: Interval, b: Interval): Interval;
export declare function div(a: Interval, b: Interval): Interval | null;
export declare function scale(a: Interval, factor: number): Interval;
/** (after − before) / before, in percent, as after / before − 1 (before and after vary independently). */
export declare function relativeChange(before: Interval, after: Interval): Interval | null;
export declare function midpoint(a: Interval): number;
