import type { Document } from 'yaml'
import { parseYaml, yamlValue, YamlLimitError } from '../../config/yaml-limits.js'
import { z } from '../../schema-zod.js'
import type { z as zod } from 'zod'
import { unitInfo } from '../../extract/units.js'
import { trimNumber } from '../../extract/units.js'
import { MetricList } from '../build.js'
import { MetricsError, type Metric } from '../model.js'
import { deepestIssue } from '../../config/zod-issue.js'
import { lineColumnOf } from '../../parse/source-map.js'

const SHARE = /rate|coverage|uptime|availability|pass|success|share|hit/i
const CHANGE = /change|growth|increase|decrease|delta|improvement/i

const Entry = z.union([
  z.number(),
  z.strictObject({
    value: z.number(),
    unit: z.optional(z.string()),
    of: z.optional(z.number().check(z.positive())),
    aliases: z.optional(z.array(z.string().check(z.minLength(1)))),
    target: z.optional(z.boolean())
  })
])

export const RecountMetricsFileSchema = z.strictObject({ metrics: z.record(z.string().check(z.minLength(1)), Entry) })

/** recount's own metrics file, JSON or YAML (YAML is a superset of JSON, so one parser reads both). */
export function parseRecountFile(file: string, text: string): Metric[] {
  let doc: Document
  let value: unknown
  try {
    doc = parseYaml(text)
    const syntax = doc.errors[0]
    if (syntax) throw new MetricsError(file, lineColumnOf(text, syntax.pos[0]), `invalid YAML/JSON: ${syntax.message.split('\n')[0]}`)
    value = yamlValue(doc)
  } catch (error) {
    if (error instanceof YamlLimitError) throw new MetricsError(file, error.offset === null ? null : lineColumnOf(text, error.offset), `refused: ${error.message}`)
    throw error
  }
  const parsed = RecountMetricsFileSchema.safeParse(value)
  if (!parsed.success) {
    const issue = deepestIssue(parsed.error.issues[0] as zod.core.$ZodIssue)
    const node = doc.getIn(issue.path as Array<string | number>, true) as { range?: [number, number, number] } | undefined
    const place = node?.range ? lineColumnOf(text, node.range[0]) : null
    throw new MetricsError(file, place, `${issue.path.join('.') || '(top level)'}: ${issue.message}`)
  }
  const list = new MetricList(file)
  for (const [name, entry] of Object.entries(parsed.data.metrics)) {
    const spoken = name.replace(/[_-]+/g, ' ')
    const path = `metrics.${name}`
    if (typeof entry === 'number') {
      list.add({ name, aliases: [spoken], value: entry, dimension: 'unitless', display: trimNumber(entry, 6), path })
      continue
    }
    const aliases = [spoken, ...(entry.aliases ?? [])]
    if (entry.of !== undefined) {
      if (entry.value < 0 || entry.value > entry.of) throw new MetricsError(file, lineOf(doc, text, [ 'metrics', name, 'value' ]), `${path}.value: ${entry.value} is not between 0 and of (${entry.of})`)
      list.count(name, aliases, `${path}.value`, entry.value)
      list.percent(`${name} share`, aliases, `${path}.value / ${path}.of`, (entry.value / entry.of) * 100)
      continue
    }
    const unit = entry.unit?.trim()
    if (!unit) {
      list.add({ name, aliases, value: entry.value, dimension: 'unitless', display: trimNumber(entry.value, 6), path: `${path}.value`, target: entry.target })
    } else if (unit === '%' && SHARE.test([name, ...aliases].join(' ')) && !CHANGE.test(name)) {
      // A pass rate, coverage or uptime is a share of a whole: above 100% is an error in the file.
      list.percent(name, aliases, `${path}.value`, entry.value)
    } else if (unit === 'ratio') {
      list.rate(name, aliases, `${path}.value`, entry.value)
    } else if (unit === 'count') {
      list.count(name, aliases, `${path}.value`, entry.value)
    } else {
      const info = unitInfo(unit)
      if (!info) throw new MetricsError(file, lineOf(doc, text, ['metrics', name, 'unit']), `${path}.unit: unknown unit "${unit}" (use %, ratio, count, ms, s, min, h, req/s, KB, MB, GB)`)
      list.add({ name, aliases, value: entry.value * info.factor, dimension: info.dimension, display: `${trimNumber(entry.value, 6)}${info.symbol === '%' ? '%' : ` ${info.symbol.trim()}`}`, path: `${path}.value`, target: entry.target })
    }
  }
  return list.metrics
}

function lineOf(doc: Document, text: string, path: string[]): string | null {
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined
  return node?.range ? lineColumnOf(text, node.range[0]) : null
}

