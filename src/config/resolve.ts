import { dirname, relative, resolve } from 'node:path'
import picomatch from 'picomatch'
import { findConfigFile, readConfigFile } from './load.js'
import { defaultConfig as defaultEffectiveConfig, mergeConfig, type EffectiveConfig } from './effective.js'
import { findSnapshotConfig, readSnapshotConfig, snapshotName, type ConfigSnapshot } from './snapshot.js'

export { mergeConfig, type CodeBlocks, type EffectiveConfig } from './effective.js'

/** The defaults, with include/exclude globs relative to `baseDir` (the working directory unless given). */
export function defaultConfig(baseDir = process.cwd()): EffectiveConfig {
  return defaultEffectiveConfig(baseDir)
}

/** Compiled glob matchers by their patterns: compiling one costs far more than matching a path. */
const matchers = new Map<string, (path: string) => boolean>()
function matcher(patterns: readonly string[]): (path: string) => boolean {
  const key = JSON.stringify(patterns)
  let match = matchers.get(key)
  if (!match) matchers.set(key, (match = picomatch([...patterns], { dot: true })))
  return match
}

/** Whether include/exclude keep `file` (a path as the user named it). */
export function isIncluded(config: EffectiveConfig, file: string): boolean {
  const path = relative(config.baseDir, resolve(file)).split('\\').join('/')
  if (config.include.length > 0 && !matcher(config.include)(path)) return false
  return !(config.exclude.length > 0 && matcher(config.exclude)(path))
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
