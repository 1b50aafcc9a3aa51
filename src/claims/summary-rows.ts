// Figures that summarise the rows beside them: an Overall row whose percentage follows from count
// columns (Σ passing / Σ total), an Average row over the rows of its column, and an overall
// fraction over the fractions of its list ("- Overall: 55/70" over "- Unit: 45/50", "- E2E: 10/20").
import type { Quantity } from '../extract/quantity.js'
import type { ListItemInfo, TableInfo } from '../parse/document.js'
import type { TextUnit } from '../parse/text-unit.js'
import { cleanLabel } from '../extract/labels.js'
import { agrees } from '../check/rounding.js'
import { cellOperand } from './operand.js'
import { isPlainCount } from './counting.js'
import { isSubRow } from './subtotals.js'
import type { ClaimContext } from './context.js'
import type { Claim } from './model.js'

const OVERALL = /^(?:overall|total|totals|all|sum|combined)\b/i
const AVERAGE = /^(?:average|avg\.?|mean)$/i
// Rows of a table of statistics over samples the table does not list: its Mean is not the mean of its rows.
const STATISTIC_ROW = /^(?:min|max|minimum|maximum|median|std\.?|stddev|std dev|standard deviation|variance|p\d{1,3}|percentile|count|n|range|iqr)\b/i
// A column derived from others (a change between columns): its average row follows from the averaged columns.
const DERIVED_COLUMN = /\b(?:change|improvement|delta|diff|difference|reduction|increase|decrease|gain|speedup|ratio|vs\.?)\b|Δ/i

export function readSummaryRows(context: ClaimContext): Claim[] {
  const claims: Claim[] = []
  for (const table of context.doc.tables) claims.push(...overallShare(context, table), ...averageRow(context, table))
  for (const list of context.doc.lists) claims.push(...overallFraction(context, list))
  return claims
}

function quantityIn(context: ClaimContext, cell: TextUnit | undefined, dimension?: string): Quantity | null {
  if (!cell) return null
  const operand = cellOperand(cell.text, context.tokens(cell))
  if (!operand || operand.denominator !== null) return null
  return !dimension || operand.dimension === dimension ? operand.quantity : null
}

/** Finds the two count columns whose ratio gives every row's percentage; the Overall row must then be Σ / Σ. */
function overallShare(context: ClaimContext, table: TableInfo): Claim[] {
  const summaryIndex = table.rows.findIndex((row) => OVERALL.test(cleanLabel(row[0]?.text ?? '')))
  if (summaryIndex < 0) return []
  const summary = table.rows[summaryIndex] as TextUnit[]
  const rows = table.rows.filter((row, i) => i !== summaryIndex && !isSubRow(row))
  if (rows.length < 2) return []
  const width = table.header.length
  for (let p = 1; p < width; p++) {
    const overall = quantityIn(context, summary[p], 'percent')
    if (!overall) continue
    const percents = rows.map((row) => quantityIn(context, row[p], 'percent'))
    if (percents.some((q) => !q)) continue
    for (let n = 1; n < width; n++) {
      for (let d = 1; d < width; d++) {
        if (n === d || n === p || d === p) continue
        const counts = rows.map((row) => [quantityIn(context, row[n], 'count'), quantityIn(context, row[d], 'count')] as const)
        if (counts.some(([a, b]) => !a || !b || !isPlainCount(a) || !isPlainCount(b) || b.written === 0 || a.written > b.written)) continue
        const consistent = counts.every(([a, b], i) => {
          const share = ((a as Quantity).written / (b as Quantity).written) * 100
          return agrees(percents[i] as Quantity, { low: share, high: share }, false, context.policy)
        })
        if (!consistent) continue
        // The summary row's own counts give its percentage: whether they add up is sum-total's to say.
        const own = [quantityIn(context, summary[n], 'count'), quantityIn(context, summary[d], 'count')] as const
        if (own[0] && own[1] && own[1].written > 0 && agrees(overall, { low: (own[0].written / own[1].written) * 100, high: (own[0].written / own[1].written) * 100 }, false, context.policy)) return []
        const passing = counts.reduce((sum, [a]) => sum + (a as Quantity).written, 0)
        const total = counts.reduce((sum, [, b]) => sum + (b as Quantity).written, 0)
        const how = `Σ ${cleanLabel(table.header[n]?.text ?? '')} / Σ ${cleanLabel(table.header[d]?.text ?? '')}`
        const cell = summary[p] as TextUnit
        return [{
          kind: 'overall-share', at: { unit: cell, start: overall.start, end: overall.end }, binding: 'structural', percent: overall, passing, total, how,
          about: `${cleanLabel(table.header[p]?.text ?? '')}, ${cleanLabel(summary[0]?.text ?? '')} row`, reading: `${overall.raw} ↔ ${passing} / ${total} (${how})`
        }]
      }
    }
  }
  return []
}

function averageRow(context: ClaimContext, table: TableInfo): Claim[] {
  const labels = table.rows.map((row) => cleanLabel(row[0]?.text ?? ''))
  const averageIndex = labels.findIndex((l) => AVERAGE.test(l))
  if (averageIndex < 0 || labels.some((l) => STATISTIC_ROW.test(l))) return []
  const average = table.rows[averageIndex] as TextUnit[]
  const rows = table.rows.filter((row, i) => i !== averageIndex && !OVERALL.test(labels[i] as string) && !isSubRow(row))
  if (rows.length < 2) return []
  const claims: Claim[] = []
  for (let c = 1; c < table.header.length; c++) {
    if (DERIVED_COLUMN.test(table.header[c]?.text ?? '') || ratioOfColumns(context, table, rows, c)) continue
    const stated = quantityIn(context, average[c])
    if (!stated || stated.bound || stated.approx) continue
    const values = rows.map((row) => quantityIn(context, row[c], stated.dimension))
    if (values.some((q) => !q)) continue
    const cell = average[c] as TextUnit
    claims.push({
      kind: 'average-row', at: { unit: cell, start: stated.start, end: stated.end }, binding: 'structural', stated, values: values as Quantity[],
      about: `${cleanLabel(table.header[c]?.text ?? '')}, ${labels[averageIndex]} row`, reading: `${stated.raw} ↔ mean of ${values.length} rows`
    })
  }
  return claims
}

/**
 * A percentage column that is, row by row, one column over another ("Hidden %" = Hidden / Visible):
 * its Average row follows from the averaged columns, not from the mean of the percentages.
 */
function ratioOfColumns(context: ClaimContext, table: TableInfo, rows: TextUnit[][], column: number): boolean {
  const shares = rows.map((row) => quantityIn(context, row[column], 'percent'))
  if (shares.some((q) => !q)) return false
  const values = (c: number) => rows.map((row) => quantityIn(context, row[c]))
  for (let n = 1; n < table.header.length; n++) {
    for (let d = 1; d < table.header.length; d++) {
      if (n === d || n === column || d === column) continue
      const tops = values(n)
      const bottoms = values(d)
      const matches = shares.every((share, i) => {
        const top = tops[i]
        const bottom = bottoms[i]
        if (!top || !bottom || bottom.value === 0 || top.dimension !== bottom.dimension) return false
        const ratio = (top.value / bottom.value) * 100
        return agrees(share as Quantity, { low: ratio, high: ratio }, false, context.policy)
      })
      if (matches) return true
    }
  }
  return false
}

/** "- Overall: 55/70" over its sibling items' fractions: their sum when the wholes add up, their mean when all share one whole. */
function overallFraction(context: ClaimContext, items: ListItemInfo[]): Claim[] {
  const entries = items.map((item) => {
    const unit = item.lines[0]
    if (!unit || context.tokens(unit).arrows.length > 0) return null
    const fraction = context.tokens(unit).fractions[0]
    const label = /^([^:]{1,40}):/.exec(unit.text)?.[1] ?? ''
    return fraction && isPlainCount(fraction.numerator) && isPlainCount(fraction.denominator) ? { unit, fraction, label: cleanLabel(label) } : null
  })
  if (entries.some((e) => !e) || entries.length < 3) return []
  const summaryIndex = entries.findIndex((e) => OVERALL.test(e?.label ?? ''))
  if (summaryIndex < 0) return []
  const summary = entries[summaryIndex] as NonNullable<(typeof entries)[number]>
  const parts = entries.filter((_, i) => i !== summaryIndex) as Array<NonNullable<(typeof entries)[number]>>
  const passing = parts.reduce((s, e) => s + e.fraction.numerator.written, 0)
  const total = parts.reduce((s, e) => s + e.fraction.denominator.written, 0)
  // Only a sum of parts has the sum of their wholes for its whole; scores out of one maximum average instead.
  if (summary.fraction.denominator.written !== total) return []
  const raw = summary.unit.text.slice(summary.fraction.start, summary.fraction.end)
  return [{
    kind: 'overall-fraction', at: { unit: summary.unit, start: summary.fraction.start, end: summary.fraction.end }, binding: 'structural', fraction: summary.fraction,
    passing, total, about: summary.label, reading: `${raw} ↔ the items' sum ${passing}/${total}`
  }]
}
