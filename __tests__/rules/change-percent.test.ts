import { findings, flaggedLines } from '../helpers.js'

const RULE = 'change-percent'

describe(RULE, () => {
  test('explains a ratio written as a change', () => {
    const [finding] = findings('- **System Health**: From 2/8 services healthy → 7/8 services healthy (+350% improvement)', RULE)
    expect(finding?.message).toBe('"+350%" does not follow from 2/8 → 7/8: 2 → 7 is +250% (or +62.5 percentage points); 350% is the ratio 3.5×, not the change')
    expect(finding?.suggestion).toBe('+250%')
    expect(finding?.stated).toBe('+350%')
  })

  test('explains percentage points written as percent', () => {
    const [finding] = findings('Technical Debt: 8.2% → 4.8% (**-3.4% reduction**)', RULE)
    expect(finding?.message).toBe('"-3.4%" does not follow from 8.2% → 4.8%: that is the difference in percentage points (-3.4 pp); the relative change is -41.5%')
  })

  test('flags a flipped sign', () => {
    const [finding] = findings('P95: 420ms → 240ms (+43%)', RULE)
    expect(finding?.message).toBe('"+43%" has the wrong sign: 420ms → 240ms is -42.9%')
    expect(finding?.suggestion).toBe('-43%')
  })

  test('flags a wrong absolute delta and a wrong multiplier', () => {
    expect(findings('420ms → 240ms (-200ms)', RULE)[0]?.message).toBe('"-200ms" does not follow from 420ms → 240ms: the difference is -180ms')
    expect(findings('Throughput 100 RPS → 150 RPS (3×)', RULE)[0]?.message).toBe('"3×" does not follow from 100 RPS → 150 RPS: the ratio is 1.5×')
  })

  test.each([
    ['before a parenthesis holding the pair', 'Shrank the docker layer by 50% (600MB → 420MB)', '"50%" does not follow from 600MB → 420MB: 600MB → 420MB is -30%'],
    ['before a colon and the pair', 'Lowered median queue wait by 70%: 40 s → 18 s', '"70%" does not follow from 40 s → 18 s: 40 s → 18 s is -55%'],
    ['named by a change word in Portuguese', '- Satisfação: 60 → 90 (40% melhoria)', '"40%" does not follow from 60 → 90: 60 → 90 is +50%'],
    ['named by a change word in Korean, between two scores', '- 만족도: 6.0/10 → 9.0/10 (40% 향상)', '"40%" does not follow from 6.0/10 → 9.0/10: 6.0 → 9.0 is +50% (or +30 percentage points)'],
    ['as a round multiplier its ratio does not round to', 'Load: 10s → 180ms (100x faster)', '"100x" does not follow from 10s → 180ms: the ratio is 55.56×'],
    ['as a small round multiplier, which is not read loosely', 'Query: 100ms → 4ms (30x faster)', '"30x" does not follow from 100ms → 4ms: the ratio is 25×'],
    ['in points between two percentages', 'Pass rate went from 80% to 95%, a 20-point gain', '"20-point" does not follow from 80% → 95%: the difference is +15 percentage points'],
    ['after the after and the before it fell from', 'Open bugs: 12 this week, down from 20 (-30%)', '"-30%" does not follow from 20 → 12: 20 → 12 is -40%']
  ])('flags a change %s', (_, markdown, message) => {
    expect(findings(markdown, RULE).map((f) => f.message)).toEqual([message])
  })

  test('works out the change and the ratio from the numbers as written, as a reviewer would by hand', () => {
    expect(findings('Cold start: 1.6s → 0.8s (-60%)', RULE)[0]?.message).toBe('"-60%" does not follow from 1.6s → 0.8s: 1.6s → 0.8s is -50%')
    expect(findings('Cold start: 1.6s → 0.8s (3x faster)', RULE)[0]?.message).toBe('"3x" does not follow from 1.6s → 0.8s: the ratio is 2×')
  })

  test('warns, with both readings, when a change in percentage points is written with "%"', () => {
    const [finding] = findings('Retention: 62% → 70% (+8%)', RULE)
    expect(finding?.severity).toBe('warning')
    expect(finding?.message).toBe('"+8%" does not follow from 62% → 70%: that is the difference in percentage points (+8 pp); the relative change is +12.9%')
    expect(finding?.suggestion).toBeUndefined()
  })

  test('reads a row against the one row its table names as the baseline', () => {
    const table = ['| Engine | p50 | vs baseline |', '|---|---|---|', '| **A** | 40ms | Baseline |', '| B | 52ms | 12% slower |', '| C | 41ms | 3% slower |'].join('\n')
    const [finding] = findings(table, RULE)
    expect(finding?.line).toBe(4)
    expect(finding?.message).toBe('"12%" does not follow from 40ms → 52ms: 40ms → 52ms is +30%')
  })

  test('leaves a row whose change names another row than the baseline, and still reads one naming the baseline', () => {
    const table = (cell: string) => ['| Parser | Parse time | Change |', '|---|---|---|', '| **Old** | 90 ms | Baseline |', '| Fast | 30 ms | 3x faster |', `| Turbo | 10 ms | ${cell} |`].join('\n')
    expect(flaggedLines(table('3x faster than Fast'), RULE)).toEqual([])
    expect(flaggedLines(table('3x faster than Old'), RULE)).toEqual([5])
    expect(flaggedLines(table('3x faster than baseline'), RULE)).toEqual([5])
  })

  test('flags an improvement of a time that is neither the time saved nor the speed gained', () => {
    expect(flaggedLines('| Size | Before | After | Improvement |\n|---|---|---|---|\n| 16 | 6.40 µs | 5.70 µs | **+14.9%** |', RULE)).toEqual([3])
  })

  test('reads a ratio written more precisely than its whole before and after as worked out from their unrounded values', () => {
    // 98/14 is 7×, but anything from 13.5 to 14.5 and from 97.5 to 98.5 gives 6.72–7.3×.
    expect(flaggedLines('- Ingest: 14 → 98 pages/min (7.15x)', RULE)).toEqual([])
    expect(flaggedLines('- Parse: 3 → 17 runs/h (5.8x)', RULE)).toEqual([])
    // Rounding explains a small difference, not a large one: 7/2 is 3.5×.
    expect(flaggedLines('- Open tickets: 2 → 7 (5.0x)', RULE)).toEqual([1])
    // Rounding cannot make 10 and 40 give 3.5×.
    expect(flaggedLines('- Queue: 40 → 10 items/s (3.5x smaller)', RULE)).toEqual([1])
  })

  test('reads only the size of a change from a negative value, whose sign depends on how it was divided', () => {
    const table = (change: string) => `| Metric | Before | After | Change |\n|---|---|---|---|\n| Worst month | -20.0% | -9.0% | ${change} |`
    expect(flaggedLines(table('+55% better'), RULE)).toEqual([])
    expect(flaggedLines(table('-55%'), RULE)).toEqual([])
    expect(flaggedLines(table('+40% better'), RULE)).toEqual([3])
  })

  test('reads a small change exactly even when it is a multiple of five', () => {
    // 480 → 444 is -7.5%: rounding to the nearest five is a reading for changes of 20% and more.
    expect(flaggedLines('- Bundle: 480 KB → 444 KB (-5%)', RULE)).toEqual([1])
  })

  test('reads a whole multiple of five as a change rounded to the nearest five, not further', () => {
    const table = (change: string) => `| Query | Before | After | Reduction |\n|---|---|---|---|\n| Search | 840ms | 320ms | ${change} |`
    // 840 → 320 is -61.9%.
    expect(flaggedLines(table('60%'), RULE)).toEqual([])
    expect(flaggedLines(table('55%'), RULE)).toEqual([3])
    expect(flaggedLines(table('70%'), RULE)).toEqual([3])
  })

  test('leaves a row whose cells give a second figure in parentheses, either of which the change may be about', () => {
    expect(flaggedLines('| Text | Before | After | Gain |\n|---|---|---|---|\n| Labels | 0.80 (2.5:1) | 0.85 (5.0:1) | +100% |', RULE)).toEqual([])
  })

  test('still flags a change the rounding of whole inputs cannot explain', () => {
    expect(flaggedLines('Deploy time: 18 min → 12 min (-40%)', RULE)).toEqual([1])
  })

  test('still flags a change stated twice, with a comma, when one of them is wrong', () => {
    expect(flaggedLines('Error share: 5% → 4% (-1%, 20% improvement)', RULE)).toEqual([1])
  })

  test('flags a wrong percentage-point change', () => {
    expect(findings('Coverage 80% → 85% (+4 pp)', RULE)[0]?.message).toBe('"+4 pp" does not follow from 80% → 85%: the difference is +5 percentage points')
  })

  test('reads "from X to Y" and a change before the pair', () => {
    expect(flaggedLines('Build time went from 16 min to 12 min (-30%)', RULE)).toEqual([1])
    expect(flaggedLines('**-50% latency improvement** (P95: 420ms → 240ms)', RULE)).toEqual([1])
  })

  test('reads a change named in the next clause', () => {
    expect(findings('Configs went from 61 to 3 files, a 90% reduction', RULE)[0]?.message).toBe('"90%" does not follow from 61 → 3: 61 → 3 is -95.1%')
    expect(flaggedLines('Build: 8s → 2s: 70% faster', RULE)).toEqual([1])
    expect(flaggedLines('Configs went from 61 to 3 files, a 95% reduction', RULE)).toEqual([])
    expect(flaggedLines('Latency went from 420ms to 240ms, 3 services changed', RULE)).toEqual([])
  })

  test('checks tables with Before / After / Change columns', () => {
    const table = [
      '| Metric | Day 1 (Before) | Day 5 (After) | Improvement |',
      '|---|---|---|---|',
      '| Healthy Services | 2/8 (25%) | 7/8 (88%) | **+350%** |',
      '| Configuration Files | 61 scattered | 3 organized | **-95%** |',
      '| Deployment Success Rate | ~20% | ~90% | **+350%** |',
      '| Service Discovery | Broken | Functional | **100% fix** |',
      '| Pool Wait Time | 8ms | 1.5ms | -81% |'
    ].join('\n')
    expect(flaggedLines(table, RULE)).toEqual([3])
  })

  test.each([
    'Shrank the docker layer by 30% (600MB → 420MB)',
    'Lowered median queue wait by 55%: 40 s → 18 s',
    'Lowered median queue wait to 45% (40 s → 18 s)',
    'Open bugs: 12 this week, down from 20 (-40%)',
    // A direction word before another metric's change does not turn this one around.
    'Errors down 40%, throughput 50% higher (200 → 300 rps)',
    // A multiplier of a hundred or more ending in zeros is rounded to its leading digits: 8M → 36K is 222×.
    'Rows scanned: 8M → 36K (200x fewer)',
    'Pass rate went from 80% to 95%, a 15-point gain',
    'Pass rate: 80% → 95% (+15 points)',
    'Velocity: 20 → 30 story points (+10 points)',
    'From 61 Docker configs → 3 streamlined configs (95% reduction)',
    '~20% → ~90% (+350%)',
    'Service Health >75%: 88% (7/8), 95% (61→3)',
    'P95 latency 420ms → 240ms (-43%)',
    'Build time: 16 min → 12 min (**-25% reduction**)',
    'Pool wait time: 8ms → 1.5ms (-81%)',
    'Inventory: 280ms → 18ms (-93%)',
    'Sales: 420ms → 35ms (-91%)',
    '420ms → 240ms (-180ms)',
    'Technical Debt: 8.2% → 4.8% (42% improvement)',
    'Throughput 100 RPS → 150 RPS (+50%)',
    'Coverage 80% → 85% (+5 pp)',
    'Speed: 10s → 2s (5x faster)',
    'Monitoring 0% → 100% (+∞%)',
    '23:39 → 00:05 UTC (26 minutes elapsed)',
    'Reduce service count from 8 to 6 core services',
    'Python 3.9 → 3.11 (+25% faster)',
    'v1.2 → v2.0 (+100%)',
    // A percentage after the pair that is not named as a change is a share or a score.
    'Score: 612 → 655 (+43, 72%, grade B)',
    // Measurements rounded to their last digit explain a result written more precisely.
    'Pipeline 52s → 19s (2.8x faster)',
    'Coverage gain: +14.7 pp (57% → 71.3%)',
    // The metric is the step time; "reduction" says how it changed.
    'Step time reduction: 162ms → 105ms per step (35% improvement)',
    '| Step | Before | After | Change |\n|---|---|---|---|\n| Renders | 6 | 3 | **50% ↓** |',
    // Under an Improvement header a time's change says better (+) or worse (−): the time saved or the speed gained.
    '| Size | Before | After | Improvement |\n|---|---|---|---|\n| 4 | 3.10 µs | 2.80 µs | **+10.7%** |\n| 8 | 900 ns | 1.08 µs | -20% (regression) |',
    '| Item | Before | After | Improvement |\n|---|---|---|---|\n| Scripts | 12 in root | 12 in tools/ | 100% organized |',
    // The points and the relative change, side by side.
    'Hit rate: 40% → 50% (+10% / +25%)',
    // The workers doubled; the gain is in what they produced.
    '- 2 → 4 workers: 70% improvement',
    // A comparison with another baseline than the pair's before.
    'Index build: 90s → 30s (5x vs the old engine)',
    // Two fractions of different wholes: their counts moved with the wholes.
    'Passing: 230/250 → 236/262 (+2)'
  ])('leaves %s', (markdown) => {
    expect(flaggedLines(markdown, RULE)).toEqual([])
  })
})
