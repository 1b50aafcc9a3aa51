// Metrics stated with their current value: "P95 Latency: 156ms", "zero errors", "Total errors:
// 1,456 (0.008% rate)", a table row's value in its Actual (or only) column.
import type { TableInfo, TextLine } from '../parse/document.js'
import type { TextUnit } from '../parse/text-unit.js'
import type { Quantity } from '../extract/quantity.js'
import { cleanLabel, normalizeLabel, NOT_CURRENT, singular } from '../extract/labels.js'
import { unitInfo } from '../extract/units.js'
import { canonicalLabel } from '../check/policy.js'
import { cellOperand } from './operand.js'
import { inSummary, listParents, scopedAway } from './scope.js'
import type { ClaimContext } from './context.js'
import type { Claim, MetricValueClaim } from './model.js'

const FAILURE_NOUN = /^\s+(errors?|failures?|incidents?|outages?|crashes|crash|bugs?|defects?|exceptions?|vulnerabilities|vulnerability|regressions?)\b/i
const NAMED_COUNT = /^[^\p{L}\p{N}]*(\p{L}[^():]{1,50}?)\s*\(\s*[\d,]+\s+(lines|loc|files|tests|cases|endpoints|functions|classes|components|pages|modules|commits)\s*\)\s*$/iu
const TOWARD_BEFORE = /\b(?:to|toward|towards|of|from|under|below|than|reach|reaching|target|goal|aim|until|down to)\s+$/i
const STATE_AFTER = /^\s+(fixed|resolved|closed|remaining|left|found|introduced|removed|addressed|eliminated|detected|caught|prevented|suppressed|reported|open|new|known)\b/i
// A value for part of the time or of the things measured: "Errors during the first hour: 3".
const SCOPE_WORDS = /\b(?:first|last|during|per|each|daily|hourly|weekly|today|yesterday|since|until|before|after|peak|average|avg|mean|median|max|min|worst|best|initially|originally)\b/i
const STATISTIC = /\b(?:average|avg|mean|median|max|maximum|min|minimum)\b/i
const STATISTICS = new RegExp(STATISTIC.source, 'gi')
const CHANGE_AFTER = /^\s*(?:reduction|improvement|increase|decrease|faster|slower|fewer|less|more|growth|gain|drop|savings?|better|worse|higher|lower|change|saved|added|removed|fixed|resolved)\b/i
const TOTAL_WORD = /\b(?:total|overall|combined|grand|cumulative|all)\b/i
// A column header that names what its cells count or measure: one or two words, the last a plural noun or a unit-like word.
const MEASURE_COLUMN = /^(?:[\p{L}]+\s)?(?:lines|loc|files|tests|cases|endpoints|functions|classes|components|pages|modules|commits|issues|bugs|errors|warnings|users|requests|size|time|duration)$/iu
const VALUE_COLUMN = /\b(?:actual|current|after|achieved|value|result|measured|now|today|observed)\b/i
const NOT_VALUE_COLUMN = /\b(?:target|goal|before|baseline|change|improvement|delta|status|threshold|expected|limit|previous|notes?)\b/i

/** Labels that name a metric by themselves; other one-word labels ("Coverage", "Duration", "Status") are too generic. */
const SPECIFIC_SINGLE = new Set(['uptime', 'availability', 'error', 'failure', 'incident', 'outage', 'crash', 'bug', 'defect', 'vulnerability', 'mttr', 'mttd', 'mtbf', 'rto', 'rpo', 'apdex', 'nps', 'throughput'])

function isSpecific(base: string): boolean {
  const words = base.split(' ').filter((w) => w.length > 0)
  return words.length >= 2 ? words.length <= 5 : SPECIFIC_SINGLE.has(words[0] ?? '')
}

function usable(q: Quantity): boolean {
  return !q.sign && !q.bound && q.rangeHigh === null && !q.approx && (q.dimension !== 'count' || q.factor >= 1) && q.dimension !== 'multiplier' && q.dimension !== 'points'
}

/** "Uptime (staging)" is not "Uptime", "Batch Add (10)" is not "Batch Add (50)": what a parenthesis in a label says, units aside. */
function qualifiers(label: string): string[] {
  const found: string[] = []
  for (const match of label.matchAll(/\(([^()]*)\)/g)) {
    const inside = (match[1] as string).trim()
    if (!/[\p{L}\p{N}]/u.test(inside) || unitInfo(inside) || /^(?:%|#|n|no\.?)$/i.test(inside)) continue
    found.push(inside.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim())
  }
  return found
}

interface Where {
  line: TextLine | null
  table: TableInfo | null
}

// After the value, a parenthesis of words (and an entry number) says which one: "99.9% (staging)", "50% (tick 192)".
const QUALIFIER_AFTER = /^\s*\(\s*([\p{L}][\p{L}\s-]{0,30}?(?:\s+#?\d+)?)\s*\)/u
const PHRASE_AFTER = /^\s+(in|on|at|for|during|since|by|over|across|under|with|without|as of|after|before)\s+([\p{L}\p{N}][\p{L}\p{N}.-]*)/iu
const NOT_A_QUALIFIER = /\b(?:target|goal|threshold|limit|baseline|before|after|rate|vs|versus|from|of|max|min|avg|average|mean|median|est|estimated|approx|approximately|total|up|down|excellent|good|great|ok|poor|pass|passed|fail|failed|stable|improved|expected)\b/i

// "Event ID: 5635", "PID: 4410", "Port: 8080": a value that names one thing is no measure of it.
const IDENTIFIER_LABEL = /\b(?:id|ids|identifier|uuid|guid|pid|port|ref)[\s:*_]*$|#[\s:*_]*$|\bno\.[\s:*_]*$/i
const PRODUCT_AFTER = /^\s?[×xX*]\s?\d/
const PRODUCT_BEFORE = /\d\s?[×xX*]\s?$/

function make(context: ClaimContext, label: string, unit: TextUnit, value: Quantity, where: Where, local = '', heading = false): MetricValueClaim | null {
  const base = canonicalLabel(normalizeLabel(label), context.policy)
  // "Median latency", "Max latency": a statistic of the measurements names a metric of its own (a
  // load test reports each), but two places may state it for different spans: never compared with
  // each other. Any other scope word ("Errors during the first hour") leaves the label unread.
  const statistic = STATISTIC.test(label)
  if (base === '' || IDENTIFIER_LABEL.test(cleanLabel(label)) || NOT_CURRENT.test(label) || SCOPE_WORDS.test(statistic ? label.replace(STATISTICS, ' ') : label) || !usable(value)) return null
  // "112×112", "4 x 8 GB": a side of a size or a factor of a product, not a value of its own.
  if (PRODUCT_AFTER.test(unit.text.slice(value.end, value.end + 8)) || PRODUCT_BEFORE.test(unit.text.slice(Math.max(0, value.start - 8), value.start))) return null
  if (CHANGE_AFTER.test(unit.text.slice(value.end, value.end + 16))) return null
  const extra = qualifiers(label)
  const after = QUALIFIER_AFTER.exec(unit.text.slice(value.end))
  if (after && !NOT_A_QUALIFIER.test(after[1] as string) && !unitInfo((after[1] as string).trim())) extra.push((after[1] as string).toLowerCase().trim())
  // "91% in 2024", "300ms under load", "12 as of Friday": a phrase after the value says when or where.
  const phrase = PHRASE_AFTER.exec(unit.text.slice(value.end))
  if (phrase) extra.push(`${(phrase[1] as string).toLowerCase()} ${(phrase[2] as string).toLowerCase()}`)
  const clean = cleanLabel(label)
  const shown = clean.charAt(0).toUpperCase() + clean.slice(1)
  const headings = where.line?.headings ?? where.table?.headings ?? []
  return {
    kind: 'metric-value', at: { unit, start: value.start, end: value.end }, binding: 'tight', label: shown,
    key: `${base}${extra.length > 0 ? ` (${extra.join(', ')})` : ''}|${value.dimension}`, specific: isSpecific(base) && !statistic && !heading, total: TOTAL_WORD.test(label), local, value,
    section: headings[headings.length - 1] ?? null, parents: where.line ? listParents(where.line) : [], summary: inSummary(headings), table: where.table, fence: where.line?.fence ?? null,
    about: shown, reading: `${shown} = ${value.raw}`
  }
}

export function readMetricValues(context: ClaimContext): Claim[] {
  const claims: Claim[] = []
  for (const line of context.doc.lines) {
    // A line without a number states no value, and what it sits under is worth reading only for one that does.
    if (line.kind === 'cell' || context.tokens(line.unit).quantities.length === 0 || scopedAway(line)) continue
    claims.push(...fromLine(context, line))
  }
  for (const table of context.doc.tables) claims.push(...fromTable(context, table))
  return claims
}

function fromLine(context: ClaimContext, line: TextLine): MetricValueClaim[] {
  const unit = line.unit
  const text = unit.text
  const { quantities, arrows } = context.tokens(unit)
  const result: MetricValueClaim[] = []
  const where = { line, table: null }
  const colon = /^([^:]{2,60}?):\s*/.exec(text)
  if (colon && /\p{L}/u.test(colon[1] as string)) {
    let value = quantities.find((q) => q.start <= colon[0].length + 1 && q.start >= colon[0].length - 1)
    // "1st of month 00:05 UTC": a clock time, not a label and its value.
    if (value && /\d$/.test(colon[1] as string) && value.start === (colon[1] as string).length + 1) value = undefined
    // "Created file: `src/cache.ts` (210 lines)": the number is about what the code names, not the label.
    if (value && namedInCodeBetween(context, unit, (colon[1] as string).length, value.start)) value = undefined
    if (value) {
      // "P95: 420ms → 240ms": what is true now is the value after the arrow.
      const arrow = arrows.find((a) => a.start >= value!.end && a.start - value!.end < 4)
      if (arrow) value = quantities.find((q) => q.start >= arrow.end && q.start - arrow.end < 4)
      const fused = value && /^\s*\/\s*\d/.test(text.slice(value.end))
      if (value && !fused && !SCOPE_WORDS.test(text.slice(value.end, value.end + 30).split(/[(,;]/)[0] ?? '')) {
        // A heading's "P95 latency: 310 ms" is read against a metrics file, never compared with the body.
        // "`ReadList_Fast` (100 rows): 200 μs", "`a.rs` errors: 3": names in code are part of what the label is about.
        const named = (sourceBefore(context, unit, (colon[1] as string).length).match(/`[^`]+`/g) ?? []).map(words).join(' ')
        const statement = make(context, colon[1] as string, unit, value, where, named, line.kind === 'heading')
        if (statement) result.push(statement)
        // "Total errors: 1,456 (0.008% rate)": the rate of what the label counts.
        const rate = quantities.find((q) => q.start > value!.end && q.dimension === 'percent')
        if (rate && /^\s*rate\s*\)/.test(text.slice(rate.end)) && /^\s*\(\s*$/.test(text.slice(value.end, rate.start))) {
          const words = normalizeLabel(colon[1] as string).split(' ')
          const rateStatement = make(context, `${singular(words[words.length - 1] ?? '')} rate`, unit, rate, where, '', line.kind === 'heading')
          if (rateStatement) result.push(rateStatement)
        }
      }
    }
  }
  if (line.kind === 'heading') return result
  // "Test Suite (210 lines)": a thing and how much of something it has.
  const named = NAMED_COUNT.exec(text)
  if (named && quantities.length === 1) {
    const q = quantities[0] as Quantity
    if (q.dimension === 'count' && q.start === named.index + (named[0].indexOf('(') + 1)) {
      // Sibling items name their own things, often in code the text leaves out ("`a.py` - refactor (110 lines)").
      const local = (line.listItem?.plain ?? text).replace(/\([^()]*\)\s*$/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase()
      const statement = make(context, `${named[1] as string} ${named[2] as string}`, unit, q, where, local)
      if (statement) result.push(statement)
    }
  }
  const inFraction = new Set(context.tokens(unit).fractions.flatMap((f) => [f.numerator, f.denominator]))
  for (const q of quantities) {
    if (q.dimension !== 'count' || q.decimals > 0 || q.bound || q.approx || q.rangeHigh !== null || inFraction.has(q)) continue
    const outcome = testOutcome(text, q)
    if (outcome) {
      // Read against a test-results file; in prose it is never compared with another place.
      const statement = make(context, outcome, unit, q, where)
      if (statement) result.push({ ...statement, specific: false })
      continue
    }
    const noun = FAILURE_NOUN.exec(text.slice(q.end))
    if (!noun || SCOPE_WORDS.test(text) || result.some((s) => s.value === q)) continue
    // "a path to zero errors", "95 of 225 errors": a goal or a whole, not the errors there are.
    if (TOWARD_BEFORE.test(text.slice(Math.max(0, q.start - 24), q.start))) continue
    // "12 bugs fixed" are not the bugs there are: the word after the noun is part of what is counted.
    const state = STATE_AFTER.exec(text.slice(q.end + noun[0].length))?.[1] ?? ''
    // What the count is of, as written before it, names in code included ("Type errors in `a.py` (5 errors)").
    const local = words(q.start > 0 ? sourceBefore(context, unit, q.start) : '')
    const statement = make(context, `${noun[1] as string}${state ? ` ${state}` : ''}`, unit, q, where, local)
    if (statement) result.push(statement)
  }
  return result
}

// "All 243 tests passed", "3 failing tests": how many tests ended which way.
const TESTS_THEN_OUTCOME = /^\s+tests?\s+(passed|passing|failed|failing|skipped)\b/i
const OUTCOME_THEN_TESTS = /^\s+(passed|passing|failed|failing|skipped)\s+tests?\b/i
// Before the count, nothing that names which tests: "All", "Test results:", "Summary: all".
const PLAIN_BEFORE = /^[\s*_]*(?:(?:test\s+)?(?:results?|summary|status|run|tests?)\s*:[\s*_]*)?(?:(?:all|the|in total)\s+)?$/i
// After it, the sentence ends or goes on to another count: "passed on Linux" names which run.
const PLAIN_AFTER = /^[\s*_]*(?:[.,;:!()—–]|-\s|$)/

function testOutcome(text: string, q: Quantity): string | null {
  const after = text.slice(q.end)
  const match = TESTS_THEN_OUTCOME.exec(after) ?? OUTCOME_THEN_TESTS.exec(after)
  if (!match || !PLAIN_BEFORE.test(text.slice(0, q.start)) || !PLAIN_AFTER.test(after.slice(match[0].length))) return null
  const word = (match[1] as string).toLowerCase()
  return word.startsWith('pass') ? 'tests passed' : word.startsWith('fail') ? 'tests failed' : 'tests skipped'
}

function fromTable(context: ClaimContext, table: TableInfo): MetricValueClaim[] {
  if (table.headings.some((h) => NOT_CURRENT.test(h.unit.text))) return []
  const columns = table.header
    .map((cell, i) => ({ i, text: cell.text }))
    .filter(({ i, text }) => i > 0 && !NOT_VALUE_COLUMN.test(text) && (VALUE_COLUMN.test(text) || table.header.length === 2))
  if (columns.length === 1) return cells(context, table, (columns[0] as { i: number }).i, false)
  // No one value column: a column headed by what it measures ("Lines", "Tests") gives each row's
  // value of it ("Test Suite lines").
  return table.header.flatMap((cell, i) => (i > 0 && MEASURE_COLUMN.test(cleanLabel(cell.text)) && !NOT_VALUE_COLUMN.test(cell.text) ? cells(context, table, i, true) : []))
}

function cells(context: ClaimContext, table: TableInfo, column: number, named: boolean): MetricValueClaim[] {
  const result: MetricValueClaim[] = []
  const header = cleanLabel(table.header[column]?.text ?? '')
  for (const row of table.rows) {
    const label = row[0]
    const cell = row[column]
    if (!label || !cell) continue
    const operand = cellOperand(cell.text, context.tokens(cell))
    if (!operand || operand.denominator !== null) continue
    const statement = make(context, named ? `${cleanLabel(label.text)} ${header}` : label.text, cell, operand.quantity, { line: null, table })
    if (statement) result.push(statement)
  }
  return result
}

/**
 * The source of a line up to `end` in its unit's text, from the line's start after its list or quote
 * marker: inline code the unit's text trimmed off its start ("**`a.rs`** (48 errors)") included.
 */
function sourceBefore(context: ClaimContext, unit: TextUnit, end: number): string {
  const { source } = context.doc
  const span = unit.sourceSpan(0, end)
  const lineStart = source.lastIndexOf('\n', span.start - 1) + 1
  return source.slice(lineStart, span.end).replace(/^[\s>#]*(?:(?:[-*+]|\d+[.)])\s+)?/, '')
}

const words = (text: string) => text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase()

/** Whether inline code (which a unit's text holds only as a space) stands between two places of a unit. */
function namedInCodeBetween(context: ClaimContext, unit: TextUnit, from: number, to: number): boolean {
  const span = unit.sourceSpan(from, to)
  return context.doc.source.slice(span.start, span.end).includes('`')
}
