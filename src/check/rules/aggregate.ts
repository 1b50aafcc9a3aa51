/**
 * aggregate: an overall or average figure must follow from the rows it summarises.
 *
 * Flags:      a table whose "Overall" row says 39.0% when its rows give Σ passing / Σ total = 41%;
 *             an "Average" row that is not the mean of the rows above;
 *             list items "Unit: 45/50", "E2E: 10/20", "Overall: 50/70" (the parts sum to 55/70).
 * Leaves:     an overall percentage with no counts to weigh it (it may be weighted any way);
 *             rows that do not share one passing/total relation; the Mean row of a table of
 *             statistics (Min, Max, Std…); a metric named "Average Power"; a change column's average;
 *             an "Overall" score out of the same maximum as its parts (a mean, not a sum).
 */
import { defineRule, unverifiable, verified, type Verdict } from '../rule.js'
import type { Quantity } from '../../extract/quantity.js'
import { operandInterval } from '../../extract/interval.js'
import { agrees, formatLike } from '../rounding.js'
import { replaceNumber } from '../suggest.js'
import { isPlainCount } from '../../claims/counting.js'

/**
 * A whole number with no unit (a count, a score) is exact; a measurement stands for its rounding
 * interval, whole ones too: the rows' "98%" and "82%" were rounded from what was measured, and their
 * mean may be half a point off theirs.
 */
function exactOrInterval(q: Quantity) {
  return isPlainCount(q) ? { low: q.value, high: q.value } : operandInterval(q, 'measurements rounded')
}

export const aggregate = defineRule({
  meta: {
    id: 'aggregate', description: 'An overall or average figure must follow from the rows it summarises (Σ passing / Σ total, the mean).', severity: 'error',
    claims: ['overall-share', 'average-row', 'overall-fraction']
  },
  verify(claim, context): Verdict {
    const { at } = claim
    if (claim.kind === 'overall-share') {
      const value = (claim.passing / claim.total) * 100
      if (agrees(claim.percent, { low: value, high: value }, false, context.policy)) return verified(at)
      // The plain mean of the rows' percentages is an overall too (each row weighed alike).
      const shares = claim.shares?.map((q) => operandInterval(q))
      if (shares && shares.length > 0 && shares.every((i) => i)) {
        const low = shares.reduce((sum, i) => sum + (i as { low: number }).low, 0) / shares.length
        const high = shares.reduce((sum, i) => sum + (i as { high: number }).high, 0) / shares.length
        if (agrees(claim.percent, { low, high }, false, context.policy)) return verified(at)
      }
      return {
        status: 'contradicted',
        message: `"${claim.percent.raw}" overall does not follow from the ${claim.how.includes('items') ? 'items' : 'rows'}: ${claim.passing} / ${claim.total} = ${formatLike(value, claim.percent)}% (${claim.how})`,
        computed: `${formatLike(value, claim.percent)}%`,
        suggestion: replaceNumber(at.unit.text, claim.percent, Number(value.toFixed(claim.percent.decimals)))
      }
    }
    if (claim.kind === 'overall-fraction' && claim.scores) {
      const { numerator, denominator } = claim.fraction
      const intervals = claim.scores.map((q) => exactOrInterval(q))
      if (intervals.some((i) => !i)) return unverifiable('a score has no single value')
      const low = intervals.reduce((sum, i) => sum + (i as { low: number }).low, 0) / intervals.length
      const high = intervals.reduce((sum, i) => sum + (i as { high: number }).high, 0) / intervals.length
      if (agrees(numerator, { low, high }, false, context.policy)) return verified(at)
      const mean = (low + high) / 2
      // Whole scores and an overall on a half ("2.5/10") are a scale of half points: the mean is rounded to the nearest half.
      const onHalves = numerator.written % 1 === 0.5 && claim.scores.every((q) => q.decimals === 0)
      if (onHalves && Math.round(mean * 2) / 2 === numerator.written) return unverifiable(`${numerator.raw} is the mean of the scores, ${formatLike(mean, numerator, 2)}, rounded to the nearest half point`)
      const shown = formatLike(mean, numerator, 2)
      return {
        status: 'contradicted',
        message: `"${at.unit.text.slice(at.start, at.end)}" overall is not the mean of the ${intervals.length} scores above it: (${claim.scores.map((q) => q.raw).join(' + ')}) / ${intervals.length} = ${shown}/${denominator.raw} (no weights are given)`,
        computed: `${shown}/${denominator.raw}`,
        suggestion: `${mean.toFixed(numerator.decimals)}/${denominator.raw}`
      }
    }
    if (claim.kind === 'overall-fraction') {
      const { numerator, denominator } = claim.fraction
      if (numerator.written === claim.passing && denominator.written === claim.total) return verified(at)
      return {
        status: 'contradicted',
        message: `"${at.unit.text.slice(at.start, at.end)}" overall does not follow from the items: they sum to ${claim.passing}/${claim.total}`,
        computed: `${claim.passing}/${claim.total}`,
        suggestion: `${claim.passing}/${claim.total}`
      }
    }
    const { stated, values } = claim
    const intervals = values.map((q) => exactOrInterval(q))
    if (intervals.some((i) => !i)) return unverifiable('a row has no single value')
    const low = intervals.reduce((s, i) => s + (i as { low: number }).low, 0) / values.length
    const high = intervals.reduce((s, i) => s + (i as { high: number }).high, 0) / values.length
    if (agrees(stated, { low, high }, false, context.policy)) return verified(at)
    const mean = (low + high) / 2 / stated.factor
    const number = formatLike(mean, stated)
    const shown = stated.dimension === 'money' ? `${stated.unitSymbol ?? ''}${number}` : `${number}${stated.unitSymbol === '%' ? '%' : stated.unitSymbol ?? ''}`
    return {
      status: 'contradicted',
      message: `"${stated.raw}" is not the mean of the ${values.length} ${claim.across ? 'columns beside it' : 'rows'}: (${values.map((q: Quantity) => q.raw).join(' + ')}) / ${values.length} = ${shown}`,
      computed: shown,
      suggestion: replaceNumber(at.unit.text, stated, Number(mean.toFixed(stated.decimals)))
    }
  }
})
