import module from 'node:module'
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
 * its default of 67,584. At the default, a check of 10 to 200 reports spends much of the second
 * core compiling functions that are optimized on the feedback of their first few calls (about 300
 * compilations for 10 reports, some thrown away again); waiting longer compiles about a third fewer
 * and took 0.89x the time at 10 files, 0.91x at 50 and 200, 0.84x on 702 real documents and 0.97x
 * for one (README, speed). Later V8s (12.4 in Node 22, 13.6 in Node 24) tier up differently, have
 * no such flag and print an error for it, so it is set only up to 11.3.
 */
const INTERRUPT_BUDGET = 200_000

/** V8's flags for recount's own processes on the V8 of `version` (`process.versions.v8`). */
export function v8FlagsFor(version: string): string[] {
  // V8 first runs each regular expression in its interpreter and compiles it to machine code on the
  // second run. The claim readers hold a few hundred expressions, most run more than once per
  // report, so a short run spends much of its time compiling them twice; compiled once, straight to
  // machine code, a check of a 1.9 KB report takes about 0.87x the time (README, speed).
  const flags = ['--no-regexp-tier-up']
  const [major = 0, minor = 0] = version.split('.').map(Number)
  if (major < 11 || (major === 11 && minor <= 3)) flags.push(`--interrupt-budget=${INTERRUPT_BUDGET}`)
  return flags
}

/**
 * Sets V8's flags for this process. They are read whenever code or an expression is compiled, so
 * setting them before any of recount's code loads is enough.
 */
export function setV8Flags(): void {
  for (const flag of v8FlagsFor(process.versions.v8)) setFlagsFromString(flag)
}
