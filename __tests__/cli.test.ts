import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// Runs the bundled CLI (dist/cli.js) as a user would. `npm test` builds it first (pretest).
const cli = new URL('../dist/cli.js', import.meta.url).pathname
const run = (args: string[], cwd?: string) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd })

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'recount-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

describe('recount CLI', () => {
  test('exit 0 and a claim summary on a clean report', () => {
    const dir = workspace({ 'ok.md': '# Status\n\nHealthy: 7/8 (88%)\n' })
    const result = run(['ok.md'], dir)
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('3 numeric claims found in 1 file: 3 verified, 0 contradicted, 0 could not be checked')
  })

  test('exit 1 and stylish output grouped by file on contradictions', () => {
    const dir = workspace({ 'bad.md': '# Status\n\n- Health: 2/8 → 7/8 (+350%)\n' })
    const result = run(['bad.md'], dir)
    expect(result.status).toBe(1)
    expect(result.stdout.split('\n').slice(0, 2)).toEqual(['bad.md', '  3:22  error  "+350%" does not follow from 2/8 → 7/8: 2 → 7 is +250% (or +62.5 percentage points); 350% is the ratio 3.5×, not the change  change-percent'])
  })

  test('--claims lists every claim with its verdict, the headings above it and why it was not checked', () => {
    const dir = workspace({ 'r.md': '# Week 4\n\n## Health\n\n- Healthy: 7/8 (88%)\n- Tests: 24 of 45 (60%)\n\n## Files (3)\n\n- a\n- b\n' })
    const result = run(['--claims', 'r.md'], dir)
    expect(result.status).toBe(1)
    const lines = result.stdout.split('\n')
    expect(lines[0]).toBe('r.md')
    expect(result.stdout).toContain('5:17  verified  fraction-percent (tight): 7/8 ↔ 88%')
    expect(result.stdout).toContain('about Healthy · under Week 4 › Health · ratio-percent')
    expect(result.stdout).toContain('6:20  contradicted (error)  fraction-percent (tight): 24 of 45 ↔ 60%')
    expect(result.stdout).toContain('"60%" does not match 24 of 45: 24 / 45 = 53.3%')
    expect(result.stdout).toContain('8:11  contradicted (error)  count-items (structural): 3 counted, 2 list items follow')
    expect(result.stdout).toContain('not checked: no metrics file to compare it with (--metrics)')
    expect(lines.at(-3)).toMatch(/^\d+ claims in 1 file: 1 verified, 2 contradicted, \d+ could not be checked$/)
    expect(run(['--format', 'claims', 'r.md'], dir).stdout).toBe(result.stdout)
  })

  test('--format json is the documented shape', () => {
    const dir = workspace({ 'bad.md': '- Health: 2/8 → 7/8 (+350%)\n' })
    const json = JSON.parse(run(['--format', 'json', '.'], dir).stdout)
    expect(json.version).toBe(1)
    expect(json.files).toBe(1)
    expect(json.claims).toEqual({ found: 5, verified: 0, contradicted: 1, unverifiable: 4 })
    expect(json.findings[0]).toMatchObject({ file: './bad.md', line: 1, column: 22, endLine: 1, endColumn: 27, rule: 'change-percent', severity: 'error', stated: '+350%', computed: '+250%', suggestion: '+250%', related: [] })
  })

  test('--format github prints workflow commands', () => {
    const dir = workspace({ 'bad.md': '- Health: 2/8 → 7/8 (+350%)\n' })
    expect(run(['--format', 'github', 'bad.md'], dir).stdout).toMatch(/^::error file=bad\.md,line=1,col=22,endLine=1,endColumn=27,title=recount \(change-percent\)::"\+350%25" does not follow/)
  })

  test('--fail-on never exits 0 even with findings', () => {
    const dir = workspace({ 'bad.md': '- Health: 2/8 → 7/8 (+350%)\n' })
    expect(run(['--fail-on', 'never', 'bad.md'], dir).status).toBe(0)
  })

  test('an unreadable file is an error for that file only; the others are still checked', () => {
    const dir = workspace({ 'bad.md': '- Health: 2/8 → 7/8 (+350%)\n' })
    const result = run(['--format', 'json', 'bad.md', 'missing.md'], dir)
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('recount: missing.md: no such file or directory')
    expect(JSON.parse(result.stdout).findings).toHaveLength(1)
  })

  test('--metrics checks claims against metrics files; a bad one exits 2 but the good ones are used', () => {
    const dir = workspace({
      'r.md': '- Coverage: 87%\n- P95 latency: 156ms\n',
      'coverage-summary.json': '{"total": {"lines": {"total": 1000, "covered": 843, "skipped": 0, "pct": 84.31}}}',
      'broken.xml': '<testsuites tests="3">\n<testsuite>\n</testsuites>\n'
    })
    const good = run(['--format', 'json', '--metrics', 'coverage-summary.json', 'r.md'], dir)
    expect(good.status).toBe(1)
    expect(JSON.parse(good.stdout).findings[0]).toMatchObject({ rule: 'metric-mismatch', line: 1, related: [{ file: 'coverage-summary.json', path: 'total.lines.pct' }] })
    const mixed = run(['--format', 'json', '--metrics', 'broken.xml', '--metrics', '*.json', 'r.md'], dir)
    expect(mixed.status).toBe(2)
    expect(mixed.stderr).toMatch(/^recount: broken\.xml:3:\d+: invalid XML: /m)
    const json = JSON.parse(mixed.stdout)
    expect(json.findings.map((f: { rule: string }) => f.rule)).toEqual(['metric-mismatch'])
    expect(json.errors).toEqual([{ file: 'broken.xml', message: expect.stringMatching(/^broken\.xml:3:\d+: invalid XML: /) }])
    expect(run(['--metrics-format', 'csv', '--metrics', 'x', 'r.md'], dir).stderr).toContain('recount: --metrics-format: Invalid option: expected one of')
  })

  test('usage errors exit 2 and name the flag', () => {
    const result = run(['--format', 'xml', 'a.md'])
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('recount: --format: Invalid option: expected one of "stylish"|"json"|"github"')
    expect(run([]).status).toBe(2)
  })

  test('--version prints the package version', () => {
    expect(execFileSync(process.execPath, [cli, '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })

  test('a reader that stops early (| head) ends the run quietly with 141, as SIGPIPE would', async () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 1500; i++) files[`r${i}.md`] = '- Health: 2/8 → 7/8 (+350%)\n'
    const dir = workspace(files)
    const child = spawn(process.execPath, [cli, '--jobs', '1', '.'], { cwd: dir })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text))
    // Well over a pipe's 64 KB is still to come when the reader goes away.
    child.stdout.once('data', () => child.stdout.destroy())
    const [code] = await once(child, 'close')
    expect(code).toBe(141)
    expect(stderr).toBe('')
  })
})
