/**
 * impossible-value: a share above 100%, or a part larger than its whole.
 *
 * Flags:      "Coverage: 105%", "115% complete", "9/8 services healthy"
 * Leaves:     "150% of target", "+120% throughput", "CPU: 250%" (several cores), "Throughput 3/2 ratio".
 */
import type { Rule, RuleContext } from '../rule.js'
import type { TextLine } from '../../parse/document.js'

const SHARE_LABEL = /\b(?:coverage|pass rate|passing|success rate|uptime|availability|hit rate|complete|completed|completion|done|accuracy|healthy|compliant|compliance|progress)\b/i
const NOT_A_SHARE = /\b(?:of (?:the )?(?:target|goal|plan|budget|quota|baseline|estimate|forecast)|improvement|increase|growth|more|faster|better|higher|than|over|above|cpu|change)\b/i
const PART_OF_WHOLE = /^\s+(?:[\p{L}-]+\s+){0,2}(?:passing|passed|healthy|done|complete|completed|covered|succeeded|green|online|available|resolved|fixed|up)\b/iu

export const impossibleValue: Rule = {
  meta: { id: 'impossible-value', description: 'A share cannot exceed 100%, and a part cannot be larger than its whole.', severity: 'error' },
  check(context) {
    for (const line of context.doc.lines) checkLine(context, line)
  }
}

function labelOf(line: TextLine): string {
  if (!line.cell) return ''
  const { table, row, column } = line.cell
  return `${table.header[column]?.text ?? ''} ${row >= 0 ? table.rows[row]?.[0]?.text ?? '' : ''}`
}

function checkLine(context: RuleContext, line: TextLine): void {
  const text = line.unit.text
  if (NOT_A_SHARE.test(text) || NOT_A_SHARE.test(labelOf(line))) return
  const { quantities, fractions } = context.tokens(line.unit)
  for (const q of quantities) {
    if (q.dimension !== 'percent' || q.sign || q.bound === '<' || q.bound === '<=') continue
    const high = q.rangeHigh ?? q.value
    if (high <= 100) continue
    const label = `${text.slice(Math.max(0, q.start - 40), q.start)} ${text.slice(q.end, q.end + 24)} ${labelOf(line)}`
    if (!SHARE_LABEL.test(label)) continue
    context.report({ at: { unit: line.unit, start: q.start, end: q.end }, message: `"${q.raw}" is a share above 100%`, computed: '≤ 100%' })
  }
  for (const f of fractions) {
    if (f.numerator.written <= f.denominator.written || f.numerator.decimals > 0 || f.denominator.decimals > 0) continue
    if (!PART_OF_WHOLE.test(text.slice(f.end))) continue
    context.report({
      at: { unit: line.unit, start: f.start, end: f.end },
      message: `"${text.slice(f.start, f.end)}": ${f.numerator.raw} is more than the whole of ${f.denominator.raw}`,
      computed: `≤ ${f.denominator.raw}`
    })
  }
}
