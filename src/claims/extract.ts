import type { ReportDocument } from '../parse/document.js'
import type { TextUnit } from '../parse/text-unit.js'
import type { Tokens } from '../extract/quantity.js'
import type { Policy } from '../check/policy.js'
import type { ClaimContext, ClaimReader } from './context.js'
import type { Claim, MetricValueClaim } from './model.js'
import { readFractionPercents } from './fraction-percent.js'
import { readChanges } from './change.js'
import { readTotals } from './total-parts.js'
import { readCounts } from './counts.js'
import { readMetricValues } from './metric-values.js'
import { readSameMetrics } from './same-metric.js'
import { readTargetStatuses } from './target-status.js'
import { readCountRates } from './count-rate.js'
import { readRowRates } from './row-rates.js'
import { readDurations } from './durations.js'
import { readBounds } from './bounds.js'
import { readSummaryRows } from './summary-rows.js'
import { readArithmetic } from './arithmetic.js'
import { readRankings } from './rankings.js'
import { readSequenceProgress } from './sequence-progress.js'
import { readDateSpans } from './date-spans.js'

const READERS: ClaimReader[] = [readFractionPercents, readChanges, readTotals, readCounts, readTargetStatuses, readCountRates, readRowRates, readDurations, readDateSpans, readSequenceProgress, readBounds, readSummaryRows, readArithmetic, readRankings]

/** parse → claims: every relation the report asserts between its numbers, each read once. */
export function extractClaims(doc: ReportDocument, options: { tokens(unit: TextUnit): Tokens; policy: Policy }): Claim[] {
  const context: ClaimContext = { doc, tokens: options.tokens, policy: options.policy }
  const claims = READERS.flatMap((read) => read(context))
  const values = readMetricValues(context) as MetricValueClaim[]
  return [...claims, ...values, ...readSameMetrics(doc, values)]
}
