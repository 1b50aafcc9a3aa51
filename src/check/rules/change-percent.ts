/**
 * change-percent: a before → after pair and the change stated for it must agree.
 *
 * Flags:      "2/8 → 7/8 healthy (+350%)"     → 2 → 7 is +250%; 350% is the ratio 3.5×
 *             "8.2% → 4.8% (-3.4%)"           → that is −3.4 percentage points, a relative change of −41.5%
 *             "420ms → 240ms (+43%)"          → wrong sign
 * Leaves:     "61 → 3 (95% reduction)", "~20% → ~90% (+350%)", "420ms → 240ms (-180ms)",
 *             "280ms → 18ms (-93%)" (truncated), tables whose Before/After/Change columns agree.
 */
import type { Rule, RuleContext } from '../rule.js'
import type { Quantity } from '../../extract/quantity.js'
import type { TextUnit } from '../../parse/text-unit.js'
import type { TableInfo } from '../../parse/document.js'
import { cellOperand, operandsOf, sameKind, type Operand } from '../operand.js'
import { judgeChange } from '../change-readings.js'

const BEFORE_HEADER = /\b(?:before|baseline|previous|prior|old|initial|start|was)\b/i
const AFTER_HEADER = /\b(?:after|current|now|new|final|achieved|today|latest)\b/i
const CHANGE_HEADER = /\b(?:change|improvement|impact|delta|diff|difference|reduction|increase|decrease|gain|growth|savings?|variation)\b|Δ/i

export const changePercent: Rule = {
  meta: { id: 'change-percent', description: 'A stated change ("+350%", "95% reduction", "-3.4 pp") must follow from the before and after values.', severity: 'error' },
  check(context) {
    for (const line of context.doc.lines) checkProse(context, line.unit)
    for (const table of context.doc.tables) checkTable(context, table)
  }
}

interface Pair {
  before: Operand
  after: Operand
}

function findPairs(unit: TextUnit, operands: Operand[], context: RuleContext): Pair[] {
  const text = unit.text
  const pairs: Pair[] = []
  for (const arrow of context.tokens(unit).arrows) {
    const before = [...operands].reverse().find((o) => o.end <= arrow.start)
    const after = operands.find((o) => o.start >= arrow.end)
    if (!before || !after) continue
    const left = text.slice(before.end, arrow.start)
    const right = text.slice(arrow.end, after.start)
    if (left.length > 40 || right.length > 24 || /[();,]/.test(left) || /[();,]/.test(right)) continue
    pairs.push({ before, after })
  }
  for (const match of text.matchAll(/\bfrom\s+/gi)) {
    const at = match.index + match[0].length
    const index = operands.findIndex((o) => o.start >= at)
    const before = operands[index]
    const after = operands[index + 1]
    if (!before || !after || before.start - at > 30) continue
    if (!/^\s*(?:[\p{L}][\p{L}'-]*\s+){0,3}to\s+(?:[\p{L}][\p{L}'-]*\s+){0,2}$/u.test(text.slice(before.end, after.start))) continue
    if (!pairs.some((p) => p.before === before)) pairs.push({ before, after })
  }
  return pairs.filter((p) => sameKind(p.before, p.after))
}

function closingParen(text: string, open: number): number {
  let depth = 0
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++
    else if (text[i] === ')' && --depth === 0) return i
  }
  return text.length
}

interface StatedChange {
  quantity: Quantity
  words: string
}

const CHANGE_WORD = /^\s*(?:reduction|improvement|increase|decrease|faster|slower|fewer|less|more|growth|gain|drop|savings?|better|worse|higher|lower|cut|rise)\b/i
const CHANGE_DIMENSIONS = new Set(['percent', 'points', 'multiplier'])

function isChangeQuantity(q: Quantity, pair: Pair): boolean {
  if (q.bound || q.rangeHigh !== null) return false
  return CHANGE_DIMENSIONS.has(q.dimension) || (q.sign !== null && q.dimension === pair.before.dimension)
}

/** Words that say which way a change goes, from the change to the end of its clause. */
function clauseAfter(text: string, from: number): string {
  const rest = text.slice(from)
  const stop = rest.search(/[,;)(]/)
  return stop < 0 ? rest : rest.slice(0, stop)
}

function statedChanges(unit: TextUnit, pair: Pair, context: RuleContext): StatedChange[] {
  const text = unit.text
  const quantities = context.tokens(unit).quantities
  const result: StatedChange[] = []
  // "7/8 healthy (+350% improvement)": a parenthesis right after the pair.
  const after = /^[^()\d→]{0,40}?\(/.exec(text.slice(pair.after.end))
  if (after) {
    const open = pair.after.end + after[0].length - 1
    const close = closingParen(text, open)
    for (const q of quantities) if (q.start > open && q.end <= close && isChangeQuantity(q, pair)) result.push({ quantity: q, words: clauseAfter(text, q.end) })
  }
  // "from 61 to 3 configs, a 95% reduction", "8s → 2s: 75% faster": a change in the next clause, named as one.
  if (!after) {
    const next = quantities.find((q) => q.start >= pair.after.end)
    const gap = next ? text.slice(pair.after.end, next.start) : ''
    if (next && isChangeQuantity(next, pair) && /^[^\d()→]{0,30}?(?:,|:|;|—|–| - )\s*(?:(?:a|an|or|i\.e\.)\s+)?$/.test(gap) && (next.sign || CHANGE_WORD.test(text.slice(next.end)))) {
      result.push({ quantity: next, words: clauseAfter(text, next.end) })
    }
  }
  // "-43% latency improvement (P95: 420ms → 240ms)", "95% (61→3)": a change right before a parenthesis holding the pair.
  const open = text.lastIndexOf('(', pair.before.start)
  if (open >= 0 && !text.slice(open, pair.before.start).includes(')') && closingParen(text, open) >= pair.after.end) {
    const lead = [...quantities].reverse().find((q) => q.end <= open)
    if (lead && isChangeQuantity(lead, pair) && /^[^\d()]{0,40}$/.test(text.slice(lead.end, open))) result.push({ quantity: lead, words: text.slice(lead.end, open) })
  }
  return result
}

function checkProse(context: RuleContext, unit: TextUnit): void {
  const operands = operandsOf(unit.text, context.tokens(unit))
  if (operands.length < 2) return
  for (const pair of findPairs(unit, operands, context)) {
    const label = unit.text.slice(0, pair.before.start)
    for (const change of statedChanges(unit, pair, context)) {
      judge(context, unit, pair, change.quantity, change.words, label)
    }
  }
}

function judge(context: RuleContext, unit: TextUnit, pair: Pair, change: Quantity, words: string, label: string): void {
  const { before, after } = comparable(pair)
  const verdict = judgeChange(unit.text, before, after, change, words, label, context.policy)
  if (!verdict) return
  if (verdict.ok) {
    context.verified(unit, change)
    return
  }
  context.report({
    at: { unit, start: change.start, end: change.end },
    message: verdict.message as string,
    computed: verdict.computed,
    suggestion: verdict.suggestion
  })
}

/** Fractions of different wholes compare as shares, not as counts. */
function comparable(pair: Pair): Pair {
  const { before, after } = pair
  if (before.denominator !== null && before.denominator !== after.denominator && before.share && after.share) {
    return { before: { ...before, value: before.share, denominator: null }, after: { ...after, value: after.share, denominator: null } }
  }
  return pair
}

function columnIndex(table: TableInfo, pattern: RegExp, not: RegExp[] = []): number {
  const matches = table.header.map((cell, i) => (pattern.test(cell.text) && !not.some((n) => n.test(cell.text)) ? i : -1)).filter((i) => i >= 0)
  return matches.length === 1 ? (matches[0] as number) : -1
}

function checkTable(context: RuleContext, table: TableInfo): void {
  const beforeColumn = columnIndex(table, BEFORE_HEADER, [AFTER_HEADER, CHANGE_HEADER])
  const afterColumn = columnIndex(table, AFTER_HEADER, [BEFORE_HEADER, CHANGE_HEADER])
  const changeColumn = columnIndex(table, CHANGE_HEADER, [BEFORE_HEADER, AFTER_HEADER])
  if (beforeColumn < 0 || afterColumn < 0 || changeColumn < 0) return
  const header = table.header[changeColumn]?.text ?? ''
  for (const row of table.rows) {
    const beforeCell = row[beforeColumn]
    const afterCell = row[afterColumn]
    const changeCell = row[changeColumn]
    if (!beforeCell || !afterCell || !changeCell) continue
    const before = cellOperand(beforeCell.text, context.tokens(beforeCell))
    const after = cellOperand(afterCell.text, context.tokens(afterCell))
    if (!before || !after || !sameKind(before, after)) continue
    const pair = { before, after }
    const label = `${row[0]?.text ?? ''} ${header}`
    for (const q of context.tokens(changeCell).quantities) {
      if (isChangeQuantity(q, pair)) judge(context, changeCell, pair, q, `${changeCell.text} ${header}`, label)
    }
  }
}
