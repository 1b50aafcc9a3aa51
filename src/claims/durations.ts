// Durations the text states twice: the time between two clock times ("23:39 → 00:05 (26 minutes
// elapsed)"), and one duration written in two units ("2 hours 15 minutes (135 min)").
import type { ClockTime, Quantity } from '../extract/quantity.js'
import type { TextUnit } from '../parse/text-unit.js'
import type { ClaimContext } from './context.js'
import type { Claim } from './model.js'

const ELAPSED_AFTER = /^\s*(?:elapsed|later|passed|in total|total|duration|long)\b/i
const ELAPSED_BEFORE = /^[^\d()]{0,24}\(\s*(?:~|about\s+)?$/
// "7 requests × 800ms = 5.6 seconds": the first duration is a factor of a product, not the whole.
const FACTOR_BEFORE = /\d[^\d]{0,24}?\s*[×x*]\s*$/

export function readDurations(context: ClaimContext): Claim[] {
  const claims: Claim[] = []
  for (const line of context.doc.lines) claims.push(...clockSpans(context, line.unit), ...restated(context, line.unit))
  return claims
}

function clockSpans(context: ClaimContext, unit: TextUnit): Claim[] {
  const { times, quantities } = context.tokens(unit)
  const claims: Claim[] = []
  for (let k = 0; k + 1 < times.length; k++) {
    const from = times[k] as ClockTime
    const to = times[k + 1] as ClockTime
    const elapsed = quantities.find((q) => q.start >= to.end && q.dimension === 'duration')
    if (!elapsed || elapsed.bound || elapsed.rangeHigh !== null) continue
    const between = unit.text.slice(to.end, elapsed.start)
    const stated = ELAPSED_BEFORE.test(between.replace(/^\s*[A-Z]{2,4}\b/, '')) || (between.trim().length < 4 && ELAPSED_AFTER.test(unit.text.slice(elapsed.end)))
    if (!stated || !ELAPSED_AFTER.test(unit.text.slice(elapsed.end))) continue
    const span = `${unit.text.slice(from.start, from.end)} → ${unit.text.slice(to.start, to.end)}`
    claims.push({ kind: 'clock-duration', at: { unit, start: elapsed.start, end: elapsed.end }, binding: 'tight', from, to, elapsed, about: span, reading: `${span} ↔ ${elapsed.raw}` })
  }
  return claims
}

/** "2 hours 15 minutes (135 min)", "4h 30m = 270 min". */
function restated(context: ClaimContext, unit: TextUnit): Claim[] {
  const { quantities } = context.tokens(unit)
  const claims: Claim[] = []
  for (let k = 0; k + 1 < quantities.length; k++) {
    const first = quantities[k] as Quantity
    const second = quantities[k + 1] as Quantity
    const compound = /\d[^\d]+\d/.test(first.raw)
    if (first.dimension !== 'duration' || second.dimension !== 'duration' || (first.factor === second.factor && !compound)) continue
    if (first.bound || second.bound || first.rangeHigh !== null || second.rangeHigh !== null || first.approx || second.approx) continue
    const opener = unit.text.slice(first.end, second.start)
    if (!/^\s*(?:\(\s*|=\s*|≈\s*|\(\s*=\s*)$/.test(opener)) continue
    if (opener.includes('(') && !/^\s*\)/.test(unit.text.slice(second.end))) continue
    // "16 tests in 6h = 22.5 min/test": a duration per thing is a rate, not the same duration.
    if (/^\s*(?:\/|per\b|each\b|a piece\b)/i.test(unit.text.slice(second.end))) continue
    if (FACTOR_BEFORE.test(unit.text.slice(Math.max(0, first.start - 32), first.start))) continue
    // "200 hours (~5 weeks)" counts working hours against calendar weeks: two clocks, not one duration.
    if ((first.factor >= 86400) !== (second.factor >= 86400)) continue
    claims.push({ kind: 'restated-duration', at: { unit, start: second.start, end: second.end }, binding: 'tight', first, second, about: first.raw, reading: `${first.raw} ↔ ${second.raw}` })
  }
  return claims
}
