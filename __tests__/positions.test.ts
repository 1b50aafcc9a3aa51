import { check } from '../src/index.js'

/** An indented code block of long agent log entries, the contradiction on its last line. */
function indentedLog(): string {
  const lines = ['Intro', '']
  for (let i = 0; i < 6; i++) lines.push('    - agent: "checker"', `      message: "🎯 RUN ${i} DONE - ${80 + i}% OK: checked ${'the flows and the pages '.repeat(8)}"`)
  lines.push('      message: "Health: 2/8 → 7/8 (+350%)"')
  return lines.join('\n') + '\n'
}

/** The text of `source` between a finding's start and end, as an editor would select it. */
function textAt(source: string, f: { line: number; column: number; endLine: number; endColumn: number }): string {
  const lines = source.split(/\r\n|\r|\n/)
  if (f.line !== f.endLine) throw new Error('multi-line finding')
  return (lines[f.line - 1] as string).slice(f.column - 1, f.endColumn - 1)
}

describe('finding positions', () => {
  test.each([
    ['plain', '- Health: 2/8 → 7/8 (+350%)\n'],
    ['inside strong emphasis', '- **Health**: 2/8 → 7/8 (**+350%**)\n'],
    ['after CRLF line endings', '# Report\r\n\r\nIntro line\r\n\r\n- Health: 2/8 → 7/8 (+350%)\r\n'],
    ['after double-encoded arrows', '- Health: 2/8 â†’ 7/8 (+350%)\n'],
    ['in a table cell', '| Metric | Before | After | Change |\n|---|---|---|---|\n| Health | 2/8 | 7/8 | **+350%** |\n'],
    ['with a byte-order mark', '\uFEFF- Health: 2/8 → 7/8 (+350%)\n'],
    ['in a nested list item', '- Services\n  - Health: 2/8 → 7/8 (+350%)\n'],
    ['in a plain fenced block', '```\nStatus\nHealth: 2/8 → 7/8 (+350%)\n```\n'],
    ['in an indented fenced block', '- Notes\n\n    ```\n    Health: 2/8 → 7/8 (+350%)\n    ```\n'],
    // An indented code block has no fence line: its text starts on its first line.
    ['in an indented code block of long log lines', indentedLog()]
  ])('the stated text is the text at the position: %s', (_, source) => {
    const [finding] = check(source).findings
    expect(finding?.stated).toBe('+350%')
    expect(textAt(source.replace(/^\uFEFF/, ''), finding!)).toBe('+350%')
  })

  test('double-encoded marks are read as the characters they stand for', () => {
    const source = '| Metric | Target | Actual | Status |\n|---|---|---|---|\n| RPO | <1h | 120 min | âœ… PASS |\n'
    const [finding] = check(source).findings
    expect(finding?.rule).toBe('threshold-status')
    expect(finding?.stated).toBe('âœ… PASS')
    expect(finding?.message).toContain('"✅ PASS"')
  })

  test('HTML comments, link targets, inline code and code blocks hold no claims', () => {
    const source = [
      '<!-- Health: 2/8 → 7/8 (+350%) -->',
      '',
      'See [the dashboard](https://example.com/2/8/7/8?change=+350%).',
      '',
      'Run `echo "2/8 → 7/8 (+350%)"` to reproduce.',
      '',
      '```js',
      'const change = ratio(2 / 8, 7 / 8) // +350%',
      '```'
    ].join('\n')
    expect(check(source).findings).toEqual([])
  })

  test('a broken document is still read: unclosed fences and tables without rows', () => {
    expect(() => check('| a | b |\n|---|\n```\nunclosed 2/8 (90%)')).not.toThrow()
  })
})
