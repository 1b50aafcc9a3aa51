import { findings, flaggedLines } from '../helpers.js'

const RULE = 'ratio-percent'

describe(RULE, () => {
  test.each([
    ['Healthy: 7/8 (75%)', '"75%" does not match 7/8: 7 / 8 = 87.5%', '88%'],
    ['Passing: 24 of 45 (60%)', '"60%" does not match 24 of 45: 24 / 45 = 53.3%', '53%'],
    ['Done: 67% (3/5)', '"67%" does not match 3/5: 3 / 5 = 60%', '60%'],
    ['1 out of 11 tests (19%) failed', '"19%" does not match 1 out of 11: 1 / 11 = 9.1%', '9%'],
    ['Milestone 2 - 75% done (5/8 epics)', '"75%" does not match 5/8: 5 / 8 = 62.5%', '63%'],
    ['Total: 91.5% (183/198 passed)', '"91.5%" does not match 183/198: 183 / 198 = 92.42%', '92.4%']
  ])('flags %s', (markdown, message, suggestion) => {
    const [finding] = findings(markdown, RULE)
    expect(finding?.message).toBe(message)
    expect(finding?.suggestion).toBe(suggestion)
  })

  test('flags parts of one whole whose percentages add up to 100% when one is more than a rounding off', () => {
    expect(flaggedLines(['- Green: 1/3 of the runs (30%)', '- Amber: 1/3 of the runs (33%)', '- Red: 1/3 of the runs (37%)'].join('\n'), RULE)).toEqual([1, 3])
  })

  test('flags a mean rate beside a fraction of whole counts, and a percentage with more after the fraction that is not a part', () => {
    expect(flaggedLines('**Mean review pass rate:** 95% (36/40 checks)', RULE)).toEqual([1])
    expect(flaggedLines('Release progress: 70% (9/14 items shipped, on schedule)', RULE)).toEqual([1])
  })

  test('flags a percentage and a fraction that name the same state in other words', () => {
    expect(flaggedLines('**Migration**: 50% complete (3/5 services done)', RULE)).toEqual([1])
  })

  test('flags a share of a small whole that no whole count gives', () => {
    const [finding] = findings('Healthy: 40% of 8 services', RULE)
    expect(finding?.message).toBe('"40%" of 8 cannot be a whole count: the nearest is 3 of 8 = 37.5%')
  })

  test('leaves a fraction of a few that puts a finer percentage in plain words, not one that misstates it', () => {
    expect(flaggedLines('- Keeps 80.4% precision (4 out of 5 flagged items are real)', RULE)).toEqual([])
    expect(flaggedLines('- Keeps 83.3% precision (4 out of 5 flagged items are real)', RULE)).toEqual([1])
    expect(flaggedLines('- Keeps 85% precision (4 out of 5 flagged items are real)', RULE)).toEqual([1])
  })

  test('still flags a rate after a comma when nothing follows it, and a percentage beside all or none of a few', () => {
    expect(flaggedLines('- **Tests:** 45/50, 97% pass rate', RULE)).toEqual([1])
    expect(flaggedLines('Deploy success: 99.0% (10/10 deploys)', RULE)).toEqual([1])
  })

  test('leaves a percentage over 100 of a number, which is a multiple of it, not a part', () => {
    expect(flaggedLines('- Cache: 9K lookups/sec (4,550% of the 200 before)', RULE)).toEqual([])
    expect(flaggedLines('- Reads: 240% of 7 replicas\' load', RULE)).toEqual([])
  })

  test.each([
    'Healthy: 7/8 (88%)',
    'Healthy: 7/8 (87%)',
    'Split: 2/3 (67%)',
    '1 out of 11 tests (9%)',
    'Score 85.7% (6/7)',
    '24 of 45 (53%)',
    '1,456 errors of 18.2M (0.008%)',
    '73% COMPLETE (8/11 tracks done)',
    'Available 24/7 (99.9%)',
    'Python 3.9/3.10 (100%)',
    'Subnet 10.1.0.0/16 (50%)',
    'From 2/8 services healthy → 7/8 services healthy (+350% improvement)',
    'Healthy: 75% of 8 services',
    'Pylint: 8.8/10 (88%)',
    // The percentage names the other part, or another measure, or a statistic of the fraction.
    'False alarms: 0% (12/12 correct)',
    'When the window is 75% used (25,000/100,000 tokens left)',
    '412/412 tests passing (91% line coverage)',
    '**Review:** 9.1/10, 97.4% pass rate, 8/8 checks',
    'Recall 45/50 (95% CI: 78%-97%)',
    'The 95% upper bound on 3/40 is 19%',
    // A target set as a share comes to the nearest whole count.
    'Target: 289/361 tests (80.0%)',
    'Estimated 34/38 passing (90%)',
    '**Q2:** 5/5 milestones done (97% average completion)',
    '**Coverage:** 100% (212/205 routes, some tested twice)',
    // A share of another base, a mean of rates beside a fraction of means, a percentage that counts more.
    '- `check_io.py` - 12/12 tests passing (400% of requirement)',
    '**Mean review pass rate:** 92.0% (36.5/40 checks)',
    'Release progress: 70% (9/14 items shipped + two items half done)',
    '**Progress**: 96% (6 of 7 stages, the pilot stage skipped)',
    // A change named in Korean after a pair of scores, not the share of the second.
    '- 만족도: 6.0/10 → 9.0/10 (50% 향상)',
    // The percentage and the fraction name two states.
    '**Migration**: 40% complete (5/5 services started)',
    // Parts of one whole whose percentages are rounded so that they add up to 100%.
    ['- Green: 1/3 of the runs (33%)', '- Amber: 1/3 of the runs (33%)', '- Red: 1/3 of the runs (34%)'].join('\n')
  ])('leaves %s', (markdown) => {
    expect(flaggedLines(markdown, RULE)).toEqual([])
  })
})
