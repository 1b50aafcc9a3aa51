import type { ClaimCounts, FileResult } from '../model.js'

export interface StylishOptions {
  color: boolean
}

const paint = (on: boolean, code: number, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text)

/** ESLint-style output: findings grouped by file, then the totals and the claim counts. */
export function formatStylish(results: FileResult[], claims: ClaimCounts, options: StylishOptions): string {
  const out: string[] = []
  let errors = 0
  let warnings = 0
  let notices = 0
  for (const result of results) {
    if (result.error) {
      out.push(paint(options.color, 4, result.file), `  ${paint(options.color, 31, 'error')}  ${result.error}`, '')
      continue
    }
    if (result.notice) out.push(paint(options.color, 4, result.file), `  ${paint(options.color, 36, 'notice')}  ${result.notice}`, ...(result.findings.length === 0 ? [''] : []))
    if (result.findings.length === 0) continue
    if (!result.notice) out.push(paint(options.color, 4, result.file))
    const places = result.findings.map((f) => `${f.line}:${f.column}`)
    const width = Math.max(...places.map((p) => p.length))
    const severityWidth = Math.max(...result.findings.map((f) => f.severity.length))
    result.findings.forEach((finding, i) => {
      if (finding.severity === 'error') errors++
      else if (finding.severity === 'warning') warnings++
      else notices++
      const colour = finding.severity === 'error' ? 31 : finding.severity === 'warning' ? 33 : 36
      out.push(`  ${(places[i] as string).padStart(width)}  ${paint(options.color, colour, finding.severity.padEnd(severityWidth))}  ${finding.message}  ${paint(options.color, 2, finding.rule)}`)
    })
    out.push('')
  }
  const problems = errors + warnings + notices
  if (problems > 0) out.push(paint(options.color, 1, `✖ ${problems} problem${problems === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${notices} notice${notices === 1 ? '' : 's'})`))
  out.push(`${claims.found} numeric claims found in ${results.length} file${results.length === 1 ? '' : 's'}: ${claims.verified} verified, ${claims.contradicted} contradicted, ${claims.unverifiable} could not be checked`)
  return out.join('\n') + '\n'
}
