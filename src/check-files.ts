import { check } from './index.js'
import { describeIoError, expandPaths, readReport, type ReadReport } from './read/files.js'
import { pathology } from './read/pathology.js'
import type { ClaimCounts, FileResult } from './model.js'
import type { Metric } from './metrics/model.js'
import { isIncluded, type ConfigResolver, type EffectiveConfig } from './config/resolve.js'
import { ConfigError } from './config/load.js'

export interface CheckFilesResult {
  results: FileResult[]
  claims: ClaimCounts
}

/** read → parse → extract → check for every file; a file that fails is reported and the others go on. */
export interface CheckFilesOptions {
  metrics?: Metric[]
  /** Finds each file's configuration; without it, every file gets the defaults. */
  configs?: ConfigResolver
  reportUnusedDisable?: boolean
  /** Files larger than this are skipped with a notice (default 10 MB). */
  maxFileBytes?: number
}

export async function checkFiles(paths: string[], options: CheckFilesOptions = {}): Promise<CheckFilesResult> {
  const { files, explicit, errors } = await expandPaths(paths)
  const results: FileResult[] = errors.map(({ file, message }) => ({ file, findings: [], claims: emptyCounts(), error: `${file}: ${message}` }))
  results.push(...(await checkFileList(files, explicit, options)))
  return { results, claims: sumCounts(results) }
}

/** Checks files one after another, holding only their results: memory does not grow with their size. */
export async function checkFileList(files: string[], explicit: Set<string>, options: CheckFilesOptions = {}): Promise<FileResult[]> {
  const results: FileResult[] = []
  for (const file of files) {
    let config: EffectiveConfig | undefined
    try {
      config = options.configs?.forFile(file)
    } catch (error) {
      results.push({ file, findings: [], claims: emptyCounts(), error: (error as Error).message })
      continue
    }
    if (config && !explicit.has(file) && !isIncluded(config, file)) continue
    let read: ReadReport
    try {
      read = await readReport(file, options.maxFileBytes)
    } catch (error) {
      results.push({ file, findings: [], claims: emptyCounts(), error: `${file}: ${describeIoError(error)}` })
      continue
    }
    if ('skipped' in read) {
      results.push({ file, findings: [], claims: emptyCounts(), notice: read.skipped })
      continue
    }
    const source = read.text
    const hostile = pathology(source)
    if (hostile) {
      results.push({ file, findings: [], claims: emptyCounts(), notice: hostile })
      continue
    }
    try {
      const result = check(source, { file, metrics: options.metrics, config, reportUnusedDisable: options.reportUnusedDisable })
      results.push(read.notice ? { ...result, notice: read.notice } : result)
    } catch (error) {
      const message = error instanceof ConfigError ? error.message : `${file}: could not be checked: ${error instanceof Error ? error.message : String(error)}`
      results.push({ file, findings: [], claims: emptyCounts(), error: message })
    }
  }
  return results
}

export function emptyCounts(): ClaimCounts {
  return { found: 0, verified: 0, contradicted: 0, unverifiable: 0 }
}

export function sumCounts(results: FileResult[]): ClaimCounts {
  const total = emptyCounts()
  for (const r of results) {
    total.found += r.claims.found
    total.verified += r.claims.verified
    total.contradicted += r.claims.contradicted
    total.unverifiable += r.claims.unverifiable
  }
  return total
}
