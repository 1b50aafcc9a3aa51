import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadMetrics } from '../../src/metrics/load.js'
import { parseConfig } from '../../src/config/load.js'
import { ConfigResolver } from '../../src/config/resolve.js'
import { check } from '../../src/index.js'
import { flowNestingOver, MAX_YAML_NESTING } from '../../src/config/yaml-limits.js'

// Configuration and metrics files that would exhaust the parser: each is refused with the file,
// the place when there is one, and the limit it passed.

function dir(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'recount-limits-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, name), text)
  return root
}

/** Nine levels of aliases, each ten of the one before: 10^9 nodes once expanded, 400 bytes written. */
function aliasBomb(): string {
  const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]']
  for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`)
  return lines.join('\n') + '\n'
}

const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels)

describe('metrics files', () => {
  test('deeply nested JSON names the file, the place and the nesting limit', async () => {
    const root = dir({ 'deep.json': `{"metrics": {"x": ${deep(5000)}}}` })
    const { errors, metrics } = await loadMetrics([join(root, 'deep.json')])
    expect(metrics).toEqual([])
    expect(errors.map((e) => e.message.replace(root, ''))).toEqual(['/deep.json:1:117: refused: [ ] and { } nested more than 100 levels deep (the limit is 100)'])
  })

  test('nesting up to the limit is parsed as before (here, to find a key the schema does not know)', async () => {
    const root = dir({ 'ok.json': `{"metrics": {"x": 1}, "extra": ${deep(MAX_YAML_NESTING - 1)}}` })
    const { errors } = await loadMetrics([join(root, 'ok.json')])
    expect(errors).toHaveLength(1)
    expect(errors[0]?.message).toContain('extra')
    expect(errors[0]?.message).not.toContain('refused')
  })

  test('an alias bomb names the file and the alias limit', async () => {
    const root = dir({ 'metrics.yml': `${aliasBomb()}metrics: {x: 1}\n` })
    const { errors } = await loadMetrics([join(root, 'metrics.yml')])
    expect(errors.map((e) => e.message.replace(root, ''))).toEqual(['/metrics.yml:2:10: refused: aliases expand more than 100 times (an alias bomb; the limit is 100)'])
  })

  test.each([
    // Over the limit for any metrics file: refused before it is opened.
    [1024, '/k6.json: not read: 1024.0 MB is over the 256.0 MB limit'],
    // Within it, but a k6 file is parsed whole.
    [100, '/k6.json: refused: 100.0 MB is over the 64.0 MB limit for a k6 file, which is read whole']
  ])('a %i MB k6 file (sparse) is refused by size, naming the file and the limit, and the other files are still read', async (megabytes, message) => {
    const root = dir({ 'k6.json': '{"metrics": {"http_reqs": {"count": 10}}}' , 'small.json': '{"metrics": {"http_reqs": {"count": 10, "rate": 2}}}' })
    const big = join(root, 'k6.json')
    truncateSync(big, megabytes * 1024 * 1024)
    const { errors, metrics } = await loadMetrics([big, join(root, 'small.json')])
    expect(errors.map((e) => e.message.replace(root, ''))).toEqual([message])
    expect(metrics.map((m) => m.source.path)).toEqual(['metrics.http_reqs.count', 'metrics.http_reqs.rate'])
  })
})

describe('configuration', () => {
  test('an alias bomb in .recount.yml names the config file and the limit, not the report', () => {
    const root = dir({ '.recount.yml': `${aliasBomb()}rules: {}\n`, 'r.md': '# R\n' })
    expect(() => new ConfigResolver().forFile(join(root, 'r.md'))).toThrow(`${join(root, '.recount.yml')}:2:10: refused: aliases expand more than 100 times (an alias bomb; the limit is 100)`)
    expect(() => new ConfigResolver(join(root, '.recount.yml'))).toThrow(/\.recount\.yml:2:10: refused: aliases expand more than 100 times/)
  })

  test('deep nesting in a config file or a front matter block names the place and the limit', () => {
    expect(() => parseConfig('.recount.yml', `rules: ${deep(1000)}\n`)).toThrow('.recount.yml:1:108: refused: [ ] and { } nested more than 100 levels deep (the limit is 100)')
    expect(() => check(`---\nrecount:\n  rules: ${deep(1000)}\n---\n# R\n`, { file: 'r.md' })).toThrow(/^r\.md:3:110: refused: \[ \] and \{ \} nested more than 100 levels deep/)
  })

  test('an alias bomb in front matter names the report file', () => {
    const bomb = aliasBomb().split('\n').filter(Boolean).map((line) => `  ${line}`).join('\n')
    expect(() => check(`---\nrecount:\n${bomb}\n  rules: {}\n---\n# R\n`, { file: 'r.md' })).toThrow(/^r\.md:\d+:\d+: refused: aliases expand more than 100 times/)
  })
})

describe('the nesting scan', () => {
  test('brackets in quoted strings and comments do not count; an apostrophe in a word hides nothing', () => {
    const many = '['.repeat(300)
    expect(flowNestingOver(`a: "${many}"\nb: '${many}'\n# ${many}\n`, 100)).toBeNull()
    expect(flowNestingOver(`note: don't\nx: ${deep(101)}\n`, 100)).toBe(15 + 100)
  })
})
