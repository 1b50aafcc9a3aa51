import { check } from '../src/index.js'

const fence = (lang: string, ...lines: string[]) => ['```' + lang, ...lines, '```'].join('\n')
const rules = (markdown: string) => check(markdown).findings.map((f) => f.rule)

describe('fenced blocks', () => {
  test('a plain block of status text is read', () => {
    expect(rules(fence('', 'Status', 'Healthy: 7/8 (75%)'))).toEqual(['ratio-percent'])
    expect(rules(fence('text', 'Healthy: 7/8 (75%)'))).toEqual(['ratio-percent'])
  })

  test.each([
    ['Markdown shown as an example', fence('markdown', '- Healthy: 7/8 (75%)')],
    ['a console session', fence('console', '$ recount report.md', 'Healthy: 7/8 (75%)')],
    ['a test log in a plain block', fence('', 'PASS src/a.test.ts', 'PASS src/b.test.ts', 'Healthy: 7/8 (75%)')],
    ['linter output in a plain block', fence('', 'src/a.ts:12:5 error no-unused-vars', 'src/b.ts:3:1 warning max-len', 'Healthy: 7/8 (75%)')],
    ['a block after a command block', [fence('bash', 'npm test'), fence('', 'Healthy: 7/8 (75%)')].join('\n\n')],
    ['a block after "Output:"', ['Output:', '', fence('', 'Healthy: 7/8 (75%)')].join('\n')],
    ['program code', fence('python', 'healthy = 7 / 8  # 75%')]
  ])('%s is not read', (_, markdown) => {
    expect(rules(markdown)).toEqual([])
  })
})
