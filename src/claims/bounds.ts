// Values that cannot exceed a bound by what they are: a share of something ("Coverage: 105%",
// "115% complete"), a part of its whole ("9/8 services healthy").
import type { TextLine } from '../parse/document.js'
import type { Quantity } from '../extract/quantity.js'
import type { ClaimContext } from './context.js'
import type { Claim } from './model.js'

// Shares that cannot pass 100%. A completion rate or progress against a plan can ("81 of 70 planned: 116%").
const SHARE_LABEL = /\b(?:coverage|pass rate|passing|success rate|uptime|availability|hit rate|accuracy|precision|recall|healthy|compliant|compliance)\b/i
const SHARE_AFTER = /^\s*(?:complete|done|covered|passing|healthy|compliant)\b/i
const NOT_A_SHARE = /\b(?:of (?:the )?(?:target|goal|plan|budget|quota|baseline|estimate|forecast)|improvement|increase|growth|more|faster|better|higher|than|over|above|cpu|change|attainment|achievement|vs\.?|versus)\b/i
// A status mark beside a percentage makes it attainment against a target ("✅ 115%").
const STATUS_MARK = /✅|❌|⚠️|✔|🟢|🟡|🔴/u
const PART_OF_WHOLE = /^\s+(?:[\p{L}-]+\s+){0,2}(?:passing|passed|healthy|done|complete|completed|covered|succeeded|green|online|available|resolved|fixed|up)\b/iu

export function readBounds(context: ClaimContext): Claim[] {
  const claims: Claim[] = []
  for (const line of context.doc.lines) claims.push(...fromLine(context, line))
  return claims
}

/** "| CLI Commands | 14 | 18 | 129% |": a percentage that is one number beside it over another is a ratio, which may pass 100%. */
function ratioBeside(context: ClaimContext, line: TextLine, percent: Quantity): boolean {
  const others = line.cell
    ? (line.cell.table.rows[line.cell.row] ?? []).flatMap((cell) => (cell === line.unit ? [] : context.tokens(cell).quantities))
    : context.tokens(line.unit).quantities.filter((q) => q !== percent)
  const values = others.filter((q) => q.dimension !== 'percent' && q.value > 0).map((q) => q.value)
  return values.some((a) => values.some((b) => a !== b && Math.abs((a / b) * 100 - percent.value) <= 0.5 + percent.value * 0.005))
}

function labelOf(line: TextLine): string {
  if (!line.cell) return ''
  const { table, row, column } = line.cell
  return `${table.header[column]?.text ?? ''} ${row >= 0 ? table.rows[row]?.[0]?.text ?? '' : ''}`
}

function fromLine(context: ClaimContext, line: TextLine): Claim[] {
  const unit = line.unit
  const text = unit.text
  if (NOT_A_SHARE.test(text) || NOT_A_SHARE.test(labelOf(line)) || STATUS_MARK.test(text)) return []
  const { quantities, fractions } = context.tokens(unit)
  const claims: Claim[] = []
  for (const q of quantities) {
    if (q.dimension !== 'percent' || q.sign || q.bound === '<' || q.bound === '<=') continue
    if ((q.rangeHigh ?? q.value) <= 100) continue
    const before = `${text.slice(Math.max(0, q.start - 40), q.start)} ${labelOf(line)}`
    if (!SHARE_LABEL.test(before) && !SHARE_AFTER.test(text.slice(q.end, q.end + 16))) continue
    if (ratioBeside(context, line, q)) continue
    claims.push({ kind: 'share-bound', at: { unit, start: q.start, end: q.end }, binding: 'tight', quantity: q, about: before.trim(), reading: `${q.raw} is a share` })
  }
  for (const f of fractions) {
    if (f.numerator.decimals > 0 || f.denominator.decimals > 0 || !PART_OF_WHOLE.test(text.slice(f.end))) continue
    const raw = text.slice(f.start, f.end)
    claims.push({ kind: 'part-of-whole', at: { unit, start: f.start, end: f.end }, binding: 'tight', fraction: f, about: raw, reading: `${raw} is a part of its whole` })
  }
  return claims
}
