// Calendar dates written in a line: ISO ("2026-04-08"), with a month name ("2 Aug 2026", "August 2,
// 2026", "Aug 2nd", "3 March"), day/month/year with slashes when only one order is possible
// ("17/10/2025"), and ranges ("Jan 10 – Feb 3", "Nov 1-8, 2025", "from 3 March to 17 March").
// Never read: bare slashes ("4/4", "7/10" are fractions), dotted numbers (versions), slashed dates
// that could be either day or month first ("04/08/2026"), a month without a day ("Mar 2024").

export interface CalendarDate {
  start: number
  end: number
  /** null when the text gives no year ("3 March"). */
  year: number | null
  /** 1–12. */
  month: number
  day: number
}

export interface DateRange {
  start: number
  end: number
  from: CalendarDate
  to: CalendarDate
}

export interface LineDates {
  dates: CalendarDate[]
  ranges: DateRange[]
}

export const MONTH_NAME = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?'
export const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const ORDINAL = '(?:st|nd|rd|th)?'
const YEAR = '((?:19|20)\\d{2})'

const ISO = /(?<![\w./-])((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?![\d_/-]|\.\d|[A-SU-Za-z])/g
// "Aug 2", "August 2, 2026", "Nov 1-8, 2025"
const MONTH_DAY = new RegExp(`\\b(${MONTH_NAME})\\.?[ \\t]+(\\d{1,2})${ORDINAL}\\b(?:[ \\t]*[-–][ \\t]*(\\d{1,2})${ORDINAL}\\b)?(?:,?[ \\t]+${YEAR}\\b)?(?![.,]?\\d|:\\d)`, 'g')
// "2 Aug 2026", "3rd of March", "1–8 November 2025"
const DAY_MONTH = new RegExp(`(?<![\\w.,:/-])(\\d{1,2})${ORDINAL}(?:[ \\t]*[-–][ \\t]*(\\d{1,2})${ORDINAL})?[ \\t]+(?:of[ \\t]+)?(${MONTH_NAME})\\b\\.?(?:,?[ \\t]+${YEAR}\\b)?(?![.,]?\\d|:\\d)`, 'g')
const SLASHED = /(?<![\w./-])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?![\w/.-]|\.\d)/g

/** Every pattern built here, for the ReDoS check in the test suite. */
export const DATE_PATTERNS: RegExp[] = [ISO, MONTH_DAY, DAY_MONTH, SLASHED]

// Between the two ends of a range.
const RANGE_JOIN = /^[ \t]*(?:[-–—]|→|->|to|through|thru|until|till|and)[ \t]*$/
const BETWEEN_BEFORE = /\bbetween[ \t]+$/i

const MAY_HOLD_DATE = /\d[-/]\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Days since 1970-01-01 of a date whose year is known. */
export function dayNumber(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / 86_400_000
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1
}

function valid(year: number | null, month: number, day: number): boolean {
  // Without a year, 29 February stays possible.
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year ?? 2024, month)
}

export function findDates(text: string): LineDates {
  const none: LineDates = { dates: [], ranges: [] }
  if (!MAY_HOLD_DATE.test(text)) return none
  const dates: CalendarDate[] = []
  const ranges: DateRange[] = []
  const taken: Array<[number, number]> = []
  const free = (start: number, end: number) => taken.every(([a, b]) => end <= a || start >= b)
  const add = (date: CalendarDate) => {
    if (!valid(date.year, date.month, date.day) || !free(date.start, date.end)) return false
    dates.push(date)
    taken.push([date.start, date.end])
    return true
  }

  for (const m of text.matchAll(ISO)) {
    add({ start: m.index, end: m.index + m[0].length, year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) })
  }
  for (const [pattern, order] of [[MONTH_DAY, 'month-day'], [DAY_MONTH, 'day-month']] as const) {
    for (const m of text.matchAll(pattern)) {
      const [name, first, second] = order === 'month-day' ? [m[1], m[2], m[3]] : [m[3], m[1], m[2]]
      const month = monthOf(name as string)
      const year = m[4] ? Number(m[4]) : null
      const start = m.index
      const end = m.index + m[0].length
      if (!free(start, end)) continue
      if (second === undefined) {
        add({ start, end, year, month, day: Number(first) })
        continue
      }
      // "Nov 1-8, 2025": one month, two days; both ends stand for the whole span.
      const from: CalendarDate = { start, end, year, month, day: Number(first) }
      const to: CalendarDate = { start, end, year, month, day: Number(second) }
      if (from.day >= to.day || !valid(year, month, from.day) || !valid(year, month, to.day)) continue
      dates.push(from, to)
      taken.push([start, end])
      ranges.push({ start, end, from, to })
    }
  }
  for (const m of text.matchAll(SLASHED)) {
    const a = Number(m[1])
    const b = Number(m[2])
    // Only when one order is impossible: 17/10/2025 is day-first, 10/17/2025 month-first.
    if ((a > 12) === (b > 12)) continue
    add({ start: m.index, end: m.index + m[0].length, year: Number(m[3]), month: a > 12 ? b : a, day: a > 12 ? a : b })
  }

  dates.sort((x, y) => x.start - y.start || x.day - y.day)
  for (let k = 0; k + 1 < dates.length; k++) {
    const from = dates[k] as CalendarDate
    const to = dates[k + 1] as CalendarDate
    if (from.start === to.start) continue
    const join = text.slice(from.end, to.start)
    if (!RANGE_JOIN.test(join)) continue
    if (/\band\b/.test(join) && !BETWEEN_BEFORE.test(text.slice(Math.max(0, from.start - 12), from.start).replace(/\bfrom[ \t]+$/i, ''))) continue
    fillYears(from, to)
    ranges.push({ start: from.start, end: to.end, from, to })
  }
  ranges.sort((x, y) => x.start - y.start)
  return { dates, ranges }
}

/** "Dec 28 – Jan 4, 2026": the end's year dates the start too (the year before, when the months wrap). */
function fillYears(from: CalendarDate, to: CalendarDate): void {
  const wraps = from.month > to.month || (from.month === to.month && from.day > to.day)
  if (from.year === null && to.year !== null) from.year = wraps ? to.year - 1 : to.year
  else if (to.year === null && from.year !== null) to.year = wraps ? from.year + 1 : from.year
}

/** Days from one date to another; when the text gives no year, every year it could be (a leap year or not). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number[] {
  if (from.year !== null && to.year !== null) return [dayNumber(to.year, to.month, to.day) - dayNumber(from.year, from.month, from.day)]
  const wraps = from.month > to.month || (from.month === to.month && from.day > to.day)
  const spans = new Set<number>()
  // 2023 → 2024 crosses a leap day, 2024 → 2025 does not when it wraps; each pair covers the cases.
  for (const year of [2023, 2024, 2025]) {
    const fromYear = from.year ?? (to.year !== null ? (wraps ? to.year - 1 : to.year) : year)
    const toYear = to.year ?? (wraps ? fromYear + 1 : fromYear)
    if (!valid(fromYear, from.month, from.day) || !valid(toYear, to.month, to.day)) continue
    spans.add(dayNumber(toYear, to.month, to.day) - dayNumber(fromYear, from.month, from.day))
  }
  return [...spans].sort((a, b) => a - b)
}

/** Monday to Friday in the days after `from` up to `to` (exclusive), or from `from` through `to` (inclusive). */
export function weekdaysBetween(from: CalendarDate, to: CalendarDate): { exclusive: number; inclusive: number } | null {
  if (from.year === null || to.year === null) return null
  const first = dayNumber(from.year, from.month, from.day)
  const last = dayNumber(to.year, to.month, to.day)
  let exclusive = 0
  for (let d = first + 1; d <= last; d++) if (isWeekday(d)) exclusive++
  return { exclusive, inclusive: exclusive + (isWeekday(first) ? 1 : 0) }
}

function isWeekday(dayNumber: number): boolean {
  // 1970-01-01 was a Thursday.
  const weekday = (((dayNumber + 4) % 7) + 7) % 7
  return weekday !== 0 && weekday !== 6
}

/** The date as a reader would check it: "2026-08-02", or "2 Aug" without a year. */
export function formatDate(date: CalendarDate): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  if (date.year === null) return `${date.day} ${(MONTHS[date.month - 1] as string).replace(/^./, (c) => c.toUpperCase())}`
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`
}
