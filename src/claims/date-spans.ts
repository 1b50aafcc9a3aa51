// Days between dates the report states: a range and its length ("Jan 10 – Feb 3 (24 days)"), a
// countdown to a deadline ("Days remaining: 116", "Launch: December 1, 2025 (13 days remaining)"), and
// a time ago ("Started 2026-01-05, 93 days ago"). A countdown and a time ago run from the report's own
// date, which the page must state; the real date is never used.
import type { Quantity } from '../extract/quantity.js'
import { findDates, type CalendarDate, type LineDates } from '../extract/dates.js'
import { cleanLabel } from '../extract/labels.js'
import type { TextLine } from '../parse/document.js'
import type { ClaimContext } from './context.js'
import type { Binding, Claim, DateAt, DateSpanClaim } from './model.js'

const NONE: LineDates = { dates: [], ranges: [] }

/** A number of days or weeks, and what it counts. */
interface Count {
  quantity: Quantity
  /** End of the phrase ("10 business days"). */
  end: number
  counts: DateSpanClaim['counts']
  inclusive: boolean
}

/** A date the page gives as its own: "Report date:", "Date:" at the top, a dated title; or, weaker, "Last updated:". */
interface Reference {
  at: DateAt
  line: TextLine
  kind: 'report' | 'edited'
}

interface Deadline {
  at: DateAt
  line: TextLine
  /** The label and the section's heading, for "Days until launch" against "Launch date:". */
  words: string
}

const WORKING = /^[ \t]+(calendar|business|working|work)[ \t]+days?\b/i
const INCLUSIVE = /^[^()]{0,24}?\b(?:inclusive|incl\.|counting both)/i

// Opening a range's stated length, and what may follow it.
const LENGTH_OPEN = /^[ \t]*(?:\([ \t]*(?:(?:about|approx\.?|approximately|around|roughly)[ \t]*)?|[:=][ \t]*)$/i
const LENGTH_CLOSE = /^[ \t]*(?:(?:inclusive|total|in total|long|elapsed|span)[ \t]*)?(?:\)|[,;]|[—–-][ \t]|$)/i
const LENGTH_BEFORE_RANGE = /^[ \t]*\([ \t]*(?:from[ \t]+|between[ \t]+)?$/i

// A countdown: "13 days remaining", "9 days until Nov 3"; "Days remaining: 111", "Weeks left: 16".
const COUNTDOWN_AFTER = /^[ \t]*(?:remaining|left|to go|remain)\b|^[ \t]*(?:until|till)\b/i
const COUNTDOWN_LABEL = /\b(days?|weeks?|time)[ \t]+(?:remaining|left|to[ \t]+go|(?:until|till)\b[^:：=]{0,30})[ \t]*[:：=][ \t]*$|\b(?:remaining|left)[ \t]+(days?|weeks?|time)[ \t]*[:：=][ \t]*$/i
// What a countdown counts down to, when it says: "Days until launch:", "2 weeks left in the sprint".
const TARGET = /\b(?:until|till|to)[ \t]+(?:the[ \t]+)?([A-Za-z][A-Za-z-]{2,})/i
const TARGET_AFTER = /^[ \t]*(?:(?:remaining|left|to go|remain)[ \t]+)?(?:in|of|on|for|before|until|till|to)[ \t]+(?:(?:the|this|our|current)[ \t]+)?([A-Za-z][A-Za-z-]{2,})/i
// Between a date and the count that stands by it: "Dec 1, 2025 (13 days remaining)", "2026-01-05, 93 days ago".
const BESIDE = /^[ \t]*(?:\(|[,:—–-])[ \t]*(?:about[ \t]+)?$/i
const UNTIL_DATE = /^[ \t]*(?:(?:remaining|left|to go|remain)[ \t]+)?(?:until|till|to|before)[ \t]+(?:the[ \t]+)?$/i
const GENERIC_TARGET = /^(?:deadline|due|end|go|date|completion|finish)$/i
const AGO_AFTER = /^[ \t]*ago\b/i
// A duration the text spends rather than counts down: "ran for 3 days until Friday".
const SPENT_BEFORE = /\b(?:for|took|takes|lasted|spent|ran|after|within|every|per|over)[ \t]+(?:~|about[ \t]+)?$/i

const REPORT_LABEL = /^(?:report(?:ing)?[ \t]+date|date[ \t]+of[ \t]+(?:the[ \t]+)?report|status[ \t]+date|(?:status|report)[ \t]+as[ \t]+of)(?:[ \t]*[:：–—-])?[ \t]*$/i
// Only at the top of the page, before any section: a "Date:" further down may be a deadline's.
const TOP_LABEL = /^(?:date|as[ \t]+of|today(?:'s[ \t]+date)?)(?:[ \t]*[:：–—-])?[ \t]*$/i
const EDITED_LABEL = /^(?:last[ \t]+)?(?:updated|modified|revised|edited|generated|prepared|created|written|compiled)(?:[ \t]+(?:on|at))?(?:[ \t]*[:：–—-])?[ \t]*$/i
const WEEKDAY_BEFORE = /(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\.?,?[ \t]*$/

const DEADLINE_WORDS = /\b(?:deadline|due|target|launch(?:es|ing)?|release|go[ -]?live|ship(?:s|ping)?|cut-?off|submission|end(?:s|ing)?|expir\w*|delivery|completion|finish|closes?|closing|freeze|demo|ga)\b/i
// A label, not a sentence: a deadline's date follows a few words.
const SHORT_LABEL = /^[^\d]{0,40}$/

export function readDateSpans(context: ClaimContext): Claim[] {
  const { doc } = context
  const dated = new Map<TextLine, LineDates>()
  for (const line of doc.lines) {
    const found = findDates(line.unit.text)
    if (found.dates.length > 0) dated.set(line, found)
  }
  const references = pageReferences(dated, doc.headings.find((h) => h.depth === 1)?.unit)
  const headingDates = new Map<TextLine['unit'], { line: TextLine; found: LineDates }>()
  for (const [line, found] of dated) if (line.kind === 'heading') headingDates.set(line.unit, { line, found })
  const deadlines = pageDeadlines(dated, references)
  const claims: Claim[] = []
  for (const line of doc.lines) {
    const found = dated.get(line) ?? NONE
    const counts = countsIn(context, line)
    if (counts.length === 0) continue
    const used = new Set<Count>()
    claims.push(...rangeLengths(line, found, counts, used))
    claims.push(...countdowns(line, found, counts.filter((c) => !used.has(c)), referencesFor(line, references, headingDates), deadlines))
  }
  return claims
}

function countsIn(context: ClaimContext, line: TextLine): Count[] {
  const text = line.unit.text
  if (!/da?y|wee?k|\dd\b|\dw\b/i.test(text)) return []
  const counts: Count[] = []
  for (const q of context.tokens(line.unit).quantities) {
    if (q.bound || q.rangeHigh !== null || q.sign || q.written < 0) continue
    let counts_: Count['counts'] | null = null
    let end = q.end
    if (q.dimension === 'duration' && q.factor === 86400) counts_ = 'days'
    else if (q.dimension === 'duration' && q.factor === 604800) counts_ = 'weeks'
    else if (q.dimension === 'count' && q.factor === 1) {
      const working = WORKING.exec(text.slice(q.end))
      if (working) {
        counts_ = /calendar/i.test(working[1] as string) ? 'days' : 'business-days'
        end = q.end + working[0].length
      } else counts_ = labelUnit(text.slice(0, q.start))
    }
    if (!counts_) continue
    counts.push({ quantity: q, end, counts: counts_, inclusive: INCLUSIVE.test(text.slice(end)) })
  }
  return counts
}

/** "Days remaining: 111": a bare number takes its unit from the label. */
function labelUnit(before: string): Count['counts'] | null {
  const label = COUNTDOWN_LABEL.exec(before)
  const word = (label?.[1] ?? label?.[2] ?? '').toLowerCase()
  return word.startsWith('day') ? 'days' : word.startsWith('week') ? 'weeks' : null
}

/** "Last updated:" → "last updated", for messages. */
function role(label: string): string {
  let end = label.length
  while (end > 0 && /[\s:：–—-]/.test(label[end - 1] as string)) end--
  return label.slice(0, end).toLowerCase()
}

export function writtenDate(d: DateAt): string {
  return d.place.unit.text.slice(d.place.start, d.place.end)
}

function dateAt(line: TextLine, date: CalendarDate, role: string): DateAt {
  return { date, place: { unit: line.unit, start: date.start, end: date.end }, role }
}

/** "Jan 10 – Feb 3 (24 days)", "Sprint: 2026-03-02 to 2026-03-13 (10 working days)", "25 days (Oct 25 – Nov 18)". */
function rangeLengths(line: TextLine, found: LineDates, counts: Count[], used: Set<Count>): Claim[] {
  const text = line.unit.text
  const claims: Claim[] = []
  for (const range of found.ranges) {
    const count = counts.find(
      (c) =>
        !used.has(c) &&
        ((c.quantity.start >= range.end && LENGTH_OPEN.test(text.slice(range.end, c.quantity.start)) && LENGTH_CLOSE.test(text.slice(c.end))) ||
          (c.end <= range.start && LENGTH_BEFORE_RANGE.test(text.slice(c.end, range.start)) && /^[ \t]*\)/.test(text.slice(range.end))))
    )
    if (!count) continue
    used.add(count)
    const span = text.slice(range.start, range.end)
    claims.push(spanClaim(line, count, [dateAt(line, range.from, '')], [dateAt(line, range.to, '')], 'tight', false, span))
  }
  return claims
}

function spanClaim(line: TextLine, count: Count, from: DateAt[], to: DateAt[], binding: Binding, countdown: boolean, about: string): DateSpanClaim {
  const q = count.quantity
  const text = line.unit.text
  const ends = (side: DateAt[]) => side.map(writtenDate).join(' | ')
  // "Nov 1-8, 2025": both ends stand in one place.
  const span = from.length === 1 && to.length === 1 && from[0]?.place.start === to[0]?.place.start ? ends(from) : `${ends(from)} → ${ends(to)}`
  return {
    kind: 'date-span', at: { unit: line.unit, start: q.start, end: count.end }, binding, from, to, stated: q, counts: count.counts, countdown, inclusive: count.inclusive,
    about, reading: `${span} ↔ ${text.slice(q.start, count.end)}`
  }
}

/** Countdowns to a deadline and times ago, both counted from the report's date. */
function countdowns(line: TextLine, found: LineDates, counts: Count[], references: Reference[], deadlines: Deadline[]): Claim[] {
  const text = line.unit.text
  const claims: Claim[] = []
  const inRange = (d: CalendarDate) => found.ranges.some((r) => d.start >= r.start && d.end <= r.end)
  const single = found.dates.filter((d) => !inRange(d))
  for (const count of counts) {
    const q = count.quantity
    const before = text.slice(0, q.start)
    const after = text.slice(count.end)
    if (SPENT_BEFORE.test(before)) continue
    const ago = AGO_AFTER.test(after)
    if (!ago && !COUNTDOWN_AFTER.test(after) && !COUNTDOWN_LABEL.test(before)) continue
    // The report's date stated in the line itself: "As of 2026-04-08, 116 days remain until 2 Aug 2026".
    const own = references.filter((r) => r.line === line)
    const others = single.filter((d) => !own.some((r) => r.at.date === d))
    if (others.length > 1) continue
    const inLine = others[0]
    const refs = own.length > 0 ? own : references
    if (refs.length === 0) continue
    const anchors = distinct(refs.map((r) => r.at))
    let binding: Binding = own.length > 0 ? 'tight' : refs.some((r) => r.kind === 'report') ? 'inferred' : 'weak'
    const label = cleanLabel(before).replace(/[:：=]$/, '')
    if (ago) {
      if (inLine && agoOf(text, inLine, count)) claims.push(spanClaim(line, count, [dateAt(line, inLine, '')], anchors, binding, true, label || text.slice(inLine.start, inLine.end)))
      continue
    }
    let deadline: DateAt | null = null
    if (inLine) deadline = countsDownTo(text, inLine, count, COUNTDOWN_LABEL.test(before)) ? dateAt(line, inLine, '') : null
    else {
      deadline = deadlineFor(line, text.slice(count.end), deadlines)
      if (binding === 'tight') binding = 'inferred'
    }
    if (deadline) claims.push(spanClaim(line, count, anchors, [deadline], binding, true, label || 'days remaining'))
  }
  return claims
}

/** One of each date: a report that states its date twice is counted from it once. */
function distinct(dates: DateAt[]): DateAt[] {
  return dates.filter((d, k) => dates.findIndex((e) => e.date.year === d.date.year && e.date.month === d.date.month && e.date.day === d.date.day) === k)
}

/**
 * The count stands right by its deadline: "Launch: Dec 1, 2025 (13 days remaining)", "9 days until Nov 3",
 * "13 weeks remaining to February 5, 2026", and after a countdown's label "Days left: 20 (May 1)".
 */
function countsDownTo(text: string, date: CalendarDate, count: Count, labelled: boolean): boolean {
  if (count.quantity.start >= date.end) return DEADLINE_WORDS.test(text.slice(0, date.start)) && BESIDE.test(text.slice(date.end, count.quantity.start))
  const between = text.slice(count.end, date.start)
  return date.start >= count.end && (UNTIL_DATE.test(between) || (labelled && /^[ \t]*\([ \t]*$/.test(between)))
}

/** "Started 2026-01-05, 93 days ago", "93 days ago (2026-01-05)". */
function agoOf(text: string, date: CalendarDate, count: Count): boolean {
  if (count.quantity.start >= date.end) return BESIDE.test(text.slice(date.end, count.quantity.start))
  return date.start >= count.end && /^[ \t]*ago[ \t]*(?:\([ \t]*|[,:—–-][ \t]*)(?:on[ \t]+)?$/i.test(text.slice(count.end, date.start))
}

/**
 * The deadline a countdown with no date of its own counts down to: the one deadline of its section,
 * else the one deadline of the page, whose label names what the countdown names, if it names anything
 * ("Days until launch" needs a launch date).
 */
function deadlineFor(line: TextLine, after: string, deadlines: Deadline[]): DateAt | null {
  const target = (TARGET_AFTER.exec(after) ?? TARGET.exec(line.unit.text))?.[1] ?? ''
  const matching = GENERIC_TARGET.test(target) || target === '' ? deadlines : deadlines.filter((d) => new RegExp(`\\b${target.slice(0, 5)}`, 'i').test(d.words))
  const section = line.headings[line.headings.length - 1]
  const inSection = matching.filter((d) => d.line.headings[d.line.headings.length - 1] === section)
  return oneDate(inSection) ?? (inSection.length === 0 ? oneDate(matching) : null)
}

/** The deadline when all the candidates name one date; null when there are none or they differ. */
function oneDate(deadlines: Deadline[]): DateAt | null {
  const first = deadlines[0]
  if (!first) return null
  // "Nov 3" and "November 3, 2025" are one deadline; the one with its year is cited.
  const same = (a: CalendarDate, b: CalendarDate) => (a.year === b.year || a.year === null || b.year === null) && a.month === b.month && a.day === b.day
  if (!deadlines.every((d) => same(d.at.date, first.at.date))) return null
  return deadlines.find((d) => d.at.date.year !== null)?.at ?? first.at
}

/** The report's own dates, from labels and the title. Only dates with a year. */
function pageReferences(dated: Map<TextLine, LineDates>, title: TextLine['unit'] | undefined): Reference[] {
  const references: Reference[] = []
  for (const [line, found] of dated) {
    if (line.kind === 'cell') continue
    const text = line.unit.text
    const atTop = line.headings.every((h) => h.depth <= 1)
    for (const date of found.dates) {
      if (date.year === null || found.ranges.some((r) => date.start >= r.start && date.end <= r.end)) continue
      const label = cleanLabel(text.slice(0, date.start)).replace(WEEKDAY_BEFORE, '').trim()
      if (REPORT_LABEL.test(label) || (atTop && line.kind !== 'heading' && TOP_LABEL.test(label))) {
        references.push({ at: dateAt(line, date, 'report date'), line, kind: 'report' })
      } else if (EDITED_LABEL.test(label)) {
        references.push({ at: dateAt(line, date, role(label)), line, kind: 'edited' })
      }
    }
    // A title dated once: "# Weekly status — 2026-04-08" (not "# Launch plan for 2026-08-02").
    if (line.unit === title && found.dates.length === 1 && found.ranges.length === 0 && !DEADLINE_WORDS.test(text)) {
      const date = found.dates[0] as CalendarDate
      if (date.year !== null && !references.some((r) => r.line === line)) references.push({ at: dateAt(line, date, 'title'), line, kind: 'report' })
    }
  }
  return references
}

/** The references a line may count from: the date of the dated entry it stands in ("## 2025-11-18"), and the page's. */
function referencesFor(line: TextLine, references: Reference[], headingDates: Map<TextLine['unit'], { line: TextLine; found: LineDates }>): Reference[] {
  for (let k = line.headings.length - 1; k >= 0; k--) {
    const heading = line.headings[k]
    if (!heading || heading.depth === 1) break
    const entry = headingDates.get(heading.unit)
    if (!entry) continue
    const date = entry.found.dates[0] as CalendarDate
    if (entry.found.dates.length !== 1 || entry.found.ranges.length > 0 || date.year === null) break
    return [{ at: dateAt(entry.line, date, 'entry date'), line: entry.line, kind: 'report' }, ...references]
  }
  return references
}

/** Dates the page labels as a deadline ("Deadline: 2 Aug 2026", "Launch date:", a "Date:" under "### Deadline"). */
function pageDeadlines(dated: Map<TextLine, LineDates>, references: Reference[]): Deadline[] {
  const deadlines: Deadline[] = []
  for (const [line, found] of dated) {
    if (line.kind === 'cell' || line.kind === 'heading') continue
    const single = found.dates.filter((d) => !found.ranges.some((r) => d.start >= r.start && d.end <= r.end))
    if (single.length !== 1) continue
    const date = single[0] as CalendarDate
    if (references.some((r) => r.at.date === date)) continue
    const label = cleanLabel(line.unit.text.slice(0, date.start)).replace(WEEKDAY_BEFORE, '')
    if (!SHORT_LABEL.test(label)) continue
    const heading = line.headings[line.headings.length - 1]?.unit.text ?? ''
    const named = DEADLINE_WORDS.test(label) ? label : /^date(?:[ \t]*[:：])?[ \t]*$/i.test(label) && DEADLINE_WORDS.test(heading) ? heading : null
    if (named === null) continue
    deadlines.push({ at: dateAt(line, date, role(named)), line, words: `${label} ${heading}` })
  }
  return deadlines
}
