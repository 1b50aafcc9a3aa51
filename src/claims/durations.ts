// Durations the text states twice: the time between two clock times ("23:39 → 00:05 (26 minutes
// elapsed)"), and one duration written in two units ("2 hours 15 minutes (135 min)").
import type { ClockTime, Quantity } from '../extract/quantity.js'
import type { TableInfo } from '../parse/document.js'
import type { TextUnit } from '../parse/text-unit.js'
import type { ClaimContext } from './context.js'
import type { Claim } from './model.js'
import { cleanLabel } from '../extract/labels.js'

const ELAPSED_AFTER = /^\s*(?:elapsed|later|passed|in total|total|duration|long)\b/i
const ELAPSED_BEFORE = /^[^\d()]{0,24}\(\s*(?:~|about\s+)?$/
// "7 requests × 800ms = 5.6 seconds": the first duration is a factor of a product, not the whole.
const FACTOR_BEFORE = /\d[^\d]{0,24}?\s*[×x*]\s*$/

export function readDurations(context: ClaimContext): Claim[] {
  const claims: Claim[] = []
  for (const line of context.doc.lines) claims.push(...clockSpans(context, line.unit), ...restated(context, line.unit))
  for (const table of context.doc.tables) claims.push(...tableSpans(context, table))
  return claims
}

// After a time: "pm", "a.m."; a zone ("UTC", "CET", "UTC+2").
const MERIDIEM = /^[ \t]?([ap])\.?m\b\.?/i
const ZONE = /^[ \t]*([A-Z]{2,5}(?:[+-]\d{1,2}(?::\d\d)?)?)(?![\w+-])/
// What joins two times into one span: "09:30–09:45", "22:00 to 01:30", "14:05 until 14:50", "16:00 ⇒ 16:45".
const RANGE_JOIN = /^(?:[-–—~]|to|until|till|through|thru|→|⟶|⇒|➜|➡️?|->|-->|=>|—>)$/i
// "started 08:10, finished 09:02": the second time ends what the first began.
const END_JOIN = /^[,;]?\s*(?:and |then )?(?:finished|ended|end|done|completed|complete|resolved|mitigated|restored|recovered|stopped|closed)(?: at| by|:)?$/i
// What stands between a span and its duration: "(20 min)", "(elapsed: 20 min)", "— 55 minutes" (not "(took 12 min)": work done within a window).
const ATTACH_PAREN = /^\( ?(?:(?:elapsed|duration|total) ?:? ?)?(?:(?:about|around|roughly|approx\.?|approximately) ?)?$/i
// "— 55 minutes", "= 1h 43m", "— total wall-clock time 1h 35m": the duration after a dash or an equals sign, perhaps named as the time taken.
const ATTACH_DASH = /^(?:[—–]|-|--|:|=)(?: ?(?:total |in total )?(?:wall[- ]clock time|wall time|elapsed time|elapsed|duration|time taken|run time|runtime|took)(?: ?:)?)?$/i

interface ClockMark {
  time: ClockTime
  /** End of the time with its am/pm mark (not its zone). */
  end: number
  text: string
  hours: number
  minutes: number
  seconds: number | null
  meridiem: 'a' | 'p' | null
  zone: string | null
  /** Where the zone, if any, ends. */
  after: number
}

function readClock(text: string, time: ClockTime): ClockMark {
  const [h, m, sec] = text.slice(time.start, time.end).split(':')
  const marked = MERIDIEM.exec(text.slice(time.end, time.end + 8))
  const end = time.end + (marked ? marked[0].length : 0)
  const zone = ZONE.exec(text.slice(end, end + 16))
  return {
    time, end, text: text.slice(time.start, end), hours: Number(h), minutes: Number(m), seconds: sec === undefined ? null : Number(sec),
    meridiem: marked ? ((marked[1] as string).toLowerCase() as 'a' | 'p') : null, zone: zone ? (zone[1] as string) : null, after: end + (zone ? zone[0].length : 0)
  }
}

/** Seconds since midnight for each reading of a time: on a 12-hour clock, marked or not. */
function readings(clock: ClockMark, meridiem: 'a' | 'p' | null): number[] {
  const rest = clock.minutes * 60 + (clock.seconds ?? 0)
  if (meridiem) return clock.hours >= 1 && clock.hours <= 12 ? [((clock.hours % 12) + (meridiem === 'p' ? 12 : 0)) * 3600 + rest] : []
  return [clock.hours * 3600 + rest]
}

/** The seconds between two times, first as written on a 24-hour clock; an unmarked time may be on a 12-hour one. */
function spansBetween(from: ClockMark, to: ClockMark): number[] {
  const pairs: Array<[number[], number[]]> = []
  if (from.meridiem && to.meridiem) pairs.push([readings(from, from.meridiem), readings(to, to.meridiem)])
  else if (from.meridiem || to.meridiem) {
    // "10:00–11:30 am": the unmarked time takes the other's mark, or the opposite one.
    const mark = (from.meridiem ?? to.meridiem) as 'a' | 'p'
    const other = mark === 'a' ? 'p' : 'a'
    if (from.meridiem) pairs.push([readings(from, mark), readings(to, mark)], [readings(from, mark), readings(to, other)])
    else pairs.push([readings(from, mark), readings(to, mark)], [readings(from, other), readings(to, mark)])
  } else {
    pairs.push([readings(from, null), readings(to, null)])
    // "11:30 to 1:15": an afternoon time on a 12-hour clock.
    if (to.hours >= 1 && to.hours <= 12 && from.hours <= 12 && to.hours * 60 + to.minutes < from.hours * 60 + from.minutes) pairs.push([readings(from, null), readings(to, 'p')])
  }
  const spans: number[] = []
  for (const [a, b] of pairs) {
    if (a.length === 0 || b.length === 0) continue
    const span = ((b[0] as number) - (a[0] as number) + 86400) % 86400
    if (span > 0 && !spans.includes(span)) spans.push(span)
  }
  return spans
}

function clockSpans(context: ClaimContext, unit: TextUnit): Claim[] {
  const { times, quantities } = context.tokens(unit)
  const text = unit.text
  const claims: Claim[] = []
  for (let k = 0; k + 1 < times.length; k++) {
    const from = readClock(text, times[k] as ClockTime)
    const to = readClock(text, times[k + 1] as ClockTime)
    const elapsed = quantities.find((q) => q.start >= to.end && q.dimension === 'duration') ?? durationBefore(text, quantities, from, to)
    if (!elapsed || elapsed.bound || elapsed.rangeHigh !== null || elapsed.sign) continue
    // "3:20 – 4:10 (50 s)": minutes and seconds of a length, not times of day; a clock to the minute says nothing of seconds.
    if (elapsed.factor < 60 && (from.seconds === null || to.seconds === null)) continue
    // "09:00–10:00 and 14:00–15:30 (2.5 h)": a duration after several times may total them all.
    const opened = quantities.reduce((at, q) => (q.end <= from.time.start && q.dimension === 'duration' ? q.end : at), 0)
    if (k > 0 && (times[k - 1] as ClockTime).start >= opened) continue
    // "14:00 UTC – 15:00 CET": two zones, two wall clocks.
    if (from.zone && to.zone && from.zone !== to.zone) continue
    if (!(elapsed.end <= from.time.start || stated(text, to, elapsed) || tight(text, from, to, elapsed))) continue
    const claim = spanClaim(unit, from, to, elapsed)
    if (claim) claims.push(claim)
  }
  return claims
}

/** The elapsed time stated for two clock times, placed on the duration; none when the times give no span. */
function spanClaim(unit: TextUnit, from: ClockMark, to: ClockMark, elapsed: Quantity): Claim | null {
  const spans = spansBetween(from, to)
  if (spans.length === 0) return null
  const span = `${from.text} → ${to.text}`
  return {
    kind: 'clock-duration', at: { unit, start: elapsed.start, end: elapsed.end }, binding: 'tight', from: from.time, to: to.time, elapsed, spans,
    resolution: from.seconds !== null && to.seconds !== null ? 1 : 60, fromText: from.text, toText: to.text, about: span, reading: `${span} ↔ ${elapsed.raw}`
  }
}

/**
 * "Write freeze: 1h 40m (02:00 → 03:20)": a duration and, in a parenthesis right after it, the span
 * it lasted, with nothing else in the parenthesis.
 */
function durationBefore(text: string, quantities: Quantity[], from: ClockMark, to: ClockMark): Quantity | undefined {
  const elapsed = [...quantities].reverse().find((q) => q.end <= from.time.start)
  if (!elapsed || elapsed.dimension !== 'duration' || !/^[ \t]*\([ \t]*(?:from[ \t]+)?$/i.test(text.slice(elapsed.end, from.time.start))) return undefined
  const join = text.slice(from.after, to.time.start).trim()
  return RANGE_JOIN.test(join) && /^[ \t]*\)/.test(text.slice(to.after)) ? elapsed : undefined
}

/** "Started 23:39 UTC, now 00:05 UTC (26 minutes elapsed)": the duration says it is the time that passed. */
function stated(text: string, to: ClockMark, elapsed: Quantity): boolean {
  const between = text.slice(to.after, elapsed.start)
  const after = text.slice(elapsed.end)
  return (ELAPSED_BEFORE.test(between) || (between.trim().length < 4 && ELAPSED_AFTER.test(after))) && ELAPSED_AFTER.test(after)
}

/** "09:30–09:45 (15 min)", "from 14:05 until 14:50 — 45 minutes": a span and its duration, nothing else. */
function tight(text: string, from: ClockMark, to: ClockMark, elapsed: Quantity): boolean {
  const join = text.slice(from.after, to.time.start).trim()
  const joined = RANGE_JOIN.test(join) || END_JOIN.test(join) || (join.toLowerCase() === 'and' && /\bbetween\s?$/i.test(text.slice(Math.max(0, from.time.start - 9), from.time.start)))
  if (!joined) return false
  const attach = text.slice(to.after, elapsed.start).trim().replace(/\s+/g, ' ')
  const after = text.slice(elapsed.end)
  if (ATTACH_PAREN.test(attach)) return /^\s*\)/.test(after) || /^\s*(?:elapsed|total|in total|long)\s*\)/i.test(after)
  if (ATTACH_DASH.test(attach)) return /^\s*(?:[.;,)]|$)/.test(after) || ELAPSED_AFTER.test(after)
  return false
}

// Columns that hold when each row began and ended, and how long it took.
const START_HEADER = /^(?:start|starts|started|started at|start time|begin|began|from)$/
const END_HEADER = /^(?:end|ends|ended|ended at|end time|finish|finished|finished at|stop|stopped|until|to)$/
const DURATION_HEADER = /^(?:duration|elapsed|elapsed time|took|time taken|length|wall time|wall clock|wall-clock time|run time|runtime)$/
// "(UTC)", "(local)": a zone or a note in a header is not part of its name.
function headerName(unit: TextUnit | undefined): string {
  const name = unit ? cleanLabel(unit.text).toLowerCase() : ''
  const open = name.endsWith(')') ? name.lastIndexOf('(') : -1
  return open < 0 ? name : name.slice(0, open).trim()
}

/**
 * "| Backfill | 10:03:15 | 10:09:55 | 6 m 40 s |" under "Step | Start | End | Duration": each row's
 * duration is the time between its own start and end. One column of each, so the pair is not a guess;
 * a cell holding anything besides its time (a date, a note) is another kind of cell and is left.
 */
function tableSpans(context: ClaimContext, table: TableInfo): Claim[] {
  const names = table.header.map(headerName)
  const column = (pattern: RegExp) => {
    const found = names.flatMap((name, c) => (pattern.test(name) ? [c] : []))
    return found.length === 1 ? (found[0] as number) : -1
  }
  const [startColumn, endColumn, durationColumn] = [column(START_HEADER), column(END_HEADER), column(DURATION_HEADER)]
  if (startColumn < 0 || endColumn < 0 || durationColumn < 0) return []
  const claims: Claim[] = []
  for (const cells of table.rows) {
    const from = onlyTime(context, cells[startColumn])
    const to = onlyTime(context, cells[endColumn])
    const cell = cells[durationColumn]
    if (!from || !to || !cell) continue
    const { quantities } = context.tokens(cell)
    const elapsed = quantities[0]
    if (quantities.length !== 1 || !elapsed || elapsed.dimension !== 'duration' || elapsed.bound || elapsed.rangeHigh !== null || elapsed.sign) continue
    if (cell.text.slice(0, elapsed.start).replace(/[\s*_~≈]/g, '') !== '' || cell.text.slice(elapsed.end).replace(/[\s*_]/g, '') !== '') continue
    // A day or more between two times of day cannot be told from the times alone.
    if (elapsed.value >= 86400 || (elapsed.factor < 60 && (from.seconds === null || to.seconds === null))) continue
    if (from.zone && to.zone && from.zone !== to.zone) continue
    const claim = spanClaim(cell, from, to, elapsed)
    if (claim) claims.push(claim)
  }
  return claims
}

/** A cell that holds one time of day and nothing else but its am/pm mark and zone. */
function onlyTime(context: ClaimContext, cell: TextUnit | undefined): ClockMark | null {
  if (!cell) return null
  const { times, quantities } = context.tokens(cell)
  if (times.length !== 1 || quantities.length > 0) return null
  const clock = readClock(cell.text, times[0] as ClockTime)
  const bare = (text: string) => text.replace(/[\s*_]/g, '') === ''
  return bare(cell.text.slice(0, clock.time.start)) && bare(cell.text.slice(clock.after)) ? clock : null
}

/** "2 hours 15 minutes (135 min)", "4h 30m = 270 min". */
function restated(context: ClaimContext, unit: TextUnit): Claim[] {
  const { quantities } = context.tokens(unit)
  const claims: Claim[] = []
  for (let k = 0; k + 1 < quantities.length; k++) {
    const first = quantities[k] as Quantity
    const second = quantities[k + 1] as Quantity
    // "1h 45m (105 min)", "135 min (2 h 15 min)": a compound on either side is in two units.
    const compound = isCompound(first) || isCompound(second)
    if (first.dimension !== 'duration' || second.dimension !== 'duration' || (first.factor === second.factor && !compound)) continue
    if (first.bound || second.bound || first.rangeHigh !== null || second.rangeHigh !== null || first.approx || second.approx) continue
    const opener = unit.text.slice(first.end, second.start)
    // "(145 min)", "= 145 min", "(i.e. 145 min)".
    if (!/^\s*(?:\(\s*|=\s*|≈\s*|\(\s*=\s*|\(\s*(?:i\.e\.|that is),?\s*)$/.test(opener)) continue
    if (opener.includes('(') && !/^\s*\)/.test(unit.text.slice(second.end))) continue
    // "1.5 h + 45 min = 2.25 h": the first is the last operand of a sum (written-arithmetic's), not restated.
    if (/[=≈]/.test(opener) && /[-+×*/÷−]\s*$/.test(unit.text.slice(Math.max(0, first.start - 3), first.start))) continue
    // "16 tests in 6h = 22.5 min/test": a duration per thing is a rate, not the same duration.
    if (/^\s*(?:\/|per\b|each\b|a piece\b)/i.test(unit.text.slice(second.end))) continue
    if (FACTOR_BEFORE.test(unit.text.slice(Math.max(0, first.start - 32), first.start))) continue
    // "4 hours → 30 minutes (3.5 hours)": after a before → after pair, the parenthesis is the change.
    if (/(?:→|->|⟶|=>|\bto)\s*$/i.test(unit.text.slice(Math.max(0, first.start - 6), first.start)) && quantities.some((q) => q.end <= first.start && q.dimension === 'duration')) continue
    // "30 requests in 10s = 5 min ban": the window of a rate, and what it sets off.
    if (/[=≈]/.test(opener) && /\d[^\d=]{0,20}\b(?:in|within|over|every|per)\s*$/i.test(unit.text.slice(Math.max(0, first.start - 32), first.start))) continue
    // "200 hours (~5 weeks)" counts working hours against calendar weeks: two clocks, not one duration.
    // Days against hours and weeks against days are read (the rule allows working days and weeks).
    if ((first.factor >= 86400) !== (second.factor >= 86400) && !calendarPair(first, second)) continue
    claims.push({ kind: 'restated-duration', at: { unit, start: second.start, end: second.end }, binding: 'tight', first, second, about: first.raw, reading: `${first.raw} ↔ ${second.raw}` })
  }
  return claims
}

/** Days against hours ("2.5 days (60 h)"), weeks against days ("3 weeks (21 days)"): a day or a week may be a working one. */
export function calendarPair(a: Quantity, b: Quantity): boolean {
  const units = [a.unitSymbol, b.unitSymbol].sort().join(' ')
  const plain = !isCompound(a) && !isCompound(b)
  return plain && (units === 'days h' || units === 'days weeks')
}

/** "2 h 15 min", "3m20s": a unit followed by more digits ("2.5 days" is not). */
function isCompound(q: Quantity): boolean {
  return /[A-Za-zµ][ \t,]*(?:and[ \t]+)?\d/.test(q.raw)
}
