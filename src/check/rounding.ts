import type { Quantity } from '../extract/quantity.js'
import type { Interval } from './interval.js'

const EPSILON = 1e-9

/**
 * The values a stated result may stand for, in the quantity's base unit. "88%" covers [87.5, 88.5]
 * (half-up rounding) and [88, 89) (truncation, which reports use as often); "~" widens by 10%;
 * "<250ms" is everything below 250 ms.
 */
export function statedInterval(q: Quantity, magnitude = false): Interval {
  const written = magnitude ? Math.abs(q.written) : q.written
  const unit = 10 ** -q.decimals
  let low = written - unit / 2
  let high = written + unit / 2
  // Truncation covers [s, s + unit) (toward zero for negatives); the open end must stay open.
  if (written >= 0) high = Math.max(high, written + unit * (1 - 1e-6))
  else low = Math.min(low, written - unit * (1 - 1e-6))
  if (q.approx) {
    const slack = Math.max(unit, Math.abs(written) * 0.1)
    low = Math.min(low, written - slack)
    high = Math.max(high, written + slack)
  }
  if (q.rangeHigh !== null) high = Math.max(high, q.rangeHigh / q.factor + unit / 2)
  if (q.bound === '<' || q.bound === '<=') low = -Infinity
  if (q.bound === '>' || q.bound === '>=') high = Infinity
  return { low: low * q.factor, high: high * q.factor }
}

export function overlaps(a: Interval, b: Interval): boolean {
  const tolerance = EPSILON * Math.max(1, Math.abs(a.low), Math.abs(a.high))
  return a.low <= b.high + tolerance && b.low <= a.high + tolerance
}

/** Does the stated quantity agree with a computed interval under any accepted rounding? */
export function agrees(stated: Quantity, computed: Interval, magnitude = false): boolean {
  return overlaps(statedInterval(stated, magnitude), computed)
}

/** Writes a computed value with as many decimals as the stated one, or one more when that hides the difference. */
/** Writes a computed value with one decimal more than the stated one, so a reader sees what rounding gives. */
export function formatLike(value: number, stated: Quantity | null, maxDecimals = 2): string {
  const decimals = stated ? Math.min(stated.decimals + 1, Math.max(maxDecimals, stated.decimals + 1)) : maxDecimals
  return trimZeros(value.toFixed(decimals))
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text
}

/** "+250%", "−41.5%": a signed percentage for messages. */
export function signedPercent(value: number, decimals = 1): string {
  const text = trimZeros(Math.abs(value).toFixed(decimals))
  return `${value < 0 ? '-' : '+'}${text}%`
}
