import { availableParallelism } from 'node:os'
import { stat } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { checkFile, checkReadFile, readFileToCheck, type CheckFilesResult } from './check-files.js'
import { failedResult, skippedResult, sumCounts } from './file-results.js'
import { expandPaths } from './read/files.js'
import { ReadAhead } from './read/read-ahead.js'
import { shardOf, type Shard } from './read/shard.js'
import { configResolver, type RuleSeverities } from './config/rule-overrides.js'
import type { ConfigResolver } from './config/resolve.js'
import type { Metric } from './metrics/model.js'
import type { FileResult } from './model.js'
import type { ConfigSnapshot } from './config/snapshot.js'
import type { ResultReuse } from './cache/result-cache.js'

/** Below this many bytes in all, one process does the work: starting others costs more. */
const PARALLEL_MIN_BYTES = 2 * 1024 * 1024
const MAX_JOBS = 4
/** Results held back at most, waiting for an earlier file to finish, so output keeps the files' order. */
const REORDER_WINDOW = 64
/** Files read ahead of their check in one process, so that most reads are done when their turn comes... */
const READ_AHEAD = 8
/** ...unless the reads started and not yet checked already hold this much text. */
const READ_AHEAD_CHARACTERS = 16 * 1024 * 1024

export interface ParallelOptions {
  metrics?: Metric[]
  configPath?: string
  /** Read config files from this commit instead of the workspace (a pull request's base). */
  configSnapshot?: ConfigSnapshot
  reportUnusedDisable?: boolean
  /** Also return every claim read, with its verdict. */
  listClaims?: boolean
  /** The bundled checking-process script (dist/worker.js). */
  workerUrl: URL
  /** How many processes check files; by default one per core (up to four) when there is enough to do. */
  jobs?: number
  maxFileBytes?: number
  /** Check only this shard of the files (for a CI matrix); errors about the arguments go to shard 1. */
  shard?: Shard
  /** Told once when no checking process could be started and the files are checked in this process instead. */
  onFallback?: (reason: string) => void
  /** Severities from `--rule`, over every config file (a report's front matter still applies over them). */
  rules?: RuleSeverities
  /** Results kept from an earlier run (`--cache`): a file whose result is reused is not checked. */
  cache?: ResultReuse
  /** The caller's resolver for files checked in this process, when it has one already (built from the same options). */
  configs?: ConfigResolver
}

/**
 * Checks the files named by `paths` and yields each file's result as soon as it and every file
 * before it are done, in the files' order. Only a window of results is ever held, so memory does
 * not grow with the number of files.
 */
export async function* streamFileResults(paths: string[], options: ParallelOptions): AsyncGenerator<FileResult> {
  const expanded = await expandPaths(paths)
  const { explicit } = expanded
  const shard = options.shard
  const files = shard ? expanded.files.filter((f) => shardOf(f, shard.count) === shard.index - 1) : expanded.files
  if (!shard || shard.index === 1) {
    for (const { file, message } of expanded.errors) yield failedResult(file, `${file}: ${message}`)
    for (const { file, notice } of expanded.skipped) yield skippedResult(file, notice)
  }
  const jobs = Math.min(options.jobs ?? (await automaticJobs(files)), files.length)
  const checkOptions = { metrics: options.metrics, configs: options.configs ?? configResolver(options.configPath, options.rules, options.configSnapshot), reportUnusedDisable: options.reportUnusedDisable, maxFileBytes: options.maxFileBytes, listClaims: options.listClaims }
  if (jobs < 2) {
    // Files are read a few ahead of their check, so the process waits less for the disk; not with
    // the result cache, which decides file by file whether to read at all.
    const reads = new ReadAhead(
      files.length,
      (i) => readFileToCheck(files[i] as string, explicit.has(files[i] as string), checkOptions),
      options.cache ? 0 : READ_AHEAD,
      (toCheck) => ('read' in toCheck ? toCheck.read.text.length : 0),
      READ_AHEAD_CHARACTERS
    )
    for (let i = 0; i < files.length; i++) {
      const file = files[i] as string
      const cached = await options.cache?.reuse(file, explicit.has(file))
      let result = cached
      if (!cached) {
        const toCheck = await reads.take(i)
        result = checkReadFile(toCheck, checkOptions)
        options.cache?.remember(file, result)
      }
      if (result) yield result
    }
    return
  }
  // Imported here, so that a run checking in one process never loads node:child_process (about 2 ms).
  const { CheckerPool, CheckerUnavailable } = await import('./checker-pool.js')
  const pool = new CheckerPool(jobs, fileURLToPath(options.workerUrl), { configPath: options.configPath, configSnapshot: options.configSnapshot, rules: options.rules, metrics: options.metrics, reportUnusedDisable: options.reportUnusedDisable, maxFileBytes: options.maxFileBytes, listClaims: options.listClaims })
  let fellBack = false
  try {
    const waiting: Array<{ file: string; outcome: Promise<{ result: FileResult | undefined; cached?: true } | { unavailable: string }> }> = []
    let next = 0
    while (next < files.length || waiting.length > 0) {
      while (next < files.length && waiting.length < REORDER_WINDOW) {
        const file = files[next++] as string
        const cached = await options.cache?.reuse(file, explicit.has(file))
        if (cached) {
          waiting.push({ file, outcome: Promise.resolve({ result: cached, cached: true }) })
          continue
        }
        const outcome = pool.check(file, explicit.has(file)).then(
          (result) => ({ result }),
          (error: unknown) => {
            if (error instanceof CheckerUnavailable) return { unavailable: error.message }
            throw error
          }
        )
        waiting.push({ file, outcome })
      }
      const { file, outcome } = waiting.shift() as (typeof waiting)[number]
      const settled = await outcome
      let result: FileResult | undefined
      if ('unavailable' in settled) {
        if (!fellBack) options.onFallback?.(settled.unavailable)
        fellBack = true
        result = await checkFile(file, explicit.has(file), checkOptions)
      } else {
        result = settled.result
      }
      if (!('cached' in settled)) options.cache?.remember(file, result)
      if (result) yield result
    }
  } finally {
    pool.close()
  }
}

/** One process per core, up to four, once the files add up to enough work to pay for starting them. */
async function automaticJobs(files: string[]): Promise<number> {
  let total = 0
  for (const file of files) {
    total += (await stat(file).catch(() => null))?.size ?? 0
    if (total >= PARALLEL_MIN_BYTES) return Math.min(availableParallelism(), MAX_JOBS)
  }
  return 1
}

/** Every file's result at once, for callers that need them all (the action's review and summary). */
export async function checkFilesInParallel(paths: string[], options: ParallelOptions): Promise<CheckFilesResult> {
  const results: FileResult[] = []
  for await (const result of streamFileResults(paths, options)) results.push(result)
  return { results, claims: sumCounts(results) }
}
