import { createReadStream } from 'node:fs'
import { stat, readFile } from 'node:fs/promises'
import streamObject from 'stream-json/streamers/stream-object.js'
import { MetricList } from '../build.js'
import { COVERAGE } from '../aliases.js'
import { MetricsError, type Metric } from '../model.js'
import { at, parseJson } from '../json-source.js'

const KINDS = ['lines', 'statements', 'functions', 'branches'] as const
type Kind = (typeof KINDS)[number]

/** Istanbul/nyc/jest `coverage-summary.json`: the `total` block. */
export function parseCoverageSummary(file: string, text: string): Metric[] {
  const json = parseJson(file, text)
  if (at(json, 'total') === undefined) throw new MetricsError(file, null, 'not a coverage summary: no "total" block')
  const list = new MetricList(file)
  for (const kind of KINDS) {
    const block = at(json, `total.${kind}`)
    if (block === undefined) continue
    const total = list.count(`${kind} total`, [`${singular(kind)} total`], `total.${kind}.total`, at(json, `total.${kind}.total`))
    const covered = list.count(`${kind} covered`, [`${kind} covered`, `covered ${kind}`], `total.${kind}.covered`, at(json, `total.${kind}.covered`))
    if (covered > total) throw new MetricsError(file, `total.${kind}`, `covered (${covered}) exceeds total (${total})`)
    const pct = at(json, `total.${kind}.pct`)
    // Istanbul writes "Unknown" when nothing was instrumented.
    if (pct !== 'Unknown' && total > 0) list.percent(`${kind} coverage`, COVERAGE[kind], `total.${kind}.pct`, pct)
  }
  return list.metrics
}

interface Tally {
  covered: number
  total: number
}

interface FileCoverage {
  s?: Record<string, number>
  statementMap?: Record<string, { start?: { line?: number } }>
  f?: Record<string, number>
  b?: Record<string, number[]>
}

/**
 * Istanbul `coverage-final.json`, totalled as Istanbul does (a line is covered when a statement
 * starting on it ran). Large files are streamed one source file at a time, so memory stays bounded.
 */
export async function parseCoverageFinal(file: string): Promise<Metric[]> {
  const tallies: Record<Kind, Tally> = { lines: { covered: 0, total: 0 }, statements: { covered: 0, total: 0 }, functions: { covered: 0, total: 0 }, branches: { covered: 0, total: 0 } }
  const addFile = (name: string, entry: FileCoverage) => {
    if (entry === null || typeof entry !== 'object' || typeof entry.s !== 'object') throw new MetricsError(file, name, 'not an Istanbul file coverage entry (no "s" statement counts)')
    const lines = new Map<number, boolean>()
    for (const [id, hits] of Object.entries(entry.s ?? {})) {
      if (typeof hits !== 'number' || hits < 0) throw new MetricsError(file, `${name}.s.${id}`, `expected a hit count, got ${JSON.stringify(hits)}`)
      tallies.statements.total++
      if (hits > 0) tallies.statements.covered++
      const line = entry.statementMap?.[id]?.start?.line
      if (line !== undefined) lines.set(line, (lines.get(line) ?? false) || hits > 0)
    }
    for (const covered of lines.values()) {
      tallies.lines.total++
      if (covered) tallies.lines.covered++
    }
    for (const hits of Object.values(entry.f ?? {})) {
      tallies.functions.total++
      if (hits > 0) tallies.functions.covered++
    }
    for (const branch of Object.values(entry.b ?? {})) {
      for (const hits of branch) {
        tallies.branches.total++
        if (hits > 0) tallies.branches.covered++
      }
    }
  }

  if ((await stat(file)).size < 16 * 1024 * 1024) {
    const json = parseJson(file, await readFile(file, 'utf8'))
    if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new MetricsError(file, null, 'not an Istanbul coverage-final.json: expected an object of files')
    for (const [name, entry] of Object.entries(json)) addFile(name, entry as FileCoverage)
  } else {
    await new Promise<void>((resolve, reject) => {
      const pipeline = createReadStream(file).pipe(streamObject.withParserAsStream())
      pipeline.on('data', ({ key, value }: { key: string; value: FileCoverage }) => {
        try {
          addFile(key, value)
        } catch (e) {
          pipeline.destroy()
          reject(e)
        }
      })
      pipeline.on('end', resolve)
      pipeline.on('error', (e: Error) => reject(e instanceof MetricsError ? e : new MetricsError(file, null, `invalid JSON: ${e.message}`)))
    })
  }

  const list = new MetricList(file)
  for (const kind of KINDS) {
    const { covered, total } = tallies[kind]
    list.count(`${kind} total`, [`${singular(kind)} total`], `Σ ${kind} (computed)`, total)
    list.count(`${kind} covered`, [`${kind} covered`, `covered ${kind}`], `Σ covered ${kind} (computed)`, covered)
    if (total > 0) list.percent(`${kind} coverage`, COVERAGE[kind], `Σ covered ${kind} / Σ ${kind} (computed)`, (covered / total) * 100)
  }
  return list.metrics
}

function singular(kind: Kind): string {
  return kind === 'branches' ? 'branch' : kind.slice(0, -1)
}
