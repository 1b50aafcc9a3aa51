// A status mark stated for a target and an actual value: a table row with Target, Actual and Status
// cells ("| RPO | <1h | 120 min | ✅ PASS |"), or "P95: 310ms (target <250ms) ✅" in a line.
import type { Quantity } from '../extract/quantity.js'
import type { TableInfo } from '../parse/document.js'
import type { TextUnit } from '../parse/text-unit.js'
import { cleanLabel } from '../extract/labels.js'
import { agrees } from '../check/rounding.js'
import { statusOf, type Status } from '../extract/status-marks.js'
import type { ClaimContext } from './context.js'
import type { Claim, TargetStatusClaim } from './model.js'

// Not "Budget left", "Error budget used": what is left of a budget is a value, not the target.
const TARGET_HEADER = /\b(?:target|goal|threshold|slo|sla|objective|budget|limit|expected|required)\b(?![\s*_]*(?:left|remaining|used|spent|consumed|burn(?:ed|t)?|burned)\b)/i
// "Baseline", "Before", "Last week": a column of earlier values, not the one the status judges.
const EARLIER_HEADER = /\b(?:baseline|before|previous|prev|prior|last|old|original|initial|start|starting)\b/i
const ACTUAL_HEADER = /\b(?:actual|achieved|result|measured|current|value|observed)\b/i
const STATUS_HEADER = /\b(?:status|state|verdict|pass|met)\b/i

export function readTargetStatuses(context: ClaimContext): Claim[] {
  const claims: Claim[] = []
  for (const table of context.doc.tables) claims.push(...fromTable(context, table))
  for (const line of context.doc.lines) if (line.kind !== 'cell') claims.push(...fromLine(context, line.unit))
  return claims
}

interface CellValue {
  quantity: Quantity
  /** "8.8/10" is out of 10; a target "≥8.5/10" must be out of the same whole. */
  outOf: string | null
}

function cellValue(context: ClaimContext, cell: TextUnit | undefined): CellValue | null {
  if (!cell) return null
  const { quantities, fractions } = context.tokens(cell)
  const quantity = quantities[0]
  // "43 unit + 7 integration" is not one value; "8.8/10" is, and so is "88% (44 of 50)", a share and its counts.
  const countsAfter = quantity?.dimension === 'percent' && quantities.length === 3 && fractions.length === 1 && fractions[0]?.numerator === quantities[1] && /^\s*\(\s*$/.test(cell.text.slice(quantity.end, fractions[0]?.start ?? 0))
  if (!quantity || (quantities.length > (fractions.length > 0 ? 2 : 1) && !countsAfter)) return null
  return { quantity, outOf: /^\s*\/\s*(\d+)/.exec(cell.text.slice(quantity.end))?.[1] ?? null }
}

function pairColumns(table: TableInfo, statusColumn: number): Array<{ target: number; actual: number; name: string }> {
  const targets = table.header.map((h, i) => (TARGET_HEADER.test(h.text) ? i : -1)).filter((i) => i > 0)
  const actuals = table.header.map((h, i) => (ACTUAL_HEADER.test(h.text) && !TARGET_HEADER.test(h.text) && i !== statusColumn ? i : -1)).filter((i) => i > 0)
  if (targets.length === 1 && actuals.length === 1) return [{ target: targets[0] as number, actual: actuals[0] as number, name: '' }]
  // "| Objective | Target | Actual |": of two columns a target may be, the one written in the actual's unit.
  if (targets.length > 1 && actuals.length === 1) {
    const alike = targets.filter((t) => mostlyAlike(table, t, actuals[0] as number))
    if (alike.length === 1) return [{ target: alike[0] as number, actual: actuals[0] as number, name: '' }]
  }
  // "| Criterion | Threshold | v12 | Met? |", "| Metric | Target | July | Status |": the one other column of
  // values is the actual, whatever its header names (a release, a month), unless it is an earlier value.
  if (targets.length === 1 && actuals.length === 0) {
    const others = table.header.map((_, i) => i).filter((i) => i > 0 && i !== targets[0] && i !== statusColumn)
    const valued = others.filter((i) => table.rows.filter((row) => /\d/.test(row[i]?.text ?? '')).length * 2 > table.rows.length)
    const actual = valued[0]
    if (valued.length === 1 && others.length === 1 && !EARLIER_HEADER.test(table.header[actual as number]?.text ?? '') && mostlyAlike(table, targets[0] as number, actual as number)) {
      return [{ target: targets[0] as number, actual: actual as number, name: '' }]
    }
  }
  const stem = (i: number) => cleanLabel(table.header[i]?.text ?? '').replace(TARGET_HEADER, '').replace(ACTUAL_HEADER, '').trim().toLowerCase()
  const pairs: Array<{ target: number; actual: number; name: string }> = []
  for (const t of targets) {
    // "| p95 | p99 | p99 target |": a column named as the target is, without the word, is its actual.
    const candidates = actuals.length > 0 ? actuals : table.header.map((_, i) => i).filter((i) => i > 0 && i !== t && i !== statusColumn && !targets.includes(i))
    const match = candidates.filter((a) => stem(a) === stem(t) && stem(t) !== '')
    if (match.length === 1) pairs.push({ target: t, actual: match[0] as number, name: cleanLabel(table.header[t]?.text ?? '').replace(TARGET_HEADER, '').trim() })
  }
  return pairs
}

/** The words a value is written with, its number and bound aside ("ms", "%", "steps"). */
const unitWords = (text: string) => text.replace(/\([^()]*\)/g, '').toLowerCase().replace(/[^\p{L}%]+/gu, ' ').replace(/\b(?:at most|at least|max|min|under|over|below|above)\b/g, '').trim()

/** Whether most rows give the target and the value in one unit: "≤ 35 ms" and "41 ms", not "0.50" and "1 steps". */
function mostlyAlike(table: TableInfo, target: number, actual: number): boolean {
  const both = table.rows.filter((row) => /\d/.test(row[target]?.text ?? '') && /\d/.test(row[actual]?.text ?? ''))
  const alike = both.filter((row) => unitWords(row[target]?.text ?? '') === unitWords(row[actual]?.text ?? ''))
  return alike.length * 2 > both.length
}

/**
 * The column that holds the verdicts: one headed Status (Verdict, Pass…), not another thing's status
 * ("Review status"); or, headed by a word a value column may also have ("Result", "Outcome"), one
 * whose every cell is a status and no number.
 */
function statusColumnOf(table: TableInfo): number {
  const named = table.header.findIndex((h, i) => i > 0 && STATUS_HEADER.test(h.text) && !TARGET_HEADER.test(h.text) && !OTHER_STATUS.test(cleanLabel(h.text)))
  if (named >= 0 || table.rows.length === 0) return named
  return table.header.findIndex((h, i) => {
    if (i === 0 || !/^(?:result|results|outcome)$/i.test(cleanLabel(h.text))) return false
    const cells = table.rows.map((row) => row[i]?.text ?? '')
    const statuses = cells.filter((c) => statusOf(c) !== null).length
    return cells.every((c) => !/\d/.test(c) && (statusOf(c) !== null || isOtherVerdict(c))) && statuses * 2 >= cells.length
  })
}

// "⚠️ WARN", "Partial", "N/A", "—": a verdict that is neither pass nor fail, beside ones that are.
const OTHER_VERDICT = /^(?:(?:⚠️?|🟡|🟠|⏳|➖|⏭️?) ?)?(?:(?:warn|warning|partial|partially met|skipped|skip|n\/a|pending|tbd|at risk|degraded|flaky|info)\b[^|]{0,40})?$/iu

function isOtherVerdict(cell: string): boolean {
  return OTHER_VERDICT.test(cell.replace(/[\s*_—–-]+/g, ' ').trim())
}

// "Review status", "Deploy state": the status of something other than the target.
const OTHER_STATUS = /^(?!(?:target|goal|slo|sla|kpi|overall|current|final|threshold|gate|test)\b)\p{L}+\s+(?:status|state)$/iu

// "Rollback triggers", "Alert conditions": thresholds that set something off when crossed, so a good
// status says the value has not crossed them.
const TRIGGER = /\b(?:triggers?|alarms?|kill switch|circuit breaker|breach(?:es)?|alert (?:thresholds?|conditions?|rules?))\b/i

function fromTable(context: ClaimContext, table: TableInfo): Claim[] {
  const statusColumn = statusColumnOf(table)
  if (statusColumn < 0) return []
  if (TRIGGER.test(table.header.map((h) => h.text).join(' ')) || TRIGGER.test(table.headings.at(-1)?.unit.text ?? '')) return []
  const pairs = pairColumns(table, statusColumn)
  if (pairs.length === 0) return []
  const claims: Claim[] = []
  for (const row of table.rows) {
    const statusCell = row[statusColumn]
    const status = statusCell && statusOf(statusCell.text)
    if (!statusCell || !status) continue
    // "✅ Complete (~85%)": a status that states its own value judges that value, not the row's.
    const ownValues = context.tokens(statusCell).quantities
    if (ownValues.some((q) => !q.sign && pairs.some((pair) => { const target = cellValue(context, row[pair.target])?.quantity; return target?.dimension === q.dimension && target.value !== q.value }))) continue
    // "| 5/5 | 4.8/5 | ✅ 96% |": a status that states how much of the target was reached shows the shortfall itself.
    if (ownValues.some((q) => q.dimension === 'percent' && pairs.some((pair) => statesAttainment(context, row, pair, q)))) continue
    const label = cleanLabel(row[0]?.text ?? '')
    const checks: TargetStatusClaim['checks'] = []
    let unreadable = false
    for (const pair of pairs) {
      const target = cellValue(context, row[pair.target])
      const actual = cellValue(context, row[pair.actual])
      // "±20%" is a tolerance on a change, not a bound on the value; an actual written as a bound
      // beside a plain target ("<30s" against "12s") has its columns swapped.
      const tolerance = row[pair.target]?.text.includes('±')
      // "no worse than −2%": which way is worse depends on the metric, which the words leave to the reader.
      const judged = /\b(?:worse|better)\b/i.test(row[pair.target]?.text ?? '')
      if (!target || !actual || target.outOf !== actual.outOf || tolerance || judged || (actual.quantity.bound && !target.quantity.bound)) {
        unreadable = true
        continue
      }
      const actualCell = row[pair.actual] as TextUnit
      checks.push({ name: pair.name, target: objectiveFloor(table.header[pair.target]?.text ?? '', target.quantity, row[0]?.text ?? ''), actual: actual.quantity, actualPlace: { unit: actualCell, start: actual.quantity.start, end: actual.quantity.end } })
    }
    if (checks.length === 0) continue
    const statusPlace = { unit: statusCell, start: 0, end: statusCell.text.length }
    claims.push({
      kind: 'target-status', at: statusPlace, binding: 'tight', label, status, statusPlace, checks, unreadable, about: label,
      reading: `${checks.map((c) => `${c.name ? `${c.name} ` : ''}${c.actual.raw} against ${c.target.raw}`).join('; ')}: ${statusCell.text}`
    })
  }
  return claims
}

/**
 * "| SLO | 99.95% |": a service level objective written as a percentage of 90 or more is the share of
 * time or requests that must be good, a floor ("at least"); an error budget is written as a ceiling
 * ("< 0.1%"), with its bound.
 */
function objectiveFloor(header: string, target: Quantity, label: string): Quantity {
  if (target.bound || target.dimension !== 'percent') return target
  // "Enterprise first response ≤ 1 h | 95%": the share of cases that meet the label's own bound, a floor.
  if (LABEL_BOUND.test(label) && target.value <= 100) return { ...target, bound: '>=' }
  if (target.value < 90 || target.value > 100 || !/\b(?:slo|sla)\b/i.test(header)) return target
  return { ...target, bound: '>=' }
}

const LABEL_BOUND = /(?:[≤≥<>]|\b(?:within|under)\b)[ \t]*\d/

function statesAttainment(context: ClaimContext, row: TextUnit[], pair: { target: number; actual: number }, percent: Quantity): boolean {
  const target = cellValue(context, row[pair.target])?.quantity
  const actual = cellValue(context, row[pair.actual])?.quantity
  // Against an upper bound ("<200 ms") less is better: a share of it says nothing about reaching it.
  if (!target || !actual || target.value === 0 || target.bound === '<' || target.bound === '<=') return false
  const share = (actual.value / target.value) * 100
  return agrees(percent, { low: share, high: share }, false, context.policy)
}

const TARGET_WORD = /^(?:target|goal|threshold|slo|sla|budget|limit|objective)$/i
const ACTUAL_WORD = /^(?:actual|achieved|measured|observed|result|got)$/i
const TARGET_WORD_INSIDE = new RegExp(TARGET_WORD.source.slice(1, -1), 'i')
// A status that opens what follows a target: "✅", "PASS", "❌ Missed", "**Met**".
const STATUS_FIRST = /^[\s*_]*(?:✅|❌|✔|✗|✘|☑|🟢|🔴|⛔|(?:pass|passed|fail|failed|met|missed|not met|ok|exceeded|achieved)\b)/iu
const MARK_FIRST = /^[\s*_]*(?:✅|❌|✔|✗|✘|☑|🟢|🔴|⛔)/u

const BOUND_WORDS = /\s(?:at most|at least|up to|no more than|no less than|max|maximum|min|minimum|less than|under|below|fewer than|more than|over|above|exceeding)$/i

/** Text without the characters of `set` at its end. */
function trimEnd(text: string, set: RegExp): string {
  let end = text.length
  while (end > 0 && set.test(text[end - 1] as string)) end--
  return text.slice(0, end)
}

/** Text with its trailing comparators, colons and spaces removed: "(target: <" → "(target". */
const trimComparators = (text: string) => trimEnd(text, /[\s<>≤≥=~:]/)

/** The words of `text` as a list, emphasis and punctuation aside. */
const words = (text: string) => text.replace(/[^\p{L}\p{N}.\s]+/gu, ' ').trim().split(/\s+/).filter((w) => w.length > 0)

/**
 * How `between` (the text from an actual value to a target) introduces the target: "(target <",
 * "(goal: ", "against a target of ", "vs. SLO ". A parenthesis may follow a mark or a unit word
 * ("312ms ✅ (target", "80% complete (target"); the text before it is returned as `before`.
 */
function introducesTarget(between: string, bounded: boolean): { paren: boolean; before: string } | null {
  // "(target: at most 1)": the words of the target's bound belong to the target.
  const trimmed = trimComparators(bounded ? trimComparators(between).replace(BOUND_WORDS, '') : between)
  const open = trimmed.lastIndexOf('(')
  if (open >= 0) {
    const inside = words(trimmed.slice(open + 1))
    if (inside.length === 1 && TARGET_WORD.test(inside[0] as string) && !trimmed.slice(open + 1).includes(')')) return { paren: true, before: trimmed.slice(0, open) }
    return null
  }
  const w = words(trimmed.toLowerCase())
  if (w[w.length - 1] === 'of') w.pop()
  const noun = w.pop()
  if (!noun || !TARGET_WORD.test(noun)) return null
  if (w.length > 0 && /^(?:a|the|its|our)$/.test(w[w.length - 1] as string)) w.pop()
  return w.length === 1 && /^(?:against|vs\.?|versus)$/.test(w[0] as string) && !/[()]/.test(trimmed) ? { paren: false, before: '' } : null
}

/** The status that opens `text` ("✅ PASS", "**Met**", "— docs ✅ merged" has none), and where its mark is. */
function statusAt(text: string): { status: Status; offset: number; said: string } | null {
  const segment = text.split(/[,;]|\s[-–—]\s|—/)[0] ?? ''
  if (!STATUS_FIRST.test(segment)) return null
  const status = statusOf(segment)
  return status ? { status, offset: segment.search(/[^\s*_]/), said: segment.replace(/[*_]/g, '').trim() } : null
}

function fromLine(context: ClaimContext, unit: TextUnit): Claim[] {
  const text = unit.text
  const { quantities, fractions } = context.tokens(unit)
  // "6.4/10 (threshold: 8.0)": a value out of a whole is not compared with a bare target.
  const inFraction = new Set(fractions.flatMap((f) => [f.numerator, f.denominator]))
  const claims: Claim[] = []
  const used = new Set<Quantity>()
  const add = (label: string, actual: Quantity, target: Quantity, status: Status, mark: number, reading: string) => {
    used.add(actual).add(target)
    claims.push({
      kind: 'target-status', at: { unit, start: actual.start, end: actual.end }, binding: 'tight', label, status,
      statusPlace: { unit, start: mark, end: mark + 1 }, checks: [{ name: '', target, actual, actualPlace: { unit, start: actual.start, end: actual.end } }],
      unreadable: false, about: label || actual.raw, reading
    })
  }
  for (let k = 1; k < quantities.length; k++) {
    const first = quantities[k - 1] as Quantity
    const second = quantities[k] as Quantity
    if (used.has(first) || inFraction.has(first) || inFraction.has(second)) continue
    const betweenText = text.slice(first.end, second.start)
    // "target <1h, actual 95 min ✅": the target named first, then the actual.
    if (/^\s*[,;]/.test(text.slice(first.end))) {
      const lead = trimComparators(text.slice(k > 1 ? (quantities[k - 2] as Quantity).end : 0, first.start))
      const leadWords = words(lead)
      const between = words(betweenText)
      if (leadWords.length > 0 && TARGET_WORD.test(leadWords[leadWords.length - 1] as string) && between.length === 1 && ACTUAL_WORD.test(between[0] as string)) {
        const rest = text.slice(second.end)
        const close = /^\s*\)/.exec(rest)?.[0].length ?? 0
        const found = statusAt(rest.slice(close))
        if (!found) continue
        const label = cleanLabel(trimEnd(lead.slice(0, lead.length - (leadWords[leadWords.length - 1] as string).length), /[:=(,\s]/))
        add(label, second, first, found.status, second.end + close + found.offset, `${second.raw} against ${first.raw}: ${found.said}`)
        continue
      }
    }
    // introducesTarget only trims the end of the text between, lowercases it and splits it into words,
    // so each word it tests is part of that text: without a target word in it, there is no target.
    if (!TARGET_WORD_INSIDE.test(betweenText)) continue
    const intro = introducesTarget(betweenText, second.bound !== null)
    if (!intro) continue
    const actual = first
    const target = second
    let after = text.slice(target.end)
    let afterStart = target.end
    if (intro.paren) {
      // The parenthesis holds the target and nothing else: "(target 80% by June)" is a later goal.
      const close = /^\s*\)/.exec(after)
      if (!close) continue
      after = after.slice(close[0].length)
      afterStart += close[0].length
    }
    let found = statusAt(after)
    let mark = found ? afterStart + found.offset : -1
    if (!found && intro.paren && MARK_FIRST.test(intro.before)) {
      // "312ms ✅ (target <500ms)": the mark stands between the value and its target.
      found = statusAt(intro.before)
      mark = actual.end + (found?.offset ?? 0)
    }
    const labelText = text.slice(0, actual.start)
    if (!found && intro.paren && /^[\s.,;:)*_]*$/.test(after)) {
      // "✅ Bundle size: 385KB (target: <500KB)": a mark that opens the line, before "label: value".
      const opening = /^[\s*_]*(?:\[[ xX]\]\s*)?/.exec(labelText)?.[0].length ?? 0
      const rest = labelText.slice(opening)
      if (MARK_FIRST.test(rest) && /^[^:]{1,60}:[\s*_]*$/u.test(rest.replace(MARK_FIRST, ''))) {
        const said = (MARK_FIRST.exec(rest)?.[0] ?? '').replace(/[*_\s]/g, '')
        found = { status: statusOf(said) as Status, offset: rest.search(/[^\s*_]/), said }
        mark = opening + found.offset
      }
    }
    if (!found) continue
    const label = cleanLabel(labelText.replace(MARK_FIRST, '').replace(/[:=]\s*$/, ''))
    add(label, actual, target, found.status, mark, `${actual.raw} against ${target.raw}: ${found.said}`)
  }
  return claims
}
