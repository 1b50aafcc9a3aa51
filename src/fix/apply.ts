import type { Finding } from '../model.js'

export interface FixResult {
  output: string
  applied: Finding[]
  /** Findings with a suggestion that were left alone: overlapping another fix, or no longer matching the text. */
  skipped: Finding[]
}

interface Edit {
  start: number
  end: number
  text: string
  finding: Finding
}

function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    if (ch === 10) starts.push(i + 1)
    else if (ch === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1)
  }
  return starts
}

/**
 * Replaces, in `source`, the stated text of every finding whose correction is unambiguous with its
 * suggestion. Everything else stays byte for byte: line endings, emphasis, spacing, a BOM. Two fixes
 * that overlap are both left for a human.
 */
export function applyFixes(source: string, findings: Finding[]): FixResult {
  const bom = source.charCodeAt(0) === 0xfeff ? '\uFEFF' : ''
  const text = bom ? source.slice(1) : source
  const starts = lineStarts(text)
  const edits: Edit[] = []
  const skipped: Finding[] = []
  for (const finding of findings) {
    if (finding.suggestion === undefined || finding.line !== finding.endLine) continue
    const lineStart = starts[finding.line - 1]
    if (lineStart === undefined) continue
    const start = lineStart + finding.column - 1
    const end = lineStart + finding.endColumn - 1
    if (text.slice(start, end) !== finding.stated) {
      skipped.push(finding)
      continue
    }
    edits.push({ start, end, text: finding.suggestion, finding })
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end)
  const kept: Edit[] = []
  for (const edit of edits) {
    const last = kept[kept.length - 1]
    if (last && last.start === edit.start && last.end === edit.end && last.text === edit.text) continue
    if (last && edit.start < last.end) {
      kept.pop()
      skipped.push(last.finding, edit.finding)
      continue
    }
    kept.push(edit)
  }
  let output = text
  for (const edit of [...kept].reverse()) output = output.slice(0, edit.start) + edit.text + output.slice(edit.end)
  return { output: bom + output, applied: kept.map((e) => e.finding), skipped }
}
