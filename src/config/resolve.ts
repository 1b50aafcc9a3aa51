import { dirname, relative, resolve } from 'node:path'
import picomatch from 'picomatch'
import type { Severity } from '../model.js'
import { normalizeLabel } from '../extract/labels.js'
import { DEFAULT_POLICY, type Policy } from '../check/policy.js'
import { findConfigFile, readConfigFile } from './load.js'
import type { ConfigFile } from './config-file.js'
import { findSnapshotConfig, readSnapshotConfig, snapshotName, type ConfigSnapshot } from './snapshot.js'

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

export function defaultConfig(baseDir = process.cwd()): EffectiveConfig {
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

/** Whether include/exclude keep `file` (a path as the user named it). */
export function isIncluded(config: EffectiveConfig, file: string): boolean {
  const path = relative(config.baseDir, resolve(file)).split('\\').join('/')
  if (config.include.length > 0 && !picomatch(config.include, { dot: true })(path)) return false
  return !(config.exclude.length > 0 && picomatch(config.exclude, { dot: true })(path))
}

/**
 * Finds the configuration for each checked file: `--config` when given, else the nearest
 * .recount.yml/.recount.yaml/.recount.json from the file's directory up to the repository root.
 * With a snapshot (a pull request's base commit), config files are read from it, not from the workspace.
 */
export class ConfigResolver {
  private readonly byDirectory = new Map<string, EffectiveConfig>()
  private readonly explicit: EffectiveConfig | null

  constructor(
    explicitPath?: string,
    private readonly snapshot?: ConfigSnapshot
  ) {
    this.explicit = explicitPath ? this.load(explicitPath) : null
  }

  forFile(file: string): EffectiveConfig {
    if (this.explicit) return this.explicit
    const directory = dirname(resolve(file))
    let config = this.byDirectory.get(directory)
    if (!config) {
      const absolute = this.snapshot ? findSnapshotConfig(this.snapshot, directory) : findConfigFile(directory)
      // Name the file as the user would: relative to the working directory when it lies below it.
      const found = absolute && (absolute.startsWith(process.cwd()) ? relative(process.cwd(), absolute) : absolute)
      config = found ? this.load(found) : defaultConfig()
      this.byDirectory.set(directory, config)
    }
    return config
  }

  private load(path: string): EffectiveConfig {
    const baseDir = dirname(resolve(path))
    if (this.snapshot) return mergeConfig(defaultConfig(baseDir), readSnapshotConfig(this.snapshot, path), snapshotName(this.snapshot, path), baseDir)
    return mergeConfig(defaultConfig(baseDir), readConfigFile(path), path, baseDir)
  }
}
