import { md, phrasingMatrix } from './matrix.js'

// A stated change against its before and after: wording, word order, arrows, units, numbers in
// words, multipliers and rounding edges.
phrasingMatrix('change', 'change-percent', {
  flag: [
    'Throughput: 100 → 150 req/s (30% faster)',
    'Build: 100s → 160s (60% faster)',
    'Queue depth: 12 → 10 (30% fewer)',
    [md('| Metric | Before | After | Change |', '|---|---|---|---|', '| Against raw | 10× smaller | 5× smaller | still 60% smaller |'), 3],
    'Trimmed the bundle by 50% (110 KB → ~70 KB)',
    'Build time grew from 6.2 min to 8.1 min, a 45% jump.',
    '- **Deploy jobs**: from 2/6 jobs -> 5/6 jobs (+250%)',
    'Churn fell to 3% from 4% (-33%)',
    'p95 halved from 12 ms to 8 ms',
    '3.5× faster (420 ms → 140 ms)',
    'Throughput tripled: 1,200 → 2,400 req/s',
    'Error count: 40 ⇒ 10 (-70%)',
    'Open bugs: 25 ⟶ 20 (−25%)',
    [md('| Step | Before | After | Change |', '|---|---|---|---|', '| Build | 2 min | 90 s | -30% |'), 3],
    'Latency: 1.2 s → 300 ms (80% faster)',
    'Memory went down from 512 MB to 384 MB (−20%)',
    'Signups rose 30%, from 1,000 to 1,200',
    'Cost: $4,000 → $3,000 per month (+25%)',
    'Queue depth 50 → 5 (5x fewer)',
    'Cold start 2x faster (300 ms → 250 ms)',
    'Index size doubled (1.5 GB → 2 GB)',
    'Weekly active users: 8,000 → 10,000 (a 20% increase)',
    'Failures per run went from 12 to 3, down 80%',
    ['Coverage: 72% → 81% (+9%)', 1, 'warning'],
    [md('## Results', '', '- **Cold start**: 900ms --> 600ms (-50%)'), 3]
  ],
  leave: [
    'Throughput: 100 → 150 (50% faster)',
    'Throughput: 150 → 100 (33% slower)',
    '- Hash cost lowered from 12 to 10 (~40% faster logins)',
    'Worker threads 4 → 8 (2× quicker imports)',
    md('| Metric | Before | After | Change |', '|---|---|---|---|', '| Against raw | 10× smaller | 5× smaller | still 80% smaller |'),
    '- **+4.1% absolute hit rate gain** (52.0% → 56.1%)',
    'Trimmed the bundle by 50% (110 KB → ~50 KB)',
    '- **Smoke tests**: from 3/9 suites -> 9/9 suites (+200% improvement)',
    '10x fewer errors (50 → 5)',
    'Errors cut 2x (40 → 20)',
    'Build time grew from 6.2 min to 8.1 min, about 31% longer',
    'Churn fell to 3% from 4% (-1 pp)',
    'p95 halved from 12 ms to 6 ms',
    'Tests: 120 → 150 (80% coverage)',
    'Upgraded Node 18 → 20 (+35% faster builds)',
    'Coverage: 72% → 81% (+9 pp)',
    'Latency 420 ms → 240 ms (1.75× faster)',
    'Retries: 3 → 5 (+2)',
    'Cache hit ratio from 0.80 to 0.92 (15% better)',
    'Workers 2 → 4 (throughput +70%)',
    'Build: 8 min → 6 min (saves 2 min per run, 25%)',
    'Budget: $10k → $12k (120% of plan)',
    md('| Metric | Before | After | Change |', '|---|---|---|---|', '| Coverage | 70% | 77% | +7 pp |', '| Build | 2 min | 90 s | -25% |'),
    'Memory went down from 512 MB to 384 MB (a quarter less)'
  ]
})
