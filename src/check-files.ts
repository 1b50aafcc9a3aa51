import { check } from './index.js'
import { describeIoError, expandPaths, readReport, type ReadReport } from './read/files.js'
import { pathology } from './read/pathology.js'
import type { ClaimCounts, FileResult } from './model.js'
import type { Metric } from './metrics/model.js'
import { isIncluded, type ConfigResolver, type EffectiveConfig } from './config/resolve.js'
import { ConfigError } from './config/load.js'
import { emptyCounts, failedResult, skippedResult, sumCounts } from './file-results.js'

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
  /** Also return every claim read, with its verdict (`--format claims`). */
  listClaims?: boolean
}

export async function checkFiles(paths: string[], options: CheckFilesOptions = {}): Promise<CheckFilesResult> {
  const { files, explicit, errors, skipped } = await expandPaths(paths)
  const results: FileResult[] = errors.map(({ file, message }) => failedResult(file, `${file}: ${message}`))
  for (const { file, notice } of skipped) results.push(skippedResult(file, notice))
  for (const file of files) {
    const result = await checkFile(file, explicit.has(file), options)
    if (result) results.push(result)
  }
  return { results, claims: sumCounts(results) }
}

/**
 * Checks one file. Undefined when its configuration excludes it (and it was not named on the
 * command line); every other outcome, a failure included, is a result for that file alone.
 */
export async function checkFile(file: string, explicit: boolean, options: CheckFilesOptions = {}): Promise<FileResult | undefined> {
  return checkReadFile(await readFileToCheck(file, explicit, options), options)
}

/** A file read and ready to check, or its result when there is nothing to check. */
export type FileToCheck = { file: string; config: EffectiveConfig | undefined; read: Extract<ReadReport, { text: string }> } | { result: FileResult | undefined }

/**
 * The part of checking a file that waits for the disk: its configuration and its text. A file that
 * cannot be read, or whose configuration cannot be, is a result, not an error.
 */
export async function readFileToCheck(file: string, explicit: boolean, options: CheckFilesOptions = {}): Promise<FileToCheck> {
  let config: EffectiveConfig | undefined
  try {
    config = options.configs?.forFile(file)
    if (config && !explicit && !isIncluded(config, file)) return { result: undefined }
  } catch (error) {
    return { result: failedResult(file, (error as Error).message) }
  }
  let read: ReadReport
  try {
    read = await readReport(file, options.maxFileBytes)
  } catch (error) {
    return { result: failedResult(file, `${file}: ${describeIoError(error)}`) }
  }
  if ('skipped' in read) return { result: skippedResult(file, read.skipped) }
  return { file, config, read }
}

/** The part of checking a file that runs on the processor, once it is read. */
export function checkReadFile(toCheck: FileToCheck, options: CheckFilesOptions = {}): FileResult | undefined {
  if ('result' in toCheck) return toCheck.result
  const { file, config, read } = toCheck
  const source = read.text
  const hostile = pathology(source)
  if (hostile) return { file, findings: [], claims: emptyCounts(), notice: hostile }
  try {
    const result = { ...check(source, { file, metrics: options.metrics, config, reportUnusedDisable: options.reportUnusedDisable, listClaims: options.listClaims }), digest: read.digest }
    return read.notice ? { ...result, notice: read.notice } : result
  } catch (error) {
    const message = error instanceof ConfigError ? error.message : `${file}: could not be checked: ${error instanceof Error ? error.message : String(error)}`
    return failedResult(file, message)
  }
}
