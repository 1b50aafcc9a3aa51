import { createRequire } from 'node:module'
import { loadBundleWithCodeCache } from './compiled-code-cache.js'
import type * as Engine from './engine.js'
import { setV8Flags } from './process-settings.js'

/**
 * Loads the Node modules the engine uses, sets V8's flags, then runs the engine bundle (`bundle`:
 * dist/engine.cjs, found from the calling entry's own file) with its compiled code read from disk and
 * kept again when this run reaches further than the one that wrote it. V8's flags must be in place
 * before the engine's code loads: V8 refuses compiled code kept under other flags.
 */
export function startEngine(bundle: URL): typeof Engine {
  loadEngineBuiltins()
  setV8Flags()
  const engine = loadBundleWithCodeCache<typeof Engine>(bundle)
  engine.keepCompiledCode(engine.exports.charactersCheckedSoFar)
  return engine.exports
}

/**
 * The Node modules the engine loads in every run that the entries have not loaded yet, loaded before
 * V8's flags change so that Node's compiled code for them is used (see setV8Flags). parseArgs is a
 * part of node:util that Node loads on first use.
 */
function loadEngineBuiltins(): void {
  const require = createRequire(import.meta.url)
  require('node:fs/promises')
  require('node:process')
  void (require('node:util') as typeof import('node:util')).parseArgs
}
