import { LineIndex } from './source-map.js';
import { TextUnit } from './text-unit.js';
export interface HeadingInfo {
    depth: number;
    unit: TextUnit;
    /** Index among all headings in document order. */
    index: number;
    /** Blocks after this heading up to the next heading of the same or a higher level. */
    body: BlockInfo[];
    subheadings: HeadingInfo[];
    parent: HeadingInfo | null;
}
export interface ListItemInfo {
    /** The item's own text, line by line (nested lists excluded). */
    lines: TextUnit[];
    children: ListItemInfo[];
    /** The lists nested in the item, one by one (a numbered list and a bullet after it are two). */
    childLists: ListItemInfo[][];
    parent: ListItemInfo | null;
    /** Items of the same list, this one included. */
    siblings: ListItemInfo[];
    headings: HeadingInfo[];
    /** The line that introduces the list, when a paragraph ending in ":" stands right before it ("**Dataset A**:"). */
    leadIn: TextUnit | null;
    /**
     * The line right before the list when it opens with a name in bold and a colon and goes on
     * ("**Rust port**: 60% complete"): a record whose details the list gives.
     */
    titledBy: TextUnit | null;
    /** The item's first paragraph as plain text, inline code included ("\`src/app/page.tsx\` - new"), for what it names. */
    plain: string;
    /** How the item opens: with inline code, bold, a link, or plain text (a name list's odd one out is a note). */
    lead: 'code' | 'strong' | 'link' | 'text';
    /** In an ordered list, the number a reader sees before the item (its start plus its position); null in a bullet list. */
    number: number | null;
}
export interface TableInfo {
    header: TextUnit[];
    rows: TextUnit[][];
    headings: HeadingInfo[];
    /** Whether each row's first cell holds anything, code included ("| `sessions` |" has no text of its own). */
    named: boolean[];
    /** Whether each row's first cell opens with code ("| `a.name` → `b` |" opens with a name, not an arrow). */
    codeFirst: boolean[];
}
export type BlockInfo = {
    kind: 'paragraph';
    lines: TextUnit[];
} | {
    kind: 'list';
    items: ListItemInfo[];
} | {
    kind: 'table';
    table: TableInfo;
} | {
    kind: 'other';
};
export type LineKind = 'heading' | 'paragraph' | 'list-item' | 'cell' | 'code';
/** One line of readable text and where it stands in the report's structure. */
export interface TextLine {
    unit: TextUnit;
    kind: LineKind;
    /** Enclosing headings, outermost first. */
    headings: HeadingInfo[];
    listItem?: ListItemInfo;
    cell?: {
        table: TableInfo;
        row: number;
        column: number;
    };
    /** In a fenced block: the lead-in before the fence and the title lines ending in ":" it sits under, outermost first. */
    outline?: string[];
    /** In a fenced block: which one (they are numbered in document order); two blocks are two scopes. */
    fence?: number;
    /** For the second and later lines of a paragraph or list item: its first line, which may name what the lines describe. */
    head?: TextUnit;
}
export interface ReportDocument {
    source: string;
    index: LineIndex;
    lines: TextLine[];
    headings: HeadingInfo[];
    tables: TableInfo[];
    /** Every list, nested ones included, as its items. */
    lists: ListItemInfo[][];
    /** Top-level blocks in order, for rules that look at what follows a heading or a lead-in. */
    blocks: BlockInfo[];
    /** HTML comments, block and inline, with the lines they span (for recount-disable directives). */
    comments: Array<{
        text: string;
        line: number;
        endLine: number;
    }>;
}
export interface BuildOptions {
    /** auto: read fenced blocks that look like status text; always: every fenced block; never: none. */
    codeBlocks?: 'auto' | 'always' | 'never';
}
export declare function buildDocument(source: string, options?: BuildOptions): ReportDocument;
