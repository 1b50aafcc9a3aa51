import type { Finding } from '../model.js'
import type { DiffLines } from './diff.js'

export type FilterMode = 'added' | 'diff_context' | 'file' | 'nofilter'

/**
 * Keeps the findings a pull request is answerable for, as reviewdog's filter modes do:
 * `added` lines the PR adds or changes, `diff_context` lines inside its hunks, `file` anywhere in
 * the files it changes, `nofilter` everything. Without a diff (not a pull request) nothing is dropped.
 */
export function filterFindings(findings: Finding[], mode: FilterMode, diffs: Map<string, DiffLines> | null): Finding[] {
  if (!diffs || mode === 'nofilter') return findings
  return findings.filter((f) => {
    const diff = diffs.get(f.file)
    if (!diff) return false
    if (mode === 'file' || diff.wholeFile) return true
    const lines = mode === 'added' ? diff.added : diff.inHunks
    for (let line = f.line; line <= f.endLine; line++) if (lines.has(line)) return true
    return false
  })
}
