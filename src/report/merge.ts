import { mergedCategoryId } from './sarif.js'
import { parseJson } from '../metrics/json-source.js'
import type { ClaimCounts, Finding } from '../model.js'

export class MergeError extends Error {}

interface RecountJson {
  version: 1
  files: number
  claims: ClaimCounts
  findings: Finding[]
  errors?: Array<{ file: string; message: string }>
  notices?: Array<{ file: string; message: string }>
}

interface SarifLog {
  version: '2.1.0'
  $schema?: string
  runs: Array<{ tool: { driver: { name: string } }; results?: unknown[]; automationDetails?: { id?: string }; invocations?: Invocation[] }>
}

interface Invocation {
  executionSuccessful: boolean
  toolExecutionNotifications?: unknown[]
}

/**
 * Merges the JSON or SARIF outputs of the shards of one run (`--shard i/n`) into one document of
 * the same kind. Throws MergeError naming the file when an input is neither, or the kinds differ.
 */
export function mergeOutputs(inputs: Array<{ file: string; text: string }>): string {
  if (inputs.length === 0) throw new MergeError('merge: give the JSON or SARIF files of the shards')
  const parsed = inputs.map(({ file, text }) => {
    let value: unknown
    try {
      value = parseJson(file, text)
    } catch (error) {
      throw new MergeError((error as Error).message)
    }
    const kind = isRecount(value) ? 'json' : isSarif(value) ? 'sarif' : null
    if (!kind) throw new MergeError(`${file}: neither recount --format json output (version 1) nor a SARIF 2.1.0 log`)
    return { file, kind, value }
  })
  const kinds = new Set(parsed.map((p) => p.kind))
  if (kinds.size > 1) throw new MergeError(`merge: the files mix JSON and SARIF (${parsed.map((p) => `${p.file}: ${p.kind}`).join(', ')})`)
  return parsed[0]?.kind === 'json' ? mergeJson(parsed.map((p) => p.value as RecountJson)) : mergeSarif(parsed.map((p) => p.value as SarifLog))
}

function isRecount(value: unknown): value is RecountJson {
  const v = value as Partial<RecountJson> | null
  return !!v && v.version === 1 && Array.isArray(v.findings) && typeof v.claims === 'object'
}

function isSarif(value: unknown): value is SarifLog {
  const v = value as Partial<SarifLog> | null
  return !!v && v.version === '2.1.0' && Array.isArray(v.runs)
}

function mergeJson(outputs: RecountJson[]): string {
  const claims: ClaimCounts = { found: 0, verified: 0, contradicted: 0, unverifiable: 0 }
  for (const o of outputs) for (const key of Object.keys(claims) as Array<keyof ClaimCounts>) claims[key] += o.claims[key] ?? 0
  const findings = outputs.flatMap((o) => o.findings).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule)))
  // The same order of members as `--format json` writes.
  const merged = {
    version: 1,
    findings,
    errors: outputs.flatMap((o) => o.errors ?? []),
    notices: outputs.flatMap((o) => o.notices ?? []),
    files: outputs.reduce((n, o) => n + o.files, 0),
    claims
  }
  return JSON.stringify(merged, null, 2) + '\n'
}

function mergeSarif(logs: SarifLog[]): string {
  const runs = new Map<string, SarifLog['runs'][number]>()
  const categories = new Map<string, Array<string | undefined>>()
  for (const log of logs) {
    for (const run of log.runs) {
      const name = run.tool.driver.name
      const existing = runs.get(name)
      if (existing) {
        existing.results = [...(existing.results ?? []), ...(run.results ?? [])]
        existing.invocations = mergeInvocations(existing.invocations, run.invocations)
      } else runs.set(name, { ...run, results: [...(run.results ?? [])] })
      categories.set(name, [...(categories.get(name) ?? []), run.automationDetails?.id])
    }
  }
  // Shards' logs carry one category each ("recount/shard-2-of-4/"): the merged log is their analysis.
  for (const [name, run] of runs) {
    const id = mergedCategoryId(categories.get(name) ?? [])
    if (id === undefined) delete run.automationDetails
    else run.automationDetails = { id }
  }
  const first = logs[0] as SarifLog
  return JSON.stringify({ ...first, runs: [...runs.values()] }, null, 2) + '\n'
}

/** One invocation for the merged run: successful only if every shard's was, with all their notifications. */
function mergeInvocations(a: Invocation[] | undefined, b: Invocation[] | undefined): Invocation[] | undefined {
  if (!a || !b) return a ?? b
  const all = [...a, ...b]
  const notifications = all.flatMap((i) => i.toolExecutionNotifications ?? [])
  return [{ ...all[0], executionSuccessful: all.every((i) => i.executionSuccessful), ...(notifications.length > 0 || all.some((i) => i.toolExecutionNotifications) ? { toolExecutionNotifications: notifications } : {}) }]
}
