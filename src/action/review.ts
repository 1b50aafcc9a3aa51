import { codeSpan } from '../report/log-safe.js'
import type { Finding } from '../model.js'
import type { DiffLines } from './diff.js'
import { fingerprintMarker, fingerprintsIn } from './fingerprint.js'
import type { ExistingComment } from './pull-request-api.js'

export const RESOLVED_MARKER = '<!-- recount-resolved -->'

export interface LocatedFinding {
  finding: Finding
  fingerprint: string
  /** The full source line of the finding, for a one-click suggestion. */
  lineText: string
}

export interface ReviewPlan {
  comments: Array<{ path: string; line: number; body: string }>
  /** Findings outside the diff: they go into the review body. */
  outsideDiff: LocatedFinding[]
  /** Earlier recount comments whose finding is gone, with their new body. */
  resolved: Array<{ id: number; body: string }>
  body: string
}

/** The corrected line, when the finding's correction is unambiguous and on one line. */
export function suggestedLine(item: LocatedFinding): string | null {
  const { finding, lineText } = item
  if (finding.suggestion === undefined || finding.line !== finding.endLine) return null
  const before = lineText.slice(0, finding.column - 1)
  const stated = lineText.slice(finding.column - 1, finding.endColumn - 1)
  if (stated !== finding.stated) return null
  return `${before}${finding.suggestion}${lineText.slice(finding.endColumn - 1)}`
}

export function commentBody(item: LocatedFinding): string {
  const { finding } = item
  const lines = [`**recount** (\`${finding.rule}\`, ${finding.severity}): ${finding.message}`]
  const citedLines = finding.related.flatMap((r) => ('line' in r ? [r.line] : []))
  const sources = finding.related.flatMap((r) => ('path' in r ? [`${codeSpan(r.file)} (${r.path})`] : []))
  if (citedLines.length > 0) lines.push('', `See also line${citedLines.length > 1 ? 's' : ''} ${citedLines.join(', ')}.`)
  if (sources.length > 0) lines.push('', `Measured in ${sources.join(', ')}.`)
  const suggestion = suggestedLine(item)
  if (suggestion !== null) lines.push('', '```suggestion', suggestion, '```')
  lines.push('', fingerprintMarker(item.fingerprint))
  return lines.join('\n')
}

/**
 * Decides what one review posts: inline comments for new findings on lines the diff shows, the
 * rest in the review body, nothing for findings an earlier run already posted, and a "resolved"
 * edit for earlier comments whose finding is gone. Notices are not problems: they stay annotations.
 */
export function planReview(all: LocatedFinding[], diffs: Map<string, DiffLines>, existingComments: ExistingComment[], earlierReviewBodies: string[], headSha: string): ReviewPlan {
  const items = all.filter((i) => i.finding.severity !== 'notice')
  const live = existingComments.filter((c) => fingerprintsIn(c.body).length > 0 && !c.body.includes(RESOLVED_MARKER))
  const posted = new Set([...live.flatMap((c) => fingerprintsIn(c.body)), ...earlierReviewBodies.flatMap(fingerprintsIn)])
  const current = new Set(items.map((i) => i.fingerprint))
  const comments: ReviewPlan['comments'] = []
  const outsideDiff: LocatedFinding[] = []
  for (const item of items) {
    if (posted.has(item.fingerprint)) continue
    const path = item.finding.file.replace(/^\.\//, '')
    if (diffs.get(item.finding.file)?.inHunks.has(item.finding.line)) comments.push({ path, line: item.finding.line, body: commentBody(item) })
    else outsideDiff.push(item)
  }
  const resolved = live
    .filter((c) => !fingerprintsIn(c.body).some((fp) => current.has(fp)))
    .map((c) => ({
      id: c.id,
      body: `~~${firstLine(c.body)}~~\n\n✅ Resolved: recount no longer finds this at ${headSha.slice(0, 7)}.\n\n${RESOLVED_MARKER}\n${fingerprintsIn(c.body).map(fingerprintMarker).join('\n')}`
    }))
  const body = reviewBody(comments.length, outsideDiff)
  return { comments, outsideDiff, resolved, body }
}

function firstLine(body: string): string {
  return (body.split('\n')[0] ?? '').replace(/~~/g, '')
}

function reviewBody(inline: number, outside: LocatedFinding[]): string {
  const lines = [`recount found ${inline + outside.length} new numeric contradiction${inline + outside.length === 1 ? '' : 's'} in this pull request.`]
  if (outside.length > 0) {
    lines.push('', 'Outside the lines this pull request changes:', '')
    for (const item of outside) lines.push(`- ${codeSpan(`${item.finding.file.replace(/^\.\//, '')}:${item.finding.line}`)} (\`${item.finding.rule}\`): ${item.finding.message} ${fingerprintMarker(item.fingerprint)}`)
  }
  return lines.join('\n')
}
