/**
 * conflicting-values: one metric, stated in two places that describe the same thing, with values
 * that cannot both be true. A warning: the text relates the two places only by their labels.
 *
 * Flags:      "Error Rate: 0.02%" in a summary, "Total errors: 1,456 (0.008% rate)" in the body;
 *             "zero errors" in Key Numbers and "Total errors: 1,456" in the body;
 *             "P95 Latency: 156ms" and "P95 Latency: 240ms" in one section.
 * Leaves:     the same label in two sections of the body (runs, phases, services, datasets); sibling
 *             sections that state the same metrics; qualified labels ("Uptime (staging)", "Batch Add
 *             (10)"); targets, baselines and "before" values; values under different list items.
 */
import { defineRule, unverifiable, verified, type VerifyContext, type Verdict } from '../rule.js'
import type { Place, SameMetricClaim } from '../../claims/model.js'
import type { Quantity } from '../../extract/quantity.js'
import { normalizeLabel } from '../../extract/labels.js'
import { agrees, overlaps, statedInterval } from '../rounding.js'
import { canonicalLabel, type Policy } from '../policy.js'

type Stated = { place: Place; value: Quantity }

export const conflictingValues = defineRule({
  meta: { id: 'conflicting-values', description: 'The same metric must not be stated with incompatible values in one report.', severity: 'error', claims: ['same-metric'] },
  verify(claim, context): Verdict {
    if (context.ignoredLabels.has(canonicalLabel(normalizeLabel(claim.label), context.policy))) return unverifiable('configuration tells this rule to leave the label alone')
    return claim.restatement === null ? verifyPeers(claim, context) : verifyRestatement(claim, claim.restatement, context)
  }
})

function compatible(a: Quantity, b: Quantity, policy: Policy): boolean {
  return overlaps(statedInterval(a, false, policy), statedInterval(b, false, policy)) || agrees(a, statedInterval(b, false, policy), false, policy)
}

function contradiction(claim: SameMetricClaim, at: Stated, cited: Stated[], context: VerifyContext): Verdict {
  const lines = [...new Set(cited.map((s) => context.lineOf(s.place)))]
  const others = [...new Set(cited.map((s) => s.value.raw))].join(' / ')
  const where = lines.length <= 1 ? String(lines[0]) : `${lines.slice(0, -1).join(', ')} and ${lines[lines.length - 1]}`
  return {
    status: 'contradicted',
    at: at.place,
    message: `${claim.label} is ${at.value.raw} here but ${others} at line${lines.length > 1 ? 's' : ''} ${where}${claim.restatement !== null ? ' (the summary restates the body)' : ''}`,
    computed: others,
    related: cited.map((s) => s.place)
  }
}

function verifyRestatement(claim: SameMetricClaim, index: number, context: VerifyContext): Verdict {
  const summary = claim.values[index] as Stated
  const body = claim.values.filter((_, i) => i !== index)
  const disagreeing = body.filter((b) => !compatible(summary.value, b.value, context.policy))
  if (disagreeing.length === 0) return verified(...claim.values.map((v) => v.place))
  return contradiction(claim, summary, disagreeing, context)
}

/** Peers in one section: the value stated most often stands; the first of any other value is reported. */
function verifyPeers(claim: SameMetricClaim, context: VerifyContext): Verdict {
  const clusters: Stated[][] = []
  for (const stated of claim.values) {
    const home = clusters.find((c) => c.every((other) => compatible(stated.value, other.value, context.policy)))
    if (home) home.push(stated)
    else clusters.push([stated])
  }
  if (clusters.length === 1) return verified(...claim.values.map((v) => v.place))
  const main = clusters.reduce((best, c) => (c.length > best.length ? c : best))
  const odd = clusters.find((c) => c !== main) as Stated[]
  return contradiction(claim, odd[0] as Stated, main, context)
}
