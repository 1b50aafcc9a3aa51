/**
 * impossible-value: a share above 100%, or a part larger than its whole.
 *
 * Flags:      "Coverage: 105%", "115% complete", "9/8 services healthy"
 * Leaves:     "150% of target", "+120% throughput", "CPU: 250%" (several cores), "Throughput 3/2 ratio",
 *             "Completion Rate: 116%" (against a plan), "✅ 115%" (attainment of a target).
 */
import { defineRule, verified, type Verdict } from '../rule.js'

export const impossibleValue = defineRule({
  meta: { id: 'impossible-value', description: 'A share cannot exceed 100%, and a part cannot be larger than its whole.', severity: 'error', claims: ['share-bound', 'part-of-whole'] },
  verify(claim): Verdict {
    if (claim.kind === 'share-bound') {
      const q = claim.quantity
      return { status: 'contradicted', message: `"${q.raw}" is a share above 100%`, computed: '≤ 100%' }
    }
    const f = claim.fraction
    if (f.numerator.written <= f.denominator.written) return verified(claim.at)
    return { status: 'contradicted', message: `"${claim.at.unit.text.slice(f.start, f.end)}": ${f.numerator.raw} is more than the whole of ${f.denominator.raw}`, computed: `≤ ${f.denominator.raw}` }
  }
})
