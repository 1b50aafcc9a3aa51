import type { Finding } from '../model.js'
import type { DiffLines } from './diff.js'
import type { LineSpan } from './finding-places.js'

export type FilterMode = 'added' | 'diff_context' | 'file' | 'nofilter'

/** The lines a finding depends on; without a source, only its own place. */
export type SpansOf = (finding: Finding) => LineSpan[]

const ownPlace: SpansOf = (f) => [{ start: f.line, end: f.endLine, block: false }]

/**
 * The first line of `span` the pull request touches under `mode`: a line it adds (`added`) or a
 * line inside its hunks (`diff_context`). Lines removed inside a list or table touch it too, at
 * the line they sat before (or the block's last line when they were its end).
 */
export function touchedLine(span: LineSpan, diff: DiffLines, mode: 'added' | 'diff_context'): number | null {
  const lines = mode === 'added' ? diff.added : diff.inHunks
  for (let line = span.start; line <= span.end; line++) if (lines.has(line)) return line
  if (!span.block) return null
  let removal: number | null = null
  for (const at of diff.removedBefore ?? []) if (at >= span.start && at <= span.end + 1 && (removal === null || at < removal)) removal = at
  return removal === null ? null : Math.min(removal, span.end)
}

/**
 * Where a pull request touches a finding: null when it does not, the finding's own line when that
 * changed, else the first changed line among its other places.
 */
export function changedPlace(finding: Finding, mode: FilterMode, diff: DiffLines | undefined, spansOf: SpansOf = ownPlace): number | null {
  if (!diff) return null
  if (mode === 'file' || mode === 'nofilter' || diff.wholeFile) return finding.line
  let first: number | null = null
  for (const [i, span] of spansOf(finding).entries()) {
    const line = touchedLine(span, diff, mode)
    if (line === null) continue
    if (i === 0) return finding.line
    if (first === null || line < first) first = line
  }
  return first
}

/**
 * Keeps the findings a pull request is answerable for, as reviewdog's filter modes do, except that
 * a finding has several places: `added` keeps it when any of them is on a line the PR adds or
 * changes (the claim, the other value it is compared with, an item of the list it counts, a part of
 * the total), `diff_context` when any is inside a hunk, `file` anywhere in the files it changes,
 * `nofilter` everything. Without a diff (not a pull request) nothing is dropped.
 */
export function filterFindings(findings: Finding[], mode: FilterMode, diffs: Map<string, DiffLines> | null, spansOf: SpansOf = ownPlace): Finding[] {
  if (!diffs || mode === 'nofilter') return findings
  return findings.filter((f) => changedPlace(f, mode, diffs.get(f.file), spansOf) !== null)
}

/**
 * The finding as the pull request sees it: when its own line is unchanged and another of its places
 * changed, it moves to that changed line (where an annotation or review comment can sit), its
 * message cites the line of the claim, and the claim's place joins the places it cites.
 */
export function atChangedPlace(finding: Finding, mode: FilterMode, diffs: Map<string, DiffLines> | null, spansOf: SpansOf, lineText: (line: number) => string): Finding {
  if (!diffs || mode === 'file' || mode === 'nofilter') return finding
  const line = changedPlace(finding, mode, diffs.get(finding.file), spansOf)
  if (line === null || line === finding.line) return finding
  const moved: Finding = {
    ...finding,
    line,
    endLine: line,
    column: 1,
    endColumn: lineText(line).length + 1,
    message: `At line ${finding.line}: ${finding.message}`,
    related: [{ line: finding.line, column: finding.column }, ...finding.related.filter((r) => !('line' in r) || r.line !== line)]
  }
  delete moved.suggestion
  return moved
}
