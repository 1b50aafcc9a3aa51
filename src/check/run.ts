import type { ClaimCounts, Finding, Severity } from '../model.js'
import type { ReportDocument } from '../parse/document.js'
import type { TextUnit } from '../parse/text-unit.js'
import { tokenize, type Tokens } from '../extract/quantity.js'
import type { Report, Rule, RuleContext } from './rule.js'
import type { Metric } from '../metrics/model.js'
import { DEFAULT_POLICY, type Policy } from './policy.js'
import { parseDirectives, suppresses } from './directives.js'

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
}

export function runRules(doc: ReportDocument, options: RunOptions): { findings: Finding[]; claims: ClaimCounts } {
  const tokenCache = new Map<TextUnit, Tokens>()
  const tokens = (unit: TextUnit): Tokens => {
    let cached = tokenCache.get(unit)
    if (!cached) {
      cached = tokenize(unit.text)
      tokenCache.set(unit, cached)
    }
    return cached
  }

  const { directives, problems } = parseDirectives(doc.comments, options.rules.map((r) => r.meta.id))
  const found = new Set<number>()
  for (const line of doc.lines) {
    for (const q of tokens(line.unit).quantities) if (!q.word) found.add(line.unit.sourceSpan(q.start, q.end).start)
  }
  const verified = new Set<number>()
  const contradicted = new Set<number>()
  const findings: Finding[] = []
  const seen = new Set<string>()

  for (const rule of options.rules) {
    const severity = options.severities?.[rule.meta.id] ?? rule.meta.severity
    if (severity === 'off') continue
    const context: RuleContext = {
      doc,
      metrics: options.metrics ?? [],
      policy: options.policy ?? DEFAULT_POLICY,
      ignoredLabels: options.ignore?.[rule.meta.id] ?? [],
      tokens,
      verified(unit, ...spans) {
        for (const span of spans) verified.add(unit.sourceSpan(span.start, span.end).start)
      },
      report(report: Report) {
        const finding = toFinding(doc, options.file, rule.meta.id, report.severity ?? severity, report)
        if (suppresses(directives, rule.meta.id, finding.line)) return
        const key = `${finding.line}:${finding.column}:${finding.endColumn}:${finding.rule}:${finding.message}`
        if (seen.has(key)) return
        seen.add(key)
        findings.push(finding)
        if (!report.severity || report.severity !== 'notice') contradicted.add(report.at.unit.sourceSpan(report.at.start, report.at.end).start)
      }
    }
    rule.check(context)
  }

  for (const problem of problems) findings.push(directiveFinding(doc, options.file, problem.line, 'error', problem.message))
  if (options.reportUnusedDisable) {
    for (const d of directives) {
      if (d.used || d.kind === 'enable') continue
      findings.push(directiveFinding(doc, options.file, d.line, 'warning', `recount-${d.kind}${d.rules.length > 0 ? ` ${d.rules.join(' ')}` : ''} suppressed nothing`))
    }
  }

  for (const offset of contradicted) verified.delete(offset)
  const foundCount = Math.max(found.size, verified.size + contradicted.size)
  findings.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule))
  return {
    findings,
    claims: {
      found: foundCount,
      verified: verified.size,
      contradicted: contradicted.size,
      unverifiable: foundCount - verified.size - contradicted.size
    }
  }
}

function toFinding(doc: ReportDocument, file: string, rule: string, severity: Severity, report: Report): Finding {
  const span = report.at.unit.sourceSpan(report.at.start, report.at.end)
  const start = doc.index.place(span.start)
  const end = doc.index.place(span.end)
  const related: Finding['related'] = (report.related ?? []).map((other) => doc.index.place(other.unit.sourceSpan(other.start, other.end).start))
  for (const source of report.sources ?? []) related.push({ file: source.file, path: source.path })
  const finding: Finding = {
    file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, rule, severity,
    message: report.message, stated: doc.source.slice(span.start, span.end), related
  }
  if (report.computed !== undefined) finding.computed = report.computed
  if (report.suggestion !== undefined) finding.suggestion = report.suggestion
  return finding
}

/** A finding about a recount-disable comment itself, placed on the comment. */
function directiveFinding(doc: ReportDocument, file: string, line: number, severity: Severity, message: string): Finding {
  const text = doc.source.split(/\r\n|\r|\n/)[line - 1] ?? ''
  const start = Math.max(0, text.indexOf('<!--'))
  const close = text.indexOf('-->', start)
  const end = close >= 0 ? close + 3 : text.length
  return { file, line, column: start + 1, endLine: line, endColumn: end + 1, rule: 'directive', severity, message, stated: text.slice(start, end), related: [] }
}
