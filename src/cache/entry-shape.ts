import type { FileResult, Finding } from '../model.js'

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)
const strings = (o: Record<string, unknown>, keys: string[]) => keys.every((k) => typeof o[k] === 'string')
const numbers = (o: Record<string, unknown>, keys: string[]) => keys.every((k) => typeof o[k] === 'number' && Number.isFinite(o[k]))
const SEVERITIES = new Set(['error', 'warning', 'notice'])

function isFinding(v: unknown): v is Finding {
  return isObject(v) && strings(v, ['file', 'rule', 'message', 'stated']) && numbers(v, ['line', 'column', 'endLine', 'endColumn']) && SEVERITIES.has(v.severity as string) && Array.isArray(v.related)
}

/**
 * Whether a cache entry holds a result the report writers can take. A cache file is the user's to
 * edit or break; an entry of another shape is dropped rather than trusted.
 */
export function isCachedEntry(v: unknown): v is { key: string; result: FileResult } {
  if (!isObject(v) || typeof v.key !== 'string' || !isObject(v.result)) return false
  const r = v.result
  return typeof r.file === 'string' && typeof r.digest === 'string' && Array.isArray(r.findings) && r.findings.every(isFinding) && isObject(r.claims) && numbers(r.claims, ['found', 'verified', 'contradicted', 'unverifiable']) && (r.notice === undefined || typeof r.notice === 'string') && r.error === undefined && (r.claimList === undefined || Array.isArray(r.claimList))
}
