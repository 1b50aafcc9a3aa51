import type { ClaimCounts, ClaimView, FileResult } from '../model.js'
import { writeAll, type ReportWriter, type Write } from './writer.js'
import { logSafe } from './log-safe.js'

const paint = (on: boolean, code: number, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text)
const VERDICT_COLOUR = { verified: 32, contradicted: 31, unverifiable: 2 } as const

/**
 * `--format claims`: every claim each report makes about its numbers, as recount read it: where it
 * stands, its kind, how firmly the text binds it, what it is about and under which headings, and
 * the verdict (verified, contradicted with the finding, or why it could not be checked).
 */
export class ClaimsWriter implements ReportWriter {
  private files = 0
  private readonly totals = { claims: 0, verified: 0, contradicted: 0, unverifiable: 0 }

  constructor(
    private readonly write: Write,
    private readonly options: { color: boolean }
  ) {}

  add(result: FileResult): void {
    // A file that could not be read was not checked; it is shown with its error, not counted.
    if (!result.error) this.files++
    const color = this.options.color
    const lines: string[] = [paint(color, 4, logSafe(result.file))]
    if (result.error) lines.push(`  ${paint(color, 31, 'error')}  ${logSafe(result.error)}`)
    if (result.notice) lines.push(`  ${paint(color, 36, 'notice')}  ${logSafe(result.notice)}`)
    const claims = result.claimList ?? []
    if (claims.length === 0 && !result.error && !result.notice) lines.push('  no claims')
    const places = claims.map((c) => `${c.line}:${c.column}`)
    const width = Math.max(0, ...places.map((p) => p.length))
    claims.forEach((claim, i) => {
      this.totals.claims++
      this.totals[claim.verdict]++
      lines.push(`  ${(places[i] as string).padStart(width)}  ${paint(color, VERDICT_COLOUR[claim.verdict], verdictText(claim))}  ${claim.kind} (${claim.binding}): ${logSafe(claim.reading)}`)
      const indent = ' '.repeat(width + 4)
      lines.push(`${indent}${paint(color, 2, `about ${logSafe(claim.about)}${claim.section.length > 0 ? ` · under ${logSafe(claim.section.join(' › '))}` : ''}${claim.rule ? ` · ${claim.rule}` : ''}`)}`)
      if (claim.detail) lines.push(`${indent}${claim.verdict === 'unverifiable' ? 'not checked: ' : ''}${logSafe(claim.detail)}`)
    })
    this.write(lines.join('\n') + '\n\n')
  }

  end(counts: ClaimCounts): void {
    const { claims, verified, contradicted, unverifiable } = this.totals
    this.write(
      `${claims} claim${claims === 1 ? '' : 's'} in ${this.files} file${this.files === 1 ? '' : 's'}: ${verified} verified, ${contradicted} contradicted, ${unverifiable} could not be checked\n` +
        `${counts.found} numbers found: ${counts.verified} verified, ${counts.contradicted} contradicted, ${counts.unverifiable} not checked\n`
    )
  }
}

function verdictText(claim: ClaimView): string {
  if (claim.verdict === 'contradicted') return `contradicted${claim.severity ? ` (${claim.severity})` : ''}`
  return claim.verdict
}

export function formatClaims(results: FileResult[], counts: ClaimCounts, options: { color: boolean }): string {
  return writeAll((write) => new ClaimsWriter(write, options), results, counts)
}
