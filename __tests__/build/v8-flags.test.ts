import { spawnSync } from 'node:child_process'
import { v8FlagsFor } from '../../src/start/process-settings.js'
import { CHECKER_FLAGS as BENCH_CHECKER_FLAGS, recountV8Flags } from '../../scripts/bench/v8-flags.mjs'
import { CHECKER_FLAGS } from '../../src/checker-pool.js'
import { HOW_TO_GET_NODE24, NODE24, NODE24_REQUIRED } from '../node24.js'

// recount's entries set V8 flags for their own processes; the interrupt budget exists only up to
// V8 11.3 (Node 20), the inlining limit on every V8 at hand, and a V8 prints an error for a flag it
// does not know.
const NODE20_V8 = '11.3.244.8-node.33'
const NODE22_V8 = '12.4.254.21-node.33'
const NODE24_V8 = '13.6.233.17-node.37'

const INLINING = '--max-inlined-bytecode-size-cumulative=100'

test('regular expressions compile once and TurboFan inlines less everywhere; the interrupt budget is raised only up to V8 11.3', () => {
  expect(v8FlagsFor(NODE20_V8)).toEqual(['--no-regexp-tier-up', INLINING, '--interrupt-budget=200000'])
  expect(v8FlagsFor('10.2.154.26-node.36')).toContain('--interrupt-budget=200000')
  expect(v8FlagsFor('11.8.172.17-node.15')).toEqual(['--no-regexp-tier-up', INLINING])
  expect(v8FlagsFor(NODE22_V8)).toEqual(['--no-regexp-tier-up', INLINING])
  expect(v8FlagsFor(NODE24_V8)).toEqual(['--no-regexp-tier-up', INLINING])
  // A version it cannot read is taken as a newer V8, where the budget would print an error on every run.
  for (const unreadable of ['', '11', 'abc', 'v11.3.1']) expect(v8FlagsFor(unreadable)).toEqual(['--no-regexp-tier-up', INLINING])
})

test('the benchmark\'s parse floor runs with the same flags', () => {
  for (const version of [NODE20_V8, '10.2.154.26-node.36', '11.8.172.17-node.15', NODE22_V8, NODE24_V8, process.versions.v8, '', '11', 'abc']) {
    expect(recountV8Flags(version)).toEqual(v8FlagsFor(version))
  }
  expect(BENCH_CHECKER_FLAGS).toEqual(CHECKER_FLAGS)
})

/** The flags recount sets on `node` are all known to it, and the interrupt budget is set wherever that V8 has it. */
function setsWhatItsV8Has(node: string) {
  const version = spawnSync(node, ['-p', 'process.versions.v8'], { encoding: 'utf8' }).stdout.trim()
  const flags = v8FlagsFor(version)
  const run = spawnSync(node, ['-e', `const v8 = require('node:v8'); for (const flag of ${JSON.stringify(flags)}) v8.setFlagsFromString(flag)`], { encoding: 'utf8' })
  expect({ version, stderr: run.stderr, status: run.status }).toEqual({ version, stderr: '', status: 0 })
  // Each flag is one that V8 lists (a "--no-" flag is listed under its positive name).
  const listed = spawnSync(node, ['--v8-options'], { encoding: 'utf8' }).stdout
  for (const flag of flags) {
    const name = flag.replace(/=.*/, '').replace(/^--no-/, '--')
    expect({ version, flag, listed: new RegExp(`^\\s*${name}\\b(?!-)`, 'm').test(listed) }).toEqual({ version, flag, listed: true })
  }
  // (--interrupt-budget-for-feedback-allocation and its like are other flags.)
  const hasBudget = /^\s*--interrupt-budget\b(?!-)/m.test(listed)
  expect({ version, setsBudget: flags.some((flag) => flag.startsWith('--interrupt-budget=')) }).toEqual({ version, setsBudget: hasBudget })
}

test('on this Node, recount sets the flags its V8 has', () => setsWhatItsV8Has(process.execPath))

const node24Test = NODE24 || NODE24_REQUIRED ? test : test.skip
node24Test(`on Node 24, recount sets the flags its V8 has (${NODE24 ? NODE24 : HOW_TO_GET_NODE24})`, () => {
  expect(NODE24).not.toBe('')
  setsWhatItsV8Has(NODE24)
})
