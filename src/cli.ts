import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { sumCounts } from './check-files.js'
import { checkFilesInParallel } from './parallel.js'
import { parseCommand, USAGE, type CliOptions } from './cli-options.js'
import { loadMetrics } from './metrics/load.js'
import { formatStylish } from './report/stylish.js'
import { formatJson } from './report/json.js'
import { formatGithub } from './report/github.js'
import { SEVERITY_RANK } from './model.js'
import { VERSION } from './version.js'
import { ConfigError } from './config/load.js'
import { ConfigResolver } from './config/resolve.js'
import { configForReport } from './config/front-matter.js'
import { STARTER_CONFIG } from './config/starter.js'
import { fixFiles } from './fix/fix-files.js'
import { MergeError, mergeOutputs } from './report/merge.js'

function init(): number {
  if (existsSync('.recount.yml')) {
    process.stderr.write('recount: .recount.yml already exists; not overwriting it\n')
    return 2
  }
  writeFileSync('.recount.yml', STARTER_CONFIG)
  process.stdout.write('Wrote .recount.yml\n')
  return 0
}

function printConfig(file: string, explicit: string | undefined): number {
  const fromFile = new ConfigResolver(explicit).forFile(file)
  const { config, frontMatter } = existsSync(file) ? configForReport(file, readFileSync(file, 'utf8'), fromFile) : { config: fromFile, frontMatter: false }
  const { policy: _policy, ...shown } = config
  process.stdout.write(JSON.stringify({ ...shown, frontMatter }, null, 2) + '\n')
  return 0
}

async function checkCommand(options: CliOptions): Promise<number> {
  const configs = new ConfigResolver(options.config)
  const loaded = await loadMetrics(options.metrics, options.metricsFormat)
  let { results, claims } = await checkFilesInParallel(options.paths, {
    metrics: loaded.metrics, configPath: options.config, reportUnusedDisable: options.reportUnusedDisable, workerUrl: new URL('./worker.js', import.meta.url),
    maxFileBytes: options.maxFileSize * 1024 * 1024,
    shard: options.shard
  })
  const notices: string[] = []
  if (options.fix || options.fixDryRun) {
    const fixed = await fixFiles(results, { dryRun: options.fixDryRun, metrics: loaded.metrics, configs, reportUnusedDisable: options.reportUnusedDisable, writeDiff: (patch) => process.stdout.write(patch) })
    results = fixed.results
    claims = sumCounts(results)
    notices.push(...fixed.notices)
    process.stderr.write(`recount: ${fixed.fixed} correction${fixed.fixed === 1 ? '' : 's'} ${options.fixDryRun ? 'would be applied' : 'applied'}\n`)
  }
  const metricsErrors = loaded.errors.map((e) => ({ file: e.file, message: e.message }))
  // A dry run prints the diff on stdout; the report of what would be left is not mixed into it.
  if (!options.fixDryRun) {
    const output =
      options.format === 'json' ? formatJson(results, claims, metricsErrors, new URL('../docs/rules/', import.meta.url).href) : options.format === 'github' ? formatGithub(results) : formatStylish(results, claims, { color: options.color })
    process.stdout.write(output)
  }
  const unreadable = results.filter((r) => r.error)
  if (options.format !== 'stylish' || options.fixDryRun) for (const r of unreadable) process.stderr.write(`recount: ${r.error}\n`)
  for (const notice of notices) process.stderr.write(`recount: ${notice}\n`)
  if (options.format !== 'stylish' || options.fixDryRun) for (const r of results) if (r.notice) process.stderr.write(`recount: ${r.file}: ${r.notice}\n`)
  // A bad metrics file is reported after the findings: the good files were still used.
  for (const e of loaded.errors) process.stderr.write(`recount: ${e.message}\n`)
  if (unreadable.length > 0 || loaded.errors.length > 0) return 2
  const threshold = SEVERITY_RANK[options.failOn]
  return results.some((r) => r.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold)) ? 1 : 0
}

async function main(): Promise<number> {
  const command = parseCommand(process.argv.slice(2), Boolean(process.stdout.isTTY))
  try {
    switch (command.kind) {
      case 'help':
        process.stdout.write(USAGE + '\n')
        return 0
      case 'version':
        process.stdout.write(VERSION + '\n')
        return 0
      case 'usage-error':
        process.stderr.write(`recount: ${command.message}\n\n${USAGE}\n`)
        return 2
      case 'init':
        return init()
      case 'print-config':
        return printConfig(command.file, command.config)
      case 'merge':
        process.stdout.write(mergeOutputs(command.files.map((file) => ({ file, text: readFileSync(file, 'utf8') }))))
        return 0
      case 'check':
        return await checkCommand(command.options)
    }
  } catch (error) {
    if (error instanceof ConfigError || error instanceof MergeError) {
      process.stderr.write(`recount: ${error.message}\n`)
      return 2
    }
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && command.kind === 'merge') {
      process.stderr.write(`recount: ${(error as NodeJS.ErrnoException).path}: no such file\n`)
      return 2
    }
    throw error
  }
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
