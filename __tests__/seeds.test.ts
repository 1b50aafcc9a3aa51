import { readFileSync } from 'node:fs'
import { check } from '../src/index.js'

// The two real reports the project started from (copied from ../shared/seeds). What each must
// flag, by line, and what it must leave alone, is the acceptance list of issue 2.
const load = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')

describe('seed: week1-success-report.md', () => {
  const result = check(load('week1-success-report.md'), { file: 'week1-success-report.md' })

  test('flags the +350% of 2/8 → 7/8 on lines 9 and 21, and nothing else', () => {
    expect(result.findings.map((f) => [f.line, f.rule, f.stated])).toEqual([
      [9, 'change-percent', '+350%'],
      [21, 'change-percent', '+350%']
    ])
  })
})

describe('seed: session-final-report.md', () => {
  const result = check(load('session-final-report.md'), { file: 'session-final-report.md' })
  const byLine = (line: number) => result.findings.filter((f) => f.line === line)

  const relatedLines = (line: number) => byLine(line).map((f) => f.related.map((r) => ('line' in r ? r.line : r.path)))

  test('flags every known contradiction', () => {
    // "zero errors" in Key Numbers and "Error Rate: 0.02%" in the dashboard, against the body's 1,456 errors (0.008%).
    expect(relatedLines(17)).toEqual([[82]])
    expect(relatedLines(244)).toEqual([[82]])
    expect(byLine(60).map((f) => f.rule)).toEqual(['sum-total'])
    expect(byLine(174).map((f) => [f.rule, f.severity])).toEqual([['change-percent', 'warning']])
    // P95 Latency 240ms and 156ms, both in the dashboard.
    expect(relatedLines(262)).toEqual([[243]])
    expect(byLine(273).map((f) => f.rule)).toEqual(['threshold-status'])
  })

  test('flags nothing on the lines it must leave alone', () => {
    const flagged = new Set(result.findings.map((f) => f.line))
    expect([...flagged].sort((a, b) => a - b)).toEqual([17, 60, 174, 244, 262, 273])
  })

  test('counts claims', () => {
    expect(result.claims.found).toBeGreaterThan(200)
    expect(result.claims.verified).toBeGreaterThan(20)
    expect(result.claims.contradicted).toBe(6)
    expect(result.claims.found).toBe(result.claims.verified + result.claims.contradicted + result.claims.unverifiable)
  })
})
