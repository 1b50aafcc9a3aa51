import module, { createRequire } from 'node:module'
import { setFlagsFromString } from 'node:v8'

/**
 * On Node 22.1 and later, keeps the bundle's compiled code on disk between runs (in
 * NODE_COMPILE_CACHE, else the system's temporary directory; NODE_DISABLE_COMPILE_CACHE=1 turns it
 * off), so a second run starts without compiling it again. Older Node has no such cache, and a
 * directory that cannot be written only means no cache: neither stops the run.
 */
export function enableCompileCache(): void {
  ;(module as { enableCompileCache?: () => unknown }).enableCompileCache?.()
}

/**
 * How much a function must run before V8 11.3 (Node 20) has TurboFan optimize it: about three times
 * its default of 67,584. At the default, a check of 10 reports had TurboFan compile about 290
 * functions on the second core, many on the feedback of their first few calls (11 thrown away
 * again); at 200,000 it compiles about half as many (148, 4 thrown away), and checks of 10 to 200
 * reports take about 0.9x the time (README, speed). Later V8s (12.4 in Node 22, 13.6 in Node 24)
 * tier up differently, have no such flag and print an error for it, so it is set only up to 11.3.
 */
const INTERRUPT_BUDGET = 200_000

/**
 * How much bytecode TurboFan may inline into one function it optimizes, in all: 100 instead of V8's
 * 920. The claim readers are large functions calling many small ones, and with V8's limit one
 * optimization took up to 94 ms: a check of 100 reports spent 1.4-1.9 s compiling optimized code (on
 * the second core) for 1.6 s of checking. That core is not free where two checking processes share
 * two cores, and a short run compiles more than the faster code gains back. With the limit, half
 * the compiling; the CLI on 10, 50, 200 and 500 reports took about 0.90x, 0.94x, 0.85x and 0.84x
 * the time, the real documents 0.92x, 2,000 reports 0.93x, one report 0.99x (README, speed).
 */
const INLINED_BYTECODE_CUMULATIVE = 100

/** V8's flags for recount's own processes on the V8 of `version` (`process.versions.v8`). */
export function v8FlagsFor(version: string): string[] {
  // V8 first runs each regular expression in its interpreter and compiles it to machine code on the
  // second run. The claim readers hold a few hundred expressions, most run more than once per
  // report, so a short run spends much of its time compiling them twice; compiled once, straight to
  // machine code, a check of a 1.9 KB report takes about 0.87x the time (README, speed).
  const flags = ['--no-regexp-tier-up', `--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE_CUMULATIVE}`]
  // A version that cannot be read is taken as a newer V8, where the budget would print an error.
  const [, major, minor] = /^(\d+)\.(\d+)\./.exec(version)?.map(Number) ?? []
  if (major !== undefined && minor !== undefined && (major < 11 || (major === 11 && minor <= 3))) flags.push(`--interrupt-budget=${INTERRUPT_BUDGET}`)
  return flags
}

/**
 * Sets V8's flags for this process. They are read whenever code or an expression is compiled, so
 * setting them before the checks run is enough: the CLI and the checking processes set them before
 * the engine loads (its kept code must be read under the flags it was written under), the action
 * after its modules load and before it runs. Node keeps compiled code for its own modules, and V8
 * refuses it once these flags differ from Node's build: a Node module first loaded after this call
 * is compiled from source (13 of them took 25 ms instead of 11 here). So the entries load their
 * imports first, this loads what the runs load later, and the checking processes get no flag on
 * their command line that V8 counts (--single-threaded-gc is not one).
 */
export function setV8Flags(): void {
  loadNodeModulesUsedLater()
  for (const flag of v8FlagsFor(process.versions.v8)) setFlagsFromString(flag)
}

/**
 * The Node modules recount's runs load on first use that their entries have not loaded by now:
 * fs/promises and process (the engine), vm (the action on a pull request loaded it after the flags,
 * through Node's own modules), parseArgs (a part of node:util loaded on first use) and the
 * `navigator` global (Node 21 and later make it on first use; picomatch reads it).
 */
function loadNodeModulesUsedLater(): void {
  const require = createRequire(import.meta.url)
  require('node:fs/promises')
  require('node:process')
  require('node:vm')
  void (require('node:util') as typeof import('node:util')).parseArgs
  void (globalThis as { navigator?: unknown }).navigator
}
