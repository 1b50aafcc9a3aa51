// Results of files not checked, and claim counts added up. checker-pool.ts imports this and is loaded
// lazily, and esbuild wraps every module such a module imports for lazy start-up: this module stays
// a leaf (type imports only) so that the wrapping stays one module.
import type { ClaimCounts, FileResult } from './model.js'

/** A file that could not be checked, with the reason as its error. */
export function failedResult(file: string, error: string): FileResult {
  return { file, findings: [], claims: emptyCounts(), error }
}

/** A file that was not checked, with the reason as its notice. */
export function skippedResult(file: string, notice: string): FileResult {
  return { file, findings: [], claims: emptyCounts(), notice }
}

export function emptyCounts(): ClaimCounts {
  return { found: 0, verified: 0, contradicted: 0, unverifiable: 0 }
}

export function addCounts(total: ClaimCounts, more: ClaimCounts): void {
  total.found += more.found
  total.verified += more.verified
  total.contradicted += more.contradicted
  total.unverifiable += more.unverifiable
}

export function sumCounts(results: FileResult[]): ClaimCounts {
  const total = emptyCounts()
  for (const r of results) addCounts(total, r.claims)
  return total
}
