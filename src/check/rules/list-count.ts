/**
 * list-count: a heading, lead-in or list item that states how many things follow must match them.
 *
 * Flags:      "## Completed (8/15)" over a list of 4 items; "**6 key wins**:" over 5 items;
 *             "- 3 dashboards deployed" over 4 sub-items that each name a dashboard.
 * Leaves:     "- 8 Service Level Objectives" over 3 examples that do not say "objective";
 *             "Terraform modules (1,370 lines)" (lines are not items); a heading whose
 *             sub-headings are themselves groups.
 */
import type { Rule, RuleContext } from '../rule.js'
import type { Quantity } from '../../extract/quantity.js'
import type { TextUnit } from '../../parse/text-unit.js'
import type { BlockInfo, HeadingInfo, ListItemInfo } from '../../parse/document.js'
import { countedWords, isPlainCount, leadingCount, mentionsAny } from '../counting.js'
import { replaceNumber } from '../suggest.js'

export const listCount: Rule = {
  meta: { id: 'list-count', description: 'A stated count of items ("Key Deliverables (5)", "6 key wins:") must match the list or sections that follow.', severity: 'error' },
  check(context) {
    for (const heading of context.doc.headings) checkHeading(context, heading)
    checkLeadIns(context, context.doc.blocks)
    for (const heading of context.doc.headings) checkLeadIns(context, heading.body)
    for (const list of context.doc.lists) for (const item of list) checkItem(context, item)
  }
}

interface Counted {
  count: Quantity
  items: number
  what: string
  first?: TextUnit
}

function judge(context: RuleContext, unit: TextUnit, counted: Counted): void {
  const { count, items } = counted
  const ok = count.bound === '>=' ? items >= count.written : items === count.written
  if (ok) {
    context.verified(unit, count)
    return
  }
  const stated = unit.text.trim()
  context.report({
    at: { unit, start: count.start, end: count.end },
    message: `"${stated.length > 60 ? `${stated.slice(0, 57)}…` : stated}" states ${count.written} but ${items} ${counted.what} follow`,
    computed: String(items),
    suggestion: count.bound ? undefined : replaceNumber(unit.text, count, items),
    related: counted.first ? [{ unit: counted.first, start: 0, end: 1 }] : []
  })
}

/** "Completed (8/15)", "Key Deliverables (5)", "(4 items)": a count in parentheses that ends a heading. */
function headingCount(context: RuleContext, unit: TextUnit): Quantity | null {
  const { fractions, quantities } = context.tokens(unit)
  const close = closingParenAtEnd(unit.text)
  if (close < 0) return null
  const closing = { index: close }
  const open = unit.text.lastIndexOf('(', closing.index)
  if (open < 0) return null
  const fraction = fractions.find((f) => f.start > open && /^\(\s*$/.test(unit.text.slice(open, f.start)))
  if (fraction) return isPlainCount(fraction.numerator) ? fraction.numerator : null
  const inside = quantities.filter((q) => q.start > open && q.end <= closing.index)
  const only = inside[0]
  if (inside.length !== 1 || !only || !isPlainCount(only) || !/^\(\s*$/.test(unit.text.slice(open, only.start))) return null
  // "(5)", "(5 items)" but not "(1,370 lines)" or "(45 minutes)".
  const rest = unit.text.slice(only.end, closing.index).trim()
  return rest === '' || /^(?:items?|entries|tasks?|things|points)$/i.test(rest) ? only : null
}

function firstList(blocks: BlockInfo[]): ListItemInfo[] | null {
  for (const block of blocks) {
    if (block.kind === 'list') return block.items
    if (block.kind === 'paragraph' && block.lines.every((l) => /:\s*$/.test(l.text))) continue
    return null
  }
  return null
}

/** "Top 5 Achievements", "3 Key Risks": a small count that opens a heading and names what follows. */
function leadingHeadingCount(context: RuleContext, unit: TextUnit): Quantity | null {
  const first = context.tokens(unit).quantities[0]
  if (!first || !isPlainCount(first) || first.word || first.written > 50 || first.written < 2) return null
  if (!/^[\s\p{P}\p{S}]*(?:top\s+)?$/iu.test(unit.text.slice(0, first.start))) return null
  return /^\s+[\p{L}][\p{L}'-]*(?:\s+[\p{L}][\p{L}'-]*){0,3}\s*$/u.test(unit.text.slice(first.end)) ? first : null
}

function checkHeading(context: RuleContext, heading: HeadingInfo): void {
  const count = headingCount(context, heading.unit) ?? leadingHeadingCount(context, heading.unit)
  if (!count) return
  const list = firstList(heading.body)
  if (list) {
    judge(context, heading.unit, { count, items: list.length, what: 'list items', first: list[0]?.lines[0] })
    return
  }
  if (heading.body.some((b) => b.kind === 'list' || b.kind === 'table')) return
  const subs = heading.subheadings
  // Sub-headings count as items only when they are leaves; groups of groups say nothing about the count.
  if (subs.length === 0 || subs.some((s) => s.subheadings.length > 0)) return
  judge(context, heading.unit, { count, items: subs.length, what: 'sub-headings', first: subs[0]?.unit })
}

/** "**6 key wins**:" or "We shipped 4 features:" directly before a list. */
function leadInCount(context: RuleContext, unit: TextUnit): Quantity | null {
  const match = /:\s*$/.exec(unit.text)
  if (!match) return null
  const { quantities } = context.tokens(unit)
  const count = quantities[quantities.length - 1]
  if (!count || !isPlainCount(count) || count.word) return null
  return /^(?:\s+[\p{L}][\p{L}'-]*){1,3}\s*$/u.test(unit.text.slice(count.end, match.index)) ? count : null
}

function checkLeadIns(context: RuleContext, blocks: BlockInfo[]): void {
  for (let i = 0; i + 1 < blocks.length; i++) {
    const block = blocks[i] as BlockInfo
    const next = blocks[i + 1] as BlockInfo
    if (block.kind !== 'paragraph' || next.kind !== 'list') continue
    const last = block.lines[block.lines.length - 1]
    const count = last && leadInCount(context, last)
    if (last && count) judge(context, last, { count, items: next.items.length, what: 'list items', first: next.items[0]?.lines[0] })
  }
}

function checkItem(context: RuleContext, item: ListItemInfo): void {
  const first = item.lines[item.lines.length - 1]
  if (!first || item.children.length === 0) return
  const leadIn = leadInCount(context, first)
  if (leadIn) {
    judge(context, first, { count: leadIn, items: item.children.length, what: 'sub-items', first: item.children[0]?.lines[0] })
    return
  }
  // "3 Grafana dashboards deployed" over sub-items: only when every sub-item names the counted thing.
  const head = item.lines[0] as TextUnit
  const count = leadingCount(head.text, context.tokens(head)) ?? context.tokens(head).quantities.find((q) => isPlainCount(q) && !q.word && q.start < 8)
  if (!count || !isPlainCount(count)) return
  const nouns = countedWords(head.text, count, 2)
  if (nouns.length === 0) return
  const children = item.children.map((c) => c.lines[0]).filter((l): l is TextUnit => l !== undefined)
  if (children.some((c) => leadingCount(c.text, context.tokens(c)))) return
  if (!children.every((c) => mentionsAny(c.text, nouns))) return
  judge(context, head, { count, items: item.children.length, what: 'sub-items', first: children[0] })
}

/** Index of the ")" that ends `text` but for trailing marks and spaces ("Completed (8/15) ✅"), or -1. */
function closingParenAtEnd(text: string): number {
  let k = text.length
  while (k > 0 && !/[\p{L}\p{N}_]/u.test(text[k - 1] as string)) k--
  const at = text.indexOf(')', k)
  return at
}
