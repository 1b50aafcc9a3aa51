import type { ConfigFile } from './config-file.js'
import { parseConfig } from './parse-config.js'
import { mergeConfig, type EffectiveConfig } from './effective.js'

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/

/** The `recount:` block of a report's YAML front matter, validated like a config file; null when absent. */
export function frontMatterConfig(file: string, source: string): ConfigFile | null {
  const match = FRONT_MATTER.exec(source)
  if (!match || !/^recount\s*:/m.test(match[1] as string)) return null
  // Line numbers in errors count from the file's first line: the block starts on line 2.
  return parseConfig(file, match[1] as string, 1, ['recount'])
}

/** The configuration for one report: its front matter over the config it falls under. */
export function configForReport(file: string, source: string, base: EffectiveConfig): { config: EffectiveConfig; frontMatter: boolean } {
  const own = frontMatterConfig(file, source)
  return own ? { config: mergeConfig(base, own, base.source), frontMatter: true } : { config: base, frontMatter: false }
}
