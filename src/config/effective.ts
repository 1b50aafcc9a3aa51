import type { Severity } from '../model.js'
import { normalizeLabel } from '../extract/labels.js'
import { DEFAULT_POLICY, type Policy } from '../check/policy.js'
import type { ConfigFile } from './config-file.js'

// The configuration in force for one report, built from plain values: nothing here touches Node, so
// check() runs in a browser. Finding and reading config files is in resolve.ts.

export type CodeBlocks = 'auto' | 'always' | 'never'

/** Everything configuration decides for one file, after defaults, config file and front matter. */
export interface EffectiveConfig {
  /** The config file in force, if any. */
  source: string | null
  severities: Record<string, Severity | 'off'>
  ignore: Record<string, string[]>
  policy: Policy
  codeBlocks: CodeBlocks
  include: string[]
  exclude: string[]
  /** Directory the include/exclude globs are relative to. */
  baseDir: string
  /** Metric name → labels that mean it (raw, as written in the config). */
  aliases: Record<string, string[]>
  changeBase: Record<string, 'higher' | 'lower'>
  rounding: Policy['rounding']
  tolerance: number
  approximate: number
}

export function defaultConfig(baseDir = '.'): EffectiveConfig {
  return {
    source: null, severities: {}, ignore: {}, policy: DEFAULT_POLICY, codeBlocks: 'auto', include: [], exclude: [], baseDir,
    aliases: {}, changeBase: {}, rounding: DEFAULT_POLICY.rounding, tolerance: DEFAULT_POLICY.tolerance, approximate: DEFAULT_POLICY.approximate
  }
}

/** Applies a config file (or front matter block) over `base`: keys given replace, maps merge. */
export function mergeConfig(base: EffectiveConfig, file: ConfigFile, source: string | null, baseDir?: string): EffectiveConfig {
  const severities = { ...base.severities }
  const ignore = { ...base.ignore }
  for (const [rule, setting] of Object.entries(file.rules ?? {})) {
    if (setting === undefined) continue
    if (typeof setting === 'string') severities[rule] = setting
    else {
      if (setting.severity) severities[rule] = setting.severity
      if (setting.ignore) ignore[rule] = setting.ignore
    }
  }
  const merged: EffectiveConfig = {
    ...base,
    source: source ?? base.source,
    severities,
    ignore,
    codeBlocks: file.codeBlocks ?? base.codeBlocks,
    include: file.include ?? base.include,
    exclude: file.exclude ?? base.exclude,
    baseDir: file.include || file.exclude ? baseDir ?? base.baseDir : base.baseDir,
    aliases: { ...base.aliases, ...(file.aliases ?? {}) },
    changeBase: { ...base.changeBase, ...(file.changeBase ?? {}) },
    rounding: file.rounding ?? base.rounding,
    tolerance: file.tolerance ?? base.tolerance,
    approximate: file.approximate ?? base.approximate
  }
  return { ...merged, policy: toPolicy(merged) }
}

function toPolicy(config: EffectiveConfig): Policy {
  const changeBase = new Map<string, 1 | -1>(Object.entries(config.changeBase).map(([label, better]) => [normalizeLabel(label), better === 'higher' ? 1 : -1]))
  const aliases = new Map<string, string>()
  for (const [name, labels] of Object.entries(config.aliases)) for (const label of labels) aliases.set(normalizeLabel(label), normalizeLabel(name))
  return { rounding: config.rounding, tolerance: config.tolerance, approximate: config.approximate, changeBase, aliases }
}
