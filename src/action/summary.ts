import type { ClaimCounts, Finding } from '../model.js'
import { codeSpan, printable } from '../report/log-safe.js'

export const SUMMARY_MARKER = '<!-- recount:summary -->'

const escapeCell = (text: string) => printable(text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' '))

/** The Markdown summary used for the job summary and the sticky pull-request comment. */
/** The hidden marker of the sticky comment; each shard of a matrix keeps its own. */
export function summaryMarker(shard?: { index: number; count: number }): string {
  return shard ? `<!-- recount:summary:${shard.index}/${shard.count} -->` : SUMMARY_MARKER
}

export function renderSummary(findings: Finding[], claims: ClaimCounts, notes: string[] = [], shard?: { index: number; count: number }): string {
  const lines: string[] = [summaryMarker(shard), shard ? `## recount (shard ${shard.index} of ${shard.count})` : '## recount', '']
  lines.push('| claims found | verified | contradicted | could not be checked |', '| ---: | ---: | ---: | ---: |')
  lines.push(`| ${claims.found} | ${claims.verified} | ${claims.contradicted} | ${claims.unverifiable} |`, '')
  if (findings.length === 0) {
    lines.push('No contradictions found.')
  } else {
    const files = [...new Set(findings.map((f) => f.file))]
    for (const file of files) {
      const own = findings.filter((f) => f.file === file)
      lines.push(`### ${codeSpan(file)} (${own.length})`, '', '| line | severity | rule | finding |', '| ---: | --- | --- | --- |')
      for (const f of own) lines.push(`| ${f.line} | ${f.severity} | \`${f.rule}\` | ${escapeCell(f.message)}${f.suggestion ? ` → suggested: \`${escapeCell(f.suggestion)}\`` : ''} |`)
      lines.push('')
    }
  }
  for (const note of notes) lines.push('', `> ${note}`)
  return lines.join('\n') + '\n'
}

/** GitHub caps a comment at 65,536 characters; keep the summary under it and say what was cut. */
export function fitComment(markdown: string, limit = 65_000): string {
  if (markdown.length <= limit) return markdown
  const cut = markdown.lastIndexOf('\n', limit - 200)
  return `${markdown.slice(0, cut)}\n\n> The summary was cut to fit GitHub's comment size limit; the job summary and the review hold every finding.\n`
}
