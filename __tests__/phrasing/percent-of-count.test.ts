import { md, phrasingMatrix } from './matrix.js'

// A share of a small stated whole must be a whole number of its items ("40% of 8 services"; 3 of 8
// is 37.5%, which reads as 37% or 38%); a share in words with the part stated for it ("a third of
// 45 jobs (15)") must come to that part, rounded either way when the share does not come out whole.
// The look-alikes hold the same wrong share, 40% of 8, over things that are not whole items.
phrasingMatrix('percent-of-count', 'ratio-percent', {
  flag: [
    '40% of 8 services',
    '36% of 8 services',
    '39% of 8 services',
    '45% of the 12 nodes are healthy',
    '- **Migrated**: 30% of 7 repos',
    [md('| Step | Progress |', '|---|---|', '| Rollout | 50% of 9 regions |'), 3],
    '## Adoption: 40% of 8 squads',
    'Only 15% of our 9 pilots converted',
    'Upgraded 12% of 20 clusters',
    '25 percent of 6 disks replaced',
    '40% of eight services migrated',
    'Rollout: 12.5% → 40% of 8 regions',
    'Canary -> 40% of 8 regions',
    'half of 30 checks (14)',
    'a quarter of 200 requests (60)',
    'one third of 12 tickets (5)',
    'two thirds of 9 hosts (5)',
    'Three quarters of 16 jobs (11)',
    [md('- Rollout', '  - 40% of 7 regions done'), 2]
  ],
  leave: [
    '38% of 8 services',
    '37% of 8 services',
    '17% of 6 teams opted in',
    'a third of 45 jobs (15)',
    'half of 30 checks (15)',
    'a quarter of 200 requests (50)',
    'half of 31 checks (16)',
    'two thirds of 10 hosts (7)',
    'roughly a third of 45 jobs (14)',
    'more than half of 30 checks (18)',
    'half of 30 checks (14 passed)',
    'a third of 45 jobs (15 min)',
    'half of 30 checks (PR #14)',
    'a quarter of 200 requests (p95 60 ms)',
    'half of 30 checks (~14)',
    '40% of 8 TB used',
    '40% of 2024 revenue',
    '40% faster on 8 cores',
    '40% of 8,000 requests',
    '~40% of 8 services',
    '40% of 8-10 services',
    '40% of 8 hours',
    'CPU at 40% of 8 cores',
    '40% of 8 services’ traffic goes through the proxy',
    'On average 40% of 8 workers are idle',
    'Spent 40% of 8 sprints on tech debt',
    'Coverage is 40% of 8 modules'
  ]
})
