import type { TableInfo } from '../parse/document.js';
import type { TextUnit } from '../parse/text-unit.js';
import type { ClaimContext } from './context.js';
/** Row `r` is indented under the row above it ("— PKCS#12", "- OAuth", "└ parser"): a part of that row. */
export declare function isSubRow(table: TableInfo, r: number): boolean;
/**
 * The indexes of `rows` whose plain counts, in every column where the table has counts, equal the
 * sum of one and the same set of two or more other rows. One column could add up by chance
 * (1, 2, 3): it takes two or more.
 */
export declare function subtotalRows(context: ClaimContext, table: TableInfo, rows: TextUnit[][]): Set<number>;
