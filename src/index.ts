import { buildDocument } from './parse/document.js'
import { runRules } from './check/run.js'
import { RULES } from './check/rules/index.js'
import type { FileResult, Severity } from './model.js'
import type { Metric } from './metrics/model.js'

export type { Finding, FileResult, ClaimCounts, Severity, Place } from './model.js'
export { RULES } from './check/rules/index.js'
export { loadMetrics } from './metrics/load.js'
export type { Metric, MetricSource, MetricsFormat } from './metrics/model.js'

export interface CheckOptions {
  /** Name used in findings; defaults to "<input>". */
  file?: string
  /** Severity per rule id, or 'off'. */
  rules?: Record<string, Severity | 'off'>
  /** Measurements to check claims against (see loadMetrics). */
  metrics?: Metric[]
}

/** Checks one Markdown report and returns its findings and claim counts. */
export function check(markdown: string, options: CheckOptions = {}): FileResult {
  const file = options.file ?? '<input>'
  const source = markdown.charCodeAt(0) === 0xfeff ? markdown.slice(1) : markdown
  const doc = buildDocument(source)
  const { findings, claims } = runRules(doc, { file, rules: RULES, severities: options.rules, metrics: options.metrics })
  return { file, findings, claims }
}
