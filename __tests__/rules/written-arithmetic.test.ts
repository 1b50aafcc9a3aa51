import { findings, flaggedLines } from '../helpers.js'

const RULE = 'written-arithmetic'

describe(RULE, () => {
  test('leaves values given to names one after another', () => {
    expect(flaggedLines('"ab1"  cost=2 net=3   ab=1 + 1=1 (the digit adds one)', RULE)).toEqual([])
    expect(flaggedLines('x=4 + y=4 = 10 in total', RULE)).toEqual([])
  })

  test('gives a result under a millisecond in microseconds or nanoseconds', () => {
    expect(findings('Per item: 1,000 ns / 4 = 2,500 ns', RULE).map((f) => f.message)).toEqual(['"2,500 ns" does not follow from 1,000 ns / 4: that is 250 ns'])
    expect(findings('Per call: 2 ms / 8 = 2,500 µs', RULE).map((f) => f.message)).toEqual(['"2,500 µs" does not follow from 2 ms / 8: that is 250 µs'])
  })

  test('flags an average written out with the wrong result, and suggests the result', () => {
    const [finding] = findings('- **Mean score:** (70 + 81 + 90 + 0) / 4 = 68.4%', RULE)
    expect(finding?.message).toBe('"68.4%" does not follow from (70 + 81 + 90 + 0) / 4: that is 60.25%')
    expect(finding?.severity).toBe('error')
    expect(finding?.suggestion).toBe('60.3%')
  })

  test('writes the result with its digits grouped as the stated one is', () => {
    const [finding] = findings('Check: 6,500 + 4,100 + 4,300 = 15,900 per month.', 'written-arithmetic')
    expect(finding?.message).toBe('"15,900" does not follow from 6,500 + 4,100 + 4,300: that is 14,900')
  })

  test.each([
    ['a product of a count and a duration', '- 4 retries × 30s = 3 minutes', '"3 minutes" does not follow from 4 retries × 30s: that is 2 min'],
    ['a sum of amounts', 'Fees: $12.50 + $4.25 = $17.25', '"$17.25" does not follow from $12.50 + $4.25: that is $16.75'],
    ['precedence', 'Load: 2 + 3 × 4 = 20', '"20" does not follow from 2 + 3 × 4: that is 14'],
    ['a share of a bare amount in the unit of the result', '- Saved: 15% × 2,000 = 400 hours', '"400 hours" does not follow from 15% × 2,000: that is 300 h'],
    // 3 GB is neither the binary (1.43 GB) nor the decimal (1.5 GB) reading; the nearer is shown.
    ['a size wrong in both binary and decimal units', '- Index: 250,000 rows × 6 KB = 3 GB', '"3 GB" does not follow from 250,000 rows × 6 KB: that is 1.5GB'],
    ['a spaced product of two whole numbers', '- Slots: 3 × 4 = 13', '"13" does not follow from 3 × 4: that is 12'],
    ['an item in a fenced block, its dash a marker and not a minus', '```\nStep 2:\n  - 40 files × 3 seconds = 150 seconds\n```', '"150 seconds" does not follow from 40 files × 3 seconds: that is 2 min'],
    ['a count in billions times bytes each, wrong in both readings, nearest reading shown', '- Weights in fp16: 7B × 2 = 20GB', '"20GB" does not follow from 7B × 2: that is 14GB'],
    ['a size with bytes written as B that is still wrong', '- Buffer: 1000 × 8B = 16KB', '"16KB" does not follow from 1000 × 8B: that is 8KB']
  ])('flags %s', (_, markdown, message) => {
    expect(findings(markdown, RULE).map((f) => f.message)).toEqual([message])
  })

  test.each([
    ['a right product', '- Before: 7 requests × 800ms = 5.6 seconds'],
    ['a right average', 'Average: (85 + 92 + 90) / 3 = 89%'],
    ['a ratio read as a percentage', 'Share: 451 / 1000 = 45.1%'],
    ['an amount rounded to the unit before', 'Cost = $66,176 × 15 = $992,647'],
    ['hours as a product', '3 × 40 min = 2 h'],
    ['a fraction and its percentage, which ratio-percent reads', 'Misses: 6/66 = 9.1%'],
    ['units that cannot be combined', 'Area: 2 h × 3 GB = 6'],
    ['a comparison, not a result', 'if a == 5 then b = 3'],
    ['a score out of a maximum', 'Grade: 17 + 1 = 18/20'],
    ['a result held to a limit', 'Weight: 0.6 + 0.7 = 1.0 (capped)'],
    ['a ratio of two times, whose units cancel, beside a time', '- Pause share: 9% of the run (1.8s / 20.5s) = **1.8s per run**'],
    ['a size worked out in decimal units', '- Index: 250,000 rows × 6 KB = 1.5 GB'],
    ['a product of sizes in decimal units', 'Buffers: 64K entries * 16 bytes * 3 = 3.07 MB'],
    ['bytes written as B in an expression that gives a size', '- Buffer: 2M × 8B = 16MB'],
    ['the size of a grid followed by a count of something in it', '- Board: 3×3 = 24 edges'],
    ['an item in a fenced block that is right', '```\nStep 2:\n  - 40 files × 3 seconds = 120 seconds\n```'],
    ['a dash opening a table cell, which is a minus there', '| Item | Sum |\n|---|---|\n| Refund | - 20 + 50 = 30 |'],
    ['a count in billions times bytes each, which is a size in bytes', '- Weights in fp16: 7B × 2 = 14GB']
  ])('leaves %s', (_, markdown) => {
    expect(flaggedLines(markdown, RULE)).toEqual([])
  })
})
