import { normalizeLabel, polarity } from '../extract/labels.js'

export type RoundingMode = 'half-up' | 'half-even' | 'truncate' | 'any'

/** How strictly stated numbers are read; set by configuration, defaults as documented. */
export interface Policy {
  /**
   * half-up (default) and half-even: the rounding rule, with truncation accepted too, as reports
   * truncate as often as they round; truncate: truncation only; any: rounding in either direction.
   */
  rounding: RoundingMode
  /** Extra absolute slack for percentages and percentage points. */
  tolerance: number
  /** How much "~" / "about" widens a number, as a fraction of it. */
  approximate: number
  /** Labels whose direction of improvement is set by configuration (normalised label → +1 higher is better, −1 lower). */
  changeBase: Map<string, 1 | -1>
  /** Label synonyms from configuration: normalised label → normalised metric name. */
  aliases: Map<string, string>
}

export const DEFAULT_POLICY: Policy = { rounding: 'half-up', tolerance: 0, approximate: 0.1, changeBase: new Map(), aliases: new Map() }

/** A normalised label, mapped to the metric name configuration says it means. */
export function canonicalLabel(normalized: string, policy: Policy): string {
  return policy.aliases.get(normalized) ?? normalized
}

/** Whether a rise of the labelled metric is good: configuration first, then the built-in words. */
export function polarityOf(label: string, policy: Policy, ofMetric = false): 1 | -1 | 0 {
  const normal = normalizeLabel(label)
  for (const [name, direction] of policy.changeBase) if (normal.includes(name)) return direction
  return polarity(label, ofMetric)
}
