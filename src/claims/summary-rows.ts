// Figures that summarise the rows beside them: an Overall row whose percentage follows from count
// columns (Σ passing / Σ total), an Average row over the rows of its column, and an overall
// fraction over the fractions of its list ("- Overall: 55/70" over "- Unit: 45/50", "- E2E: 10/20").
import type { Fraction, Quantity } from '../extract/quantity.js'
import type { ListItemInfo, TableInfo } from '../parse/document.js'
import type { TextUnit } from '../parse/text-unit.js'
import { cleanLabel } from '../extract/labels.js'
import { agrees } from '../check/rounding.js'
import { cellOperand } from './operand.js'
import { isPlainCount } from './counting.js'
import { isSubRow } from './subtotals.js'
import type { ClaimContext } from './context.js'
import type { Claim } from './model.js'

const OVERALL = /^(?:overall|total|totals|all|sum|combined)\b(?!.*\b(?:target|goal|threshold|expected|required|budget|slo|baseline|previous|last|before|after)\b)/i
const AVERAGE = /^(?:average|avg\.?|mean)$/i
const AVERAGE_LABEL = /^(?:average|avg\.?|mean)(?: score| rating)?$/i
// Rows of a table of statistics over samples the table does not list: its Mean is not the mean of its rows.
const STATISTIC_ROW = /^(?:min|max|minimum|maximum|median|std\.?|stddev|std dev|standard deviation|variance|p\d{1,3}|percentile|count|n|range|iqr)\b/i
// A column derived from others (a change between columns): its average row follows from the averaged columns.
const DERIVED_COLUMN = /\b(?:change|improvement|delta|diff|difference|reduction|increase|decrease|gain|speedup|ratio|vs\.?)\b|Δ/i

export function readSummaryRows(context: ClaimContext): Claim[] {
  const claims: Claim[] = []
  for (const table of context.doc.tables) claims.push(...overallShare(context, table), ...averageRow(context, table), ...averageColumn(context, table), ...overallFractionInTable(context, table))
  for (const list of context.doc.lists) claims.push(...overallFraction(context, list), ...overallShareOfItems(context, list))
  return claims
}

function quantityIn(context: ClaimContext, cell: TextUnit | undefined, dimension?: string): Quantity | null {
  if (!cell) return null
  const operand = cellOperand(cell.text, context.tokens(cell))
  if (!operand || operand.denominator !== null) return null
  return !dimension || operand.dimension === dimension ? operand.quantity : null
}

/**
 * Finds the two count columns whose ratio gives every row's percentage (passing / total, or passing /
 * (passing + failing)); the Overall row must then be Σ / Σ, or the plain mean of the rows' percentages.
 */
function overallShare(context: ClaimContext, table: TableInfo): Claim[] {
  const summaryIndex = table.rows.findIndex((row) => OVERALL.test(cleanLabel(row[0]?.text ?? '')))
  if (summaryIndex < 0) return []
  const summary = table.rows[summaryIndex] as TextUnit[]
  const rows = table.rows.filter((_, i) => i !== summaryIndex && !isSubRow(table, i))
  // "Overall (weighted)", a Weight column: the overall weighs the rows its own way.
  if (rows.length < 2 || [...summary, ...table.header].some((cell) => WEIGHTS.test(cell.text))) return []
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
        if (counts.some(([a, b]) => !a || !b || !isPlainCount(a) || !isPlainCount(b))) continue
        for (const ofSum of [false, true]) {
          // passing / total, or passing / (passing + failing) when the table gives the two outcomes.
          const whole = (a: number, b: number) => (ofSum ? a + b : b)
          if (counts.some(([a, b]) => whole((a as Quantity).written, (b as Quantity).written) === 0 || !ofSum && (a as Quantity).written > (b as Quantity).written)) continue
          const consistent = counts.every(([a, b], i) => {
            const share = ((a as Quantity).written / whole((a as Quantity).written, (b as Quantity).written)) * 100
            return agrees(percents[i] as Quantity, { low: share, high: share }, false, context.policy)
          })
          if (!consistent) continue
          // The summary row's own counts give its percentage: whether they add up is sum-total's to say.
          const own = [quantityIn(context, summary[n], 'count'), quantityIn(context, summary[d], 'count')] as const
          if (own[0] && own[1]) {
            const ownWhole = whole(own[0].written, own[1].written)
            if (ownWhole > 0 && agrees(overall, { low: (own[0].written / ownWhole) * 100, high: (own[0].written / ownWhole) * 100 }, false, context.policy)) return []
          }
          const passing = counts.reduce((sum, [a]) => sum + (a as Quantity).written, 0)
          const total = counts.reduce((sum, [a, b]) => sum + whole((a as Quantity).written, (b as Quantity).written), 0)
          const top = cleanLabel(table.header[n]?.text ?? '')
          const bottom = cleanLabel(table.header[d]?.text ?? '')
          const how = ofSum ? `Σ ${top} / (Σ ${top} + Σ ${bottom})` : `Σ ${top} / Σ ${bottom}`
          const cell = summary[p] as TextUnit
          return [{
            kind: 'overall-share', at: { unit: cell, start: overall.start, end: overall.end }, binding: 'structural', percent: overall, passing, total, how,
            shares: percents as Quantity[], about: `${cleanLabel(table.header[p]?.text ?? '')}, ${cleanLabel(summary[0]?.text ?? '')} row`,
            reading: `${overall.raw} ↔ ${passing} / ${total} (${how})`
          }]
        }
      }
    }
  }
  return []
}

/**
 * "- Unit: 45/50 (90%)", "- E2E: 10/20 (50%)", "- Overall: 80%": items that each give a count of a
 * whole and its share, and an Overall item with a share alone, which must be Σ / Σ (or their mean).
 */
function overallShareOfItems(context: ClaimContext, items: ListItemInfo[]): Claim[] {
  if (items.length < 3) return []
  const entries = items.map((item) => {
    const unit = item.lines[0]
    if (!unit || item.lines.length > 1) return null
    const tokens = context.tokens(unit)
    if (tokens.arrows.length > 0) return null
    const label = cleanLabel(/^([^:]{1,40}):/.exec(unit.text)?.[1] ?? '')
    const inFraction = new Set(tokens.fractions.flatMap((f) => [f.numerator, f.denominator]))
    const percents = tokens.quantities.filter((q) => !inFraction.has(q) && q.dimension === 'percent')
    const others = tokens.quantities.filter((q) => !inFraction.has(q) && q.dimension !== 'percent' && !q.word)
    const fraction = tokens.fractions[0]
    if (percents.length !== 1 || others.length > 0 || tokens.fractions.length > 1) return null
    return { unit, label, percent: percents[0] as Quantity, fraction }
  })
  if (entries.some((e) => !e)) return []
  const present = entries as Array<NonNullable<(typeof entries)[number]>>
  const summaryIndex = present.length - 1
  const summary = present[summaryIndex] as (typeof present)[number]
  if (!SUMMARY_SHARE.test(summary.label) || WEIGHTS.test(summary.unit.text) || summary.fraction || summary.percent.approx || summary.percent.bound) return []
  const parts = present.slice(0, summaryIndex)
  if (parts.some((e) => !e.fraction || OVERALL.test(e.label) || !isPlainCount(e.fraction.numerator) || !isPlainCount(e.fraction.denominator) || e.fraction.denominator.written === 0)) return []
  const consistent = parts.every((e) => {
    const f = e.fraction as Fraction
    const share = (f.numerator.written / f.denominator.written) * 100
    return agrees(e.percent, { low: share, high: share }, false, context.policy)
  })
  if (!consistent) return []
  const passing = parts.reduce((sum, e) => sum + (e.fraction as Fraction).numerator.written, 0)
  const total = parts.reduce((sum, e) => sum + (e.fraction as Fraction).denominator.written, 0)
  const overall = summary.percent
  return [{
    kind: 'overall-share', at: { unit: summary.unit, start: overall.start, end: overall.end }, binding: 'structural', percent: overall, passing, total,
    how: 'Σ of the items above', shares: parts.map((e) => e.percent), about: summary.label, reading: `${overall.raw} ↔ ${passing} / ${total} (Σ of the items above)`
  }]
}

function averageRow(context: ClaimContext, table: TableInfo): Claim[] {
  const labels = table.rows.map((row) => cleanLabel(row[0]?.text ?? ''))
  const averageIndex = labels.findIndex((l) => AVERAGE.test(l))
  if (averageIndex < 0 || labels.some((l) => STATISTIC_ROW.test(l))) return []
  const average = table.rows[averageIndex] as TextUnit[]
  // An average row under its rows averages those above it; rows after it ("| Retries | 0 | 2 |") state something else. One that opens the table averages those below.
  const averaged = (i: number) => (averageIndex === 0 ? i > averageIndex : i < averageIndex)
  const rows = table.rows.filter((_, i) => averaged(i) && !OVERALL.test(labels[i] as string) && !isSubRow(table, i))
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

/** Headers of repeated measurements: "Run 1", "Run 2"; "Q1".."Q4"; months or weekdays. */
const PERIOD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$/i

function repeatedMeasurements(headers: string[]): boolean {
  const labels = headers.map((h) => cleanLabel(h))
  if (labels.every((l) => PERIOD.test(l))) return true
  const shapes = labels.map((l) => l.replace(/\d+/g, '#'))
  return shapes.every((s) => s === shapes[0] && s.includes('#')) && new Set(labels).size === labels.length
}

/** "| Model | Run 1 | Run 2 | Run 3 | Average |": an Average column over repeated measurements of one thing. */
function averageColumn(context: ClaimContext, table: TableInfo): Claim[] {
  const headers = table.header.map((h) => cleanLabel(h.text))
  const c = headers.findIndex((h, i) => i > 0 && AVERAGE.test(h))
  if (c < 0 || headers.length < 4) return []
  const measured = headers.map((_, i) => i).filter((i) => i > 0 && i !== c)
  if (measured.length < 2 || !repeatedMeasurements(measured.map((i) => table.header[i]?.text ?? ''))) return []
  const claims: Claim[] = []
  for (const [r, row] of table.rows.entries()) {
    if (isSubRow(table, r) || OVERALL.test(cleanLabel(row[0]?.text ?? ''))) continue
    const stated = quantityIn(context, row[c])
    if (!stated || stated.bound || stated.approx) continue
    const values = measured.map((i) => quantityIn(context, row[i], stated.dimension))
    if (values.some((q) => !q)) continue
    const cell = row[c] as TextUnit
    claims.push({
      kind: 'average-row', at: { unit: cell, start: stated.start, end: stated.end }, binding: 'structural', stated, values: values as Quantity[], across: true,
      about: `${cleanLabel(row[0]?.text ?? '')}, ${headers[c]} column`, reading: `${stated.raw} ↔ mean of ${values.length} columns`
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

interface FractionEntry {
  unit: TextUnit
  fraction: Fraction
  label: string
}

/** Weights named beside the scores ("Security (30%): 8/10", "weighted"): the overall is then no plain mean. */
// An overall share item names nothing else: "Overall", "Total pass rate"; not "Overall uptime" or "Overall target".
const SUMMARY_SHARE = /^(?:overall|total|all|combined)(?: (?:pass|passing|success|completion))?(?: rate| share| percentage| score)?$/i
const COUNTED_AFTER = /^[\s*_]*\p{L}/u
const SERIES_LABEL = /\b(?:day|week|month|year|quarter|q[1-4]|sprint|run|attempt|iteration|round|trial|phase|stage|step|before|after|initial|final|baseline|previous|current|v\d|version)\b/i
const WEIGHTS = /\bweigh|\bcoefficient|\bfactor\b|权重|加权/i

/** "- Overall: 55/70" over its sibling items' fractions: their sum when the wholes add up, their mean when all share one whole. */
function overallFraction(context: ClaimContext, items: ListItemInfo[]): Claim[] {
  const entries = items.map((item) => {
    const unit = item.lines[0]
    if (!unit || context.tokens(unit).arrows.length > 0) return null
    const fraction = context.tokens(unit).fractions[0]
    const label = /^([^:]{1,40}):/.exec(unit.text)?.[1] ?? ''
    return fraction ? { unit, fraction, label: cleanLabel(label) } : null
  })
  if (entries.some((e) => !e) || entries.length < 3) return []
  const first = items[0] as ListItemInfo
  const around = [first.leadIn?.text ?? '', first.parent?.lines[0]?.text ?? '', ...first.headings.slice(-1).map((h) => h.unit.text)]
  return fractionSummary(context, entries as FractionEntry[], around)
}

/** A table column of fractions ("45/50") with an Overall, Total or Average row. */
function overallFractionInTable(context: ClaimContext, table: TableInfo): Claim[] {
  const claims: Claim[] = []
  for (let c = 1; c < table.header.length; c++) {
    const entries = table.rows.filter((_, r) => !isSubRow(table, r)).map((row) => {
      const unit = row[c]
      if (!unit) return null
      const operand = cellOperand(unit.text, context.tokens(unit))
      const fraction = context.tokens(unit).fractions[0]
      return operand && operand.denominator !== null && fraction && fraction.start === operand.start ? { unit, fraction, label: cleanLabel(row[0]?.text ?? '') } : null
    })
    if (entries.some((e) => !e) || entries.length < 3) continue
    claims.push(...fractionSummary(context, entries as FractionEntry[], [table.header[c]?.text ?? '', ...table.header.map((h) => h.text)]))
  }
  return claims
}

function fractionSummary(context: ClaimContext, entries: FractionEntry[], around: string[]): Claim[] {
  const summaryIndex = entries.findIndex((e) => OVERALL.test(e.label) || AVERAGE_LABEL.test(e.label))
  if (summaryIndex < 0 || entries.some((e, i) => i !== summaryIndex && (OVERALL.test(e.label) || AVERAGE_LABEL.test(e.label)))) return []
  const summary = entries[summaryIndex] as FractionEntry
  const parts = entries.filter((_, i) => i !== summaryIndex)
  const raw = summary.unit.text.slice(summary.fraction.start, summary.fraction.end)
  const at = { unit: summary.unit, start: summary.fraction.start, end: summary.fraction.end }
  const plain = (f: Fraction) => isPlainCount(f.numerator) && isPlainCount(f.denominator)
  const passing = parts.reduce((s, e) => s + e.fraction.numerator.written, 0)
  const total = parts.reduce((s, e) => s + e.fraction.denominator.written, 0)
  // Parts of one whole that add up to it ("Trained: 88/96", "Missing: 8/96") split that whole: their
  // wholes add up to nothing, and a total beside them counts something else.
  const shared = parts[0]?.fraction.denominator.written
  const splitOfOne = parts.every((e) => e.fraction.denominator.written === shared) && passing === shared
  // Only a sum of parts has the sum of their wholes for its whole.
  if (!AVERAGE_LABEL.test(summary.label) && plain(summary.fraction) && parts.every((e) => plain(e.fraction)) && summary.fraction.denominator.written === total) {
    if (splitOfOne) return []
    return [{ kind: 'overall-fraction', at, binding: 'structural', fraction: summary.fraction, passing, total, about: summary.label, reading: `${raw} ↔ the items' sum ${passing}/${total}` }]
  }
  // Scores out of one maximum, summed up by one after them: their mean, unless weights are named.
  const whole = summary.fraction.denominator.written
  const scored = parts.every((e) => e.fraction.denominator.written === whole && !e.fraction.numerator.approx && !e.fraction.numerator.sign && e.fraction.numerator.rangeHigh === null && e.fraction.numerator.written <= whole)
  if (!scored || summaryIndex !== entries.length - 1 || summary.fraction.numerator.approx || summary.fraction.numerator.bound) return []
  // A count ("7/10 tests passed") or a series over time ("Day 1: 7/10"): its overall is no mean of scores.
  if (entries.some((e) => COUNTED_AFTER.test(e.unit.text.slice(e.fraction.end))) || parts.some((e) => SERIES_LABEL.test(e.label))) return []
  if ([...around, ...entries.map((e) => e.unit.text)].some((t) => WEIGHTS.test(t)) || entries.some((e) => context.tokens(e.unit).quantities.some((q) => q.dimension === 'percent'))) return []
  return [{
    kind: 'overall-fraction', at, binding: 'structural', fraction: summary.fraction, passing, total, scores: parts.map((e) => e.fraction.numerator),
    about: summary.label, reading: `${raw} ↔ the mean of the items' ${parts.length} scores out of ${whole}`
  }]
}
