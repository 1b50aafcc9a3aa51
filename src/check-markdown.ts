import { buildDocument } from './parse/document.js'
import { runRules } from './check/run.js'
import { RULES } from './check/rules/index.js'
import type { FileResult, Severity } from './model.js'
import type { Metric } from './metrics/model.js'
import { defaultConfig, type EffectiveConfig } from './config/effective.js'
import { configForReport } from './config/front-matter.js'

// The engine's entry: text in, findings out. Nothing reachable from here may import Node (no fs, path,
// process or Buffer): the browser playground bundles it, and __tests__/browser/browser-bundle.test.ts
// fails when a node: import creeps in.

export interface CheckOptions {
  /** Name used in findings; defaults to "<input>". */
  file?: string
  /** Severity per rule id, or 'off' (applied over `config`). */
  rules?: Record<string, Severity | 'off'>
  /** Measurements to check claims against (see loadMetrics). */
  metrics?: Metric[]
  /** Configuration in force for this file (see ConfigResolver); the report's front matter applies over it. */
  config?: EffectiveConfig
  /** Report recount-disable directives that suppressed nothing (rule id "directive", warning). */
  reportUnusedDisable?: boolean
  /** Also return every claim read, with its reading, scope and verdict, as `claimList`. */
  listClaims?: boolean
}

let charactersChecked = 0

/** How many characters of Markdown this process has checked: the compiled-code cache's measure of a run's reach. */
export function charactersCheckedSoFar(): number {
  return charactersChecked
}

/**
 * Checks one Markdown report and returns its findings and claim counts. Throws ConfigError when the
 * report's front matter `recount:` block is invalid.
 */
export function check(markdown: string, options: CheckOptions = {}): FileResult {
  charactersChecked += markdown.length
  const file = options.file ?? '<input>'
  const source = markdown.charCodeAt(0) === 0xfeff ? markdown.slice(1) : markdown
  const { config } = configForReport(file, source, options.config ?? defaultConfig())
  const doc = buildDocument(source, { codeBlocks: config.codeBlocks })
  const { findings, claims, claimList } = runRules(doc, {
    file, rules: RULES, severities: { ...config.severities, ...options.rules }, metrics: options.metrics, policy: config.policy, ignore: config.ignore,
    reportUnusedDisable: options.reportUnusedDisable, listClaims: options.listClaims
  })
  return claimList ? { file, findings, claims, claimList } : { file, findings, claims }
}
