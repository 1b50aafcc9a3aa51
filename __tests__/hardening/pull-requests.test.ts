import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkFile } from '../../src/check-files.js'
import { fixResult } from '../../src/fix/fix-result.js'

// What a pull request can commit, run through the bundled CLI (built by `npm test`'s pretest) in a
// workspace of its own: links out of it, devices, FIFOs, huge files, names that read as commands.
const cli = new URL('../../dist/cli.js', import.meta.url).pathname
const BAD = '- Health: 2/8 → 7/8 (+350%)\n'
const SECRET = 'database_url: postgres://admin:hunter2@db.internal/prod\nOUTSIDE_SECRET=s3cr3t-value\n'

function workspace(files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'recount-pr-'))
  mkdirSync(join(root, '.git'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true })
    writeFileSync(join(root, name), text)
  }
  return root
}

/** A file outside every workspace, holding what must never reach a log. */
function outsideSecret(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'recount-outside-')), 'secrets.env')
  writeFileSync(file, SECRET)
  return file
}

const run = (cwd: string, args: string[]) => {
  const result = spawnSync(process.execPath, [cli, '--jobs', '1', ...args], { cwd, encoding: 'utf8', timeout: 20_000, maxBuffer: 16 * 1024 * 1024 })
  return { code: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr, all: result.stdout + result.stderr }
}

const expectNoSecret = (text: string) => {
  for (const piece of ['database_url', 'hunter2', 'OUTSIDE_SECRET', 's3cr3t']) expect(text).not.toContain(piece)
}

describe('configuration files a pull request commits', () => {
  test('a .recount.yml linked to /dev/zero is refused, and the other files are still checked', () => {
    const root = workspace({ 'a/r.md': BAD, 'b/r.md': BAD })
    symlinkSync('/dev/zero', join(root, 'a/.recount.yml'))
    const { code, signal, stdout } = run(root, ['.'])
    expect(signal).toBeNull()
    expect(code).toBe(2)
    expect(stdout).toContain('a/.recount.yml: not read: a symbolic link to /dev/zero, outside the workspace')
    expect(stdout).toMatch(/b\/r\.md\n\s+1:22\s+error/)
  })

  test('a .recount.yml linked to a file outside the workspace is not read, and nothing of it is shown', () => {
    const root = workspace({ 'r.md': BAD })
    const secret = outsideSecret()
    symlinkSync(secret, join(root, '.recount.yml'))
    const { code, all } = run(root, ['r.md'])
    expect(code).toBe(2)
    expect(all).toContain(`.recount.yml: not read: a symbolic link to ${secret}, outside the workspace`)
    expectNoSecret(all)
  })

  test('a .recount.yml that is a FIFO is refused without waiting on it', () => {
    const root = workspace({ 'r.md': BAD })
    execFileSync('mkfifo', [join(root, '.recount.yml')])
    const { code, signal, all } = run(root, ['r.md'])
    expect(signal).toBeNull()
    expect(code).toBe(2)
    expect(all).toContain('.recount.yml: not read: not a regular file')
  })

  test('--config /dev/zero is refused as not a regular file', () => {
    const root = workspace({ 'r.md': BAD })
    const { code, signal, stderr } = run(root, ['--config', '/dev/zero', 'r.md'])
    expect(signal).toBeNull()
    expect(code).toBe(2)
    expect(stderr).toContain('/dev/zero: not read: not a regular file')
  })

  test('a .recount.yml over 1 MB is refused', () => {
    const root = workspace({ 'r.md': BAD, '.recount.yml': `# ${'x'.repeat(100)}\n`.repeat(11_000) })
    const { code, all } = run(root, ['r.md'])
    expect(code).toBe(2)
    expect(all).toMatch(/\.recount\.yml: not read: 1\.1 MB is over the 1\.0 MB limit/)
  })

  test('a link to a config inside the workspace is read as the config', () => {
    const root = workspace({ 'r.md': BAD, 'shared/recount.yml': 'rules:\n  change-percent: off\n' })
    symlinkSync('shared/recount.yml', join(root, '.recount.yml'))
    const { code, stdout } = run(root, ['r.md'])
    expect(code).toBe(0)
    expect(stdout).not.toContain('error')
  })
})

describe('metrics files a pull request commits', () => {
  test('a metrics file linked outside the workspace is not read; the good one is still used', () => {
    const root = workspace({ 'r.md': '- Uptime: 99.9%\n', 'results/good.yml': 'metrics:\n  uptime: { value: 99.5, unit: "%" }\n' })
    symlinkSync(outsideSecret(), join(root, 'results/env.prom'))
    const { code, all } = run(root, ['--metrics', 'results/*', 'r.md'])
    expect(code).toBe(2)
    expect(all).toContain('results/env.prom: not read: a symbolic link to')
    expect(all).toContain('Uptime')
    expectNoSecret(all)
  })

  test('a metrics directory linked outside the workspace is not read through', () => {
    const root = workspace({ 'r.md': BAD })
    const secret = outsideSecret()
    symlinkSync(join(secret, '..'), join(root, 'results'))
    const { code, all } = run(root, ['--metrics', 'results/secrets.env', 'r.md'])
    expect(code).toBe(2)
    expect(all).toContain('results/secrets.env: not read: a symbolic link to')
    expectNoSecret(all)
  })

  test('/dev/zero as a metrics file is refused, not read', () => {
    const root = workspace({ 'r.md': BAD })
    const { code, signal, all } = run(root, ['--metrics', '/dev/zero', 'r.md'])
    expect(signal).toBeNull()
    expect(code).toBe(2)
    expect(all).toContain('/dev/zero: not read: not a regular file')
  })

  test('a file that is not metrics names the file and the line, not the text', () => {
    const root = workspace({ 'r.md': BAD, 'results/config.prom': '# TYPE up gauge\nup 1\nOUTSIDE_SECRET=s3cr3t-value hunter2\n' })
    const { code, all } = run(root, ['--metrics', 'results/config.prom', 'r.md'])
    expect(code).toBe(2)
    expect(all).toContain('results/config.prom:3: not a Prometheus sample')
    expectNoSecret(all)
  })
})

describe('file names that read as workflow commands', () => {
  const NAMES = ['x\n::error file=forged.md,line=1::forged.md', '::warning::100%0A forged.md', 'cr\r::error::forged.md', 'legacy ##[error]forged.md', '::add-mask::me.md']

  /** The runner takes a line that starts (after blanks) with `::` or holds `##[` as a command. */
  const forged = (log: string) => log.split(/\r\n|\r|\n|\u2028|\u2029/).filter((line) => line.trimStart().startsWith('::') || line.includes('##['))

  test.each(['stylish', 'json', 'claims'])('--format %s and the lines on stderr forge nothing', (format) => {
    const root = workspace(Object.fromEntries(NAMES.map((name) => [name, BAD])))
    // One unreadable file (a FIFO) and one skipped file (binary) so that errors and notices name them too.
    execFileSync('mkfifo', [join(root, '::error::fifo.md')])
    writeFileSync(join(root, '##[error]binary.md'), Buffer.from([0, 1, 2]))
    const { code, stdout, stderr } = run(root, ['--format', format, ...NAMES, '::error::fifo.md', '##[error]binary.md', '--metrics', '::error::missing.json'])
    expect(code).toBe(2)
    expect(forged(stdout)).toEqual([])
    expect(forged(stderr)).toEqual([])
    if (format === 'json') expect(JSON.parse(stdout).findings.map((f: { file: string }) => f.file).sort()).toEqual([...NAMES].sort())
    else expect(stdout).toContain('x\\n:\\:error file=forged.md,line=1:\\:forged.md')
  })

  test('--format github escapes the names in its annotations', () => {
    const root = workspace(Object.fromEntries(NAMES.map((name) => [name, BAD])))
    const { stdout } = run(root, ['--format', 'github', ...NAMES])
    const commands = stdout.trimEnd().split('\n')
    expect(commands).toHaveLength(NAMES.length)
    for (const line of commands) expect(line).toMatch(/^::error file=[^,:]*,line=1,col=22,endLine=1,endColumn=27,title=recount \(change-percent\)::/)
    expect(stdout).toContain('file=x%0A%3A%3Aerror file=forged.md%2Cline=1%3A%3Aforged.md,')
    expect(stdout).toContain('file=%3A%3Awarning%3A%3A100%250A forged.md,')
    expect(stdout).toContain('file=cr%0D%3A%3Aerror%3A%3Aforged.md,')
  })
})

describe('--fix and a file that changed after it was checked', () => {
  test('the file is left alone and named', async () => {
    const root = workspace({ 'r.md': BAD })
    const file = join(root, 'r.md')
    const result = await checkFile(file, true)
    expect(result?.findings.map((f) => f.suggestion)).toEqual(['+250%'])
    const edited = `# Edited meanwhile\n${BAD}`
    writeFileSync(file, edited)
    const outcome = await fixResult(result!, { dryRun: false, writeDiff: () => {} })
    expect(outcome).toMatchObject({ fixed: 0, notice: `${file}: not fixed: the file changed after it was checked; run recount again` })
    expect(readFileSync(file, 'utf8')).toBe(edited)
  })

  test('an unchanged file is fixed', async () => {
    const root = workspace({ 'r.md': BAD })
    const file = join(root, 'r.md')
    const outcome = await fixResult((await checkFile(file, true))!, { dryRun: false, writeDiff: () => {} })
    expect(outcome.fixed).toBe(1)
    expect(readFileSync(file, 'utf8')).toBe(BAD.replace('+350%', '+250%'))
  })
})
