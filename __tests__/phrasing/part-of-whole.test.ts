import { md, phrasingMatrix } from './matrix.js'

// A part larger than its whole ("12 of 10 tests passed"), against a fraction that is no part of a
// whole (a date, a split, a score out of ten, delivery against a plan that may be exceeded).
phrasingMatrix('part-of-whole', 'impossible-value', {
  flag: [
    '12 of 10 tests passed',
    'Passed: 14/12',
    'Failed 30 (of 25 runs)',
    '9/8 services healthy',
    '- **Checks**: 11/10 green',
    [md('- Nightly', '  - Suites passing: 7/6'), 2],
    [md('| Suite | Passed |', '|---|---|', '| api | 14/12 |'), 3],
    '## Migrations applied: 13 of 12',
    'Resolved 7 out of 5 incidents',
    'eleven of ten jobs succeeded',
    'Passing: 8/10 → 11/10',
    'Healthy nodes -> 6/5',
    'Of 40 builds, 44 succeeded',
    'Of 8 hosts, 9 were healthy.',
    'Merged 14/12 PRs'
  ],
  leave: [
    'Passed: 10/12',
    '12 of 10 planned stories delivered',
    'Delivered 12/10 story points (two pulled in from next sprint)',
    'A 3/2 split between reads and writes',
    'Released 12/10, all services healthy',
    'Rated 11/10 by the on-call team',
    'Python 3.12/3.11 both passing',
    'Support: 24/7 available',
    'Passed/Failed: 14/12',
    md('| Suite | Passed/Failed |', '|---|---|', '| api | 14/12 |'),
    'Passed on 14/12, deployed on 15/12',
    '12 of 10 planned items done',
    'Speedup of 3/2 over baseline, all checks passing',
    'Fixed 14 bugs over 12 days, all green',
    'Tests passed: 120/120',
    'Completed: 12/10 story points',
    'Of 3 regions, 5 healthy clusters',
    md('| Suite | Passed | Total |', '|---|---|---|', '| api | 10 | 12 |')
  ]
})
