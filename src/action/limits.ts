// GitHub's size limits on what the action posts, and where a finding that does not fit goes next.

/** A comment, a review body or a review comment: 65,536 characters. Measured in UTF-8 bytes, which are never fewer. */
export const COMMENT_LIMIT = 65_536
/** A step's job summary: 1 MiB. */
export const JOB_SUMMARY_LIMIT = 1024 * 1024
/** Inline comments in one review; the rest are listed in the review body. */
export const INLINE_COMMENTS_PER_REVIEW = 100

export const byteLength = (text: string): number => Buffer.byteLength(text, 'utf8')

/** Where every finding can be found when a summary or review cannot hold them all. */
export function everyFindingIn(artifacts: string[]): string {
  const files = artifacts.filter((a) => a.length > 0).map((a) => `\`${a}\``)
  return files.length > 0
    ? `every finding is in ${files.join(' and ')} and in this step's log as an annotation line`
    : "every finding is in this step's log as an annotation line (set json-file or sarif-file to keep them in a file)"
}
