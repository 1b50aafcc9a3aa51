import { findings, flaggedLines } from '../helpers.js'

const RULE = 'sum-total'
const md = (...lines: string[]) => lines.join('\n')

describe(RULE, () => {
  test('flags an inline breakdown that adds up to more than its total, with no correction of the total', () => {
    const [finding] = findings('We triaged 9 tickets: 2 P1, 4 P2, 4 P3', RULE)
    expect(finding?.message).toBe('"9 tickets" but the breakdown sums to 10 (2 + 4 + 4)')
    expect(finding?.severity).toBe('error')
    expect(finding?.suggestion).toBeUndefined()
  })

  test('flags a list item whose nested items carry counts', () => {
    const report = md('- ✅ 11 production alerts configured', '  - 1 P0 alert (critical)', '  - 3 P1 alerts (high priority)', '  - 3 P2 alerts (warning)', '  - 5 P3 alerts (info)')
    const [finding] = findings(report, RULE)
    expect(finding?.line).toBe(1)
    expect(finding?.message).toBe('"11 production alerts" but the breakdown below sums to 12 (1 + 3 + 3 + 5)')
    expect(finding?.related).toEqual([{ line: 2, column: 5 }])
  })

  test.each([
    ['a Total row of counts', md('| Team | Bugs |', '|---|---|', '| API | 4 |', '| Web | 6 |', '| **Total** | 9 |'), '"Total 9" but the "Bugs" column sums to 10 (4 + 6)'],
    ['a Total row below its parts, which are all of it', md('| Team | Bugs |', '|---|---|', '| API | 4 |', '| Web | 6 |', '| Total | 12 |'), '"Total 12" but the "Bugs" column sums to 10 (4 + 6)'],
    ['a Total row of fractions', md('| Area | Score |', '|---|---|', '| A | 6/10 |', '| B | 7/10 |', '| Total | 12/20 |'), '"Total 12/20" but the "Score" column sums to 13 (6 + 7)'],
    ['a Total row of signed changes', md('| Area | Change |', '|---|---|', '| A | +4 |', '| B | - |', '| C | +3 |', '| Total | +9 |'), '"Total +9" but the "Change" column sums to 7 (4 + 3)'],
    ['a Total row of money written with grouped digits', md('| Stage | Weighted |', '|---|---:|', '| Demo | $234,000 |', '| Proposal | $305,000 |', '| **Total open** | **$549,000** |'), '"Total open $549,000" but the "Weighted" column sums to $539,000 ($234,000 + $305,000)'],
    ['a Total row of sizes written with a space before the unit', md('| Table | Size |', '|---|---:|', '| `orders` | 214 GB |', '| `carts` | 19 GB |', '| **Total** | **243 GB** |'), '"Total 243 GB" but the "Size" column sums to 233 GB (214 GB + 19 GB)'],
    ['a Total row of durations', md('| Step | Time |', '|---|---|', '| Build | 4 min |', '| Test | 7 min |', '| Total | 13 min |'), '"Total 13 min" but the "Time" column sums to 11 min (4 min + 7 min)'],
    ['a lead-in over items that carry their counts', md('**12 tests:**', '- `a.test.ts` (5 tests)', '- `b.test.ts` (4 tests)', '- `c.test.ts` (4 tests)'), '"12 tests:" but the breakdown below sums to 13 (5 + 4 + 4)'],
    ['a ledger in a fenced block', md('```', 'Price: $20.00', 'Cost: -$7.50', 'Fees: -$1.25', '────────', 'NET: $12.25', '```'), '"NET: $12.25" but the lines above the rule add up to $11.25 ($20.00 − $7.50 − $1.25)'],
    ['whole measurements that rounding does not explain', md('- Open: 6ms', '- Scan: 24ms', '- Decode: 36ms', '- **Total load time: 70ms**'), '"Total load time: 70ms" but the items above it add up to 66 ms (6ms + 24ms + 36ms)'],
    ['a Total row below its rows beside a total written as at least some number', md('| Area | Tests | Lines |', '|---|---|---|', '| Parser | 8 | 350 |', '| Printer | 10 | 360 |', '| **Total** | **18+** | **600** |'), '"Total 600" but the "Lines" column sums to 710 (350 + 360)'],
    ['a total after a list under a heading whose own figure the list does not give either', md('### Phase 2 (12 hours)', '- Design: 4 hours', '- Build: 6 hours', '', '**Total: 14 hours**'), '"Total: 14 hours" but the items above it add up to 10 h (4 hours + 6 hours)'],
    ['a ledger whose lines work out their amounts, the total not their sum', md('```', 'Seats:   12 × $40 = $480', 'Support: $2,000 × 10% = $200', '──────', 'Total:   $700', '```'), '"Total: $700" but the lines above the rule add up to $680 ($480 + $200)'],
    ['a total after a list that adds up to its one heading, which is no total of sections', md('### Effort (12 hours)', '- Design: 4 hours', '- Build: 8 hours', '', '**Total: 14 hours**'), '"Total: 14 hours" but the items above it add up to 12 h (4 hours + 8 hours)'],
    ['a part of a whole and what is left of it, adding up to more than the whole', 'Closed 14 of 20 review threads, leaving 8 open.', '"14 of 20" but the counts done and left add up to 22 (14 + 8)'],
    ['a fraction done and a count remaining', 'Translations: 30/40 strings done, 12 remaining', '"30/40" but the counts done and left add up to 42 (30 + 12)'],
    ['counts by state with their total after them', '- Unit suite: 96 passed, 7 failed, 101 total', '"101 total" but the breakdown sums to 103 (96 + 7)'],
    ['counts by category with their total in a parenthesis', 'Findings: 2 critical, 6 major (7 total)', '"7 total" but the breakdown sums to 8 (2 + 6)'],
    ['a heading over counted sub-sections', md('## Work items (20)', '### Done (12)', '### Open (9)'), '"Work items (20)" but the sub-sections add up to 21 (12 + 9)'],
    ['a measured whole below its parts', md('| Asset | Size |', '|---|---|', '| Scripts | 512.4 KB |', '| Styles | 71.2 KB |', '| Total | 580.1 KB |'), '"Total 580.1 KB" but the "Size" column sums to 583.6 KB (512.4 KB + 71.2 KB)'],
    ['a budget column whose parts add up to more than its total', md('| Stage | Budget |', '|---|---|', '| DNS | 20 ms |', '| TLS | 40 ms |', '| Render | 100 ms |', '| Total | 150 ms |'), '"Total 150 ms" but the "Budget" column sums to 160 ms (20 ms + 40 ms + 100 ms)']
  ])('flags %s', (_, markdown, message) => {
    expect(findings(markdown, RULE).map((f) => f.message)).toEqual([message])
  })

  test('flags a Total row of counts that leaves out a row, in every column, whichever row it is', () => {
    const table = md('| Team | Open | Closed |', '|---|---|---|', '| API | 4 | 10 |', '| Web | 3 | 6 |', '| Mobile | 2 | 5 |', '| Total | 7 | 16 |')
    expect(findings(table, RULE).map((f) => f.message)).toEqual(['"Total 7" but the "Open" column sums to 9 (4 + 3 + 2)', '"Total 16" but the "Closed" column sums to 21 (10 + 6 + 5)'])
  })

  test('flags parts of one whole across sibling headings, each in its own state, that exceed it', () => {
    const [finding] = findings(md('# Status', '## Completed (8/15)', '## In progress (4/15)', '## Blocked (5/15)'), RULE)
    expect(finding?.line).toBe(4)
    expect(finding?.related.map((r) => ('line' in r ? r.line : r.path))).toEqual([2, 3])
  })

  test.each([
    ['a breakdown that adds up', 'We have 12 alerts: 1 P0, 3 P1, 3 P2, 5 P3'],
    ['a ledger that adds up', md('```', 'api:  18 tests', 'core:  5 tests', '──────', 'TOTAL: 23 tests', '```')],
    ['a partial breakdown', '20 issues found (3 critical, 5 high)'],
    ['a Total row above its rows beside a total written as at least some number', md('| Area | Tests | Lines |', '|---|---|---|', '| Parser | 8 | 350 |', '| Printer | 10 | 360 |', '| **Total** | **18+** | **900** |')],
    ['a total of all sections after the last one, whose list adds up to its own heading', md('### Phase 1 (20 hours)', '- Design: 8 hours', '- Build: 12 hours', '### Phase 2 (12 hours)', '- Design: 4 hours', '- Build: 8 hours', '', '**Total effort:** 32 hours')],
    ['a part and what is left that add up to the whole', 'Closed 14 of 20 review threads, leaving 6 open.'],
    ['a part and what is left under the whole (others may be in progress)', 'Translations: 30/40 strings done, 4 remaining'],
    ['a ledger whose lines work out their amounts, the total their sum', md('```', 'Seats:   12 × $40 = $480', 'Support: $2,000 × 10% = $200', '──────', 'Total:   $680', '```')],
    ['a remainder of another kind of thing', 'Closed 9/10 tickets, 2 PRs remaining'],
    ['two runs each with its total, one after the other', 'Tests: 10 passed, 1 failed, 11 total; 30 passed, 2 failed, 32 total'],
    ['a remainder in another sentence', 'Closed 14 of 20 threads. Across the repo, 9 remain open.'],
    ['counts by state that add up to the total after them', 'Suites: 2 failed, 19 passed, 21 total'],
    ['counts by state below the total after them (skipped ones may be left out)', 'Cases: 40 passed, 2 failed, 45 total'],
    ['counts of different things before a total', 'Changed 4 files, 9 tests, 12 total'],
    ['a labelled count before the parts', 'Night run: 30 passed, 3 failed; Day run 2: 28 passed, 12 failed, 40 total'],
    ['parts that count something else', '3 files changed: 120 insertions, 40 deletions'],
    ['identifiers', '3 workers online (ids: 11, 12, 13)'],
    ['years after names', '4 outages: Frankfurt 2019, Dublin 2021, Ohio 2022, Tokyo 2023'],
    ['comparison months', '612 commits in June (April: 534, May: 391)'],
    ['a part larger than the whole (codes, not parts)', '6 network errors (404 on assets, 500 on checkout)'],
    ['examples without counts', md('- 8 Service Level Objectives', '  - Availability: 99.9%', '  - Latency P95: <300ms')],
    ['a Total row that adds up', md('| Team | Bugs |', '|---|---|', '| API | 4 |', '| Web | 6 |', '| Total | 10 |')],
    ['an overall row of scores', md('| Class | AP |', '|---|---|', '| cat | 0.91 |', '| dog | 0.88 |', '| All | 0.90 |')],
    ['a Total row whose cells mix costs and savings', md('| Area | Cost |', '|---|---|', '| GPUs | $18K/mo |', '| Spot | $12K/mo saved |', '| Total | $20K/mo |')],
    ['a Total row of percentages', md('| Team | Share |', '|---|---|', '| API | 40% |', '| Web | 50% |', '| Total | 100% |')],
    ['sibling headings with the same state', md('## Models ✅ Complete (9/9)', '## Factories ✅ Complete (9/9)')],
    ['sibling headings that score different things', md('## Security (9/10)', '## Testing (5/10)')],
    ['sibling parts within the whole', md('## Completed (8/11)', '## In progress (2/11)')],
    ['scores under a score', md('**Current State (7/10):**', '- Architecture (9/10)', '- Tests (5/10)')],
    ['a Total row beside a row that adds up other rows', md('| Priority | Done | All |', '|---|---|---|', '| P0 | 9 | 9 |', '| P1 | 4 | 6 |', '| P2 | 0 | 12 |', '| **P0 + P1** | **13** | **15** |', '| **Total** | **13** | **27** |')],
    ['a Total row whose rows happen to add up among themselves', md('| Area | Tests | Passed |', '|---|---|---|', '| Auth | 20 | 20 |', '| API | 25 | 25 |', '| Data | 15 | 15 |', '| Jobs | 10 | 10 |', '| Total | 70 | 70 |')],
    ['a column of peaks', md('| Service | Peak RPS |', '|---|---|', '| API | 400 |', '| Web | 250 |', '| Total | 520 |')],
    ['a column of rates', md('| Worker | Jobs/min |', '|---|---|', '| A | 40 |', '| B | 35 |', '| Total | 70 |')],
    ['a column of scores whose Total is an overall score', md('| Area | Score |', '|---|---|', '| Docs | 6 |', '| Tests | 8 |', '| Total | 7 |')],
    ['a Total beside rows named totals of their own', md('| Task | Hours |', '|---|---|', '| API | 2h |', '| Schema | 1h |', '| **Server total** | **3h** |', '| Pages | 2h |', '| **Client total** | **2h** |', '| **Grand total** | **5h** |')],
    ['rows indented under the row above', md('| Area | Hours |', '|---|---|', '| Phase 1 | 10h |', '| - Auth | 6h |', '| - Billing | 4h |', '| Phase 2 | 20h |', '| **Total** | **30h** |')],
    ['a total written as a bound', md('- Hosting: $4/month', '- Backups: $2/month', '- **Total: <$10/month**')],
    // Each whole measurement may be half a millisecond off: 6 + 24 + 36 may be anything from 64.5 to 67.5.
    ['whole measurements that rounding explains', md('- Open: 6ms', '- Scan: 24ms', '- Decode: 36ms', '- **Total load time: 67ms**')],
    ['a measured whole a little above its parts (it may hold a page the rows leave out)', md('| Asset | Size |', '|---|---|', '| Scripts | 512.4 KB |', '| Styles | 71.2 KB |', '| Total | 585.0 KB |')],
    [
      'a size row that is part of another row, with nothing to mark it',
      md('| Part | Before | After |', '|---|---|---|', '| Scripts | 420.0 KB | 300.0 KB |', '| Vendor chunk | 250.0 KB | 120.0 KB |', '| Styles | 60.0 KB | 55.0 KB |', '| Total | 480.0 KB | 355.0 KB |')
    ],
    ['a limit column whose total is a looser limit of its own', md('| Asset | Now | Target |', '|---|---|---|', '| Scripts | 410 KB | 250 KB |', '| Styles | 60 KB | 40 KB |', '| Total | 470 KB | 600 KB |')],
    ['a count that counts the items, not their sub-counts', md('**Helpers (3 in use):**', '- `a()` (8 imports)', '- `b()` (3 imports)', '- `c()` (5 imports)')]
  ])('leaves %s', (_, markdown) => {
    expect(flaggedLines(markdown, RULE)).toEqual([])
  })
})
