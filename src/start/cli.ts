// The command-line interface: the engine (dist/engine.cjs, kept beside this file), started with V8's
// settings and its compiled code; help and the version alone are answered here, without it.
import { informationalAnswer } from '../cli-usage.js'
import { startEngine } from './start-engine.js'

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
  startEngine(new URL('./engine.cjs', import.meta.url)).runCli()
}
