// A change stated for a before and an after: "2/8 → 7/8 (+350%)", "from 61 to 3 configs, a 95%
// reduction", a table row with Before, After and Change cells, a row measured against a Baseline row.
import type { Quantity } from '../extract/quantity.js'
import type { TextUnit } from '../parse/text-unit.js'
import type { TableInfo } from '../parse/document.js'
import { cellOperand, fromQuantity, operandsOf, sameKind, type Operand } from './operand.js'
import { unitInfo } from '../extract/units.js'
import { cleanLabel } from '../extract/labels.js'
import { MONTH_NAME, MONTHS } from '../extract/dates.js'
import type { ClaimContext } from './context.js'
import type { ChangeClaim, Claim } from './model.js'

const BEFORE_HEADER = /\b(?:before|baseline|previous|prior|old|initial|start|was|control)\b/i
const AFTER_HEADER = /\b(?:after|current|now|new|final|achieved|today|latest|treatment|candidate|this (?:week|month|quarter|sprint|release|year|run))\b/i
export const CHANGE_HEADER = /\b(?:change|improvement|impact|delta|diff|difference|reduction|increase|decrease|gain|growth|savings?|variation|speedup|vs\.? baseline)\b|Δ/i
/** A word that names a number as a change ("95% reduction", "42% faster"). */
export const CHANGE_WORD = /^\s*(?:(?:reduction|improvement|increase|decrease|faster|slower|fewer|less|more|growth|gain|drop|savings?|better|worse|higher|lower|cut|rise|speedup|slowdown|smaller|larger|quicker|change|jump|spike|surge|climb|hike|boost|decline|dip|fall|shrink|shorter|longer|uplift|regression|melhoria|mejora|amélioration|verbesserung|redução|reducción|réduction|reduzierung|aumento|augmentation|erhöhung|steigerung|miglioramento|riduzione)\b|(?:향상|개선|단축|감소|증가|절감|提升|提高|降低|减少|增加|改善|缩短|向上|削減|短縮|増加|減少))/iu
/** Words before a number that name it as a change: "down 80%", "rose 30%", "a drop of 12%". */
const CHANGE_BEFORE = /(?:^|[\s,;:(—–-])(?:up|down|rose|fell|grew|dropped|dropping|falling|rising|growing|increased|increasing|decreased|decreasing|improved|improving|declined|jumped|climbed|shrank|cut|reduced|reducing|(?:an? )?(?:increase|decrease|drop|rise|reduction|improvement|gain|jump|cut) of|(?:up|down|reduced|cut|increased|decreased|improved|dropped|grew|rose|fell) by|(?:reduced|reducing|cut|cutting|increased|increasing|decreased|decreasing|improved|improving|lowered|lowering|raised|boosted|shrank|shrunk|trimmed|slashed|sped up)\s+(?:[a-z][\w'-]*\s+){1,4}by)\s*$/i
/** A change given as a word: "halved", "doubled", "tripled". The ratio it names, either way. */
const MULTIPLIER_WORDS: Record<string, number> = { halved: 2, doubled: 2, tripled: 3, quadrupled: 4 }
const MULTIPLIER_WORD = /\b(halved|doubled|tripled|quadrupled)\b/gi
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
    // A change pairs two operands, and each operand holds at least one quantity.
    if (tokens(unit).quantities.length < 2) continue
    const operands = operandsOf(unit.text, tokens(unit))
    if (operands.length < 2) continue
    for (const pair of findPairs(unit, operands, tokens(unit).arrows)) {
      const label = unit.text.slice(0, firstStart(pair))
      const changes = statedChanges(unit, pair, tokens(unit).quantities)
      for (const change of changes) {
        if (scalesResources(unit.text, pair, change.quantity, change.words, label) || speedOfCounts(pair, change.words, label)) continue
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
const RESOURCES = 'workers?|threads?|cores?|nodes?|replicas?|instances?|gpus?|cpus?|shards?|partitions?|connections?|processes|pods?|machines?|servers?|vus|virtual users|concurrent users|batch(?:es)?'
const RESOURCE_AFTER = new RegExp(`^\\s*(?:${RESOURCES})\\b`, 'i')
const RESOURCE_LABEL = new RegExp(`\\b(?:${RESOURCES})[\\s:*_]*$`, 'i')
const GAIN_WORDS = /\b(?:improvement|improved|gain|gains|faster|slower|speedup|speed-up|throughput|better|worse|efficiency)\b/i

/**
 * "Going from 1→2 workers: 48% improvement", "Workers 2 → 4 (throughput +70%)": the workers
 * doubled; the change is of what they produced.
 */
function scalesResources(text: string, pair: Pair, change: Quantity, words: string, label: string): boolean {
  if (!RESOURCE_AFTER.test(text.slice(lastEnd(pair), lastEnd(pair) + 24)) && !RESOURCE_LABEL.test(label)) return false
  const named = text.slice(Math.max(text.lastIndexOf('(', change.start), lastEnd(pair)), change.start)
  return GAIN_WORDS.test(words) || /\p{L}{3,}/u.test(named.replace(/\b(?:a|an|about|around|roughly|nearly)\b/gi, ''))
}

const SPEED_WORD = /^[\s*_]*(?:faster|slower|quicker|speedup|speed-up|slowdown)\b/i
const RATE_LABEL = /\b(?:throughput|speed|rate|rps|qps|tps|fps|ops|iops|per\s+(?:second|sec|minute|min|hour)|requests|frames)\b|\/\s*(?:s|sec|min|h)\b/i

/**
 * "BCrypt rounds 12 → 10 (~40% faster hashing)": plain counts are no speed, so a change said to be
 * faster or slower is of what the counts drive, unless the label says the counts are a rate.
 */
function speedOfCounts(pair: Pair, words: string, label: string): boolean {
  const plain = (o: Operand) => o.dimension === 'count' && o.denominator === null && o.quantity.factor === 1
  return plain(pair.before) && plain(pair.after) && SPEED_WORD.test(words) && !RATE_LABEL.test(label)
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
    // "118k (Dec) → 163k (June)": when each value was, in a parenthesis of words, is no other value.
    const left = text.slice(before.end, arrow.start).replace(QUALIFIER, ' ')
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
  // "fell to 3% from 4%": the after first.
  for (const match of text.matchAll(/\bto\s+/gi)) {
    const at = match.index + match[0].length
    const index = operands.findIndex((o) => o.start >= at)
    const after = operands[index]
    const before = operands[index + 1]
    if (!before || !after || after.start - at > 2) continue
    if (!/^\s*(?:[\p{L}][\p{L}'-]*\s+){0,2}from\s+$/u.test(text.slice(after.end, before.start))) continue
    if (!pairs.some((p) => p.before === before || p.after === after)) pairs.push({ before, after })
  }
  // "30 tickets this sprint, up from 20": the after first, then the before it rose or fell from.
  for (const match of text.matchAll(/\b(?:up|down)\s+from\s+/gi)) {
    const at = match.index + match[0].length
    const before = operands.find((o) => o.start >= at)
    const after = [...operands].reverse().find((o) => o.end <= match.index)
    if (!before || !after || before.start - at > 2) continue
    if (!/^\s*(?:[\p{L}][\p{L}'-]*,?\s+){0,4}(?:[,(—–-]\s*)?$/u.test(text.slice(after.end, match.index))) continue
    if (!pairs.some((p) => p.before === before || p.after === after)) pairs.push({ before, after })
  }
  return pairs.map(sharingUnit).filter((p) => sameKind(p.before, p.after))
}

/** Where a pair starts and ends in the text: "fell to 3% from 4%" writes the after first. */
const firstStart = (pair: Pair) => Math.min(pair.before.start, pair.after.start)
const lastEnd = (pair: Pair) => Math.max(pair.before.end, pair.after.end)

// "(Dec)", "(before the fix)": a parenthesis of a few words and no number, saying when or what a value is.
const QUALIFIER = /^\s*\([^()\d]{1,24}\)/

/** Where a pair's text ends, a qualifier of its second value ("163k (June)") included. */
function pairEnd(text: string, pair: Pair): number {
  const end = lastEnd(pair)
  return end + (QUALIFIER.exec(text.slice(end))?.[0].length ?? 0)
}

/** "1,200 → 2,400 req/s", "from 6 to 8 min": the unit written once, after the second number, is both's. */
function sharingUnit(pair: Pair): Pair {
  const bare = (o: Operand) => o.dimension === 'count' && o.denominator === null && o.quantity.factor === 1 && !o.quantity.word
  const adopt = (o: Operand, other: Operand): Operand | null => {
    const unit = other.unitSymbol ? unitInfo(other.unitSymbol.trim()) : null
    // Only a unit without a magnitude ("2.4k req/s" leaves "1,200" alone).
    if (!unit || unit.dimension !== other.dimension || unit.factor !== other.quantity.factor) return null
    return fromQuantity({ ...o.quantity, dimension: unit.dimension, unitSymbol: other.unitSymbol, factor: unit.factor, value: o.quantity.written * unit.factor })
  }
  if (bare(pair.before) && !bare(pair.after) && pair.after.denominator === null) return { ...pair, before: adopt(pair.before, pair.after) ?? pair.before }
  return pair
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
  return !/^[\s*_]*\p{L}/u.test(after) && (CHANGE_WORD.test(wordsBefore) || CHANGE_BEFORE.test(wordsBefore))
}

/** "+20 points", "a 20-point gain": between two percentages, points are percentage points. */
function asPoints(text: string, q: Quantity): Quantity {
  const word = /^(?:\s+|-)points?\b/i.exec(text.slice(q.end, q.end + 12))
  if (!word || q.dimension !== 'count' || q.factor !== 1) return q
  const end = q.end + word[0].length
  return { ...q, end, raw: text.slice(q.start, end), dimension: 'points', unitSymbol: ' pp' }
}

/** Words that say which way a change goes, from the change to the end of its clause. */
function clauseAfter(text: string, from: number): string {
  const rest = text.slice(from)
  const stop = rest.search(/[,;)(]/)
  return stop < 0 ? rest : rest.slice(0, stop)
}

function statedChanges(unit: TextUnit, pair: Pair, written: Quantity[]): Array<{ quantity: Quantity; words: string }> {
  const text = unit.text
  const quantities = pair.before.dimension === 'percent' && pair.after.dimension === 'percent' ? written.map((q) => asPoints(text, q)) : written
  const result: Array<{ quantity: Quantity; words: string }> = []
  // "7/8 healthy (+350% improvement)": a parenthesis right after the pair.
  const end = pairEnd(text, pair)
  const after = /^[^()\d→]{0,40}?\(/.exec(text.slice(end))
  if (after) {
    const open = end + after[0].length - 1
    const close = closingParen(text, open)
    for (const q of quantities) if (q.start > open && q.end <= close && isStatedChange(q, pair, text)) result.push({ quantity: q, words: clauseAfter(text, q.end) })
  }
  // "from 61 to 3 configs, a 95% reduction", "8s → 2s: 75% faster": a change in the next clause, named as one.
  if (!after) {
    const next = quantities.find((q) => q.start >= end)
    const gap = next ? text.slice(end, next.start) : ''
    const joined = /^[^\d()→]{0,30}?(?:,|:|;|—|–| - )\s*(?:(?:a|an|or|i\.e\.)\s+)?(?:(?:about|around|roughly|nearly|approximately|almost)\s+)?$/.test(gap)
    // "…, down 80%": the word before the number names it as a change.
    const namedBefore = /^[^\d()→]{0,30}?(?:,|:|;|—|–| - )/.test(gap) && CHANGE_BEFORE.test(gap)
    if (next && (joined || namedBefore) && isStatedChange(next, pair, text, gap) && (next.sign || CHANGE_WORD.test(text.slice(next.end)) || next.dimension === 'multiplier' || namedBefore)) {
      result.push({ quantity: next, words: `${namedBefore ? gap : ''} ${clauseAfter(text, next.end)}` })
    }
  }
  // "Signups rose 30%, from 1,000 to 1,200": a change named just before the pair.
  const prior = [...quantities].reverse().find((q) => q.end <= firstStart(pair))
  if (prior && /^\s*(?:[,:;—–]\s*)?(?:from\s+)?$/.test(text.slice(prior.end, firstStart(pair)))) {
    const lead = text.slice(Math.max(0, prior.start - 40), prior.start)
    if (CHANGE_BEFORE.test(lead) && isStatedChange(prior, pair, text, lead)) result.push({ quantity: prior, words: lead })
  }
  result.push(...wordMultipliers(text, pair))
  // "-43% latency improvement (P95: 420ms → 240ms)": a change right before a parenthesis holding the pair.
  const open = text.lastIndexOf('(', firstStart(pair))
  if (open >= 0 && !text.slice(open, firstStart(pair)).includes(')') && closingParen(text, open) >= lastEnd(pair)) {
    const lead = [...quantities].reverse().find((q) => q.end <= open)
    const between = lead ? text.slice(lead.end, open) : ''
    // "-43% latency improvement (…)" names the change after it, "cut by 60% (…)" before it.
    if (lead && /^[^\d()]{0,40}$/.test(between)) {
      const before = text.slice(Math.max(0, lead.start - 40), lead.start)
      // The words that name the change are its words: those after it, or those before it when none follow.
      const words = isStatedChange(lead, pair, text, between) ? between : /^\s*$/.test(between) && isStatedChange(lead, pair, text, before) ? before : null
      if (words !== null) result.push({ quantity: lead, words })
    }
  }
  return result
}

/** "p95 halved from 12 ms to 8 ms", "1.5 GB → 3 GB (doubled)": a ratio named by a word, next to the pair. */
function wordMultipliers(text: string, pair: Pair): Array<{ quantity: Quantity; words: string }> {
  const result: Array<{ quantity: Quantity; words: string }> = []
  for (const match of text.matchAll(MULTIPLIER_WORD)) {
    const start = match.index
    const end = start + match[0].length
    const leads = end <= firstStart(pair) && /^\s*(?:from\s+|:\s*|\(\s*|[-–—]\s*)?$/.test(text.slice(end, firstStart(pair)))
    const follows = start >= lastEnd(pair) && /^\s*(?:[,;:(—–-]\s*)?$/.test(text.slice(lastEnd(pair), start))
    if (!leads && !follows) continue
    const factor = MULTIPLIER_WORDS[match[0].toLowerCase()] as number
    result.push({
      quantity: {
        // A word names the ratio loosely: "doubled" is read as about 2× (±10%).
        start, end, digitsStart: start, digitsEnd: end, raw: match[0], written: factor, value: factor, factor: 1, decimals: 1,
        dimension: 'multiplier', unitSymbol: '×', sign: null, approx: true, bound: null, rangeHigh: null, word: true
      },
      words: match[0]
    })
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
  const changeColumns = changeColumnsOf(table)
  let beforeColumn = columnIndex(table, BEFORE_HEADER, [AFTER_HEADER, CHANGE_HEADER])
  let afterColumn = columnIndex(table, AFTER_HEADER, [BEFORE_HEADER, CHANGE_HEADER])
  // "| Metric | 4.11 | 4.12 | Change |", "| Team | Q2 | Q3 | Change |": the two columns of values
  // between the names and the change are its before and after, in the order read.
  if ((beforeColumn < 0 || afterColumn < 0) && changeColumns[0] === 3 && pairedColumns(table, tokens, 1, 2)) [beforeColumn, afterColumn] = [1, 2]
  if (beforeColumn < 0 || afterColumn < 0) return []
  return changeColumns.flatMap((changeColumn) => changeCells(table, tokens, beforeColumn, afterColumn, changeColumn))
}

const NEUTRAL_CHANGE_HEADER = /\b(?:change|delta|diff|difference)\b|Δ/i

/**
 * The column that says how each row changed; where several do ("Saving ($/mo) | Change",
 * "Δ $ | Δ %"), the ones that name the change itself, not a saving or a gain, which may be written
 * the other way round.
 */
function changeColumnsOf(table: TableInfo): number[] {
  const only = columnIndex(table, CHANGE_HEADER, [BEFORE_HEADER, AFTER_HEADER])
  if (only >= 0) return [only]
  const named = table.header.flatMap((cell, c) => (CHANGE_HEADER.test(cell.text) && !BEFORE_HEADER.test(cell.text) && !AFTER_HEADER.test(cell.text) ? [c] : []))
  return named.filter((c) => NEUTRAL_CHANGE_HEADER.test(table.header[c]?.text ?? ''))
}

function changeCells(table: TableInfo, tokens: ClaimContext['tokens'], beforeColumn: number, afterColumn: number, changeColumn: number): Claim[] {
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

// "4.11.x", "v2", "Q3", "FY2024", "March", "Sprint 12", "Last week": a column header that names a
// time or a release. Two such columns side by side are the same thing at two times; two named
// otherwise ("Python", "Rust"; "Monthly", "Annual") are two things, which a change may compare either way.
const TIME_OR_RELEASE = new RegExp(`^(?:v?\\d+(?:\\.(?:\\d+|x))+|v\\d+|(?:q[1-4]|h[12])(?:\\s*(?:fy)?'?\\d{2,4})?|(?:fy\\s*)?(?:19|20)\\d\\d|(?:${MONTH_NAME})(?:\\s+(?:19|20)\\d\\d)?|(?:week|wk|sprint|w|run|release|phase)\\s*\\d+|(?:last|previous|prior|this|current)\\s+(?:week|month|quarter|sprint|release|year|run)|yesterday|today)$`, 'i')
const EARLIER_WORD = /^(?:last|previous|prior|yesterday)\b/i
const LATER_WORD = /^(?:this|current|today)\b/i

/** Whether header `a` names an earlier time or release than header `b`. */
function earlierThan(a: string, b: string): boolean {
  if (EARLIER_WORD.test(a) || LATER_WORD.test(b)) return EARLIER_WORD.test(a) && LATER_WORD.test(b)
  const monthOf = (h: string) => MONTHS.findIndex((m) => h.toLowerCase().startsWith(m))
  const numbers = (h: string) => [...h.matchAll(/\d+/g)].map((m) => Number(m[0]))
  const [x, y] = [numbers(a), numbers(b)]
  if (x.length === 0 && y.length === 0) return monthOf(a) >= 0 && monthOf(a) < monthOf(b)
  for (let k = 0; k < Math.min(x.length, y.length); k++) if (x[k] !== y[k]) return (x[k] as number) < (y[k] as number)
  return false
}

/** Whether two columns are one thing at two times, earlier first, holding values of one kind in most rows. */
function pairedColumns(table: TableInfo, tokens: ClaimContext['tokens'], first: number, second: number): boolean {
  const [a, b] = [cleanLabel(table.header[first]?.text ?? ''), cleanLabel(table.header[second]?.text ?? '')]
  if (!TIME_OR_RELEASE.test(a) || !TIME_OR_RELEASE.test(b) || !earlierThan(a, b)) return false
  const paired = table.rows.filter((row) => {
    const before = row[first] && cellOperand(row[first].text, tokens(row[first]))
    const after = row[second] && cellOperand(row[second].text, tokens(row[second]))
    return before && after && sameKind(before, after)
  })
  return paired.length * 2 > table.rows.length
}

const AGAINST = /\b(?:than|vs\.?|versus|compared (?:to|with)|relative to)\s+(\S[^,;()]*)/i

/** Whether the words after a change name what it is measured against, and that is not the baseline. */
function againstAnother(after: string, baselineLabel: string): boolean {
  const named = AGAINST.exec(after)?.[1]?.trim().toLowerCase()
  if (named === undefined) return false
  return !/\b(?:baseline|reference|control)\b/.test(named) && !(baselineLabel !== '' && named.includes(baselineLabel.toLowerCase()))
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
    // "10x faster than SHA-NI": a change against another row, which the cell names, not the baseline.
    if (againstAnother(changeCell.text.slice(change.end), cleanLabel(baseline[0]?.text ?? ''))) continue
    const claim = claimOf(changeCell, { before, after }, change, clauseAfter(changeCell.text, change.end), `${row[0]?.text ?? ''} ${table.header[column]?.text ?? ''}`)
    claims.push({
      ...claim, binding: 'structural', about: cleanLabel(row[0]?.text ?? '') || claim.about,
      reading: `${after.raw} against the baseline ${before.raw} (${cleanLabel(baseline[0]?.text ?? '')}), stated change ${change.raw}`
    })
  }
  return claims
}
