import { SEVERITY_RANK, type Severity } from '../model.js'
import type { Binding } from '../claims/model.js'

/**
 * How sure a contradiction is decides how loudly it is reported: numbers the text binds tightly
 * (one parenthesis, cell or clause) or by structure (a list under its lead-in, a Total row) are
 * errors; a relation inferred across the layout (a summary restating the body) is a warning; a
 * weaker reading is a notice, which never fails a run.
 */
const CEILING: Record<Binding, Severity> = { tight: 'error', structural: 'error', inferred: 'warning', weak: 'notice' }

/** The lowest of the rule's configured severity, the claim's certainty and the verdict's own ceiling. */
export function severityFor(configured: Severity, binding: Binding, atMost?: Severity): Severity {
  let severity = configured
  for (const cap of [CEILING[binding], atMost]) if (cap && SEVERITY_RANK[cap] < SEVERITY_RANK[severity]) severity = cap
  return severity
}
