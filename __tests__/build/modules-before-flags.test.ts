import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { FakeGitHub } from '../action/fake-github.js'
import { pullRequest, runAction, workspace } from '../action/run-action.js'
import { CHECKER_FLAGS } from '../../src/checker-pool.js'
import { runCliWithRecorder } from '../helpers.js'

// Node keeps compiled code for its own modules, and V8 refuses it once recount has changed V8's flags
// (src/start/process-settings.ts): a Node module first loaded after that is compiled from source. So
// the CLI, its checking processes and the action load what they use before the flags change.
const root = new URL('../..', import.meta.url).pathname
const recorder = join(root, '__tests__', 'fixtures', 'flag-order-recorder.cjs')
const REPORT = '# Tests\n\nThe suite grew from 40 to 50 tests (+30%).\n'

interface ProcessRecord {
  script: string
  setFlags: boolean
  modules: string[]
}

function recorded(log: string): ProcessRecord[] {
  return readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as ProcessRecord)
}

function cli(args: string[]): ProcessRecord[] {
  const { findings, lines } = runCliWithRecorder<ProcessRecord>(recorder, 'RECOUNT_MODULES_AFTER_FLAGS', REPORT, args)
  expect(findings).toBe(2)
  return lines
}

describe('Node modules are loaded before V8’s flags change', () => {
  it('by the CLI checking in one process', () => {
    expect(cli(['--jobs', '1'])).toEqual([{ script: join(root, 'dist', 'cli.js'), setFlags: true, modules: [] }])
  })

  it('by each checking process (the CLI loads the pool’s own modules only when it starts one)', () => {
    const workers = cli(['--jobs', '2']).filter((record) => basename(record.script) === 'worker.js')
    expect(workers).toEqual([
      { script: join(root, 'dist', 'worker.js'), setFlags: true, modules: [] },
      { script: join(root, 'dist', 'worker.js'), setFlags: true, modules: [] }
    ])
  })

  it('by the action on a pull request, the GitHub client included (plain HTTP to the fake GitHub)', async () => {
    const log = join(mkdtempSync(join(tmpdir(), 'recount-modules-')), 'modules.jsonl')
    const gh = new FakeGitHub(pullRequest({ 'a.md': REPORT }))
    await gh.start()
    try {
      const result = await runAction(workspace({ 'a.md': REPORT }), gh, { 'fail-on': 'never' }, { env: { NODE_OPTIONS: `--require ${recorder}`, RECOUNT_MODULES_AFTER_FLAGS: log } })
      expect(result.code).toBe(0)
      expect(gh.reviews.length + gh.issueComments.length).toBeGreaterThan(0)
    } finally {
      await gh.stop()
    }
    expect(recorded(log)).toEqual([{ script: join(root, 'dist', 'index.js'), setFlags: true, modules: [] }])
  })

  it('by the action on a push', async () => {
    const log = join(mkdtempSync(join(tmpdir(), 'recount-modules-')), 'modules.jsonl')
    const result = await runAction(workspace({ 'a.md': REPORT }), null, { 'fail-on': 'never' }, { eventName: 'push', env: { NODE_OPTIONS: `--require ${recorder}`, RECOUNT_MODULES_AFTER_FLAGS: log } })
    expect(result.code).toBe(0)
    expect(result.outputs.findings).toBe('1')
    expect(recorded(log)).toEqual([{ script: join(root, 'dist', 'index.js'), setFlags: true, modules: [] }])
  })
})

describe('the checking processes’ flags leave compiled code usable', () => {
  /** Whether a Node started with `flags` refuses the compiled code a plain Node kept for a script. */
  function refused(flags: string[]): boolean {
    const source = 'function answer() { return 42 }'
    const kept = execFileSync(process.execPath, ['-e', `process.stdout.write(new (require('node:vm').Script)(${JSON.stringify(source)}).createCachedData().toString('base64'))`], { encoding: 'utf8' })
    const read = `const script = new (require('node:vm').Script)(${JSON.stringify(source)}, { cachedData: Buffer.from(process.argv[1], 'base64') }); process.stdout.write(String(script.cachedDataRejected))`
    return execFileSync(process.execPath, [...flags, '-e', read, kept], { encoding: 'utf8' }) === 'true'
  }

  it('code kept without flags is used under the checking processes’ flags (and, showing the check works on this V8, refused under a flag it counts)', () => {
    expect(refused([])).toBe(false)
    expect(refused(CHECKER_FLAGS)).toBe(false)
    expect(refused(['--max-semi-space-size=64'])).toBe(true)
  })
})
