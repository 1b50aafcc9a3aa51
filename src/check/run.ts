import type { ClaimCounts, ClaimView, Finding, Severity } from '../model.js'
import type { ReportDocument } from '../parse/document.js'
import type { TextUnit } from '../parse/text-unit.js'
import { tokenize, type Tokens } from '../extract/quantity.js'
import { normalizeLabel } from '../extract/labels.js'
import type { Claim, Place } from '../claims/model.js'
import { extractClaims } from '../claims/extract.js'
import { sectionPath } from '../claims/scope.js'
import type { Contradicted, Rule, Verdict, VerifyContext } from './rule.js'
import type { Metric } from '../metrics/model.js'
import { canonicalLabel, DEFAULT_POLICY, type Policy } from './policy.js'
import { parseDirectives, suppresses } from './directives.js'
import { severityFor } from './certainty.js'

export interface RunOptions {
  file: string
  rules: Rule[]
  /** Severity per rule id, overriding the rule's default; 'off' disables it. */
  severities?: Record<string, Severity | 'off'>
  metrics?: Metric[]
  policy?: Policy
  /** Labels each rule leaves alone, by rule id. */
  ignore?: Record<string, string[]>
  /** Report recount-disable directives that suppressed nothing. */
  reportUnusedDisable?: boolean
  /** Also return every claim with its verdict. */
  listClaims?: boolean
}

export interface RunResult {
  findings: Finding[]
  claims: ClaimCounts
  claimList?: ClaimView[]
}

/** claims → check: every claim goes to the enabled rule for its kind, and each contradiction becomes a finding. */
export function runRules(doc: ReportDocument, options: RunOptions): RunResult {
  const tokenCache = new Map<TextUnit, Tokens>()
  const tokens = (unit: TextUnit): Tokens => {
    let cached = tokenCache.get(unit)
    if (!cached) {
      cached = tokenize(unit.text)
      tokenCache.set(unit, cached)
    }
    return cached
  }
  const policy = options.policy ?? DEFAULT_POLICY
  const offsetOf = (place: Place) => place.unit.sourceSpan(place.start, place.end).start
  const lineOf = (place: Place) => doc.index.place(offsetOf(place)).line

  const { directives, problems } = parseDirectives(doc.comments, options.rules.map((r) => r.meta.id))
  const found = new Set<number>()
  for (const line of doc.lines) {
    for (const q of tokens(line.unit).quantities) if (!q.word) found.add(line.unit.sourceSpan(q.start, q.end).start)
  }
  const verifiedNumbers = new Set<number>()
  const contradictedNumbers = new Set<number>()
  const findings: Finding[] = []
  const seen = new Set<string>()
  const views: ClaimView[] = []

  const claims = extractClaims(doc, { tokens, policy })
  const ruleFor = new Map<string, { rule: Rule; severity: Severity; context: VerifyContext }>()
  for (const rule of options.rules) {
    const severity = options.severities?.[rule.meta.id] ?? rule.meta.severity
    if (severity === 'off') continue
    const ignoredLabels = new Set((options.ignore?.[rule.meta.id] ?? []).map((l) => canonicalLabel(normalizeLabel(l), policy)))
    const context: VerifyContext = { metrics: options.metrics ?? [], policy, ignoredLabels, lineOf }
    for (const kind of rule.meta.claims) ruleFor.set(kind, { rule, severity, context })
  }

  for (const claim of claims) {
    const assigned = ruleFor.get(claim.kind)
    let verdict: Verdict = assigned ? assigned.rule.verify(claim, assigned.context) : { status: 'unverifiable', reason: 'no enabled rule checks this kind of claim' }
    if (verdict.status === 'contradicted' && claim.doubt) verdict = { status: 'unverifiable', reason: `${verdict.message}, but ${claim.doubt}` }
    let severity: Severity | undefined
    if (verdict.status === 'verified') for (const place of verdict.checked) verifiedNumbers.add(offsetOf(place))
    if (verdict.status === 'contradicted' && assigned) {
      severity = severityFor(assigned.severity, claim.binding, verdict.atMost)
      const at = verdict.at ?? claim.at
      const finding = toFinding(doc, options.file, assigned.rule.meta.id, severity, at, verdict)
      if (!suppresses(directives, assigned.rule.meta.id, finding.line)) {
        const key = `${finding.line}:${finding.column}:${finding.endColumn}:${finding.rule}:${finding.message}`
        if (!seen.has(key)) {
          seen.add(key)
          findings.push(finding)
          if (severity !== 'notice') contradictedNumbers.add(offsetOf(at))
        }
      }
    }
    if (verdict.status === 'unverifiable' && verdict.notice && assigned && !suppresses(directives, assigned.rule.meta.id, lineOf(claim.at))) {
      findings.push(toFinding(doc, options.file, assigned.rule.meta.id, 'notice', claim.at, { status: 'contradicted', message: verdict.notice.message, sources: verdict.notice.sources }))
    }
    if (options.listClaims) views.push(viewOf(doc, claim, assigned?.rule.meta.id, verdict, severity))
  }

  for (const problem of problems) findings.push(directiveFinding(doc, options.file, problem.line, 'error', problem.message))
  if (options.reportUnusedDisable) {
    for (const d of directives) {
      if (d.used || d.kind === 'enable') continue
      findings.push(directiveFinding(doc, options.file, d.line, 'warning', `recount-${d.kind}${d.rules.length > 0 ? ` ${d.rules.join(' ')}` : ''} suppressed nothing`))
    }
  }

  for (const offset of contradictedNumbers) verifiedNumbers.delete(offset)
  const foundCount = Math.max(found.size, verifiedNumbers.size + contradictedNumbers.size)
  findings.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule))
  const result: RunResult = {
    findings,
    claims: {
      found: foundCount,
      verified: verifiedNumbers.size,
      contradicted: contradictedNumbers.size,
      unverifiable: foundCount - verifiedNumbers.size - contradictedNumbers.size
    }
  }
  if (options.listClaims) result.claimList = views.sort((a, b) => a.line - b.line || a.column - b.column)
  return result
}

function toFinding(doc: ReportDocument, file: string, rule: string, severity: Severity, at: Place, verdict: Contradicted): Finding {
  const span = at.unit.sourceSpan(at.start, at.end)
  const start = doc.index.place(span.start)
  const end = doc.index.place(span.end)
  const related: Finding['related'] = (verdict.related ?? []).map((other) => doc.index.place(other.unit.sourceSpan(other.start, other.end).start))
  for (const source of verdict.sources ?? []) related.push({ file: source.file, path: source.path })
  const finding: Finding = {
    file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, rule, severity,
    message: verdict.message, stated: doc.source.slice(span.start, span.end), related
  }
  if (verdict.computed !== undefined) finding.computed = verdict.computed
  // A correction is offered only where the rule is sure and the stated value is derived from the others.
  if (verdict.suggestion !== undefined && severity === 'error') finding.suggestion = verdict.suggestion
  return finding
}

function viewOf(doc: ReportDocument, claim: Claim, rule: string | undefined, verdict: Verdict, severity: Severity | undefined): ClaimView {
  const at = verdict.status === 'contradicted' ? verdict.at ?? claim.at : claim.at
  const span = at.unit.sourceSpan(at.start, at.end)
  const offset = span.start
  const place = doc.index.place(offset)
  const end = doc.index.place(span.end)
  const view: ClaimView = {
    line: place.line, column: place.column, endLine: end.line, endColumn: end.column, kind: claim.kind, binding: claim.binding, about: claim.about, reading: claim.reading,
    section: sectionPath(doc, offset), verdict: verdict.status
  }
  if (rule) view.rule = rule
  if (verdict.status === 'unverifiable') view.detail = verdict.reason
  if (verdict.status === 'contradicted') view.detail = verdict.message
  if (severity) view.severity = severity
  return view
}

/** A finding about a recount-disable comment itself, placed on the comment. */
function directiveFinding(doc: ReportDocument, file: string, line: number, severity: Severity, message: string): Finding {
  const text = doc.source.split(/\r\n|\r|\n/)[line - 1] ?? ''
  const start = Math.max(0, text.indexOf('<!--'))
  const close = text.indexOf('-->', start)
  const end = close >= 0 ? close + 3 : text.length
  return { file, line, column: start + 1, endLine: line, endColumn: end + 1, rule: 'directive', severity, message, stated: text.slice(start, end), related: [] }
}
