import { checkFiles } from './check-files.js'
import { loadMetrics } from './metrics/load.js'
import { parseCommand, USAGE } from './cli-options.js'
import { formatStylish } from './report/stylish.js'
import { formatJson } from './report/json.js'
import { formatGithub } from './report/github.js'
import { SEVERITY_RANK } from './model.js'
import { VERSION } from './version.js'

async function main(): Promise<number> {
  const command = parseCommand(process.argv.slice(2), Boolean(process.stdout.isTTY))
  if (command.kind === 'help') {
    process.stdout.write(USAGE + '\n')
    return 0
  }
  if (command.kind === 'version') {
    process.stdout.write(VERSION + '\n')
    return 0
  }
  if (command.kind === 'usage-error') {
    process.stderr.write(`recount: ${command.message}\n\n${USAGE}\n`)
    return 2
  }
  const { options } = command
  const loaded = await loadMetrics(options.metrics, options.metricsFormat)
  const { results, claims } = await checkFiles(options.paths, { metrics: loaded.metrics })
  const metricsErrors = loaded.errors.map((e) => ({ file: e.file, message: e.message }))
  const output =
    options.format === 'json' ? formatJson(results, claims, metricsErrors) : options.format === 'github' ? formatGithub(results) : formatStylish(results, claims, { color: options.color })
  process.stdout.write(output)
  const unreadable = results.filter((r) => r.error)
  if (options.format !== 'stylish') for (const r of unreadable) process.stderr.write(`recount: ${r.error}\n`)
  // A bad metrics file is reported after the findings: the good files were still used.
  for (const e of loaded.errors) process.stderr.write(`recount: ${e.message}\n`)
  if (unreadable.length > 0 || loaded.errors.length > 0) return 2
  const threshold = SEVERITY_RANK[options.failOn]
  return results.some((r) => r.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold)) ? 1 : 0
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`recount: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`)
    process.exitCode = 2
  }
)
