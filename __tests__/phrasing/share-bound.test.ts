import { md, phrasingMatrix } from './matrix.js'

// A share that cannot pass 100% (coverage, a pass rate, uptime, "N% complete"), against percentages
// that can: a change, attainment of a target, a ratio to another period, CPU over several cores.
phrasingMatrix('share-bound', 'impossible-value', {
  flag: [
    'Coverage: 105%',
    'The migration is 115% complete',
    'Success rate: 101.2%',
    '- **Pass rate**: 104%',
    [md('- Reliability', '  - Uptime: 100.4%'), 2],
    [md('| Service | Availability |', '|---|---|', '| gateway | 102% |'), 3],
    [md('| Metric | Value |', '|---|---|', '| Cache hit rate | 112% |'), 3],
    '## Branch coverage: 108%',
    'We now have 108% line coverage',
    'Coverage: 92% → 104%',
    'Uptime 99.1% -> 100.7% after the fix',
    'Pass rate: 97% => 103%',
    'Accuracy ⇒ 106% on the held-out set',
    'Coverage reached 103 percent this sprint',
    'Compliance sits at 110% across the fleet',
    'Tests passing: 101%',
    'Uptime: 100.1%',
    'Accuracy: 101 %',
    'Coverage (lines): 105%'
  ],
  leave: [
    'Coverage: 100%',
    'Uptime: 100.0%',
    'Revenue growth: +150%',
    'Signed 120% of target',
    'CPU 180% on the 4-core runner',
    'Coverage is 150% of last year’s figure',
    'Memory utilisation 115% (overcommitted by design)',
    '200% ROI on the caching work',
    'Coverage improved by 105% since March',
    'Completion rate: 116% (81 of 70 planned)',
    '✅ Coverage 115% of goal',
    'Coverage went from 40% to 90%, a 125% increase',
    'Error budget burned: 130% (uptime 99.2%)',
    md('| Area | Done | Planned | Coverage |', '|---|---|---|---|', '| CLI | 14 | 12 | 117% |'),
    md('## Coverage', '', 'Throughput: 140% of the old cluster'),
    'Precision 0.98, recall 0.95, F1 improvement 104%',
    'Coverage: 78% (up 105% from 38%)',
    'Coverage: 38% → 78% (105% relative)',
    'Pass rate 98%, throughput 140%',
    'Coverage 90%; load 130%',
    'Coverage doubled to 76% (200% of before)',
    'Uptime in 2025: 99.95%'
  ]
})
