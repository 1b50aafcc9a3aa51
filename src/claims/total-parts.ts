// A total and the parts the text gives for it: "11 alerts: 1 P0, 3 P1, 3 P2, 5 P3", a counted list
// item over counted sub-items, a table's Total row over the rows above it, and sibling headings
// that each give the part of one whole in one state ("Completed (8/15)", "In progress (4/15)").
import type { Quantity } from '../extract/quantity.js'
import type { TextUnit } from '../parse/text-unit.js'
import type { BlockInfo, HeadingInfo, ListItemInfo, TableInfo } from '../parse/document.js'
import { cleanLabel, singular } from '../extract/labels.js'
import { operandInterval } from '../extract/interval.js'
import { MONTH_NAME } from '../extract/dates.js'
import { unitInfo, type UnitInfo } from '../extract/units.js'
import { cellOperand, type Operand } from './operand.js'
import { countedWords, isPlainCount, leadingCount, MEASURED_DIMENSIONS, mentionsAny } from './counting.js'
import { parenthesisedCount, STATUS_WORD } from './stated-count.js'
import { isSubRow, subtotalRows } from './subtotals.js'
import type { ClaimContext } from './context.js'
import type { Claim, Part, TotalPartsClaim } from './model.js'

export function readTotals(context: ClaimContext): Claim[] {
  const { doc } = context
  const claims: Claim[] = []
  for (const line of doc.lines) claims.push(...inlineBreakdowns(context, line.unit), ...trailingTotals(context, line.unit), ...doneAndRemaining(context, line.unit))
  for (const list of doc.lists) for (const item of list) claims.push(...nestedBreakdown(context, item))
  for (const table of doc.tables) claims.push(...totalRow(context, table), ...totalColumn(context, table))
  claims.push(...statusSiblings(context, doc.headings))
  claims.push(...ledgers(context))
  claims.push(...listTotals(context))
  return claims
}

// "Total: 55 ms", "**Grand total**: 42 h": a total by its label. Wall-clock totals of parts that
// may overlap ("Total wall time") are not sums.
const TOTAL_LEAD = /^[\s*_]*(?:grand\s+)?(?:total|sum|combined|in total)\b[^:]{0,30}:/i
const NOT_A_SUM = /\b(?:wall|elapsed|end-to-end|e2e|clock|real|parallel|concurrent|unique|distinct|average|avg|mean|max|peak)\b/i

/** The nouns of a total's label, without the words that make it a total. */
function labelNouns(label: string): string[] {
  return (cleanLabel(label).toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => !/^(?:total|totals|grand|sum|combined|the|all|of)$/.test(w)).map(singular)
}

/**
 * A list of labelled amounts ("- Parse: 12 ms", "- Plan: 7 ms") and a total beside it: a line
 * right above or below the list, or the list's last item.
 */
function listTotals(context: ClaimContext): Claim[] {
  const claims: Claim[] = []
  const blocks = context.doc.blocks
  const totalIn = (unit: TextUnit | undefined) => {
    if (!unit || !TOTAL_LEAD.test(unit.text) || NOT_A_SUM.test(unit.text.split(':')[0] ?? '')) return null
    const total = labelledValue(context, unit)
    // "Total tests passing: 149/149" is a tally, not a sum.
    if (!total || context.tokens(unit).fractions.some((f) => f.numerator === total)) return null
    return (total.dimension === 'count' || MEASURED_DIMENSIONS.has(total.dimension)) && !total.approx && !total.sign ? { unit, total } : null
  }
  const partsOf = (items: ListItemInfo[], total: Quantity, totalLine: TextUnit): Part[] | null => {
    if (items.length < 2) return null
    // A count's total names what it counts ("Total files: 11"): the parts must name it too
    // ("Files scanned", "Files modified"), or neither names a thing ("Total: 14").
    const counted = total.dimension === 'count' ? labelNouns(totalLine.text.split(':')[0] ?? '') : []
    const parts: Part[] = []
    for (const item of items) {
      const line = item.lines[0]
      const value = line && labelledValue(context, line)
      const label = line?.text.split(':')[0] ?? ''
      if (!line || !value || value.dimension !== total.dimension || value.approx || value.sign || NOT_ADDITIVE.test(label) || OTHER_SUMMARY.test(cleanLabel(label)) || TOTAL_LEAD.test(line.text)) return null
      if (counted.length > 0 && !mentionsAny(label, counted)) return null
      if (context.tokens(line).quantities.filter((q) => q.dimension === value.dimension).length > 1) return null
      parts.push({ quantity: value, place: { unit: line, start: value.start, end: value.end } })
    }
    return parts
  }
  const push = (found: { unit: TextUnit; total: Quantity }, parts: Part[] | null, where: string) => {
    if (!parts) return
    const label = cleanLabel(found.unit.text.split(':')[0] ?? '')
    claims.push(claim(found.unit, found.total, parts, { where, phrase: `${label}: ${found.total.raw}`, about: label, complete: true, binding: 'structural' }))
  }
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as BlockInfo
    if (block.kind === 'list') {
      const last = block.items[block.items.length - 1]
      const found = totalIn(last?.lines[0])
      if (found && last && last.children.length === 0) push(found, partsOf(block.items.slice(0, -1), found.total, found.unit), 'items above it')
      continue
    }
    if (block.kind !== 'paragraph' || block.lines.length !== 1) continue
    const found = totalIn(block.lines[0])
    if (!found) continue
    const before = blocks[i - 1]
    const after = blocks[i + 1]
    if (before?.kind === 'list') {
      const parts = partsOf(before.items, found.total, found.unit)
      // "### Phase 4 (40 hours)" over items of 10 hours each, then "Total Effort: 175 hours": the list
      // adds up to its heading's own figure, and the total after it is of all the phases.
      if (parts && !addsUpToItsHeading(context, before.items, parts, found.total)) push(found, parts, 'items above it')
    }
    else if (after?.kind === 'list') push(found, partsOf(after.items, found.total, found.unit), 'items below it')
  }
  return claims
}

function addsUpToItsHeading(context: ClaimContext, items: ListItemInfo[], parts: Part[], total: Quantity): boolean {
  const headings = items[0]?.headings ?? []
  const heading = headings[headings.length - 1]
  if (!heading) return false
  const figureOf = (h: HeadingInfo) => {
    const figures = context.tokens(h.unit).quantities.filter((q) => q.dimension === total.dimension)
    return figures.length === 1 ? (figures[0] as Quantity).value : null
  }
  const sum = parts.reduce((s, p) => s + p.quantity.value, 0)
  if (figureOf(heading) === null || Math.abs((figureOf(heading) as number) - sum) > 1e-9) return false
  // The total is then of the sections: it must be what their headings add up to.
  const siblings = (heading.parent ? heading.parent.subheadings : context.doc.headings.filter((h) => h.parent === null)).filter((h) => h.depth === heading.depth)
  const figures = siblings.map(figureOf)
  return siblings.length >= 2 && figures.every((f) => f !== null) && Math.abs((figures as number[]).reduce((a, b) => a + b, 0) - total.value) < 1e-9
}

const RULE_LINE = /^[\s─━═—–\-=_]{3,}$/u
const TOTAL_LINE = /\b(?:total|net|sum|balance|grand total|profit|result)\b/i

/** The first number after a line's label ("Product Cost: -$14.00", "Synthetic checks → 4"), with its sign. */
function labelledValue(context: ClaimContext, unit: TextUnit): Quantity | null {
  // "Prometheus alerts → 9": a label mapped to its value by an arrow, with no value before it.
  const colon = /^[^:]{1,60}:\s*/.exec(unit.text) ?? /^[^:→\d]{1,60}(?:→|->|=>)\s*/.exec(unit.text)
  if (!colon) return null
  const { quantities } = context.tokens(unit)
  const value = quantities.find((q) => q.start >= colon[0].length - 1)
  if (!value || value.start > colon[0].length + 1 || value.bound || value.rangeHigh !== null) return null
  // "Fee: $10,000 × 0.20% = $20.00": the line's amount is what its arithmetic comes to.
  const equals = unit.text.lastIndexOf('=')
  if (equals > value.end) {
    const result = quantities.find((q) => q.start > equals)
    return result && /^[\s*_]*$/.test(unit.text.slice(equals + 1, result.start)) && !result.bound && result.rangeHigh === null ? result : null
  }
  return value
}

/**
 * A ledger in a fenced block: amounts, one per line, a rule under them, and the total below it
 * ("Selling Price: $39.99", "Product Cost: -$14.00", …, "─────", "NET PROFIT: $9.37").
 */
function ledgers(context: ClaimContext): Claim[] {
  const claims: Claim[] = []
  const lines = context.doc.lines.filter((l) => l.kind === 'code')
  for (let i = 1; i + 1 < lines.length; i++) {
    const rule = lines[i] as (typeof lines)[number]
    const below = lines[i + 1] as (typeof lines)[number]
    if (!RULE_LINE.test(rule.unit.text) || below.fence !== rule.fence || !TOTAL_LINE.test(below.unit.text.split(':')[0] ?? '')) continue
    const total = labelledValue(context, below.unit)
    if (!total) continue
    const parts: Part[] = []
    for (let k = i - 1; k >= 0; k--) {
      const line = lines[k] as (typeof lines)[number]
      if (line.fence !== rule.fence || RULE_LINE.test(line.unit.text) || line.unit.text.endsWith(':')) break
      const value = labelledValue(context, line.unit)
      if (!value || value.dimension !== total.dimension) {
        parts.length = 0
        break
      }
      parts.unshift({ quantity: value, place: { unit: line.unit, start: value.start, end: value.end } })
    }
    if (parts.length < 2) continue
    const label = cleanLabel(below.unit.text.split(':')[0] ?? '')
    claims.push(claim(below.unit, total, parts, { where: 'lines above the rule', phrase: `${label}: ${total.raw}`, about: label, complete: true, binding: 'structural' }))
  }
  return claims
}

function phraseOf(text: string, q: Quantity): string {
  const words = /^(?:\s+[\p{L}][\p{L}'-]*){0,2}/u.exec(text.slice(q.end))?.[0] ?? ''
  return `${q.raw}${words}`
}

/** Parts count the total's kind of thing: bare categories ("1 P0", "3 critical") or the total's own noun. */
function partCountsSameThing(partText: string, nouns: string[]): boolean {
  if (mentionsAny(partText, nouns)) return true
  const after = partText.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w))
  return after.length >= 1 && after.length <= 2 && !after.some((w) => /^[a-z]{4,}s$/.test(w) && !/(?:ss|us|is)$/.test(w))
}

function claim(unit: TextUnit, total: Quantity, parts: Part[], fields: Pick<TotalPartsClaim, 'where' | 'phrase' | 'about' | 'complete' | 'binding'>): TotalPartsClaim {
  return { kind: 'total-parts', at: { unit, start: total.start, end: total.end }, total, parts, ...fields, reading: `${total.raw} = ${parts.map((p) => p.quantity.raw).join(' + ')}` }
}

/**
 * "11 alerts: 1 P0, 3 P1, 3 P2, 5 P3", "20 issues found (3 critical, 5 high)": each part a count that
 * opens its piece and names a category. Not IDs ("entity IDs: 11, 12, 13"), years after names
 * ("Arctic Ice 2007"), or labelled comparisons ("April: 534, May: 391").
 */
// "18 passed, 9 failed and 4 were skipped": a part named by the state of its things.
const STATE_PART = /^\s*(?:(?:were|are|was|is|got|have been|been)\s+)?(?:passed|passing|failed|failing|skipped|flaky|errored|timed out|succeeded|pending|blocked|done|open|closed|fixed|resolved|merged|cancelled|canceled|retried|green|red)\b/i

function isAmount(q: Quantity): boolean {
  return MEASURED_DIMENSIONS.has(q.dimension) && !q.approx && q.rangeHigh === null && !q.sign && !q.bound
}

// "Open bugs:", "**Incidents this sprint**:", "Total:": a label right before a count, opening the line or a cell.
const LABEL_BEFORE = /(?:^|[|•])[\s*_]*((?:[\p{L}][\p{L}'-]*[ \t]+){0,4}[\p{L}][\p{L}'-]*)[\s*_]*:[\s*_]*$/u

const LABEL_AFTER_SEPARATOR = new RegExp(LABEL_BEFORE.source.replace('(?:^|[|•])', '[|•]'), 'u')

/**
 * The nouns of a label that counts things ("Open bugs: 9 (…)", "Incidents this sprint: 9 (…)"),
 * empty for a plain "Total:"; null when the label names no plural or count ("Score: 9 (…)",
 * "Version: 4 (…)"), which is no count of parts.
 */
/** "Critical + High:", "Bugs and chores:": a label that joins the categories it counts, and those categories. */
function joinedCategories(before: string): { joined: string; categories: string[] } {
  let end = before.length
  while (end > 0 && /[\s*_]/.test(before[end - 1] as string)) end--
  if (before[end - 1] !== ':') return { joined: '', categories: [] }
  end--
  while (end > 0 && /[\s*_]/.test(before[end - 1] as string)) end--
  let start = 0
  while (start < end && /[\s*_|•-]/.test(before[start] as string)) start++
  const joined = before.slice(start, end)
  const categories = joined.replace(/\s+/g, ' ').split(/ ?[+&] ?| and /i)
  const ok = categories.length >= 2 && categories.length <= 5 && categories.every((c) => /^\p{L}[\p{L}-]*$/u.test(c))
  return ok ? { joined, categories: categories.map((c) => c.toLowerCase()) } : { joined: '', categories: [] }
}

function countingLabel(text: string, at: number): { label: string; nouns: string[]; joined: string[] } | null {
  // A label is a few words: the text long before the count cannot hold one (and must not be searched on a long line).
  const from = Math.max(0, at - 80)
  const before = text.slice(from, at)
  const { joined, categories } = from === 0 ? joinedCategories(before) : { joined: '', categories: [] }
  const label = (from === 0 ? LABEL_BEFORE : LABEL_AFTER_SEPARATOR).exec(before)?.[1]
  if (label === undefined) return categories.length > 0 ? { label: joined, nouns: [], joined: categories } : null
  const words = label.toLowerCase().split(/\s+/)
  const plural = words.some((w) => singular(w) !== w && w.length >= 4)
  if (!plural && !words.some((w) => w === 'total' || w === 'count' || w === 'number')) return categories.length > 0 ? { label, nouns: [], joined: categories } : null
  return { label, nouns: labelNouns(label), joined: categories }
}

function inlineBreakdowns(context: ClaimContext, unit: TextUnit): Claim[] {
  const text = unit.text
  const { quantities } = context.tokens(unit)
  // A total and at least two parts, each with one number.
  if (quantities.length < 3) return []
  const claims: Claim[] = []
  for (const total of quantities) {
    const amount = isAmount(total)
    if (!(isPlainCount(total) || amount) || total.word || total.bound) continue
    // "Of the 30 runs, 18 passed, 9 failed and 4 were skipped".
    const ofThe = /\b[Oo]f\s+(?:the|all|our|these)\s+$/.test(text.slice(Math.max(0, total.start - 16), total.start))
    const counter = amount || ofThe || !/^\s*(?:total\s*)?\(/i.test(text.slice(total.end, total.end + 12)) ? null : countingLabel(text, total.start)
    const lead = (amount ? /^((?:\s+[\p{L}][\p{L}'-]*){0,4})\s*(:|\()/u : ofThe ? /^((?:\s+[\p{L}][\p{L}'-]*){1,4})\s*(,)/u : counter ? /^((?:\s+total)?)\s*(\()/iu : /^((?:\s+[\p{L}][\p{L}'-]*){1,4})\s*(:|\()/u).exec(text.slice(total.end))
    if (!lead) continue
    const nouns = counter?.nouns ?? countedWords(text, total)
    if (nouns.length === 0 && !amount && !counter) continue
    const open = total.end + lead[0].length
    const close = lead[2] === '(' ? text.indexOf(')', open) : ofThe ? endOfSentence(text, open) : text.length
    if (close < 0) continue
    const pieces = piecesOf(text, open, close)
    if (pieces.length < 2) continue
    const labelled = lead[2] === '(' && !amount ? labelledParts(text, quantities, pieces) : null
    const parts: Part[] = []
    let valid = true
    if (labelled) {
      // Each category holding as many as the whole ("Replicas: 3 (api: 3, web: 3)") is a value per category, not a share of it.
      if (labelled.some((q) => q.value > total.value) || labelled.every((q) => q.value === total.value)) continue
      parts.push(...labelled.map((q) => ({ quantity: q, place: { unit, start: q.start, end: q.end } })))
    } else {
      for (const { start: offset, end: pieceEnd } of pieces) {
        const inside = quantities.filter((q) => q.start >= offset && q.end <= pieceEnd)
        const count = inside[0]
        const opening = count && /^[\s\p{P}\p{S}]*$/u.test(text.slice(offset, count.start))
        const kindOk = count && (amount ? isAmount(count) && count.dimension === total.dimension : isPlainCount(count) && !count.bound)
        if (inside.length !== 1 || !count || !opening || !kindOk || count.value > total.value) { valid = false; break }
        const named = text.slice(count.end, pieceEnd)
        if (!amount && !(ofThe ? STATE_PART.test(named) : partCountsSameThing(named, nouns))) { valid = false; break }
        parts.push({ quantity: count, place: { unit, start: count.start, end: count.end } })
      }
    }
    if (!valid || parts.length < 2) continue
    const phrase = counter ? `${counter.label}: ${total.raw}${lead[1] ?? ''}` : phraseOf(text, total)
    // The label names each part's category and no other: the parts are the whole of it.
    const named = parts.map((p) => text.slice(p.quantity.end, pieces.find((piece) => piece.end >= p.quantity.end)?.end ?? p.quantity.end).trim().toLowerCase())
    const complete = (counter?.joined.length ?? 0) === parts.length && named.every((n) => counter?.joined.includes(n) === true)
    claims.push(claim(unit, total, parts, { where: 'breakdown', phrase, about: phrase, complete, binding: 'tight' }))
  }
  return claims
}

// "P0: 1", "**critical**: 3": a category named before its count, as a key and its value.
const PART_LABEL = /^[\s*_]*(\p{L}[\p{L}\p{N}'-]*(?:[ \t]\p{L}[\p{L}\p{N}'-]*){0,2})[*_]*:[ \t]*[*_]*$/u
// Keys that are not categories of one whole: times ("April: 534"), summaries of the values and comparisons ("max: 9", "before: 4").
const NOT_A_CATEGORY = new RegExp(`^(?:${MONTH_NAME}|q[1-4]|h[12]|fy|week|day|month|year|sprint|run|release|version|v|before|after|old|new|previous|prev|last|current|now|then|baseline|target|goal|limit|budget|cap|max|maximum|min|minimum|peak|avg|average|mean|median|p\\d{2,3}|total|sum|overall|all|ids?|each|per)$`, 'i')

/**
 * "Total alerts: 11 (P0: 1, P1: 3, P2: 3, P3: 5)": a breakdown in parentheses whose every piece is a
 * category's name, a colon and its count, with nothing after the count. Null when any piece is not
 * so, or names a time, a summary or a comparison.
 */
function labelledParts(text: string, quantities: Quantity[], pieces: Array<{ start: number; end: number }>): Quantity[] | null {
  const counts: Quantity[] = []
  for (const { start, end } of pieces) {
    const inside = quantities.filter((q) => q.end > start && q.start < end)
    const count = inside[inside.length - 1]
    if (!count || !isPlainCount(count) || count.bound || count.word || !/^[\s*_]*$/.test(text.slice(count.end, end))) return null
    // The key may itself hold a number the tokenizer read ("P0", "Sev1"); it must name something in letters first.
    const key = PART_LABEL.exec(text.slice(start, count.start))?.[1]
    if (key === undefined || NOT_A_CATEGORY.test(key.split(/[ \t]/)[0] ?? '')) return null
    counts.push(count)
  }
  return counts
}

/**
 * "Tests: 120 passed, 4 failed, 124 total", "3 failed, 40 passed (43 total)": counts by state or
 * category, then their total after them, as test runners print them. The parts are the pieces
 * right before the total that each open with their count; a piece with anything before its count
 * ("Run 2: 48 passed") ends them.
 */
function trailingTotals(context: ClaimContext, unit: TextUnit): Claim[] {
  const text = unit.text
  const { quantities } = context.tokens(unit)
  if (quantities.length < 3) return []
  const claims: Claim[] = []
  for (const [index, total] of quantities.entries()) {
    if (!isPlainCount(total) || total.word || total.bound || !/^\s+total\b(?!\s*[:=])/i.test(text.slice(total.end, total.end + 16))) continue
    const parts: Part[] = []
    let end = total.start
    // Test runners print a handful of states; a longer run of counts is something else.
    for (let i = index - 1; i >= 0 && parts.length < 12; i--) {
      const part = quantities[i]!
      const between = text.slice(part.end, end)
      const separator = between.length <= 40 ? /^(.*?)(?:,|;|\(|\band\b)\s*$/.exec(between) : null
      if (!separator || !isPlainCount(part) || part.word || part.bound || part.value > total.value) break
      const named = separator[1]!
      // "…, 11 total; 30 passed, …": an earlier total ends this one's parts.
      if (/\btotal\b/i.test(named) || !(STATE_PART.test(named) || partCountsSameThing(named, []))) break
      parts.push({ quantity: part, place: { unit, start: part.start, end: part.end } })
      end = part.start
      if (!opensPiece(text, part.start)) break
    }
    parts.reverse()
    if (parts.length < 2 || !opensPiece(text, parts[0]!.quantity.start)) continue
    claims.push(claim(unit, total, parts, { where: 'breakdown', phrase: phraseOf(text, total), about: phraseOf(text, total), complete: false, binding: 'tight' }))
  }
  return claims
}

// "9 remaining", "8 still open", "20 remain", "3 to go": what is left of a whole.
const LEFT_AFTER = /^\s+(?:([\p{L}-]+)\s+)?(?:remaining|remain|left|to go|outstanding|still open)\b/u
const LEFT_BEFORE = /\b(?:leaving|leaves|with)\s+$/i

/**
 * "Resolved 18 of 24 bugs, leaving 8 open", "12/20 tasks done, 9 remaining": a part of a whole and
 * what is left of it, in one sentence. Other parts may stand between them (in progress, blocked), so
 * only a part and a remainder that add up to more than the whole contradict it.
 */
function doneAndRemaining(context: ClaimContext, unit: TextUnit): Claim[] {
  const text = unit.text
  const { quantities, fractions } = context.tokens(unit)
  const claims: Claim[] = []
  for (const fraction of fractions) {
    const { numerator: done, denominator: whole } = fraction
    if (!isPlainCount(done) || !isPlainCount(whole) || done.word || whole.word || done.value > whole.value) continue
    const left = quantities.find((q) => q.start >= fraction.end)
    if (!left || !isPlainCount(left) || left.word || left.bound) continue
    const between = text.slice(fraction.end, left.start)
    if (between.length > 48 || /[.!?](?:\s|$)|[()]/.test(between)) continue
    const after = text.slice(left.end, left.end + 40)
    const state = LEFT_AFTER.exec(after) ?? (LEFT_BEFORE.test(between) ? /^\s+(?:([\p{L}-]+)\s+)?(?:open|remaining|unresolved|pending|to do|todo)\b/u.exec(after) : null)
    // "9/10 tickets, 2 PRs remaining": a noun before the state must be the fraction's own.
    if (!state || (state[1] !== undefined && !countedWords(text, whole).includes(singular(state[1].toLowerCase())))) continue
    const parts: Part[] = [done, left].map((q) => ({ quantity: q, place: { unit, start: q.start, end: q.end } }))
    const phrase = text.slice(fraction.start, fraction.end)
    claims.push(claim(unit, whole, parts, { where: 'counts done and left', phrase, about: phrase, complete: false, binding: 'tight' }))
  }
  return claims
}

/** Whether a number at `at` opens its piece: only spaces and emphasis after the line's start, a separator, a colon or "and". */
function opensPiece(text: string, at: number): boolean {
  let i = at
  while (i > 0 && /[\s*_]/.test(text[i - 1]!)) i--
  return i === 0 || /[,;(:]/.test(text[i - 1]!) || /(?:^|\P{L})and$/u.test(text.slice(Math.max(0, i - 4), i))
}

/** The pieces of a list written in a line, between commas, semicolons and "and". */
function piecesOf(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const pieces: Array<{ start: number; end: number }> = []
  let from = start
  for (const separator of text.slice(start, end).matchAll(/,|;|\band\b/g)) {
    pieces.push({ start: from, end: start + separator.index })
    from = start + separator.index + separator[0].length
  }
  pieces.push({ start: from, end })
  return pieces
}

function endOfSentence(text: string, from: number): number {
  const stop = text.slice(from).search(/[.;:(](?:\s|$)/)
  return stop < 0 ? text.length : from + stop
}

// Counts of another kind of thing than a category of the total: people, time, code.
const OTHER_MEASURE_NOUN = /^(?:people|persons?|engineers?|developers?|devs?|members?|users?|hours?|days?|weeks?|months?|minutes?|lines?|loc|files?|commits?|times?)$/i

/**
 * "- 11 production alerts" over "- 1 P0 alert", "- 3 P1 alerts", …: each sub-item a count of the
 * same thing; or over "- 5 bugs", "- 4 chores": each sub-item nothing but a count of a kind.
 */
function nestedBreakdown(context: ClaimContext, item: ListItemInfo): Claim[] {
  const first = item.lines[0]
  if (!first || item.children.length < 2 || /:\s*$/.test(item.lines[item.lines.length - 1]?.text ?? '')) return []
  const total = leadingCount(first.text, context.tokens(first))
  if (!total || total.bound || countedWords(first.text, total).length === 0) return []
  const nouns = countedWords(first.text, total)
  const parts: Part[] = []
  const kinds = new Set<string>()
  let sameThing = true
  for (const child of item.children) {
    const line = child.lines[0]
    if (!line || child.children.length > 0) return []
    const tokens = context.tokens(line)
    const count = leadingCount(line.text, tokens)
    if (!count || count.bound || count.value > total.value) return []
    const rest = line.text.slice(count.end)
    if (!mentionsAny(rest, nouns)) {
      sameThing = false
      // A bare count of a kind: "5 bugs", "4 chores", nothing else on the line.
      const kind = /^[\s*_]*(\p{L}[\p{L}-]*)[\s*_.]*$/u.exec(rest)?.[1]
      if (!kind || OTHER_MEASURE_NOUN.test(kind) || tokens.quantities.length !== 1) return []
      kinds.add(kind.toLowerCase())
    }
    parts.push({ quantity: count, place: { unit: line, start: count.start, end: count.end } })
  }
  if (!sameThing && kinds.size !== parts.length) return []
  return [claim(first, total, parts, { where: 'breakdown below', phrase: phraseOf(first.text, total), about: phraseOf(first.text, total), complete: false, binding: 'structural' })]
}

// "Total", "Grand total", "Total open": a total, perhaps with a word for which of the rows it covers (not "Total time", a metric).
const TOTAL_LABEL = /^(?:total|totals|sum|grand total)(?:\s+(?:open|all|overall|combined|active|closed|remaining|so far|to date|ytd))?$/i
const OTHER_SUMMARY = /^(?:average|avg\.?|mean|median|min|max|minimum|maximum|std\.?|stddev|overall|subtotal|sub-total|p\d{2})\b/i
const DASH = /^[-–—]$/
const LIMIT_COLUMN = /\b(?:targets?|goals?|budgets?|limits?|thresholds?|slos?|caps?|ceilings?)\b/i
const NOT_ADDITIVE = /\b(?:max|maximum|min|minimum|peak|avg|average|mean|median|p\d{2,3}|rate|ratio|per|percent)\b|\/\s*(?:s|sec|second|min|minute|h|hr|hour|day|week|month|req|request|user|op)\b|%/i

/**
 * The rows a Total row adds up. A row that sums other rows ("Critical Path" = P0 + P1) is left out
 * when, with it, no column adds up to the total and, without it, one does.
 */
function withoutSubtotals(context: ClaimContext, table: TableInfo, rows: TextUnit[][], total: TextUnit[]): TextUnit[][] {
  const subtotals = subtotalRows(context, table, rows)
  if (subtotals.size === 0) return rows
  const without = rows.filter((_, i) => !subtotals.has(i))
  const addsUp = (parts: TextUnit[][]) =>
    table.header.some((_, c) => {
      const stated = c > 0 ? plainCount(context, total[c]) : null
      const values = parts.map((row) => plainCount(context, row[c]))
      return stated !== null && values.every((v) => v !== null) && values.reduce((s, v) => s + (v as number), 0) === stated
    })
  return !addsUp(rows) && addsUp(without) ? without : rows
}

/**
 * A size or time that is a part of another row, with nothing to mark it ("Vendor chunk" inside
 * "Scripts"): left out when, with it, the rows add up to more than the total in two or more columns
 * and, without it, to the total in each of those or a fiftieth under it, its value below another
 * row's in every one. Counts and money are left as they are: a total that forgot a row is wrong.
 */
function withoutNestedPart(context: ClaimContext, table: TableInfo, rows: TextUnit[][], total: TextUnit[]): TextUnit[][] {
  const value = (cell: TextUnit | undefined) => {
    const operand = cell ? cellValue(context, cell) : null
    return operand && operand.denominator === null && (operand.dimension === 'size' || operand.dimension === 'duration') && !operand.quantity.bound && !operand.quantity.sign ? operand.quantity : null
  }
  const at = (row: TextUnit[], c: number) => (value(row[c]) as Quantity).value
  const columns = table.header
    .map((_, c) => c)
    .filter((c) => c > 0 && value(total[c]) !== null && rows.every((row) => value(row[c])?.dimension === value(total[c])?.dimension))
    .filter((c) => rows.reduce((sum, row) => sum + at(row, c), 0) > at(total, c))
  if (columns.length < 2) return rows
  const sums = columns.map((c) => rows.reduce((sum, row) => sum + at(row, c), 0))
  const wholes = columns.map((c) => at(total, c))
  const fits = (sum: number, k: number) => sum <= (wholes[k] as number) && (wholes[k] as number) - sum <= 0.02 * (wholes[k] as number)
  const nested = rows.filter((row) =>
    columns.every((c, k) => fits((sums[k] as number) - at(row, c), k) && rows.some((other) => other !== row && at(other, c) > at(row, c)))
  )
  return nested.length === 1 ? rows.filter((row) => row !== nested[0]) : rows
}

function plainCount(context: ClaimContext, cell: TextUnit | undefined): number | null {
  const operand = cell && cellOperand(cell.text, context.tokens(cell))
  return operand && operand.denominator === null && isPlainCount(operand.quantity) ? operand.quantity.written : null
}

/** What a cell says beside its number ("/mo", "saved"), without emphasis and spaces: parts and total must say the same. */
function besideNumber(text: string, q: Quantity): string {
  return (text.slice(0, q.start) + text.slice(q.end)).replace(/[\s*_]+/g, '').toLowerCase()
}

/** The one number of a cell, a signed change included ("+4"), as an operand. */
function cellValue(context: ClaimContext, cell: TextUnit): Operand | null {
  const operand = cellOperand(cell.text, context.tokens(cell))
  if (operand) return operand
  const { quantities } = context.tokens(cell)
  const only = quantities[0]
  const value = only && operandInterval(only)
  if (quantities.length !== 1 || !only?.sign || !value) return null
  return { start: only.start, end: only.end, raw: only.raw, dimension: only.dimension, value, share: null, shown: only.raw, quantity: only, denominator: null, unitSymbol: only.unitSymbol }
}

/**
 * "### Stage timings (ms)" over a table of bare numbers: the unit the heading names is theirs, so
 * they are measurements, rounded as measurements are, not counts.
 */
function headingUnit(table: TableInfo): UnitInfo | null {
  const heading = table.headings[table.headings.length - 1]
  const named = heading ? /\(\s*([^()\d\s]{1,12})\s*\)\s*$/.exec(heading.unit.text)?.[1] : undefined
  const unit = named === undefined ? null : unitInfo(named)
  return unit && (unit.dimension === 'duration' || unit.dimension === 'size') ? unit : null
}

/** The total and parts in the heading's unit, when all are bare numbers. */
function inHeadingUnit(unit: UnitInfo | null, total: Quantity, parts: Part[]): { total: Quantity; parts: Part[] } {
  const bare = (q: Quantity) => q.dimension === 'count' && q.unitSymbol === null && q.factor === 1
  if (!unit || !bare(total) || !parts.every((p) => bare(p.quantity))) return { total, parts }
  const convert = (q: Quantity): Quantity => ({ ...q, dimension: unit.dimension, factor: unit.factor, value: q.written * unit.factor, unitSymbol: unit.symbol })
  return { total: convert(total), parts: parts.map((p) => ({ ...p, quantity: convert(p.quantity) })) }
}

/** A Total row: each column's total against the rows above it (counts, fractions, signed changes, amounts). */
function totalRow(context: ClaimContext, table: TableInfo): Claim[] {
  const labels = table.rows.map((row) => cleanLabel(row[0]?.text ?? ''))
  const totalIndex = labels.findIndex((l) => TOTAL_LABEL.test(l))
  // Another row named a total ("Subtotal", "Backend Total") adds up rows of its own: which rows the
  // Total adds up is then the reader's guess.
  if (totalIndex < 0 || labels.some((l, i) => i !== totalIndex && /\b(?:sub-?)?totals?\b/i.test(l))) return []
  const totalRow = table.rows[totalIndex] as TextUnit[]
  // "STD" in capitals is a code (a standard tier), not a standard deviation row.
  const candidates = table.rows.filter((_, i) => i !== totalIndex && (!OTHER_SUMMARY.test(labels[i] as string) || /^STD\b/.test(labels[i] as string)) && (labels[i] !== '' || table.named[i] === true) && !isSubRow(table, i))
  const rows = withoutNestedPart(context, table, withoutSubtotals(context, table, candidates, totalRow), totalRow)
  if (rows.length < 2) return []
  // "| Total | 45+ | 1,877 |": a total written as at least some number says the row counts more than
  // the rows above it, so its other totals may too.
  const atLeast = totalRow.slice(1).some((cell) => context.tokens(cell).quantities.some((q) => q.bound === '>=' || q.bound === '>'))
  const unit = headingUnit(table)
  const claims: Claim[] = []
  for (let column = 1; column < table.header.length; column++) {
    const cell = totalRow[column]
    if (!cell) continue
    const total = cellValue(context, cell)
    // Shares, scores and ratios ("0.932") do not add up; counts, durations, sizes and amounts do.
    if (!total || total.dimension === 'percent' || total.quantity.bound || total.quantity.rangeHigh !== null) continue
    if (total.dimension === 'count' && total.quantity.factor === 1 && total.quantity.decimals > 0) continue
    const shape = besideNumber(cell.text, total.quantity)
    const header = cleanLabel(table.header[column]?.text ?? '')
    // A column of peaks, averages or rates does not add up: its Total row gives the peak or the mean.
    if (NOT_ADDITIVE.test(header)) continue
    const parts: Part[] = []
    const wholes: Part[] = []
    let valid = true
    for (const row of rows) {
      const partCell = row[column]
      if (partCell && DASH.test(partCell.text.trim()) && total.quantity.sign) continue
      const part = partCell && cellValue(context, partCell)
      if (!partCell || !part || part.dimension !== total.dimension || part.quantity.bound || (part.denominator === null) !== (total.denominator === null)) { valid = false; break }
      if (part.denominator === null && besideNumber(partCell.text, part.quantity) !== shape) { valid = false; break }
      parts.push({ quantity: part.quantity, place: { unit: partCell, start: part.quantity.start, end: part.quantity.end } })
      const whole = part.denominator !== null ? context.tokens(partCell).fractions[0]?.denominator : undefined
      if (whole) wholes.push({ quantity: whole, place: { unit: partCell, start: whole.start, end: whole.end } })
    }
    if (!valid || parts.length < 2) continue
    // A Total below one of its own positive parts ("Total $12.50" over "$22.95" a conversion) is no
    // sum of the column: the row gives an average or a rate there (cost per signup, a blended CPA).
    if (!total.quantity.sign && parts.every((p) => p.quantity.value >= 0) && total.quantity.value < Math.max(...parts.map((p) => p.quantity.value))) continue
    // A limit for the whole above what the parts' limits add up to ("Target" 300 KB and 50 KB, total
    // 800 KB) is a looser limit set on its own, not their sum; amounts of money and counts still add up.
    const measured = total.dimension !== 'count' && total.dimension !== 'money' && total.denominator === null
    if (measured && LIMIT_COLUMN.test(header) && total.quantity.value > parts.reduce((sum, p) => sum + p.quantity.value, 0)) continue
    const whole = total.denominator !== null ? context.tokens(cell).fractions[0]?.denominator : undefined
    // Scores add up only as points out of maximums that add up to the total's ("6/10" + "7/10" of "12/20").
    if (/\bscores?\b/i.test(header) && !(whole && wholes.length === parts.length && wholes.reduce((sum, w) => sum + w.quantity.written, 0) === whole.written)) continue
    const phrase = `${cleanLabel(totalRow[0]?.text ?? '')} ${total.raw}`
    const measuredIn = inHeadingUnit(unit, total.quantity, parts)
    claims.push(claim(cell, measuredIn.total, measuredIn.parts, { where: `"${header}" column`, phrase, about: `${header}, ${cleanLabel(totalRow[0]?.text ?? '')} row`, complete: !atLeast, binding: 'structural' }))
    if (whole && wholes.length === parts.length) {
      claims.push(claim(cell, whole, wholes, { where: `"${header}" column's wholes`, phrase: `${cleanLabel(totalRow[0]?.text ?? '')} ${total.raw}`, about: `${header} wholes, ${cleanLabel(totalRow[0]?.text ?? '')} row`, complete: true, binding: 'structural' }))
    }
  }
  return claims
}

/**
 * A Total (or Sum) column: each row's total against the row's other amount columns. The columns
 * must add up in another row of the table: that is the evidence that they are parts of the total.
 */
function totalColumn(context: ClaimContext, table: TableInfo): Claim[] {
  const headers = table.header.map((cell) => cleanLabel(cell.text))
  const totalAt = headers.findIndex((h, i) => i > 0 && TOTAL_LABEL.test(h))
  if (totalAt < 0 || table.rows.length < 2) return []
  const partColumns = headers.map((_header, i) => i).filter((i) => i > 0 && i !== totalAt && !NOT_ADDITIVE.test(headers[i] as string) && !OTHER_SUMMARY.test(headers[i] as string))
  const rows = table.rows.filter((row) => !OTHER_SUMMARY.test(cleanLabel(row[0]?.text ?? '')))
  const readRow = (row: TextUnit[]) => {
    const cell = row[totalAt]
    const total = cell && cellValue(context, cell)
    if (!cell || !total || total.denominator !== null || total.dimension === 'percent' || total.quantity.bound || total.quantity.sign) return null
    const parts: Part[] = []
    for (const c of partColumns) {
      const partCell = row[c]
      const part = partCell && cellValue(context, partCell)
      if (!partCell || !part || part.dimension !== total.dimension || part.denominator !== null || part.quantity.bound || part.quantity.sign) return null
      parts.push({ quantity: part.quantity, place: { unit: partCell, start: part.quantity.start, end: part.quantity.end } })
    }
    return parts.length >= 2 ? { cell, total: total.quantity, parts } : null
  }
  const read = rows.map(readRow)
  if (read.some((r) => r === null)) return []
  const addsUp = (r: NonNullable<ReturnType<typeof readRow>>) => Math.abs(r.parts.reduce((sum, p) => sum + p.quantity.value, 0) - r.total.value) < 1e-9 * Math.max(1, r.total.value)
  const matching = read.filter((r) => r && addsUp(r)).length
  if (matching === 0) return []
  const unit = headingUnit(table)
  const claims: Claim[] = []
  read.forEach((r, i) => {
    if (!r) return
    const label = cleanLabel(rows[i]?.[0]?.text ?? '')
    const measuredIn = inHeadingUnit(unit, r.total, r.parts)
    claims.push(claim(r.cell, measuredIn.total, measuredIn.parts, { where: `row's ${partColumns.map((c) => `"${headers[c]}"`).join(', ')} columns`, phrase: `${label} ${headers[totalAt]} ${r.total.raw}`, about: `${label}, ${headers[totalAt]} column`, complete: true, binding: 'structural' }))
  })
  return claims
}

/**
 * Sibling headings that each give the part of one whole in one state ("Completed (8/15)",
 * "In progress (4/15)", "Blocked (5/15)"): their parts cannot add up to more than the whole.
 * Headings that each score a different thing out of the same maximum ("Security (9/10)") are not parts.
 */
function statusSiblings(context: ClaimContext, headings: HeadingInfo[]): Claim[] {
  const groups = new Map<string, Array<{ heading: HeadingInfo; part: Quantity; whole: Quantity; state: string }>>()
  for (const heading of headings) {
    const stated = parenthesisedCount(heading.unit.text, context.tokens(heading.unit))
    if (!stated?.of || !stated.status) continue
    const key = `${heading.parent?.index ?? -1}/${heading.depth}/${stated.of.written}`
    const state = (STATUS_WORD.exec(stated.label)?.[0] ?? '').toLowerCase()
    groups.set(key, [...(groups.get(key) ?? []), { heading, part: stated.count, whole: stated.of, state }])
  }
  const claims: Claim[] = []
  for (const group of groups.values()) {
    // Parts of one whole are in different states; two headings "Complete (9/9)" count two wholes.
    if (group.length < 2 || new Set(group.map((g) => g.state)).size < group.length) continue
    const last = group[group.length - 1] as (typeof group)[number]
    claims.push({
      ...claim(last.heading.unit, last.whole, group.map((g) => ({ quantity: g.part, place: { unit: g.heading.unit, start: g.part.start, end: g.part.end } })), {
        where: 'sibling headings', phrase: `the whole of ${last.whole.raw}`, about: `parts of ${last.whole.raw} in sibling headings`, complete: false, binding: 'structural'
      }),
      at: { unit: last.heading.unit, start: last.part.start, end: last.part.end }
    })
  }
  return claims
}
