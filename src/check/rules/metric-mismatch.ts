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
import type { Rule, RuleContext } from '../rule.js'
import type { Quantity } from '../../extract/quantity.js'
import { normalizeLabel } from '../../extract/labels.js'
import { unitInfo } from '../../extract/units.js'
import type { Metric } from '../../metrics/model.js'
import { agrees } from '../rounding.js'
import { canonicalLabel } from '../policy.js'
import { collectStatements, type Statement } from '../statements.js'
import { replaceNumber } from '../suggest.js'

export const metricMismatch: Rule = {
  meta: { id: 'metric-mismatch', description: 'A claim about a measured metric must agree with the metrics files given (test results, coverage, load tests).', severity: 'error' },
  check(context) {
    const current = context.metrics.filter((m) => !m.target)
    if (current.length === 0) return
    const byAlias = new Map<string, Metric[]>()
    for (const metric of current) {
      for (const alias of new Set([metric.name, ...metric.aliases].map((a) => canonicalLabel(normalizeLabel(a), context.policy)))) {
        const list = byAlias.get(alias) ?? []
        list.push(metric)
        byAlias.set(alias, list)
      }
    }
    for (const statement of collectStatements(context, context.doc, true)) {
      const candidates = (byAlias.get(canonicalLabel(normalizeLabel(statement.label), context.policy)) ?? []).filter((m) => comparable(statement.quantity, m))
      if (candidates.length > 0) judge(context, statement, candidates)
    }
  }
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

function judge(context: RuleContext, statement: Statement, candidates: Metric[]): void {
  const { unit, quantity } = statement
  const fits = (m: Metric) => agrees(claimFor(quantity, m), { low: m.value, high: m.value }, false, context.policy)
  // Several files may measure the same thing (coverage-summary and lcov, truncated differently);
  // only candidates that would give different verdicts make the match ambiguous.
  const verdicts = new Set(candidates.map(fits))
  if (verdicts.size > 1) {
    const distinct = candidates
    context.report({
      at: { unit, start: quantity.start, end: quantity.end },
      severity: 'notice',
      message: `${statement.label} ${quantity.raw} was not checked: it matches several metrics with different values (${distinct.map((m) => `${m.source.file}: ${m.source.path} = ${m.display}`).join('; ')})`,
      sources: distinct.map((m) => m.source)
    })
    return
  }
  const metric = candidates[0] as Metric
  const claim = claimFor(quantity, metric)
  if (fits(metric)) {
    context.verified(unit, quantity)
    return
  }
  const written = metric.value / claim.factor
  context.report({
    at: { unit, start: quantity.start, end: quantity.end },
    message: `${statement.label} is ${quantity.raw} here but ${metric.source.file} has ${metric.source.path} = ${metric.display}`,
    computed: metric.display,
    suggestion: replaceNumber(unit.text, quantity, Number(written.toFixed(quantity.decimals))),
    sources: [metric.source]
  })
}
