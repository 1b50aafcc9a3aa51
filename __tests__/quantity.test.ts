import { tokenize } from '../src/extract/quantity.js'

const raws = (text: string) => tokenize(text).quantities.map((q) => q.raw)

describe('tokenize: numbers that are claims', () => {
  test.each([
    ['1,456 errors', ['1,456'], 1456],
    ['18.2M requests', ['18.2M'], 18_200_000],
    ['1.2 billion rows', ['1.2 billion'], 1_200_000_000],
    ['5k users', ['5k'], 5000],
    ['-43% latency', ['-43%'], -43],
    ['−12% cost', ['−12%'], -12],
    ['420ms', ['420ms'], 0.42],
    ['2 hours 15 minutes', ['2 hours 15 minutes'], 8100],
    ['4h 30m', ['4h 30m'], 16200],
    ['6 m 40 s', ['6 m 40 s'], 400],
    // Microseconds with the Greek mu as well as the micro sign.
    ['6.9 μs', ['6.9 μs'], 6.9e-6],
    ['6.9 µs', ['6.9 µs'], 6.9e-6]
  ])('%s', (text, expected, value) => {
    const tokens = tokenize(text)
    expect(tokens.quantities.map((q) => q.raw)).toEqual(expected)
    expect(tokens.quantities[0]?.value).toBeCloseTo(value)
  })

  test('a spaced "m" is minutes only when seconds follow', () => {
    expect(tokenize('ran 6 m 40 s').quantities.map((q) => [q.raw, q.dimension])).toEqual([['6 m 40 s', 'duration']])
    expect(tokenize('a 40 m cable, 6 m 40 rows').quantities.map((q) => q.dimension)).toEqual(['count', 'count', 'count'])
  })

  test('percentage points, multipliers, rates and sizes keep their dimension', () => {
    const dims = tokenize('-3.4 pp, 3.5×, 245 req/sec, 2.4GB, 12 percentage points').quantities.map((q) => q.dimension)
    expect(dims).toEqual(['points', 'multiplier', 'throughput', 'size', 'points'])
  })

  test('bounds and approximations', () => {
    const [a, b, c, d, e] = tokenize('<250ms, ≥85%, ~20%, 85+ tests, at least 3 nodes').quantities
    expect([a?.bound, b?.bound, c?.approx, d?.bound, e?.bound]).toEqual(['<', '>=', true, '>=', '>='])
  })

  test('ranges', () => {
    const [a, b] = tokenize('2-3 hours and 55-60%').quantities
    expect([a?.value, a?.rangeHigh, b?.value, b?.rangeHigh]).toEqual([7200, 10800, 55, 60])
  })

  test('a bound before a currency symbol', () => {
    const [cap, under] = tokenize('Spend: <$40/month, and under €15 for storage').quantities
    expect([cap?.raw, cap?.bound, cap?.dimension, under?.bound]).toEqual(['<$40', '<', 'money', '<'])
  })

  test('a range of gains after a plus sign, and two signed numbers apart', () => {
    const [gain] = tokenize('expected gain +15-25%').quantities
    expect([gain?.raw, gain?.sign, gain?.value, gain?.rangeHigh]).toEqual(['+15-25%', '+', 15, 25])
    expect(raws('net +5 - 3 today')).toEqual(['+5', '3'])
  })

  test('fractions, "of" and "out of"', () => {
    const text = '7/8 services, 8.8/10, 24 of 45, 1 out of 11 tests, 1,456 errors of 18.2M'
    expect(tokenize(text).fractions.map((f) => text.slice(f.start, f.end))).toEqual(['7/8', '8.8/10', '24 of 45', '1 out of 11', '1,456 errors of 18.2M'])
  })

  test('clock times and arrows, including double-encoded arrows repaired upstream', () => {
    const tokens = tokenize('23:39 → 00:05 and 1 -> 2')
    expect(tokens.times.map((t) => t.minutes)).toEqual([1419, 5])
    expect(tokens.arrows).toHaveLength(2)
  })

  test('word numbers only before a counted noun', () => {
    expect(raws('zero errors')).toEqual(['zero'])
    expect(raws('one of the most remarkable')).toEqual([])
  })
})

describe('tokenize: look-alikes that are not quantities', () => {
  test.each([
    'Python 3.9/3.10/3.11',
    'release v1.2.3 and 2.0.1-beta',
    'VPC 10.1.0.0/16 and host 192.168.1.10',
    'served on localhost:8080 and Port 8000',
    'fixed in #123 and JIRA-456',
    'open 24/7',
    'priorities P0 and P1, sections A.1 and B.3, rule MD024',
    'on 2025-10-17, October 17, 2025 and 10/17/2025',
    'Day 1-2, Week 2, Phase 3, Sprint 14',
    'T+0-30min, T+1h-6h',
    'x86_64 builds, 2FA, 3D',
    'the 1st and 22nd',
    'https://example.com/report/50/100'
  ])('%s', (text) => {
    expect(raws(text)).toEqual([])
  })
})
