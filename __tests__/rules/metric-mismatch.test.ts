import { check } from '../../src/index.js'
import type { Metric } from '../../src/metrics/model.js'
import { COVERAGE, LOAD } from '../../src/metrics/aliases.js'

const RULE = 'metric-mismatch'

const metric = (name: string, aliases: string[], value: number, dimension: Metric['dimension'], display: string, extra: Partial<Metric> = {}): Metric => ({
  name, aliases, value, dimension, display, source: { file: 'metrics/file.json', path: `x.${name}` }, ...extra
})

const coverage = (pct: number) => metric('lines coverage', COVERAGE.lines, pct, 'percent', `${pct}%`, { source: { file: 'coverage/coverage-summary.json', path: 'total.lines.pct' } })
const findings = (markdown: string, metrics: Metric[]) => check(markdown, { metrics }).findings.filter((f) => f.rule === RULE)

describe(RULE, () => {
  test('flags a claim the measurement contradicts, citing the file and field', () => {
    const [finding] = findings('- Coverage: 87%', [coverage(84.31)])
    expect(finding?.message).toBe('Coverage is 87% here but coverage/coverage-summary.json has total.lines.pct = 84.31%')
    // A measured value is the author's to correct: no fix is offered.
    expect(finding?.suggestion).toBeUndefined()
    expect(finding?.related).toEqual([{ file: 'coverage/coverage-summary.json', path: 'total.lines.pct' }])
  })

  test('accepts the rounding the claim was written with', () => {
    expect(findings('- Coverage: 87%', [coverage(86.6)])).toEqual([])
    expect(findings('- Coverage: 86%', [coverage(86.6)])).toEqual([])
    expect(check('- Coverage: 87%', { metrics: [coverage(86.6)] }).claims.verified).toBe(1)
  })

  test('converts units: milliseconds and seconds, rates and percentages, magnitudes', () => {
    const p95 = metric('p95', LOAD.p95, 0.168, 'duration', '168 ms')
    expect(findings('- P95 latency: 0.17s', [p95])).toEqual([])
    expect(findings('| Metric | Value |\n|---|---|\n| P95 Latency | 156ms |', [p95]).map((f) => f.message)).toEqual(['P95 Latency is 156ms here but metrics/file.json has x.p95 = 168 ms'])
    const errorRate = metric('http_req_failed', LOAD.errorRate, 0.02, 'percent', '0.0002 (0.02%)')
    expect(findings('- Error rate: 0.02%', [errorRate])).toEqual([])
    expect(findings('- Error rate: 0.008%', [errorRate])).toHaveLength(1)
    const requests = metric('http_reqs', LOAD.requests, 18_210_000, 'count', '18210000')
    expect(findings('- Total requests: 18.2M', [requests])).toEqual([])
  })

  test('a unit-less metric compares with the number as written', () => {
    expect(findings('- Uptime: 99.95%', [metric('uptime', ['uptime'], 99.95, 'unitless', '99.95')])).toEqual([])
    expect(findings('- Uptime: 99.8%', [metric('uptime', ['uptime'], 99.95, 'unitless', '99.95')])).toHaveLength(1)
  })

  test('reports an ambiguous match as a notice with the candidates, never guessed', () => {
    const a = coverage(86.6)
    const b = metric('lines coverage', COVERAGE.lines, 91, 'percent', '91%', { source: { file: 'lcov.info', path: 'Σ LH / Σ LF' } })
    const [finding] = findings('- Coverage: 87%', [a, b])
    expect(finding?.severity).toBe('notice')
    expect(finding?.message).toBe('Coverage 87% was not checked: it matches several metrics with different values (coverage/coverage-summary.json: total.lines.pct = 86.6%; lcov.info: Σ LH / Σ LF = 91%)')
    expect(check('- Coverage: 87%', { metrics: [a, b] }).claims.contradicted).toBe(0)
  })

  test('several files measuring the same thing with the same verdict are not ambiguous', () => {
    const truncated = metric('statements coverage', COVERAGE.statements, 71.42, 'percent', '71.42%')
    const recomputed = metric('statements coverage', COVERAGE.statements, (5 / 7) * 100, 'percent', '71.43%')
    expect(findings('- Statement coverage: 71%', [truncated, recomputed])).toEqual([])
    expect(findings('- Statement coverage: 80%', [truncated, recomputed]).map((f) => f.severity)).toEqual(['error'])
  })

  test.each([
    '- Coverage target: 90%',
    '- Baseline coverage: 70%',
    '- Coverage: ≥85%',
    '- Documentation coverage: 99%',
    '- Coverage went from 70% to 75% (+5 pp)',
    '- P95 latency: 87%'
  ])('leaves %s', (markdown) => {
    expect(findings(markdown, [coverage(84.31), metric('p95', LOAD.p95, 0.168, 'duration', '168 ms')])).toEqual([])
  })

  test('does nothing without metrics', () => {
    expect(findings('- Coverage: 87%', [])).toEqual([])
  })

  test('metrics marked as targets are not the current value', () => {
    expect(findings('- Coverage: 87%', [{ ...coverage(90), target: true }])).toEqual([])
  })
})
