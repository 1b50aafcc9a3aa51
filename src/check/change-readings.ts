import type { Quantity } from '../extract/quantity.js'
import { polarityOf, type Policy } from './policy.js'
import { div, operandInterval, relativeChange, scale, sub, midpoint, type Interval } from '../extract/interval.js'
import { agrees, formatLike, signedPercent } from './rounding.js'
import type { Operand } from '../claims/operand.js'
import { replaceNumber } from './suggest.js'

const DECREASE_WORDS = /[↓⬇🔻📉]|\b(?:reduction|reduced|reduce|decrease|decreased|fewer|less|lower|drop|dropped|down|cut|savings?|saved|shorter|smaller|faster|quicker|decline|declined)\b/i
const INCREASE_WORDS = /[↑⬆🔺📈]|\b(?:increase|increased|growth|grew|more|higher|up|gain|rise|rose|larger|longer|slower|boost)\b/i
const SAVING_WORDS = /\b(?:savings?|saved)\b/i
const EVERY_SAVING_WORD = new RegExp(SAVING_WORDS.source, 'gi')
const IMPROVE_WORDS = /\b(?:improvement|improved|better|gain)\b/i
const WORSEN_WORDS = /\b(?:worse|regression|degradation|degraded)\b/i

export interface ChangeVerdict {
  ok: boolean
  message?: string
  computed?: string
  suggestion?: string
  /** A reading that may be what the author meant (points written with "%"): at most a warning. */
  atMost?: 'warning'
}

/**
 * The direction a stated change claims: from its sign, else from the words around it
 * ("95% reduction", "42% improvement" of a latency), else unknown (compare magnitudes).
 */
export function claimedDirection(change: Quantity, words: string, label: string, policy: Policy): 1 | -1 | 0 {
  if (change.sign) return change.sign === '-' ? -1 : 1
  // "Throughput: 100 → 150 (50% faster)": of something better higher, faster is up and slower down.
  if (SPEED_WORDS.test(words) && polarityOf(label, policy, true) === 1) return /\b(?:slower|slowdown)\b/i.test(words) ? -1 : 1
  if (DECREASE_WORDS.test(words)) return -1
  if (INCREASE_WORDS.test(words)) return 1
  const better = IMPROVE_WORDS.test(words) ? 1 : WORSEN_WORDS.test(words) ? -1 : 0
  const good = polarityOf(label, policy, true)
  return better === 0 || good === 0 ? 0 : ((better * good) as 1 | -1)
}

const ABSOLUTE_WORD = /^\s*(?:absolute|abs\.?)\b/i

const SPEED_WORDS = /\b(?:faster|quicker|speedup|speed-up|slower|slowdown)\b/i

/**
 * A change named as an improvement or a speed-up of something better lower (a time): its sign says
 * better (+) or worse (−), not up or down ("| 2.08 µs | 1.88 µs | +10% |" under Improvement).
 */
function betterOrWorse(words: string, label: string, before: Operand, policy: Policy): boolean {
  if (!IMPROVE_WORDS.test(words) && !SPEED_WORDS.test(words) && !WORSEN_WORDS.test(words)) return false
  const polarity = polarityOf(label, policy, true)
  return polarity === -1 || (polarity === 0 && before.dimension === 'duration')
}

/** The size of a time's improvement may be the time saved, (before − after) / before, or the speed gained, before / after − 1. */
function fitsTimeImprovement(change: Quantity, words: string, before: Operand, after: Operand, policy: Policy): boolean {
  const worse = change.sign === '-' || (!change.sign && (WORSEN_WORDS.test(words) || /\b(?:slower|slowdown)\b/i.test(words)))
  const relative = relativeChange(before.value, after.value)
  const ratio = div(before.value, after.value)
  const readings: Interval[] = []
  if (relative) readings.push({ low: -relative.high, high: -relative.low })
  if (ratio) readings.push({ low: (ratio.low - 1) * 100, high: (ratio.high - 1) * 100 })
  const stated: Quantity = { ...change, written: worse ? -Math.abs(change.written) : Math.abs(change.written), sign: null }
  return readings.some((r) => agrees(stated, r, false, policy))
}

function restatesFactor(change: Quantity, factor: Interval, policy: Policy): boolean {
  if (factor.low <= 0) return false
  const saved = { low: (1 - 1 / factor.low) * 100, high: (1 - 1 / factor.high) * 100 }
  const gained = { low: (factor.low - 1) * 100, high: (factor.high - 1) * 100 }
  const size: Quantity = { ...change, written: Math.abs(change.written), sign: null }
  return [saved, gained].some((r) => agrees(size, r, false, policy))
}

function describeDelta(before: Operand, after: Operand): string {
  if (before.denominator !== null && before.denominator === after.denominator) return `${before.shown} → ${after.shown}`
  return `${before.raw} → ${after.raw}`
}

function pointsOf(before: Operand, after: Operand): Interval | null {
  return before.share && after.share ? sub(after.share, before.share) : null
}

/** after ÷ before as the numbers are written (the middles of their readings), which a reviewer works out by hand. */
function writtenRatio(before: Interval, after: Interval): number {
  return midpoint(after) / midpoint(before)
}

/** Checks one stated change (percent, points, multiplier or signed delta) against before → after. */
export function judgeChange(text: string, writtenBefore: Operand, writtenAfter: Operand, change: Quantity, words: string, label: string, policy: Policy): ChangeVerdict | null {
  // A change written more precisely than its before and after was worked out from their unrounded
  // values ("57% → 71.3% (+14.7 pp)"): read them as rounded to their last digit.
  const precise = change.decimals > Math.min(writtenBefore.quantity.decimals, writtenAfter.quantity.decimals)
  const before = precise ? asRounded(writtenBefore) : writtenBefore
  const after = precise ? asRounded(writtenAfter) : writtenAfter
  const delta = describeDelta(before, after)
  const points = pointsOf(before, after)
  const direction = claimedDirection(change, words, label, policy)

  if (change.dimension === 'percent') {
    const relative = relativeChange(before.value, after.value)
    if (!relative) return null
    if (betterOrWorse(words, label, before, policy) && fitsTimeImprovement(change, words, before, after, policy)) return { ok: true }
    // "8× reduction → 4× reduction (still 75% reduction)": between two factors, a percentage may restate
    // the factor after as a share saved (1 − 1/4) or gained (4 − 1).
    if (before.dimension === 'multiplier' && after.dimension === 'multiplier' && restatesFactor(change, after.value, policy)) return { ok: true }
    // From a negative value ("-18.4% → -8.2%" of a drawdown) the sign of a relative change depends on
    // whether it is divided by the value or by its size: only the size of the change is read.
    const negativeBase = before.value.high < 0
    const magnitudeOnly = direction === 0 || negativeBase
    const stated: Quantity = negativeBase ? { ...change, written: Math.abs(change.written), sign: null } : direction === -1 && !change.sign ? { ...change, written: -change.written } : change
    const fits = (interval: Interval) => agrees(stated, magnitudeOnly ? magnitude(interval) : interval, false, policy)
    if (relative.low < 0 && relative.high > 0 && magnitudeOnly) return null
    const rel = (writtenRatio(before.value, after.value) - 1) * 100
    const relText = signedPercent(rel)
    const exactly = (x: number) => fits({ low: x, high: x })
    // The numbers as written read as the relative change: done. As their difference in points, while the
    // relative change as written is something else: the author subtracted (only a warning, two readings).
    if (exactly(rel)) return { ok: true }
    // "850ms → 320ms (60% faster)": a whole multiple of five may be the change rounded to the nearest
    // five (62.4% here). Not between two percentages, where it may be their difference in points.
    if (!points && change.decimals === 0 && change.written % 5 === 0 && Math.abs(rel) >= 20 && exactly(Math.round(rel / 5) * 5)) return { ok: true }
    if (points && (exactly(midpoint(points)) || (precise && fits(points)))) {
      // "+4.6% absolute": the author says the change is the difference, not relative.
      if (ABSOLUTE_WORD.test(text.slice(change.end, change.end + 12))) return { ok: true }
      const pp = `${midpoint(points) < 0 ? '' : '+'}${formatLike(midpoint(points), null)} pp`
      return {
        ok: false,
        message: exactly(midpoint(points))
          ? `"${change.raw}" does not follow from ${before.raw} → ${after.raw}: that is the difference in percentage points (${pp}); the relative change is ${relText}`
          : `"${change.raw}" does not follow from ${before.raw} → ${after.raw}: it reads as a difference in percentage points (${pp} as written, the rest rounding); the relative change is ${relText}`,
        computed: relText,
        atMost: 'warning'
      }
    }
    if (fits(relative)) return { ok: true }
    // Measurements rounded to their last digit ("65s → 17s") may explain a small difference, not a large one.
    if (roundingExplains(stated, rel, relativeChange(rounded(before), rounded(after)), fits)) return { ok: true }
    const pointsText = points ? ` (or ${midpoint(points) < 0 ? '' : '+'}${formatLike(midpoint(points), null)} percentage points)` : ''
    const base = `"${change.raw}" does not follow from ${before.raw} → ${after.raw}: ${delta} is ${relText}`
    const flipped: Quantity = { ...stated, written: -stated.written }
    // "| Efficiency | 40% | 75% | 87.5% |" under "Savings": an unsigned gain of something better higher, in a
    // column named for what the table saves elsewhere, is the row's improvement.
    if (!change.sign && SAVING_WORDS.test(words) && !DECREASE_WORDS.test(words.replace(EVERY_SAVING_WORD, ' ')) && polarityOf(label, policy, true) === 1 && agrees(flipped, relative, false, policy)) return { ok: true }
    if (!magnitudeOnly && agrees(flipped, relative, false, policy)) {
      return { ok: false, message: `"${change.raw}" has the wrong sign: ${delta} is ${relText}`, computed: relText, suggestion: suggestion(text, change, rel, direction) }
    }
    const ratio = div(after.value, before.value)
    if (ratio && agrees({ ...change, written: Math.abs(change.written), sign: null }, scale(ratio, 100), false, policy)) {
      return {
        ok: false,
        message: `${base}${pointsText}; ${change.raw.replace(/^[+-]/, '')} is the ratio ${trim(writtenRatio(before.value, after.value))}×, not the change`,
        computed: relText, suggestion: suggestion(text, change, rel, direction)
      }
    }
    return { ok: false, message: `${base}${pointsText}`, computed: relText, suggestion: suggestion(text, change, rel, direction) }
  }

  if (change.dimension === 'points') {
    if (!points) return null
    const stated: Quantity = direction === -1 && !change.sign ? { ...change, written: -change.written } : change
    const target = direction === 0 ? { low: Math.abs(points.low), high: Math.abs(points.high) } : points
    if (agrees(stated, { low: Math.min(target.low, target.high), high: Math.max(target.low, target.high) }, false, policy)) return { ok: true }
    const value = midpoint(points)
    return {
      ok: false,
      message: `"${change.raw}" does not follow from ${before.raw} → ${after.raw}: the difference is ${value < 0 ? '' : '+'}${formatLike(value, change)} percentage points`,
      computed: `${formatLike(value, change)} pp`,
      suggestion: replaceNumber(text, change, Number(value.toFixed(change.decimals)), change.sign !== null)
    }
  }

  if (change.dimension === 'multiplier') {
    const up = div(after.value, before.value)
    const down = div(before.value, after.value)
    if ((up && agrees(change, up, false, policy)) || (down && agrees(change, down, false, policy))) return { ok: true }
    const fitsRatio = (interval: Interval) => agrees(change, interval, false, policy)
    for (const [ratio, widened] of [[up && writtenRatio(before.value, after.value), div(rounded(after), rounded(before))], [down && writtenRatio(after.value, before.value), div(rounded(before), rounded(after))]] as const) {
      if (ratio && roundingExplains(change, ratio, widened, fitsRatio)) return { ok: true }
    }
    // A ratio written more precisely than its whole before and after ("120 → 866 (7.23x)") was worked
    // out from their unrounded values: anything that rounds to them may give it, a small difference
    // (within a twentieth), not a large one.
    if (precise) {
      const [from, to] = [rounded(writtenBefore, true), rounded(writtenAfter, true)]
      for (const [ratio, widened] of [[up, div(to, from)], [down, div(from, to)]] as const) {
        if (ratio && roundingExplains(change, midpoint(ratio), widened, fitsRatio)) return { ok: true }
      }
    }
    if (!up || !down) return null
    const ratio = Math.max(writtenRatio(before.value, after.value), writtenRatio(after.value, before.value))
    // "200x (10M → 45K)": a multiplier of a hundred or more ending in zeros is rounded to its leading
    // digits (222× is "200x"); a smaller one ("20x" for 25×) is not read so loosely.
    const digits = change.decimals === 0 ? String(Math.round(change.written)) : ''
    let zeros = 0
    while (zeros < digits.length - 1 && digits[digits.length - 1 - zeros] === '0') zeros++
    if (zeros > 0 && change.written >= 100 && Number(ratio.toPrecision(digits.length - zeros)) === change.written) return { ok: true }
    return { ok: false, message: `"${change.raw}" does not follow from ${before.raw} → ${after.raw}: the ratio is ${trim(ratio)}×`, computed: `${trim(ratio)}×` }
  }

  // A signed absolute change in the operands' own unit: "420ms → 240ms (-180ms)". Beside two
  // fractions of different wholes it may be the change of the parts or of the wholes: not read.
  if (change.sign && change.dimension === before.dimension && before.denominator === null && !before.asShare) {
    const difference = sub(after.value, before.value)
    if (agrees(change, difference, false, policy)) return { ok: true }
    const value = midpoint(difference) / change.factor
    return {
      ok: false,
      message: `"${change.raw}" does not follow from ${before.raw} → ${after.raw}: the difference is ${value < 0 ? '-' : '+'}${formatLike(Math.abs(value), change)}${change.unitSymbol ?? ''}`,
      computed: `${value < 0 ? '-' : '+'}${formatLike(Math.abs(value), change)}${change.unitSymbol ?? ''}`,
      suggestion: replaceNumber(text, change, Number(value.toFixed(change.decimals)), true)
    }
  }
  return null
}

function asRounded(operand: Operand): Operand {
  if (operand.denominator !== null) return operand
  const value = rounded(operand)
  return { ...operand, value, share: operand.share && value }
}

/** An operand's values when a whole measurement (or, with `counts`, any whole number) is read as rounded to its last digit. */
function rounded(operand: Operand, counts = false): Interval {
  return (operand.denominator === null ? operandInterval(operand.quantity, counts ? 'all rounded' : 'measurements rounded') : null) ?? operand.value
}

/** The change fits the rounded inputs and is within 5% of what the inputs as written give. */
function roundingExplains(stated: Quantity, exact: number, widened: Interval | null, fits: (i: Interval) => boolean): boolean {
  return widened !== null && fits(widened) && Math.abs(Math.abs(stated.written) - Math.abs(exact)) <= 0.05 * Math.abs(exact)
}

function magnitude(interval: Interval): Interval {
  const a = Math.abs(interval.low)
  const b = Math.abs(interval.high)
  return { low: Math.min(a, b), high: Math.max(a, b) }
}

function suggestion(text: string, change: Quantity, value: number, direction: number): string | undefined {
  const rounded = Number(value.toFixed(change.decimals))
  if (change.sign) return replaceNumber(text, change, rounded, true)
  if (direction !== 0 && Math.sign(rounded) === direction) return replaceNumber(text, change, Math.abs(rounded), false)
  return undefined
}

function trim(value: number): string {
  return formatLike(value, null, 2)
}
