/**
 * threshold-status: a target, an actual value and a status mark must agree.
 *
 * Flags:      "| Security Breach | <1h | 120 min | ✅ PASS |"   → 120 min is not under 1 h
 *             "P95: 310ms (target <250ms) ✅"
 * Leaves:     "RTO: 45 minutes (target <4 hours) ✅", "| Coverage | ≥85% | 87% | ✅ PASS |",
 *             rows whose target is words ("Minimize") or whose status is a warning (⚠️).
 */
import type { Rule, RuleContext } from '../rule.js'
import type { Bound, Quantity } from '../../extract/quantity.js'
import type { TableInfo } from '../../parse/document.js'
import type { TextUnit } from '../../parse/text-unit.js'
import { cleanLabel } from '../../extract/labels.js'
import { polarityOf, type Policy } from '../policy.js'
import { formatDuration, trimNumber } from '../../extract/units.js'
import { statusOf } from '../status-marks.js'

const TARGET_HEADER = /\b(?:target|goal|threshold|slo|sla|objective|budget|limit|expected|required)\b/i
const ACTUAL_HEADER = /\b(?:actual|achieved|result|measured|current|value|observed)\b/i
const STATUS_HEADER = /\b(?:status|state|verdict|pass|met)\b/i

export const thresholdStatus: Rule = {
  meta: { id: 'threshold-status', description: 'A status mark (✅, PASS, ❌, MISSED) must agree with the target and the actual value beside it.', severity: 'error' },
  check(context) {
    for (const table of context.doc.tables) checkTable(context, table)
    for (const line of context.doc.lines) if (line.kind !== 'cell') checkInline(context, line.unit)
  }
}

interface Judgement {
  passes: boolean
  explanation: string
}

function show(q: Quantity, value: number, other?: Quantity): string {
  if (q.dimension === 'duration') {
    const factor = Math.min(q.factor, other?.factor ?? q.factor)
    return factor === 60 ? `${trimNumber(value / 60)} min` : factor === 3600 ? `${trimNumber(value / 3600)} h` : formatDuration(value)
  }
  if (q.dimension === 'percent') return `${trimNumber(value, 4)}%`
  return `${trimNumber(value / (q.factor || 1), 4)}${q.unitSymbol ?? ''}`
}

/** Does `actual` meet `target`? Without a comparator on the target, the metric's polarity decides. */
function meets(actual: Quantity, target: Quantity, label: string, policy: Policy): Judgement | null {
  if (actual.dimension !== target.dimension || actual.rangeHigh !== null || target.rangeHigh !== null || actual.approx) return null
  let bound: Bound | null = target.bound
  if (!bound) {
    const direction = polarityOf(label, policy)
    if (direction === 0) return null
    bound = direction < 0 ? '<=' : '>='
  }
  // An actual written as a bound ("<1 min") is judged by its worst case.
  const value = actual.value
  const t = target.value
  let passes: boolean
  if (bound === '<') passes = actual.bound === '<' ? value <= t : value < t
  else if (bound === '<=') passes = value <= t
  else if (bound === '>') passes = actual.bound === '>' ? value >= t : value > t
  else passes = value >= t
  const relation = { '<': 'under', '<=': 'at most', '>': 'over', '>=': 'at least' }[bound]
  const detail = actual.unitSymbol !== target.unitSymbol ? ` (${show(actual, value, target)} vs ${show(target, t, actual)})` : ''
  return { passes, explanation: `${actual.raw} is ${passes ? '' : 'not '}${relation} ${target.raw.replace(/^[<>≤≥=\s]+/, '')}${detail}` }
}

interface CellValue {
  quantity: Quantity
  /** "8.8/10" is out of 10; a target "≥8.5/10" must be out of the same whole. */
  outOf: string | null
}

function cellValue(context: RuleContext, cell: TextUnit | undefined): CellValue | null {
  if (!cell) return null
  const quantity = context.tokens(cell).quantities[0]
  if (!quantity) return null
  return { quantity, outOf: /^\s*\/\s*(\d+)/.exec(cell.text.slice(quantity.end))?.[1] ?? null }
}

function pairColumns(table: TableInfo): Array<{ target: number; actual: number; name: string }> {
  const targets = table.header.map((h, i) => (TARGET_HEADER.test(h.text) ? i : -1)).filter((i) => i > 0)
  const actuals = table.header.map((h, i) => (ACTUAL_HEADER.test(h.text) && !TARGET_HEADER.test(h.text) ? i : -1)).filter((i) => i > 0)
  if (targets.length === 1 && actuals.length === 1) return [{ target: targets[0] as number, actual: actuals[0] as number, name: '' }]
  const stem = (i: number) => cleanLabel(table.header[i]?.text ?? '').replace(TARGET_HEADER, '').replace(ACTUAL_HEADER, '').trim().toLowerCase()
  const pairs: Array<{ target: number; actual: number; name: string }> = []
  for (const t of targets) {
    const match = actuals.filter((a) => stem(a) === stem(t) && stem(t) !== '')
    if (match.length === 1) pairs.push({ target: t, actual: match[0] as number, name: cleanLabel(table.header[t]?.text ?? '').replace(TARGET_HEADER, '').trim() })
  }
  return pairs
}

function checkTable(context: RuleContext, table: TableInfo): void {
  const statusColumn = table.header.findIndex((h, i) => i > 0 && STATUS_HEADER.test(h.text) && !TARGET_HEADER.test(h.text))
  if (statusColumn < 0) return
  const pairs = pairColumns(table)
  if (pairs.length === 0) return
  for (const row of table.rows) {
    const statusCell = row[statusColumn]
    const status = statusCell && statusOf(statusCell.text)
    if (!statusCell || !status) continue
    const label = cleanLabel(row[0]?.text ?? '')
    const judgements: Array<Judgement & { name: string; cell: TextUnit; actual: Quantity }> = []
    let unknown = false
    for (const pair of pairs) {
      const target = cellValue(context, row[pair.target])
      const actual = cellValue(context, row[pair.actual])
      const judgement = target && actual && target.outOf === actual.outOf ? meets(actual.quantity, target.quantity, `${label} ${pair.name}`, context.policy) : null
      if (!judgement || !actual) { unknown = true; continue }
      judgements.push({ ...judgement, name: pair.name, cell: row[pair.actual] as TextUnit, actual: actual.quantity })
    }
    const failing = judgements.filter((j) => !j.passes)
    if (status === 'pass' && failing.length > 0) {
      const first = failing[0] as (typeof failing)[number]
      context.report({
        at: { unit: statusCell, start: 0, end: statusCell.text.length },
        message: `"${statusCell.text}" for ${label} but ${first.name ? `${first.name} ` : ''}${first.explanation}`,
        computed: 'fail',
        related: failing.map((f) => ({ unit: f.cell, start: f.actual.start, end: f.actual.end }))
      })
    } else if (status === 'fail' && !unknown && judgements.length > 0 && failing.length === 0) {
      context.report({
        at: { unit: statusCell, start: 0, end: statusCell.text.length },
        message: `"${statusCell.text}" for ${label} but ${judgements.map((j) => j.explanation).join('; ')}`,
        computed: 'pass'
      })
    } else {
      for (const j of judgements) context.verified(j.cell, j.actual)
    }
  }
}

/** Does `between` (the text from an actual value to a target) end with "(target", "(goal:", "(SLO <"…? */
function opensTarget(between: string): boolean {
  let end = between.length
  while (end > 0 && /[\s<>≤≥=~]/.test(between[end - 1] as string)) end--
  const open = between.lastIndexOf('(', end)
  return open >= 0 && /^\s*(?:target|goal|threshold|slo|sla)\s*:?$/i.test(between.slice(open + 1, end))
}

function checkInline(context: RuleContext, unit: TextUnit): void {
  const text = unit.text
  const { quantities } = context.tokens(unit)
  for (let k = 1; k < quantities.length; k++) {
    const target = quantities[k] as Quantity
    const actual = quantities[k - 1] as Quantity
    if (!opensTarget(text.slice(actual.end, target.start))) continue
    const close = text.indexOf(')', target.end)
    if (close < 0) continue
    const after = text.slice(close + 1).split(/[,;]|\s-\s/)[0] ?? ''
    const status = statusOf(after)
    if (!status) continue
    const label = text.slice(0, actual.start)
    const judgement = meets(actual, target, label, context.policy)
    if (!judgement) continue
    const mark = close + 1 + after.search(/\S/)
    if ((status === 'pass') === judgement.passes) {
      context.verified(unit, actual, target)
      continue
    }
    context.report({
      at: { unit, start: actual.start, end: actual.end },
      message: `Marked ${status === 'pass' ? 'as met' : 'as missed'} but ${judgement.explanation}`,
      computed: judgement.passes ? 'pass' : 'fail',
      related: [{ unit, start: mark, end: mark + 1 }]
    })
  }
}
