// A change stated for a before and an after: "2/8 → 7/8 (+350%)", "from 61 to 3 configs, a 95%
// reduction", a table row with Before, After and Change cells, a row measured against a Baseline row.
import type { Quantity } from '../extract/quantity.js'
import type { TextUnit } from '../parse/text-unit.js'
import type { TableInfo } from '../parse/document.js'
import { cellOperand, operandsOf, sameKind, type Operand } from './operand.js'
import { cleanLabel } from '../extract/labels.js'
import type { ClaimContext } from './context.js'
import type { ChangeClaim, Claim } from './model.js'

const BEFORE_HEADER = /\b(?:before|baseline|previous|prior|old|initial|start|was)\b/i
const AFTER_HEADER = /\b(?:after|current|now|new|final|achieved|today|latest)\b/i
const CHANGE_HEADER = /\b(?:change|improvement|impact|delta|diff|difference|reduction|increase|decrease|gain|growth|savings?|variation|speedup|vs\.? baseline)\b|Δ/i
/** A word that names a number as a change ("95% reduction", "42% faster"). */
export const CHANGE_WORD = /^\s*(?:reduction|improvement|increase|decrease|faster|slower|fewer|less|more|growth|gain|drop|savings?|better|worse|higher|lower|cut|rise|speedup|slowdown|smaller|larger|quicker|change)\b/i
const BASELINE_CELL = /^\W*(?:baseline|reference|ref\.?|base|control)\W*$/i
const CHANGE_DIMENSIONS = new Set(['percent', 'points', 'multiplier'])

interface Pair {
  before: Operand
  after: Operand
}

export function readChanges({ doc, tokens }: ClaimContext): Claim[] {
  const claims: Claim[] = []
  for (const line of doc.lines) {
    const unit = line.unit
    const operands = operandsOf(unit.text, tokens(unit))
    if (operands.length < 2) continue
    for (const pair of findPairs(unit, operands, tokens(unit).arrows)) {
      const label = unit.text.slice(0, pair.before.start)
      const changes = statedChanges(unit, pair, tokens(unit).quantities)
      for (const change of changes) {
        if (scalesResources(unit.text, pair, change.words)) continue
        const claim = claimOf(unit, pair, change.quantity, change.words, label)
        claims.push({ ...claim, alternatives: changes.filter((c) => c !== change && slashBetween(unit.text, c.quantity, change.quantity)).map((c) => c.quantity) })
      }
    }
  }
  for (const table of doc.tables) {
    claims.push(...beforeAfterRows(table, tokens), ...baselineRows(table, tokens))
  }
  return claims
}

function claimOf(unit: TextUnit, pair: Pair, change: Quantity, words: string, label: string): ChangeClaim {
  const { before, after } = comparable(pair)
  return {
    kind: 'change', at: { unit, start: change.start, end: change.end }, binding: 'tight', before, after, change, words, label, alternatives: [],
    about: cleanLabel(trimLeadIn(label)) || `${before.raw} → ${after.raw}`,
    reading: `${before.raw} → ${after.raw}, stated change ${change.raw}`
  }
}

/**
 * "(+12.5% / +48%)" gives one change two ways; "(-3.4% reduction, 42% improvement)" states two
 * changes, each of which must hold.
 */
function slashBetween(text: string, a: Quantity, b: Quantity): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a]
  return /^\s*\/\s*$/.test(text.slice(first.end, second.start))
}

// Counts of resources a run was given: a change described as a gain is of what they produced.
const RESOURCE_AFTER = /^\s*(?:workers?|threads?|cores?|nodes?|replicas?|instances?|gpus?|cpus?|shards?|partitions?|connections?|processes|pods?|machines?|servers?|vus|virtual users|concurrent users|batch(?:es)?)\b/i
const GAIN_WORDS = /\b(?:improvement|improved|gain|gains|faster|slower|speedup|speed-up|throughput|better|worse|efficiency)\b/i

/** "Going from 1→2 workers: 48% improvement": the workers doubled; 48% is what they gained. */
function scalesResources(text: string, pair: Pair, words: string): boolean {
  return RESOURCE_AFTER.test(text.slice(pair.after.end, pair.after.end + 24)) && GAIN_WORDS.test(words)
}

/** "Build time went from " → "Build time": the words that lead into a pair are not its label. */
function trimLeadIn(label: string): string {
  let words = label.split(/[\s:(]+/).filter((w) => w !== '')
  while (words.length > 0 && /^(?:from|went|was|were|is|changed|moved|dropped|rose|fell|grew)$/i.test(words[words.length - 1] as string)) words = words.slice(0, -1)
  return words.join(' ')
}

function findPairs(unit: TextUnit, operands: Operand[], arrows: Array<{ start: number; end: number }>): Pair[] {
  const text = unit.text
  const pairs: Pair[] = []
  for (const arrow of arrows) {
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

/**
 * Is `q` stated as the change of the pair? A percentage, points or a multiplier counts only when
 * signed or named as a change ("+14%", "95% reduction", "3× faster"): an unsigned percentage after
 * a pair is as often a share or a score ("805 → 860 (+55, 78%, Grade B+)").
 */
function isStatedChange(q: Quantity, pair: Pair, text: string, wordsBefore = ''): boolean {
  if (q.bound || q.rangeHigh !== null) return false
  // "4x vs OLD": a comparison with something else than the pair's before.
  if (/^[\s*_]*(?:vs\.?|versus|compared (?:to|with)|relative to)\b/i.test(text.slice(q.end, q.end + 24))) return false
  if (q.sign) return CHANGE_DIMENSIONS.has(q.dimension) || q.dimension === pair.before.dimension
  if (!CHANGE_DIMENSIONS.has(q.dimension)) return false
  const after = text.slice(q.end, q.end + 24)
  if (q.dimension === 'multiplier' || CHANGE_WORD.test(after)) return true
  // "100% organized" under an Improvement header says a state, not a change.
  return !/^[\s*_]*\p{L}/u.test(after) && CHANGE_WORD.test(wordsBefore)
}

/** Words that say which way a change goes, from the change to the end of its clause. */
function clauseAfter(text: string, from: number): string {
  const rest = text.slice(from)
  const stop = rest.search(/[,;)(]/)
  return stop < 0 ? rest : rest.slice(0, stop)
}

function statedChanges(unit: TextUnit, pair: Pair, quantities: Quantity[]): Array<{ quantity: Quantity; words: string }> {
  const text = unit.text
  const result: Array<{ quantity: Quantity; words: string }> = []
  // "7/8 healthy (+350% improvement)": a parenthesis right after the pair.
  const after = /^[^()\d→]{0,40}?\(/.exec(text.slice(pair.after.end))
  if (after) {
    const open = pair.after.end + after[0].length - 1
    const close = closingParen(text, open)
    for (const q of quantities) if (q.start > open && q.end <= close && isStatedChange(q, pair, text)) result.push({ quantity: q, words: clauseAfter(text, q.end) })
  }
  // "from 61 to 3 configs, a 95% reduction", "8s → 2s: 75% faster": a change in the next clause, named as one.
  if (!after) {
    const next = quantities.find((q) => q.start >= pair.after.end)
    const gap = next ? text.slice(pair.after.end, next.start) : ''
    if (next && isStatedChange(next, pair, text) && /^[^\d()→]{0,30}?(?:,|:|;|—|–| - )\s*(?:(?:a|an|or|i\.e\.)\s+)?$/.test(gap) && (next.sign || CHANGE_WORD.test(text.slice(next.end)) || next.dimension === 'multiplier')) {
      result.push({ quantity: next, words: clauseAfter(text, next.end) })
    }
  }
  // "-43% latency improvement (P95: 420ms → 240ms)": a change right before a parenthesis holding the pair.
  const open = text.lastIndexOf('(', pair.before.start)
  if (open >= 0 && !text.slice(open, pair.before.start).includes(')') && closingParen(text, open) >= pair.after.end) {
    const lead = [...quantities].reverse().find((q) => q.end <= open)
    if (lead && /^[^\d()]{0,40}$/.test(text.slice(lead.end, open)) && isStatedChange(lead, pair, text, text.slice(lead.end, open))) result.push({ quantity: lead, words: text.slice(lead.end, open) })
  }
  return result
}

/** Fractions of different wholes compare as shares, not as counts. */
function comparable(pair: Pair): Pair {
  const { before, after } = pair
  if (before.denominator !== null && before.denominator !== after.denominator && before.share && after.share) {
    return { before: { ...before, value: before.share, denominator: null, asShare: true }, after: { ...after, value: after.share, denominator: null, asShare: true } }
  }
  return pair
}

function columnIndex(table: TableInfo, pattern: RegExp, not: RegExp[] = []): number {
  const matches = table.header.map((cell, i) => (pattern.test(cell.text) && !not.some((n) => n.test(cell.text)) ? i : -1)).filter((i) => i >= 0)
  return matches.length === 1 ? (matches[0] as number) : -1
}

/** "| P95 | 420ms | 240ms | -43% |" under Before, After and Change headers. */
function beforeAfterRows(table: TableInfo, tokens: ClaimContext['tokens']): Claim[] {
  const beforeColumn = columnIndex(table, BEFORE_HEADER, [AFTER_HEADER, CHANGE_HEADER])
  const afterColumn = columnIndex(table, AFTER_HEADER, [BEFORE_HEADER, CHANGE_HEADER])
  const changeColumn = columnIndex(table, CHANGE_HEADER, [BEFORE_HEADER, AFTER_HEADER])
  if (beforeColumn < 0 || afterColumn < 0 || changeColumn < 0) return []
  const header = table.header[changeColumn]?.text ?? ''
  const claims: Claim[] = []
  for (const row of table.rows) {
    const beforeCell = row[beforeColumn]
    const afterCell = row[afterColumn]
    const changeCell = row[changeColumn]
    if (!beforeCell || !afterCell || !changeCell) continue
    const before = cellOperand(beforeCell.text, tokens(beforeCell))
    const after = cellOperand(afterCell.text, tokens(afterCell))
    if (!before || !after || !sameKind(before, after)) continue
    const pair = { before, after }
    for (const q of tokens(changeCell).quantities) {
      if (!isStatedChange(q, pair, changeCell.text, header)) continue
      // The metric is named by the row's other cells; the Change header says how it changed, not what it is.
      const metric = row.filter((_, c) => c !== beforeColumn && c !== afterColumn && c !== changeColumn).map((cell) => cell.text).join(' ')
      const claim = claimOf(changeCell, pair, q, `${changeCell.text} ${header}`, metric)
      claims.push({ ...claim, about: cleanLabel(row[0]?.text ?? '') || claim.about, reading: `${before.raw} → ${after.raw} (${cleanLabel(table.header[beforeColumn]?.text ?? '')} → ${cleanLabel(table.header[afterColumn]?.text ?? '')}), stated change ${q.raw}` })
    }
  }
  return claims
}

/**
 * "| MariaDB | 45ms | Baseline |", "| PostgreSQL | 58ms | 13% slower |": each row's change against
 * the one row the table names as its baseline, in the one column of values that rows share.
 */
function baselineRows(table: TableInfo, tokens: ClaimContext['tokens']): Claim[] {
  const changeColumn = columnIndex(table, CHANGE_HEADER)
  if (changeColumn < 0) return []
  const baselines = table.rows.filter((row) => BASELINE_CELL.test(row[changeColumn]?.text ?? ''))
  if (baselines.length !== 1) return []
  const baseline = baselines[0] as TextUnit[]
  const valueColumns = table.header
    .map((_, c) => c)
    .filter((c) => c > 0 && c !== changeColumn && table.rows.every((row) => row[c] && cellOperand((row[c] as TextUnit).text, tokens(row[c] as TextUnit))))
  if (valueColumns.length !== 1) return []
  const column = valueColumns[0] as number
  const before = cellOperand((baseline[column] as TextUnit).text, tokens(baseline[column] as TextUnit)) as Operand
  const claims: Claim[] = []
  for (const row of table.rows) {
    if (row === baseline) continue
    const valueCell = row[column] as TextUnit
    const changeCell = row[changeColumn]
    const after = cellOperand(valueCell.text, tokens(valueCell))
    if (!changeCell || !after || !sameKind(before, after)) continue
    const changes = tokens(changeCell).quantities.filter((q) => isStatedChange(q, { before, after }, changeCell.text))
    if (changes.length !== 1) continue
    const change = changes[0] as Quantity
    const claim = claimOf(changeCell, { before, after }, change, clauseAfter(changeCell.text, change.end), `${row[0]?.text ?? ''} ${table.header[column]?.text ?? ''}`)
    claims.push({
      ...claim, binding: 'structural', about: cleanLabel(row[0]?.text ?? '') || claim.about,
      reading: `${after.raw} against the baseline ${before.raw} (${cleanLabel(baseline[0]?.text ?? '')}), stated change ${change.raw}`
    })
  }
  return claims
}
