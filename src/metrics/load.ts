import { open, stat } from 'node:fs/promises'
import { glob } from 'tinyglobby'
import { describeIoError, MARKDOWN_EXTENSIONS } from '../read/files.js'
import { MAX_METRICS_BYTES, readGuardedFile, RefusedFile, refusal } from '../read/guarded-file.js'
import { detectFormat } from './detect.js'
import { MetricsError, METRICS_FORMATS, type Metric, type MetricsFormat } from './model.js'
import { parseRecountFile } from './parsers/recount-file.js'
import { parseAutocannon, parseK6 } from './parsers/load-tests.js'

export interface LoadedMetrics {
  metrics: Metric[]
  /** Files that could not be read or parsed, each naming the file and the place. */
  errors: MetricsError[]
}

async function head(file: string): Promise<string> {
  const handle = await open(file, 'r')
  try {
    const buffer = Buffer.alloc(64 * 1024)
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    return buffer.subarray(0, bytesRead).toString('utf8')
  } finally {
    await handle.close()
  }
}

/**
 * recount, coverage-summary, k6 and autocannon files are parsed whole, as one string: larger ones
 * are refused (they are kilobytes in practice; a string cannot pass about 512 MB in V8 at all).
 * JUnit, lcov, Prometheus and large coverage-final files are streamed and have no such limit.
 */
export const MAX_WHOLE_METRICS_BYTES = 64 * 1024 * 1024

async function readWhole(file: string, format: MetricsFormat, limit = MAX_WHOLE_METRICS_BYTES): Promise<string> {
  const { size } = await stat(file)
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)
  if (size > limit) throw new MetricsError(file, null, `refused: ${mb(size)} MB is over the ${mb(limit)} MB limit for a ${format} file, which is read whole`)
  try {
    return readGuardedFile(file, limit).toString('utf8')
  } catch (error) {
    throw error instanceof RefusedFile ? new MetricsError(file, null, `not read: ${error.reason}`) : error
  }
}

export async function parseMetricsFile(file: string, forced?: MetricsFormat): Promise<Metric[]> {
  let start: string
  try {
    // The same rules as reports: a regular file inside the workspace, within a size limit.
    const why = refusal(file, MAX_METRICS_BYTES)
    if (why) throw new MetricsError(file, null, `not read: ${why}`)
    start = await head(file)
  } catch (error) {
    throw error instanceof MetricsError ? error : new MetricsError(file, null, describeIoError(error))
  }
  const format = forced ?? detectFormat(start)
  if (!format) throw new MetricsError(file, null, `unsupported metrics file: expected one of ${METRICS_FORMATS.join(', ')} (use --metrics-format to say which)`)
  switch (format) {
    // The streaming parsers (XML, JSON, and lines through node:readline) load only when a file needs
    // them, not on a plain check.
    case 'junit':
      return (await import('./parsers/junit.js')).parseJunit(file)
    case 'coverage-final':
      return (await import('./parsers/coverage.js')).parseCoverageFinal(file)
    case 'lcov':
      return (await import('./parsers/lcov.js')).parseLcov(file)
    case 'prometheus':
      return (await import('./parsers/prometheus.js')).parsePrometheus(file)
    default: {
      const text = await readWhole(file, format)
      if (format === 'recount') return parseRecountFile(file, text)
      if (format === 'coverage-summary') return (await import('./parsers/coverage.js')).parseCoverageSummary(file, text)
      if (format === 'k6') return parseK6(file, text)
      return parseAutocannon(file, text)
    }
  }
}

/** Loads every metrics file the paths and globs name; a bad file is an error for that file only. */
export async function loadMetrics(patterns: string[], forced?: MetricsFormat): Promise<LoadedMetrics> {
  const metrics: Metric[] = []
  const errors: MetricsError[] = []
  for (const pattern of patterns) {
    // A glob over a results folder may also match the reports themselves; those are never metrics.
    const files = /[*?{[]/.test(pattern) ? (await glob(pattern)).filter((f) => !MARKDOWN_EXTENSIONS.test(f)).sort() : [pattern]
    if (files.length === 0) errors.push(new MetricsError(pattern, null, 'no metrics file matches this pattern'))
    for (const file of files) {
      try {
        metrics.push(...(await parseMetricsFile(file, forced)))
      } catch (error) {
        errors.push(error instanceof MetricsError ? error : new MetricsError(file, null, (error as Error).message))
      }
    }
  }
  return { metrics, errors }
}
