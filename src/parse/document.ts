import type { Root, RootContent, PhrasingContent, Heading, List, ListItem, Table, Code, Paragraph } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { parseMarkdown } from './markdown.js'
import { LineIndex } from './source-map.js'
import { TextUnit, TextUnitBuilder } from './text-unit.js'
import { looksLikeStatusText } from './code-blocks.js'
import { IDENTITY_FIELD } from './record-heads.js'

export interface HeadingInfo {
  depth: number
  unit: TextUnit
  /** Index among all headings in document order. */
  index: number
  /** Blocks after this heading up to the next heading of the same or a higher level. */
  body: BlockInfo[]
  subheadings: HeadingInfo[]
  parent: HeadingInfo | null
}

export interface ListItemInfo {
  /** The item's own text, line by line (nested lists excluded). */
  lines: TextUnit[]
  children: ListItemInfo[]
  /** The lists nested in the item, one by one (a numbered list and a bullet after it are two). */
  childLists: ListItemInfo[][]
  parent: ListItemInfo | null
  /** Items of the same list, this one included. */
  siblings: ListItemInfo[]
  headings: HeadingInfo[]
  /** The line that introduces the list, when a paragraph ending in ":" stands right before it ("**Dataset A**:"). */
  leadIn: TextUnit | null
  /**
   * The line right before the list when it opens with a name in bold and a colon and goes on
   * ("**Rust port**: 60% complete"): a record whose details the list gives.
   */
  titledBy: TextUnit | null
  /** The item's first paragraph as plain text, inline code included ("\`src/app/page.tsx\` - new"), for what it names. */
  plain: string
  /** How the item opens: with inline code, bold, a link, or plain text (a name list's odd one out is a note). */
  lead: 'code' | 'strong' | 'link' | 'text'
  /** In an ordered list, the number a reader sees before the item (its start plus its position); null in a bullet list. */
  number: number | null
}

export interface TableInfo {
  header: TextUnit[]
  rows: TextUnit[][]
  headings: HeadingInfo[]
  /** Whether each row's first cell holds anything, code included ("| `sessions` |" has no text of its own). */
  named: boolean[]
  /** Whether each row's first cell opens with code ("| `a.name` → `b` |" opens with a name, not an arrow). */
  codeFirst: boolean[]
}

export type BlockInfo =
  | { kind: 'paragraph'; lines: TextUnit[] }
  | { kind: 'list'; items: ListItemInfo[] }
  | { kind: 'table'; table: TableInfo }
  | { kind: 'other' }

export type LineKind = 'heading' | 'paragraph' | 'list-item' | 'cell' | 'code'

/** One line of readable text and where it stands in the report's structure. */
export interface TextLine {
  unit: TextUnit
  kind: LineKind
  /** Enclosing headings, outermost first. */
  headings: HeadingInfo[]
  listItem?: ListItemInfo
  cell?: { table: TableInfo; row: number; column: number }
  /** In a fenced block: the lead-in before the fence and the title lines ending in ":" it sits under, outermost first. */
  outline?: string[]
  /** In a fenced block: which one (they are numbered in document order); two blocks are two scopes. */
  fence?: number
  /** For the second and later lines of a paragraph or list item: its first line, which may name what the lines describe. */
  head?: TextUnit
}

export interface ReportDocument {
  source: string
  index: LineIndex
  lines: TextLine[]
  headings: HeadingInfo[]
  tables: TableInfo[]
  /** Every list, nested ones included, as its items. */
  lists: ListItemInfo[][]
  /** Top-level blocks in order, for rules that look at what follows a heading or a lead-in. */
  blocks: BlockInfo[]
  /** HTML comments, block and inline, with the lines they span (for recount-disable directives). */
  comments: Array<{ text: string; line: number; endLine: number }>
}

export interface BuildOptions {
  /** auto: read fenced blocks that look like status text; always: every fenced block; never: none. */
  codeBlocks?: 'auto' | 'always' | 'never'
}

export function buildDocument(source: string, options: BuildOptions = {}): ReportDocument {
  const tree: Root = parseMarkdown(source)
  const doc: ReportDocument = { source, index: new LineIndex(source), lines: [], headings: [], tables: [], lists: [], blocks: [], comments: [] }
  const walker = new Walker(doc, options.codeBlocks ?? 'auto')
  let previous: RootContent | null = null
  for (const node of tree.children) {
    const block = walker.block(node, null, previous)
    doc.blocks.push(block)
    walker.attachToOpenHeadings(block, node)
    previous = node
  }
  return doc
}

/**
 * For each non-empty line of a fenced block, the title lines above it (outermost first): in "find
 * (cold cache):" over "  Run 1: 0.535s", the run belongs to "find".
 */
function outlineOf(value: string, leadIn: string | null): string[][] {
  // A title line ("BEFORE FIX:", "find (cold cache):", "Scenario: Peak load", or any line the next
  // line is indented under: "Latency check: passed" over "  Samples: 400") holds the lines after it
  // that are indented as far or further, until the next title at its indent or less.
  // A line that is a title only because the next line is indented under it holds only deeper lines.
  const stack: Array<{ indent: number; text: string; deeperOnly?: boolean }> = leadIn ? [{ indent: -1, text: leadIn }] : []
  const result: string[][] = []
  const lines = value.split(/\r\n|\r|\n/).flatMap((raw) => (raw.trim() === '' ? [] : [{ text: raw.trim(), indent: raw.length - raw.trimStart().length }]))
  for (const [i, { text, indent }] of lines.entries()) {
    const named = text.endsWith(':') || IDENTITY_FIELD.test(text)
    const title = named || (lines[i + 1]?.indent ?? -1) > indent
    const holds = (top: { indent: number; deeperOnly?: boolean }) => top.indent < indent || (top.indent === indent && !title && !top.deeperOnly)
    while (stack.length > 0 && !holds(stack[stack.length - 1] as { indent: number; deeperOnly?: boolean })) stack.pop()
    result.push(stack.map((s) => s.text))
    if (title) stack.push({ indent, text, deeperOnly: !named })
  }
  return result
}

class Walker {
  private headingStack: HeadingInfo[] = []
  private fences = 0

  constructor(
    private readonly doc: ReportDocument,
    private readonly codeBlocks: 'auto' | 'always' | 'never'
  ) {}

  attachToOpenHeadings(block: BlockInfo, node: RootContent): void {
    if (node.type === 'heading') return
    const open = this.headingStack[this.headingStack.length - 1]
    open?.body.push(block)
  }

  block(node: RootContent, item: ListItemInfo | null, previous: RootContent | null = null): BlockInfo {
    switch (node.type) {
      case 'heading':
        this.heading(node)
        return { kind: 'other' }
      case 'paragraph':
        return { kind: 'paragraph', lines: this.paragraph(node, item) }
      case 'list':
        return { kind: 'list', items: this.list(node, item, item ? null : this.leadInOf(previous), item ? null : this.recordTitleOf(previous)) }
      case 'table':
        return { kind: 'table', table: this.table(node) }
      case 'code':
        this.code(node, previous)
        return { kind: 'other' }
      case 'blockquote': {
        let before: RootContent | null = null
        for (const child of node.children) {
          this.block(child, item, before)
          before = child
        }
        return { kind: 'other' }
      }
      case 'html':
        this.comment(node.value, node.position)
        return { kind: 'other' }
      default:
        return { kind: 'other' }
    }
  }

  private heading(node: Heading): void {
    while (this.headingStack.length > 0 && (this.headingStack[this.headingStack.length - 1] as HeadingInfo).depth >= node.depth) this.headingStack.pop()
    const parent = this.headingStack[this.headingStack.length - 1] ?? null
    const unit = this.inline(node.children).trimmed()
    const info: HeadingInfo = { depth: node.depth, unit, index: this.doc.headings.length, body: [], subheadings: [], parent }
    parent?.subheadings.push(info)
    this.doc.headings.push(info)
    this.doc.lines.push({ unit, kind: 'heading', headings: [...this.headingStack] })
    this.headingStack.push(info)
  }

  private paragraph(node: Paragraph, item: ListItemInfo | null): TextUnit[] {
    const lines = this.inline(node.children).lines()
    const head = item?.lines[0] ?? lines[0]
    for (const unit of lines) {
      const line: TextLine = { unit, kind: item ? 'list-item' : 'paragraph', headings: [...this.headingStack], listItem: item ?? undefined }
      if (head && unit !== head) line.head = head
      this.doc.lines.push(line)
    }
    return lines
  }

  /** The last line of a paragraph that ends in ":" and so introduces what follows it. */
  /**
   * The line that introduces what follows: a paragraph ending in ":", or one in bold alone, which
   * stands as a heading ("**Agent 8: API tests**", "**Frontend coverage: <5%**").
   */
  private leadInOf(previous: RootContent | null): TextUnit | null {
    if (previous?.type !== 'paragraph') return null
    const last = this.inline(previous.children).lines().pop()
    if (!last) return null
    const bold = previous.children.every((c) => c.type === 'strong' || (c.type === 'text' && /^[\s\p{P}\p{S}]*$/u.test(c.value)))
    return /:\s*$/.test(last.text) || bold ? last : null
  }

  /** "**Rust port**: 60% complete", "**Python port:** 30% complete": a one-line paragraph that names a record in bold. */
  private recordTitleOf(previous: RootContent | null): TextUnit | null {
    if (previous?.type !== 'paragraph') return null
    const [first, second] = previous.children
    const colonInside = first?.type === 'strong' && /:\s*$/.test(toString(first))
    const colonAfter = first?.type === 'strong' && second?.type === 'text' && /^\s*:/.test(second.value)
    const lines = this.inline(previous.children).lines()
    return (colonInside || colonAfter) && lines.length === 1 && !/:\s*$/.test(lines[0]!.text) ? lines[0]! : null
  }

  private list(node: List, parent: ListItemInfo | null, leadIn: TextUnit | null = null, titledBy: TextUnit | null = null): ListItemInfo[] {
    const items: ListItemInfo[] = []
    const start = node.ordered ? node.start ?? 1 : null
    for (const child of node.children) items.push(this.listItem(child, parent, items, leadIn, titledBy, start === null ? null : start + items.length))
    this.doc.lists.push(items)
    return items
  }

  private listItem(node: ListItem, parent: ListItemInfo | null, siblings: ListItemInfo[], leadIn: TextUnit | null, titledBy: TextUnit | null, number: number | null): ListItemInfo {
    const first = node.children.find((c) => c.type === 'paragraph')
    // What the item opens with, past status marks and punctuation ("✅ **Parser** - …" opens in bold).
    const opening = first?.children.find((c) => !(c.type === 'text' && /^[\s\p{P}\p{S}]*$/u.test(c.value)))
    const lead = opening?.type === 'inlineCode' ? 'code' : opening?.type === 'strong' ? 'strong' : opening?.type === 'link' ? 'link' : 'text'
    const info: ListItemInfo = { lines: [], children: [], childLists: [], parent, siblings, headings: [...this.headingStack], leadIn, titledBy, plain: first ? toString(first) : '', lead, number }
    let before: RootContent | null = null
    for (const child of node.children) {
      if (child.type === 'list') {
        const items = this.list(child, info)
        info.childLists.push(items)
        info.children.push(...items)
      }
      else if (child.type === 'paragraph') info.lines.push(...this.paragraph(child, info))
      else this.block(child, info, before)
      before = child
    }
    return info
  }

  private table(node: Table): TableInfo {
    const info: TableInfo = { header: [], rows: [], headings: [...this.headingStack], named: [], codeFirst: [] }
    node.children.forEach((row, r) => {
      const cells = row.children.map((cell) => this.inline(cell.children).trimmed())
      if (r === 0) info.header = cells
      else {
        info.rows.push(cells)
        info.named.push((row.children[0]?.children.length ?? 0) > 0)
        info.codeFirst.push(row.children[0]?.children[0]?.type === 'inlineCode')
      }
    })
    const rows = [info.header, ...info.rows]
    rows.forEach((cells, r) =>
      cells.forEach((unit, c) => {
        if (unit.text.length > 0) this.doc.lines.push({ unit, kind: 'cell', headings: [...this.headingStack], cell: { table: info, row: r - 1, column: c } })
      })
    )
    this.doc.tables.push(info)
    return info
  }

  private code(node: Code, previous: RootContent | null): void {
    if (!node.position || this.codeBlocks === 'never') return
    if (this.codeBlocks === 'auto' && (!looksLikeStatusText(node.lang ?? null, node.value) || this.showsToolOutput(previous))) return
    const builder = new TextUnitBuilder(this.doc.source)
    this.addCodeLines(builder, node)
    const outlines = outlineOf(node.value, this.leadInOf(previous)?.text ?? null)
    const fence = this.fences++
    builder
      .build()
      .lines()
      .forEach((unit, i) => this.doc.lines.push({ unit, kind: 'code', headings: [...this.headingStack], outline: outlines[i] ?? [], fence }))
  }

  /**
   * Appends a code block's lines, each at its place in the source: a fenced block's content starts
   * on the line after the fence, an indented block's on its first line, and each value line is its
   * source line without the indentation the block strips.
   */
  private addCodeLines(builder: TextUnitBuilder, node: Code): void {
    const source = this.doc.source
    const start = (node.position as { start: { offset?: number } }).start.offset ?? 0
    const end = node.position?.end.offset ?? source.length
    const lineStart = source.lastIndexOf('\n', start - 1) + 1
    const fenced = /^[ \t]*(?:```|~~~)/.test(source.slice(lineStart, start + 3))
    let cursor = fenced ? source.indexOf('\n', start) + 1 : lineStart
    node.value.split('\n').forEach((value, i) => {
      if (i > 0) builder.addSynthetic('\n', Math.max(0, cursor - 1), cursor)
      let lineEnd = source.indexOf('\n', cursor)
      if (lineEnd < 0 || lineEnd > end) lineEnd = Math.min(end, source.length)
      const line = source.slice(cursor, lineEnd).replace(/\r$/, '')
      if (value.length > 0 && line.endsWith(value)) builder.addAligned(value, cursor + line.length - value.length, cursor + line.length)
      else builder.addAligned(value, cursor, lineEnd)
      cursor = lineEnd + 1
    })
  }

  /** A fence right after a command's fence, or after "Output:" / "Example:", shows what a tool printed, not the report's own figures. */
  private showsToolOutput(previous: RootContent | null): boolean {
    if (previous?.type === 'code') return true
    if (previous?.type !== 'paragraph') return false
    const last = this.inline(previous.children).lines().pop()?.text ?? ''
    return /\b(?:output|example|examples|sample|returns|prints|response|log|logs|result of running)\s*:\s*$/i.test(last)
  }

  private comment(value: string, position: { start: { line: number }; end: { line: number } } | undefined): void {
    if (position && value.trimStart().startsWith('<!--')) this.doc.comments.push({ text: value, line: position.start.line, endLine: position.end.line })
  }

  private inline(nodes: PhrasingContent[]): TextUnit {
    const builder = new TextUnitBuilder(this.doc.source)
    this.collect(nodes, builder)
    return builder.build()
  }

  private collect(nodes: PhrasingContent[], builder: TextUnitBuilder): void {
    for (const node of nodes) {
      const from = node.position?.start.offset ?? 0
      const to = node.position?.end.offset ?? from
      switch (node.type) {
        case 'text':
          builder.addAligned(node.value, from, to)
          break
        case 'strong':
        case 'emphasis':
        case 'delete':
        case 'link':
        case 'linkReference':
          this.collect(node.children, builder)
          break
        case 'break':
          builder.addSynthetic('\n', from, to)
          break
        default:
          // Inline code, HTML, images and footnote references hold no claims, but they still
          // separate the words around them.
          if (node.type === 'html') this.comment(node.value, node.position)
          builder.addSynthetic(' ', from, to)
      }
    }
  }
}
