import { md, phrasingMatrix } from './matrix.js'

// A part of a whole and the percentage written beside it.
phrasingMatrix('fraction-percent', 'ratio-percent', {
  flag: [
    'Cache served 31.2M of 52.9M requests (52.0%)',
    'Days with a failed load: 17 of 425 days (2.5%)',
    'Disk used: 1.5 TB of 2 TB (80%)',
    '1,200 tests, 1,184 passed (99.7%)',
    'three of five services healthy (80%)',
    '7/8 services up (78%)',
    'Passed: 45 out of 50 (80%)',
    '60% complete (4/6 features done)',
    'Coverage: 412 of 500 lines (85%)',
    '- **Uptime checks**: 287/288 = 99.9%',
    'Success rate 92% (22/25)',
    'Only 2 of 9 reviewers (30%) approved',
    '1 in 4 requests (20%) hit the cache',
    'Budget: €450 of €600 spent (80%)',
    [md('| Suite | Result |', '|---|---|', '| API | 45/50 (80%) |'), 3],
    'Nine of twelve checks green (70%)',
    'Jobs run: 8,000, of which 400 failed (0.5%)',
    'We used $3,000 of the $12,000 grant (20%)'
  ],
  leave: [
    // Code covered is not tests passed.
    '**Unit coverage:** 91% (8/14 passing tests for the parser)',
    'Cache served 31.2M of 52.9M requests (59.0%)',
    'Days with a failed load: 17 of 425 days (4%)',
    'Rated 2.5 of 5 stars (80%)',
    'Idle 3 of 10 minutes (50%)',
    '7/8 (88%)',
    'a third of 45 jobs (15)',
    '(40/50 runs, 95% CI 70–88%)',
    '407/407 tests passing (94% coverage)',
    'False positive rate: 0% (7/7 verifications passed)',
    'Sprint 4/6: 40% of budget used',
    'Score: 8/10 (80th percentile)',
    '24/7 support (99.9% uptime)',
    '1,200 tests, 1,184 passed (98.7%)',
    'Disk used: 1.5 TB of 2 TB (75%)',
    '45/50 (90%) against 40/50 (80%) last week',
    'Done: 12/15 tasks (80%), 3 blocked (20%)',
    'three of five services healthy (60%)',
    'Passed 19/20 (95 %)',
    '2 of 3 regions (67%), 1 of 3 pending',
    'Jobs run: 8,000, of which 400 failed (5%)',
    'We used $3,000 of the $12,000 grant (25%)',
    'Jobs run: 8,000, of which 400 were retried later (0.5% of them twice)'
  ]
})
