import { md, phrasingMatrix } from './matrix.js'

// One duration written twice, in two units: compound forms, conversions either way, rounded edges.
phrasingMatrix('restated-duration', 'time-arithmetic', {
  flag: [
    'Cold start: 3 min 20 s (210 s)',
    'Queue drain: 1h 45m (95 min)',
    'Soak test: 2.5 days (48 h)',
    'Warm-up: 80 seconds (2 min)',
    'Outage: 1.5 hours = 100 minutes',
    'MTTR: 2 hours 15 minutes (145 min)',
    // The compound second.
    'Build: 135 min (2 h 25 min)',
    '**Downtime:** 45 minutes (0.5 h)',
    // Rounded just outside: 40 min is 0.67 h, which neither rounds nor cuts to 0.5.
    'Review: 40 min (0.5 h)',
    [md('- **Recovery**', '  - Total: 4h 30m (290 min)'), 2],
    '### Restore took 2 h 10 min (120 min)',
    [md('| Job | Runtime |', '| --- | --- |', '| Nightly ETL | 1 h 20 min (70 min) |'), 3],
    // 30 days is 4.3 weeks: more than three weeks hold, however they are rounded.
    'Window: 3 weeks (30 days)',
    'Cool-down: 2 min 30 s = 140 s',
    'Idle timeout: 2 hours (i.e. 200 minutes)'
  ],
  leave: [
    // The last operand of a sum, not the same duration restated.
    'Total: 1.5 h + 45 min = 2.25 h',
    'Cold start: 3 min 20 s (200 s)',
    'Queue drain: 1h 45m (105 min)',
    'Soak test: 2.5 days (60 h)',
    // Rounded right: 827 s is 13.78 min; 40 min is 0.67 h; 90 s is 1.5 min, which rounds to 2.
    'Total: 13.8 minutes (827 seconds)',
    'Review: 40 min (0.7 h)',
    // Cut short rather than rounded: 0.67 h written as 0.6.
    'Review: 40 min (0.6 h)',
    'Warm-up: 90 seconds (2 min)',
    // Working days and hours, not calendar ones.
    'Estimate: 5 days (40 h)',
    'Estimate: 2 weeks (10 days)',
    // A change between two durations, not one written twice.
    'Build time: 2 h → 90 min',
    'Build time: 2 h -> 90 min',
    // A target, a budget, a rate, a product.
    'RTO: 45 minutes (target <4 hours)',
    'Phase 0: 30 min (45 min planned)',
    'Session: 18 tests in 3h = 10 min/test',
    'Before: 9 calls × 700ms = 6.3 seconds',
    // Approximate.
    'Migration: 200 hours (~5 weeks)',
    'Bake: 100 minutes (~2 hours)',
    // Two different durations side by side.
    'p50 1.2 s (p99 4.8 s)',
    'Spike: 1 day (14 hours of effort)',
    'Idle timeout: 2 hours (i.e. 120 minutes)'
  ]
})
