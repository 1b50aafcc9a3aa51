/**
 * change-percent: a before → after pair and the change stated for it must agree.
 *
 * Flags:      "2/8 → 7/8 healthy (+350%)"     → 2 → 7 is +250%; 350% is the ratio 3.5×
 *             "420ms → 240ms (+43%)"          → wrong sign
 *             "| PostgreSQL | 58ms | 13% slower |" under a Baseline row of 45ms → 28.9% slower
 *             "8.2% → 4.8% (-3.4%)"           → a warning: −3.4 percentage points, a relative change of −41.5%
 * Leaves:     "61 → 3 (95% reduction)", "~20% → ~90% (+350%)", "420ms → 240ms (-180ms)",
 *             "280ms → 18ms (-93%)" (truncated), "805 → 860 (+55, 78%)" (78% is not named as a change).
 */
import { defineRule, verified, type Verdict } from '../rule.js'
import { judgeChange } from '../change-readings.js'
import { decimalSizeRatio } from '../../extract/units.js'
import { scale } from '../../extract/interval.js'
import type { Operand } from '../../claims/operand.js'

export const changePercent = defineRule({
  meta: { id: 'change-percent', description: 'A stated change ("+350%", "95% reduction", "-3.4 pp") must follow from the before and after values.', severity: 'error', claims: ['change'] },
  verify(claim, context): Verdict {
    const judge = (change: typeof claim.change) => judgeChange(claim.at.unit.text, claim.before, claim.after, change, claim.words, claim.label, context.policy)
    const verdict = judge(claim.change)
    if (!verdict) return { status: 'unverifiable', reason: 'the change has no single value for these numbers' }
    if (verdict.ok) return verified(claim.at)
    // "1.25MB → 815KB": sizes in two units may be decimal (1 MB = 1000 KB) as well as binary.
    if (claim.before.dimension === 'size' && claim.before.unitSymbol !== claim.after.unitSymbol) {
      const decimal = judgeChange(claim.at.unit.text, inDecimalUnits(claim.before), inDecimalUnits(claim.after), claim.change, claim.words, claim.label, context.policy)
      if (decimal?.ok) return verified(claim.at)
    }
    // "(+12.5% / +48%)": the points and the relative change, side by side.
    if (verdict.atMost === 'warning' && claim.alternatives.some((other) => judge(other)?.ok)) return verified(claim.at)
    return { status: 'contradicted', message: verdict.message as string, computed: verdict.computed, suggestion: verdict.suggestion, atMost: verdict.atMost }
  }
})

function inDecimalUnits(operand: Operand): Operand {
  const ratio = decimalSizeRatio(operand.unitSymbol)
  return { ...operand, value: scale(operand.value, ratio) }
}
