import { md, phrasingMatrix } from './matrix.js'

// A count's rate written beside it, against the total stated in the same list.
phrasingMatrix('count-rate', 'derived-rate', {
  flag: [
    [md('- Requests served: 4.1M', '- Failed requests: 9,020 (0.9% failure rate)'), 2],
    [md('- Total requests: 18.2M', '- Total errors: 1,456 (0.02% rate)'), 2],
    [md('- Total checks: 2,000', '- Failed: 50 (5%)'), 2],
    [md('- Emails sent: 12,000', '- Bounced emails: 600 (3% bounce rate)'), 2],
    [md('- Total builds: 400', '- Flaky builds: 30 (5% of total)'), 2],
    [md('- Jobs run: 1,250', '- Jobs retried: 40 (1.2%)'), 2],
    [md('- **Load test**', '  - Total requests: 50,000', '  - Timeouts: 1,500 (0.3%)'), 3],
    [md('- Total sessions: 8k', '- Crashed sessions: 120 (0.5%)'), 2],
    [md('- Total: 900 tests', '- Skipped: 90 (1%)'), 2],
    [md('- **Total queries:** 30,000', '- **Slow queries:** 600 (0.2%)'), 2],
    [md('- Total orders: 5,000', '- Refunded orders: 75 (0.15% refund rate)'), 2],
    [md('- Total users: 2,400', '- Churned users: 120 (2% churn rate)'), 2],
    [md('1. Total calls: 10,000', '2. Dropped calls: 25 (0.025%)'), 2]
  ],
  leave: [
    md('- Total requests: 18.2M', '- Total errors: 1,456 (0.008% rate)'),
    md('- Total tokens used: 4,000,000', '- Average tokens: 2,000,000', '- Token variance: 12,000 (0.6%)'),
    md('- Total tests: 200', '- Passed: 190 (95%)'),
    md('- Total requests: 10,000', '- Total retries: 4,000', '- Errors: 40 (1%)'),
    md('- Total budget: 5,000', '- Spent: 1,000 (25% of plan)'),
    md('- Requests served: 4.1M', '- Failed requests: 9,020 (0.22% failure rate)'),
    md('- Total requests: 10,000', '', 'Between the lists.', '', '- Errors: 40 (1%)'),
    md('- Total lines: 12,000', '- Lines changed: 600 (5%)'),
    md('- Total cost: $1,200', '- Compute: 800 (60%)'),
    md('- Total requests: 10,000', '- Error increase: 40 (+20%)'),
    md('- Total requests: 10,000', '- Errors: ~40 (0.5%)'),
    md('- Total runs: 300', '- Max retries: 12 (6%)'),
    md('- Total tests: 200', '- Passed: 190 (95% pass rate)', '- Failed: 10 (5% failure rate)'),
    md('- Total disk: 2,000', '- Spread between nodes: 40 (0.5%)'),
    md('- Login attempts: 40', '- Blocked logins: 0 (100% pass rate)'),
    md('- Strong matches: 0.81 (81%)', '- Weak matches: 0.42 (42%)')
  ]
})
