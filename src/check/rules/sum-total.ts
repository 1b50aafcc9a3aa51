/**
 * sum-total: a stated total must equal the sum of its stated parts.
 *
 * Flags:      "11 alerts: 1 P0, 3 P1, 3 P2, 5 P3"                → the parts sum to 12
 *             "- 11 production alerts" over "- 1 P0 alert", "- 3 P1 alerts", …
 *             a Total row whose cells are not the column sums (counts, fractions, signed changes, amounts)
 *             "**51 tests**:" over items "(10 tests)", "(14 tests)", … that sum to 54
 *             sibling headings "Completed (8/15)", "In progress (4/15)", "Blocked (5/15)" → 17 parts of 15
 * Leaves:     "20 issues found (3 critical, 5 high)" (a partial breakdown: the parts may name only some),
 *             "3 files changed: 120 insertions, 40 deletions" (the parts count something else),
 *             "3 clients (IDs: 11, 12, 13)", "558 commits (April: 534, May: 391)",
 *             sibling headings that score different things out of one maximum ("Security (9/10)").
 */
import { defineRule, verified, unverifiable, type Verdict } from '../rule.js'
import type { Quantity } from '../../extract/quantity.js'
import { operandInterval, type Interval } from '../../extract/interval.js'
import { overlaps, statedInterval } from '../rounding.js'
import { formatDuration, trimNumber } from '../../extract/units.js'
import { groupedLike } from '../../report/grouped-digits.js'

export const sumTotal = defineRule({
  meta: { id: 'sum-total', description: 'A stated total ("11 alerts", a Total row) must equal the sum of its stated parts.', severity: 'error', claims: ['total-parts'] },
  verify(claim, context): Verdict {
    const { total, parts } = claim
    const exact = [total, ...parts.map((p) => p.quantity)].every(isExactCount)
    let low = 0
    let high = 0
    for (const part of parts) {
      const interval = exact ? { low: part.quantity.written, high: part.quantity.written } : operandInterval(part.quantity)
      if (!interval) return unverifiable(`${part.quantity.raw} is not a single value`)
      low += interval.low
      high += interval.high
    }
    const stated = exact ? { low: total.written, high: total.written } : statedInterval(total, false, context.policy)
    if (overlaps(stated, { low, high })) return verified(claim.at, ...parts.map((p) => p.place))
    if (!exact && roundingExplains(total, parts.map((p) => p.quantity), (low + high) / 2)) return verified(claim.at, ...parts.map((p) => p.place))
    if (!claim.complete && high < stated.low) return unverifiable(`the parts add up to less than ${total.raw}; they may name only some of it`)
    if (measuredWholeAbove(total, stated, high)) return unverifiable(`the parts add up to a little less than ${total.raw}; a measured whole may hold small parts they leave out`)
    const sum = show(total, (low + high) / 2, exact)
    const terms = parts
      .map((p, i) => {
        const magnitude = p.quantity.raw.replace(/^[+\-−–]/, '')
        return i === 0 ? (p.quantity.sign === '-' ? `−${magnitude}` : magnitude) : `${p.quantity.sign === '-' ? '−' : '+'} ${magnitude}`
      })
      .join(' ')
    const message =
      claim.where === 'sibling headings'
        ? `The parts of ${total.raw} stated in sibling headings add up to ${sum} (${terms}), more than the whole of ${total.raw}`
        : `"${claim.phrase}" but the ${claim.where} ${/^(?:sub-sections|lines|items|row's|counts)\b/.test(claim.where) ? 'add up' : 'sums'} to ${sum} (${terms})`
    const first = parts[0]?.place
    return {
      status: 'contradicted', message, computed: sum,
      related: claim.where === 'breakdown' ? [] : claim.where === 'sibling headings' ? parts.slice(0, -1).map((p) => p.place) : first ? [first] : []
    }
  }
})

/**
 * Measurements written whole ("6ms + 24ms + 36ms", total "67ms") were rounded from what was measured:
 * three parts may each be half a unit off. That explains a small difference, not a large one (within
 * a fiftieth of the sum: "10 h + 20 h + 12 h" is no rounding of 40 h).
 */
function roundingExplains(total: Quantity, parts: Quantity[], sum: number): boolean {
  if (total.dimension === 'count' || total.dimension === 'money' || parts.some((q) => q.dimension !== total.dimension)) return false
  const intervals = [total, ...parts].map((q) => operandInterval(q, 'measurements rounded'))
  if (intervals.some((i) => i === null)) return false
  const [stated, ...rest] = intervals as Interval[]
  const low = rest.reduce((a, i) => a + i.low, 0)
  const high = rest.reduce((a, i) => a + i.high, 0)
  return overlaps(stated as Interval, { low, high }) && Math.abs(total.value - sum) <= 0.02 * Math.abs(sum)
}

/**
 * A size or time measured as a whole ("Total 680.45 KB" over its scripts and styles) may hold small
 * parts the rows leave out (a page, a setup step): a whole a little above its parts (within a
 * fiftieth) is not a contradiction. A whole below its parts is.
 */
function measuredWholeAbove(total: Quantity, stated: Interval, partsHigh: number): boolean {
  if (total.dimension !== 'size' && total.dimension !== 'duration') return false
  return stated.low > partsHigh && stated.low - partsHigh <= 0.02 * partsHigh
}

function isExactCount(q: Quantity): boolean {
  return q.dimension === 'count' && q.factor === 1 && q.decimals === 0 && !q.approx && q.rangeHigh === null
}

/** The sum written as the total is: its digits grouped if the total's are ("$1,088,500"), its unit spaced if the total's is ("243 GB"). */
function show(total: Quantity, value: number, exact: boolean): string {
  const grouped = (digits: string) => groupedLike(digits, total.raw)
  if (exact) return grouped(String(Math.round(value)))
  if (total.dimension === 'duration') return formatDuration(value)
  const written = value / total.factor
  const text = `${total.sign && written > 0 ? '+' : ''}${grouped(trimNumber(written, Math.max(total.decimals, 2)))}`
  if (total.dimension === 'money') return `${total.unitSymbol ?? ''}${text}`
  const spaced = total.unitSymbol && /^\s/.test(total.raw.slice(total.digitsEnd - total.start)) && !total.unitSymbol.startsWith(' ')
  return `${text}${spaced ? ' ' : ''}${total.unitSymbol ?? ''}`
}

