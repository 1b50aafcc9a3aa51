import type { Quantity } from '../extract/quantity.js'
import type { Interval } from '../extract/interval.js'
import { DEFAULT_POLICY, type Policy } from './policy.js'
import { trimZeros } from '../extract/units.js'

const EPSILON = 1e-9

/**
 * The values a stated result may stand for, in the quantity's base unit. "88%" covers [87.5, 88.5]
 * (half-up rounding) and [88, 89) (truncation, which reports use as often); "~" widens by 10%;
 * "<250ms" is everything below 250 ms.
 */
export function statedInterval(q: Quantity, magnitude = false, policy: Policy = DEFAULT_POLICY): Interval {
  const written = magnitude ? Math.abs(q.written) : q.written
  const unit = 10 ** -q.decimals
  const open = unit * (1 - 1e-6)
  let low = written
  let high = written
  if (policy.rounding === 'any') {
    low = written - open
    high = written + open
  } else {
    if (policy.rounding !== 'truncate') {
      // Half-even keeps a tie only when it rounds to an even last digit.
      const lastDigitEven = Math.round(Math.abs(written) / unit) % 2 === 0
      const tie = policy.rounding === 'half-even' && !lastDigitEven ? open / 2 : unit / 2
      low = written - tie
      high = written + tie
    }
    // Truncation covers [s, s + unit) (toward zero for negatives); the open end must stay open.
    if (written >= 0) high = Math.max(high, written + open)
    else low = Math.min(low, written - open)
  }
  if (q.dimension === 'percent' || q.dimension === 'points') {
    low -= policy.tolerance
    high += policy.tolerance
  }
  if (q.approx) {
    const slack = Math.max(unit, Math.abs(written) * policy.approximate)
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
export function agrees(stated: Quantity, computed: Interval, magnitude = false, policy: Policy = DEFAULT_POLICY): boolean {
  return overlaps(statedInterval(stated, magnitude, policy), computed)
}

/** Writes a computed value with one decimal more than the stated one, so a reader sees what rounding gives. */
export function formatLike(value: number, stated: Quantity | null, maxDecimals = 2): string {
  const decimals = stated ? Math.min(stated.decimals + 1, Math.max(maxDecimals, stated.decimals + 1)) : maxDecimals
  return trimZeros(value.toFixed(decimals))
}

/** "+250%", "−41.5%": a signed percentage for messages. */
export function signedPercent(value: number, decimals = 1): string {
  const text = trimZeros(Math.abs(value).toFixed(decimals))
  return `${value < 0 ? '-' : '+'}${text}%`
}
