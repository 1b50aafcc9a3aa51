import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CheckerPool, CheckerUnavailable } from '../../src/checker-pool.js'
import { streamFileResults } from '../../src/parallel.js'
import { checkFile } from '../../src/check-files.js'
import { ConfigResolver } from '../../src/config/resolve.js'
import { expandPaths } from '../../src/read/files.js'
import type { FileResult } from '../../src/model.js'

const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))
const workerUrl = new URL('../../dist/worker.js', import.meta.url)
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url))
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd })

/** Forty reports: clean ones, contradictory ones and a binary one. */
function mixedWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'recount-parallel-'))
  for (let i = 0; i < 40; i++) {
    const name = join(dir, `report-${String(i).padStart(2, '0')}.md`)
    if (i === 7) writeFileSync(name, Buffer.from([0x89, 0x50, 0x00, 0x01]))
    else if (i % 3 === 0) writeFileSync(name, `# Week ${i}\n\n- Health: 2/8 → 7/8 (+350%)\n- Alerts: 11 (1 P0, 3 P1, 3 P2, 5 P3)\n`)
    else writeFileSync(name, `# Week ${i}\n\nHealthy: 7/8 (88%), ${i} of 40 done.\n`)
  }
  return dir
}

describe('checking in several processes (--jobs)', () => {
  const dir = mixedWorkspace()

  test.each(['stylish', 'json', 'github'])('--jobs 2 prints exactly what --jobs 1 prints (%s)', (format) => {
    const one = run(['--jobs', '1', '--format', format, '.', 'missing.md'], dir)
    const two = run(['--jobs', '2', '--format', format, '.', 'missing.md'], dir)
    expect(one.status).toBe(2) // missing.md cannot be read
    expect(two.status).toBe(one.status)
    expect(two.stdout).toBe(one.stdout)
    expect(two.stderr).toBe(one.stderr)
    expect(one.stdout).toContain('report-39.md')
  })

  test('--fix in several processes corrects every file', () => {
    const fixDir = mkdtempSync(join(tmpdir(), 'recount-parallel-fix-'))
    for (let i = 0; i < 6; i++) writeFileSync(join(fixDir, `r${i}.md`), '- Health: 2/8 → 7/8 (+350%)\n')
    const fixed = run(['--jobs', '2', '--fix', '.'], fixDir)
    expect(fixed.stderr).toContain('6 corrections applied')
    expect(run(['--jobs', '2', '.'], fixDir).status).toBe(0)
  })

  test.each([['0', '--jobs must be a whole number ≥ 1, not "0"'], ['two', '--jobs must be a whole number ≥ 1, not "two"'], ['1.5', '--jobs must be a whole number ≥ 1, not "1.5"']])('--jobs %s is a usage error', (value, message) => {
    const result = run(['--jobs', value, '.'], dir)
    expect(result.status).toBe(2)
    expect(result.stderr).toContain(`recount: ${message}`)
  })

  test('results are yielded while later files are still unread', async () => {
    const lazyDir = mkdtempSync(join(tmpdir(), 'recount-parallel-lazy-'))
    const names = Array.from({ length: 120 }, (_, i) => join(lazyDir, `r${String(i).padStart(3, '0')}.md`))
    for (const name of names) writeFileSync(name, 'Healthy: 7/8 (88%)\n')
    for (const jobs of [1, 2]) {
      const seen: FileResult[] = []
      for await (const result of streamFileResults([lazyDir], { workerUrl, jobs })) {
        // Only a window of files is ever ahead of the one yielded: the last file is read after this.
        if (seen.length === 0) writeFileSync(names[119] as string, 'Healthy: 7/8 (50%)\n')
        seen.push(result)
      }
      expect(seen.map((r) => r.file)).toEqual(names)
      expect(seen[119]?.findings.map((f) => f.stated)).toEqual(['50%'])
      writeFileSync(names[119] as string, 'Healthy: 7/8 (88%)\n')
    }
  })
})

describe('checking in one process, each file read before its turn', () => {
  const CONTRADICTION = '# Week\n\n- Health: 2/8 → 7/8 (+350%)\n'

  test('every file gets the result it gets when checked alone: excluded, too large, binary, clean or not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recount-read-ahead-'))
    writeFileSync(join(dir, '.recount.yml'), 'exclude: ["drafts/**"]\n')
    mkdirSync(join(dir, 'drafts'))
    writeFileSync(join(dir, 'a.md'), CONTRADICTION)
    writeFileSync(join(dir, 'drafts', 'b.md'), CONTRADICTION)
    writeFileSync(join(dir, 'c.md'), CONTRADICTION + 'x'.repeat(400))
    writeFileSync(join(dir, 'd.md'), Buffer.from([0x89, 0x50, 0x00, 0x01]))
    writeFileSync(join(dir, 'e.md'), 'Healthy: 7/8 (88%)\n')
    writeFileSync(join(dir, 'f.md'), CONTRADICTION)
    const options = { maxFileBytes: 300 }
    const alone: FileResult[] = []
    const configs = new ConfigResolver()
    for (const file of (await expandPaths([dir])).files) {
      const result = await checkFile(file, false, { ...options, configs })
      if (result) alone.push(result)
    }
    const streamed: FileResult[] = []
    for await (const result of streamFileResults([dir], { workerUrl, jobs: 1, ...options })) streamed.push(result)
    expect(streamed).toEqual(alone)
    expect(streamed.map((r) => [r.file.slice(dir.length + 1), r.findings.length, r.notice === undefined])).toEqual([
      ['a.md', 1, true], ['c.md', 0, false], ['d.md', 0, false], ['e.md', 0, true], ['f.md', 1, true]
    ])
  })
})

test.each([1, 2])('a configuration with a glob too long for picomatch fails each file it covers, naming its place (%i process)', async (jobs) => {
  const dir = mkdtempSync(join(tmpdir(), 'recount-long-glob-'))
  writeFileSync(join(dir, '.recount.yml'), `exclude: ["${'a'.repeat(70_000)}"]\n`)
  for (const name of ['a.md', 'b.md', 'c.md']) writeFileSync(join(dir, name), '- Health: 2/8 → 7/8 (+350%)\n')
  const results: FileResult[] = []
  const onFallback = (reason: string) => {
    throw new Error(`no checking process started: ${reason}`)
  }
  for await (const result of streamFileResults([dir], { workerUrl, jobs, onFallback })) results.push(result)
  expect(results.map((r) => r.file.slice(dir.length + 1))).toEqual(['a.md', 'b.md', 'c.md'])
  for (const result of results) expect(result.error).toMatch(/\.recount\.yml:1:11: exclude\.0: a glob may be at most 65,536 characters long$/)
})

test('a glob argument longer than picomatch reads is an error for that argument, named, and the others are listed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'recount-long-glob-argument-'))
  writeFileSync(join(dir, 'a.md'), '# A\n')
  const long = `${'x'.repeat(70_000)}*.md`
  const expanded = await expandPaths([long, join(dir, 'a.md')])
  expect(expanded.files).toEqual([join(dir, 'a.md')])
  expect(expanded.errors).toEqual([{ file: `${'x'.repeat(77)}...`, message: expect.stringMatching(/^a glob may be at most 65,536 characters long \(this one is 7\d,\d{3}\), with the directory it is read from$/) }])
})

describe('CheckerPool', () => {
  async function checkAll(pool: CheckerPool, files: string[]): Promise<Array<FileResult | undefined>> {
    try {
      return await Promise.all(files.map((file) => pool.check(file, true)))
    } finally {
      pool.close()
    }
  }

  test('a process that stops fails only the file it was checking; the others are checked by a new one', async () => {
    const files = ['a.md', 'crash-1.md', 'b.md', 'c.md', 'd.md', 'crash-2.md', 'e.md', 'f.md']
    const results = await checkAll(new CheckerPool(2, fixture('checker-that-crashes.mjs'), {}), files)
    expect(results.map((r) => r?.file)).toEqual(files)
    expect(results.filter((r) => r?.error).map((r) => r?.error)).toEqual([
      'crash-1.md: could not be checked: the checking process stopped (exit code 3)',
      'crash-2.md: could not be checked: the checking process stopped (exit code 3)'
    ])
    expect(results.filter((r) => !r?.error).map((r) => r?.claims.verified)).toEqual([1, 1, 1, 1, 1, 1])
  })

  test('processes that cannot start hand every file back, and do not hang', async () => {
    const files = Array.from({ length: 10 }, (_, i) => `r${i}.md`)
    const pool = new CheckerPool(2, fixture('checker-that-cannot-start.mjs'), {})
    const outcomes = await Promise.allSettled(files.map((file) => pool.check(file, true)))
    pool.close()
    for (const outcome of outcomes) {
      expect(outcome.status).toBe('rejected')
      expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(CheckerUnavailable)
      expect((outcome as PromiseRejectedResult).reason.message).toBe('no checking process could be started (Error: the checker cannot load)')
    }
  })

  test('when no process can be started, the files are checked in this process with one warning', async () => {
    const dir = mixedWorkspace()
    const reasons: string[] = []
    const results: FileResult[] = []
    for await (const result of streamFileResults([dir], { workerUrl: new URL('../fixtures/checker-that-cannot-start.mjs', import.meta.url), jobs: 2, onFallback: (reason) => reasons.push(reason) })) results.push(result)
    expect(reasons).toEqual(['no checking process could be started (Error: the checker cannot load)'])
    const inProcess: FileResult[] = []
    for await (const result of streamFileResults([dir], { workerUrl, jobs: 1 })) inProcess.push(result)
    expect(results).toEqual(inProcess)
    expect(results.some((r) => r.findings.length > 0)).toBe(true)
  })
})
