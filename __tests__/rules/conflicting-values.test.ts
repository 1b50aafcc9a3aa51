import { findings, flaggedLines } from '../helpers.js'

const RULE = 'conflicting-values'

describe(RULE, () => {
  test('flags a rate stated twice with different values and names the other line', () => {
    const md = ['- Error Rate: 0.02%', '', 'Later:', '', '- Total errors: 1,456 (0.008% rate)'].join('\n')
    const [finding] = findings(md, RULE)
    expect(finding?.line).toBe(5)
    expect(finding?.message).toBe('Error rate is 0.008% here but 0.02% at line 1')
    expect(finding?.related).toEqual([{ line: 1, column: 15 }])
  })

  test('flags zero errors against a count of errors', () => {
    expect(flaggedLines(['18.2M requests processed (zero errors)', '', '- Total errors: 1,456'].join('\n'), RULE)).toEqual([3])
  })

  test('flags one metric in two tables', () => {
    const md = [
      '| Metric | Target | Actual |', '|---|---|---|', '| **P95 Latency** | <250ms | 156ms |', '',
      '| Metric | Before | After | Change |', '|---|---|---|---|', '| **P95 Latency** | 420ms | 240ms | -43% |'
    ].join('\n')
    expect(findings(md, RULE)[0]?.message).toBe('P95 Latency is 240ms here but 156ms at line 3')
  })

  test('still compares a value in one of those sections with a summary elsewhere', () => {
    const md = ['## Services', '### API', '- Error Rate: 0.1%', '- P95 Latency: 120ms', '### Payments', '- Error Rate: 0.4%', '- P95 Latency: 310ms', '## Summary', '- API Error Rate: 0.1%', '- Payments Error Rate: 0.4%'].join('\n')
    expect(flaggedLines(md, RULE)).toEqual([])
    const summary = ['## Services', '### API', '- Error Rate: 0.1%', '- P95 Latency: 120ms', '### Payments', '- Error Rate: 0.4%', '- P95 Latency: 310ms', '## Overall', '| Metric | Actual |', '|---|---|', '| P95 Latency | 120ms |'].join('\n')
    expect(findings(summary, RULE)[0]?.message).toBe('P95 Latency is 310ms here but 120ms at line 11')
  })

  test.each([
    ['- Error Rate: 0.02%', '- Error Rate: <0.5% (objective)'].join('\n'),
    ['- Error Rate: 0.02%', '- Target error rate: 0.5%'].join('\n'),
    ['## Day 1', '- Error Rate: 2%', '## Day 5', '- Error Rate: 0.5%'].join('\n'),
    ['- **Scenario 1: DB corruption**', '  - RTO: 45 minutes', '- **Scenario 2: DC failure**', '  - RTO: 8 minutes'].join('\n'),
    ['- Coverage: 87%', '- Coverage: 99% (45 documents)'].join('\n'),
    ['- Duration: 2 hours', '- Duration: 4 hours'].join('\n'),
    ['- P95 Latency: 156ms', '| Metric | Actual |', '|---|---|', '| P95 Latency | 156ms |'].join('\n'),
    ['- MTTR: 2 hours 15 minutes', '- MTTR: 135 min'].join('\n'),
    ['- Technical Debt: 8.2% → 4.8%', '', '| Metric | Target | Actual |', '|---|---|---|', '| Technical Debt | Minimize | -42% reduction |'].join('\n'),
    ['- First hour: 245 req/sec, 0 errors', '- Total errors: 12'].join('\n'),
    // Sibling sections that state the same metrics describe different services.
    ['## Services', '### API', '- Error Rate: 0.1%', '- P95 Latency: 120ms', '### Payments', '- Error Rate: 0.4%', '- P95 Latency: 310ms'].join('\n')
  ])('leaves %s', (markdown) => {
    expect(flaggedLines(markdown, RULE)).toEqual([])
  })
})
