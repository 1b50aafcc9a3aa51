// Rankings: a table with a rank column, or a list whose items carry a rank (an ordered list under a
// heading or lead-in that says it ranks, medals, "1st"), each entry with one value of the key the
// ranking follows. The rank-order rule checks that the ranks agree with the values.
import type { Quantity } from '../extract/quantity.js'
import type { HeadingInfo, ListItemInfo, ReportDocument, TableInfo } from '../parse/document.js'
import type { TextUnit } from '../parse/text-unit.js'
import { cleanLabel, normalizeLabel } from '../extract/labels.js'
import { polarityOf } from '../check/policy.js'
import { basisOf, directionOf, rankingPolarity, readRankCell, readRankPrefix, saysRanking, UNRANKED, type RankMark } from './rank-marks.js'
import type { ClaimContext } from './context.js'
import type { Binding, Claim, RankedEntry, RankOrderClaim } from './model.js'

// A column headed as the rank ("Rank", "Overall rank", "Position", "Place") holds ranks by itself;
// "#" and "No." number rows, and are ranks only where the text says it ranks.
const RANK_HEADER = /^(?:overall |final |current )?(?:rank|ranking|position|pos\.?|place|placing|standing)$|^(?:🏆|🏅|medal)$/iu
const INDEX_HEADER = /^(?:#|no\.?|nr\.?|n°|)$/i
// Columns about ranks that are not the ranking's key ("Rank change", "Δ rank", "Prev. rank").
const ABOUT_RANK = /\brank|\bposition\b|Δ/i
// The aggregate a ranking is often built from: an average rank ranks lower first.
const AGGREGATE_RANK = /^(?:avg\.?|average|mean|median)\s+rank(?:ing)?$/i
// Columns whose numbers name things or times rather than measure them.
const NOT_A_KEY = /\b(?:version|ver|release|released|date|year|since|founded|created|updated|id|port|issue|ticket|pr|commit|build|sprint|phase|week|day|line|row|step|index)\b/i
// Columns a ranking is named after when the text names none.
const KEY_HEADER = /^(?:(?:total|overall|final|avg\.?|average|mean|composite|weighted)\s+)?(?:score|total|overall|points|pts|rating)(?:\s*\(.*\))?$/i
const NOT_APPLICABLE = /^(?:[-–—]+|n\/?a|na|tbd|tba|null|none|dnf|dq|dsq|—|\?|unknown|pending|)$/i
const TIE_WORDS = /\b(?:tied?|ties|joint)\b/i

/** An entry's name as written, without emphasis ("/export" keeps its slash). */
const nameOf = (text: string) => text.replace(/[*_`]+/g, '').replace(/\s+/g, ' ').trim().slice(0, 60)

export function readRankings(context: ClaimContext): Claim[] {
  const claims: Claim[] = []
  for (const table of context.doc.tables) {
    const claim = tableRanking(context, table)
    if (claim) claims.push(claim)
  }
  for (const items of context.doc.lists) {
    const claim = listRanking(context, items)
    if (claim) claims.push(claim)
  }
  return claims
}

/** The text that may say a table or list ranks: its lead-in and its heading, nearest first. */
function cueLines(headings: HeadingInfo[], leadIns: Array<string | undefined>): string[] {
  return [...leadIns, headings[headings.length - 1]?.unit.text].filter((t): t is string => typeof t === 'string' && t.length > 0)
}

/** The last line of the paragraph right before a table. */
function tableLeadIn(doc: ReportDocument, table: TableInfo): string | undefined {
  const at = doc.blocks.findIndex((b) => b.kind === 'table' && b.table === table)
  const before = at > 0 ? doc.blocks[at - 1] : undefined
  return before?.kind === 'paragraph' ? before.lines[before.lines.length - 1]?.text : undefined
}

interface Cue {
  ranking: boolean
  /** The basis the text names, from the nearest line that names one. */
  basis: { basis: string; judgement: boolean } | null
  text: string
}

function cueOf(lines: string[]): Cue {
  return { ranking: lines.some(saysRanking), basis: lines.map(basisOf).find((b) => b !== null) ?? null, text: lines.join('\n') }
}

/** A cell that holds one value and little else ("88", "**0.87** ⭐", "120 ms"); 'na' for "N/A" and "—". */
function valueOfCell(context: ClaimContext, cell: TextUnit | undefined): Quantity | 'na' | null {
  if (!cell) return null
  if (NOT_APPLICABLE.test(cleanLabel(cell.text))) return 'na'
  const tokens = context.tokens(cell)
  const values = tokens.quantities.filter((q) => !q.word)
  if (values.length !== 1 || tokens.fractions.length > 0) return null
  const q = values[0] as Quantity
  const rest = (cell.text.slice(0, q.start) + cell.text.slice(q.end)).replace(/[*_`()[\]~≈]/g, '')
  // "1st (1.70)" holds a rank and a value; "6–8 h effort, out of scope" is a note.
  if (/\d/.test(rest) || (rest.match(/\p{L}/gu) ?? []).length > 12) return null
  return q
}

function sameDimension(values: Quantity[]): boolean {
  return values.every((q) => q.dimension === (values[0] as Quantity).dimension)
}

const looksLikeYears = (values: Quantity[]) => values.every((q) => q.dimension === 'count' && Number.isInteger(q.written) && q.written >= 1900 && q.written <= 2100)

/** Do a column's header and the basis the text names speak of the same thing ("Monthly Cost" / "total monthly cost")? */
function namesColumn(header: string, basis: string): boolean {
  const h = normalizeLabel(header).split(' ').filter(Boolean)
  const b = normalizeLabel(basis).split(' ').filter(Boolean)
  if (h.length === 0 || b.length === 0) return false
  return h.every((w) => b.includes(w)) || b.every((w) => h.includes(w))
}

interface RankColumn {
  index: number
  marks: Array<RankMark | typeof UNRANKED>
  /** Headed as the rank, or holding medals: a rank column by itself. */
  explicit: boolean
}

function rankColumnOf(table: TableInfo, cue: Cue): RankColumn | null {
  for (let c = 0; c < table.header.length; c++) {
    const header = cleanLabel(table.header[c]?.text ?? '')
    const marks = table.rows.map((row) => readRankCell(row[c]?.text ?? ''))
    if (marks.some((m) => m === null)) continue
    const ranked = marks.filter((m): m is RankMark => m !== UNRANKED && m !== null)
    if (ranked.length < 2) continue
    const medals = ranked.some((m) => m.form === 'medal')
    const ordinals = ranked.every((m) => m.form !== 'number')
    if (RANK_HEADER.test(header) || medals || (header === '' && ordinals)) return { index: c, marks: marks as RankColumn['marks'], explicit: true }
    if (cue.ranking && (INDEX_HEADER.test(header) || ordinals)) return { index: c, marks: marks as RankColumn['marks'], explicit: false }
  }
  return null
}

interface KeyColumn {
  index: number
  label: string
  named: boolean
}

function keyColumnOf(context: ClaimContext, table: TableInfo, rank: RankColumn, cue: Cue): KeyColumn | null {
  const rankedRows = table.rows.filter((_, r) => rank.marks[r] !== UNRANKED)
  const numeric: number[] = []
  for (let c = 0; c < table.header.length; c++) {
    if (c === rank.index) continue
    const header = cleanLabel(table.header[c]?.text ?? '')
    if ((ABOUT_RANK.test(header) && !AGGREGATE_RANK.test(header)) || NOT_A_KEY.test(header)) continue
    const cells = rankedRows.map((row) => valueOfCell(context, row[c]))
    if (cells.some((v) => v === null)) continue
    const values = cells.filter((v): v is Quantity => v !== 'na' && v !== null)
    if (values.length < 2 || !sameDimension(values) || looksLikeYears(values)) continue
    numeric.push(c)
  }
  const header = (c: number) => cleanLabel(table.header[c]?.text ?? '')
  if (cue.basis) {
    // A ranking by something no column holds (a judgement, a composite) cannot be checked.
    const all = table.header.map((_, c) => c).filter((c) => c !== rank.index && namesColumn(header(c), (cue.basis as { basis: string }).basis))
    if (all.length !== 1 || !numeric.includes(all[0] as number)) return null
    return { index: all[0] as number, label: header(all[0] as number), named: true }
  }
  const named = numeric.filter((c) => KEY_HEADER.test(header(c)) || AGGREGATE_RANK.test(header(c)))
  if (named.length === 1) return { index: named[0] as number, label: header(named[0] as number), named: true }
  if (named.length > 1 || numeric.length !== 1) return null
  return { index: numeric[0] as number, label: header(numeric[0] as number), named: false }
}

/** The column that names the entries: the first text column that is neither the rank nor the key. */
function nameColumnOf(context: ClaimContext, table: TableInfo, skip: number[]): number | null {
  for (let c = 0; c < table.header.length; c++) {
    if (skip.includes(c)) continue
    if (table.rows.some((row) => valueOfCell(context, row[c]) === null)) return c
  }
  return null
}

function keyPolarity(context: ClaimContext, key: string): 1 | -1 | 0 {
  return polarityOf(key, context.policy) || rankingPolarity(key)
}

/**
 * Ranks that start again (1, 2, 3, 1, 2) rank within groups, and the groups are not told apart by
 * the rank alone; a shared rank is a tie only among neighbours.
 */
function ranksRestart(ranks: number[]): boolean {
  const sorted = ranks.every((r, i) => i === 0 || (ranks[i - 1] as number) <= r)
  return !sorted && new Set(ranks).size < ranks.length
}

function claimOf(entries: RankedEntry[], key: string, named: boolean, direction: 1 | -1 | 0, tiesMarked: boolean, binding: Binding): RankOrderClaim | null {
  if (entries.length < 2 || ranksRestart(entries.map((e) => e.rank))) return null
  const ordered = entries.map((e, i) => [e, i] as const).sort((a, b) => a[0].rank - b[0].rank || a[1] - b[1]).map(([e]) => e)
  const shown = ordered.slice(0, 5).map((e) => `${e.rank} ${e.name} (${e.value.raw})`)
  return {
    kind: 'rank-order', at: (ordered[0] as RankedEntry).place, binding, key, entries: ordered, direction, named, tiesMarked,
    about: `the ranking by ${key}`, reading: `${shown.join(', ')}${ordered.length > 5 ? ', …' : ''}`
  }
}

function tableRanking(context: ClaimContext, table: TableInfo): RankOrderClaim | null {
  if (table.rows.length < 2) return null
  const cue = cueOf(cueLines(table.headings, [tableLeadIn(context.doc, table)]))
  const rank = rankColumnOf(table, cue)
  if (!rank) return null
  const key = keyColumnOf(context, table, rank, cue)
  if (!key) return null
  const nameColumn = nameColumnOf(context, table, [rank.index, key.index])
  const entries: RankedEntry[] = []
  let tiesMarked = TIE_WORDS.test(cue.text)
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r] as TextUnit[]
    const mark = rank.marks[r]
    if (!mark || mark === UNRANKED) {
      // A row of its own between ranked rows (a group's title) splits the table into groups.
      const title = row.every((cell, c) => c === nameColumn || cell.text.trim() === '')
      if (title && entries.length > 0 && r < table.rows.length - 1) return null
      continue
    }
    const value = valueOfCell(context, row[key.index])
    if (value === null || value === 'na') continue
    if (mark.tied || row.some((cell) => TIE_WORDS.test(cell.text))) tiesMarked = true
    const cell = row[key.index] as TextUnit
    const name = nameColumn === null ? `row ${r + 1}` : nameOf(row[nameColumn]?.text ?? '') || `row ${r + 1}`
    entries.push({ name, rank: mark.rank, value, place: { unit: cell, start: value.start, end: value.end } })
  }
  if (!sameDimension(entries.map((e) => e.value))) return null
  const direction = directionOf(cue.text, keyPolarity(context, key.label))
  // The rank column and one key bind by structure; a numbered "#" column, or a direction the text
  // does not give, is a weaker reading.
  const binding: Binding = rank.explicit && direction !== 0 ? 'structural' : 'weak'
  return claimOf(entries, key.label, key.named, direction, tiesMarked, binding)
}

// Kinds of value a ranking's basis may name without naming the value's own words.
const BASIS_DIMENSIONS: Array<[RegExp, string]> = [
  [/\b(?:latency|latencies|time|duration|p\d{2}|response|speed|runtime)\b/i, 'duration'],
  [/\b(?:cost|costs|price|spend|spending|budget)\b/i, 'money'],
  [/\b(?:size|memory|footprint|bundle)\b/i, 'bytes']
]

/** Does the basis the text names describe the items' values: its words in every item, or the kind of value it names? */
function basisFitsItems(basis: string, texts: string[], values: Quantity[]): boolean {
  const words = normalizeLabel(basis).split(' ').filter((w) => w.length > 2)
  if (words.length > 0 && texts.every((t) => words.some((w) => t.toLowerCase().includes(w)))) return true
  return BASIS_DIMENSIONS.some(([pattern, dimension]) => pattern.test(basis) && values.every((q) => q.dimension === dimension))
}

/** The words right after an item's value ("92 points", "91% accuracy"): what it measures. */
function valueLabel(text: string, value: Quantity): string {
  const after = /^\s*([A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*)?)/.exec(text.slice(value.end))?.[1]
  return after && !/^(?:and|or|with|vs|in|on|at|to|from|by|for|the|a|an)\b/i.test(after) ? after : ''
}

// A separator or verb that leads from a name to its value, at the end of the name.
const TRAILING_LINK = /(?:[:—–=(,]|-|\bwith|\bat|\bscored|\bscoring|\bscores|\bhas|\bwas|\bis)$/i

/** "Alpha — scored", "Beta:": the name without the links to its value (a loop: one pattern anchored at the end with repeats backtracks). */
function withoutTrailingLink(label: string): string {
  let name = label.trimEnd()
  for (let match = TRAILING_LINK.exec(name); match && name.length > 0; match = TRAILING_LINK.exec(name)) {
    // "-" links only as "- " (a dash before a space), not inside a name such as "gpt-4".
    if (match[0] === '-' && !/\s-$/.test(name) && name.length > 1) break
    name = name.slice(0, match.index).trimEnd()
  }
  return name.trim()
}

/** An item's name: its text up to the value, without the separators and verbs that lead to it. */
function itemName(text: string, from: number, value: Quantity): string {
  const name = withoutTrailingLink(cleanLabel(text.slice(from, value.start)))
  return name.length > 0 ? name.slice(0, 60) : cleanLabel(text.slice(value.end)).slice(0, 60)
}

function listRanking(context: ClaimContext, items: ListItemInfo[]): RankOrderClaim | null {
  if (items.length < 2) return null
  const first = items[0] as ListItemInfo
  const cue = cueOf(cueLines(first.headings, [first.leadIn?.text, first.parent?.lines[0]?.text]))
  if (cue.basis?.judgement) return null
  const entries: RankedEntry[] = []
  const texts: string[] = []
  let medals = false
  let tiesMarked = TIE_WORDS.test(cue.text)
  let label = ''
  for (const item of items) {
    const unit = item.lines[0]
    if (!unit) return null
    const prefix = readRankPrefix(unit.text)
    const mark: RankMark | null = prefix?.mark ?? (item.number === null ? null : { rank: item.number, tied: false, form: 'number' })
    if (!mark) return null
    if (mark.form === 'medal' || prefix?.place) medals = true
    if (mark.tied || TIE_WORDS.test(unit.text)) tiesMarked = true
    const from = prefix?.end ?? 0
    const tokens = context.tokens(unit)
    const values = tokens.quantities.filter((q) => !q.word && q.start >= from)
    if (values.length === 0 && /\bn\/?a\b/i.test(unit.text)) continue
    if (values.length !== 1 || tokens.fractions.length > 0) return null
    const value = values[0] as Quantity
    label ||= valueLabel(unit.text, value)
    texts.push(unit.text)
    entries.push({ name: itemName(unit.text, from, value), rank: mark.rank, value, place: { unit, start: value.start, end: value.end } })
  }
  // Numbers before items are steps unless the text ranks; medals and "1st place" rank by themselves.
  if (!cue.ranking && !medals) return null
  if (entries.length < 2 || !sameDimension(entries.map((e) => e.value))) return null
  if (cue.basis && !basisFitsItems(cue.basis.basis, texts, entries.map((e) => e.value))) return null
  const key = cue.basis?.basis ?? label
  const direction = directionOf(cue.text, key ? keyPolarity(context, key) : 0)
  return claimOf(entries, key || 'value', Boolean(cue.basis), direction, tiesMarked, 'weak')
}
