// What a value is about, beyond its label: the sections above it, the list items it sits under, and
// whether the text places it at another time or makes it a goal rather than what is true now.
import type { HeadingInfo, ListItemInfo, ReportDocument, TextLine } from '../parse/document.js'
import { cleanLabel, NOT_CURRENT } from '../extract/labels.js'
import { IDENTITY_FIELD } from '../parse/record-heads.js'

/** Sections that restate figures from the body of a report. */
const SUMMARY_HEADING = /\b(?:summary|tl;?\s?dr|at a glance|overview|key (?:numbers|metrics|results|figures|findings|stats|statistics)|highlights|dashboard|scorecard|bottom line|in short|executive)\b/i

/** Words in a heading or a parent item that make everything under it another time, a target, or a plan. */
export const NOT_NOW_SCOPE = /\b(?:target|targets|goal|goals|baseline|before|previous|prior|old|expected|estimate|estimated|projected|planned|plan|budget|threshold|objective|objectives|requirement|requirements|required|forecast|roadmap|next|future|proposed|example|template|sample)\b/i

export function isSummaryHeading(heading: HeadingInfo): boolean {
  return SUMMARY_HEADING.test(heading.unit.text)
}

/** Whether any heading above the line names a summary of the report. */
export function inSummary(headings: HeadingInfo[]): boolean {
  return headings.some(isSummaryHeading)
}


// A parent that names one thing: "Scenario 1:", "Run B", "Dataset A (n=4,480):", "find (cold cache):", "API: …".
const ENTRY_AT_END = /(?:^|\s)(?:\p{Lu}|\d+):?$/u

/** Whether a parent line names the one thing the lines under it describe (not a group such as "Final metrics:"). */
export function namesASubject(parent: string): boolean {
  const text = parent.trim()
  return IDENTITY_FIELD.test(text) || /:\s*\S/.test(text) || text.includes('(') || ENTRY_AT_END.test(text)
}

/**
 * What a line sits under, beyond its headings, outermost first: the lines of a fenced block it is
 * indented under, the lead-in of its list (or the record its list details), the items above it, and the first line of its own item,
 * or of its paragraph when that names an entity ("File: …").
 */
export function listParents(line: TextLine): string[] {
  const parents: string[] = [...(line.outline ?? [])]
  const items: string[] = []
  let top = line.listItem ?? null
  for (let item = line.listItem?.parent ?? null; item; item = item.parent) {
    items.unshift(item.lines[0]?.text ?? '')
    top = item
  }
  const above = top?.leadIn ?? top?.titledBy
  if (above) parents.push(above.text)
  parents.push(...items)
  // "- File: `lazy.test.ts`" beside "- Test count: 8": the list is the record of what that item names.
  const record = line.listItem ? recordItemsOf(line.listItem.siblings).find((item) => item !== line.listItem) : undefined
  if (record) parents.push(record.plain)
  if (line.head && (line.listItem || IDENTITY_FIELD.test(line.head.text))) parents.push(line.head.text)
  return parents
}

// Looked up once per list: every line of a long list asks.
const recordItems = new WeakMap<ListItemInfo[], ListItemInfo[]>()

/** The items of a list that name the record the list is ("- File: `a.ts`"; not a field that gives a number, "Files: 30"). */
function recordItemsOf(items: ListItemInfo[]): ListItemInfo[] {
  let found = recordItems.get(items)
  if (found === undefined) {
    found = items.filter((s) => IDENTITY_FIELD.test(s.plain) && !/^[^:]*:[\s*_]*\d/.test(s.plain))
    recordItems.set(items, found)
  }
  return found
}

/** Whether the headings or list items above a line place it away from what is true now. */
export function scopedAway(line: TextLine): boolean {
  const nearest = line.headings[line.headings.length - 1]
  return (
    line.headings.some((h) => NOT_NOW_SCOPE.test(h.unit.text)) ||
    (nearest !== undefined && START_SCOPE.test(nearest.unit.text)) ||
    listParents(line).some((p) => NOT_CURRENT.test(p) || NOT_NOW_SCOPE.test(p) || START_SCOPE.test(p))
  )
}

/** "### Starting point", "Initial state:": the state things were in when the work began. */
const START_SCOPE = /\b(?:starting (?:point|state|position|status|baseline)|initial (?:state|status|position|baseline)|at the (?:start|beginning|outset))\b/i

// "Phase 2: …", "Day 3", "Run 1", "A.2 Deployment", "3. Results", "Week 12", "2025-11-18": a heading
// that opens with an entry number names one member of a series.
const SERIES_ENTRY = /^[^\p{L}\p{N}]*(?:(\p{L}[\p{L}-]*)\s+)?(?:#?\d+(?:\.\d+)*|[A-Z](?:\.\d+)*|[IVX]+|\d{4}-\d{2}-\d{2})(?=[\s.:)\-–—]|$)/u

function seriesWord(heading: HeadingInfo): string | null {
  const match = SERIES_ENTRY.exec(heading.unit.text)
  return match ? (match[1] ?? '').toLowerCase() : null
}

/**
 * Where a section stands in a series of numbered sibling sections (phases, days, runs, tracks):
 * null when it is not a member of one; else whether it is the last member, the latest entry.
 */
export function seriesMember(section: HeadingInfo | null, headings: HeadingInfo[]): { last: boolean } | null {
  if (!section) return null
  const word = seriesWord(section)
  if (word === null) return null
  const siblings = (section.parent ? section.parent.subheadings : headings.filter((h) => h.parent === null)).filter((h) => h.depth === section.depth && seriesWord(h) === word)
  if (siblings.length < 2) return null
  return { last: siblings[siblings.length - 1] === section }
}

/** The headings above a source offset, outermost first, as written (for `--format claims`). */
export function sectionPath(doc: ReportDocument, offset: number): string[] {
  const stack: HeadingInfo[] = []
  for (const heading of doc.headings) {
    const at = heading.unit.sourceSpan(0, Math.max(1, heading.unit.text.length)).start
    if (at > offset) break
    while (stack.length > 0 && (stack[stack.length - 1] as HeadingInfo).depth >= heading.depth) stack.pop()
    stack.push(heading)
  }
  return stack.map((h) => cleanLabel(h.unit.text))
}
