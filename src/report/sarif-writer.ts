import { readFileSync } from 'node:fs'
import { fingerprint } from '../action/fingerprint.js'
import { emptyCounts } from '../file-results.js'
import type { FileResult, Finding } from '../model.js'
import type { ReportWriter, Write } from './writer.js'
import { jsonLogSafe } from './log-safe.js'
import { repositoryPath } from './repo-path.js'
import { decodeReport } from '../read/files.js'
import { toSarif } from './sarif.js'

/**
 * `--format sarif`: the SARIF 2.1.0 log the action writes, for the CLI. Paths are relative to the
 * repository root (as code scanning expects, under `%SRCROOT%`), and files that could not be read
 * become tool execution notifications. SARIF is one JSON document, so results are held until the end.
 */
export class SarifWriter implements ReportWriter {
  private readonly results: FileResult[] = []
  private readonly fingerprints = new Map<Finding, string>()

  constructor(private readonly write: Write, private readonly options: { toolVersion: string; helpUriBase?: string }) {}

  add(result: FileResult): void {
    const file = repositoryPath(result.file)
    const lines = result.findings.length > 0 ? linesOf(result.file) : []
    const findings = result.findings.map((finding) => {
      const shown = { ...finding, file }
      this.fingerprints.set(shown, fingerprint(shown, lines[finding.line - 1] ?? ''))
      return shown
    })
    this.results.push({ ...result, file, findings })
  }

  end(_claims: unknown, otherErrors: Array<{ file: string; message: string }>): void {
    const others: FileResult[] = otherErrors.map((e) => ({ file: repositoryPath(e.file), error: e.message, findings: [], claims: emptyCounts() }))
    const log = toSarif([...this.results, ...others], { ...this.options, fingerprint: (f) => this.fingerprints.get(f) ?? '' })
    this.write(jsonLogSafe(JSON.stringify(log, null, 2)) + '\n')
  }
}

function linesOf(file: string): string[] {
  try {
    return decodeReport(readFileSync(file)).split(/\r\n|\r|\n/)
  } catch {
    return []
  }
}
