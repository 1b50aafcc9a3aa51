import type { Severity } from '../model.js'
import type { ReportDocument } from '../parse/document.js'
import type { TextUnit } from '../parse/text-unit.js'
import type { Quantity, Tokens } from '../extract/quantity.js'

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
  message: string
  computed?: string
  /** Replacement text for the span at `at`, when one correction is unambiguous. */
  suggestion?: string
  related?: UnitSpan[]
}

export interface RuleContext {
  doc: ReportDocument
  tokens(unit: TextUnit): Tokens
  report(report: Report): void
  /** Marks quantities as checked and found consistent. */
  verified(unit: TextUnit, ...quantities: Array<Quantity | { start: number; end: number }>): void
}

export function spanOf(unit: TextUnit, q: { start: number; end: number }): UnitSpan {
  return { unit, start: q.start, end: q.end }
}
