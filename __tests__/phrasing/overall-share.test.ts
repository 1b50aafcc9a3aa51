import { md, phrasingMatrix } from './matrix.js'

// An overall share against the counts of its rows or items: Σ passing / Σ total (or the plain mean
// of the rows' shares), in a table or a list.
const table = (head: string, ...rows: string[]) => md(head, head.replace(/[^|]+/g, '---'), ...rows)

phrasingMatrix('overall-share', 'aggregate', {
  flag: [
    [table('| Suite | Passed | Total | Rate |', '| Unit | 30 | 40 | 75.0% |', '| E2E | 11 | 60 | 18.3% |', '| **Overall** | | | 39.0% |'), 5],
    [table('| Suite | Total | Passed | Rate |', '| Unit | 50 | 45 | 90% |', '| E2E | 20 | 10 | 50% |', '| **All** | 70 | 55 | 80% |'), 5],
    [table('| Suite | Passed | Failed | Pass rate |', '| Unit | 45 | 5 | 90% |', '| E2E | 10 | 10 | 50% |', '| **Overall** | 55 | 15 | 80% |'), 5],
    [table('| Suite | Passed | Total | Rate |', '| Unit | 30 | 40 | 75% |', '| E2E | 11 | 60 | 18% |', '| Combined | 41 | 100 | 45% |'), 5],
    [table('| Suite | Passed | Total | Rate |', '| **Totals** | 41 | 100 | 45% |', '| Unit | 30 | 40 | 75% |', '| E2E | 11 | 60 | 18% |'), 3],
    // Rounding edge: 55 / 70 is 78.57%, 78.6% at one decimal.
    [table('| Suite | Passed | Total | Rate |', '| Unit | 45 | 50 | 90.0% |', '| E2E | 10 | 20 | 50.0% |', '| Overall | | | 78.4% |'), 5],
    [table('| Module | Covered | Lines | Coverage | Owner |', '| core | 120 | 150 | 80% | Ana |', '| cli | 30 | 50 | 60% | Ben |', '| web | 40 | 100 | 40% | Cho |', '| **Total** | 190 | 300 | 70% | |'), 6],
    [md('- Unit: 45/50 (90%)', '- E2E: 10/20 (50%)', '- Overall: 72%'), 3],
    [md('- **API:** 30/40 (75%)', '- **Web:** 18/20 (90%)', '- **Overall:** 85%'), 3],
    [md('- Unit: 90% (45/50)', '- E2E: 50% (10/20)', '- Total: 72%'), 3],
    [md('1. Unit: 45/50 (90%)', '2. E2E: 10/20 (50%)', '3. Overall pass rate: 72%'), 3],
    [md('## Results', '', '- Unit: 45/50 (90%)', '  ', '- E2E: 10/20 (50%)', '- Lint: 9/10 (90%)', '- Overall: 70%'), 7],
    [md('### Test results', '', table('| Suite | Passed | Total | Rate |', '| Unit | 45 | 50 | 90% |', '| E2E | 10 | 20 | 50% |', '| Lint | 9 | 10 | 90% |', '| **Overall** | 64 | 80 | 70% |')), 8]
  ],
  leave: [
    table('| Suite | Passed | Total | Rate |', '| Unit | 45 | 50 | 90.0% |', '| E2E | 10 | 20 | 50.0% |', '| Overall | 55 | 70 | 78.6% |'),
    // Each suite weighed alike: the plain mean of the rates.
    table('| Suite | Passed | Total | Rate |', '| Unit | 45 | 50 | 90% |', '| E2E | 10 | 20 | 50% |', '| Overall | | | 70% |'),
    table('| Suite | Rate |', '| Unit | 90% |', '| E2E | 50% |', '| Overall | 61% |'),
    table('| Suite | Passed | Total | Rate |', '| Unit | 45 | 50 | 60% |', '| E2E | 10 | 20 | 20% |', '| Overall | | | 30% |'),
    table('| Suite | Passed | Total | Rate | Weight |', '| Unit | 45 | 50 | 90% | 3 |', '| E2E | 10 | 20 | 50% | 1 |', '| Overall | | | 80% | |'),
    table('| Suite | Passed | Failed | Pass rate |', '| Unit | 45 | 5 | 90% |', '| E2E | 10 | 10 | 50% |', '| **Overall** | 55 | 15 | 78.6% |'),
    table('| Suite | Passed | Total | Rate |', '| Unit | 45 | 50 | 90% |', '| E2E | 10 | 20 | 50% |', '| Overall | 50 | 70 | 71.4% |'),
    md('- Unit: 45/50 (90%)', '- E2E: 10/20 (50%)', '- Overall: 78.6%'),
    md('- Unit: 45/50 (90%)', '- E2E: 10/20 (50%)', '- Overall target: 95%'),
    md('- Unit: 45/50 (90%)', '- E2E: 10/20 (50%)', '- Overall uptime: 99%'),
    md('- Unit: 45/50 (90%)', '- E2E: 10/20 (50%)', '- Overall (weighted): 85%'),
    md('- Unit: 40/50 (80%) → 45/50 (90%)', '- E2E: 8/20 (40%) → 10/20 (50%)', '- Overall: 60% → 80%'),
    md('- Unit: 45/50 (90%)', '- E2E: 10/20 (50%)', '- Overall: ~75%'),
    md('- Unit: 45/50 (90%)', '- E2E: 10/20 (50%)', '', '## Last quarter', '', '- Overall: 64%')
  ]
})
