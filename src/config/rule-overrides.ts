import type { Severity } from '../model.js'
import { ConfigResolver, mergeConfig, type EffectiveConfig } from './resolve.js'
import type { ConfigSnapshot } from './snapshot.js'
import { RULE_IDS } from './schema.js'
import { didYouMean } from './did-you-mean.js'

export type RuleSeverities = Record<string, Severity | 'off'>

const SEVERITIES = ['off', 'notice', 'warning', 'error'] as const

/**
 * Reads `--rule id=severity` (or `id:severity`) arguments; a later one for the same rule wins.
 * Returns the severities, or what is wrong with the first bad one, naming the likely meaning.
 */
export function parseRuleArguments(args: string[]): RuleSeverities | string {
  const severities: RuleSeverities = {}
  for (const arg of args) {
    const at = [arg.indexOf('='), arg.indexOf(':')].filter((i) => i > 0).sort((a, b) => a - b)[0]
    if (at === undefined) return `--rule takes id=severity, such as sum-total=warning, not "${arg}"`
    const id = arg.slice(0, at).trim()
    const severity = arg.slice(at + 1).trim()
    if (!RULE_IDS.includes(id)) return `--rule: unknown rule "${id}"${didYouMean(id, RULE_IDS)}; expected one of ${RULE_IDS.join(', ')}`
    if (!(SEVERITIES as readonly string[]).includes(severity)) return `--rule ${id}: the severity must be one of ${SEVERITIES.join(', ')}, not "${severity}"${didYouMean(severity, SEVERITIES)}`
    severities[id] = severity as Severity | 'off'
  }
  return severities
}

/**
 * A ConfigResolver whose severities from `--rule` apply over every config file; a report's front
 * matter still applies over them, as an inline comment does over ESLint's --rule.
 */
export class RuleOverridingResolver extends ConfigResolver {
  private readonly overridden = new WeakMap<EffectiveConfig, EffectiveConfig>()

  constructor(
    explicitPath: string | undefined,
    private readonly severities: RuleSeverities,
    snapshot?: ConfigSnapshot
  ) {
    super(explicitPath, snapshot)
  }

  override forFile(file: string): EffectiveConfig {
    const base = super.forFile(file)
    let config = this.overridden.get(base)
    if (!config) {
      config = mergeConfig(base, { rules: this.severities }, null)
      this.overridden.set(base, config)
    }
    return config
  }
}

/** The resolver for a run: with --rule severities, or the plain one. */
export function configResolver(explicitPath: string | undefined, severities: RuleSeverities | undefined, snapshot?: ConfigSnapshot): ConfigResolver {
  return severities && Object.keys(severities).length > 0 ? new RuleOverridingResolver(explicitPath, severities, snapshot) : new ConfigResolver(explicitPath, snapshot)
}
