import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { RULES } from '../src/check/rules/index.js'
import { applyFixes } from '../src/fix/apply.js'
import { check } from '../src/index.js'

const cli = new URL('../dist/cli.js', import.meta.url).pathname
const { FORCE_COLOR: _force, NO_COLOR: _no, ...plainEnv } = process.env
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: plainEnv })

function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'recount-fix-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

const fix = (source: string) => applyFixes(source, check(source).findings).output

describe('applyFixes', () => {
  test('replaces only the stated numbers, keeping emphasis, spacing and the rest byte for byte', () => {
    const source = '# R\n\n- **Health**:  2/8 → 7/8 (**+350%**)   \n- Tests: 24 of 45 (**60%**)\n'
    expect(fix(source)).toBe('# R\n\n- **Health**:  2/8 → 7/8 (**+250%**)   \n- Tests: 24 of 45 (**53%**)\n')
  })

  test('never rewrites a total, a count or a measured value to match the rest', () => {
    const source = '- 11 alerts: 1 P0, 3 P1, 3 P2, 5 P3\n\n## Files (3)\n\n- a\n- b\n'
    expect(check(source).findings.map((f) => [f.rule, f.suggestion])).toEqual([['sum-total', undefined], ['list-count', undefined]])
    expect(fix(source)).toBe(source)
  })

  test('keeps CRLF line endings and a BOM', () => {
    const source = '\uFEFF# R\r\n\r\n- Health: 2/8 → 7/8 (+350%)\r\n- Tests: 24 of 45 (60%)\r\n'
    expect(fix(source)).toBe('\uFEFF# R\r\n\r\n- Health: 2/8 → 7/8 (+250%)\r\n- Tests: 24 of 45 (53%)\r\n')
  })

  test('two findings on one line are both fixed', () => {
    expect(fix('Health: 2/8 → 7/8 (+350%), tests 24 of 45 (60%)\n')).toBe('Health: 2/8 → 7/8 (+250%), tests 24 of 45 (53%)\n')
  })

  test('a second fix changes nothing', () => {
    const once = fix('- Health: 2/8 → 7/8 (+350%)\n- Tests: 24 of 45 (60%)\n- Errors: 1,456 of 18.2M (0.02%)\n')
    expect(fix(once)).toBe(once)
    expect(check(once).findings).toEqual([])
  })

  test('findings without an unambiguous correction are left alone', () => {
    const source = 'Technical debt: 8.2% → 4.8% (-3.4% reduction)\n'
    expect(check(source).findings[0]?.suggestion).toBeUndefined()
    expect(fix(source)).toBe(source)
  })

  test('overlapping corrections are both left for a human', () => {
    const finding = check('- Health: 2/8 → 7/8 (+350%)\n').findings[0]!
    const result = applyFixes('- Health: 2/8 → 7/8 (+350%)\n', [finding, { ...finding, column: finding.column + 1, stated: '350%', suggestion: '300%' }])
    expect(result.applied).toEqual([])
    expect(result.skipped).toHaveLength(2)
  })
})

describe('recount --fix and --fix-dry-run', () => {
  test('--fix rewrites the file, reports what is left, and is idempotent', () => {
    const dir = workspace({ 'r.md': '- Health: 2/8 → 7/8 (+350%)\r\n- Debt: 8.2% → 4.8% (-3.4%)\r\n' })
    const first = run(['--fix', 'r.md'], dir)
    expect(first.stderr).toContain('recount: 1 correction applied')
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toBe('- Health: 2/8 → 7/8 (+250%)\r\n- Debt: 8.2% → 4.8% (-3.4%)\r\n')
    expect(first.stdout).toContain('2:22  warning  "-3.4%" does not follow from 8.2% → 4.8%')
    // What is left is a warning (points written with "%"), which does not fail the default gate.
    expect(first.status).toBe(0)
    const second = run(['--fix', 'r.md'], dir)
    expect(second.stderr).toContain('recount: 0 corrections applied')
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toBe('- Health: 2/8 → 7/8 (+250%)\r\n- Debt: 8.2% → 4.8% (-3.4%)\r\n')
  })

  test('--fix with --report-unused-disable still reports unused directives after fixing', () => {
    const dir = workspace({ 'r.md': '<!-- recount-disable-next-line sum-total -->\n- Health: 2/8 → 7/8 (+350%)\n' })
    const result = run(['--fix', '--report-unused-disable', '--format', 'json', 'r.md'], dir)
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toContain('(+250%)')
    expect(JSON.parse(result.stdout).findings.map((f: { rule: string; message: string }) => [f.rule, f.message])).toEqual([['directive', 'recount-disable-next-line sum-total suppressed nothing']])
  })

  test('--fix-dry-run prints a unified diff and leaves the file alone', () => {
    const source = '# R\n\n- Health: 2/8 → 7/8 (+350%)\n'
    const dir = workspace({ 'r.md': source })
    const result = run(['--fix-dry-run', 'r.md'], dir)
    expect(result.stdout).toContain('--- a/r.md\n+++ b/r.md\n@@ -1,3 +1,3 @@\n # R\n \n-- Health: 2/8 → 7/8 (+350%)\n+- Health: 2/8 → 7/8 (+250%)\n')
    expect(result.status).toBe(0)
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toBe(source)
  })

  test('the dry run\'s diff applies with git apply: a ./ path, an absolute path, and from a subdirectory', () => {
    const outside = mkdtempSync(join(tmpdir(), 'recount-git-'))
    const repo = join(outside, 'repo')
    mkdirSync(repo)
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
    git('init', '-q')
    mkdirSync(join(repo, 'docs/weekly'), { recursive: true })
    const sources = { 'x.md': '# X\n\n- Health: 2/8 → 7/8 (+350%)\n', 'docs/y.md': '# Y\n\n- Tests: 24 of 45 (60%)\n', 'docs/weekly/z.md': '- Debt: 2 → 7 (+350%)\n' }
    for (const [name, text] of Object.entries(sources)) writeFileSync(join(repo, name), text)
    const dryRun = (args: string[], cwd: string) => {
      const result = run(['--fix-dry-run', ...args], cwd)
      expect(result.stderr).toContain('would be applied')
      return result.stdout
    }
    const patches = [
      ['x.md', dryRun(['./x.md'], repo)],
      ['docs/y.md', dryRun([join(repo, 'docs/y.md')], outside)],
      ['docs/weekly/z.md', dryRun(['weekly/z.md'], join(repo, 'docs'))]
    ] as const
    for (const [name, patch] of patches) {
      expect(patch).toContain(`--- a/${name}\n+++ b/${name}\n`)
      writeFileSync(join(outside, `${name.replace(/\//g, '-')}.diff`), patch)
      git('apply', '--check', join(outside, `${name.replace(/\//g, '-')}.diff`))
    }
    for (const [name] of patches) git('apply', join(outside, `${name.replace(/\//g, '-')}.diff`))
    expect(readFileSync(join(repo, 'x.md'), 'utf8')).toBe('# X\n\n- Health: 2/8 → 7/8 (+250%)\n')
    expect(readFileSync(join(repo, 'docs/y.md'), 'utf8')).toBe('# Y\n\n- Tests: 24 of 45 (53%)\n')
    expect(readFileSync(join(repo, 'docs/weekly/z.md'), 'utf8')).toBe('- Debt: 2 → 7 (+250%)\n')
  })

  test('outside a repository the dry run names files from the working directory', () => {
    const dir = workspace({ 'r.md': '- Health: 2/8 → 7/8 (+350%)\n' })
    expect(run(['--fix-dry-run', './r.md'], dir).stdout).toMatch(/^--- a\/r\.md\n\+\+\+ b\/r\.md\n/)
    expect(run(['--fix-dry-run', join(dir, 'r.md')], dir).stdout).toMatch(/^--- a\/r\.md\n/)
  })

  test('a file that is not valid UTF-8 is not rewritten', () => {
    const bytes = Buffer.concat([Buffer.from('- Health: 2/8 → 7/8 (+350%)\n- caf'), Buffer.from([0xe9]), Buffer.from('\n')])
    const dir = workspace({ 'r.md': bytes })
    const result = run(['--fix', 'r.md'], dir)
    expect(result.stderr).toContain('r.md: not fixed: the file is not valid UTF-8')
    expect(readFileSync(join(dir, 'r.md')).equals(bytes)).toBe(true)
  })

  test('--init writes a starter config once; --print-config shows what applies to a file', () => {
    const dir = workspace({ 'r.md': '---\nrecount:\n  tolerance: 0.5\n---\n# R\n' })
    expect(run(['--init'], dir).stdout).toBe('Wrote .recount.yml\n')
    expect(run(['--init'], dir).status).toBe(2)
    const printed = JSON.parse(run(['--print-config', 'r.md'], dir).stdout)
    expect(printed).toMatchObject({ source: '.recount.yml', rounding: 'half-up', tolerance: 0.5, frontMatter: true, codeBlocks: 'auto' })
  })

  test('--init writes the schema line first and only commented-out examples: nothing changes until one is uncommented', () => {
    const dir = workspace({ 'r.md': '# Q3\n\n- p95 latency: 120 ms\n- Response time p95: 180 ms\n' })
    const before = run(['--format', 'json', 'r.md'], dir).stdout
    run(['--init'], dir)
    const written = readFileSync(join(dir, '.recount.yml'), 'utf8')
    expect(written.split('\n')[0]).toBe('# yaml-language-server: $schema=./node_modules/recount/schema/recount.schema.json')
    expect(written.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'))).toEqual([])
    expect(written).toContain('# aliases:\n#   p95_latency: ["response time p95", "p95 response time"]')
    expect(run(['--format', 'json', 'r.md'], dir).stdout).toBe(before)
    const printed = JSON.parse(run(['--print-config', 'r.md'], dir).stdout)
    expect(printed.aliases).toEqual({})
  })

  test('--print-config shows every rule with the severity in force', () => {
    const dir = workspace({ '.recount.yml': 'rules:\n  list-count: warning\n  sum-total: off\n', 'r.md': '---\nrecount:\n  rules:\n    change-percent: notice\n---\n# R\n' })
    const printed = JSON.parse(run(['--print-config', 'r.md'], dir).stdout)
    const expected = Object.fromEntries(RULES.map((r) => [r.meta.id, r.meta.severity]))
    expect(printed.severities).toEqual({ ...expected, 'list-count': 'warning', 'sum-total': 'off', 'change-percent': 'notice' })
    expect(Object.keys(printed.severities)).toEqual(RULES.map((r) => r.meta.id))
    expect(Object.keys(printed).slice(0, 2)).toEqual(['source', 'severities'])
    const defaults = JSON.parse(run(['--print-config', 'elsewhere.md'], workspace({})).stdout).severities
    expect(defaults).toEqual(expected)
  })

  test('a bad --config is exit 2 with the place', () => {
    const dir = workspace({ 'c.yml': 'rules:\n  sum-total: loud\n', 'r.md': '# R\n' })
    const result = run(['--config', 'c.yml', 'r.md'], dir)
    expect(result.status).toBe(2)
    expect(result.stderr).toBe('recount: c.yml:2:14: rules.sum-total: expected "off" | "notice" | "warning" | "error"\n')
  })

  test('--format json carries each finding\'s rule page', () => {
    const dir = workspace({ 'r.md': '- Health: 2/8 → 7/8 (+350%)\n' })
    const json = JSON.parse(run(['--format', 'json', 'r.md'], dir).stdout)
    expect(json.findings[0].url).toMatch(/^file:\/\/.*\/docs\/rules\/change-percent\.md$/)
    expect(readFileSync(new URL(json.findings[0].url), 'utf8')).toMatch(/^# change-percent/)
  })
})
