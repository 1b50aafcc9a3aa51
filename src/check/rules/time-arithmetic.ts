/**
 * time-arithmetic: clock times and the elapsed time stated for them, and one duration restated in
 * another unit, must agree.
 *
 * Flags:      "Started 23:39, now 00:05 (36 minutes elapsed)"   → 23:39 → 00:05 is 26 min
 *             "MTTR: 2 hours 15 minutes (145 min)"                → 2 h 15 min is 135 min
 *             "Jan 10 – Feb 3 (27 days)"                          → that is 24 days (25 counting both ends)
 *             "Days remaining: 111" with the report date 2026-04-08 and "Deadline: 2 Aug 2026" → 116 days
 * Leaves:     "23:39 → 00:05 UTC (26 minutes elapsed)" (across midnight), "2 hours 15 minutes (135 min)",
 *             "13.8 minutes (827 seconds)" (the minutes are rounded),
 *             "Phase 2 (01:45 - 03:30 UTC)", "RTO: 45 minutes (target <4 hours)",
 *             "7 requests × 800ms = 5.6 seconds" (a product, checked by written-arithmetic).
 */
import { defineRule, verified, type Verdict } from '../rule.js'
import type { Quantity } from '../../extract/quantity.js'
import { agrees, overlaps, statedInterval } from '../rounding.js'
import { formatDuration, trimNumber } from '../../extract/units.js'
import { replaceNumber } from '../suggest.js'
import { verifyDateSpan } from '../date-span.js'

export const timeArithmetic = defineRule({
  meta: {
    id: 'time-arithmetic', description: 'Elapsed time between two clock times or two dates, and a duration restated in another unit, must agree.', severity: 'error',
    claims: ['clock-duration', 'restated-duration', 'date-span']
  },
  verify(claim, context): Verdict {
    const { at } = claim
    if (claim.kind === 'date-span') return verifyDateSpan(claim, context)
    if (claim.kind === 'clock-duration') {
      const { from, to, elapsed } = claim
      const seconds = ((to.minutes - from.minutes + 1440) % 1440) * 60
      if (agrees(elapsed, { low: seconds, high: seconds }, false, context.policy)) return verified(at)
      const fromText = at.unit.text.slice(from.start, from.end)
      const toText = at.unit.text.slice(to.start, to.end)
      return {
        status: 'contradicted',
        message: `"${elapsed.raw}" does not match ${fromText} → ${toText}: that is ${formatDuration(seconds)}${to.minutes < from.minutes ? ' (across midnight)' : ''}`,
        computed: formatDuration(seconds),
        suggestion: elapsed.factor === 60 || elapsed.factor === 3600 ? replaceNumber(at.unit.text, elapsed, seconds / elapsed.factor) : undefined
      }
    }
    const { first, second } = claim
    // Either may be the rounded one: "13.8 minutes (827 seconds)" is right, 827 s being 13.78 min.
    if (overlaps(statedInterval(first, false, context.policy), statedInterval(second, false, context.policy))) return verified(at, { unit: at.unit, start: first.start, end: first.end })
    return {
      status: 'contradicted',
      message: `"${second.raw}" does not match ${first.raw}: that is ${inUnitOf(second, first.value)}`,
      computed: inUnitOf(second, first.value),
      suggestion: Number.isInteger(first.value / second.factor) ? replaceNumber(at.unit.text, second, first.value / second.factor) : undefined
    }
  }
})

function inUnitOf(q: Quantity, seconds: number): string {
  return `${trimNumber(seconds / q.factor, 2)}${q.unitSymbol === 'min' ? ' minutes' : q.unitSymbol === 'h' ? ' hours' : ` ${q.unitSymbol ?? ''}`}`
}
