import { Worker } from 'node:worker_threads'
import { availableParallelism } from 'node:os'
import { stat } from 'node:fs/promises'
import { checkFileList, emptyCounts, sumCounts, type CheckFilesResult } from './check-files.js'
import { expandPaths } from './read/files.js'
import { shardOf, type Shard } from './read/shard.js'
import { ConfigResolver } from './config/resolve.js'
import type { Metric } from './metrics/model.js'
import type { FileResult } from './model.js'

const YOUNG_GENERATION_MB = 192

export interface ParallelOptions {
  metrics?: Metric[]
  configPath?: string
  reportUnusedDisable?: boolean
  /** The bundled worker script (dist/worker.js). */
  workerUrl: URL
  /** Below this many bytes in all, one thread does the work: starting workers costs more. */
  minBytes?: number
  maxFileBytes?: number
  /** Check only this shard of the files (for a CI matrix); errors about the arguments go to shard 1. */
  shard?: Shard
}

/** What a worker is given; everything in it crosses the thread boundary by structured clone. */
export interface WorkerTask {
  files: string[]
  explicit: string[]
  configPath?: string
  metrics?: Metric[]
  reportUnusedDisable?: boolean
  maxFileBytes?: number
}

/**
 * Checks the files named by `paths`, on every core when there is enough to do. Each worker checks
 * its share of files one after another; results come back in the files' order.
 */
export async function checkFilesInParallel(paths: string[], options: ParallelOptions): Promise<CheckFilesResult> {
  const expanded = await expandPaths(paths)
  const { explicit } = expanded
  const shard = options.shard
  const files = shard ? expanded.files.filter((f) => shardOf(f, shard.count) === shard.index - 1) : expanded.files
  const errors = shard && shard.index !== 1 ? [] : expanded.errors
  const results: FileResult[] = errors.map(({ file, message }) => ({ file, findings: [], claims: emptyCounts(), error: `${file}: ${message}` }))
  const sizes = await Promise.all(files.map(async (f) => (await stat(f).catch(() => null))?.size ?? 0))
  const total = sizes.reduce((a, b) => a + b, 0)
  const threads = Math.min(availableParallelism(), 4, files.length)
  if (threads < 2 || total < (options.minBytes ?? 2 * 1024 * 1024)) {
    results.push(...(await checkFileList(files, explicit, { metrics: options.metrics, configs: new ConfigResolver(options.configPath), reportUnusedDisable: options.reportUnusedDisable, maxFileBytes: options.maxFileBytes })))
    return { results, claims: sumCounts(results) }
  }
  // Deal files largest first to the least loaded worker, so the shares take about the same time.
  const order = files.map((file, i) => ({ file, size: sizes[i] as number })).sort((a, b) => b.size - a.size)
  const shares = Array.from({ length: threads }, () => ({ files: [] as string[], bytes: 0 }))
  for (const { file, size } of order) {
    const lightest = shares.reduce((a, b) => (b.bytes < a.bytes ? b : a))
    lightest.files.push(file)
    lightest.bytes += size
  }
  const perWorker = await Promise.all(
    shares.map(
      (share) =>
        new Promise<FileResult[]>((resolve, reject) => {
          const task: WorkerTask = { files: share.files, explicit: share.files.filter((f) => explicit.has(f)), configPath: options.configPath, metrics: options.metrics, reportUnusedDisable: options.reportUnusedDisable, maxFileBytes: options.maxFileBytes }
          // Parsing allocates heavily: a larger young generation means fewer scavenges (about a third
          // less time on the benchmark corpus), and leaves the other core to the other worker.
          const worker = new Worker(options.workerUrl, { workerData: task, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } })
          worker.once('message', resolve)
          worker.once('error', reject)
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`a worker stopped with exit code ${code}`))
          })
        })
    )
  )
  const byFile = new Map(perWorker.flat().map((r) => [r.file, r]))
  for (const file of files) {
    const result = byFile.get(file)
    if (result) results.push(result)
  }
  return { results, claims: sumCounts(results) }
}
