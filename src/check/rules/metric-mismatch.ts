/**
 * metric-mismatch: a claim that names a measured metric must agree with the measurement in the
 * metrics files given with --metrics (test results, coverage, load tests, recount metrics files).
 *
 * Flags:      "Coverage: 87%" when coverage/coverage-summary.json has total.lines.pct = 84.31
 *             "P95 Latency: 156ms" when the k6 summary has http_req_duration p(95) = 168 ms
 * Leaves:     "Coverage: 87%" against 86.6 (rounds to 87); targets and baselines; labels that match
 *             no metric; labels that match several metrics that would give different verdicts
 *             (reported as a notice naming the candidates, never guessed).
 */
import { defineRule, unverifiable, verified, type VerifyContext, type Verdict } from '../rule.js'
import type { MetricValueClaim } from '../../claims/model.js'
import type { Quantity } from '../../extract/quantity.js'
import { normalizeLabel } from '../../extract/labels.js'
import { unitInfo } from '../../extract/units.js'
import type { Metric } from '../../metrics/model.js'
import { agrees } from '../rounding.js'
import { canonicalLabel, type Policy } from '../policy.js'

export const metricMismatch = defineRule({
  meta: { id: 'metric-mismatch', description: 'A claim about a measured metric must agree with the metrics files given (test results, coverage, load tests).', severity: 'error', claims: ['metric-value'] },
  verify(claim, context): Verdict {
    const current = context.metrics.filter((m) => !m.target)
    if (current.length === 0) return unverifiable('no metrics file to compare it with (--metrics)')
    const label = canonicalLabel(normalizeLabel(claim.label), context.policy)
    if (context.ignoredLabels.has(label)) return unverifiable('configuration tells this rule to leave the label alone')
    // "P95 latency (staging)", "Coverage: 70% (backend)": a part or a place the metrics file does not name.
    if (claim.key.slice(0, claim.key.lastIndexOf('|')).endsWith(')')) return unverifiable('the label qualifies the metric, and no metrics file names that qualifier')
    const candidates = (metricsByAlias(current, context.policy).get(label) ?? []).filter((m) => comparable(claim.value, m))
    if (candidates.length === 0) return unverifiable('no metric in the metrics files has this name')
    return judge(claim, candidates, context)
  }
})

const aliasCache = new WeakMap<Metric[], Map<string, Metric[]>>()

function metricsByAlias(metrics: Metric[], policy: Policy): Map<string, Metric[]> {
  let byAlias = aliasCache.get(metrics)
  if (!byAlias) {
    byAlias = new Map()
    for (const metric of metrics) {
      for (const alias of new Set([metric.name, ...metric.aliases].map((a) => canonicalLabel(normalizeLabel(a), policy)))) {
        byAlias.set(alias, [...(byAlias.get(alias) ?? []), metric])
      }
    }
    aliasCache.set(metrics, byAlias)
  }
  return byAlias
}

function comparable(q: Quantity, metric: Metric): boolean {
  return metric.dimension === 'unitless' || metric.dimension === q.dimension
}

/** The claim as a number comparable with the metric: a unit-less metric compares with the number as written. */
function claimFor(q: Quantity, metric: Metric): Quantity {
  if (metric.dimension !== 'unitless') return q
  const unitFactor = q.unitSymbol ? unitInfo(q.unitSymbol.trim())?.factor ?? 1 : 1
  return { ...q, factor: q.factor / unitFactor }
}

function judge(claim: MetricValueClaim, candidates: Metric[], context: VerifyContext): Verdict {
  const { at, value: quantity } = claim
  const fits = (m: Metric) => agrees(claimFor(quantity, m), { low: m.value, high: m.value }, false, context.policy)
  // Several files may measure the same thing (coverage-summary and lcov, truncated differently);
  // only candidates that would give different verdicts make the match ambiguous.
  const verdicts = new Set(candidates.map(fits))
  if (verdicts.size > 1) {
    const message = `${claim.label} ${quantity.raw} was not checked: it matches several metrics with different values (${candidates.map((m) => `${m.source.file}: ${m.source.path} = ${m.display}`).join('; ')})`
    return { status: 'unverifiable', reason: message, notice: { message, sources: candidates.map((m) => m.source) } }
  }
  const metric = candidates[0] as Metric
  if (fits(metric)) return verified(at)
  // A measured value is the author's to correct: the message says what the file has, and no fix is offered.
  return {
    status: 'contradicted',
    message: `${claim.label} is ${quantity.raw} here but ${metric.source.file} has ${metric.source.path} = ${metric.display}`,
    computed: metric.display,
    sources: [metric.source]
  }
}
