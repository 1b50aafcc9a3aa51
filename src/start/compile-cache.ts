import module from 'node:module'

/**
 * On Node 22.1 and later, keeps the bundle's compiled code on disk between runs (in
 * NODE_COMPILE_CACHE, else the system's temporary directory; NODE_DISABLE_COMPILE_CACHE=1 turns it
 * off), so a second run starts without compiling it again. Older Node has no such cache, and a
 * directory that cannot be written only means no cache: neither stops the run.
 */
export function enableCompileCache(): void {
  ;(module as { enableCompileCache?: () => unknown }).enableCompileCache?.()
}
