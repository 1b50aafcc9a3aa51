// The command-line interface. V8's settings must be in place before the engine's code loads, so this
// small entry sets them and then runs the engine (dist/engine.cjs, kept beside this file); help and
// the version alone are answered here, without it.
import { informationalAnswer } from '../cli-usage.js'
import { loadBundleWithCodeCache } from './compiled-code-cache.js'
import type * as Engine from './engine.js'
import { compileRegexpsOnce } from './process-settings.js'

// A reader that stops early (`recount … | head`) closes the pipe: stop quietly, as a process killed
// by SIGPIPE would (Node ignores that signal, so the write fails with EPIPE instead).
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(141)
})

const answer = informationalAnswer(process.argv.slice(2))
if (answer !== undefined) {
  process.stdout.write(answer + '\n')
} else {
  compileRegexpsOnce()
  const engine = loadBundleWithCodeCache<typeof Engine>(new URL('./engine.cjs', import.meta.url))
  engine.keepCompiledCode(engine.exports.charactersCheckedSoFar)
  engine.exports.runCli()
}
