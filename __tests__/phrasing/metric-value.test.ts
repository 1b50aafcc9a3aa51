import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { md, phrasingMatrix } from './matrix.js'
import { parseCoverageSummary } from '../../src/metrics/parsers/coverage.js'
import { parseJunit } from '../../src/metrics/parsers/junit.js'
import { parseK6 } from '../../src/metrics/parsers/load-tests.js'

// Metrics as the tools write them: a coverage summary, a JUnit file with two suites, a k6 summary.
const coverage = parseCoverageSummary(
  'coverage/coverage-summary.json',
  JSON.stringify({
    total: {
      lines: { total: 2000, covered: 1687, pct: 84.35 },
      statements: { total: 2100, covered: 1743, pct: 83 },
      functions: { total: 300, covered: 276, pct: 92 },
      branches: { total: 800, covered: 568, pct: 71 }
    }
  })
)
const dir = mkdtempSync(join(tmpdir(), 'recount-metric-value-'))
const junitFile = join(dir, 'junit.xml')
writeFileSync(
  junitFile,
  [
    '<?xml version="1.0"?>',
    '<testsuites tests="250" failures="3" errors="0">',
    '  <testsuite name="unit" tests="210" failures="1" errors="0" skipped="4"></testsuite>',
    '  <testsuite name="e2e" tests="40" failures="2" errors="0" skipped="0"></testsuite>',
    '</testsuites>'
  ].join('\n')
)
const junit = await parseJunit(junitFile)
const k6 = parseK6(
  'load/k6-summary.json',
  JSON.stringify({
    metrics: {
      http_req_duration: { avg: 121.4, med: 104.2, max: 912.5, 'p(90)': 190.1, 'p(95)': 236.8, 'p(99)': 480.2 },
      http_req_failed: { value: 0.0042 },
      http_reqs: { count: 96000, rate: 320.4 }
    }
  })
)

// A stated pass count, coverage or latency against the metrics files given.
phrasingMatrix('metric-value', 'metric-mismatch', {
  options: { metrics: [...coverage, ...junit, ...k6] },
  flag: [
    '- Coverage: 88%',
    '- **Line coverage:** 80%',
    [md('| Metric | Value |', '|---|---|', '| Branch coverage | 78% |'), 3],
    [md('| Metric | Target | Actual |', '|---|---|---|', '| Function coverage | 90% | 95% |'), 3],
    '- Tests: 260',
    '- Passing tests: 250',
    '- Failed tests: 0',
    '- P95 latency: 180ms',
    '- P95 latency: 0.29 s',
    '- P99: 400 ms',
    '- Error rate: 0.8%',
    '- Total requests: 120,000',
    '- Throughput: 280 req/s',
    [md('## Load test', '', '### P95 latency: 310 ms'), 3],
    '- P95 latency: 310 ms → 190 ms',
    [md('- Results', '  - Median latency: 140 ms'), 2],
    '- Unit tests: 200',
    '- Median latency: 236 ms',
    '- Average latency: 150ms',
    '- Tests passed: 240 of 250',
    '- Test pass rate: 91%',
    '- P95 latency: 410 ms ⇒ 190 ms',
    '- P95 latency: 410 ms => 190 ms',
    'Test results: 246 passed tests, 3 failed.',
    '- 5 failing tests',
    'All 250 tests passed.',
    [md('| Suite | Tests | Failures |', '|---|---|---|', '| unit | 220 | 1 |'), 3]
  ],
  leave: [
    '- Coverage: 84%',
    '- Coverage: 84.4%',
    '- P95 latency: 237ms',
    '- P95 latency: 0.24 s',
    '- Coverage target: 90%',
    '- Baseline coverage: 60%',
    '- Coverage: ≥80%',
    '- Integration tests: 70',
    '- P90 latency: 190 ms',
    '- P75 latency: 236 ms',
    '- Coverage (backend): 70%',
    '- P95 latency: 420 ms → 237 ms',
    '- Documentation coverage: 40%',
    '- Error budget: 1%',
    '- Requests per user: 12',
    md('| Metric | Before | After |', '|---|---|---|', '| P95 latency | 410 ms | 237 ms |'),
    '- Coverage went from 70% to 84% (+14 pp)',
    '- E2E tests: 40',
    '- P95 latency (staging): 180 ms',
    '- P95 latency: 180 ms (staging)',
    '- P95 latency: 240 ms → 237 ms',
    '- Tests: 250 (v2.5 suite: 300)',
    '- Coverage: 84% in 2024',
    '- Auth module: 12 tests passed',
    'All 243 tests passed.',
    '- 240 of 250 tests passed on the nightly run',
    '- 30 tests passed on Windows',
    '- 3 failing tests'
  ]
})
