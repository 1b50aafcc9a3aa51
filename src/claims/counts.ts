// A count stated for what follows it, and what it is compared with: the items of the list (or the
// numbered sections) that follow, the names listed after a colon, or, when each of those carries a
// count of its own, the sum of their counts.
import type { Quantity } from '../extract/quantity.js'
import type { TextUnit } from '../parse/text-unit.js'
import type { BlockInfo, HeadingInfo, ListItemInfo, TableInfo } from '../parse/document.js'
import { countedWords, leadingCount, mentionsAny, mentionsAnyInPlural } from './counting.js'
import { singular } from '../extract/labels.js'
import { colonCount, dashCount, leadInCount, openingCount, parenthesisedCount, type StatedCount } from './stated-count.js'
import type { ClaimContext } from './context.js'
import type { Claim, CountItemsClaim, Part, Place } from './model.js'

// An item that is a note about the list, not one of its things.
const NOTE_ITEM = /^[\s*_]*(?:note\b|nb\b|(?:ℹ️?|💡|📝)[\s*_]*(?:note|nb|tip|info|hint)\b)/iu
// A memo mark before a sentence is a note; before a name ("📝 `NOTES.md` - new") it marks one of the things.
const NOTE_MARK = /^[\s*_]*(?:ℹ️?|💡|📝)/u
// An item that is a field of a record ("**Status**: done", "Location: …"): the list describes, it does not enumerate.
const FIELD_ITEM = /^[\s*_]*(?:status|note|notes|result|results|issue|issues|details|location|root cause|cause|impact|action|owner|priority|effort|risk|reason|why|fix|solution|outcome|evidence|summary|description|purpose|goal|scope)[\s*_]*:/i
// Items that tell what to do ("Replace quotes with …") are steps, not the things a count names,
// unless the count is of steps.
const INSTRUCTION = /^[\s*_]*(?:add|replace|fix|update|remove|use|create|implement|run|check|ensure|move|rename|refactor|configure|install|set|enable|disable|write|review|migrate|document|deploy|verify|investigate|consider|avoid|make|keep|wrap|convert|extract|split|merge|upgrade|pin|cache|escape)\b/i
const STEP_NOUN = /^(?:task|step|action|fix|todo|change|item|recommendation|suggestion|instruction|next|improvement)$/
const RECORD_FIELD = /^[\s*_]*\p{Lu}?\p{Ll}+(?: \p{Ll}+)?[\s*_]*:/u
// "…", "etc.", "(+8 more)", "and more": the list shows some of the things, not all.
const ELLIPSIS = /^[\s*_.…-]*(?:\.\.\.|…|etc\.?|and more|and others)|(?:\.\.\.|…|\betc\.?|\band more)[\s*_)]*$/iu
const MORE = /(?:\+|\bplus|\band)\s*(\d+)\s+more\b[\s)]*$/i
// Things a report usually lists by area rather than one by one.
const GROUPED_NOUN = /^(?:test|case|check|assertion|scenario|spec|example|requirement|criterion|criteria|rule|step|item|change|fix|improvement|feature|update|issue|bug|point)$/
// Nouns for measurements and figures: a list of "Label: value" items can count these.
const FIGURE_NOUN = /^(?:metric|kpi|stat|statistic|figure|number|measurement|result|finding|indicator)$/
// A section of key, main or example things shows a selection of each group it lists.
const SELECTION_HEADING = /\b(?:key|main|notable|selected|highlights?|examples?|samples?|featured|major|top|important)\b|关键|主要|重点|示例/iu

// An item marked as optional or extra: "Desktop check (optional)", "(bonus)", "（可选）".
const OPTIONAL_ITEM = /[(（]\s*(?:optional|bonus|extra|stretch goal|nice to have|可选|選填|任意)\s*[)）]/iu
// "*(from previous work)*", "(already merged)": an item the list carries over from before.
const EARLIER_ITEM = /[(（][\s*_]*(?:from\s+(?:a\s+|the\s+)?(?:previous|earlier|prior|last)\b|already\b|carried over\b|pre-?existing\b)[^)）(（]*[)）]/iu

/** Most miscounts are off by one or two; a list far shorter than its count is a sample or a set of groups. */
const farApart = (count: number, items: number) => Math.abs(count - items) > Math.max(2, count / 2)

export function readCounts(context: ClaimContext): Claim[] {
  const { doc } = context
  const claims: Claim[] = []
  for (const heading of doc.headings) claims.push(...fromHeading(context, heading))
  claims.push(...fromLeadIns(context, doc.blocks))
  for (const list of doc.lists) for (const item of list) claims.push(...fromItem(context, item))
  for (const list of doc.lists) claims.push(...fromNamesAfterColon(context, list.flatMap((item) => item.lines.slice(0, 1).map((unit) => ({ unit, plain: item.plain.split('\n')[0] ?? unit.text })))))
  for (const block of doc.blocks) if (block.kind === 'paragraph') claims.push(...fromNamesAfterColon(context, block.lines.map((unit) => ({ unit, plain: unit.text }))))
  return claims
}

function ancestors(heading: HeadingInfo): HeadingInfo[] {
  const above: HeadingInfo[] = []
  for (let h = heading.parent; h; h = h.parent) above.push(h)
  return above
}

/**
 * "### Agents (6)", "### Search (12)", "### Skills (2)" over lists of one, three and one test files:
 * where most sibling headings' counts differ from the lists right under them, and one by far, the
 * series counts something the lists do not enumerate (tests in each file, failures of each suite).
 */
function countsSomethingElse(context: ClaimContext, heading: HeadingInfo): boolean {
  const siblings = heading.parent ? heading.parent.subheadings : context.doc.headings.filter((h) => h.parent === null && h.depth === heading.depth)
  const compared = siblings.flatMap((h) => {
    const stated = parenthesisedCount(h.unit.text, context.tokens(h.unit))
    const count = stated?.count.written
    const first = h.body[0]
    if (first?.kind === 'list' && stated && carryCounts(context, first.items, stated.nouns)) return []
    const shown = first?.kind === 'list' ? first.items.length : first?.kind === 'table' ? first.table.rows.length : undefined
    return count === undefined || shown === undefined ? [] : [{ same: count === shown, far: farApart(count, shown) }]
  })
  // Counts each a little off ("(13)" over 14, "(15)" over 16) are miscounts of the items; one far off
  // ("(31)" over four bullets) says the series counts something else.
  return compared.length >= 3 && compared.filter((c) => c.same).length * 2 < compared.length && compared.some((c) => c.far)
}

/** Whether every item opens with a count of its own ("**Datetime** (60 tests)"): groups of the counted things. */
function carryCounts(context: ClaimContext, items: ListItemInfo[], nouns: string[]): boolean {
  return items.length > 0 && items.every((i) => i.lines[0] !== undefined && ownCount(context, i.lines[0], nouns) !== null)
}

function fromHeading(context: ClaimContext, heading: HeadingInfo): Claim[] {
  const unit = heading.unit
  const tokens = context.tokens(unit)
  // "## This release includes 6 fixes:": a title written as a lead-in.
  const stated = parenthesisedCount(unit.text, tokens) ?? openingCount(unit.text, tokens) ?? colonCount(unit.text, tokens) ?? dashCount(unit.text, tokens) ?? (/:\s*$/.test(unit.text) ? leadInCount(unit.text, tokens) : null)
  if (!stated || stated.count.written === 0) return []
  // The list must follow the heading directly: a list under its own lead-in ("Ready:") is a part.
  const first = heading.body[0]
  // Items that each carry their own count ("Datetime (60 tests)") are groups whose counts add up to the heading's.
  if (first?.kind === 'table' || (first?.kind === 'list' && !carryCounts(context, first.items, stated.nouns))) {
    if (countsSomethingElse(context, heading)) return []
  }
  if (first?.kind === 'list') return compareWithItems(context, unit, stated, first.items, 'list items', ancestors(heading))
  if (first?.kind === 'table') return compareWithRows(unit, stated, first.table)
  if (heading.body.some((b) => b.kind === 'list' || b.kind === 'table')) return []
  const subs = heading.subheadings
  if (subs.length < 2) return []
  // Sub-sections that each state their own count: the heading's count is their sum.
  const counted = subs.map((s) => parenthesisedCount(s.unit.text, context.tokens(s.unit)))
  if (counted.every((c) => c !== null)) {
    const own = counted as StatedCount[]
    if (scoresOutOfOneMaximum(stated, own)) return []
    const parts = own.map((c, i) => ({ quantity: c.count, place: placeOf((subs[i] as HeadingInfo).unit, c.count) }))
    return [sumClaim(unit, stated, parts, 'sub-sections')]
  }
  // Sub-sections that each hold just a list: the heading counts the items of all of them.
  const lists = subs.map((s) => (s.subheadings.length === 0 && s.body[0]?.kind === 'list' && s.body.slice(1).every((b) => b.kind === 'other') ? s.body[0].items : null))
  if (lists.every((l) => l !== null)) {
    // "## Pattern Recognition (15 files analyzed)" over sub-sections of patterns: the parenthesis counts
    // something beside the section's subject, which neither its title nor the sub-sections name.
    const sideCount = stated.named && !stated.status && !mentionsAny(stated.label, stated.nouns) && !subs.every((s) => mentionsAny(s.unit.text, stated.nouns) || mentionsAnyInPlural(s.unit.text, stated.nouns))
    if (sideCount) return []
    return compareWithItems(context, unit, stated, (lists as ListItemInfo[][]).flat(), 'list items in its sub-sections', ancestors(heading))
  }
  // "#### Search endpoints" over a list, under "### Endpoints (10)": sub-sections named by the counted
  // thing in the plural, each opening with a list, are groups of those things, not one each.
  if (subs.every((s) => s.body[0]?.kind === 'list' && mentionsAnyInPlural(s.unit.text, stated.nouns))) return []
  // Numbered sub-sections, or sub-sections that each name the counted thing, are its items.
  const leaves = subs.every((s) => s.subheadings.length === 0)
  const enumerated = subs.every((s, i) => new RegExp(`^\\D{0,4}${i + 1}[.)]\\s`).test(s.unit.text)) || (stated.nouns.length > 0 && subs.every((s) => mentionsAny(s.unit.text, stated.nouns)))
  if (!leaves || !enumerated) return []
  if (stated.of && !stated.status) return []
  return [countClaim(unit, stated, subs.length, 'sub-sections', subs[0]?.unit)]
}

const SUMMARY_ROW = /^[\s*_]*(?:total|totals|sum|grand total|overall|average|avg|mean|median|min|max)\b/i

/**
 * "### Files Changed (3)" over a table whose first column is headed "File": the rows are the
 * counted things only when the first column names them.
 */
function compareWithRows(unit: TextUnit, stated: StatedCount, table: TableInfo): Claim[] {
  const words = (text: string) => (text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).map(singular)
  const counted = new Set([...stated.nouns, ...words(stated.label)])
  const first = table.header[0]?.text ?? ''
  // "## Carried over (3)" right over a table: a bare count in a heading counts what the table lists.
  const bare = /\(\s*\d+\s*\)[\s*_]*$/.test(unit.text)
  if (stated.of || !(bare || words(first).some((w) => counted.has(w)))) return []
  // A row named only in code ("| `internal/catalog` | 100% |") is one of the things.
  const rows = table.rows.filter((row, r) => !SUMMARY_ROW.test(row[0]?.text ?? '') && table.named[r] === true)
  const claim = countClaim(unit, stated, rows.length, 'table rows', rows[0]?.[0])
  if (rows.length < stated.count.written && !claim.doubt && rows.some((row) => namesSeveral(row[0]?.text ?? ''))) claim.doubt = 'a row may stand for several'
  return [claim]
}

/** "(7/10)" over "(9/10)", "(5/10)": scores out of one maximum, which do not add up. */
function scoresOutOfOneMaximum(stated: StatedCount, parts: StatedCount[]): boolean {
  return stated.of !== null && parts.every((p) => p.of !== null && p.of.written === (stated.of as Quantity).written)
}

function fromLeadIns(context: ClaimContext, blocks: BlockInfo[]): Claim[] {
  const claims: Claim[] = []
  for (let i = 0; i + 1 < blocks.length; i++) {
    const block = blocks[i] as BlockInfo
    const next = blocks[i + 1] as BlockInfo
    if (block.kind !== 'paragraph' || (next.kind !== 'list' && next.kind !== 'table')) continue
    const last = block.lines[block.lines.length - 1]
    const stated = last && leadInCount(last.text, context.tokens(last))
    if (!last || !stated || stated.count.written === 0) continue
    if (next.kind === 'table') claims.push(...compareWithRows(last, stated, next.table))
    else claims.push(...compareWithItems(context, last, stated, next.items, 'list items', next.items[0]?.headings ?? []))
  }
  return claims
}

function fromItem(context: ClaimContext, item: ListItemInfo): Claim[] {
  const last = item.lines[item.lines.length - 1]
  if (!last || item.children.length === 0) return []
  // "1 failing test: `test_upload`": the line goes on after the colon in code, so it names its one thing itself.
  const plainLast = item.plain.trimEnd().split('\n').pop() ?? ''
  const stated = /:[\s*_]*$/.test(plainLast) ? leadInCount(last.text, context.tokens(last)) : null
  // A lead-in counts the list right under it; a second list after it ("- Completion: X/8") is something else.
  if (stated) return stated.count.written > 0 ? compareWithItems(context, last, stated, item.childLists[0] ?? [], 'sub-items', item.headings) : []
  // "3 Grafana dashboards deployed" over sub-items: only when every sub-item names the counted thing.
  const head = item.lines[0] as TextUnit
  const count = leadingCount(head.text, context.tokens(head))
  if (!count || count.bound || count.written === 0) return []
  const nouns = countedWords(head.text, count, 2)
  if (nouns.length === 0) return []
  const children = item.children.map((c) => c.lines[0]).filter((l): l is TextUnit => l !== undefined)
  if (children.some((c) => leadingCount(c.text, context.tokens(c)))) return []
  if (!children.every((c) => mentionsAny(c.text, nouns))) return []
  return [countClaim(head, { count, nouns, label: head.text, of: null, status: false }, item.children.length, 'sub-items', children[0])]
}

/** What a list is, as the things a count counts. */
interface ItemsReading {
  /** Items that are things of the list (notes left out), and items that say they stand for several ("(2 tests)"). */
  n: number
  weighted: number
  first?: TextUnit
  /** Each item states its own count of the counted thing: the list is a breakdown. */
  parts: Part[] | null
  /** Why the items may not be one for each counted thing. */
  grouped?: string
  /** How many items are the counted things on another reading: those that name the counted thing, or open with a name. */
  named?: number
  /** The places or kinds the items list in parentheses, in all ("a.sh (linux, mac)" is two): what the count may count. */
  listed?: number
}

/** The count an item states for itself: "(2 tests)", "5 P3 alerts", "Controllers (6/6):". */
function ownCount(context: ClaimContext, unit: TextUnit, nouns: string[]): Quantity | null {
  const tokens = context.tokens(unit)
  const leading = leadingCount(unit.text, tokens)
  if (leading && (nouns.length === 0 || mentionsAny(unit.text.slice(leading.end, leading.end + 40), nouns))) return leading
  const head = unit.text.split(/:\s| [-–—] /)[0] as string
  const label = parenthesisedCount(head, tokens)
  if (label && !label.of && (nouns.length === 0 || label.nouns.length === 0 || label.nouns.some((n) => nouns.includes(n)))) return label.count
  return null
}

/**
 * "bench.sh (linux, mac)", "build.sh (linux)": items that list in a closing parenthesis where or in
 * which kinds they are, and how many those are in all; undefined unless some item lists several.
 */
function listedInParentheses(items: ListItemInfo[]): number | undefined {
  const lists = items.map((i) => /\(([^()]*)\)\s*$/.exec(i.plain.trim())?.[1])
  if (lists.some((list) => list === undefined) || !lists.some((list) => list?.includes(','))) return undefined
  return lists.reduce((sum, list) => sum + (list as string).split(',').length, 0)
}

/** An item that may name several things: "Auth, Billing, Search", "GET/POST", "All config files". */
function maySeveral(item: ListItemInfo): boolean {
  // "Clients (+ detail)": the item and one more; "`a.py` + `b.py` (42KB)", "`run_*.sh`": two, or a pattern of several.
  const name = item.plain.split(/ [-–—] |:\s/)[0] as string
  if (/\(\s*\+/.test(item.plain) || /\s[+&]\s/.test(name) || /\*|\{[^{}]*,/.test(name)) return true
  // "frontend-developer (3 instances)", "worker (x2)": one item that says it is several.
  if (/\(\s*(?:[x×]\s*[2-9]|[2-9]\s*[x×]|\d+\s+(?:instances|copies|replicas))\s*\)/i.test(item.plain)) return true
  return namesSeveral((item.lines[0]?.text ?? '').replace(/\([^()]*\)/g, ''))
}

/**
 * In the words, leaving out code (paths have slashes): "Auth, Billing", "GET/POST", "all config
 * files". A comma or "and" names several when it joins short names, not when it goes on with a
 * sentence ("Replace the log shipper, then retire the box"); single letters joined by a slash name
 * one thing ("A/B variants", "I/O").
 */
function namesSeveral(words: string): boolean {
  if (/\p{L}{2}\/\p{L}{2}/u.test(words) || /\b(?:all|both|various|several|multiple)\b/i.test(words)) return true
  const head = words.split(/[.;!?](?:\s|$)|\s[-–—]\s|:\s/)[0] as string
  const pieces = head.split(/,|\band\b/).map((p) => p.trim().split(/\s+/).filter((w) => w !== ''))
  return pieces.length >= 2 && pieces.every((p) => p.length <= 4)
}

function readItems(context: ClaimContext, all: ListItemInfo[], stated: StatedCount, selection: boolean): ItemsReading | null {
  let items = [...all]
  let extra = 0
  const last = items[items.length - 1]
  const more = last && MORE.exec(last.plain)
  if (more) {
    extra = Number(more[1])
    // "- (plus 7 more)" is not an item itself.
    if (!/\p{L}/u.test(last.plain.slice(0, more.index).replace(/\b(?:and|plus)\b/gi, ''))) items = items.slice(0, -1)
  } else if (items.some((i) => ELLIPSIS.test(i.plain.trim()))) return null
  if (items.some((i) => FIELD_ITEM.test(i.plain))) return null
  if (items.length > 0 && items.every((i) => INSTRUCTION.test(i.plain)) && !stated.nouns.some((n) => STEP_NOUN.test(n))) return null
  // Every item a field of a record ("Email: …", "Password: …"): the list describes one thing.
  if (items.length >= 2 && items.every((i) => RECORD_FIELD.test(i.plain))) return null
  const things = items.filter((i) => !NOTE_ITEM.test(i.plain) && !(NOTE_MARK.test(i.plain) && i.lead === 'text'))
  if (things.length === 0) return null
  // Plain sentences among items that each open with a name in code, bold or a link may be notes
  // ("- These were not in the first run"): the count may be of the named items.
  const leads = new Map<string, number>()
  for (const i of things) leads.set(i.lead, (leads.get(i.lead) ?? 0) + 1)
  const lead = [...leads].find(([kind, n]) => kind !== 'text' && n >= 2 && n * 2 > things.length && n < things.length)
  const openingWithNames = lead ? lead[1] + extra : undefined
  const heads = things.map((i) => i.lines[0])
  // A list of measurements ("Throughput: 120k RPS") describes something; it counts figures only.
  const figures = heads.filter((h) => h && /^[^:]{2,50}:\s*\S/.test(h.text) && context.tokens(h).quantities.length > 0)
  if (figures.length * 2 >= things.length && !stated.nouns.some((n) => FIGURE_NOUN.test(n))) return null
  const counts = heads.map((h) => (h ? ownCount(context, h, stated.nouns) : null))
  const parts = counts.every((c) => c !== null && !c.bound) ? counts.map((c, i) => ({ quantity: c as Quantity, place: placeOf(heads[i] as TextUnit, c as Quantity) })) : null
  const weighted = counts.reduce((sum, c) => sum + (c ? c.written : 1), 0) + extra
  const reading: ItemsReading = { n: things.length + extra, weighted, first: heads.find((h) => h !== undefined), parts, named: openingWithNames, listed: listedInParentheses(things) }
  // "(4 failures)" over "❌ 3 parser tests …" and "❌ 1 cache test …": items that each open with a count of
  // something the count's noun does not name, whose counts make it.
  const opening = heads.map((h) => (h ? leadingCount(h.text, context.tokens(h)) : null))
  if (weighted !== stated.count.written && opening.every((c) => c !== null) && opening.reduce((sum, c) => sum + (c as Quantity).written, 0) + extra === stated.count.written) reading.weighted = stated.count.written
  // Some items name the counted thing and others do not ("Day 1 (2 pages)" over two pages, a
  // component and a notes file): the count may be of those that do.
  const naming = stated.nouns.length > 0 ? things.filter((i) => mentionsAny(i.plain, stated.nouns)).length : 0
  if (naming >= 2 && naming * 2 >= things.length && naming < things.length && reading.named === undefined) {
    reading.named = naming
    reading.grouped = `only ${naming} of the items name ${stated.nouns[stated.nouns.length - 1]}s`
  }
  if (counts.some((c) => c?.bound)) reading.grouped = 'an item stands for several'
  else if (!reading.grouped && things.length + extra < stated.count.written) {
    if (things.some(maySeveral)) reading.grouped = 'an item may stand for several'
    else if (selection) reading.grouped = 'the section shows a selection'
    else if (stated.nouns.some((n) => GROUPED_NOUN.test(n))) reading.grouped = `the items may be groups of ${stated.nouns[stated.nouns.length - 1]}s`
  }
  // "1. run.py", "2-4. state/ (3 modules)", "5. …", "10. …": an ordered list numbered by hand up to the count counts it.
  const lastNumber = writtenNumber(context, items[items.length - 1])
  if (!reading.grouped && lastNumber === stated.count.written && things.length + extra !== lastNumber) reading.grouped = `the items are numbered up to ${lastNumber}`
  for (const [marked, which] of [[OPTIONAL_ITEM, 'the optional items'], [EARLIER_ITEM, 'the items carried over from earlier']] as const) {
    const left = things.filter((i) => marked.test(i.plain)).length
    if (!reading.grouped && left > 0 && things.length + extra - left === stated.count.written) reading.grouped = `the count may leave out ${which}`
  }
  return reading
}

/** The number written before an ordered list's item in the source ("10." of "10. __init__.py"), or null. */
function writtenNumber(context: ClaimContext, item: ListItemInfo | undefined): number | null {
  const first = item?.lines[0]
  if (!first || item?.number === null) return null
  const { source } = context.doc
  const at = first.sourceSpan(0, 1).start
  const marker = /^[ \t>]*(\d{1,4})[.)][ \t]/.exec(source.slice(source.lastIndexOf('\n', at - 1) + 1, at))
  return marker ? Number(marker[1]) : null
}

/**
 * "Single-grain tables (1 column):" over items that name tables: the label names the things listed
 * and the count is of something each has, when no item names what is counted.
 */
function countsAProperty(stated: StatedCount, items: ListItemInfo[]): boolean {
  // A count near the number of items counts the items, one of them perhaps missed.
  if (!stated.named || stated.count.written * 2 > items.length) return false
  const labelNoun = stated.label.trim().split(/\s+/).pop() ?? ''
  if (!/^\p{L}{3,}$/u.test(labelNoun)) return false
  const things = [singular(labelNoun.toLowerCase())]
  return !items.some((i) => mentionsAny(i.plain, stated.nouns)) && items.some((i) => mentionsAny(i.plain, things))
}

function compareWithItems(context: ClaimContext, unit: TextUnit, stated: StatedCount, items: ListItemInfo[], what: string, above: HeadingInfo[]): Claim[] {
  const reading = readItems(context, items, stated, above.some((h) => SELECTION_HEADING.test(h.unit.text)))
  if (!reading || countsAProperty(stated, items)) return []
  const count = stated.count.written
  // Either reading that holds settles it: "8 functions (8 imports…)" counts the items.
  if (reading.n === count || reading.weighted === count || reading.named === count) return [countClaim(unit, stated, count, what, reading.first)]
  if (reading.listed === count && !reading.grouped) reading.grouped = 'the count may be of what the items list in parentheses'
  if (reading.parts && reading.parts.length >= 2) {
    return [sumClaim(unit, stated, reading.parts, 'breakdown below')]
  }
  // In a tally or a score ("Tests (19/20 PASS)", "Code Quality (9/10)") the list is what was tested or
  // scored, not the 19 that passed, unless the label says the items are the ones in that state.
  if (stated.of && !stated.status) return []
  if (reading.n === 1 && count >= 3) return []
  const claim = countClaim(unit, stated, reading.weighted !== reading.n ? reading.weighted : reading.n, what, reading.first)
  if (reading.grouped && !claim.doubt) claim.doubt = reading.grouped
  return [claim]
}

interface NamedCount {
  unit: TextUnit
  stated: StatedCount
  names: number
  /** Most names are phrases of two or more words ("parallel execution"), not names of one thing ("renderer"). */
  phrases: boolean
}

/**
 * "**Unit Tests (8/8)**: util, errors, renderer": a count and the names listed after it on its line
 * (read in the line's plain text, where names in code are kept).
 */
function namesAfterColon(context: ClaimContext, unit: TextUnit, plain: string): NamedCount | null {
  const colon = /:\s+(?=\S)/.exec(unit.text)
  if (!colon) return null
  const stated = parenthesisedCount(unit.text.slice(0, colon.index), context.tokens(unit))
  if (!stated || stated.count.written === 0 || (stated.of && stated.of.written !== stated.count.written)) return null
  const plainColon = /\)[\s*_]*:\s+(?=\S)/.exec(plain)
  let rest = plainColon ? plain.slice(plainColon.index + plainColon[0].length) : unit.text.slice(colon.index + colon[0].length)
  const more = MORE.exec(rest)
  if (more) rest = rest.slice(0, more.index)
  const names = rest.split(',').map((n) => n.trim())
  if (names.length < 3 || names.some((n) => n === '' || n.split(/\s+/).length > 4 || /\d|[.!?…]$/.test(n) || ELLIPSIS.test(n))) return null
  // "run_*.sh" names a pattern of several files.
  if (names.some((n) => /[*?]/.test(n))) return null
  return { unit, stated, names: names.length + (more ? Number(more[1]) : 0), phrases: names.filter((n) => /\s/.test(n)).length * 2 > names.length }
}

/**
 * Names after a colon are the counted things only when the text shows it: they outnumber the
 * count, or the lines beside them of the same shape each list exactly their count. Otherwise they
 * may be examples ("Medium (12 tasks): schema changes, route updates, testing").
 */
function fromNamesAfterColon(context: ClaimContext, lines: Array<{ unit: TextUnit; plain: string }>): Claim[] {
  const named = lines.map(({ unit, plain }) => namesAfterColon(context, unit, plain)).filter((n): n is NamedCount => n !== null)
  // Lines beside them that say their names are a selection ("Including …", "…, etc.") make the rest read as summaries too.
  const abridged = lines.some(({ plain }) => /:\s*(?:including\b|such as\b|e\.g\.)|\betc\.?\s*$/i.test(plain.trim()))
  const examples = named.some((n) => n.names < n.stated.count.written) && (abridged || !named.some((n) => n.names === n.stated.count.written))
  return named.map((n) => {
    const claim = countClaim(n.unit, n.stated, n.names, 'names')
    if (examples && !claim.doubt) claim.doubt = 'the names may be examples, not all of them'
    // "Templates (10 tests): rendering, tagging, error handling": fewer names than tests name what the
    // tests cover; so do phrases after a tally of passes ("Speed (4/4): parallel runs, warm caches").
    // (By two or more: one name short of a count of tests is as likely one missed.)
    const covered = (n.stated.nouns.some((noun) => CHECK_NOUN.test(noun)) && n.stated.count.written - n.names >= 2) || (n.stated.of !== null && n.phrases)
    if (n.names < n.stated.count.written && covered && !claim.doubt) claim.doubt = 'the names may be what the tests cover, not one for each'
    return claim
  })
}

// Things that check something, which a list of names after them may describe by what they cover.
const CHECK_NOUN = /^(?:tests?|checks?|cases?|assertions?|scenarios?|specs?)$/i

function placeOf(unit: TextUnit, q: { start: number; end: number }): Place {
  return { unit, start: q.start, end: q.end }
}

function countClaim(unit: TextUnit, stated: StatedCount, items: number, what: string, first?: TextUnit): CountItemsClaim {
  const count = stated.count
  return {
    kind: 'count-items', at: placeOf(unit, count), binding: what === 'names' ? 'tight' : 'structural', count, items, what,
    first: first ? { unit: first, start: 0, end: 1 } : undefined,
    about: stated.label || unit.text.trim(),
    reading: `${count.written} counted, ${items} ${what} follow`,
    doubt: farApart(count.written, items) ? `the ${what} may be a sample or groups, not one for each` : undefined
  }
}

function sumClaim(unit: TextUnit, stated: StatedCount, parts: Part[], where: string): Claim {
  const total = stated.count
  return {
    kind: 'total-parts', at: placeOf(unit, total), binding: 'structural', total, parts, where, complete: true,
    phrase: unit.text.trim().length > 60 ? `${unit.text.trim().slice(0, 57)}…` : unit.text.trim(),
    about: stated.label || unit.text.trim(),
    reading: `${total.written} = ${parts.map((part) => part.quantity.raw).join(' + ')}`
  }
}
