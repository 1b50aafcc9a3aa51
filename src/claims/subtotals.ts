// Rows of a table that add up other rows of it ("Critical Path" = P0 + P1): counting them with the
// rows they sum counts those twice.
import type { TableInfo } from '../parse/document.js'
import type { TextUnit } from '../parse/text-unit.js'
import { cellOperand } from './operand.js'
import { isPlainCount } from './counting.js'
import type { ClaimContext } from './context.js'

/** Row `r` is indented under the row above it ("— PKCS#12", "- OAuth", "└ parser"): a part of that row. */
export function isSubRow(table: TableInfo, r: number): boolean {
  // "`a.name` → `b`": the arrow maps one name to another; the row opens with the first.
  if (table.codeFirst[r] === true) return false
  // "> 1%", "+ 50 ms" name a band of values by its bound, not a row indented under another.
  return /^\s*(?:[-–—•·└├↳→*]|[>+](?![\s<=]*[\d.])|\u00a0)/u.test(table.rows[r]?.[0]?.text ?? '')
}

/** Tables larger than this are not searched for subtotals (the search tries every subset of rows). */
const MAX_ROWS = 12

/**
 * The indexes of `rows` whose plain counts, in every column where the table has counts, equal the
 * sum of one and the same set of two or more other rows. One column could add up by chance
 * (1, 2, 3): it takes two or more.
 */
export function subtotalRows(context: ClaimContext, table: TableInfo, rows: TextUnit[][]): Set<number> {
  const found = new Set<number>()
  if (rows.length < 3 || rows.length > MAX_ROWS) return found
  const counts = rows.map((row) => table.header.map((_, c) => countIn(context, row[c])))
  const columns = table.header.map((_, c) => c).filter((c) => c > 0 && counts.every((row) => row[c] !== null))
  if (columns.length < 2) return found
  for (let r = 0; r < rows.length; r++) {
    const others = rows.map((_, i) => i).filter((i) => i !== r)
    for (let mask = 1; mask < 1 << others.length; mask++) {
      const set = others.filter((_, k) => mask & (1 << k))
      if (set.length < 2) continue
      if (columns.every((c) => set.reduce((sum, i) => sum + (counts[i]?.[c] as number), 0) === counts[r]?.[c])) {
        found.add(r)
        break
      }
    }
  }
  return found
}

function countIn(context: ClaimContext, cell: TextUnit | undefined): number | null {
  if (!cell) return null
  const operand = cellOperand(cell.text, context.tokens(cell))
  return operand && operand.denominator === null && isPlainCount(operand.quantity) && !operand.quantity.bound ? operand.quantity.written : null
}
