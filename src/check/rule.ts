import type { Severity } from '../model.js'
import type { ReportDocument } from '../parse/document.js'
import type { TextUnit } from '../parse/text-unit.js'
import type { Quantity, Tokens } from '../extract/quantity.js'
import type { Metric, MetricSource } from '../metrics/model.js'
import type { Policy } from './policy.js'

export interface RuleMeta {
  id: string
  description: string
  severity: Severity
}

export interface Rule {
  meta: RuleMeta
  check(context: RuleContext): void
}

/** Where in a text unit a finding sits, or what another place it cites. */
export interface UnitSpan {
  unit: TextUnit
  start: number
  end: number
}

export interface Report {
  at: UnitSpan
  /** Overrides the rule's severity for this finding (e.g. a notice that a claim could not be checked). */
  severity?: Severity
  message: string
  computed?: string
  /** Replacement text for the span at `at`, when one correction is unambiguous. */
  suggestion?: string
  related?: UnitSpan[]
  /** Fields of metrics files the finding is measured against. */
  sources?: MetricSource[]
}

export interface RuleContext {
  doc: ReportDocument
  /** Measurements from metrics files (empty when none were given). */
  metrics: Metric[]
  /** Rounding, tolerance and polarity settings from configuration. */
  policy: Policy
  /** Labels configuration tells this rule to leave alone (`rules.<id>.ignore`). */
  ignoredLabels: string[]
  tokens(unit: TextUnit): Tokens
  report(report: Report): void
  /** Marks quantities as checked and found consistent. */
  verified(unit: TextUnit, ...quantities: Array<Quantity | { start: number; end: number }>): void
}
