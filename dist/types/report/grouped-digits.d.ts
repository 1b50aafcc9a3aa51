/** "1456.50" → "1,456.50": a plain decimal (digits, then perhaps a point and digits), its whole part grouped by threes. */
export declare function groupDigits(plain: string): string;
/** "20050" → "20,050" when the number it is set against groups its digits ("21,050"); a sign and decimals kept. */
export declare function groupedLike(digits: string, written: string): string;
/** A count as toLocaleString('en-US') writes it: 65536 → "65,536". */
export declare function groupInteger(n: number): string;
/**
 * `Number(plain).toLocaleString('en-US')` with exactly `decimals` fraction digits, for a plain
 * decimal written with that many (as toFixed writes it). ICU writes the shortest decimal form of the
 * double and rounds that; a decimal of at most 15 significant digits is that form itself, so grouping
 * its text gives the same. A longer one, or an exponent, is left to ICU.
 */
export declare function groupDecimal(plain: string, decimals: number): string;
