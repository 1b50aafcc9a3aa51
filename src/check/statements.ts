import type { HeadingInfo, ReportDocument, TableInfo, TextLine } from '../parse/document.js'
import type { TextUnit } from '../parse/text-unit.js'
import type { Quantity } from '../extract/quantity.js'
import { cleanLabel, normalizeLabel, NOT_CURRENT, singular } from '../extract/labels.js'
import type { RuleContext } from './rule.js'
import { canonicalLabel, type Policy } from './policy.js'
import { cellOperand } from './operand.js'

/** "P95 Latency: 156ms", a table row's Actual cell, "zero errors": a metric and its current value. */
export interface Statement {
  label: string
  key: string
  unit: TextUnit
  quantity: Quantity
  /** The nearest heading above the statement, if any. */
  section: HeadingInfo | null
}

const FAILURE_NOUN = /^\s+(errors?|failures?|incidents?|outages?|crashes|crash|bugs?|defects?|exceptions?|vulnerabilities|vulnerability|regressions?)\b/i
const SCOPE_WORDS = /\b(?:first|last|during|per|each|daily|hourly|weekly|today|yesterday|since|until|before|after|peak|average|avg|mean|median)\b/i
const TIME_SCOPED_HEADING = /\b(?:day|days|week|weeks|sprint|month|quarter|iteration|phase|q[1-4]|h[12]|release|attempt)\b/i
// A parent that ends in a colon ("Achievements:", "Final metrics:") only introduces its items.
const GROUPING_WORD = /\b(?:metrics|results|numbers|kpis?|summary|stats|statistics|figures|measurements|highlights)\b/i
const isGroupingParent = (text: string) => text.trimEnd().endsWith(':') || (!text.includes(':') && GROUPING_WORD.test(text))
const CHANGE_AFTER = /^\s*(?:reduction|improvement|increase|decrease|faster|slower|fewer|less|more|growth|gain|drop|savings?|better|worse|higher|lower|change)\b/i
const VALUE_COLUMN = /\b(?:actual|current|after|achieved|value|result|measured|now|today|observed)\b/i
const NOT_VALUE_COLUMN = /\b(?:target|goal|before|baseline|change|improvement|delta|status|threshold|expected|limit|previous|notes?)\b/i

/** Labels that name a metric by themselves; other one-word labels ("Coverage", "Duration", "Status") are too generic. */
const SPECIFIC_SINGLE = new Set(['uptime', 'availability', 'error', 'failure', 'incident', 'outage', 'crash', 'bug', 'defect', 'vulnerability', 'mttr', 'mttd', 'mtbf', 'rto', 'rpo', 'apdex', 'nps', 'throughput'])

function isSpecific(label: string): boolean {
  const words = label.split(' ').filter((w) => w.length > 0)
  return words.length >= 2 ? words.length <= 5 : SPECIFIC_SINGLE.has(words[0] ?? '')
}

function usable(q: Quantity): boolean {
  return !q.sign && !q.bound && q.rangeHigh === null && !q.approx && (q.dimension !== 'count' || q.factor >= 1) && q.dimension !== 'multiplier' && q.dimension !== 'points'
}

function scopeOf(line: TextLine): string | null {
  const parts: string[] = []
  for (const heading of line.headings) {
    if (NOT_CURRENT.test(heading.unit.text)) return null
    if (TIME_SCOPED_HEADING.test(heading.unit.text)) parts.push(normalizeLabel(heading.unit.text))
  }
  // Nested items describe their parent: under "Scenario 1: …" and "Scenario 2: …" the same label
  // names two things. A parent that only groups ("Production metrics:") does not scope.
  for (let item = line.listItem?.parent ?? null; item; item = item.parent) {
    const text = item.lines[0]?.text ?? ''
    if (NOT_CURRENT.test(text) || SCOPE_WORDS.test(text) || TIME_SCOPED_HEADING.test(text)) return null
    if (!isGroupingParent(text)) parts.push(normalizeLabel(text))
  }
  return parts.join('/')
}

interface Reading {
  anyLabel: boolean
  policy: Policy
  ignore: Set<string>
}

function make(label: string, scope: string, unit: TextUnit, quantity: Quantity, section: HeadingInfo | null, reading: Reading): Statement | null {
  const normal = canonicalLabel(normalizeLabel(label), reading.policy)
  if (reading.ignore.has(normal)) return null
  const anyLabel = reading.anyLabel
  if ((!anyLabel && !isSpecific(normal)) || normal === '' || NOT_CURRENT.test(label) || SCOPE_WORDS.test(label) || !usable(quantity)) return null
  if (CHANGE_AFTER.test(unit.text.slice(quantity.end, quantity.end + 16))) return null
  const clean = cleanLabel(label)
  return { label: clean.charAt(0).toUpperCase() + clean.slice(1), key: `${scope}|${normal}|${quantity.dimension}`, unit, quantity, section }
}

/**
 * The metric statements of a report. `genericLabels` keeps one-word labels such as "Coverage",
 * which are too vague to compare within a report but name a measurement well enough.
 */
export function collectStatements(context: RuleContext, doc: ReportDocument, genericLabels = false): Statement[] {
  const reading: Reading = { anyLabel: genericLabels, policy: context.policy, ignore: new Set(context.ignoredLabels.map((l) => canonicalLabel(normalizeLabel(l), context.policy))) }
  const statements: Statement[] = []
  for (const line of doc.lines) {
    if (line.kind === 'cell' || line.kind === 'heading') continue
    const scope = scopeOf(line)
    if (scope === null) continue
    statements.push(...fromLine(context, line.unit, scope, line.headings[line.headings.length - 1] ?? null, reading))
  }
  for (const table of doc.tables) statements.push(...fromTable(context, table, reading))
  return statements
}

function fromLine(context: RuleContext, unit: TextUnit, scope: string, section: HeadingInfo | null, reading: Reading): Statement[] {
  const text = unit.text
  const { quantities, arrows } = context.tokens(unit)
  const result: Statement[] = []
  const colon = /^([^:]{2,60}?):\s*/.exec(text)
  if (colon && /\p{L}/u.test(colon[1] as string)) {
    const index = quantities.findIndex((q) => q.start <= colon[0].length + 1 && q.start >= colon[0].length - 1)
    let value = quantities[index]
    if (value) {
      const arrow = arrows.find((a) => a.start >= value!.end && a.start - value!.end < 4)
      if (arrow) value = quantities.find((q) => q.start >= arrow.end && q.start - arrow.end < 4)
      const fused = value && /^\s*\/\s*\d/.test(text.slice(value.end))
      if (value && !fused && !SCOPE_WORDS.test(text.slice(value.end, value.end + 30).split(/[(,;]/)[0] ?? '')) {
        const statement = make(colon[1] as string, scope, unit, value, section, reading)
        if (statement) result.push(statement)
        // "Total errors: 1,456 (0.008% rate)": the rate of what the label counts.
        const rate = quantities.find((q) => q.start > value!.end && q.dimension === 'percent')
        if (rate && /^\s*rate\s*\)/.test(text.slice(rate.end)) && /^\s*\(\s*$/.test(text.slice(value.end, rate.start))) {
          const words = normalizeLabel(colon[1] as string).split(' ')
          const rateStatement = make(`${singular(words[words.length - 1] ?? '')} rate`, scope, unit, rate, section, reading)
          if (rateStatement) result.push(rateStatement)
        }
      }
    }
  }
  for (const q of quantities) {
    if (q.dimension !== 'count' || q.decimals > 0 || q.bound || q.approx || q.rangeHigh !== null) continue
    const noun = FAILURE_NOUN.exec(text.slice(q.end))
    if (!noun || SCOPE_WORDS.test(text)) continue
    if (result.some((s) => s.quantity === q)) continue
    const statement = make(noun[1] as string, scope, unit, q, section, reading)
    if (statement) result.push(statement)
  }
  return result
}

function fromTable(context: RuleContext, table: TableInfo, reading: Reading): Statement[] {
  if (table.headings.some((h) => NOT_CURRENT.test(h.unit.text))) return []
  const scope = table.headings.filter((h) => TIME_SCOPED_HEADING.test(h.unit.text)).map((h) => normalizeLabel(h.unit.text)).join('/')
  const columns = table.header
    .map((cell, i) => ({ i, text: cell.text }))
    .filter(({ i, text }) => i > 0 && !NOT_VALUE_COLUMN.test(text) && (VALUE_COLUMN.test(text) || table.header.length === 2))
  if (columns.length !== 1) return []
  const column = (columns[0] as { i: number }).i
  const result: Statement[] = []
  for (const row of table.rows) {
    const label = row[0]
    const cell = row[column]
    if (!label || !cell) continue
    const operand = cellOperand(cell.text, context.tokens(cell))
    if (!operand || operand.denominator !== null) continue
    const statement = make(label.text, scope, cell, operand.quantity, table.headings[table.headings.length - 1] ?? null, reading)
    if (statement) result.push(statement)
  }
  return result
}

/**
 * Sibling sections that state two or more of the same metrics ("### API" and "### Payments", each
 * with Error Rate and P95 Latency) describe different things; their values are not compared.
 */
export function parallelSections(statements: Statement[]): (a: Statement, b: Statement) => boolean {
  const labels = new Map<HeadingInfo, Set<string>>()
  for (const s of statements) {
    if (!s.section) continue
    const set = labels.get(s.section) ?? new Set<string>()
    set.add(s.key.slice(s.key.indexOf('|') + 1))
    labels.set(s.section, set)
  }
  return (a, b) => {
    if (!a.section || !b.section || a.section === b.section || a.section.parent !== b.section.parent) return false
    const mine = labels.get(a.section) as Set<string>
    const theirs = labels.get(b.section) as Set<string>
    let shared = 0
    for (const label of mine) if (theirs.has(label)) shared++
    return shared >= 2
  }
}
