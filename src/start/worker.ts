// A checking process of the CLI's and the action's pool. V8's settings must be in place before the
// engine's code loads, so this small entry sets them and then runs the engine (dist/engine.cjs, kept
// beside this file).
import { loadBundleWithCodeCache } from './compiled-code-cache.js'
import type * as Engine from './engine.js'
import { compileRegexpsOnce } from './process-settings.js'

compileRegexpsOnce()
const engine = loadBundleWithCodeCache<typeof Engine>(new URL('./engine.cjs', import.meta.url))
engine.keepCompiledCode(engine.exports.charactersCheckedSoFar)
engine.exports.serveChecks()
