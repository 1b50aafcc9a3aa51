// What the remark plugin and the markdownlint rule share: the configuration for a file (the nearest
// .recount.yml, as the CLI finds it, or the one named) and check() on the file's text. A bad
// configuration becomes one finding at the top of the file instead of an exception, so the other
// files a linter checks still get their results.
// Everything comes from the library entry, which the bundles of the integrations load, not copy.
import { check, ConfigError, ConfigResolver, type CheckOptions, type Finding, type Metric, type Severity } from '../index.js'

export interface LinterOptions {
  /** Severity per rule id, or 'off', applied over the configuration. */
  rules?: Record<string, Severity | 'off'>
  /** A configuration file to use instead of the nearest .recount.yml. */
  config?: string
  /** Measurements to check claims against (see loadMetrics). */
  metrics?: Metric[]
}

export type FindingsForFile = (text: string, path: string | undefined) => Finding[]

/** Returns a checker that keeps one configuration lookup (cached per directory) across files. */
export function checkerForLinter(options: LinterOptions = {}): FindingsForFile {
  let resolver: ConfigResolver | null = null
  return (text, path) => {
    const file = path ?? '<input>'
    try {
      resolver ??= new ConfigResolver(options.config)
      const config = path || options.config ? resolver.forFile(file) : undefined
      const checkOptions: CheckOptions = { file, config, rules: options.rules, metrics: options.metrics }
      return check(text, checkOptions).findings
    } catch (error) {
      if (error instanceof ConfigError) return [configurationFinding(file, error)]
      throw error
    }
  }
}

function configurationFinding(file: string, error: ConfigError): Finding {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1, rule: 'config', severity: 'error', message: error.message, stated: '', related: [] }
}

/** The page that explains a rule, for linters that link messages to documentation. */
export function ruleUrl(rule: string): string | undefined {
  return rule === 'config' || rule === 'directive' ? undefined : `https://github.com/recount-dev/recount/blob/main/docs/rules/${rule}.md`
}
