/**
 * ratio-percent: a fraction and the percentage beside it must agree.
 *
 * Flags:      "Healthy: 7/8 (75%)"         → 7 / 8 = 87.5%, not 75%
 *             "60% complete (4/6 features done)" → 4 / 6 = 66.7%
 *             "37% of 8 services"          → no whole number of 8 services is 37%
 *             "Week 3 of 12 (35% through)" → week 3 of 12 is 16.7%–25% of the way
 * Leaves:     "7/8 (88%)", "2/3 (67%)", "1 out of 11 tests (9%)", "85.7% (6/7)", "24/7", "Python 3.9/3.10",
 *             a complement ("False alarms: 0% (7/7 correct)"), a statistic of the fraction ("95% CI").
 */
import { defineRule, unverifiable, verified, placesOf, type VerifyContext, type Verdict } from '../rule.js'
import type { FractionPercentClaim, PercentOfCountClaim, SequenceProgressClaim } from '../../claims/model.js'
import { div, operandInterval, scale, type Interval } from '../../extract/interval.js'
import { agrees, formatLike } from '../rounding.js'
import { replaceNumber } from '../suggest.js'

const TARGET = /\b(?:target|goal|threshold|expected|required|objective|planned|budget)\b/i

export const ratioPercent = defineRule({
  meta: {
    id: 'ratio-percent', description: 'A fraction ("7/8", "24 of 45", "week 3 of 12") and the percentage beside it must agree.', severity: 'error',
    claims: ['fraction-percent', 'percent-of-count', 'sequence-progress']
  },
  verify(claim, context) {
    if (claim.kind === 'sequence-progress') return verifySequence(claim, context)
    return claim.kind === 'fraction-percent' ? verifyFraction(claim, context) : verifyPercentOfCount(claim, context)
  }
})

function verifyFraction(claim: FractionPercentClaim, context: VerifyContext): Verdict {
  const { fraction, percent, at } = claim
  const numerator = operandInterval(fraction.numerator)
  const denominator = operandInterval(fraction.denominator)
  const ratio = numerator && denominator && div(numerator, denominator)
  if (!ratio) return unverifiable('the fraction has no single value')
  const computed: Interval = scale(ratio, 100)
  if (agrees(percent, computed, false, context.policy)) return verified(...placesOf(at.unit, fraction.numerator, fraction.denominator, percent))
  // A target set as a share, and the count it comes to ("Target: 370/463 tests (80.0%)"): the count is the whole number nearest the share.
  if (TARGET.test(claim.about) && Math.abs((percent.value / 100) * fraction.denominator.value - fraction.numerator.value) < 0.5) return verified(...placesOf(at.unit, fraction.numerator, fraction.denominator, percent))
  // "80.4% precision (4 in 5 flagged items)": a percentage measured more finely than a fraction of a
  // few can say, beside the fraction of that few nearest to it (within a point), which puts it in
  // plain words.
  const few = fraction.denominator.value
  const nearest = Math.round((percent.value / 100) * few)
  if (percent.decimals > 0 && Number.isInteger(few) && few <= 10 && nearest === fraction.numerator.value && nearest > 0 && nearest < few && Math.abs(percent.value - (100 * nearest) / few) <= 1) {
    return unverifiable(`${fraction.numerator.raw} of ${fraction.denominator.raw} is ${percent.raw} rounded to a fraction of ${fraction.denominator.raw}`)
  }
  // Parts of one whole whose percentages are rounded up or down so that they add up to 100%.
  const step = 10 ** -percent.decimals
  if (claim.partOfWhole && Math.abs(percent.value - (computed.low + computed.high) / 2) < step) {
    return unverifiable(`${percent.raw} is ${fraction.numerator.raw}/${fraction.denominator.raw} rounded the other way, as percentages of parts are so that they add up to 100%`)
  }
  // "0% (7/7 passed)", "80% used (40,000/200,000 left)": the percentage names the other part.
  if (agrees(percent, { low: 100 - computed.high, high: 100 - computed.low }, false, context.policy)) {
    return unverifiable(`${percent.raw} is 100% minus ${fraction.numerator.raw}/${fraction.denominator.raw}: it describes the other part`)
  }
  const value = (computed.low + computed.high) / 2
  const shown = formatLike(value, percent)
  const fractionText = at.unit.text.slice(fraction.start, fraction.end)
  return {
    status: 'contradicted',
    message: `"${percent.raw}" does not match ${fractionText}: ${fraction.numerator.raw} / ${fraction.denominator.raw} = ${shown}%`,
    computed: `${shown}%`,
    suggestion: replaceNumber(at.unit.text, percent, Number(value.toFixed(percent.decimals)))
  }
}

function verifyPercentOfCount(claim: PercentOfCountClaim, context: VerifyContext): Verdict {
  const { percent, whole, at, words } = claim
  if (words) return verifyWordShare(claim, words)
  if (!percent) return unverifiable('no share is stated')
  // "36,100% of the 200 baseline": over 100% it is a multiple of the number, not a part of it.
  if (percent.value > 100) return unverifiable(`${percent.raw} of ${whole.raw} is a multiple of it, not a part`)
  const total = whole.written
  let best = 0
  for (let k = 0; k <= total; k++) {
    if (agrees(percent, { low: (k / total) * 100, high: (k / total) * 100 }, false, context.policy)) return verified(...placesOf(at.unit, percent, whole))
    if (Math.abs((k / total) * 100 - percent.written) < Math.abs((best / total) * 100 - percent.written)) best = k
  }
  const nearest = formatLike((best / total) * 100, percent)
  return {
    status: 'contradicted',
    message: `"${percent.raw}" of ${whole.raw} cannot be a whole count: the nearest is ${best} of ${total} = ${nearest}%`,
    computed: `${nearest}%`
  }
}

/** "a third of 45 jobs (15)": the part is the share of the whole, rounded either way when the share does not come out whole. */
function verifyWordShare(claim: PercentOfCountClaim, words: NonNullable<PercentOfCountClaim['words']>): Verdict {
  const { whole, at } = claim
  const { part, numerator, denominator, raw } = words
  const exact = (whole.written * numerator) / denominator
  if (Math.abs(part.written - exact) < 1 - 1e-9) return verified(...placesOf(at.unit, whole, part))
  const shown = Number.isInteger(exact) ? `${exact}` : `${formatLike(exact, null)}, so ${Math.floor(exact)} or ${Math.ceil(exact)}`
  return {
    status: 'contradicted',
    message: `"${part.raw}" is not ${raw.toLowerCase()} of ${whole.raw}: ${whole.raw} × ${numerator}/${denominator} = ${shown}`,
    computed: Number.isInteger(exact) ? `${exact}` : `${Math.floor(exact)}–${Math.ceil(exact)}`
  }
}

/** Week n of m is n/m of the way when it is done, (n−1)/m when it has just begun: anything between is right. */
const WORK_DONE = /\b(?:complete|completed|completion|done|progress|finished|implemented)\b/i

function verifySequence(claim: SequenceProgressClaim, context: VerifyContext): Verdict {
  const { position, length, percent, at, sequence } = claim
  const done = (position / length) * 100
  const begun = ((position - 1) / length) * 100
  if (agrees(percent, { low: begun, high: done }, false, context.policy)) return verified(at)
  // "Progress: 15% (Sprint 1 of 8)": work done runs ahead of or behind the calendar, and steps differ
  // in size; only a share more than half a step away from the position contradicts it.
  const step = 50 / length
  if (length >= 4 && WORK_DONE.test(at.unit.text) && agrees(percent, { low: Math.max(0, begun - step), high: Math.min(100, done + step) }, false, context.policy)) return unverifiable(`${percent.raw} of the work may run half a step ahead of or behind ${claim.step} ${position} of ${length}`)
  const named = at.unit.text.slice(sequence.start, sequence.end)
  return {
    status: 'contradicted',
    message: `"${percent.raw}" does not match ${named}: ${position} / ${length} = ${formatLike(done, percent)}%, or ${position - 1} / ${length} = ${formatLike(begun, percent)}% while ${claim.step} ${position} is under way`,
    computed: `${formatLike(done, percent)}%`
  }
}
