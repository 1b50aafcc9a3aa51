/**
 * sum-total: a stated total must equal the sum of its stated parts.
 *
 * Flags:      "11 alerts: 1 P0, 3 P1, 3 P2, 5 P3"                → the parts sum to 12
 *             "- 11 production alerts" over "- 1 P0 alert", "- 3 P1 alerts", …
 *             a table row "Total" whose cells are not the column sums
 *             sibling headings "(8/15)", "(4/15)", "(5/15)"      → 17 parts of a whole of 15
 * Leaves:     "3 files changed: 120 insertions, 40 deletions" (the parts count something else),
 *             "8 SLOs" over three example items that carry no counts.
 */
import type { Rule, RuleContext } from '../rule.js'
import type { Quantity } from '../../extract/quantity.js'
import type { TextUnit } from '../../parse/text-unit.js'
import type { HeadingInfo, ListItemInfo, TableInfo } from '../../parse/document.js'
import { cellOperand } from '../operand.js'
import { countedWords, isPlainCount, leadingCount, mentionsAny } from '../counting.js'
import { cleanLabel } from '../../extract/labels.js'
import { replaceNumber } from '../suggest.js'
import type { UnitSpan } from '../rule.js'

export const sumTotal: Rule = {
  meta: { id: 'sum-total', description: 'A stated total ("11 alerts", a Total row) must equal the sum of its stated parts.', severity: 'error' },
  check(context) {
    for (const line of context.doc.lines) checkInline(context, line.unit)
    for (const list of context.doc.lists) for (const item of list) checkNested(context, item)
    for (const table of context.doc.tables) checkTotalRow(context, table)
    checkSiblingHeadings(context, context.doc.headings)
  }
}

function reportSum(context: RuleContext, unit: TextUnit, total: Quantity, parts: number[], phrase: string, where: string, related: UnitSpan[] = []): void {
  const sum = parts.reduce((a, b) => a + b, 0)
  const okay = total.bound === '>=' ? sum >= total.written : sum === total.written
  if (okay) {
    context.verified(unit, total)
    return
  }
  context.report({
    at: { unit, start: total.start, end: total.end },
    message: `"${phrase}" but the ${where} sums to ${sum} (${parts.join(' + ')})`,
    computed: String(sum),
    suggestion: replaceNumber(unit.text, total, sum),
    related
  })
}

function phraseOf(text: string, q: Quantity): string {
  const words = /^(?:\s+[\p{L}][\p{L}'-]*){0,2}/u.exec(text.slice(q.end))?.[0] ?? ''
  return `${q.raw}${words}`
}

/** Parts must count the same kind of thing as the total: bare categories ("1 P0", "3 critical") or the total's own noun. */
function partCountsSameThing(partText: string, nouns: string[]): boolean {
  if (mentionsAny(partText, nouns)) return true
  const after = partText.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w))
  return after.length <= 2 && !after.some((w) => /^[a-z]{4,}s$/.test(w) && !/(?:ss|us|is)$/.test(w))
}

function checkInline(context: RuleContext, unit: TextUnit): void {
  const text = unit.text
  const { quantities } = context.tokens(unit)
  for (const total of quantities) {
    if (!isPlainCount(total) || total.word) continue
    const lead = /^((?:\s+[\p{L}][\p{L}'-]*){1,4})\s*(:|\()/u.exec(text.slice(total.end))
    if (!lead) continue
    const nouns = countedWords(text, total)
    if (nouns.length === 0) continue
    const open = total.end + lead[0].length
    const close = lead[2] === '(' ? text.indexOf(')', open) : text.length
    if (close < 0) continue
    const body = text.slice(open, close)
    const pieces = body.split(/,|;|\band\b/)
    if (pieces.length < 2) continue
    const parts: number[] = []
    let offset = open
    let valid = true
    for (const piece of pieces) {
      const inside = quantities.filter((q) => q.start >= offset && q.end <= offset + piece.length)
      offset += piece.length + 1
      const count = inside[0]
      if (inside.length !== 1 || !count || !isPlainCount(count) || count.bound) { valid = false; break }
      const partText = text.slice(count.end, offset - 1)
      if (!partCountsSameThing(partText, nouns)) { valid = false; break }
      parts.push(count.written)
    }
    if (!valid || parts.length < 2) continue
    reportSum(context, unit, total, parts, phraseOf(text, total), 'breakdown')
  }
}

function checkNested(context: RuleContext, item: ListItemInfo): void {
  const first = item.lines[0]
  if (!first || item.children.length < 2) return
  const tokens = context.tokens(first)
  const total = tokens.quantities.find((q) => isPlainCount(q) && !q.word && countedWords(first.text, q).length > 0)
  if (!total) return
  const nouns = countedWords(first.text, total)
  const parts: number[] = []
  for (const child of item.children) {
    const line = child.lines[0]
    if (!line) return
    const count = leadingCount(line.text, context.tokens(line))
    if (!count || !mentionsAny(line.text.slice(count.end), nouns)) return
    parts.push(count.written)
  }
  const firstChild = item.children[0]?.lines[0]
  reportSum(context, first, total, parts, phraseOf(first.text, total), 'breakdown below', firstChild ? [{ unit: firstChild, start: 0, end: 1 }] : [])
}

const TOTAL_LABEL = /^(?:total|totals|sum|all)$/i

function checkTotalRow(context: RuleContext, table: TableInfo): void {
  const totalIndex = table.rows.findIndex((row) => TOTAL_LABEL.test(cleanLabel(row[0]?.text ?? '')))
  if (totalIndex < 1) return
  const totalRow = table.rows[totalIndex] as TextUnit[]
  const others = table.rows.filter((_, i) => i !== totalIndex)
  for (let column = 1; column < table.header.length; column++) {
    const cell = totalRow[column]
    if (!cell) continue
    const total = cellOperand(cell.text, context.tokens(cell))
    if (!total || !isPlainCount(total.quantity) || total.denominator !== null) continue
    const parts: number[] = []
    for (const row of others) {
      const partCell = row[column]
      const part = partCell && cellOperand(partCell.text, context.tokens(partCell))
      if (!part || !isPlainCount(part.quantity) || part.denominator !== null) { parts.length = 0; break }
      parts.push(part.quantity.written)
    }
    if (parts.length < 2) continue
    reportSum(context, cell, total.quantity, parts, `${cleanLabel(totalRow[0]?.text ?? '')} ${total.raw}`, `"${cleanLabel(table.header[column]?.text ?? '')}" column`)
  }
}

function checkSiblingHeadings(context: RuleContext, headings: HeadingInfo[]): void {
  const groups = new Map<string, Array<{ heading: HeadingInfo; part: Quantity; whole: number }>>()
  for (const heading of headings) {
    const { fractions } = context.tokens(heading.unit)
    const fraction = fractions.find((f) => /\(\s*$/.test(heading.unit.text.slice(0, f.start)))
    if (!fraction || !isPlainCount(fraction.numerator) || !isPlainCount(fraction.denominator)) continue
    const key = `${heading.parent?.index ?? -1}/${heading.depth}/${fraction.denominator.written}`
    const group = groups.get(key) ?? []
    group.push({ heading, part: fraction.numerator, whole: fraction.denominator.written })
    groups.set(key, group)
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue
    const sum = group.reduce((a, g) => a + g.part.written, 0)
    const whole = (group[0] as { whole: number }).whole
    if (sum <= whole) {
      for (const g of group) context.verified(g.heading.unit, g.part)
      continue
    }
    const last = group[group.length - 1] as (typeof group)[number]
    context.report({
      at: { unit: last.heading.unit, start: last.part.start, end: last.part.end },
      message: `The parts of ${whole} stated in sibling headings add up to ${sum} (${group.map((g) => g.part.written).join(' + ')}), more than the whole of ${whole}`,
      computed: String(sum),
      related: group.slice(0, -1).map((g) => ({ unit: g.heading.unit, start: g.part.start, end: g.part.end }))
    })
  }
}
