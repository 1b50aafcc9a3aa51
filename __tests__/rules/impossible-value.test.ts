import { findings, flaggedLines } from '../helpers.js'

const RULE = 'impossible-value'

describe(RULE, () => {
  test.each([
    ['- Coverage: 105%', '"105%" (coverage) is a share of a whole, which cannot pass 100%'],
    ['Progress: 115% complete', '"115%" (complete) is a share of a whole, which cannot pass 100%'],
    ['- 9/8 services healthy', '"9/8": 9 is more than the whole of 8'],
    ['- Coverage: 80% → 104%', '"104%" (coverage) is a share of a whole, which cannot pass 100%']
  ])('flags %s', (markdown, message) => {
    expect(findings(markdown, RULE)[0]?.message).toBe(message)
  })

  test('flags a share in a table cell by its column header', () => {
    expect(flaggedLines(['| Suite | Pass rate |', '|---|---|', '| API | 101% |'].join('\n'), RULE)).toEqual([3])
  })

  test.each([
    'Revenue: 150% of target',
    'Throughput: +120%',
    'CPU: 250% (4 cores)',
    'Coverage improvement: 120%',
    '- 7/8 services healthy',
    'Pylint: 8.8/10',
    'Memory: 512MB / 8GB used',
    '- Coverage: 100%',
    // Attainment against a plan or a target can pass 100%.
    ['Planned: 40 stories', 'Completed: 46 stories', 'Completion Rate: 115%'].join('\n'),
    ['| Metric | Target | Actual | Status |', '|---|---|---|---|', '| Cache hit rate | 70% | 84% | ✅ 120% |'].join('\n'),
    // One count over another in its row: a ratio, which may pass 100%.
    ['| Area | Before | Now | Coverage |', '|---|---|---|---|', '| Commands | 10 | 13 | 130% |'].join('\n'),
    // What a goal would take, not a share anyone measured.
    '- Getting to 90% overall requires 112% coverage of the other crates, so it cannot be done',
    'Meeting the SLO would need 104% uptime next month.',
    // The value before an arrow is the wrong figure the line reports mended.
    '- **Uptime shown:** 180% → 99.2% (fixed the double count)'
  ])('leaves %s', (markdown) => {
    expect(flaggedLines(markdown, RULE)).toEqual([])
  })
})
