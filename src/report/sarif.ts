import { readFileSync } from 'node:fs'
import type { Rule } from '../check/rule.js'
import { RULES } from '../check/rules/index.js'
import { toSarif } from '../action/sarif.js'
import { fingerprint } from '../action/fingerprint.js'
import type { FileResult, Finding } from '../model.js'
import type { ReportWriter, Write } from './writer.js'
import { jsonLogSafe } from './log-safe.js'
import { repositoryPath } from './repo-path.js'

type FileMessage = { file: string; message: string }

// Findings about the directive comments themselves (an unknown rule name, an unused disable) are
// not one of RULES; SARIF needs every result's rule in the driver's list.
const DIRECTIVE_RULE = { meta: { id: 'directive', description: 'A recount-disable comment names an unknown rule or suppresses nothing.', severity: 'warning', claims: [] }, verify: () => ({ ok: true }) } as unknown as Rule

/**
 * `--format sarif`: the SARIF 2.1.0 log the action writes (src/action/sarif.ts), for the CLI.
 * Paths are relative to the repository root (as code scanning expects, under `%SRCROOT%`), and
 * files that could not be read become tool execution notifications. SARIF is one JSON document,
 * so the findings are held until the end.
 */
export class SarifWriter implements ReportWriter {
  private readonly findings: Finding[] = []
  private readonly fingerprints = new Map<Finding, string>()
  private readonly errors: FileMessage[] = []

  constructor(private readonly write: Write) {}

  add(result: FileResult): void {
    if (result.error) this.errors.push({ file: result.file, message: result.error })
    if (result.findings.length === 0) return
    const lines = linesOf(result.file)
    const file = repositoryPath(result.file)
    for (const finding of result.findings) {
      const shown = { ...finding, file }
      this.findings.push(shown)
      this.fingerprints.set(shown, fingerprint(shown, lines[finding.line - 1] ?? ''))
    }
  }

  end(_claims: unknown, otherErrors: FileMessage[]): void {
    const rules = this.findings.some((f) => f.rule === 'directive') ? [...RULES, DIRECTIVE_RULE] : RULES
    const log = toSarif(this.findings, rules, this.fingerprints, null) as { runs: Array<Record<string, unknown>> }
    const errors = [...this.errors, ...otherErrors]
    const run = log.runs[0] as Record<string, unknown>
    run.invocations = [
      {
        executionSuccessful: errors.length === 0,
        toolExecutionNotifications: errors.map((e) => ({ level: 'error', message: { text: e.message }, locations: [{ physicalLocation: { artifactLocation: { uri: repositoryPath(e.file), uriBaseId: '%SRCROOT%' } } }] }))
      }
    ]
    this.write(jsonLogSafe(JSON.stringify(log, null, 2)) + '\n')
  }
}

function linesOf(file: string): string[] {
  try {
    return readFileSync(file, 'utf8').split(/\r\n|\r|\n/)
  } catch {
    return []
  }
}
