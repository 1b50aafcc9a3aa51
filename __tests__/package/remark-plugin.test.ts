import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import { VFile } from 'vfile'
import remarkRecount, { type RemarkRecountOptions } from '../../src/remark-plugin.js'

const REPORT = '# Week 12\n\n## Closed (3)\n\n- flaky login test\n- slow export\n\nCoverage: 24 of 45 (60%)\n'

async function lint(value: string, options: RemarkRecountOptions = {}, path = 'week-12.md') {
  const file = new VFile({ path, value })
  const processor = unified().use(remarkParse).use(remarkRecount, options)
  await processor.run(processor.parse(file), file)
  return file.messages
}

test('each finding is a vfile message with its place, rule, source, page and correction', async () => {
  const [count, share] = await lint(REPORT, { rules: { 'list-count': 'warning' } })
  expect(share).toMatchObject({
    reason: '"60%" does not match 24 of 45: 24 / 45 = 53.3%',
    line: 8, column: 21, place: { start: { line: 8, column: 21 }, end: { line: 8, column: 24 } },
    ruleId: 'ratio-percent', source: 'recount', fatal: true, actual: '60%', expected: ['53%'],
    url: 'https://github.com/recount-dev/recount/blob/main/docs/rules/ratio-percent.md'
  })
  expect(count).toMatchObject({ line: 3, ruleId: 'list-count', fatal: false })
  expect(count!.expected).toBeUndefined()
})

test('a notice is informational (fatal unset), and a rule turned off reports nothing', async () => {
  const messages = await lint(REPORT, { rules: { 'ratio-percent': 'notice', 'list-count': 'off' } })
  expect(messages.map((m) => [m.ruleId, m.fatal])).toEqual([['ratio-percent', undefined]])
})

test('the nearest .recount.yml applies, or the one named by the config option', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'recount-remark-'))
  try {
    writeFileSync(join(dir, '.recount.yml'), 'rules:\n  ratio-percent: off\n')
    writeFileSync(join(dir, 'strict.yml'), 'rules:\n  list-count: off\n')
    expect((await lint(REPORT, {}, join(dir, 'week.md'))).map((m) => m.ruleId)).toEqual(['list-count'])
    expect((await lint(REPORT, { config: join(dir, 'strict.yml') }, join(dir, 'week.md'))).map((m) => m.ruleId)).toEqual(['ratio-percent'])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})

test('an invalid configuration is one fatal message on its file; the next file is still checked', async () => {
  const file = new VFile({ path: 'bad.md', value: '---\nrecount:\n  rules:\n    sum-total: loud\n---\n\n' + REPORT })
  const good = new VFile({ path: 'good.md', value: REPORT })
  const processor = unified().use(remarkParse).use(remarkRecount)
  for (const f of [file, good]) await processor.run(processor.parse(f), f)
  expect(file.messages).toHaveLength(1)
  expect(file.messages[0]).toMatchObject({ line: 1, column: 1, ruleId: 'config', source: 'recount', fatal: true })
  expect(file.messages[0]!.reason).toContain('rules.sum-total')
  expect(good.messages.map((m) => m.ruleId)).toEqual(['list-count', 'ratio-percent'])
})
