// The command-line interface. V8's settings must be in place before the engine's code loads, so this
// small entry sets them and then runs the engine (dist/engine.cjs, kept beside this file); help and
// the version alone are answered here, without it.
import { informationalAnswer } from '../cli-usage.js'
import { loadBundleWithCodeCache } from './compiled-code-cache.js'
import type * as Engine from './engine.js'
import { compileRegexpsOnce, enableCompileCache } from './process-settings.js'

const answer = informationalAnswer(process.argv.slice(2))
if (answer !== undefined) {
  process.stdout.write(answer + '\n')
} else {
  enableCompileCache()
  compileRegexpsOnce()
  const engine = loadBundleWithCodeCache<typeof Engine>(new URL('./engine.cjs', import.meta.url))
  engine.keepCompiledCode(engine.exports.charactersCheckedSoFar)
  engine.exports.runCli()
}
