import { findings, flaggedLines } from '../helpers.js'

const RULE = 'threshold-status'

const table = (rows: string[]) => ['| Scenario | RTO Target | RTO Actual | RPO Target | RPO Actual | Status |', '|---|---|---|---|---|---|', ...rows].join('\n')

describe(RULE, () => {
  test('flags a PASS whose actual misses its target, unit-aware', () => {
    const [finding] = findings(table(['| **Security Breach** | <4h | 135 min | <1h | 120 min | ✅ PASS |']), RULE)
    expect(finding?.message).toBe('"✅ PASS" for Security Breach but RPO 120 min is not under 1h (120 min vs 60 min)')
    expect(finding?.related).toEqual([{ line: 3, column: 47 }])
  })

  test('flags a FAIL whose actuals all meet their targets', () => {
    expect(flaggedLines(table(['| DB | <4h | 45 min | <1h | 8 min | ❌ FAIL |']), RULE)).toEqual([3])
  })

  test('flags an inline mark that disagrees', () => {
    expect(findings('- P95 Latency: 310ms (target <250ms) ✅', RULE)[0]?.message).toBe('Marked as met but 310ms is not under 250ms')
  })

  test('uses the metric polarity when the target has no comparator', () => {
    const md = ['| Metric | Target | Actual | Status |', '|---|---|---|---|', '| Uptime | 99.9% | 99.5% | ✅ |'].join('\n')
    expect(flaggedLines(md, RULE)).toEqual([3])
  })

  test.each([
    ['a time between failures, which is better longer', '| Metric | Actual | Target | Status |\n|---|---|---|---|\n| Mean time between failures | 6 days | 14 days | ✅ PASS |'],
    ['an efficiency, whatever it measures', '| Metric | Target | Actual | Status |\n|---|---|---|---|\n| Build time efficiency | 90% | 75% | ✅ |']
  ])('flags %s', (_, markdown) => {
    expect(flaggedLines(markdown, RULE)).toEqual([3])
  })

  const metrics = (...rows: string[]) => ['| Metric | Target | Actual | Status |', '|---|---|---|---|', ...rows].join('\n')

  test.each([
    ['a reduction, where more is better', metrics('| Cost Reduction | 40% | 55% | ✅ 138% |')],
    ['an efficiency above its target', metrics('| Review time efficiency | 100% | 140% | ✅ +40% |')],
    ['a status that is not a verdict yet', metrics('| Completion rate | 90% | 35% (day 2) | ✅ On track |'), metrics('| Speedup | 5x | 4.4x | ✅ Close |')],
    ['a tolerance on a change', '| Metric | Baseline | Current | Change | Threshold | Status |\n|---|---|---|---|---|---|\n| CPU | 51% | 52% | +2% | ±20% | ✅ PASS |'],
    ['an actual that may round to under its target', metrics('| Bounce rate | <40% | 40% | [OK] |')],
    ['an actual that is not one value', metrics('| Tests | 60+ | 52 unit + 9 e2e | ✅ |')],
    ['a decrease asked for and exceeded', metrics('| Query count | -50% | -85% | ✅ 35% better |')],
    ['columns swapped in one row', '| Metric | Value | Target | Status |\n|---|---|---|---|\n| Recovery time | <45s | 20s | ✅ PASS |'],
    ['a status that states its own value', metrics('| Branch coverage | 70%+ | 48% | ✅ Done (~78%) |')],
    // A trigger's threshold sets something off when crossed: a good status says it was not.
    ['thresholds that trigger a rollback', '### Rollback triggers\n\n| Condition | Threshold | Current | Status |\n|---|---|---|---|\n| Pass rate | <97% | 100% | ✅ Clear |'],
    ['thresholds that raise an alert', '| Alert | Threshold | Current | Status |\n|---|---|---|---|\n| Queue depth | >500 | 40 | ✅ OK |'],
    ['a status that states how much of the target was reached', metrics('| Docs written | ≥ 40 | 36 | ✅ 90% |')]
  ])('leaves %s', (_, ...markdown) => {
    for (const m of markdown) expect(flaggedLines(m, RULE)).toEqual([])
  })

  test('flags a status whose percentage is not how much of the target was reached', () => {
    expect(flaggedLines(metrics('| Docs written | ≥ 40 | 36 | ✅ 95% |'), RULE)).toEqual([3])
  })

  test('still checks a table about metrics after a rollback, and a status that quotes its target', () => {
    expect(flaggedLines('### Metrics after rollback\n\n' + metrics('| P95 latency | <200ms | 340ms | ✅ Met |'), RULE)).toEqual([5])
    expect(flaggedLines(metrics('| P95 latency | <200ms | 340ms | ✅ Under 200ms |'), RULE)).toEqual([3])
  })

  test.each([
    table(['| DB Corruption | <4h | 45 min | <1h | 8 min | ✅ PASS |', '| DC Failure | <4h | 8 min | <1h | <1 min | ✅ PASS |']),
    '- RTO: 45 minutes (target <4 hours) ✅',
    '- Coverage: 87% (target ≥85%) ✅',
    ['| Metric | Target | Actual | Status |', '|---|---|---|---|', '| Pylint Score | ≥8.5/10 | 8.8/10 | ✅ EXCELLENT |', '| Maintainability | A range | A- | ✅ |', '| Technical Debt | Minimize | -42% | ✅ |', '| Uptime | 99.9% | 100% | ✅ |', '| Service Health | >75% | 88% (7/8) | ✅ **EXCEEDED** |'].join('\n'),
    ['| Metric | Target | Actual | Status |', '|---|---|---|---|', '| Widgets | 10 | 8 | ✅ |'].join('\n'),
    ['| Metric | Target | Actual | Status |', '|---|---|---|---|', '| P95 | <250ms | 260ms | ⚠️ |'].join('\n')
  ])('leaves %s', (markdown) => {
    expect(flaggedLines(markdown, RULE)).toEqual([])
  })
})
