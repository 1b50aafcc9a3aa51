import { findings, flaggedLines } from '../helpers.js'

const RULE = 'aggregate'

const shares = (overall: string) =>
  ['| Category | Passing | Total | Rate |', '|---|---|---|---|', '| Unit | 30 | 40 | 75.0% |', '| E2E | 11 | 60 | 18.3% |', `| **Overall** | 41 | 100 | ${overall} |`].join('\n')

describe(RULE, () => {
  test('flags an overall share that is not Σ passing / Σ total', () => {
    const [finding] = findings(shares('39.0%'), RULE)
    expect(finding?.message).toBe('"39.0%" overall does not follow from the rows: 41 / 100 = 41% (Σ Passing / Σ Total)')
    expect(finding?.suggestion).toBe('41.0%')
  })

  test('flags an average row that is not the mean', () => {
    const md = ['| Service | P95 |', '|---|---|', '| API | 40ms |', '| Web | 60ms |', '| **Average** | 45ms |'].join('\n')
    expect(findings(md, RULE)[0]?.message).toBe('"45ms" is not the mean of the 2 rows: (40ms + 60ms) / 2 = 50ms')
  })

  test('averages the rows above an average row, not a row of another count after it', () => {
    const table = ['| Lane | Wait (min) |', '|---|---|', '| A | 4 |', '| B | 6 |', '| **Average** | **5** |', '| Closures | 1 |'].join('\n')
    expect(flaggedLines(table, RULE)).toEqual([])
    expect(flaggedLines(table.replace('**5**', '**6**'), RULE)).toEqual([5])
    expect(flaggedLines(['| Lane | Wait (min) |', '|---|---|', '| Average | 5 |', '| A | 4 |', '| B | 9 |'].join('\n'), RULE)).toEqual([3])
  })

  test('reads whole percentages as rounded: their mean may be half a point off, not two points', () => {
    const table = (average: string) => ['| Area | Covered |', '|---|---|', '| Auth | 91% |', '| Search | 76% |', '| Billing | 84% |', '| Export | 70% |', `| **Average** | ${average} |`].join('\n')
    // 91 + 76 + 84 + 70 = 321, a mean of 80.25; rows that stand for 90.5–91.5 and so on give
    // 79.75–80.75, which may be written 79% (cut to its whole) as well as 80%.
    expect(flaggedLines(table('80%'), RULE)).toEqual([])
    expect(flaggedLines(table('79%'), RULE)).toEqual([])
    expect(flaggedLines(table('78%'), RULE)).toEqual([7])
  })

  test('flags an overall on a half point that is not the mean rounded to the nearest half', () => {
    expect(findings(['- Design: 6/10', '- Tests: 6/10', '- Docs: 4/10', '- Overall: 6.5/10'].join('\n'), RULE)[0]?.message).toBe('"6.5/10" overall is not the mean of the 3 scores above it: (6 + 6 + 4) / 3 = 5.33/10 (no weights are given)')
  })

  test('flags an overall fraction that is not the sum of the items', () => {
    expect(findings(['- Unit: 45/50', '- E2E: 10/20', '- Overall: 50/70'].join('\n'), RULE)[0]?.message).toBe('"50/70" overall does not follow from the items: they sum to 55/70')
  })

  test.each([
    shares('41.0%'),
    // The average of the shares (46.7%) is not what "overall" means when counts are given, but
    // without counts an overall share may be weighted any way.
    ['| Category | Rate |', '|---|---|', '| Unit | 75% |', '| E2E | 18% |', '| Overall | 39% |'].join('\n'),
    ['| Service | P95 |', '|---|---|', '| API | 40ms |', '| Web | 60ms |', '| Average | 50ms |'].join('\n'),
    ['- Unit: 45/50', '- E2E: 10/20', '- Overall: 55/70'].join('\n'),
    // Two parts that split one whole of 40 hosts; the total counts checks, two per host.
    ['- Patched: 36/40 hosts', '- Unreachable: 4/40 hosts', '- Total checks: 72/80 passed'].join('\n'),
    // A table of statistics over samples it does not list: its Mean is not the mean of its rows.
    ['| Statistic | Latency |', '|---|---|', '| Min | 8ms |', '| Mean | 31ms |', '| Max | 120ms |', '| P95 | 90ms |'].join('\n'),
    // A metric named after an average, and a change column worked out from the averaged columns.
    ['| Metric | Value |', '|---|---|', '| Average power | 210 W |', '| Peak power | 390 W |'].join('\n'),
    ['| Model | Error A | Error B | Improvement |', '|---|---|---|---|', '| X | 5.0% | 4.0% | 20.0% |', '| Y | 4.0% | 3.6% | 10.0% |', '| **Average** | 4.5% | 3.8% | 15.6% |'].join('\n'),
    // A column that is one column over another: its Average row follows from the averaged columns.
    ['| Vendor | Base | Extra | Extra % |', '|---|---|---|---|', '| A | $100 | $200 | 200% |', '| B | $300 | $150 | 50% |', '| **Average** | $200 | $175 | 88% |'].join('\n'),
    // An Overall row whose own counts give its percentage: whether they add up is sum-total's to say.
    ['| Area | Done | All | % |', '|---|---|---|---|', '| A | 4 | 4 | 100% |', '| B | 1 | 4 | 25% |', '| Overall | 5 | 10 | 50% |'].join('\n'),
    // Scores out of one maximum: the overall is a mean, not a sum.
    ['- Design: 6/10', '- Tests: 7/10', '- Docs: 4/10', '- Overall: 5.7/10'].join('\n'),
    // Whole scores and an overall on a half point: the mean (5.33) rounded to the nearest half.
    ['- Design: 6/10', '- Tests: 6/10', '- Docs: 4/10', '- Overall: 5.5/10'].join('\n')
  ])('leaves %s', (markdown) => {
    expect(flaggedLines(markdown, RULE)).toEqual([])
  })
})
