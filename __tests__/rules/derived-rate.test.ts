import { findings, flaggedLines } from '../helpers.js'

const RULE = 'derived-rate'

describe(RULE, () => {
  test('flags a rate that does not follow from the total in its list', () => {
    const [finding] = findings(['- Total requests: 18.2M', '- Total errors: 1,456 (0.02% rate)'].join('\n'), RULE)
    expect(finding?.message).toBe('"0.02%" does not match 1,456 of 18.2M (Total requests, line 1): 1,456 / 18.2M = 0.008%')
    expect(finding?.suggestion).toBe('0.008%')
    expect(finding?.related).toEqual([{ line: 1, column: 19 }])
  })

  test.each([
    ['- Total requests: 18.2M', '- Total errors: 1,456 (0.008% rate)'].join('\n'),
    ['- Requests: 18.2M', '- Errors: 1,456 (0.02% rate)'].join('\n'),
    ['- Total requests: 18.2M', '- Total sessions: 2.1M', '- Errors: 1,456 (0.02% rate)'].join('\n'),
    ['- Total requests: 18.2M', '- Errors: 1,456 (target <0.1%)'].join('\n')
  ])('leaves %s', (markdown) => {
    expect(flaggedLines(markdown, RULE)).toEqual([])
  })
})
