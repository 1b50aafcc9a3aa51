import type { Quantity } from '../extract/quantity.js';
import type { Interval } from '../extract/interval.js';
import { type Policy } from './policy.js';
/**
 * The values a stated result may stand for, in the quantity's base unit. "88%" covers [87.5, 88.5]
 * (half-up rounding) and [88, 89) (truncation, which reports use as often); "~" widens by 10%;
 * "<250ms" is everything below 250 ms.
 */
export declare function statedInterval(q: Quantity, magnitude?: boolean, policy?: Policy): Interval;
export declare function overlaps(a: Interval, b: Interval): boolean;
/** Does the stated quantity agree with a computed interval under any accepted rounding? */
export declare function agrees(stated: Quantity, computed: Interval, magnitude?: boolean, policy?: Policy): boolean;
/** Writes a computed value with one decimal more than the stated one, so a reader sees what rounding gives. */
export declare function formatLike(value: number, stated: Quantity | null, maxDecimals?: number): string;
/** "+250%", "−41.5%": a signed percentage for messages. */
export declare function signedPercent(value: number, decimals?: number): string;
