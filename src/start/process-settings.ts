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
 * V8 first runs each regular expression in its interpreter and compiles it to machine code on the
 * second run. The claim readers hold a few hundred expressions, most run more than once per report,
 * so a short run spends much of its time compiling them twice; compiled once, straight to machine
 * code, a check of a 1.9 KB report takes about 0.87x the time (README, speed). The flag is read
 * whenever an expression is compiled, so setting it before any of recount's code loads is enough.
 */
export function compileRegexpsOnce(): void {
  setFlagsFromString('--no-regexp-tier-up')
}
