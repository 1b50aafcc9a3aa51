/**
 * aggregate: an overall or average figure must follow from the rows it summarises.
 *
 * Flags:      a table whose "Overall" row says 39.0% when its rows give Σ passing / Σ total = 41%;
 *             an "Average" row that is not the mean of the rows above;
 *             list items "Unit: 45/50", "E2E: 10/20", "Overall: 50/70" (the parts sum to 55/70).
 * Leaves:     an overall percentage with no counts to weigh it (it may be weighted any way);
 *             rows that do not share one passing/total relation.
 */
import type { Rule, RuleContext } from '../rule.js'
import type { Quantity } from '../../extract/quantity.js'
import type { ListItemInfo, TableInfo } from '../../parse/document.js'
import type { TextUnit } from '../../parse/text-unit.js'
import { cleanLabel } from '../../extract/labels.js'
import { agrees, formatLike } from '../rounding.js'
import { cellOperand } from '../operand.js'
import { isPlainCount } from '../counting.js'
import { operandInterval } from '../interval.js'
import { replaceNumber } from '../suggest.js'

const OVERALL = /^(?:overall|total|totals|all|sum|combined)\b/i
const AVERAGE = /^(?:average|avg\.?|mean)\b/i

export const aggregate: Rule = {
  meta: { id: 'aggregate', description: 'An overall or average figure must follow from the rows it summarises (Σ passing / Σ total, the mean).', severity: 'error' },
  check(context) {
    for (const table of context.doc.tables) {
      checkOverallShare(context, table)
      checkAverageRow(context, table)
    }
    for (const list of context.doc.lists) checkListFractions(context, list)
  }
}

function quantityIn(context: RuleContext, cell: TextUnit | undefined, dimension?: string): Quantity | null {
  if (!cell) return null
  const operand = cellOperand(cell.text, context.tokens(cell))
  if (!operand || operand.denominator !== null) return null
  return !dimension || operand.dimension === dimension ? operand.quantity : null
}

function reportShare(context: RuleContext, unit: TextUnit, percent: Quantity, passing: number, total: number, how: string): void {
  const value = (passing / total) * 100
  if (agrees(percent, { low: value, high: value }, false, context.policy)) {
    context.verified(unit, percent)
    return
  }
  context.report({
    at: { unit, start: percent.start, end: percent.end },
    message: `"${percent.raw}" overall does not follow from the rows: ${passing} / ${total} = ${formatLike(value, percent)}% (${how})`,
    computed: `${formatLike(value, percent)}%`,
    suggestion: replaceNumber(unit.text, percent, Number(value.toFixed(percent.decimals)))
  })
}

/** Finds the two count columns whose ratio gives every row's percentage, then checks the overall row with the sums. */
function checkOverallShare(context: RuleContext, table: TableInfo): void {
  const summaryIndex = table.rows.findIndex((row) => OVERALL.test(cleanLabel(row[0]?.text ?? '')))
  if (summaryIndex < 0) return
  const summary = table.rows[summaryIndex] as TextUnit[]
  const rows = table.rows.filter((_, i) => i !== summaryIndex)
  if (rows.length < 2) return
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
        const consistent = counts.every(([a, b], i) => agrees(percents[i] as Quantity, { low: ((a as Quantity).written / (b as Quantity).written) * 100, high: ((a as Quantity).written / (b as Quantity).written) * 100 }, false, context.policy))
        if (!consistent) continue
        const passing = counts.reduce((sum, [a]) => sum + (a as Quantity).written, 0)
        const total = counts.reduce((sum, [, b]) => sum + (b as Quantity).written, 0)
        const how = `Σ ${cleanLabel(table.header[n]?.text ?? '')} / Σ ${cleanLabel(table.header[d]?.text ?? '')}`
        reportShare(context, summary[p] as TextUnit, overall, passing, total, how)
        return
      }
    }
  }
}

function checkAverageRow(context: RuleContext, table: TableInfo): void {
  const averageIndex = table.rows.findIndex((row) => AVERAGE.test(cleanLabel(row[0]?.text ?? '')))
  if (averageIndex < 0) return
  const average = table.rows[averageIndex] as TextUnit[]
  const rows = table.rows.filter((_, i) => i !== averageIndex && !OVERALL.test(cleanLabel(table.rows[i]?.[0]?.text ?? '')))
  if (rows.length < 2) return
  for (let c = 1; c < table.header.length; c++) {
    const stated = quantityIn(context, average[c])
    if (!stated || stated.bound || stated.approx) continue
    const values = rows.map((row) => quantityIn(context, row[c], stated.dimension))
    const intervals = values.map((q) => (q ? operandInterval(q) : null))
    if (intervals.some((i) => !i)) continue
    const low = intervals.reduce((s, i) => s + (i as { low: number }).low, 0) / rows.length
    const high = intervals.reduce((s, i) => s + (i as { high: number }).high, 0) / rows.length
    const cell = average[c] as TextUnit
    if (agrees(stated, { low, high }, false, context.policy)) {
      context.verified(cell, stated)
      continue
    }
    const mean = (low + high) / 2 / stated.factor
    const shown = `${formatLike(mean, stated)}${stated.unitSymbol === '%' ? '%' : stated.unitSymbol ?? ''}`
    context.report({
      at: { unit: cell, start: stated.start, end: stated.end },
      message: `"${stated.raw}" is not the mean of the ${rows.length} rows: (${values.map((q) => (q as Quantity).raw).join(' + ')}) / ${rows.length} = ${shown}`,
      computed: shown,
      suggestion: replaceNumber(cell.text, stated, Number(mean.toFixed(stated.decimals)))
    })
  }
}

/** "- Unit: 45/50 (90%)" … "- Overall: 55/70 (78.6%)": the overall fraction is the sum of the parts. */
function checkListFractions(context: RuleContext, items: ListItemInfo[]): void {
  const entries = items.map((item) => {
    const unit = item.lines[0]
    if (!unit) return null
    const fraction = context.tokens(unit).fractions[0]
    const label = /^([^:]{1,40}):/.exec(unit.text)?.[1] ?? ''
    return fraction && isPlainCount(fraction.numerator) && isPlainCount(fraction.denominator) ? { unit, fraction, label: cleanLabel(label) } : null
  })
  if (entries.some((e) => !e)) return
  const summaryIndex = entries.findIndex((e) => OVERALL.test(e?.label ?? ''))
  if (summaryIndex < 0 || entries.length < 3) return
  const summary = entries[summaryIndex] as NonNullable<(typeof entries)[number]>
  const parts = entries.filter((_, i) => i !== summaryIndex) as Array<NonNullable<(typeof entries)[number]>>
  const passing = parts.reduce((s, e) => s + e.fraction.numerator.written, 0)
  const total = parts.reduce((s, e) => s + e.fraction.denominator.written, 0)
  const { numerator, denominator } = summary.fraction
  if (numerator.written !== passing || denominator.written !== total) {
    context.report({
      at: { unit: summary.unit, start: summary.fraction.start, end: summary.fraction.end },
      message: `"${summary.unit.text.slice(summary.fraction.start, summary.fraction.end)}" overall does not follow from the items: they sum to ${passing}/${total}`,
      computed: `${passing}/${total}`,
      suggestion: `${passing}/${total}`
    })
    return
  }
  // The percentage beside a correct overall fraction is ratio-percent's to check.
  context.verified(summary.unit, numerator, denominator)
}
