import { md, phrasingMatrix } from './matrix.js'

// A total against its parts: in a line, over nested items, above or below a list, in a Total row
// or column, over sub-sections.
phrasingMatrix('total-parts', 'sum-total', {
  flag: [
    '11 alerts: 1 P0, 3 P1, 3 P2, 5 P3',
    md('- 14 tickets triaged', '  - 5 bugs', '  - 4 chores', '  - 6 features'),
    [md('- Parse: 12 ms', '- Plan: 7 ms', '- Execute: 30 ms', '', '**Total: 55 ms**'), 5],
    [md('| Team | Bugs |', '|---|---|', '| API | 4 |', '| Web | 6 |', '| **Total** | 9 |'), 5],
    [md('| Team | Q1 | Q2 | Total |', '|---|---|---|---|', '| API | 4 | 5 | 10 |', '| Web | 2 | 3 | 5 |'), 3],
    [md('| Area | Bugs |', '|---|---|', '| API | 4 |', '| Web | 6 |', '| Sum | 11 |'), 5],
    md('**Total: 40 h**', '', '- Design: 10 h', '- Build: 20 h', '- Test: 12 h'),
    '20 issues (8 critical, 7 high, 6 low)',
    '- Open defects: 9 (2 blocker, 4 major, 4 minor)',
    '**Incidents this quarter**: 7 (3 Sev1, 5 Sev2)',
    'Pages built: 30 total (24 static, 9 dynamic)',
    [md('### Build stages (s)', '', '| Job | Fetch | Compile | Total |', '|---|---|---|---|', '| web | 12 | 48 | 70 |', '| api | 20 | 35 | 55 |'), 5],
    md('## Work items (20)', '### Done (12)', '### Open (9)'),
    [md('```', 'Compute:  $600', 'Storage:  $300', '--------', 'Total:    $850', '```'), 5],
    'Spent 9 hours: 4h coding, 3h review, 3h testing',
    'Of the 30 runs, 18 passed, 9 failed and 4 were skipped',
    'Total cost $1,000 ($600 compute, $300 storage, $150 egress)',
    'Total alerts: 11 (P0: 1, P1: 3, P2: 3, P3: 5)',
    'We closed 14 tickets (bug: 5, chore: 4, feature: 6)',
    '**Open risks**: 6 (high: 2, medium: 3, **low**: 2)',
    md('**12 tests:**', '- `a.test.ts` (5 tests)', '- `b.test.ts` (4 tests)', '- `c.test.ts` (4 tests)')
  ],
  leave: [
    '20 issues found (3 critical, 5 high)',
    '3 files changed: 120 insertions, 40 deletions',
    '3 workers online (ids: 11, 12, 13)',
    '612 commits in June (April: 534, May: 391)',
    md('| Team | Bugs |', '|---|---|', '| API | 4 |', '| Web | 6 |', '| Total | 10 |'),
    md('| Team | Share |', '|---|---|', '| API | 40% |', '| Web | 50% |', '| Total | 100% |'),
    md('- 14 tickets triaged', '  - 5 bugs', '  - 4 chores', '  - 5 features'),
    md('- Parse: 12 ms', '- Plan: 7 ms', '- Execute: 30 ms', '', '**Total: 49 ms**'),
    md('- Parse: 12 ms', '- Plan: 7 ms', '- Execute: 30 ms', '', '**End-to-end: 40 ms**'),
    md('- 3 services deployed', '  - api (12 pods)', '  - web (8 pods)', '  - jobs (4 pods)'),
    'Of the 30 runs, 18 passed and 9 failed',
    'Tests: 120 (unit 80, integration 30, e2e 10)',
    '- Open defects: 9 (2 blocker, 4 major, 3 minor)',
    '- Open defects: 9 (2 blocker, 4 major)',
    'Score: 9 (4 design, 6 code)',
    md('### Build stages (s)', '', '| Job | Fetch | Compile | Total |', '|---|---|---|---|', '| web | 12 | 48 | 61 |', '| api | 20 | 35 | 55 |'),
    'Release: 3 (2 patches, 2 hotfixes)',
    md('| Team | Q1 | Q2 | Total |', '|---|---|---|---|', '| API | 4 | 5 | 9 |', '| Web | 2 | 3 | 5 |'),
    md('| Host | Peak CPU |', '|---|---|', '| a | 70% |', '| b | 80% |', '| Total | 80% |'),
    'Spent 9 hours: 4h coding, 3h review, 2h testing',
    'Total alerts: 12 (P0: 1, P1: 3, P2: 3, P3: 5)',
    'Open bugs: 9 (critical: 2, high: 4)',
    '612 page views (April: 534, May: 391)',
    'Replicas: 3 (api: 3, web: 3)',
    'Requests handled: 900 (peak: 500, avg: 450)',
    'Deploys: 10 (before: 6, after: 10)',
    'Latency samples: 40 (p50: 35, p95: 38)',
    'Open bugs: 9 (critical: 2, high: 4, note: see 12 more)'
  ]
})
