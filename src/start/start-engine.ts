import { loadBundleWithCodeCache } from './compiled-code-cache.js'
import type * as Engine from './engine.js'
import { setV8Flags } from './process-settings.js'

/**
 * Sets V8's flags, then runs the engine bundle (`bundle`: dist/engine.cjs, found from the calling
 * entry's own file) with its compiled code read from disk and kept again when this run reaches
 * further than the one that wrote it. V8's flags must be in place before the engine's code loads:
 * V8 refuses compiled code kept under other flags.
 */
export function startEngine(bundle: URL): typeof Engine {
  setV8Flags()
  const engine = loadBundleWithCodeCache<typeof Engine>(bundle)
  engine.keepCompiledCode(engine.exports.charactersCheckedSoFar)
  return engine.exports
}
