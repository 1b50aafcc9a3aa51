import type { Quantity } from '../extract/quantity.js';
/**
 * The stated token with its number replaced by `value`, written with the same number of decimals
 * (and a sign when the original had one or `signed` is set): "+350%" → "+250%", "11" → "12".
 */
export declare function replaceNumber(text: string, q: Quantity, value: number, signed?: boolean, decimals?: number): string;
