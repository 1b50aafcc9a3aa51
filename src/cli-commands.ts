// The CLI's commands that read reports, configuration or files: loaded by cli.ts only when one runs,
// so `--version`, `--help` and a usage error start without the checking engine.
import { createWriteStream, existsSync, openSync, readFileSync, writeFileSync } from 'node:fs'
import { finished } from 'node:stream/promises'
import { addCounts, emptyCounts } from './file-results.js'
import { streamFileResults } from './parallel.js'
import type { CliOptions, ParsedCommand } from './cli-options.js'
import { loadMetrics } from './metrics/load.js'
import { StylishWriter } from './report/stylish.js'
import { JsonWriter } from './report/json.js'
import { GithubWriter } from './report/github.js'
import { ClaimsWriter } from './report/claims.js'
import { SarifWriter } from './report/sarif-writer.js'
import { HtmlWriter } from './report/html-writer.js'
import { ResultCache } from './cache/result-cache.js'
import { RULES } from './check/rules/index.js'
import { ChunkedOutput } from './report/output.js'
import type { ReportWriter, Write } from './report/writer.js'
import { SEVERITY_RANK, type FileResult } from './model.js'
import { VERSION } from './version.js'
import { ConfigError } from './config/load.js'
import { configResolver, type RuleSeverities } from './config/rule-overrides.js'
import { configForReport } from './config/front-matter.js'
import { STARTER_CONFIG } from './config/starter.js'
import { fixResult } from './fix/fix-result.js'
import { MergeError, mergeOutputs } from './report/merge.js'
import { jsonLogSafe, logSafe } from './report/log-safe.js'

/** Where the bundled CLI finds its checking-process script and the rule pages, relative to its own file. */
export interface CliPlaces {
  workerUrl: URL
  rulePages: string
}

/** One line on stderr; file names and quoted text in it are escaped (see log-safe.ts). */
const say = (text: string) => process.stderr.write(`recount: ${logSafe(text)}\n`)

function init(): number {
  if (existsSync('.recount.yml')) {
    process.stderr.write('recount: .recount.yml already exists; not overwriting it\n')
    return 2
  }
  writeFileSync('.recount.yml', STARTER_CONFIG)
  process.stdout.write('Wrote .recount.yml\n')
  return 0
}

function printConfig(file: string, explicit: string | undefined, rules: RuleSeverities): number {
  const fromFile = configResolver(explicit, rules).forFile(file)
  const { config, frontMatter } = existsSync(file) ? configForReport(file, readFileSync(file, 'utf8'), fromFile) : { config: fromFile, frontMatter: false }
  const { policy: _policy, severities, source, ...shown } = config
  // Every rule with the severity it reports at: the configured one, else the rule's default.
  const inForce = Object.fromEntries(RULES.map((rule) => [rule.meta.id, severities[rule.meta.id] ?? rule.meta.severity]))
  process.stdout.write(jsonLogSafe(JSON.stringify({ source, severities: inForce, ...shown, frontMatter }, null, 2)) + '\n')
  return 0
}

async function checkCommand(options: CliOptions, places: CliPlaces): Promise<number> {
  const configs = configResolver(options.config, options.rules)
  const loaded = await loadMetrics(options.metrics, options.metricsFormat)
  const target = openOutput(options.output)
  if (!target) return 2
  const output = new ChunkedOutput(target)
  const listClaims = options.format === 'claims' || options.format === 'html'
  const cache = options.cacheLocation === undefined ? undefined : new ResultCache(options.cacheLocation, {
    configs, metrics: loaded.metrics, reportUnusedDisable: options.reportUnusedDisable, listClaims, maxFileBytes: options.maxFileSize * 1024 * 1024, warn: say
  })
  // A dry run prints the diff on stdout; the report of what would be left is not mixed into it.
  const writer = options.fixDryRun ? undefined : reportWriter(options, output.write, places.rulePages, cache)
  const threshold = SEVERITY_RANK[options.failOn]
  const claims = emptyCounts()
  const unreadable: FileResult[] = []
  const noticed: FileResult[] = []
  const fixNotices: string[] = []
  let fixed = 0
  let failing = false
  const results = streamFileResults(options.paths, {
    metrics: loaded.metrics, configPath: options.config, reportUnusedDisable: options.reportUnusedDisable, workerUrl: places.workerUrl,
    jobs: options.jobs,
    onFallback: (reason) => say(`could not start checking processes (${reason}); checking every file in this process`),
    maxFileBytes: options.maxFileSize * 1024 * 1024,
    listClaims,
    shard: options.shard,
    rules: options.rules,
    cache,
    configs
  })
  for await (let result of results) {
    if (options.fix || options.fixDryRun) {
      const outcome = await fixResult(result, { dryRun: options.fixDryRun, metrics: loaded.metrics, configs, reportUnusedDisable: options.reportUnusedDisable, writeDiff: output.write })
      result = outcome.result
      fixed += outcome.fixed
      if (outcome.notice) fixNotices.push(outcome.notice)
    }
    addCounts(claims, result.claims)
    if (result.error) unreadable.push(result)
    if (result.notice) noticed.push(result)
    failing ||= result.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold)
    writer?.add(result)
    await output.flush()
  }
  cache?.save()
  writer?.end(claims, loaded.errors.map((e) => ({ file: e.file, message: e.message })))
  await output.flush(true)
  if (target !== process.stdout) {
    target.end()
    await finished(target)
  }
  if (options.fix || options.fixDryRun) process.stderr.write(`recount: ${fixed} correction${fixed === 1 ? '' : 's'} ${options.fixDryRun ? 'would be applied' : 'applied'}\n`)
  // The stylish report shows unreadable and skipped files itself; the other formats name them on stderr too.
  const onStderr = options.format !== 'stylish' || options.fixDryRun
  if (onStderr) for (const r of unreadable) say(r.error as string)
  for (const notice of fixNotices) say(notice)
  if (onStderr) for (const r of noticed) say(`${r.file}: ${r.notice}`)
  // A bad metrics file is reported after the findings: the good files were still used.
  for (const e of loaded.errors) say(e.message)
  if (unreadable.length > 0 || loaded.errors.length > 0) return 2
  return failing ? 1 : 0
}

/** Where the report goes: stdout, or the --output file (opened now, so a bad path is a one-line error before any checking). */
function openOutput(file: string | undefined): NodeJS.WritableStream | undefined {
  if (file === undefined) return process.stdout
  try {
    return createWriteStream('', { fd: openSync(file, 'w') })
  } catch (error) {
    say(`--output ${file}: cannot write it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
    return undefined
  }
}

function reportWriter(options: CliOptions, write: Write, rulePages: string, cache?: ResultCache): ReportWriter {
  if (options.format === 'json') return new JsonWriter(write, rulePages, cache)
  // Each rule's helpUri is its page in the repository at this version's release tag.
  if (options.format === 'sarif') return new SarifWriter(write, { toolVersion: VERSION, helpUriBase: `https://github.com/recount-dev/recount/blob/v${VERSION}/docs/rules` })
  if (options.format === 'github') return new GithubWriter(write)
  if (options.format === 'claims') return new ClaimsWriter(write, { color: options.color })
  if (options.format === 'html') return new HtmlWriter(write)
  return new StylishWriter(write, { color: options.color })
}

/** Runs every command but help, version and a usage error (answered by cli.ts); returns the exit code. */
export async function runCommand(command: Exclude<ParsedCommand, { kind: 'help' | 'version' | 'usage-error' }>, places: CliPlaces): Promise<number> {
  try {
    switch (command.kind) {
      case 'init':
        return init()
      case 'print-config':
        return printConfig(command.file, command.config, command.rules)
      case 'merge':
        process.stdout.write(jsonLogSafe(mergeOutputs(command.files.map((file) => ({ file, text: readFileSync(file, 'utf8') })))))
        return 0
      case 'check':
        return await checkCommand(command.options, places)
    }
  } catch (error) {
    if (error instanceof ConfigError || error instanceof MergeError) {
      say(error.message)
      return 2
    }
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && command.kind === 'merge') {
      say(`${(error as NodeJS.ErrnoException).path}: no such file`)
      return 2
    }
    throw error
  }
}
