import type { Quantity } from './quantity.js'

/** A closed range of values; arithmetic on stated numbers carries the rounding they were written with. */
export interface Interval {
  low: number
  high: number
}

/**
 * Which whole numbers, besides amounts of money, stand for what rounds to them: none, whole
 * measurements ("65s", "420ms") but not counts, or every whole number.
 */
export type WholeNumbers = 'exact' | 'measurements rounded' | 'all rounded'

/**
 * The values a number written as an input to arithmetic can stand for. Whole numbers are taken as
 * exact (counts, whole milliseconds, whole percentages), except amounts of money, which are usually
 * a computation rounded to the unit ("$66,176" may be 66,176.47), and what `wholes` reads as
 * rounded; decimals and magnitudes ("18.2M") are rounded to their last digit; "~" is roughly 5%, or
 * more for a round figure.
 * Bounds and ranges are not single values: null.
 */
export function operandInterval(q: Quantity, wholes: WholeNumbers = 'exact'): Interval | null {
  if (q.bound || q.rangeHigh !== null) return null
  const unit = 10 ** -q.decimals
  const measured = q.dimension === 'money' || wholes === 'all rounded' || (wholes === 'measurements rounded' && q.dimension !== 'count')
  let half = q.decimals > 0 || measured || (q.factor >= 1000 && q.dimension === 'count') ? unit / 2 : 0
  // "~70": roughly, and rounded to its last non-zero digit ("~70" may be 65 to 75), up to a tenth either way.
  if (q.approx) half = Math.max(half, Math.abs(q.written) * 0.05, unit / 2, Math.min(roundingStep(q.written) / 2, Math.abs(q.written) * 0.1))
  return { low: (q.written - half) * q.factor, high: (q.written + half) * q.factor }
}

/** The place of a whole number's last non-zero digit: 70 → 10, 1,500 → 100, 84 → 1; 1 for fractions. */
function roundingStep(written: number): number {
  let step = 1
  let n = Math.abs(written)
  if (!Number.isInteger(n) || n === 0) return 1
  while (n % 10 === 0) {
    n /= 10
    step *= 10
  }
  return step
}

export function sub(a: Interval, b: Interval): Interval {
  return { low: a.low - b.high, high: a.high - b.low }
}

export function div(a: Interval, b: Interval): Interval | null {
  if (b.low <= 0 && b.high >= 0) return null
  const candidates = [a.low / b.low, a.low / b.high, a.high / b.low, a.high / b.high]
  return { low: Math.min(...candidates), high: Math.max(...candidates) }
}

export function scale(a: Interval, factor: number): Interval {
  const x = a.low * factor
  const y = a.high * factor
  return { low: Math.min(x, y), high: Math.max(x, y) }
}

/** (after − before) / before, in percent, as after / before − 1 (before and after vary independently). */
export function relativeChange(before: Interval, after: Interval): Interval | null {
  const ratio = div(after, before)
  return ratio && { low: (ratio.low - 1) * 100, high: (ratio.high - 1) * 100 }
}

export function midpoint(a: Interval): number {
  return (a.low + a.high) / 2
}
