/**
 * time-arithmetic: clock times and the elapsed time stated for them, and one duration restated in
 * another unit, must agree.
 *
 * Flags:      "Started 23:39, now 00:05 (36 minutes elapsed)", "09:30–09:45 (20 min)" → 26 min, 15 min
 *             "MTTR: 2 hours 15 minutes (145 min)"                → 2 h 15 min is 135 min
 *             "Jan 10 – Feb 3 (27 days)"                          → that is 24 days (25 counting both ends)
 *             "Days remaining: 111" with the report date 2026-04-08 and "Deadline: 2 Aug 2026" → 116 days
  * Leaves:     "23:39 → 00:05 UTC (26 minutes elapsed)" (across midnight), "2 hours 15 minutes (135 min)", "5 days (40 h)" (working days),
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
import { calendarPair } from '../../claims/durations.js'
import type { Policy } from '../policy.js'

export const timeArithmetic = defineRule({
  meta: {
    id: 'time-arithmetic', description: 'Elapsed time between two clock times or two dates, and a duration restated in another unit, must agree.', severity: 'error',
    claims: ['clock-duration', 'restated-duration', 'date-span']
  },
  verify(claim, context): Verdict {
    const { at } = claim
    if (claim.kind === 'date-span') return verifyDateSpan(claim, context)
    if (claim.kind === 'clock-duration') {
      const { elapsed, spans, resolution, fromText, toText } = claim
      // Times written to the minute may each be cut short by up to a minute.
      const slack = resolution - 1
      if (spans.some((s) => agrees(elapsed, { low: s - slack, high: s + slack }, false, context.policy))) return verified(at)
      const seconds = spans[0] as number
      const across = toMinutes(toText) < toMinutes(fromText)
      return {
        status: 'contradicted',
        message: `"${elapsed.raw}" does not match ${fromText} → ${toText}: that is ${spanText(seconds)}${across ? ' (across midnight)' : ''}${spans.length > 1 ? `, or ${spans.slice(1).map(spanText).join(', ')} on a 12-hour clock` : ''}`,
        computed: spanText(seconds),
        suggestion: spans.length === 1 && (elapsed.factor === 60 || elapsed.factor === 3600 || elapsed.factor === 1) && Number.isInteger(seconds / elapsed.factor) ? replaceNumber(at.unit.text, elapsed, seconds / elapsed.factor) : undefined
      }
    }
    const { first, second } = claim
    // Either may be the rounded one: "13.8 minutes (827 seconds)" is right, 827 s being 13.78 min.
    if (overlaps(statedInterval(first, false, context.policy), statedInterval(second, false, context.policy))) return verified(at, { unit: at.unit, start: first.start, end: first.end })
    if (workingCalendar(first, second, context.policy)) return verified(at, { unit: at.unit, start: first.start, end: first.end })
    // "135 min (2 h 25 min)": a compound is written back as one.
    const compound = /[A-Za-zµ][ \t,]*\d/.test(second.raw)
    const computed = compound ? formatDuration(first.value) : inUnitOf(second, first.value)
    return {
      status: 'contradicted',
      message: `"${second.raw}" does not match ${first.raw}: that is ${computed}${workingNote(first, second)}`,
      computed,
      suggestion: !compound && Number.isInteger(first.value / second.factor) ? replaceNumber(at.unit.text, second, first.value / second.factor) : undefined
    }
  }
})

/** "7 min 15 s" rather than "7.25 min": times written to the second are checked by hand in minutes and seconds. */
function spanText(seconds: number): string {
  if (seconds < 120 || seconds >= 7200 || !Number.isInteger(seconds) || seconds % 60 === 0) return formatDuration(seconds)
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`
}

function inUnitOf(q: Quantity, seconds: number): string {
  return `${trimNumber(seconds / q.factor, 2)}${q.unitSymbol === 'min' ? ' minutes' : q.unitSymbol === 'h' ? ' hours' : ` ${q.unitSymbol ?? ''}`}`
}

/** "23:39" → minutes since midnight, for saying a span runs across midnight (am/pm read). */
function toMinutes(time: string): number {
  const [h, m] = time.split(':').map((part) => parseInt(part, 10)) as [number, number]
  const pm = /p\.?m/i.test(time)
  const am = /a\.?m/i.test(time)
  return ((pm || am ? h % 12 : h) + (pm ? 12 : 0)) * 60 + m
}

/**
 * Days against hours, weeks against days: a working day has fewer hours than a calendar one, a working
 * week fewer days, so the pair agrees whenever the smaller unit fits in the larger (up to 12 hours a
 * day, 7 days a week).
 */
function workingCalendar(first: Quantity, second: Quantity, policy: Policy): boolean {
  if (!calendarPair(first, second)) return false
  const [large, small] = first.factor > second.factor ? [first, second] : [second, first]
  return statedInterval(small, false, policy).low <= statedInterval(large, false, policy).high / large.factor * perLarge(large)
}

/** A working day holds up to 12 hours, a week up to 7 days. */
const perLarge = (large: Quantity) => (large.unitSymbol === 'weeks' ? 7 * 86400 : 12 * 3600)

/** "; 2.5 days hold at most 30 hours even as 12-hour working days". */
function workingNote(first: Quantity, second: Quantity): string {
  const [large, small] = first.factor > second.factor ? [first, second] : [second, first]
  if (!calendarPair(first, second) || large.unitSymbol === 'weeks') return ''
  return `, and ${large.raw} hold at most ${trimNumber((large.written * perLarge(large)) / small.factor)} ${small.unitSymbol === 'h' ? 'hours' : small.unitSymbol} even as 12-hour working days`
}
