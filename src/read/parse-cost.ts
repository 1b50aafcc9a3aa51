// What parsing a file will cost micromark (under remark), estimated in one linear pass, so that a
// file written to exhaust memory or time is skipped with a notice instead of parsed. The weights
// are measured (`npm run bench -- --hostile`, micromark 4, Node 20): each construct's share of the
// parser's peak memory, and the shapes whose time grows faster than linearly.

import { groupInteger } from '../report/grouped-digits.js'

const KIB = 1024
const MIB = 1024 * KIB

/** Parser memory per construct, in bytes (measured; a normal report costs about 300 bytes per byte). */
export const PARSE_WEIGHTS = { byte: 128, tableCell: 8 * KIB, bracket: 6 * KIB, emphasisRun: 2 * KIB, containerLevel: 2 * KIB }

export const PARSE_BUDGET = {
  /** Estimated parser memory per file (a normal report of about 6 MB, 250,000 table cells). */
  memoryBytes: 2048 * MIB,
  /** micromark's cost per line grows with the square of a blockquote's depth (one line 50,000 deep takes minutes). */
  quoteDepth: 100,
  /** Emphasis is matched per paragraph in time that grows faster than linearly with its markers. */
  emphasisRunsPerParagraph: 2_000,
  /**
   * Each list or blockquote closed by a line that is not its continuation makes micromark copy its
   * events for every line parsed so far (the lazy-line path of its document tokenizer): the sum of
   * those lines' numbers, about 160 ns each (50,000,000: about 8 s).
   */
  containerExitLines: 50_000_000
}

export interface ParseCost {
  memoryBytes: number
  tableCells: number
  brackets: number
  emphasisRuns: number
  containerLevels: number
  containerExitLines: number
  deepestQuote: { depth: number; line: number }
  densestParagraph: { emphasisRuns: number; line: number }
}

const GT = 62
const SPACE = 32
const TAB = 9
const PIPE = 124
const BRACKET = 91
const STAR = 42
const UNDERSCORE = 95
const BACKTICK = 96
const TILDE = 126
const HASH = 35

/** The estimate for `text`, in one pass over its characters. */
export function estimateParseCost(text: string): ParseCost {
  const cost: ParseCost = {
    memoryBytes: 0, tableCells: 0, brackets: 0, emphasisRuns: 0, containerLevels: 0, containerExitLines: 0,
    deepestQuote: { depth: 0, line: 0 }, densestParagraph: { emphasisRuns: 0, line: 0 }
  }
  let lineNumber = 0
  let lineStart = 0
  let inFence = false
  let inContainer = false
  let previousBlank = true
  let paragraphLine = 0
  let paragraphRuns = 0
  let pipeLines = 0
  let previousPipes = 0
  for (let end = 0; end <= text.length; end++) {
    const code = end < text.length ? text.charCodeAt(end) : 10
    if (code !== 10 && code !== 13) continue
    lineNumber++
    const start = lineStart
    lineStart = code === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1
    const lineEnd = end
    end = lineStart - 1
    // The container prefix: blockquote markers and indentation (list nesting).
    let i = start
    let quotes = 0
    let indent = 0
    for (; i < lineEnd; i++) {
      const c = text.charCodeAt(i)
      if (c === GT) quotes++
      else if (c === SPACE) indent++
      else if (c === TAB) indent += 4
      else break
    }
    const blank = i === lineEnd
    if (quotes > cost.deepestQuote.depth) cost.deepestQuote = { depth: quotes, line: lineNumber }
    const first = text.charCodeAt(i)
    const listItem = !blank && isListMarker(text, i, lineEnd)
    cost.containerLevels += quotes + (indent >> 1) + (listItem ? 1 : 0)
    if ((first === BACKTICK || first === TILDE) && text.charCodeAt(i + 1) === first && text.charCodeAt(i + 2) === first) inFence = !inFence
    if (blank) {
      paragraphRuns = 0
      pipeLines = 0
      previousPipes = 0
    } else if (!inFence) {
      if (previousBlank) paragraphLine = lineNumber
      const containerLine: boolean = quotes > 0 || listItem || (inContainer && indent >= 2)
      if (!containerLine && inContainer && (previousBlank || first === HASH)) cost.containerExitLines += lineNumber
      inContainer = containerLine || (inContainer && !previousBlank)
      let pipes = 0
      for (let k = i; k < lineEnd; k++) {
        const c = text.charCodeAt(k)
        if (c === PIPE) pipes++
        else if (c === BRACKET) cost.brackets++
        else if ((c === STAR || c === UNDERSCORE) && text.charCodeAt(k - 1) !== c) {
          cost.emphasisRuns++
          paragraphRuns++
        }
      }
      if (paragraphRuns > cost.densestParagraph.emphasisRuns) cost.densestParagraph = { emphasisRuns: paragraphRuns, line: paragraphLine }
      // Lines with pipes next to each other are (or could be) a table: each pipe a cell.
      if (pipes > 0 && pipeLines > 0) cost.tableCells += pipes + (pipeLines === 1 ? previousPipes : 0)
      pipeLines = pipes > 0 ? pipeLines + 1 : 0
      previousPipes = pipes
    }
    previousBlank = blank
  }
  cost.memoryBytes =
    text.length * PARSE_WEIGHTS.byte + cost.tableCells * PARSE_WEIGHTS.tableCell + cost.brackets * PARSE_WEIGHTS.bracket +
    cost.emphasisRuns * PARSE_WEIGHTS.emphasisRun + cost.containerLevels * PARSE_WEIGHTS.containerLevel
  return cost
}

/** `- `, `* `, `+ ` or `1. ` / `1) ` at `i`. */
function isListMarker(text: string, i: number, end: number): boolean {
  const c = text.charCodeAt(i)
  if (c === 45 || c === STAR || c === 43) return i + 1 === end || text.charCodeAt(i + 1) === SPACE || text.charCodeAt(i + 1) === TAB
  let k = i
  while (k < end && k - i < 9 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++
  if (k === i) return false
  const d = text.charCodeAt(k)
  return (d === 46 || d === 41) && (k + 1 === end || text.charCodeAt(k + 1) === SPACE || text.charCodeAt(k + 1) === TAB)
}

const mib = (bytes: number) => groupInteger(Math.round(bytes / MIB))
const count = groupInteger

/** Why parsing a file of this cost would exceed the budget, or null. */
export function overBudget(cost: ParseCost): string | null {
  if (cost.deepestQuote.depth > PARSE_BUDGET.quoteDepth) return `skipped: line ${cost.deepestQuote.line} nests blockquotes ${count(cost.deepestQuote.depth)} deep (more than ${PARSE_BUDGET.quoteDepth})`
  if (cost.densestParagraph.emphasisRuns > PARSE_BUDGET.emphasisRunsPerParagraph) {
    return `skipped: the paragraph at line ${cost.densestParagraph.line} has more than ${count(PARSE_BUDGET.emphasisRunsPerParagraph)} emphasis markers (* or _)`
  }
  if (cost.containerExitLines > PARSE_BUDGET.containerExitLines) {
    return `skipped: too many lists or blockquotes closed by a heading or paragraph for the file's length (the Markdown parser's time grows with their number times its lines)`
  }
  if (cost.memoryBytes > PARSE_BUDGET.memoryBytes) {
    return `skipped: parsing would take about ${mib(cost.memoryBytes)} MB (${count(cost.tableCells)} table cells, ${count(cost.brackets)} brackets, ${count(cost.emphasisRuns)} emphasis markers, ${count(cost.containerLevels)} nesting levels), over the ${mib(PARSE_BUDGET.memoryBytes)} MB budget`
  }
  return null
}
