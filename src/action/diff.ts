/** Which lines of the new file a pull request's patch touches. */
export interface DiffLines {
  /** Lines the pull request adds or changes ('+' lines). */
  added: Set<number>
  /** Every new-file line inside a hunk ('+' and context lines): the lines that can take a review comment. */
  inHunks: Set<number>
  /** New-file lines that lines removed by the pull request sat just before (a removed list item changes its list). */
  removedBefore?: Set<number>
  /** The diff is not known (GitHub did not list the file): every line counts as changed, none takes an inline comment. */
  wholeFile?: true
}

const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/

/** Reads a unified-diff patch as the GitHub API returns it for one file (`files[].patch`). */
export function parsePatch(patch: string | undefined): DiffLines {
  const added = new Set<number>()
  const inHunks = new Set<number>()
  const removedBefore = new Set<number>()
  if (!patch) return { added, inHunks, removedBefore }
  let line = 0
  let inHunk = false
  for (const text of patch.split('\n')) {
    const header = HUNK_HEADER.exec(text)
    if (header) {
      line = Number(header[1])
      inHunk = true
      continue
    }
    if (!inHunk || text.startsWith('\\')) continue
    if (text.startsWith('+')) {
      added.add(line)
      inHunks.add(line)
      line++
    } else if (text.startsWith('-')) {
      // Removed lines exist only on the old side; the new side keeps where they were.
      removedBefore.add(line)
    } else {
      inHunks.add(line)
      line++
    }
  }
  return { added, inHunks, removedBefore }
}
