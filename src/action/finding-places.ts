import type { Root } from 'mdast'
import type { Finding } from '../model.js'
import { parseMarkdown } from '../parse/markdown.js'

/** Lines of the file a finding depends on. */
export interface LineSpan {
  start: number
  end: number
  /** A whole list or table: removing one of its lines changes it as well. */
  block: boolean
}

// Rules whose related place is the first of the items or parts the claim counts or adds up: the
// claim depends on every item of that list or row of that table, not only the first.
const COUNTS_A_BLOCK = new Set(['list-count', 'sum-total'])

interface Positioned {
  type: string
  position?: { start: { line: number }; end: { line: number } }
  children?: Positioned[]
}

/** The innermost list or table that holds `line`. */
function enclosingBlock(tree: Root, line: number): { start: number; end: number } | null {
  let found: { start: number; end: number } | null = null
  const visit = (node: Positioned) => {
    const at = node.position
    if (at && (at.start.line > line || at.end.line < line)) return
    if (at && (node.type === 'list' || node.type === 'table')) found = { start: at.start.line, end: at.end.line }
    for (const child of node.children ?? []) visit(child)
  }
  visit(tree as unknown as Positioned)
  return found
}

/**
 * The finding's own place first, then each place it cites in the same file: the other value of a
 * comparison, or, for a count or a total, the whole list or table its items or parts are in.
 */
export function findingSpans(finding: Finding, tree: Root | null): LineSpan[] {
  const spans: LineSpan[] = [{ start: finding.line, end: finding.endLine, block: false }]
  for (const place of finding.related) {
    if (!('line' in place)) continue
    const block = tree && COUNTS_A_BLOCK.has(finding.rule) ? enclosingBlock(tree, place.line) : null
    spans.push(block ? { ...block, block: true } : { start: place.line, end: place.line, block: false })
  }
  return spans
}

/** Reads and parses each file once, only when a finding needs it. */
export class SourceFiles {
  private readonly lines = new Map<string, string[]>()
  private readonly trees = new Map<string, Root | null>()

  constructor(private readonly read: (file: string) => string | null) {}

  linesOf(file: string): string[] {
    let lines = this.lines.get(file)
    if (!lines) {
      lines = (this.read(file) ?? '').split(/\r\n|\r|\n/)
      this.lines.set(file, lines)
    }
    return lines
  }

  treeOf(file: string): Root | null {
    if (!this.trees.has(file)) {
      const text = this.read(file)
      this.trees.set(file, text === null ? null : parseMarkdown(text))
    }
    return this.trees.get(file) ?? null
  }

  spansOf(finding: Finding): LineSpan[] {
    const needsTree = COUNTS_A_BLOCK.has(finding.rule) && finding.related.some((r) => 'line' in r)
    return findingSpans(finding, needsTree ? this.treeOf(finding.file) : null)
  }
}
