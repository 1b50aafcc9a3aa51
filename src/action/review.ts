import { codeSpan } from '../report/log-safe.js'
import type { Finding } from '../model.js'
import type { DiffLines } from './diff.js'
import { fingerprintMarker, fingerprintsIn } from './fingerprint.js'
import { byteLength, COMMENT_LIMIT, INLINE_COMMENTS_PER_REVIEW } from './limits.js'
import type { ExistingComment } from './pull-request-api.js'
import { groupInteger } from '../report/grouped-digits.js'

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
  /** Findings on diff lines beyond the inline comments one review takes: they go into the review body too. */
  notInline: LocatedFinding[]
  /** Findings the review body had no room to list. */
  unlisted: number
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

// Room kept under GitHub's limit for the markers and the closing note.
const BODY_ROOM = 1_024
const MESSAGE_CUT = 2_000

export function commentBody(item: LocatedFinding): string {
  const { finding } = item
  const build = (message: string, withSuggestion: boolean) => {
    const lines = [`**recount** (\`${finding.rule}\`, ${finding.severity}): ${message}`]
    const citedLines = finding.related.flatMap((r) => ('line' in r ? [r.line] : []))
    const sources = finding.related.flatMap((r) => ('path' in r ? [`${codeSpan(r.file)} (${r.path})`] : []))
    if (citedLines.length > 0) lines.push('', `See also line${citedLines.length > 1 ? 's' : ''} ${citedLines.join(', ')}.`)
    if (sources.length > 0) lines.push('', `Measured in ${sources.join(', ')}.`)
    const suggestion = withSuggestion ? suggestedLine(item) : null
    if (suggestion !== null) lines.push('', '```suggestion', suggestion, '```')
    lines.push('', fingerprintMarker(item.fingerprint))
    return lines.join('\n')
  }
  // A suggestion repeats its whole line, which can be long; a comment over the limit loses the review.
  const full = build(finding.message, true)
  if (byteLength(full) <= COMMENT_LIMIT - BODY_ROOM) return full
  const plain = build(finding.message, false)
  if (byteLength(plain) <= COMMENT_LIMIT - BODY_ROOM) return plain
  return build(`${finding.message.slice(0, MESSAGE_CUT)}…`, false)
}

/**
 * Decides what one review posts: inline comments for new findings on lines the diff shows, the
 * rest in the review body, nothing for findings an earlier run already posted, and a "resolved"
 * edit for earlier comments whose finding is gone. Notices are not problems: they stay annotations.
 */
export function planReview(all: LocatedFinding[], diffs: Map<string, DiffLines>, existingComments: ExistingComment[], earlierReviewBodies: string[], headSha: string, elsewhere = 'the job summary lists every finding'): ReviewPlan {
  const items = all.filter((i) => i.finding.severity !== 'notice')
  const live = existingComments.filter((c) => fingerprintsIn(c.body).length > 0 && !c.body.includes(RESOLVED_MARKER))
  const posted = new Set([...live.flatMap((c) => fingerprintsIn(c.body)), ...earlierReviewBodies.flatMap(fingerprintsIn)])
  const current = new Set(items.map((i) => i.fingerprint))
  const comments: ReviewPlan['comments'] = []
  const outsideDiff: LocatedFinding[] = []
  const notInline: LocatedFinding[] = []
  for (const item of items) {
    if (posted.has(item.fingerprint)) continue
    const path = item.finding.file.replace(/^\.\//, '')
    if (!diffs.get(item.finding.file)?.inHunks.has(item.finding.line)) outsideDiff.push(item)
    else if (comments.length < INLINE_COMMENTS_PER_REVIEW) comments.push({ path, line: item.finding.line, body: commentBody(item) })
    else notInline.push(item)
  }
  const resolved = live
    .filter((c) => !fingerprintsIn(c.body).some((fp) => current.has(fp)))
    .map((c) => ({
      id: c.id,
      body: `~~${firstLine(c.body)}~~\n\n✅ Resolved: recount no longer finds this at ${headSha.slice(0, 7)}.\n\n${RESOLVED_MARKER}\n${fingerprintsIn(c.body).map(fingerprintMarker).join('\n')}`
    }))
  const { body, unlisted } = reviewBody(comments.length, outsideDiff, notInline, elsewhere)
  return { comments, outsideDiff, notInline, unlisted, resolved, body }
}

function firstLine(body: string): string {
  return (body.split('\n')[0] ?? '').replace(/~~/g, '')
}

/** The review body: the count, then the findings that are not inline comments, while they fit. */
function reviewBody(inline: number, outside: LocatedFinding[], notInline: LocatedFinding[], elsewhere: string): { body: string; unlisted: number } {
  const total = inline + outside.length + notInline.length
  const lines = [`recount found ${total} new numeric contradiction${total === 1 ? '' : 's'} in this pull request.`]
  let size = byteLength(lines[0] as string)
  let listed = 0
  // The pull request's own lines first: they are what its author is asked about.
  const sections: Array<[string, LocatedFinding[]]> = [
    [`On changed lines, beyond the ${INLINE_COMMENTS_PER_REVIEW} inline comments one review takes:`, notInline],
    ['Outside the lines this pull request changes:', outside]
  ]
  let full = false
  for (const [heading, items] of sections) {
    if (items.length === 0 || full) continue
    const add = (...more: string[]) => {
      const extra = byteLength(more.join('\n')) + more.length
      if (size + extra > COMMENT_LIMIT - BODY_ROOM) return false
      lines.push(...more)
      size += extra
      return true
    }
    full = !add('', heading, '')
    for (const item of full ? [] : items) {
      if ((full = !add(`- ${codeSpan(`${item.finding.file.replace(/^\.\//, '')}:${item.finding.line}`)} (\`${item.finding.rule}\`): ${item.finding.message.slice(0, MESSAGE_CUT)} ${fingerprintMarker(item.fingerprint)}`))) break
      listed++
    }
  }
  const unlisted = outside.length + notInline.length - listed
  if (unlisted > 0) lines.push('', `${unlisted} more finding${unlisted === 1 ? ' is' : 's are'} not listed here, because a review body holds at most ${groupInteger(COMMENT_LIMIT)} characters; ${elsewhere}. A later run lists them once there is room.`)
  return { body: lines.join('\n'), unlisted }
}
