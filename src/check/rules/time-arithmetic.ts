/**
 * time-arithmetic: clock times and the elapsed time stated for them, and one duration restated in
 * another unit, must agree.
 *
 * Flags:      "Started 23:39, now 00:05 (36 minutes elapsed)"   → 23:39 → 00:05 is 26 min
 *             "MTTR: 2 hours 15 minutes (145 min)"                → 2 h 15 min is 135 min
 * Leaves:     "23:39 → 00:05 UTC (26 minutes elapsed)" (across midnight), "2 hours 15 minutes (135 min)",
 *             "Phase 2 (01:45 - 03:30 UTC)", "RTO: 45 minutes (target <4 hours)".
 */
import type { Rule, RuleContext } from '../rule.js'
import type { ClockTime, Quantity } from '../../extract/quantity.js'
import type { TextUnit } from '../../parse/text-unit.js'
import { agrees } from '../rounding.js'
import { formatDuration, trimNumber } from '../../extract/units.js'
import { replaceNumber } from '../suggest.js'

const ELAPSED_AFTER = /^\s*(?:elapsed|later|passed|in total|total|duration|long)\b/i
const ELAPSED_BEFORE = /^[^\d()]{0,24}\(\s*(?:~|about\s+)?$/

export const timeArithmetic: Rule = {
  meta: { id: 'time-arithmetic', description: 'Elapsed time between two clock times, and a duration restated in another unit, must agree.', severity: 'error' },
  check(context) {
    for (const line of context.doc.lines) {
      checkClockSpan(context, line.unit)
      checkRestatedDuration(context, line.unit)
    }
  }
}

function inUnitOf(q: Quantity, seconds: number): string {
  return `${trimNumber(seconds / q.factor, 2)}${q.unitSymbol === 'min' ? ' minutes' : q.unitSymbol === 'h' ? ' hours' : ` ${q.unitSymbol ?? ''}`}`
}

function checkClockSpan(context: RuleContext, unit: TextUnit): void {
  const { times, quantities } = context.tokens(unit)
  for (let k = 0; k + 1 < times.length; k++) {
    const start = times[k] as ClockTime
    const end = times[k + 1] as ClockTime
    const elapsed = quantities.find((q) => q.start >= end.end && q.dimension === 'duration')
    if (!elapsed || elapsed.bound || elapsed.rangeHigh !== null) continue
    const between = unit.text.slice(end.end, elapsed.start)
    const stated = ELAPSED_BEFORE.test(between.replace(/^\s*[A-Z]{2,4}\b/, '')) || (between.trim().length < 4 && ELAPSED_AFTER.test(unit.text.slice(elapsed.end)))
    if (!stated || !ELAPSED_AFTER.test(unit.text.slice(elapsed.end))) continue
    const minutes = (end.minutes - start.minutes + 1440) % 1440
    const seconds = minutes * 60
    if (agrees(elapsed, { low: seconds, high: seconds }, false, context.policy)) {
      context.verified(unit, elapsed)
      continue
    }
    const from = unit.text.slice(start.start, start.end)
    const to = unit.text.slice(end.start, end.end)
    context.report({
      at: { unit, start: elapsed.start, end: elapsed.end },
      message: `"${elapsed.raw}" does not match ${from} → ${to}: that is ${formatDuration(seconds)}${end.minutes < start.minutes ? ' (across midnight)' : ''}`,
      computed: formatDuration(seconds),
      suggestion: elapsed.factor === 60 || elapsed.factor === 3600 ? replaceNumber(unit.text, elapsed, seconds / elapsed.factor) : undefined
    })
  }
}

/** "2 hours 15 minutes (135 min)", "4h 30m = 270 min". */
function checkRestatedDuration(context: RuleContext, unit: TextUnit): void {
  const { quantities } = context.tokens(unit)
  for (let k = 0; k + 1 < quantities.length; k++) {
    const first = quantities[k] as Quantity
    const second = quantities[k + 1] as Quantity
    const compound = /\d[^\d]+\d/.test(first.raw)
    if (first.dimension !== 'duration' || second.dimension !== 'duration' || (first.factor === second.factor && !compound)) continue
    if (first.bound || second.bound || first.rangeHigh !== null || second.rangeHigh !== null || first.approx || second.approx) continue
    const opener = unit.text.slice(first.end, second.start)
    if (!/^\s*(?:\(\s*|=\s*|≈\s*|\(\s*=\s*)$/.test(opener)) continue
    if (opener.includes('(') && !/^\s*\)/.test(unit.text.slice(second.end))) continue
    if (agrees(second, { low: first.value, high: first.value }, false, context.policy)) {
      context.verified(unit, first, second)
      continue
    }
    context.report({
      at: { unit, start: second.start, end: second.end },
      message: `"${second.raw}" does not match ${first.raw}: that is ${inUnitOf(second, first.value)}`,
      computed: inUnitOf(second, first.value),
      suggestion: Number.isInteger(first.value / second.factor) ? replaceNumber(unit.text, second, first.value / second.factor) : undefined
    })
  }
}
