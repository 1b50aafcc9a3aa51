import { parsePatch, type DiffLines } from '../../src/action/diff.js'
import { atChangedPlace, changedPlace, filterFindings } from '../../src/action/filter.js'
import { findingSpans, SourceFiles } from '../../src/action/finding-places.js'
import { check } from '../../src/index.js'

// A sprint note whose heading counts three items; the list under it now holds four.
const SPRINT = ['# Sprint 14', '', '## Shipped (3)', '', '- login page', '- rate limiter', '- audit log', '- export to CSV', '', 'Next up: billing.', ''].join('\n')
// A highlights section that says "no incidents" while the body counts some.
const STATUS = ['# Ops review', '', '## Highlights', '', '- Moved the queue to the new cluster (zero incidents)', '', '## Details', '', '- Total incidents: 212', '- Pages sent: 40', ''].join('\n')

const sourcesOf = (files: Record<string, string>) => new SourceFiles((file) => files[file] ?? null)
const diff = (added: number[], inHunks: number[] = added, removedBefore: number[] = []): DiffLines => ({ added: new Set(added), inHunks: new Set(inHunks), removedBefore: new Set(removedBefore) })

describe('filter-mode added and the places of a finding', () => {
  const sprint = check(SPRINT, { file: 'sprint.md' }).findings
  const status = check(STATUS, { file: 'ops.md' }).findings
  const sources = sourcesOf({ 'sprint.md': SPRINT, 'ops.md': STATUS })
  const spansOf = sources.spansOf.bind(sources)

  test('the examples read as expected: a count on line 3, a conflict on line 5 citing line 9', () => {
    expect(sprint.map((f) => [f.rule, f.line, f.related])).toEqual([['list-count', 3, [{ line: 5, column: 3 }]]])
    expect(status.map((f) => [f.rule, f.line, f.related.map((r) => ('line' in r ? r.line : 0))])).toEqual([['conflicting-values', 5, [9]]])
  })

  test('a count covers the whole list it counts, not only the item it cites', () => {
    expect(findingSpans(sprint[0]!, sources.treeOf('sprint.md'))).toEqual([{ start: 3, end: 3, block: false }, { start: 5, end: 8, block: true }])
    // A comparison's other value is one line, whatever list it sits in.
    expect(findingSpans(status[0]!, sources.treeOf('ops.md'))).toEqual([{ start: 5, end: 5, block: false }, { start: 9, end: 9, block: false }])
  })

  test('an item added under an unchanged heading keeps the count and moves it to the added line', () => {
    const diffs = new Map([['sprint.md', diff([8])]])
    expect(filterFindings(sprint, 'added', diffs, spansOf)).toEqual(sprint)
    // Without the places, only the claim's own line counts: the old behaviour drops it.
    expect(filterFindings(sprint, 'added', diffs)).toEqual([])
    const moved = atChangedPlace(sprint[0]!, 'added', diffs, spansOf, (line) => SPRINT.split('\n')[line - 1] ?? '')
    expect(moved).toMatchObject({ line: 8, endLine: 8, column: 1, endColumn: 16, rule: 'list-count' })
    expect(moved.message).toBe(`At line 3: ${sprint[0]!.message}`)
    expect(moved.related[0]).toEqual({ line: 3, column: sprint[0]!.column })
  })

  test('an item removed from the list counts as a change to the list', () => {
    // The old "- audit log" line sat before the new line 7.
    const removal = parsePatch('@@ -5,4 +5,3 @@\n - login page\n - rate limiter\n-- audit log\n - export to CSV')
    expect([...(removal.removedBefore ?? [])]).toEqual([7])
    expect(changedPlace(sprint[0]!, 'added', removal, spansOf)).toBe(7)
    // A line removed below the list and its blank line does not touch it.
    expect(changedPlace(sprint[0]!, 'added', diff([], [], [10]), spansOf)).toBeNull()
  })

  test('a changed body value keeps the unchanged summary that contradicts it, at the changed line', () => {
    const diffs = new Map([['ops.md', diff([9], [8, 9, 10])]])
    const kept = filterFindings(status, 'added', diffs, spansOf)
    expect(kept).toEqual(status)
    const moved = atChangedPlace(kept[0]!, 'added', diffs, spansOf, (line) => STATUS.split('\n')[line - 1] ?? '')
    expect(moved.line).toBe(9)
    expect(moved.message).toBe(`At line 5: ${status[0]!.message}`)
    expect(moved.related).toEqual([{ line: 5, column: status[0]!.column }])
  })

  test('a finding whose own line changed stays where it is', () => {
    const diffs = new Map([['ops.md', diff([5, 9])]])
    expect(atChangedPlace(status[0]!, 'added', diffs, spansOf, () => '')).toBe(status[0])
  })

  test('untouched places drop the finding; diff_context reads the hunks instead of the added lines', () => {
    expect(filterFindings(status, 'added', new Map([['ops.md', diff([1, 10], [1, 8, 10])]]), spansOf)).toEqual([])
    expect(filterFindings(status, 'diff_context', new Map([['ops.md', diff([10], [8, 9, 10])]]), spansOf)).toEqual(status)
    expect(filterFindings(status, 'added', new Map(), spansOf)).toEqual([])
  })

  test('file and nofilter modes never move a finding', () => {
    const diffs = new Map([['sprint.md', diff([8])]])
    expect(atChangedPlace(sprint[0]!, 'file', diffs, spansOf, () => '')).toBe(sprint[0])
    expect(atChangedPlace(sprint[0]!, 'nofilter', diffs, spansOf, () => '')).toBe(sprint[0])
  })
})
