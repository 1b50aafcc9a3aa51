/**
 * derived-rate: a count with a stated rate must agree with the total it is a rate of.
 *
 * Flags:      "- Total requests: 18.2M" / "- Total errors: 1,456 (0.02% rate)"   → 1,456 / 18.2M = 0.008%
 * Leaves:     the same with "(0.008% rate)"; a rate with no total in its list; two candidate totals.
 */
import { defineRule, unverifiable, verified, type Verdict } from '../rule.js'
import { div, operandInterval, scale } from '../../extract/interval.js'
import { agrees, formatLike } from '../rounding.js'
import { replaceNumber } from '../suggest.js'

export const derivedRate = defineRule({
  meta: { id: 'derived-rate', description: 'A count with a stated rate ("1,456 errors (0.008% rate)") must agree with the total in its list.', severity: 'error', claims: ['count-rate'] },
  verify(claim, context): Verdict {
    const { count, total, rate, at } = claim
    const part = operandInterval(count)
    const whole = operandInterval(total)
    const ratio = part && whole && div(part, whole)
    if (!ratio) return unverifiable('the count or the total has no single value')
    const computed = scale(ratio, 100)
    if (agrees(rate, computed, false, context.policy)) return verified(at)
    // "Successful attacks: 0 (100% rejection rate)": the rate names the other part.
    if (agrees(rate, { low: 100 - computed.high, high: 100 - computed.low }, false, context.policy)) {
      return unverifiable(`${rate.raw} is 100% minus ${count.raw} of ${total.raw}: it describes the other part`)
    }
    const value = (computed.low + computed.high) / 2
    const totalLine = context.lineOf(claim.totalPlace)
    return {
      status: 'contradicted',
      message: `"${rate.raw}" does not match ${count.raw} of ${total.raw} (${claim.totalLabel}${totalLine === context.lineOf(at) ? '' : `, line ${totalLine}`}): ${count.raw} / ${total.raw} = ${formatLike(value, rate, 4)}%`,
      computed: `${formatLike(value, rate, 4)}%`,
      suggestion: replaceNumber(at.unit.text, rate, value, false, significantDecimals(value, rate.decimals)),
      related: [claim.totalPlace]
    }
  }
})

/** Enough decimals that a small rate keeps a significant digit: 0.008 stays 0.008, not 0.01. */
function significantDecimals(value: number, stated: number): number {
  let decimals = stated
  while (decimals < 6 && Number(value.toFixed(decimals)) !== 0 && Math.abs(Number(value.toFixed(decimals)) - value) / value > 0.05) decimals++
  while (decimals < 6 && Number(value.toFixed(decimals)) === 0) decimals++
  return decimals
}
