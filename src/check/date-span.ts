// Verifies a date-span claim for time-arithmetic: the days between two dates against the number the
// text states for them. Generous where a report's convention is unknown: either end may count
// (n or n ± 1 days), a span's length may be in working days, a countdown in weeks may round up.
import type { DateAt, DateSpanClaim } from '../claims/model.js'
import { daysBetween, weekdaysBetween } from '../extract/dates.js'
import { writtenDate } from '../claims/date-spans.js'
import type { Interval } from '../extract/interval.js'
import { agrees } from './rounding.js'
import type { Verdict, VerifyContext } from './rule.js'
import { unverifiable, verified } from './rule.js'
import { replaceNumber } from './suggest.js'

interface Reading {
  from: DateAt
  to: DateAt
  days: number
}

export function verifyDateSpan(claim: DateSpanClaim, context: VerifyContext): Verdict {
  const readings: Reading[] = []
  for (const from of claim.from) {
    for (const to of claim.to) {
      for (const days of daysBetween(from.date, to.date)) if (days >= 0) readings.push({ from, to, days })
    }
  }
  if (readings.length === 0) return unverifiable('the dates run backwards: the deadline is before the report date')
  let why = ''
  for (const reading of readings) {
    const verdict = judge(claim, reading, context)
    if (verdict === true) return verified(claim.at)
    if (verdict !== false) why = verdict
  }
  if (why) return unverifiable(why)
  return contradiction(claim, nearest(claim, readings), context)
}

/** true: agrees; false: contradicts; a string: could not be checked, and why. */
function judge(claim: DateSpanClaim, { from, to, days }: Reading, context: VerifyContext): boolean | string {
  const { stated, counts } = claim
  const calendar: Interval = claim.inclusive ? { low: days + 1, high: days + 1 } : { low: Math.max(0, days - 1), high: days + 1 }
  if (agrees(stated, inUnit(claim, calendar), false, context.policy)) return true
  // "ran for 14 weeks (May 15 to August 15)": a whole number of weeks or months may count each one the span touches.
  const unitDays = stated.dimension === 'duration' ? stated.factor / 86400 : counts === 'weeks' ? 7 : 1
  if (unitDays >= 7 && Number.isInteger(stated.written) && stated.written >= Math.floor(days / unitDays) && stated.written <= Math.ceil((days + 1) / unitDays)) return true
  // "13 weeks remaining" for 12.4 weeks: a countdown in weeks may count the part week as one.
  if (counts === 'weeks' && claim.countdown && stated.written === Math.ceil(days / 7)) return true
  if (counts === 'weeks') return false
  const weekdays = weekdaysBetween(from.date, to.date)
  if (weekdays && agrees(stated, inUnit(claim, { low: weekdays.exclusive, high: weekdays.inclusive }), false, context.policy)) return true
  const over = statedDays(claim) > days + 1
  if (counts === 'business-days') return over ? false : 'working days may leave out holidays'
  // A span's length below its calendar days may count working or active days ("Mar 2 – Mar 13 (9 days)").
  if (!claim.countdown && !over) return 'fewer days than the span: they may be working or active days'
  return false
}

/** The stated number's base unit: seconds for "25 days", days for a bare "111", weeks for "Weeks left: 16". */
function inUnit(claim: DateSpanClaim, days: Interval): Interval {
  const scale = claim.stated.dimension === 'duration' ? 86400 : claim.counts === 'weeks' ? 1 / 7 : 1
  return { low: days.low * scale, high: days.high * scale }
}

function statedDays(claim: DateSpanClaim): number {
  const { stated } = claim
  return stated.dimension === 'duration' ? stated.value / 86400 : claim.counts === 'weeks' ? stated.value * 7 : stated.value
}

function nearest(claim: DateSpanClaim, readings: Reading[]): Reading {
  const target = statedDays(claim)
  return readings.reduce((best, r) => (Math.abs(r.days - target) < Math.abs(best.days - target) ? r : best))
}

function contradiction(claim: DateSpanClaim, { from, to, days }: Reading, context: VerifyContext): Verdict {
  const { stated, at } = claim
  const unit = at.unit
  const statedText = unit.text.slice(at.start, at.end)
  const cite = (d: DateAt) => {
    const written = writtenDate(d)
    const where = [d.role, d.place.unit === unit ? '' : `line ${context.lineOf(d.place)}`].filter((s) => s !== '').join(', ')
    return where ? `${written} (${where})` : written
  }
  const weeks = claim.counts === 'weeks' ? ` (${+(days / 7).toFixed(1)} weeks)` : ''
  const ends = claim.countdown || claim.inclusive ? '' : ` (${days + 1} counting both ends)`
  const weekdays = claim.counts === 'business-days' ? `, at most ${weekdaysBetween(from.date, to.date)?.inclusive ?? days + 1} of them weekdays` : ''
  const result = `${days} day${days === 1 ? '' : 's'}${weeks}${ends}${weekdays}`
  // The count is derived from the dates; a countdown counts whole days from the report's date, one reading only.
  const exact = claim.inclusive ? days + 1 : days
  const value = stated.dimension === 'duration' ? (exact * 86400) / stated.factor : claim.counts === 'weeks' ? exact / 7 : exact
  const single = (claim.countdown || claim.inclusive) && claim.counts !== 'business-days' && Number.isInteger(value)
  return {
    status: 'contradicted',
    message: `"${statedText}" does not match ${from.place.start === to.place.start && from.place.unit === to.place.unit ? cite(from) : `${cite(from)} → ${cite(to)}`}: that is ${result}`,
    computed: `${exact} days`,
    suggestion: single ? replaceNumber(unit.text, stated, value) : undefined,
    related: [from.place, to.place].filter((p) => p.unit !== unit)
  }
}
