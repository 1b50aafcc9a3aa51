/**
 * threshold-status: a target, an actual value and a status mark must agree.
 *
 * Flags:      "| Security Breach | <1h | 120 min | ✅ PASS |"   → 120 min is not under 1 h
 *             "P95: 310ms (target <250ms) ✅"
 * Leaves:     "RTO: 45 minutes (target <4 hours) ✅", "| Coverage | ≥85% | 87% | ✅ PASS |",
 *             rows whose target is words ("Minimize") or whose status is a warning (⚠️),
 *             "| Cost Reduction | 50% | 70% | ✅ |" (a reduction: more is better).
 */
import { defineRule, unverifiable, verified, type Verdict } from '../rule.js'
import type { Bound, Quantity } from '../../extract/quantity.js'
import { polarityOf, type Policy } from '../policy.js'
import { formatDuration, trimNumber } from '../../extract/units.js'
import { statedInterval } from '../rounding.js'

export const thresholdStatus = defineRule({
  meta: { id: 'threshold-status', description: 'A status mark (✅, PASS, ❌, MISSED) must agree with the target and the actual value beside it.', severity: 'error', claims: ['target-status'] },
  verify(claim, context): Verdict {
    const judged = claim.checks.map((check) => ({ check, judgement: meets(check.actual, check.target, `${claim.label} ${check.name}`, context.policy) }))
    const known = judged.filter((j): j is { check: (typeof j)['check']; judgement: Judgement } => j.judgement !== null)
    if (known.length === 0) return unverifiable('the target does not say which way is better')
    const failing = known.filter((j) => !j.judgement.passes)
    const inline = claim.at !== claim.statusPlace
    if (claim.status === 'pass' && failing.length > 0) {
      const first = failing[0] as (typeof failing)[number]
      return {
        status: 'contradicted',
        message: inline
          ? `Marked as met but ${first.judgement.explanation}`
          : `"${claim.statusPlace.unit.text}" for ${claim.label} but ${first.check.name ? `${first.check.name} ` : ''}${first.judgement.explanation}`,
        computed: 'fail',
        related: inline ? [claim.statusPlace] : failing.map((f) => f.check.actualPlace)
      }
    }
    if (claim.status === 'fail' && !claim.unreadable && known.length === judged.length && failing.length === 0) {
      return {
        status: 'contradicted',
        message: inline ? `Marked as missed but ${known.map((j) => j.judgement.explanation).join('; ')}` : `"${claim.statusPlace.unit.text}" for ${claim.label} but ${known.map((j) => j.judgement.explanation).join('; ')}`,
        computed: 'pass',
        related: inline ? [claim.statusPlace] : []
      }
    }
    return verified(...known.map((j) => j.check.actualPlace))
  }
})

interface Judgement {
  passes: boolean
  explanation: string
}

function show(q: Quantity, value: number, other?: Quantity): string {
  if (q.dimension === 'duration') {
    const factor = Math.min(q.factor, other?.factor ?? q.factor)
    return factor === 60 ? `${trimNumber(value / 60)} min` : factor === 3600 ? `${trimNumber(value / 3600)} h` : formatDuration(value)
  }
  if (q.dimension === 'percent') return `${trimNumber(value, 4)}%`
  return `${trimNumber(value / (q.factor || 1), 4)}${q.unitSymbol ?? ''}`
}

/** Does `actual` meet `target`? Without a comparator on the target, the metric's polarity decides. */
function meets(actual: Quantity, target: Quantity, label: string, policy: Policy): Judgement | null {
  if (actual.dimension !== target.dimension || actual.rangeHigh !== null || target.rangeHigh !== null || actual.approx) return null
  let bound: Bound | null = target.bound
  // A target written as a signed decrease ("-50%") asks for at least that much decrease.
  if (!bound && target.sign === '-' && actual.sign === '-') bound = '<='
  if (!bound) {
    const direction = polarityOf(label, policy)
    if (direction === 0) return null
    bound = direction < 0 ? '<=' : '>='
  }
  // An actual written as a bound ("<1 min") is judged by its worst case.
  const value = actual.value
  const t = target.value
  // The actual may be any value its digits allow: "50%" may be 49.7%, which is under 50%.
  const { low, high } = actual.bound ? { low: value, high: value } : statedInterval(actual, false, policy)
  let passes: boolean
  if (bound === '<') passes = actual.bound === '<' ? value <= t : low < t
  else if (bound === '<=') passes = low <= t
  else if (bound === '>') passes = actual.bound === '>' ? value >= t : high > t
  else passes = high >= t
  const relation = { '<': 'under', '<=': 'at most', '>': 'over', '>=': 'at least' }[bound]
  const detail = actual.unitSymbol !== target.unitSymbol ? ` (${show(actual, value, target)} vs ${show(target, t, actual)})` : ''
  return { passes, explanation: `${actual.raw} is ${passes ? '' : 'not '}${relation} ${target.raw.replace(/^[<>≤≥=\s]+/, '')}${detail}` }
}
