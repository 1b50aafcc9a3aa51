import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseShard, shardOf } from '../../src/read/shard.js'
import { mergeOutputs } from '../../src/report/merge.js'

const cli = new URL('../../dist/cli.js', import.meta.url).pathname
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' })

function corpus(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'recount-shard-'))
  for (let i = 0; i < n; i++) {
    mkdirSync(join(dir, `d${i % 3}`), { recursive: true })
    writeFileSync(join(dir, `d${i % 3}`, `r${i}.md`), `# R${i}\n\n- Health: ${i % 7}/8 → 7/8 (+350%)\n`)
  }
  return dir
}

describe('--shard i/n', () => {
  test('parses i/n and says what is wrong otherwise', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 })
    expect(parseShard('0/4')).toBe('expected 1 ≤ i ≤ n in i/n, got "0/4"')
    expect(parseShard('5/4')).toBe('expected 1 ≤ i ≤ n in i/n, got "5/4"')
    expect(parseShard('two')).toBe('expected i/n, such as 1/4, got "two"')
  })

  test('a file stays in its shard when other files come and go', () => {
    expect(shardOf('reports/q3.md', 4)).toBe(shardOf('reports/q3.md', 4))
    const counts = [0, 0, 0, 0]
    for (let i = 0; i < 400; i++) counts[shardOf(`reports/r${i}.md`, 4)]!++
    expect(Math.min(...counts)).toBeGreaterThan(60)
  })

  test('the shards split the files with nothing lost or twice, and their JSON merges to the whole', () => {
    const dir = corpus(30)
    const whole = JSON.parse(run(['--format', 'json', '--fail-on', 'never', '.'], dir).stdout)
    const parts = [1, 2, 3].map((i) => run(['--format', 'json', '--fail-on', 'never', '--shard', `${i}/3`, '.'], dir).stdout)
    const files = parts.flatMap((p) => JSON.parse(p).findings.map((f: { file: string }) => f.file))
    expect(new Set(files).size).toBe(files.length)
    const merged = JSON.parse(mergeOutputs(parts.map((text, i) => ({ file: `shard${i + 1}.json`, text }))))
    expect(merged).toEqual(whole)
  })

  test('recount merge combines SARIF logs into one run and refuses mixed or foreign files', () => {
    const sarif = (results: unknown[]) => JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'recount', rules: [] } }, results }] })
    const dir = mkdtempSync(join(tmpdir(), 'recount-merge-'))
    writeFileSync(join(dir, 'a.sarif'), sarif([{ ruleId: 'sum-total' }]))
    writeFileSync(join(dir, 'b.sarif'), sarif([{ ruleId: 'list-count' }, { ruleId: 'ratio-percent' }]))
    writeFileSync(join(dir, 'c.json'), JSON.stringify({ version: 1, files: 1, claims: { found: 1, verified: 1, contradicted: 0, unverifiable: 0 }, findings: [] }))
    writeFileSync(join(dir, 'd.txt'), 'hello')
    const merged = JSON.parse(run(['merge', 'a.sarif', 'b.sarif'], dir).stdout)
    expect(merged.runs).toHaveLength(1)
    expect(merged.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['sum-total', 'list-count', 'ratio-percent'])
    expect(run(['merge', 'a.sarif', 'c.json'], dir).stderr).toBe('recount: merge: the files mix JSON and SARIF (a.sarif: sarif, c.json: json)\n')
    expect(run(['merge', 'd.txt'], dir).stderr).toMatch(/^recount: d\.txt:1:1: invalid JSON: /)
    expect(run(['merge', 'missing.json'], dir)).toMatchObject({ status: 2, stderr: 'recount: missing.json: no such file\n' })
  })

  test('--shard 5/4 is a usage error', () => {
    const result = run(['--shard', '5/4', '.'], tmpdir())
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('recount: --shard: expected 1 ≤ i ≤ n in i/n, got "5/4"')
  })
})
