// Shapes no status report has but that make the Markdown parser slow: deep nesting costs the
// parser O(depth) per line, and a single list or table of tens of thousands of entries grows
// faster than linearly in micromark (a 2.4 MB table of 80,000 rows takes 26 s and 3.4 GB to parse). A linear pre-scan finds them so that a file written to stall
// CI is skipped with a notice instead of parsed for minutes.

import { estimateParseCost, overBudget } from './parse-cost.js'

export const LIMITS = { indentColumns: 200, tableCells: 1000, listRun: 20_000, tableRows: 5_000, inlineSyntax: 100_000 }

/** Why `text` would be pathological to parse, or null: the limits per line, then the parser's cost for the whole file. */
export function pathology(text: string): string | null {
  let listRun = 0
  let tableRun = 0
  let lineStart = 0
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 10
    if (code !== 10 && code !== 13) continue
    const line = text.slice(lineStart, i)
    lineStart = i + 1
    let indent = 0
    while (indent < line.length && (line.charCodeAt(indent) === 32 || line.charCodeAt(indent) === 9)) indent++
    if (indent > LIMITS.indentColumns && indent < line.length) return `skipped: a line indented ${indent} columns (nesting deeper than recount parses, ${LIMITS.indentColumns})`
    const isItem = /^(?:[-*+]|\d{1,9}[.)])(?:\s|$)/.test(line.slice(indent, indent + 11))
    listRun = isItem ? listRun + 1 : line.trim() === '' ? listRun : 0
    if (listRun > LIMITS.listRun) return `skipped: a list of more than ${LIMITS.listRun} items`
    if (line.length > LIMITS.inlineSyntax) {
      // Emphasis, links and raw HTML each cost the parser tokens: a 4 MB line of "( ) -> =>" takes 1.3 GB.
      let syntax = 0
      for (let k = 0; k < line.length; k++) if ('*_[]()<>!`=-~'.includes(line[k] as string)) syntax++
      if (syntax > LIMITS.inlineSyntax) return `skipped: a line with ${syntax} characters of inline Markdown syntax (more than ${LIMITS.inlineSyntax})`
    }
    const hasPipe = line.includes('|')
    tableRun = hasPipe ? tableRun + 1 : 0
    if (tableRun > LIMITS.tableRows) return `skipped: a table of more than ${LIMITS.tableRows} rows`
    if (line.length > LIMITS.tableCells && hasPipe) {
      let cells = 0
      for (let k = 0; k < line.length; k++) if (line.charCodeAt(k) === 124) cells++
      if (cells > LIMITS.tableCells) return `skipped: a table row of ${cells} cells (more than ${LIMITS.tableCells})`
    }
  }
  return overBudget(estimateParseCost(text))
}
