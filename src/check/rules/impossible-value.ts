/**
 * impossible-value: a share above 100%, or a part larger than its whole.
 *
 * Flags:      "Coverage: 105%", "115% complete", "108% line coverage", "9/8 services healthy", "Passed: 14/12",
 *             "12 of 10 tests passed", "Failed 30 (of 25 runs)", "Of 40 builds, 44 succeeded"
 * Leaves:     "150% of target", "+120% throughput", "CPU: 250%" (several cores), "Throughput 3/2 ratio",
 *             "150% of last year's", "12 of 10 planned stories done", "Passed/Failed: 14/12", "Passed on 14/12",
 *             "Completion Rate: 116%" (against a plan), "✅ 115%" (attainment of a target),
 *             "reaching 90% requires 112% coverage of the rest" (what a goal would take).
 */
import { defineRule, verified, type Verdict } from '../rule.js'

export const impossibleValue = defineRule({
  meta: { id: 'impossible-value', description: 'A share cannot exceed 100%, and a part cannot be larger than its whole.', severity: 'error', claims: ['share-bound', 'part-of-whole'] },
  verify(claim): Verdict {
    if (claim.kind === 'share-bound') {
      const q = claim.quantity
      return { status: 'contradicted', message: `"${q.raw}"${claim.about ? ` (${claim.about})` : ''} is a share of a whole, which cannot pass 100%`, computed: '≤ 100%' }
    }
    const f = claim.fraction
    if (f.numerator.written <= f.denominator.written) return verified(claim.at)
    return { status: 'contradicted', message: `"${claim.about}": ${f.numerator.raw} is more than the whole of ${f.denominator.raw}`, computed: `≤ ${f.denominator.raw}` }
  }
})
