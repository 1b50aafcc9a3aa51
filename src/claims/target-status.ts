// A status mark stated for a target and an actual value: a table row with Target, Actual and Status
// cells ("| RPO | <1h | 120 min | ✅ PASS |"), or "P95: 310ms (target <250ms) ✅" in a line.
import type { Quantity } from '../extract/quantity.js'
import type { TableInfo } from '../parse/document.js'
import type { TextUnit } from '../parse/text-unit.js'
import { cleanLabel } from '../extract/labels.js'
import { statusOf } from '../extract/status-marks.js'
import type { ClaimContext } from './context.js'
import type { Claim, TargetStatusClaim } from './model.js'

const TARGET_HEADER = /\b(?:target|goal|threshold|slo|sla|objective|budget|limit|expected|required)\b/i
const ACTUAL_HEADER = /\b(?:actual|achieved|result|measured|current|value|observed)\b/i
const STATUS_HEADER = /\b(?:status|state|verdict|pass|met)\b/i

export function readTargetStatuses(context: ClaimContext): Claim[] {
  const claims: Claim[] = []
  for (const table of context.doc.tables) claims.push(...fromTable(context, table))
  for (const line of context.doc.lines) if (line.kind !== 'cell') claims.push(...fromLine(context, line.unit))
  return claims
}

interface CellValue {
  quantity: Quantity
  /** "8.8/10" is out of 10; a target "≥8.5/10" must be out of the same whole. */
  outOf: string | null
}

function cellValue(context: ClaimContext, cell: TextUnit | undefined): CellValue | null {
  if (!cell) return null
  const { quantities, fractions } = context.tokens(cell)
  const quantity = quantities[0]
  // "43 unit + 7 integration" is not one value; "8.8/10" is.
  if (!quantity || quantities.length > (fractions.length > 0 ? 2 : 1)) return null
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

function fromTable(context: ClaimContext, table: TableInfo): Claim[] {
  const statusColumn = table.header.findIndex((h, i) => i > 0 && STATUS_HEADER.test(h.text) && !TARGET_HEADER.test(h.text))
  if (statusColumn < 0) return []
  const pairs = pairColumns(table)
  if (pairs.length === 0) return []
  const claims: Claim[] = []
  for (const row of table.rows) {
    const statusCell = row[statusColumn]
    const status = statusCell && statusOf(statusCell.text)
    if (!statusCell || !status) continue
    const label = cleanLabel(row[0]?.text ?? '')
    const checks: TargetStatusClaim['checks'] = []
    let unreadable = false
    for (const pair of pairs) {
      const target = cellValue(context, row[pair.target])
      const actual = cellValue(context, row[pair.actual])
      // "±20%" is a tolerance on a change, not a bound on the value; an actual written as a bound
      // beside a plain target ("<30s" against "12s") has its columns swapped.
      const tolerance = row[pair.target]?.text.includes('±')
      if (!target || !actual || target.outOf !== actual.outOf || tolerance || (actual.quantity.bound && !target.quantity.bound)) {
        unreadable = true
        continue
      }
      const actualCell = row[pair.actual] as TextUnit
      checks.push({ name: pair.name, target: target.quantity, actual: actual.quantity, actualPlace: { unit: actualCell, start: actual.quantity.start, end: actual.quantity.end } })
    }
    if (checks.length === 0) continue
    const statusPlace = { unit: statusCell, start: 0, end: statusCell.text.length }
    claims.push({
      kind: 'target-status', at: statusPlace, binding: 'tight', label, status, statusPlace, checks, unreadable, about: label,
      reading: `${checks.map((c) => `${c.name ? `${c.name} ` : ''}${c.actual.raw} against ${c.target.raw}`).join('; ')}: ${statusCell.text}`
    })
  }
  return claims
}

/** Does `between` (the text from an actual value to a target) end with "(target", "(goal:", "(SLO <"…? */
function opensTarget(between: string): boolean {
  let end = between.length
  while (end > 0 && /[\s<>≤≥=~]/.test(between[end - 1] as string)) end--
  const open = between.lastIndexOf('(', end)
  return open >= 0 && /^\s*(?:target|goal|threshold|slo|sla)\s*:?$/i.test(between.slice(open + 1, end))
}

function fromLine(context: ClaimContext, unit: TextUnit): Claim[] {
  const text = unit.text
  const { quantities } = context.tokens(unit)
  const claims: Claim[] = []
  for (let k = 1; k < quantities.length; k++) {
    const target = quantities[k] as Quantity
    const actual = quantities[k - 1] as Quantity
    if (!opensTarget(text.slice(actual.end, target.start))) continue
    const close = text.indexOf(')', target.end)
    if (close < 0) continue
    const after = text.slice(close + 1).split(/[,;]|\s-\s/)[0] ?? ''
    const status = statusOf(after)
    if (!status) continue
    const mark = close + 1 + after.search(/\S/)
    const label = cleanLabel(text.slice(0, actual.start).replace(/[:=]\s*$/, ''))
    claims.push({
      kind: 'target-status', at: { unit, start: actual.start, end: actual.end }, binding: 'tight', label, status,
      statusPlace: { unit, start: mark, end: mark + 1 }, checks: [{ name: '', target, actual, actualPlace: { unit, start: actual.start, end: actual.end } }],
      unreadable: false, about: label || actual.raw, reading: `${actual.raw} against ${target.raw}: ${after.trim()}`
    })
  }
  return claims
}
