import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { HOW_TO_GET_NODE24, NODE24, NODE24_REQUIRED } from '../node24.js'

// The bundled entries (built by `npm test`'s pretest) turn on Node's compile cache where Node has one (22.1+).
const root = new URL('../..', import.meta.url).pathname
const examples = join(root, 'examples', 'reports')

function filesUnder(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name) : []
}

function runCli(node: string, cache: string, env: Record<string, string> = {}) {
  // Node takes NODE_DISABLE_COMPILE_CACHE set to anything, even empty, as "off".
  const { NODE_DISABLE_COMPILE_CACHE: _, ...inherited } = process.env
  const run = spawnSync(node, [join(root, 'dist', 'cli.js'), '--format', 'json', '--jobs', '2', examples], {
    encoding: 'utf8',
    env: { ...inherited, NODE_COMPILE_CACHE: cache, ...env }
  })
  expect(run.stderr).toBe('')
  expect(run.status).toBe(1)
  return run.stdout
}

test('on the Node running the tests, the CLI checks the same with or without a compile cache', () => {
  const cache = join(mkdtempSync(join(tmpdir(), 'recount-compile-cache-')), 'cache')
  const first = runCli(process.execPath, cache)
  expect(JSON.parse(first).findings.length).toBeGreaterThan(0)
  const [major, minor] = process.versions.node.split('.').map(Number) as [number, number]
  const hasCache = major > 22 || (major === 22 && minor >= 1)
  if (hasCache) expect(filesUnder(cache).length).toBeGreaterThan(0)
  else expect(filesUnder(cache)).toEqual([])
  expect(runCli(process.execPath, cache)).toBe(first)
})

if (!NODE24 && !NODE24_REQUIRED) {
  test.skip(`the compile cache on Node 24 (no Node 24 binary: ${HOW_TO_GET_NODE24})`, () => {})
} else {
  test('on Node 24, the CLI and its checking processes keep compiled code for the next run, unless turned off', () => {
    if (!NODE24) throw new Error(`No Node 24 binary: ${HOW_TO_GET_NODE24}`)
    const dir = mkdtempSync(join(tmpdir(), 'recount-compile-cache-'))
    const cache = join(dir, 'cache')
    const cold = runCli(NODE24, cache)
    const cached = filesUnder(cache)
    // The CLI, its checking process and the chunks they share each have their compiled code kept.
    expect(cached.length).toBeGreaterThanOrEqual(3)
    expect(runCli(NODE24, cache)).toBe(cold)
    const off = join(dir, 'off')
    expect(runCli(NODE24, off, { NODE_DISABLE_COMPILE_CACHE: '1' })).toBe(cold)
    expect(filesUnder(off)).toEqual([])
  })
}
