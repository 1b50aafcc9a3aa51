import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { MetricList } from '../build.js'
import { COVERAGE } from '../aliases.js'
import { MetricsError, type Metric } from '../model.js'

const FIELDS = { LF: 'lines found', LH: 'lines hit', FNF: 'functions found', FNH: 'functions hit', BRF: 'branches found', BRH: 'branches hit' } as const
type Field = keyof typeof FIELDS

/** lcov.info, read line by line: the LF/LH, FNF/FNH and BRF/BRH summaries of every record, added up. */
export async function parseLcov(file: string): Promise<Metric[]> {
  const sums: Record<Field, number> = { LF: 0, LH: 0, FNF: 0, FNH: 0, BRF: 0, BRH: 0 }
  let records = 0
  let lineNumber = 0
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity })
  for await (const raw of lines) {
    lineNumber++
    const line = raw.trim()
    if (line === 'end_of_record') records++
    const match = /^([A-Z]+):(.*)$/.exec(line)
    if (!match || !(match[1] as string in FIELDS)) continue
    const value = Number(match[2])
    if (!Number.isInteger(value) || value < 0) throw new MetricsError(file, String(lineNumber), `${match[1]}: expected a whole number, got "${match[2]}"`)
    sums[match[1] as Field] += value
  }
  if (records === 0) throw new MetricsError(file, null, 'not an lcov file: no end_of_record')
  const list = new MetricList(file)
  const kinds = [['lines', 'LF', 'LH'], ['functions', 'FNF', 'FNH'], ['branches', 'BRF', 'BRH']] as const
  for (const [kind, found, hit] of kinds) {
    if (sums[hit] > sums[found]) throw new MetricsError(file, null, `${hit} (${sums[hit]}) exceeds ${found} (${sums[found]})`)
    list.count(`${kind} total`, [], `Σ ${found}`, sums[found])
    list.count(`${kind} covered`, [`${kind} covered`, `covered ${kind}`], `Σ ${hit}`, sums[hit])
    if (sums[found] > 0) list.percent(`${kind} coverage`, COVERAGE[kind], `Σ ${hit} / Σ ${found}`, (sums[hit] / sums[found]) * 100)
  }
  return list.metrics
}
