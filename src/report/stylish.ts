import type { ClaimCounts, FileResult } from '../model.js'
import { writeAll, type ReportWriter, type Write } from './writer.js'
import { logSafe } from './log-safe.js'

export interface StylishOptions {
  color: boolean
}

const paint = (on: boolean, code: number, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text)

/** ESLint-style output: findings grouped by file, then the totals and the claim counts. */
export class StylishWriter implements ReportWriter {
  private files = 0
  private errors = 0
  private warnings = 0
  private notices = 0

  constructor(
    private readonly write: Write,
    private readonly options: StylishOptions
  ) {}

  add(result: FileResult): void {
    // A file that could not be read was not checked; it is shown with its error, not counted.
    if (!result.error) this.files++
    const color = this.options.color
    const lines: string[] = []
    if (result.error) {
      lines.push(paint(color, 4, logSafe(result.file)), `  ${paint(color, 31, 'error')}  ${logSafe(result.error)}`, '')
    } else {
      if (result.notice) lines.push(paint(color, 4, logSafe(result.file)), `  ${paint(color, 36, 'notice')}  ${logSafe(result.notice)}`, ...(result.findings.length === 0 ? [''] : []))
      if (result.findings.length > 0) {
        if (!result.notice) lines.push(paint(color, 4, logSafe(result.file)))
        const places = result.findings.map((f) => `${f.line}:${f.column}`)
        const width = Math.max(...places.map((p) => p.length))
        const severityWidth = Math.max(...result.findings.map((f) => f.severity.length))
        result.findings.forEach((finding, i) => {
          if (finding.severity === 'error') this.errors++
          else if (finding.severity === 'warning') this.warnings++
          else this.notices++
          const colour = finding.severity === 'error' ? 31 : finding.severity === 'warning' ? 33 : 36
          lines.push(`  ${(places[i] as string).padStart(width)}  ${paint(color, colour, finding.severity.padEnd(severityWidth))}  ${logSafe(finding.message)}  ${paint(color, 2, finding.rule)}`)
        })
        lines.push('')
      }
    }
    if (lines.length > 0) this.write(lines.join('\n') + '\n')
  }

  end(claims: ClaimCounts): void {
    const { errors, warnings, notices, files } = this
    const problems = errors + warnings + notices
    const lines: string[] = []
    if (problems > 0) lines.push(paint(this.options.color, 1, `✖ ${problems} problem${problems === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${notices} notice${notices === 1 ? '' : 's'})`))
    lines.push(`${claims.found} numeric claims found in ${files} file${files === 1 ? '' : 's'}: ${claims.verified} verified, ${claims.contradicted} contradicted, ${claims.unverifiable} could not be checked`)
    this.write(lines.join('\n') + '\n')
  }
}

export function formatStylish(results: FileResult[], claims: ClaimCounts, options: StylishOptions): string {
  return writeAll((write) => new StylishWriter(write, options), results, claims)
}
