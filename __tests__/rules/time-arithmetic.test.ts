import { findings, flaggedLines } from '../helpers.js'

const RULE = 'time-arithmetic'

describe(RULE, () => {
  test('flags elapsed time that does not match two clock times, across midnight', () => {
    const [finding] = findings('**Session:** Started 23:39 UTC, Current 00:05 UTC (36 minutes elapsed)', RULE)
    expect(finding?.message).toBe('"36 minutes" does not match 23:39 → 00:05: that is 26 min (across midnight)')
    expect(finding?.suggestion).toBe('26 minutes')
  })

  test('flags a duration restated in another unit', () => {
    const [finding] = findings('- MTTR: 2 hours 15 minutes (145 min)', RULE)
    expect(finding?.message).toBe('"145 min" does not match 2 hours 15 minutes: that is 135 minutes')
    expect(finding?.suggestion).toBe('135 min')
  })

  test('reads a span and its duration in parentheses, on a 12-hour clock and to the second', () => {
    expect(findings('Standup: 09:30–09:45 (20 min)', RULE).map((f) => f.message)).toEqual(['"20 min" does not match 09:30 → 09:45: that is 15 min'])
    expect(findings('Bridge open 2:15 pm – 3:05 pm (40 minutes)', RULE).map((f) => f.message)).toEqual(['"40 minutes" does not match 2:15 pm → 3:05 pm: that is 50 min'])
    expect(findings('Failover 10:15:30 → 10:16:10 (50 s)', RULE).map((f) => f.suggestion)).toEqual(['40 s'])
    // An unmarked time may be on a 12-hour clock: both readings are named.
    expect(findings('Sync 10:00–2:00 (90 min)', RULE).map((f) => f.message)).toEqual(['"90 min" does not match 10:00 → 2:00: that is 16 h (across midnight), or 4 h on a 12-hour clock'])
  })

  test('reads days against hours as calendar or working days', () => {
    expect(findings('Soak test: 2.5 days (48 h)', RULE).map((f) => f.message)).toEqual(['"48 h" does not match 2.5 days: that is 60 hours, and 2.5 days hold at most 30 hours even as 12-hour working days'])
    expect(findings('Build: 135 min (2 h 25 min)', RULE).map((f) => f.message)).toEqual(['"2 h 25 min" does not match 135 min: that is 2 h 15 min'])
    expect(flaggedLines('Estimate: 5 days (40 h)', RULE)).toEqual([])
  })

  test('flags elapsed time in a plain fenced block', () => {
    expect(flaggedLines(['```', '09:00 → 10:30 UTC (45 minutes elapsed)', '```'].join('\n'), RULE)).toEqual([2])
  })

  test('still flags a duration restated in parentheses after a count done in it', () => {
    expect(flaggedLines('- Ran 1,200 tests in 45 minutes (0.5 hours)', RULE)).toEqual([1])
  })

  test.each([
    'Started 23:39 UTC, Current 00:05 UTC (26 minutes elapsed)',
    '23:39 → 00:05 UTC (26 minutes elapsed)',
    '- MTTR: 2 hours 15 minutes (135 min)',
    '- Duration: 4h 30m (270 min)',
    '### Phase 2 (01:45 - 03:30 UTC)',
    '- RTO: 45 minutes (target <4 hours)',
    '- Phase 0: 30 min (45 min planned)',
    // A product, checked by written-arithmetic; a rounded duration restated precisely.
    '- Before: 9 calls × 700ms = 6.3 seconds',
    '**Total Duration:** 11.6 minutes (694 seconds)',
    '- Session 2: 18 tests in 3h = 10 min/test',
    // The change after a before → after pair.
    '- Release notes: 3 hours → 20 minutes (2h 40m)',
    // The window of a rate, and what it sets off.
    '- Burst guard: 30 requests in 10s = 5 min ban',
    // Working hours against calendar weeks.
    '- Estimate: 120 hours (3 weeks)',
    ['```python', 'elapsed = end - start  # 09:00 -> 10:30 (45 minutes elapsed)', '```'].join('\n')
  ])('leaves %s', (markdown) => {
    expect(flaggedLines(markdown, RULE)).toEqual([])
  })
})
