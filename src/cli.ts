import { existsSync } from 'node:fs'
import { parseCommand } from './cli-options.js'
import { USAGE } from './cli-usage.js'
import { VERSION } from './version.js'
import { logSafe } from './report/log-safe.js'
import { runCommand } from './cli-commands.js'

async function main(): Promise<number> {
  const command = parseCommand(process.argv.slice(2), Boolean(process.stdout.isTTY), process.env, existsSync)
  switch (command.kind) {
    case 'help':
      process.stdout.write(USAGE + '\n')
      return 0
    case 'version':
      process.stdout.write(VERSION + '\n')
      return 0
    case 'usage-error':
      process.stderr.write(`recount: ${logSafe(command.message)}; see recount --help\n`)
      return 2
    default:
      // Found from this file, which the build keeps beside worker.js (dist/engine.cjs).
      return runCommand(command, { workerUrl: new URL('./worker.js', import.meta.url), rulePages: new URL('../docs/rules/', import.meta.url).href })
  }
}

/** Runs the command line in process.argv and sets the exit code (the entry, src/start/cli.ts, handles a closed stdout). */
export function runCli(): void {
  main().then(
    (code) => {
      process.exitCode = code
    },
    (error: unknown) => {
      process.stderr.write(`recount: ${(error instanceof Error ? error.stack ?? error.message : String(error)).split('\n').map(logSafe).join('\n')}\n`)
      process.exitCode = 2
    }
  )
}
