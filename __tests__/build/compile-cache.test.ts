import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Script } from 'node:vm'
import { compiledCodeDirectory, runtimeKey } from '../../src/start/compiled-code-cache.js'
import { v8FlagsFor } from '../../src/start/process-settings.js'
import { HOW_TO_GET_NODE24, NODE24, NODE24_REQUIRED } from '../node24.js'

// The CLI and its checking processes (built by `npm test`'s pretest) run the engine (dist/engine.cjs)
// with V8's compiled code for it kept on disk between runs.
const root = new URL('../..', import.meta.url).pathname

function filesUnder(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)) : []
}

function runCli(node: string, cache: string, args: string[], env: Record<string, string> = {}) {
  const { NODE_DISABLE_COMPILE_CACHE: _, ...inherited } = process.env
  return spawnSync(node, [join(root, 'dist', 'cli.js'), ...args], { encoding: 'utf8', env: { ...inherited, NODE_COMPILE_CACHE: cache, ...env } })
}

function check(node: string, cache: string, args: string[], env: Record<string, string> = {}): string {
  const run = runCli(node, cache, ['--format', 'json', ...args], env)
  expect(run.stderr).toBe('')
  expect(run.status).toBe(1)
  expect(JSON.parse(run.stdout).findings.length).toBeGreaterThan(0)
  return run.stdout
}

const engineCode = (cache: string) => filesUnder(join(cache, 'recount')).sort()
/** The reach (characters of Markdown checked) of the run that wrote a kept file: its bytes 32 to 40. */
const reachOf = (file: string) => readFileSync(file).readDoubleLE(32)

function reports(dir: string) {
  writeFileSync(join(dir, 'empty.md'), '')
  const small = join(dir, 'small.md')
  writeFileSync(small, '# Tests\n\nWe ran 40 tests: 30 passed and 12 failed.\n')
  // More than twice the small report's characters.
  const large = join(dir, 'large.md')
  writeFileSync(large, readdirSync(join(root, 'examples', 'reports')).map((name) => readFileSync(join(root, 'examples', 'reports', name), 'utf8')).join('\n'))
  return { small, large }
}

test('the compiled-code directory is Node compile cache\'s, and NODE_DISABLE_COMPILE_CACHE set to anything turns it off', () => {
  expect(compiledCodeDirectory({ NODE_COMPILE_CACHE: '/some/where' })).toBe(join('/some/where', 'recount'))
  expect(compiledCodeDirectory({})).toBe(join(tmpdir(), 'node-compile-cache', 'recount'))
  expect(compiledCodeDirectory({ NODE_COMPILE_CACHE: '/some/where', NODE_DISABLE_COMPILE_CACHE: '' })).toBeNull()
  expect(compiledCodeDirectory({ NODE_DISABLE_COMPILE_CACHE: '1' })).toBeNull()
})

test('the kept code\'s file is named by the V8 flags recount sets at run time too, not only by Node\'s', () => {
  // V8 refuses code compiled under other flags: a build that only changes those must not share a file.
  const key = runtimeKey().split('\0')
  for (const flag of v8FlagsFor(process.versions.v8)) expect(key).toContain(flag)
  expect(key).toContain(process.version)
  expect(key.slice(0, 3)).toEqual([process.version, process.platform, process.arch])
})

function keepsEngineCode(node: string) {
  const dir = mkdtempSync(join(tmpdir(), 'recount-compile-cache-'))
  const { small, large } = reports(dir)
  const cache = join(dir, 'cache')

  // Help and the version alone do not load the engine, so they keep nothing.
  expect(runCli(node, cache, ['--version']).status).toBe(0)
  expect(engineCode(cache)).toEqual([])

  // The first run that loads it keeps its code, even a run on an empty report (reach 0).
  expect(runCli(node, cache, [join(dir, 'empty.md')]).status).toBe(0)
  const [kept] = engineCode(cache)
  expect(engineCode(cache)).toHaveLength(1)
  expect(reachOf(kept!)).toBe(0)

  // A run that goes further writes it again; the same run again uses it as it is, with the same result.
  const smallResult = check(node, cache, [small])
  const smallReach = readFileSync(small, 'utf8').length
  expect(reachOf(kept!)).toBe(smallReach)
  let before = readFileSync(kept!)
  expect(check(node, cache, [small])).toBe(smallResult)
  expect(readFileSync(kept!).equals(before)).toBe(true)

  // A run on more than twice as much text writes it again; then neither it nor a smaller run does.
  const largeResult = check(node, cache, [large])
  expect(reachOf(kept!)).toBe(readFileSync(large, 'utf8').length)
  before = readFileSync(kept!)
  expect(check(node, cache, [large])).toBe(largeResult)
  expect(check(node, cache, [small])).toBe(smallResult)
  expect(readFileSync(kept!).equals(before)).toBe(true)

  // The checking processes run with other V8 flags, so other compiled code: a file of their own.
  // (Which of them writes it depends on which ends last, so only its presence is certain.)
  const pooled = check(node, cache, ['--jobs', '2', small, large])
  expect(engineCode(cache)).toHaveLength(2)
  expect(check(node, cache, ['--jobs', '2', small, large])).toBe(pooled)

  // Code V8 rejects (compiled from another script, in a sound file claiming a reach no run would
  // pass) is no cache: the check is the same, and the file is written afresh.
  const reach = Buffer.alloc(8)
  reach.writeDoubleLE(1e12)
  const foreign = Buffer.concat([reach, new Script('"another script"').createCachedData()])
  writeFileSync(kept!, Buffer.concat([createHash('sha256').update(foreign).digest(), foreign]))
  expect(check(node, cache, [large])).toBe(largeResult)
  expect(reachOf(kept!)).toBe(readFileSync(large, 'utf8').length)

  // A damaged file (its code changed, its digest not) is no cache either.
  const stored = readFileSync(kept!)
  const damaged = Buffer.concat([stored.subarray(0, 32), Buffer.from(stored.subarray(32).map((byte) => byte ^ 0x5a))])
  writeFileSync(kept!, damaged)
  expect(check(node, cache, [large])).toBe(largeResult)
  const rewritten = readFileSync(kept!)
  expect(rewritten.equals(damaged)).toBe(false)
  expect(createHash('sha256').update(rewritten.subarray(32)).digest().equals(rewritten.subarray(0, 32))).toBe(true)

  // A file or a directory that others can write to is not used.
  chmodSync(kept!, 0o666)
  expect(check(node, cache, [small])).toBe(smallResult)
  expect(reachOf(kept!)).toBe(readFileSync(small, 'utf8').length)
  const shared = join(dir, 'shared')
  mkdirSync(join(shared, 'recount'), { recursive: true })
  chmodSync(join(shared, 'recount'), 0o777)
  expect(check(node, shared, [large])).toBe(largeResult)
  expect(engineCode(shared)).toEqual([])

  // A cache directory that cannot be created (a file stands in its way) only means no cache.
  const blocked = join(dir, 'blocked')
  writeFileSync(blocked, '')
  expect(check(node, blocked, [large])).toBe(largeResult)

  // Turned off: nothing written, same result.
  const off = join(dir, 'off')
  expect(check(node, off, [large], { NODE_DISABLE_COMPILE_CACHE: '1' })).toBe(largeResult)
  expect(filesUnder(off)).toEqual([])
}

test('on the Node running the tests, the CLI keeps the engine\'s compiled code and checks the same with it', () => {
  keepsEngineCode(process.execPath)
})

if (!NODE24 && !NODE24_REQUIRED) {
  test.skip(`the compile caches on Node 24 (no Node 24 binary: ${HOW_TO_GET_NODE24})`, () => {})
} else {
  test('on Node 24, the engine\'s code is kept and the check is the same', () => {
    if (!NODE24) throw new Error(`No Node 24 binary: ${HOW_TO_GET_NODE24}`)
    keepsEngineCode(NODE24)
  })
}
