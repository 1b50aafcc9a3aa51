import { md, phrasingMatrix } from './matrix.js'

// A share of a small stated whole must be a whole number of its items ("40% of 8 services"; 3 of 8
// is 37.5%, which reads as 37% or 38%); a share in words with the part stated for it ("a third of
// 45 jobs (15)") must come to that part, rounded either way when the share does not come out whole.
phrasingMatrix('percent-of-count', 'ratio-percent', {
  flag: [
    '40% of 8 services',
    '36% of 8 services',
    '39% of 8 services',
    '45% of the 12 nodes are healthy',
    '- **Migrated**: 30% of 7 repos',
    [md('| Step | Progress |', '|---|---|', '| Rollout | 50% of 9 regions |'), 3],
    'Only 15% of our 9 pilots converted',
    'Upgraded 12% of 20 clusters',
    '25 percent of 6 disks replaced',
    '18% of 6 teams opted in',
    'half of 30 checks (14)',
    'a quarter of 200 requests (60)',
    'one third of 12 tickets (5)',
    'two thirds of 9 hosts (5)',
    'three quarters of 16 jobs (11)',
    [md('- Rollout', '  - 40% of 7 regions done'), 2]
  ],
  leave: [
    '38% of 8 services',
    '37% of 8 services',
    'roughly a third of 45 jobs (14)',
    'more than half of 30 checks (18)',
    'half of 30 checks (14 passed)',
    '17% of 6 teams opted in',
    'a third of 45 jobs (15)',
    'half of 30 checks (15)',
    'a quarter of 200 requests (50)',
    'half of 31 checks (16)',
    '37% of 8 TB used',
    '37% of 2024 revenue',
    '37% faster on 8 cores',
    '37% of 8,000 requests',
    '~37% of 8 services',
    '37% of 8-10 services',
    '37% of 8 hours',
    'CPU at 37% of 8 cores',
    '37% of 8 services’ traffic goes through the proxy',
    'a third of 45 jobs (15 min)',
    'half of 30 checks (PR #14)',
    'a quarter of 200 requests (p95 60 ms)',
    'half of 30 checks (~14)'
  ]
})
