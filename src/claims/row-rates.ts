// A table whose rows each give a part, its whole and the part's percentage, in three columns:
// "| Unit | 30 | 40 | 75% |" under "Passed | Total | Pass rate". Each row's percentage is checked
// against its own two counts, once the columns are known to hold that relation.
import type { Quantity } from '../extract/quantity.js'
import type { TableInfo } from '../parse/document.js'
import type { TextUnit } from '../parse/text-unit.js'
import { cleanLabel } from '../extract/labels.js'
import { agrees } from '../check/rounding.js'
import { cellOperand } from './operand.js'
import { isPlainCount } from './counting.js'
import { CHANGE_HEADER } from './change.js'
import type { ClaimContext } from './context.js'
import type { Claim, CountRateClaim } from './model.js'

// Headers that name a part in a state, a whole, and a share of it.
const PART_HEADER = /\b(?:pass|passed|passing|done|completed?|covered|hit|hits|fail|failed|failing|failures?|errors?|success|successes|successful|fixed|resolved|merged|closed|met|green|healthy|migrated|implemented|correct|broken|invalid|flaky|skipped|blocked|dropped|rejected|opens|opened|clicks|clicked|conversions|converted|signups|sign-ups)\b/i
const WHOLE_HEADER = /\b(?:total|all|count|tests|cases|requests|runs|items|attempts|samples|lines|statements|branches|functions|tasks|checks|endpoints|files|questions|calls|checked|scanned|sampled|audited|processed|sent|delivered|visitors|sessions|impressions|views)\b/i
const RATE_HEADER = /%|\b(?:rate|percent|percentage|pct|share|ratio)\b/i
// A share named for what it measures is of the part that says so: "Coverage" of covered lines, not of passing tests.
const NAMED_SHARES: Array<[RegExp, RegExp]> = [
  [/\bcoverage\b/i, /\b(?:covered|tested|hit|hits)\b/i],
  [/\b(?:progress|completion)\b/i, /\b(?:done|completed?|finished|closed|resolved|merged|migrated|implemented)\b/i]
]
const namesShareOf = (rate: string, part: string) => RATE_HEADER.test(rate) || NAMED_SHARES.some(([share, of]) => share.test(rate) && of.test(part))
// Rows that summarise the others: an average of rates need not be the ratio of the summed counts.
const SUMMARY_ROW = /^[\s*_]*(?:total|totals|sum|overall|all|combined|average|avg\.?|mean|median)\b/i

interface Row {
  cells: TextUnit[]
  part: Quantity
  whole: Quantity
  percent: Quantity
  /** Whether the row's percentage is its part over its whole: what tells which columns hold the relation. */
  agrees: boolean
}

export function readRowRates(context: ClaimContext): Claim[] {
  return context.doc.tables.flatMap((table) => rowRates(context, table))
}

function countIn(context: ClaimContext, cell: TextUnit | undefined): Quantity | null {
  const operand = cell && cellOperand(cell.text, context.tokens(cell))
  return operand && operand.denominator === null && isPlainCount(operand.quantity) ? operand.quantity : null
}

function percentIn(context: ClaimContext, cell: TextUnit | undefined): Quantity | null {
  const operand = cell && cellOperand(cell.text, context.tokens(cell))
  const q = operand?.quantity
  return operand && operand.denominator === null && q?.dimension === 'percent' && !q.bound && !q.approx && q.rangeHigh === null && !q.sign ? q : null
}

/**
 * The columns are taken to hold part / whole = percentage when their headers say so ("Passed",
 * "Total", "Pass rate") and one row at least agrees, or, whatever the headers, when two rows at least
 * and two in three agree. A row whose part is none or all of its whole (0%, 100%) agrees with any
 * reading and is no evidence. Only one such pair of count columns may explain a percentage column.
 */
function rowRates(context: ClaimContext, table: TableInfo): Claim[] {
  const width = table.header.length
  const header = (c: number) => cleanLabel(table.header[c]?.text ?? '')
  const rows = table.rows.filter((cells) => !SUMMARY_ROW.test(cells[0]?.text ?? ''))
  // Each cell read once: its count and its percentage, by column.
  const counts = table.header.map((_, c) => rows.map((cells) => countIn(context, cells[c])))
  const percents = table.header.map((_, c) => rows.map((cells) => percentIn(context, cells[c])))
  const claims: Claim[] = []
  for (let p = 1; p < width; p++) {
    // "Pass rate (30 nightly runs)": a rate with a scope of its own is not each row's own ratio.
    if (CHANGE_HEADER.test(header(p)) || /\(/.test(table.header[p]?.text ?? '') || !percents[p]!.some((q) => q)) continue
    const found: Array<{ read: Row[]; d: number }> = []
    for (let n = 1; n < width; n++) {
      for (let d = 1; d < width; d++) {
        if (n === d || n === p || d === p || !counts[n]!.some((q) => q) || !counts[d]!.some((q) => q)) continue
        const read = readRows(rows, counts[n]!, counts[d]!, percents[p]!, context)
        const informative = read.filter((r) => r.part.written !== r.whole.written && r.part.written !== 0)
        const agreeing = informative.filter((r) => r.agrees).length
        const named = PART_HEADER.test(header(n)) && WHOLE_HEADER.test(header(d)) && !PART_HEADER.test(header(d)) && namesShareOf(header(p), header(n))
        if (read.length >= 2 && ((named && agreeing >= 1) || (agreeing >= 2 && agreeing * 3 >= informative.length * 2))) found.push({ read, d })
      }
    }
    if (found.length !== 1) continue
    const { read, d } = found[0] as { read: Row[]; d: number }
    for (const row of read) {
      const wholeCell = row.cells[d] as TextUnit
      const percentCell = row.cells[p] as TextUnit
      const claim: CountRateClaim = {
        kind: 'count-rate', at: { unit: percentCell, start: row.percent.start, end: row.percent.end }, binding: 'structural',
        count: row.part, total: row.whole, totalLabel: `"${header(d)}" column`,
        totalPlace: { unit: wholeCell, start: row.whole.start, end: row.whole.end }, rate: row.percent,
        about: `${header(p)}, ${cleanLabel(row.cells[0]?.text ?? '')} row`,
        reading: `${row.part.raw} / ${row.whole.raw} ↔ ${row.percent.raw}`
      }
      claims.push(claim)
    }
  }
  return claims
}

/** The rows that give a count in both count columns and a percentage, with the part no larger than the whole. */
function readRows(rows: TextUnit[][], parts: Array<Quantity | null>, wholes: Array<Quantity | null>, shares: Array<Quantity | null>, context: ClaimContext): Row[] {
  const read: Row[] = []
  rows.forEach((cells, i) => {
    const part = parts[i]
    const whole = wholes[i]
    const percent = shares[i]
    if (!part || !whole || !percent || whole.written === 0 || part.written > whole.written) return
    const share = (part.written / whole.written) * 100
    read.push({ cells, part, whole, percent, agrees: agrees(percent, { low: share, high: share }, false, context.policy) })
  })
  return read
}
