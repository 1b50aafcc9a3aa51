import { findings, flaggedLines } from '../helpers.js'

const RULE = 'derived-rate'

describe(RULE, () => {
  test('flags a rate that does not follow from the total in its list', () => {
    const [finding] = findings(['- Total requests: 18.2M', '- Total errors: 1,456 (0.02% rate)'].join('\n'), RULE)
    expect(finding?.message).toBe('"0.02%" does not match 1,456 of 18.2M (Total requests, line 1): 1,456 / 18.2M = 0.008%')
    expect(finding?.suggestion).toBe('0.008%')
    expect(finding?.related).toEqual([{ line: 1, column: 19 }])
  })

  const table = (header: string, ...rows: string[]) => [header, header.replace(/[^|]+/g, '---'), ...rows].join('\n')

  test('leaves counts that each give their rate of a whole the list does not state', () => {
    expect(flaggedLines(['## Before', '- **Correct**: 60% (6/10)', '- **Wrong answers**: 1 (10%)', '- **Skipped answers**: 3 (30%)'].join('\n'), 'derived-rate')).toEqual([])
  })

  test('flags a row whose percentage is not its part over its whole, under headers that name the three', () => {
    const [finding] = findings(table('| Suite | Passed | Total | Pass rate |', '| Parser | 27 | 30 | 90% |', '| Printer | 12 | 16 | 80% |'), RULE)
    expect(finding?.line).toBe(4)
    expect(finding?.message).toBe('"80%" does not match 12 of 16 ("Total" column): 12 / 16 = 75%')
    expect(finding?.suggestion).toBe('75%')
  })

  test('flags a part\'s rate against a total that says something of itself in a parenthesis', () => {
    expect(flaggedLines(['- Total tests: 400 (100% automated)', '- Failed tests: 8 (4% fail rate)'].join('\n'), RULE)).toEqual([2])
  })

  test('flags a row under headers that name what was checked and what was found broken', () => {
    expect(findings(table('| Kind | Checked | Broken | Broken % |', '| Images | 1,200 | 24 | 2.0% |', '| Scripts | 400 | 10 | 4.0% |'), RULE).map((f) => f.line)).toEqual([4])
  })

  test('flags a row under headers that name a funnel: sent and opened', () => {
    expect(findings(table('| Variant | Sent | Opens | Open rate |', '| Plain | 50,000 | 12,000 | 24.0% |', '| Emoji | 50,000 | 11,000 | 24.0% |'), RULE).map((f) => f.line)).toEqual([4])
  })

  test('flags a coverage row against its covered and total lines', () => {
    expect(findings(table('| File | Lines | Covered | Coverage |', '| a.ts | 200 | 150 | 75% |', '| b.ts | 80 | 60 | 70% |'), RULE).map((f) => f.line)).toEqual([4])
  })

  test('flags the odd row out where most rows give their percentage as one column over another', () => {
    const markdown = table('| Package | Modules | Tested | Left | Share |', '| core | 40 | 10 | 30 | 25% |', '| cli | 20 | 5 | 15 | 25% |', '| web | 50 | 20 | 30 | 30% |', '| docs | 8 | 2 | 6 | 25% |')
    expect(findings(markdown, RULE).map((f) => [f.line, f.message])).toEqual([[5, '"30%" does not match 20 of 50 ("Modules" column): 20 / 50 = 40%']])
  })

  test.each([
    table('| Suite | Passed | Total | Pass rate |', '| Parser | 27 | 30 | 90% |', '| Printer | 12 | 16 | 75% |'),
    // Nothing in the headers says the percentage is a share of the counts, and only one row would fit.
    table('| Model | Layers | Heads | Accuracy |', '| small | 6 | 8 | 75% |', '| large | 12 | 16 | 81% |'),
    // No row agrees with the headers' reading: the share is of something else (tests run, say).
    table('| Suite | Passed | Total | Pass rate |', '| Parser | 27 | 30 | 100% |', '| Printer | 12 | 16 | 100% |'),
    table('| Area | Done | Total | Change |', '| A | 3 | 4 | +75% |', '| B | 2 | 5 | +50% |'),
    // Rows of none done agree with any reading: done over pending is not confirmed by them.
    table('| Kind | Done | Pending | Done rate |', '| a | 0 | 3 | 0% |', '| b | 0 | 4 | 0% |', '| c | 6 | 11 | 35% |'),
    // An average row's rate is the mean of the rates, not its counts' ratio.
    table('| Suite | Passed | Total | Pass rate |', '| a | 9 | 10 | 90% |', '| b | 1 | 2 | 50% |', '| Average | 5 | 6 | 70% |'),
    // A rate with a scope of its own, and a row of all passed that agrees with any reading.
    table('| Suite | Passed | Total | Pass rate (30 nightly runs) |', '| unit | 50 | 50 | 100% |', '| e2e | 18 | 20 | 97% |'),
    // Code coverage beside a count of passing tests: a share named for what it measures is of the part that says so.
    table('| Module | Tests | Passing | Coverage |', '| io | 40 | 40 | 100% |', '| net | 25 | 25 | 92% |'),
    ['- Total requests: 18.2M', '- Total errors: 1,456 (0.008% rate)'].join('\n'),
    // A total that is itself a part of a larger whole: its parts' rates are of that whole, or of another.
    ['- Misses: 30 (6.0%)', '- Wrong labels: 20 (4.0%)', '- Total errors: 50/1000 (5.0%)'].join('\n'),
    ['- Requests: 18.2M', '- Errors: 1,456 (0.02% rate)'].join('\n'),
    ['- Total requests: 18.2M', '- Total sessions: 2.1M', '- Errors: 1,456 (0.02% rate)'].join('\n'),
    ['- Total requests: 18.2M', '- Errors: 1,456 (target <0.1%)'].join('\n')
  ])('leaves %s', (markdown) => {
    expect(flaggedLines(markdown, RULE)).toEqual([])
  })
})
