import type { ClaimCounts, FileResult, Finding } from '../model.js'
import { codeSpan, printable } from '../report/log-safe.js'
import { byteLength, COMMENT_LIMIT } from './limits.js'

export const SUMMARY_MARKER = '<!-- recount:summary -->'

const escapeCell = (text: string) => printable(text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' '))

/** The hidden marker of the sticky comment; each shard of a matrix and each working directory keeps its own. */
export function summaryMarker(shard?: { index: number; count: number }, directory = ''): string {
  // "--" would end the HTML comment early.
  const parts = [directory.split('--').join('-%2D'), shard ? `${shard.index}/${shard.count}` : ''].filter((p) => p !== '')
  return parts.length > 0 ? `<!-- recount:summary:${parts.join(':')} -->` : SUMMARY_MARKER
}

/** What one summary reports. */
export interface SummaryInput {
  /** The findings reported (after filter-mode), at the places they are reported. */
  findings: Finding[]
  /** Each checked file with its claim counts; its findings are the reported ones. */
  results: FileResult[]
  claims: ClaimCounts
  shard?: { index: number; count: number }
  /** The working directory, from the repository root ("" for the root). */
  directory?: string
}

/** Files listed in the claims-per-file table; the rest are counted in one line. */
export const FILES_LISTED = 20
const TOP_FINDING_CUT = 140

const RANK = { error: 3, warning: 2, notice: 1 } as const

/** The file's most severe reported finding, first by line. */
function topFinding(findings: Finding[]): Finding | undefined {
  let top: Finding | undefined
  for (const f of findings) if (!top || RANK[f.severity] > RANK[top.severity]) top = f
  return top
}

/**
 * The claims of each file (found, verified, contradicted, could not be checked) with its reported
 * findings and the top one, most contradictions first; at most `FILES_LISTED` rows, then one line
 * that counts the other files and their claims.
 */
export function claimsPerFile(results: FileResult[], listed = FILES_LISTED): string[] {
  const rows = results.filter((r) => r.claims.found > 0 || r.findings.length > 0)
  if (rows.length === 0) return []
  rows.sort((a, b) => b.claims.contradicted - a.claims.contradicted || b.findings.length - a.findings.length || b.claims.found - a.claims.found || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  const lines = ['### Claims per file', '', '| file | found | verified | contradicted | could not be checked | findings | top finding |', '| --- | ---: | ---: | ---: | ---: | ---: | --- |']
  for (const r of rows.slice(0, listed)) {
    const top = topFinding(r.findings)
    const text = top ? `line ${top.line}: ${top.message.length > TOP_FINDING_CUT ? `${top.message.slice(0, TOP_FINDING_CUT - 1)}…` : top.message}` : ''
    lines.push(`| ${escapeCell(codeSpan(r.file))} | ${r.claims.found} | ${r.claims.verified} | ${r.claims.contradicted} | ${r.claims.unverifiable} | ${r.findings.length} | ${escapeCell(text)} |`)
  }
  const rest = rows.slice(listed)
  if (rest.length > 0) {
    const sum = (key: keyof ClaimCounts) => rest.reduce((n, r) => n + r.claims[key], 0)
    lines.push('', `…and ${rest.length} more file${rest.length === 1 ? '' : 's'} (${sum('found')} claims, ${sum('contradicted')} contradicted).`)
  }
  return [...lines, '']
}

/** A size limit on the rendered summary, and the note that says where the findings it leaves out are. */
export interface SummaryLimit {
  bytes: number
  overflow: (unlisted: number) => string
}

// Room kept for the overflow note itself.
const OVERFLOW_NOTE_ROOM = 1_024

/**
 * The claim counts, the claims per file, and a table of findings per file. With a limit, finding
 * rows are listed while they fit and a last note says how many are left out and where they are.
 */
export function renderSummary(input: SummaryInput, notes: string[] = [], limit?: SummaryLimit): string {
  const { findings, claims, shard, directory = '' } = input
  const scope = [directory ? codeSpan(directory) : '', shard ? `shard ${shard.index} of ${shard.count}` : ''].filter((p) => p !== '')
  const head: string[] = [summaryMarker(shard, directory), scope.length > 0 ? `## recount (${scope.join(', ')})` : '## recount', '']
  head.push('| claims found | verified | contradicted | could not be checked |', '| ---: | ---: | ---: | ---: |')
  head.push(`| ${claims.found} | ${claims.verified} | ${claims.contradicted} | ${claims.unverifiable} |`, '')
  head.push(...claimsPerFile(input.results))
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
