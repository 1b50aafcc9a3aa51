import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import Ajv from 'ajv'

// Runs the bundled CLI (dist/cli.js) as a user would. `npm test` builds it first (pretest).
const cli = new URL('../dist/cli.js', import.meta.url).pathname
// Jest's workers set FORCE_COLOR=1 when jest runs on a terminal; the CLI honours it, so the runs
// below start without it (and without NO_COLOR) unless a test sets them.
const { FORCE_COLOR: _force, NO_COLOR: _no, ...plainEnv } = process.env
const run = (args: string[], cwd?: string, env: NodeJS.ProcessEnv = {}) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd, env: { ...plainEnv, ...env } })

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'recount-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
  return dir
}

const BAD = '- Health: 2/8 → 7/8 (+350%)\n'

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
  })

  test('a usage error is one line naming the flag and what it takes, with a hint, and exit 2', () => {
    const cases: Array<[string[], string]> = [
      [['--jobs', '0', 'a.md'], '--jobs must be a whole number ≥ 1, not "0"'],
      [['--jobs', '1.5', 'a.md'], '--jobs must be a whole number ≥ 1, not "1.5"'],
      [['--format', 'xml', 'a.md'], '--format must be one of stylish, json, github, claims, sarif, html, not "xml"'],
      [['--format', 'jsno', 'a.md'], '--format must be one of stylish, json, github, claims, sarif, html, not "jsno" (did you mean json?)'],
      [['--fail-on', 'eror', 'a.md'], '--fail-on must be one of error, warning, notice, never, not "eror" (did you mean error?)'],
      [['--max-file-size', 'big', 'a.md'], '--max-file-size must be a number of megabytes > 0, not "big"'],
      [['--formt', 'json', 'a.md'], 'unknown option --formt (did you mean --format?)'],
      [['--frobnicate', 'a.md'], 'unknown option --frobnicate'],
      [['a.md', '--format'], '--format needs a value'],
      [['--cache-location', 'c.json', 'a.md'], '--cache-location is used only with --cache'],
      [[], 'give at least one file, directory or glob']
    ]
    for (const [args, message] of cases) {
      const result = run(args)
      expect(result.status).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).toBe(`recount: ${message}; see recount --help\n`)
    }
    expect(run(['--metrics-format', 'csv', '--metrics', 'x', 'a.md']).stderr).toBe(`recount: --metrics-format must be one of recount, junit, coverage-summary, coverage-final, lcov, k6, autocannon, prometheus, not "csv"; see recount --help\n`)
  })

  test('--version prints the package version', () => {
    expect(execFileSync(process.execPath, [cli, '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/)
  })

  test('help and the version alone (answered without loading the engine) read as they do beside other flags', () => {
    const out = (args: string[]) => execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8' })
    const version = out(['--version'])
    expect(out(['-v'])).toBe(version)
    expect(out(['--no-color', '--version'])).toBe(version)
    const help = out(['--help'])
    expect(help).toMatch(/^Usage: recount /)
    expect(out(['-h'])).toBe(help)
    expect(out(['--help', '--no-color'])).toBe(help)
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

describe('a missing file', () => {
  test('is an error naming it, is not counted among the files checked, and the others are still checked', () => {
    const dir = workspace({ 'bad.md': BAD, 'ok.md': '# Status\n\nHealthy: 7/8 (88%)\n' })
    const stylish = run(['bad.md', 'gone.md', 'ok.md'], dir)
    expect(stylish.status).toBe(2)
    expect(stylish.stdout).toContain('gone.md\n  error  gone.md: no such file or directory\n')
    expect(stylish.stdout).toContain('numeric claims found in 2 files:')
    const json = JSON.parse(run(['--format', 'json', 'bad.md', 'gone.md', 'ok.md'], dir).stdout)
    expect(json.files).toBe(2)
    expect(json.errors).toEqual([{ file: 'gone.md', message: 'gone.md: no such file or directory' }])
    expect(json.findings).toHaveLength(1)
    expect(run(['--claims', 'gone.md', 'ok.md'], dir).stdout).toMatch(/claim in 1 file: /)
  })
})

describe('colour', () => {
  const dir = workspace({ 'bad.md': BAD })
  const coloured = (env: NodeJS.ProcessEnv, args: string[] = []) => run([...args, 'bad.md'], dir, env).stdout.includes('\u001b[')

  test('FORCE_COLOR turns colour on in a pipe; 0 or false turns it off; NO_COLOR turns it off', () => {
    expect(coloured({})).toBe(false)
    expect(coloured({ FORCE_COLOR: '1' })).toBe(true)
    expect(coloured({ FORCE_COLOR: '' })).toBe(true)
    expect(coloured({ FORCE_COLOR: '0' })).toBe(false)
    expect(coloured({ FORCE_COLOR: 'false' })).toBe(false)
    expect(coloured({ NO_COLOR: '1' })).toBe(false)
  })

  test('the flags win over the environment', () => {
    expect(coloured({ FORCE_COLOR: '1' }, ['--no-color'])).toBe(false)
    expect(coloured({ NO_COLOR: '1' }, ['--color'])).toBe(true)
    expect(coloured({}, ['--color'])).toBe(true)
  })

  test('coloured and plain output say the same', () => {
    // eslint-disable-next-line no-control-regex
    expect(run(['bad.md'], dir, { FORCE_COLOR: '1' }).stdout.replace(/\u001b\[\d+m/g, '')).toBe(run(['bad.md'], dir).stdout)
  })
})

describe('--format sarif', () => {
  // The parts of SARIF 2.1.0 that code scanning reads (the OASIS schema is not installed here).
  const sarifShape = {
    type: 'object',
    required: ['version', 'runs'],
    properties: {
      version: { const: '2.1.0' },
      $schema: { type: 'string' },
      runs: {
        type: 'array', minItems: 1, maxItems: 1,
        items: {
          type: 'object', required: ['tool', 'results'],
          properties: {
            tool: { type: 'object', required: ['driver'], properties: { driver: { type: 'object', required: ['name', 'version', 'rules'], properties: { name: { const: 'recount' }, rules: { type: 'array', items: { type: 'object', required: ['id', 'shortDescription', 'help'], properties: { id: { type: 'string' }, defaultConfiguration: { type: 'object', properties: { level: { enum: ['none', 'note', 'warning', 'error'] } } } } } } } } } },
            results: {
              type: 'array',
              items: {
                type: 'object', required: ['ruleId', 'ruleIndex', 'level', 'message', 'locations', 'partialFingerprints'],
                properties: {
                  level: { enum: ['none', 'note', 'warning', 'error'] },
                  message: { type: 'object', required: ['text'], properties: { text: { type: 'string', minLength: 1 } } },
                  locations: { type: 'array', minItems: 1, items: { type: 'object', required: ['physicalLocation'], properties: { physicalLocation: { type: 'object', required: ['artifactLocation', 'region'], properties: { artifactLocation: { type: 'object', required: ['uri'], properties: { uri: { type: 'string', pattern: '^(?![./])' } } }, region: { type: 'object', required: ['startLine', 'startColumn'], properties: { startLine: { type: 'integer', minimum: 1 }, startColumn: { type: 'integer', minimum: 1 } } } } } } } }
                }
              }
            },
            invocations: { type: 'array', items: { type: 'object', required: ['executionSuccessful'], properties: { executionSuccessful: { type: 'boolean' }, toolExecutionNotifications: { type: 'array', items: { type: 'object', required: ['message'], properties: { level: { enum: ['none', 'note', 'warning', 'error'] } } } } } } }
          }
        }
      }
    }
  }
  const validate = new Ajv.default({ strict: false, allErrors: true }).compile(sarifShape)
  type Log = { runs: Array<{ tool: { driver: { rules: Array<{ id: string }> } }; results: Array<{ ruleId: string; ruleIndex: number; level: string; partialFingerprints: Record<string, string>; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }>; invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: Array<{ message: { text: string } }> }> }> }
  const uris = (log: Log) => log.runs[0]!.results.map((r) => `${r.locations[0]!.physicalLocation.artifactLocation.uri}:${r.locations[0]!.physicalLocation.region.startLine}:${r.ruleId}`)

  test('is a valid SARIF 2.1.0 log whose results name their rules, with repository-relative paths', () => {
    const dir = workspace({ '.git/HEAD': 'ref: refs/heads/main\n', 'docs/weekly.md': `# W\n\n${BAD}- Tests: 24 of 45 (60%)\n`, 'docs/notes.md': '<!-- recount-disable-next-line sum-total -->\nNothing here.\n' })
    const result = run(['--format', 'sarif', '--report-unused-disable', './weekly.md', 'notes.md'], join(dir, 'docs'))
    expect(result.status).toBe(1)
    const log = JSON.parse(result.stdout) as Log
    expect(validate(log)).toBe(true)
    expect(validate.errors ?? []).toEqual([])
    const run0 = log.runs[0]!
    expect(uris(log).sort()).toEqual(['docs/notes.md:1:directive', 'docs/weekly.md:3:change-percent', 'docs/weekly.md:4:ratio-percent'])
    for (const r of run0.results) expect(run0.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId)
    expect(run0.results.find((r) => r.ruleId === 'directive')!.level).toBe('warning')
    expect(new Set(run0.results.map((r) => r.partialFingerprints.recountFindingHash)).size).toBe(3)
    expect(run0.invocations[0]!.executionSuccessful).toBe(true)
  })

  test('a file that cannot be read is a tool notification, and the exit code is 2', () => {
    const dir = workspace({ 'bad.md': BAD })
    const result = run(['--format', 'sarif', 'bad.md', 'gone.md'], dir)
    expect(result.status).toBe(2)
    const log = JSON.parse(result.stdout) as Log
    expect(validate(log)).toBe(true)
    expect(log.runs[0]!.results).toHaveLength(1)
    expect(log.runs[0]!.invocations[0]!.executionSuccessful).toBe(false)
    expect(log.runs[0]!.invocations[0]!.toolExecutionNotifications.map((n) => n.message.text)).toEqual(['gone.md: no such file or directory'])
  })

  test('the shards\' logs merge (recount merge) into the results of one unsharded run', () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 12; i++) files[`r${i}.md`] = i % 3 === 0 ? '# Fine\n\nHealthy: 7/8 (88%)\n' : `# R${i}\n\n${BAD}`
    const dir = workspace(files)
    const whole = JSON.parse(run(['--format', 'sarif', '.'], dir).stdout) as Log
    const shards = [1, 2, 3].map((i) => {
      const out = run(['--format', 'sarif', '--shard', `${i}/3`, '.'], dir).stdout
      writeFileSync(join(dir, `s${i}.sarif`), out)
      return JSON.parse(out) as Log
    })
    expect(shards.every((s) => s.runs[0]!.results.length < whole.runs[0]!.results.length)).toBe(true)
    const merge = run(['merge', 's1.sarif', 's2.sarif', 's3.sarif'], dir)
    expect(merge.status).toBe(0)
    const merged = JSON.parse(merge.stdout) as Log
    expect(validate(merged)).toBe(true)
    expect(uris(merged).sort()).toEqual(uris(whole).sort())
    expect(uris(whole)).toHaveLength(8)
    expect(merged.runs[0]!.tool.driver.rules).toEqual(whole.runs[0]!.tool.driver.rules)
    expect(merged.runs[0]!.invocations).toEqual([{ executionSuccessful: true, toolExecutionNotifications: [] }])
  })

  test('merging keeps every shard\'s unreadable files and fails the merged invocation', () => {
    // A bad config below sub/ makes each file there an error, in whichever shard it falls.
    const files: Record<string, string> = { 'sub/.recount.yml': 'rules:\n  sum-total: eror\n' }
    for (let i = 0; i < 8; i++) files[`sub/r${i}.md`] = BAD
    const dir = workspace(files)
    const whole = JSON.parse(run(['--format', 'sarif', '.'], dir).stdout) as Log
    const notes = (log: Log) => log.runs[0]!.invocations[0]!.toolExecutionNotifications.map((n) => n.message.text).sort()
    expect(notes(whole)).toHaveLength(8)
    expect(notes(whole)[0]).toBe('sub/.recount.yml:2:14: rules.sum-total: expected "off" | "notice" | "warning" | "error" (did you mean "error"?)')
    const names = [1, 2].map((i) => {
      const out = run(['--format', 'sarif', '--shard', `${i}/2`, '.'], dir)
      expect(out.status).toBe(2)
      writeFileSync(join(dir, `s${i}.sarif`), out.stdout)
      return `s${i}.sarif`
    })
    expect(names.map((n) => notes(JSON.parse(readFileSync(join(dir, n), 'utf8')) as Log).length).every((n) => n > 0 && n < 8)).toBe(true)
    const merged = JSON.parse(run(['merge', ...names], dir).stdout) as Log
    expect(notes(merged)).toEqual(notes(whole))
    expect(merged.runs[0]!.invocations).toHaveLength(1)
    expect(merged.runs[0]!.invocations[0]!.executionSuccessful).toBe(false)
  })
})

describe('--cache', () => {
  type Meta = { cache: { location: string; reused: number; checked: number } }
  const json = (dir: string, args: string[] = [], cwd = dir) => {
    const result = run(['--format', 'json', '--cache', ...args, '.'], cwd)
    expect(result.stderr).toBe('')
    return JSON.parse(result.stdout) as Meta & Record<string, unknown>
  }
  const counts = (out: Meta) => [out.cache.reused, out.cache.checked]
  const withoutCache = ({ cache: _cache, ...rest }: Meta & Record<string, unknown>) => rest

  test('a second run reuses every unchanged file, and the output is the same as without the cache', () => {
    const dir = workspace({ 'a.md': BAD, 'b.md': '# Fine\n\nHealthy: 7/8 (88%)\n', 'c.md': `---\nrecount:\n  rules:\n    change-percent: warning\n---\n${BAD}` })
    const first = json(dir)
    expect(first.cache.location).toBe('.recountcache')
    expect(counts(first)).toEqual([0, 3])
    expect(existsSync(join(dir, '.recountcache'))).toBe(true)
    const second = json(dir)
    expect(counts(second)).toEqual([3, 0])
    const plain = JSON.parse(run(['--format', 'json', '.'], dir).stdout)
    expect(plain.cache).toBeUndefined()
    expect(withoutCache(second)).toEqual(plain)
    expect(withoutCache(first)).toEqual(plain)
    // Stylish output and exit code too.
    const cachedStylish = run(['--cache', '.'], dir)
    const plainStylish = run(['.'], dir)
    expect(cachedStylish.stdout).toBe(plainStylish.stdout)
    expect(cachedStylish.status).toBe(plainStylish.status)
  })

  test('a changed file, config, metrics file or option is checked again; only what it touches', () => {
    const dir = workspace({ 'a.md': BAD, 'b.md': '- Coverage: 87%\n', 'sub/c.md': BAD, 'coverage-summary.json': '{"total": {"lines": {"total": 100, "covered": 87, "skipped": 0, "pct": 87}}}' })
    const metrics = ['--metrics', 'coverage-summary.json']
    expect(counts(json(dir, metrics))).toEqual([0, 3])
    expect(counts(json(dir, metrics))).toEqual([3, 0])
    // The file's bytes.
    writeFileSync(join(dir, 'a.md'), `${BAD}\n`)
    expect(counts(json(dir, metrics))).toEqual([2, 1])
    // A config file that applies to sub/ only.
    writeFileSync(join(dir, 'sub/.recount.yml'), 'rules:\n  change-percent: notice\n')
    const afterConfig = json(dir, metrics)
    expect(counts(afterConfig)).toEqual([2, 1])
    expect((afterConfig.findings as Array<{ file: string; severity: string }>).find((f) => f.file === './sub/c.md')!.severity).toBe('notice')
    // The metrics in force.
    writeFileSync(join(dir, 'coverage-summary.json'), '{"total": {"lines": {"total": 100, "covered": 80, "skipped": 0, "pct": 80}}}')
    const afterMetrics = json(dir, metrics)
    expect(counts(afterMetrics)).toEqual([0, 3])
    expect((afterMetrics.findings as Array<{ rule: string }>).map((f) => f.rule)).toContain('metric-mismatch')
    // No metrics at all is another context; an option that changes results is too.
    expect(counts(json(dir))).toEqual([0, 3])
    expect(counts(json(dir, ['--report-unused-disable']))).toEqual([0, 3])
    expect(counts(json(dir, ['--report-unused-disable']))).toEqual([3, 0])
  })

  test('--cache-location names the file; node_modules/.cache is the default when node_modules exists', () => {
    const dir = workspace({ 'a.md': BAD, 'node_modules/.keep': '' })
    expect(json(dir).cache.location).toBe('node_modules/.cache/recount/cache.json')
    expect(existsSync(join(dir, 'node_modules/.cache/recount/cache.json'))).toBe(true)
    const custom = json(dir, ['--cache-location', 'tmp/deep/recount.json'])
    expect(custom.cache).toEqual({ location: 'tmp/deep/recount.json', reused: 0, checked: 1 })
    expect(JSON.parse(readFileSync(join(dir, 'tmp/deep/recount.json'), 'utf8')).format).toBe(1)
    expect(json(dir, ['--cache-location', 'tmp/deep/recount.json']).cache.reused).toBe(1)
  })

  test('a corrupt or unreadable cache is ignored with a warning, never failing the run, and replaced', () => {
    const dir = workspace({ 'a.md': BAD, '.recountcache': '{"format": 1, "entries": {"' })
    const expected = run(['--format', 'json', '.'], dir).stdout
    const corrupt = run(['--format', 'json', '--cache', '.'], dir)
    expect(corrupt.status).toBe(1)
    expect(corrupt.stderr).toBe('recount: .recountcache: not a recount cache (corrupt or unknown format); checking every file and writing a new one\n')
    expect(withoutCache(JSON.parse(corrupt.stdout))).toEqual(JSON.parse(expected))
    expect(json(dir).cache.reused).toBe(1)
    // A directory where the file should be: cannot be read or written; the results are unaffected.
    const blocked = workspace({ 'a.md': BAD, '.recountcache/x': '' })
    const result = run(['--format', 'json', '--cache', '.'], blocked)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('recount: .recountcache: the cache could not be read (is a directory); checking every file\n')
    expect(result.stderr).toContain('recount: .recountcache: the cache could not be written')
    expect(withoutCache(JSON.parse(result.stdout))).toEqual(JSON.parse(run(['--format', 'json', '.'], blocked).stdout))
  })

  test('an entry of the wrong shape is dropped with a warning and its file checked again; the others are reused', () => {
    const dir = workspace({ 'a.md': BAD, 'b.md': BAD })
    json(dir)
    const file = join(dir, '.recountcache')
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, { result: { findings: unknown } }> }
    const [first] = Object.keys(stored.entries).sort()
    stored.entries[first!]!.result.findings = [{ rule: 'change-percent' }]
    writeFileSync(file, JSON.stringify(stored))
    const result = run(['--format', 'json', '--cache', '.'], dir)
    expect(result.stderr).toBe('recount: .recountcache: 1 cache entry is not of the expected shape; those files are checked again\n')
    const out = JSON.parse(result.stdout) as Meta & Record<string, unknown>
    expect(counts(out)).toEqual([1, 1])
    expect(withoutCache(out)).toEqual(JSON.parse(run(['--format', 'json', '.'], dir).stdout))
    // Another format of the cache (another recount) is replaced without a word; a wrong shape is not.
    writeFileSync(file, '{"format": 99, "entries": {}}')
    expect(run(['--format', 'json', '--cache', '.'], dir).stderr).toBe('')
    writeFileSync(file, '{"format": 1, "entries": []}')
    expect(run(['--format', 'json', '--cache', '.'], dir).stderr).toContain('not a recount cache')
  })

  test('the parallel path reuses results as the single-process path does, in the same order', () => {
    const files: Record<string, string> = {}
    for (let i = 0; i < 6; i++) files[`r${i}.md`] = i % 2 ? BAD : '# Fine\n'
    const dir = workspace(files)
    expect(counts(json(dir, ['--jobs', '2']))).toEqual([0, 6])
    writeFileSync(join(dir, 'r3.md'), `${BAD}${BAD}`)
    const second = json(dir, ['--jobs', '2'])
    expect(counts(second)).toEqual([5, 1])
    expect(withoutCache(second)).toEqual(JSON.parse(run(['--format', 'json', '--jobs', '1', '.'], dir).stdout))
  })
})

describe('--rule', () => {
  const severityOf = (out: string) => (JSON.parse(out) as { findings: Array<{ file: string; rule: string; severity: string }> }).findings.filter((f) => f.rule === 'change-percent').map((f) => `${f.file} ${f.severity}`)

  test('sets a rule\'s severity over the config file, in every checking process; front matter still wins', () => {
    const dir = workspace({ '.recount.yml': 'rules:\n  change-percent: notice\n', 'a.md': BAD, 'b.md': `---\nrecount:\n  rules:\n    change-percent: off\n---\n${BAD}`, 'c.md': BAD })
    expect(severityOf(run(['--format', 'json', '.'], dir).stdout)).toEqual(['./a.md notice', './c.md notice'])
    for (const jobs of ['1', '2']) {
      const result = run(['--format', 'json', '--jobs', jobs, '--rule', 'change-percent=warning', '.'], dir)
      expect(result.stderr).toBe('')
      expect(severityOf(result.stdout)).toEqual(['./a.md warning', './c.md warning'])
    }
    // The last one for a rule wins; "id:severity" is read too.
    expect(severityOf(run(['--format', 'json', '--rule', 'change-percent=off', '--rule', 'change-percent:error', 'a.md'], dir).stdout)).toEqual(['a.md error'])
    expect(JSON.parse(run(['--rule', 'list-count=off', '--print-config', 'a.md'], dir).stdout).severities).toMatchObject({ 'change-percent': 'notice', 'list-count': 'off' })
  })

  test('a misspelt severity or rule is a one-line usage error naming the one meant', () => {
    expect(run(['--rule', 'sum-total=eror', 'a.md']).stderr).toBe('recount: --rule sum-total: the severity must be one of off, notice, warning, error, not "eror" (did you mean "error"?); see recount --help\n')
    const unknown = run(['--rule', 'sum-totl=error', 'a.md'])
    expect(unknown.status).toBe(2)
    expect(unknown.stderr).toMatch(/^recount: --rule: unknown rule "sum-totl" \(did you mean "sum-total"\?\); expected one of ratio-percent, .*; see recount --help\n$/)
    expect(run(['--rule', 'sum-total', 'a.md']).stderr).toBe('recount: --rule takes id=severity, such as sum-total=warning, not "sum-total"; see recount --help\n')
  })

  test('a different --rule is a different cache key', () => {
    const dir = workspace({ 'a.md': BAD })
    const reused = (args: string[]) => (JSON.parse(run(['--format', 'json', '--cache', ...args, '.'], dir).stdout) as { cache: { reused: number } }).cache.reused
    expect(reused([])).toBe(0)
    expect(reused([])).toBe(1)
    expect(reused(['--rule', 'change-percent=warning'])).toBe(0)
    expect(reused(['--rule', 'change-percent=warning'])).toBe(1)
  })
})
