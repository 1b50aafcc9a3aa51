// When two statements of one metric are about the same thing. Different by default: sections,
// list items, tables, qualifiers, totals and times separate subjects. Places join only on evidence:
// - peers: both in one section, under the same list items and in the same table or fenced block
//   (or none), or both in one summary (a summary gives each metric once), in sections that are not
//   parallel entities; never two rows of one table, which are two records;
// - a summary ("Executive Summary", "Key Numbers", a dashboard) restating a figure of the body. The
//   body's figure must not sit in one of several parallel sections (### API and ### Payments, each
//   with the same metrics) or in an earlier entry of a numbered series (Phase 1, Phase 2, …: only
//   the latest entry is what is true now), and a summary's total is not restated by one part.
import type { HeadingInfo, ReportDocument } from '../parse/document.js'
import { cleanLabel, singular } from '../extract/labels.js'
import { isSummaryHeading, namesASubject, seriesMember } from './scope.js'
import type { Claim, MetricValueClaim, SameMetricClaim } from './model.js'

// A parent item that ends in a colon or names a group ("Final metrics:", "Key results") only
// introduces its items; any other parent ("Scenario 1: …", "API service") is what they describe.
const GROUPING_WORD = /\b(?:metrics|results|numbers|kpis?|summary|stats|statistics|figures|measurements|highlights|status|details|overview)\b/i
const isGroupingParent = (text: string) => !/:\s*\S/.test(text) && GROUPING_WORD.test(text)

function scopingParents(value: MetricValueClaim): string {
  return value.parents.filter((p) => !isGroupingParent(p)).join('\u0000')
}

/**
 * A grouping parent joins its values to the section's other values, but two of them with different
 * words ("Unit test results:", "Browser test results:"; "Pipeline summary", "Update summary") group
 * two sets of figures: split peers by them, values under none apart too.
 */
function byGroupingParent(values: MetricValueClaim[]): MetricValueClaim[][] {
  const grouping = (v: MetricValueClaim) => v.parents.filter(isGroupingParent).join('\u0000')
  const groups = new Map<string, MetricValueClaim[]>()
  for (const v of values) groups.set(grouping(v), [...(groups.get(grouping(v)) ?? []), v])
  return [...groups.keys()].filter((g) => g !== '').length >= 2 ? [...groups.values()] : [values]
}

/**
 * The summary of the report a section belongs to: a summary heading with nothing above it but the
 * report's title or other summaries. "### Implementation Summary" inside one update's section
 * summarises that update, not the report.
 */
function summaryOf(section: HeadingInfo | null): HeadingInfo | null {
  let found: HeadingInfo | null = null
  for (let h = section; h; h = h.parent) {
    // The report's title ("# Phase 3 — Summary") names the whole report, not a summary in it.
    const title = h.depth === 1 && h.parent === null
    if (isSummaryHeading(h) && !title) found = h
    else if (found && !title) found = null
  }
  return found
}

export function readSameMetrics(doc: ReportDocument, values: MetricValueClaim[]): Claim[] {
  const parallel = parallelSections(values)
  const recordOf = recordsInSections(values)
  const tableIds = new Map<object, number>()
  const tableId = (table: object) => tableIds.get(table) ?? (tableIds.set(table, tableIds.size + 1).get(table) as number)
  const groups = new Map<string, MetricValueClaim[]>()
  for (const value of values.filter((v) => v.specific)) groups.set(value.key, [...(groups.get(value.key) ?? []), value])
  const claims: Claim[] = []
  for (const group of groups.values()) {
    if (group.length < 2) continue
    const peers = new Map<string, MetricValueClaim[]>()
    for (const value of group) {
      const summary = summaryOf(value.section)
      const scope =
        summary && !parallel(value.section) && !seriesMember(value.section, doc.headings)
          ? `summary ${summary.index}\u0001${subsectionOf(value, summary)}\u0001${scopingParents(value)}\u0001${value.fence ?? ''}\u0001${value.total}\u0001${value.local}\u0001${recordOf(value).index}`
          : `${value.section?.index ?? -1}\u0001${scopingParents(value)}\u0001${value.table ? tableId(value.table) : ''}\u0001${value.fence ?? ''}\u0001${value.total}\u0001${value.local}\u0001${recordOf(value).index}\u0001${symbolsOf(value.label)}`
      peers.set(scope, [...(peers.get(scope) ?? []), value])
    }
    for (const together of [...peers.values()].flatMap(byGroupingParent)) {
      // Two rows of one table are two records, whatever their first cells say.
      const tables = together.filter((v) => v.table).map((v) => v.table)
      if (together.length >= 2 && new Set(tables).size === tables.length) claims.push(claimOf(together, null, together[0]?.summary ? 'one summary states it twice' : 'one section states it twice'))
    }
    // A body section that states the metric under two different items ("Dataset A:", "Dataset B:")
    // states it for two things: a summary's figure restates neither.
    const chains = new Map<number, Set<string>>()
    for (const v of group) chains.set(v.section?.index ?? -1, (chains.get(v.section?.index ?? -1) ?? new Set<string>()).add(scopingParents(v)))
    for (const stated of group) {
      const summary = summaryOf(stated.section)
      if (!summary || seriesMember(stated.section, doc.headings) || aboutAFile(stated.section, summary)) continue
      const body = group.filter((v) => {
        if (summaryOf(v.section) || parallel(v.section) || (chains.get(v.section?.index ?? -1)?.size ?? 0) > 1 || recordOf(v).of > 1 || (stated.total && !v.total)) return false
        if (v.parents.some(namesASubject)) return false
        // "Payment retries (402 errors)": a count of a thing the line names is that thing's, not the report's.
        if (v.local && v.local !== stated.local) return false
        const series = seriesMember(v.section, doc.headings)
        return !series || series.last
      })
      // "Story points: 8" in one section and "21" in another: the body gives it per section, so the
      // summary's figure (a sum, a third thing) restates none of them.
      if (new Set(body.map((v) => v.section?.index ?? -1)).size > 1 && new Set(body.map((v) => v.value.value)).size > 1) continue
      if (body.length > 0) claims.push(claimOf([stated, ...body], 0, 'the summary restates the body'))
    }
  }
  return claims
}

/**
 * The subsection of a summary a value sits in, when the subsection names a thing of its own: a kind
 * of what the value counts ("Total test cases" under "### Unit tests" and "### Browser tests"), one
 * of sibling things named alike ("### Billing module", "### Search module"), a file
 * ("### src/cache.ts") or a release of a package ("### Serilog 4.3.0"). Subsections named otherwise ("### Quality", "### Speed work", "### Quality
 * metrics") group the figures of one system, and a summary gives each of those once.
 */
function subsectionOf(value: MetricValueClaim, summary: HeadingInfo): string {
  const section = value.section
  if (!section || section === summary) return ''
  let child = section
  while (child.parent && child.parent !== summary) child = child.parent
  if (isSummaryHeading(child)) return ''
  const counted = new Set(wordsOf(value.label))
  const last = (child.unit.text.replace(/\([^()]*\)/g, '').toLowerCase().match(/\p{L}{3,}/gu) ?? []).pop()
  const head = last === undefined ? undefined : wordsOf(last)[0]
  const own = (head !== undefined && counted.has(head)) || FILE_NAME.test(child.unit.text) || namesARelease(child.unit.text) || namedLikeSiblings(child, summary)
  return own ? String(child.index) : ''
}

/** "### 37. pipeline/tracker.py" under "## Files summary": a section about one file holds that file's figures, not the report's. */
function aboutAFile(section: HeadingInfo | null, summary: HeadingInfo): boolean {
  for (let h = section; h && h !== summary; h = h.parent) if (FILE_NAME.test(h.unit.text)) return true
  return false
}

// "Serilog 4.3.0", "api v2.1": a name with a release, which names one package or build.
const RELEASE = /^v?\d+\.\d+\.\d+$|^v\d+(?:\.\d+)*$/
function namesARelease(heading: string): boolean {
  const words = heading.split(/\s+/)
  return words.some((word, i) => i > 0 && RELEASE.test(word) && /^\p{L}/u.test(words[i - 1] as string))
}

// "handler.go", "core/signal/": a name with a source file's extension, or a path of two or more steps.
const FILE_NAME = /\w\.(?:tsx?|jsx?|mjs|py|go|rs|java|kt|rb|php|cs|cpp|cc|c|h|swift|sh|sql|md|json|ya?ml|toml|css|html|vue)\b|\w\/[\w.-]+\//

/** "### Billing module" beside "### Search module": sibling headings whose last word is one noun, not a grouping word ("metrics"). */
function namedLikeSiblings(child: HeadingInfo, summary: HeadingInfo): boolean {
  const last = (h: HeadingInfo) => cleanLabel(h.unit.text).replace(/\([^()]*\)/g, '').trim().split(/\s+/).pop()?.toLowerCase() ?? ''
  const noun = last(child)
  if (!/^\p{L}{3,}$/u.test(noun) || GROUPING_WORD.test(noun)) return false
  return summary.subheadings.filter((h) => h !== child && h.depth === child.depth && last(h) === noun).length >= 1
}

// Words that say how something is counted or reported, not what: they name no kind of it.
const NOT_A_KIND = new Set(['total', 'number', 'count', 'overall', 'all', 'the', 'of', 'and', 'for', 'in', 'per', 'metric', 'result', 'summary', 'statistic', 'stat'])

/** The words of a label or heading in lower case and singular ("Unit Tests" → unit, test). */
function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).map(singular).filter((w) => !NOT_A_KIND.has(w))
}

function claimOf(values: MetricValueClaim[], restatement: number | null, why: string): SameMetricClaim {
  const first = values[restatement ?? 0] as MetricValueClaim
  return {
    kind: 'same-metric', at: first.at, binding: 'inferred', label: first.label, restatement, why,
    values: values.map((v) => ({ place: v.at, value: v.value })),
    about: first.label, reading: `${first.label}: ${values.map((v) => v.value.raw).join(', ')} (${why})`
  }
}

/**
 * The marks a label holds besides its words, outside parentheses: "Incomplete with [...]" and
 * "Incomplete with ..." read alike once normalised, but in one section the author told them apart.
 */
function symbolsOf(label: string): string {
  return label.replace(/\([^()]*\)/g, '').replace(/[\p{L}\p{N}\s*_:'’-]/gu, '')
}

// "Phase 1 coverage" and "Phase 13 coverage", "Shard A size" and "Shard B size": one field of two records.
const fieldOf = (value: MetricValueClaim) => value.key.replace(/\d+(?:[.,]\d+)*|(?<![\p{L}\p{N}])\p{L}(?![\p{L}\p{N}])/gu, '#')

/**
 * Records laid out one after another in a section ("Total phase 1 items: 25", "Covered: 25", then
 * "Total phase 2 items: 5", "Covered: 5"): a field stated again starts the next record, and two runs
 * of lines are two records when the later gives two or more of the fields the record so far gave; a run that shares fewer
 * ("Total errors: 1,456 (0.008% rate)" then "Error rate: 0.02%") states one thing twice. Table rows
 * are records already. Each value's record, numbered within its section, and how many there are.
 */
function recordsInSections(values: MetricValueClaim[]): (value: MetricValueClaim) => { index: number; of: number } {
  const sections = new Map<string, MetricValueClaim[]>()
  for (const v of values) {
    if (v.table) continue
    const at = `${v.section?.index ?? -1}\u0001${v.fence ?? ''}`
    const inSection = sections.get(at)
    if (inSection) inSection.push(v)
    else sections.set(at, [v])
  }
  const found = new Map<MetricValueClaim, { index: number; of: number }>()
  for (const inSection of sections.values()) {
    const runs: Array<{ fields: Set<string>; values: MetricValueClaim[] }> = []
    for (const v of inSection) {
      const field = fieldOf(v)
      const last = runs[runs.length - 1]
      if (last && !last.fields.has(field)) {
        last.fields.add(field)
        last.values.push(v)
      } else runs.push({ fields: new Set([field]), values: [v] })
    }
    // A run is measured against the whole record so far, not the run before it: a field read alike
    // for several of its lines ("P50", "P75" and "P99.9" are each "P#") cuts a record into short runs.
    const records: MetricValueClaim[][] = []
    let recordFields = new Set<string>()
    for (const run of runs) {
      if (records.length === 0 || [...run.fields].filter((f) => recordFields.has(f)).length >= 2) {
        records.push([...run.values])
        recordFields = new Set(run.fields)
      } else {
        records[records.length - 1]?.push(...run.values)
        for (const f of run.fields) recordFields.add(f)
      }
    }
    records.forEach((record, index) => {
      for (const v of record) found.set(v, { index, of: records.length })
    })
  }
  return (value) => found.get(value) ?? { index: 0, of: 1 }
}

/**
 * Sibling sections that state two or more of the same metrics ("### API" and "### Payments", each
 * with Error Rate and P95 Latency) describe different things; so do sections under such siblings
 * ("#### Size" under "### Batch app" and under "### Health app"), whatever their own names.
 */
function parallelSections(values: MetricValueClaim[]): (section: HeadingInfo | null) => boolean {
  // The metrics stated in each section and the sections under it.
  const keys = new Map<HeadingInfo, Set<string>>()
  for (const v of values) {
    for (let h = v.section; h; h = h.parent) keys.set(h, (keys.get(h) ?? new Set<string>()).add(v.key))
  }
  // Sections with metrics, by the section they sit in: only siblings are compared.
  const siblings = new Map<HeadingInfo | null, HeadingInfo[]>()
  for (const h of keys.keys()) {
    const beside = siblings.get(h.parent)
    if (beside) beside.push(h)
    else siblings.set(h.parent, [h])
  }
  const cache = new Map<HeadingInfo, boolean>()
  const oneOfSeveral = (section: HeadingInfo): boolean => {
    let answer = cache.get(section)
    if (answer === undefined) {
      const mine = keys.get(section) ?? new Set<string>()
      answer = (siblings.get(section.parent) ?? []).some((other) => {
        // A summary restates the metrics of the body: that does not make the body's section one of several
        // entities, nor the summary's; sections within one summary may be.
        if (other === section || other.parent !== section.parent || other.depth !== section.depth || summaryOf(other) !== summaryOf(section)) return false
        let shared = 0
        for (const key of keys.get(other) as Set<string>) if (mine.has(key)) shared++
        return shared >= 2
      })
      cache.set(section, answer)
    }
    return answer
  }
  return (section) => {
    for (let h = section; h; h = h.parent) if (oneOfSeveral(h)) return true
    return false
  }
}
