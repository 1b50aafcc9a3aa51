import { md, phrasingMatrix } from './matrix.js'

// One metric stated twice with values that cannot both hold, when nothing separates what the two
// places describe. The relation is inferred from the layout, so the rule reports a warning.
phrasingMatrix('same-metric', 'conflicting-values', {
  flag: [
    [md('## Runs', '- Timeouts: 0', '- Server errors: 0', '- P50: 40ms', '- Server errors: 5'), 5, 'warning'],
    [md('- Retry rate: 0.4%', '- Retries: 310 (1.2% rate)'), 2, 'warning'],
    [md('# Sprint 9', '## Summary', '- Search p95: 210ms', '## Load test', '- Search p95: 290ms'), 3, 'warning'],
    [md('## Highlights', '- Shipped to every region (zero outages)', '## Reliability', '- Total outages: 2'), 2, 'warning'],
    [md('## Summary', '| Metric | Actual |', '|---|---|', '| Error rate | 0.02% |', '## Soak test', '| Metric | Actual |', '|---|---|', '| Error rate | 0.008% |'), 4, 'warning'],
    [md('## Key numbers', '- **Checkout p99:** 640 ms', '## Performance', '- **Checkout p99:** 910 ms'), 2, 'warning'],
    [md('## TL;DR', 'Startup time: 1.4 s', '', '## Startup', 'Startup time: 2.6 s'), 2, 'warning'],
    [md('## Executive summary', '- API uptime: 99.95%', '## Operations', '- API uptime: 99.2%'), 2, 'warning'],
    [md('## At a glance', '- Build duration: 6 min', '## CI', '- Build duration: 11 min'), 2, 'warning'],
    [md('## Highlights', '- Page weight: 1.2 MB', '## Web', '- Page weight: 1,900 KB'), 2, 'warning'],
    [md('## Summary', '- Open defects: 4', '## Quality', '- Open defects: 9'), 2, 'warning'],
    [md('## Dashboard', '- Cache hit rate: 91%', '## Caching', '- Cache hit rate: 0.2% → 78%'), 2, 'warning'],
    [md('## Summary', '- Pod memory: 512 MB', '## Capacity', '- Pod memory: 1.5 GB'), 2, 'warning'],
    [md('- Failed deploys: 14', '- Rollbacks: 3', '- Failed deploys: 9'), 3, 'warning']
  ],
  leave: [
    // A value that names one thing (an identifier) is no measure: two examples, two ids.
    md('**Examples without a venue**', '```', 'Ticket ID: 7741 - web form', 'Subject: "Refund not received"', '', 'Ticket ID: 8012 - email', 'Subject: "Cannot log in"', '```'),
    md('- Worker PID: 4410', '- Queue depth: 12', '', 'After the restart:', '', '- Worker PID: 4522'),
    md('### Fixes (30 rows)', '- Rows with [...] placeholders: 12 rows', '- Rows with ... placeholders: 18 rows'),
    md('## Runs', '- Timeouts: 0', '- Server errors: 0', '- P50: 40ms', '- P90: 52ms', '- P99.9: 71ms', '- Timeouts: 3', '- Server errors: 588', '- P50: 90ms', '- P90: 150ms', '- P99.9: 211ms'),
    md('## Summary', '- Error rate: 0.0081%', '## Soak test', '- Error rate: 0.008%'),
    md('## Before', '- Search p95: 410ms', '## After', '- Search p95: 190ms'),
    md('- Search p50: 120ms', '- Search p95: 290ms'),
    md('- Uptime (staging): 98.7%', '- Uptime (production): 99.97%'),
    md('## Week 1', '- Open defects: 12', '## Week 2', '- Open defects: 5'),
    md('## Summary', '- Search p95: 210ms', '## Load test', '- Search p95 target: 250ms'),
    md('- Cold start time: 2.6 s', '- Cold start time: <3 s (goal)'),
    md('## Summary', '- API uptime: 99.95%', '## Services', '### Gateway', '- API uptime: 99.9%', '- API error rate: 0.1%', '### Billing', '- API uptime: 98.9%', '- API error rate: 0.4%'),
    md('- **Tier: free**', '  - Requests per user: 40', '- **Tier: paid**', '  - Requests per user: 900'),
    md('## Summary', '- Build duration: 6 min', '## CI', '- Build duration: 6 minutes'),
    md('## Summary', '- Build duration: 1.5 h', '## CI', '- Build duration: 90 min'),
    md('## Summary', '- Total outages: 2', '## Region EU', '- Outages: 1'),
    md('| Run | Cache hit rate |', '|---|---|', '| cold | 12% |', '| warm | 94% |'),
    md('## Summary', '- Cache hit rate: 91%', '## Caching', '- Cache hit rate: 91% (up from 78%)'),
    md('## Summary', '- Open defects: 4', '## Quality', '- Open defects: 9 → 4'),
    md('- Memory per pod: 512 MB (v1.4)', '- Memory per pod: 768 MB (v1.5)'),
    md('## Results', '- Cache hit rate: 91% in 2024', '- Cache hit rate: 78% in 2023'),
    md('- Search p95: 300ms under load', '- Search p95: 120ms'),
    md('## Summary', '- Median page weight: 1.2 MB', '## Web', '- Median page weight: 1.9 MB'),
    md('## Summary', '- Page weight: 1.2 MB', '## Web', '- Page weight: 1,240 KB')
  ]
})
