import { findings, flaggedLines } from '../helpers.js'

const RULE = 'sum-total'

describe(RULE, () => {
  test('flags an inline breakdown', () => {
    const [finding] = findings('We have 11 alerts: 1 P0, 3 P1, 3 P2, 5 P3', RULE)
    expect(finding?.message).toBe('"11 alerts" but the breakdown sums to 12 (1 + 3 + 3 + 5)')
    expect(finding?.suggestion).toBe('12')
  })

  test('flags a list item whose nested items carry counts', () => {
    const md = ['- ✅ 11 production alerts configured', '  - 1 P0 alert (critical)', '  - 3 P1 alerts (high priority)', '  - 3 P2 alerts (warning)', '  - 5 P3 alerts (info)'].join('\n')
    const [finding] = findings(md, RULE)
    expect(finding?.line).toBe(1)
    expect(finding?.message).toBe('"11 production alerts" but the breakdown below sums to 12 (1 + 3 + 3 + 5)')
    expect(finding?.related).toEqual([{ line: 2, column: 5 }])
  })

  test('flags a Total row', () => {
    const md = ['| Team | Bugs |', '|---|---|', '| API | 4 |', '| Web | 6 |', '| **Total** | 9 |'].join('\n')
    expect(findings(md, RULE)[0]?.message).toBe('"Total 9" but the "Bugs" column sums to 10 (4 + 6)')
  })

  test('flags parts of one whole across sibling headings that exceed it', () => {
    const md = ['# Status', '## Completed (8/15)', '## In progress (4/15)', '## Blocked (5/15)'].join('\n')
    const [finding] = findings(md, RULE)
    expect(finding?.line).toBe(4)
    expect(finding?.related.map((r) => ('line' in r ? r.line : r.path))).toEqual([2, 3])
  })

  test.each([
    'We have 12 alerts: 1 P0, 3 P1, 3 P2, 5 P3',
    '3 files changed: 120 insertions, 40 deletions',
    'Results: 10 tests (8 passed, 2 failed)',
    ['- 8 Service Level Objectives', '  - Availability: 99.9%', '  - Latency P95: <300ms', '  - Error Rate: <0.5%'].join('\n'),
    ['- Terraform modules (1,370 lines)', '  - Network, Compute, Database', '  - Storage, Monitoring'].join('\n'),
    ['| Team | Bugs |', '|---|---|', '| API | 4 |', '| Web | 6 |', '| Total | 10 |'].join('\n'),
    ['## Completed (8/11)', '## In progress (2/11)'].join('\n')
  ])('leaves %s', (markdown) => {
    expect(flaggedLines(markdown, RULE)).toEqual([])
  })
})
