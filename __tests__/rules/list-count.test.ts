import { findings, flaggedLines } from '../helpers.js'

const RULE = 'list-count'

describe(RULE, () => {
  test('flags a heading count over a shorter list', () => {
    const md = ['## Completed Tasks (8/15 planned)', '', '- a', '- b', '- c', '- d'].join('\n')
    const [finding] = findings(md, RULE)
    expect(finding?.message).toBe('"Completed Tasks (8/15 planned)" states 8 but 4 list items follow')
    expect(finding?.suggestion).toBe('4')
    expect(finding?.related).toEqual([{ line: 3, column: 3 }])
  })

  test('flags a bold lead-in', () => {
    expect(findings(['**6 key wins**:', '- a', '- b', '- c'].join('\n'), RULE)[0]?.message).toBe('"6 key wins:" states 6 but 3 list items follow')
  })

  test('flags a heading that opens with its count', () => {
    expect(findings(['## Top 5 Achievements', '1. SSO', '2. Faster p95', '3. Migration', '4. Hiring'].join('\n'), RULE)[0]?.message).toBe('"Top 5 Achievements" states 5 but 4 list items follow')
  })

  test('flags a heading count over leaf sub-headings', () => {
    expect(flaggedLines(['## Key Deliverables (3)', '### One', '### Two'].join('\n'), RULE)).toEqual([1])
  })

  test('flags a counted item whose sub-items all name the counted thing', () => {
    expect(flaggedLines(['- 3 Grafana dashboards deployed', '  - Ops dashboard', '  - Sales dashboard'].join('\n'), RULE)).toEqual([1])
  })

  test.each([
    ['## Key Deliverables (3)', '', '- a', '- b', '- c'].join('\n'),
    ['**3 key wins**:', '- a', '- b', '- c'].join('\n'),
    ['- 3 Grafana dashboards deployed', '  - Operations Dashboard', '  - Business Dashboard', '  - SLA Dashboard'].join('\n'),
    ['- 8 Service Level Objectives', '  - Availability: 99.9%', '  - Latency P95: <300ms'].join('\n'),
    ['- Terraform modules (1,370 lines)', '  - Network, Compute, Database'].join('\n'),
    ['## Completed (8/11)', '### Track A', '#### A.1', '#### A.2', '### Track B', '#### B.1'].join('\n'),
    ['## In progress (2/11)', '### B.1', '### B.3'].join('\n'),
    ['## 50+ checks (5+)', '- a', '- b', '- c', '- d', '- e', '- f'].join('\n'),
    ['## Immediate (Next 45 minutes)', '- a'].join('\n'),
    ['## 2025 Roadmap', '- a', '- b'].join('\n'),
    ['## 3 Key Risks', '- a', '- b', '- c'].join('\n'),
    ['## 1 thing to know', '- a', '- b'].join('\n'),
    ['## 5 minutes with the team', '- a'].join('\n')
  ])('leaves %s', (markdown) => {
    expect(flaggedLines(markdown, RULE)).toEqual([])
  })
})
