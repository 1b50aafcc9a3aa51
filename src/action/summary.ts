import type { ClaimCounts, Finding } from '../model.js'
import { codeSpan, printable } from '../report/log-safe.js'
import { byteLength, COMMENT_LIMIT } from './limits.js'

export const SUMMARY_MARKER = '<!-- recount:summary -->'

const escapeCell = (text: string) => printable(text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' '))

/** The hidden marker of the sticky comment; each shard of a matrix keeps its own. */
export function summaryMarker(shard?: { index: number; count: number }): string {
  return shard ? `<!-- recount:summary:${shard.index}/${shard.count} -->` : SUMMARY_MARKER
}

/** A size limit on the rendered summary, and the note that says where the findings it leaves out are. */
export interface SummaryLimit {
  bytes: number
  overflow: (unlisted: number) => string
}

// Room kept for the overflow note itself.
const OVERFLOW_NOTE_ROOM = 1_024

/**
 * The claim counts and a table of findings per file. With a limit, rows are listed while they fit
 * and a last note says how many are left out and where they are.
 */
export function renderSummary(findings: Finding[], claims: ClaimCounts, notes: string[] = [], shard?: { index: number; count: number }, limit?: SummaryLimit): string {
  const head: string[] = [summaryMarker(shard), shard ? `## recount (shard ${shard.index} of ${shard.count})` : '## recount', '']
  head.push('| claims found | verified | contradicted | could not be checked |', '| ---: | ---: | ---: | ---: |')
  head.push(`| ${claims.found} | ${claims.verified} | ${claims.contradicted} | ${claims.unverifiable} |`, '')
  const tail = notes.map((note) => `\n> ${note}`)
  if (findings.length === 0) return [...head, 'No contradictions found.', ...tail].join('\n') + '\n'

  const budget = limit ? limit.bytes - byteLength([...head, ...tail].join('\n')) - OVERFLOW_NOTE_ROOM : Infinity
  const body: string[] = []
  let used = 0
  let listed = 0
  const add = (lines: string[]): boolean => {
    const size = byteLength(lines.join('\n')) + 1
    if (used + size > budget) return false
    body.push(...lines)
    used += size
    return true
  }
  const byFile = new Map<string, Finding[]>()
  for (const f of findings) {
    const own = byFile.get(f.file)
    if (own) own.push(f)
    else byFile.set(f.file, [f])
  }
  fill: for (const [file, own] of byFile) {
    if (!add([`### ${codeSpan(file)} (${own.length})`, '', '| line | severity | rule | finding |', '| ---: | --- | --- | --- |'])) break
    for (const f of own) {
      if (!add([`| ${f.line} | ${f.severity} | \`${f.rule}\` | ${escapeCell(f.message)}${f.suggestion ? ` → suggested: \`${escapeCell(f.suggestion)}\`` : ''} |`])) break fill
      listed++
    }
    body.push('')
    used += 1
  }
  const overflow = limit && listed < findings.length ? [`\n> ${limit.overflow(findings.length - listed)}`] : []
  return [...head, ...body, ...tail, ...overflow].join('\n') + '\n'
}

/** A last resort for a comment still over GitHub's limit (very long notes): cut it and say so. */
export function fitComment(markdown: string, limit = COMMENT_LIMIT - 536): string {
  if (byteLength(markdown) <= limit) return markdown
  let cut = markdown.lastIndexOf('\n', limit - 200)
  while (cut > 0 && byteLength(markdown.slice(0, cut)) > limit - 200) cut = markdown.lastIndexOf('\n', cut - 1)
  return `${markdown.slice(0, Math.max(cut, 0))}\n\n> The summary was cut to fit GitHub's comment size limit.\n`
}
