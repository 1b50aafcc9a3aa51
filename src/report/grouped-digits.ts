// Numbers written with their digits grouped by commas, as toLocaleString('en-US') writes them,
// without calling it: the first call of any locale-formatting built-in in a process loads ICU's
// number formats (about 18 ms).

/** "1456.50" → "1,456.50": a plain decimal (digits, then perhaps a point and digits), its whole part grouped by threes. */
export function groupDigits(plain: string): string {
  const point = plain.indexOf('.')
  const whole = point < 0 ? plain : plain.slice(0, point)
  let text = ''
  for (let i = 0; i < whole.length; i++) text += (i > 0 && (whole.length - i) % 3 === 0 ? ',' : '') + whole[i]
  return point < 0 ? text : text + plain.slice(point)
}

/** "20050" → "20,050" when the number it is set against groups its digits ("21,050"); a sign and decimals kept. */
export function groupedLike(digits: string, written: string): string {
  return /\d,\d{3}/.test(written) ? digits.replace(/^([-+]?)(\d+)/, (_, sign: string, whole: string) => sign + groupDigits(whole)) : digits
}

/** A count as toLocaleString('en-US') writes it: 65536 → "65,536". */
export function groupInteger(n: number): string {
  return Number.isSafeInteger(n) && n >= 0 ? groupDigits(String(n)) : n.toLocaleString('en-US')
}

const PLAIN_DECIMAL = /^\d+(?:\.\d+)?$/
/** Most significant digits a decimal can have and still be the shortest form of the double nearest it. */
const EXACT_DIGITS = 15

/**
 * `Number(plain).toLocaleString('en-US')` with exactly `decimals` fraction digits, for a plain
 * decimal written with that many (as toFixed writes it). ICU writes the shortest decimal form of the
 * double and rounds that; a decimal of at most 15 significant digits is that form itself, so grouping
 * its text gives the same. A longer one, or an exponent, is left to ICU.
 */
export function groupDecimal(plain: string, decimals: number): string {
  if (PLAIN_DECIMAL.test(plain) && plain.replace('.', '').replace(/^0+/, '').length <= EXACT_DIGITS) return groupDigits(plain)
  return Number(plain).toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
}
