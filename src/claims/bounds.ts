// Values that cannot exceed a bound by what they are: a share of something ("Coverage: 105%",
// "115% complete", "108% line coverage"), a part of its whole ("9/8 services healthy", "Passed:
// 14/12", "12 of 10 tests passed", "Failed 30 (of 25 runs)", "Of 40 builds, 44 succeeded").
import type { TextLine } from '../parse/document.js'
import type { Fraction, Quantity } from '../extract/quantity.js'
import type { ClaimContext } from './context.js'
import type { Claim } from './model.js'
import { CHANGE_WORD } from './change.js'

// Shares that cannot pass 100%. A completion rate or progress against a plan can ("81 of 70 planned: 116%").
const SHARE_LABEL = /\b(?:coverage|pass rate|passing|success rate|uptime|availability|hit rate|accuracy|precision|recall|healthy|compliant|compliance)\b/i
const SHARE_AFTER = /^\s*(?:complete|done|covered|passing|healthy|compliant)\b/i
// "108% line coverage", "102% uptime": the share named after it, with at most one word between.
const SHARE_NAMED_AFTER = /^\s*(?:(?!of\b)[\p{L}-]+\s+)?(?:coverage|uptime|availability|pass rate|success rate|hit rate|accuracy|compliance)\b/iu
const NOT_A_SHARE = /\b(?:of (?:the )?(?:target|goal|plan|budget|quota|baseline|estimate|forecast)|improvement|increase|growth|more|faster|better|higher|than|over|above|cpu|change|attainment|achievement|vs\.?|versus|improved|increased|grew|rose|gained|jumped|delta|budget|burn|burned|burnt)\b/i
// "150% of last year's", "101% of the SLA", "105% of the human baseline": a ratio to another figure, not a share.
const RATIO_TO = /^\s*of\s+(?:(?:the|our|its|their|a)\s+)?(?:[\p{L}'’-]+\s+)?(?:target|goal|plan|budget|quota|baseline|estimate|forecast|sla|slo|objective|last|previous|prior|yesterday|original|old|expected|required|capacity|benchmark|reference|human|manual|legacy)\b/iu
// "improved by 105%", "up 105%", "(105% relative)": a change.
const CHANGE_BEFORE = /\b(?:by|up|down|rose|grew|jumped|climbed|gained|doubled|tripled)\s*$/i
const CHANGE_AFTER = /^\s*(?:relative|ratio|of (?:before|the old|the start|initial))\b/i
// "Reaching 90% requires 112% coverage of the rest", "it would need 104% uptime": what a goal would
// take, not a share anyone measured (the point is usually that it cannot be had).
const REQUIRED_BEFORE = /\b(?:requires?|required|needs?|needed|would (?:take|mean|need|require))\s+(?:(?:a|an|the|about|around|over|nearly|almost|at least)\s+)?$/i
// A status mark beside a percentage makes it attainment against a target ("✅ 115%").
const STATUS_MARK = /✅|❌|⚠️|✔|🟢|🟡|🔴/u

// States a part of a whole is in. After the fraction: "9/8 services healthy", "12 of 10 tests passed".
const PART_OF_WHOLE = /^\s+(?:[\p{L}-]+\s+){0,2}(?:passing|passed|healthy|done|complete|completed|covered|succeeded|green|online|available|resolved|fixed|up)\b/iu
// "Completed" is left out: work completed may pass what was committed ("Completed: 12/10 points").
const STATE = 'passed|passing|failed|failing|healthy|unhealthy|green|succeeded|successful|online|resolved|fixed|applied|merged|covered'
// Before it, as a label ("Passed: 14/12", "Suites passing: 7/6", "Healthy nodes -> 6/5", "Passing: 8/10 → 11/10")
// or a verb ("Resolved 7 out of 5 incidents", "Failed 30 (of 25 runs)").
const STATE_LABEL = new RegExp(`(?:^|[\\s*_|])(?:${STATE})(?:\\s+\\p{L}[\\p{L}-]*)?[*_]*\\s*(?:[:=]|->|→|⇒|=>)[*_\\s]*(?:\\d+\\s*/\\s*\\d+\\s*(?:->|→|⇒|=>)\\s*)?$`, 'iu')
const STATE_VERB = new RegExp(`(?:^|[\\s*_])(?:${STATE})\\s+$`, 'i')
// A table column or row that names the state: "Passed", "Tests passing", "Healthy nodes".
const STATE_CELL = new RegExp(`^[\\s*_]*(?:\\p{L}+\\s+)?(?:${STATE})(?:\\s+\\p{L}+)?[\\s*_]*$`, 'iu')
// "12 of 10", "30 (of 25": a part written before its whole with "of".
const OF_BETWEEN = /^\s*(?:\(\s*)?(?:out\s+)?of\s+(?:the\s+|all\s+)?$/
// "Of 40 builds, 44 succeeded": the whole, then the part in a state.
const OF_BEFORE = /(?:^|[\s*_(])of\s+(?:the\s+|all\s+)?$/i
const WHOLE_THEN_PART = /^\s+\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?\s*,\s*$/u
// The part's state is a verb ("44 succeeded", "12 were merged") or a predicate ("5 were healthy", "5 healthy."),
// not a word describing other things ("5 healthy clusters").
const STATE_AFTER = new RegExp(`^\\s+(?:(?:were|are|have|had|got)\\s+)?(?:passed|failed|succeeded|resolved|fixed|applied|merged)\\b|^\\s+(?:were|are)\\s+(?:${STATE})\\b|^\\s+(?:${STATE})\\s*(?:[,;.)]|$)`, 'i')
// Delivery against a plan may pass it ("12 of 10 planned stories done"); a ratio, a split, points, a score
// or a rating is no part of a whole; two states named together ("Passed/Failed: 14/12") are two counts.
const NOT_A_PART = /\b(?:planned|plan|target(?:ed)?|expected|estimated?|budget(?:ed)?|scheduled|committed|forecast|goal|quota|capacity|limit|max(?:imum)?|allowed|ratio|split|score|scored|rating|rated|points?|pts|per|vs\.?|versus)\b|\p{L}\s*\/\s*\p{L}/iu
// "Passed on 14/12", "last passed: 12/10": a date.
const DATE_BEFORE = /\b(?:on|since|until|till|by|from|at|dated?|due|deadline|last|released|updated|as of)\s*(?:[:=]\s*)?$|\b(?:date|when|day)\b/i

export function readBounds(context: ClaimContext): Claim[] {
  const claims: Claim[] = []
  for (const line of context.doc.lines) claims.push(...shares(context, line), ...parts(context, line))
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

/** The column's header and the row's first cell, each on its own, for a cell's label. */
function cellLabels(line: TextLine): string[] {
  if (!line.cell) return []
  const { table, row, column } = line.cell
  return [table.header[column]?.text ?? '', column > 0 && row >= 0 ? table.rows[row]?.[0]?.text ?? '' : '']
}

/**
 * The words that name a percentage: the 40 characters before it, back to a comma, a semicolon or an
 * open parenthesis, behind which another number has its own name ("Pass rate 98%, throughput 140%",
 * "Coverage: 78% (up 105%").
 */
function shareClause(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 40), at)
  const open = before.lastIndexOf('(')
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), open > before.lastIndexOf(')') ? open : -1)
  return before.slice(cut + 1)
}

/** An unsigned percentage over 100 that is not an upper bound: the only kind a share bound reads. */
const mayPassShare = (q: Quantity) => q.dimension === 'percent' && !q.sign && q.bound !== '<' && q.bound !== '<=' && (q.rangeHigh ?? q.value) > 100

function shares(context: ClaimContext, line: TextLine): Claim[] {
  const unit = line.unit
  const text = unit.text
  const over = context.tokens(unit).quantities.filter(mayPassShare)
  // Most lines hold no percentage over 100; the tests of the whole line are left until one does.
  if (over.length === 0 || NOT_A_SHARE.test(text) || NOT_A_SHARE.test(labelOf(line)) || STATUS_MARK.test(text)) return []
  const claims: Claim[] = []
  for (const q of over) {
    const before = `${shareClause(text, q.start)} ${labelOf(line)}`
    const after = text.slice(q.end, q.end + 40)
    if (!SHARE_LABEL.test(before) && !SHARE_AFTER.test(after) && !SHARE_NAMED_AFTER.test(after)) continue
    if (RATIO_TO.test(after) || CHANGE_WORD.test(after) || CHANGE_AFTER.test(after) || CHANGE_BEFORE.test(text.slice(0, q.start)) || REQUIRED_BEFORE.test(text.slice(0, q.start)) || ratioBeside(context, line, q)) continue
    // "210% → 100% (fixed)": the value before an arrow is what was wrong and what the line reports mended.
    const arrow = context.tokens(unit).arrows.find((a) => a.start >= q.end)
    if (arrow && arrow.start - q.end <= 8 && /^[\s*_]*$/.test(text.slice(q.end, arrow.start))) continue
    const named = (SHARE_NAMED_AFTER.exec(after)?.[0] ?? SHARE_AFTER.exec(after)?.[0] ?? [...before.matchAll(new RegExp(SHARE_LABEL.source, 'gi'))].pop()?.[0] ?? '').trim()
    claims.push({ kind: 'share-bound', at: { unit, start: q.start, end: q.end }, binding: 'tight', quantity: q, about: named.toLowerCase(), reading: `${q.raw} is a share (${named.toLowerCase()})` })
  }
  return claims
}

const isCount = (q: Quantity) => q.dimension === 'count' && q.factor === 1 && q.decimals === 0 && !q.sign && !q.bound && !q.approx && q.rangeHigh === null

/** Fractions with the part first: "a/b" as the tokenizer reads it, and "a of b" where a is the larger (which it does not read). */
function partFirst(text: string, quantities: Quantity[], fractions: Fraction[]): Fraction[] {
  const found = [...fractions]
  const taken = new Set(fractions.flatMap((f) => [f.numerator, f.denominator]))
  for (let k = 0; k + 1 < quantities.length; k++) {
    const a = quantities[k] as Quantity
    const b = quantities[k + 1] as Quantity
    if (taken.has(a) || taken.has(b) || !isCount(a) || !isCount(b) || a.written <= b.written) continue
    if (OF_BETWEEN.test(text.slice(a.end, b.start))) found.push({ start: a.start, end: b.end, numerator: a, denominator: b })
  }
  return found
}

/** The clause before a place: back to the last sentence break, semicolon or comma. */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(0, at)
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf(';'), before.lastIndexOf(','))
  return before.slice(cut + 1)
}

function parts(context: ClaimContext, line: TextLine): Claim[] {
  const unit = line.unit
  const text = unit.text
  const { quantities, fractions } = context.tokens(unit)
  // Both readings below pair two numbers.
  if (quantities.length < 2) return []
  const claims: Claim[] = []
  const labels = cellLabels(line)
  const claim = (f: Fraction, start: number, end: number, about = text.slice(start, end).replace(/\(\s*/, '')) => {
    claims.push({ kind: 'part-of-whole', at: { unit, start, end }, binding: 'tight', fraction: f, about, reading: `${about}: ${f.numerator.raw} is a part of ${f.denominator.raw}` })
  }
  for (const f of partFirst(text, quantities, fractions)) {
    if (f.numerator.decimals > 0 || f.denominator.decimals > 0 || f.numerator.factor !== 1 || f.denominator.factor !== 1) continue
    const clause = clauseBefore(text, f.start)
    const after = text.slice(f.end, f.end + 40)
    if (NOT_A_PART.test(clause) || NOT_A_PART.test(after.split(/[,;.]/)[0] ?? '') || NOT_A_PART.test(labels.join(' '))) continue
    // A part named by a label, a verb or its table column is a claim only when it passes its whole: a
    // part within it proves little, and would count as a checked number.
    const stated =
      (PART_OF_WHOLE.test(after) && !NOT_A_SHARE.test(text) && !NOT_A_SHARE.test(labelOf(line)) && !STATUS_MARK.test(text)) ||
      (f.numerator.written > f.denominator.written &&
        ((!DATE_BEFORE.test(clause) && (STATE_LABEL.test(clause) || STATE_VERB.test(clause))) ||
          (text.slice(0, f.start).trim() === '' && text.slice(f.end).trim() === '' && labels.some((l) => STATE_CELL.test(l)))))
    if (stated) claim(f, f.start, f.end)
  }
  // "Of 40 builds, 44 succeeded": the whole before the part, which a state follows.
  for (let k = 0; k + 1 < quantities.length; k++) {
    const whole = quantities[k] as Quantity
    const part = quantities[k + 1] as Quantity
    if (!isCount(whole) || !isCount(part) || part.written <= whole.written) continue
    if (!OF_BEFORE.test(text.slice(Math.max(0, whole.start - 12), whole.start)) || !WHOLE_THEN_PART.test(text.slice(whole.end, part.start))) continue
    const after = text.slice(part.end, part.end + 24)
    if (!STATE_AFTER.test(after) || NOT_A_PART.test(text.slice(0, part.end)) || NOT_A_PART.test(after)) continue
    const from = text.slice(0, whole.start).search(/of\s+(?:the\s+|all\s+)?$/i)
    const said = text.slice(from, part.end + (trimEndOf(STATE_AFTER.exec(after)?.[0], ' \t\n,;.)')?.length ?? 0))
    claim({ start: whole.start, end: part.end, numerator: part, denominator: whole }, whole.start, part.end, said)
  }
  return claims
}

/** The text without the given characters at its end (a loop: /[…]+$/ backtracks on a long run). */
function trimEndOf(text: string | undefined, characters: string): string | undefined {
  if (text === undefined) return undefined
  let end = text.length
  while (end > 0 && characters.includes(text[end - 1] as string)) end--
  return text.slice(0, end)
}
