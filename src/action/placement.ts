import type { Finding } from '../model.js'
import { byteLength, COMMENT_LIMIT, everyFindingIn, JOB_SUMMARY_LIMIT } from './limits.js'
import { fitComment, renderSummary, type SummaryInput } from './summary.js'
import { groupInteger } from '../report/grouped-digits.js'

// GitHub shows at most this many annotations of each level per step, and 50 per job.
const ANNOTATIONS_PER_LEVEL = 10
const ANNOTATIONS_PER_JOB = 50
// Room kept in the job summary for the notes under the table.
const NOTE_ROOM = 4_096

export interface Summaries {
  jobSummary: string
  /** The sticky pull-request comment: the job summary, or fewer rows when it is over a comment's limit. */
  comment: string
  /** Where a reader finds every finding when a review cannot list them all. */
  everyFinding: string
  /** Said in the log and the summary when GitHub will not show every annotation. */
  annotationNote: string | null
}

/** `1 error`, `2 errors`. */
export const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`
const notListed = (n: number) => `${plural(n, 'more finding')} ${n === 1 ? 'is' : 'are'} not listed`

function annotationNote(findings: Finding[], where: string): string | null {
  const per = (s: string) => findings.filter((f) => f.severity === s).length
  if (findings.length <= ANNOTATIONS_PER_JOB && ['error', 'warning', 'notice'].every((s) => per(s) <= ANNOTATIONS_PER_LEVEL)) return null
  return `recount reported ${findings.length} findings; GitHub shows at most ${ANNOTATIONS_PER_LEVEL} annotations of each level per step and ${ANNOTATIONS_PER_JOB} per job, so some are not shown as annotations (${plural(per('error'), 'error')}, ${plural(per('warning'), 'warning')}, ${plural(per('notice'), 'notice')}); ${where}.`
}

/**
 * The job summary and the summary comment, each within GitHub's limit. What does not fit goes to
 * the next place, and the text says where: the comment points to the job summary, the job summary
 * to the JSON or SARIF file and the step's log.
 */
export function renderSummaries(input: SummaryInput, artifacts: string[]): Summaries {
  const { findings } = input
  const inFiles = everyFindingIn(artifacts)
  const holdsAll = byteLength(renderSummary(input)) + NOTE_ROOM <= JOB_SUMMARY_LIMIT
  const everyFinding = holdsAll ? 'the job summary lists every finding' : inFiles
  const note = annotationNote(findings, everyFinding)
  const notes = note ? [note] : []
  const jobSummary = renderSummary(input, notes, holdsAll ? undefined : {
    bytes: JOB_SUMMARY_LIMIT,
    overflow: (n) => `${notListed(n)} here, because GitHub takes at most 1 MiB of job summary per step; ${inFiles}.`
  })
  const comment = byteLength(jobSummary) <= COMMENT_LIMIT ? jobSummary : fitComment(renderSummary(input, notes, {
    bytes: COMMENT_LIMIT,
    overflow: (n) => `${notListed(n)} in this comment, because a comment holds at most ${groupInteger(COMMENT_LIMIT)} characters; ${everyFinding}.`
  }))
  return { jobSummary, comment, everyFinding, annotationNote: note }
}
