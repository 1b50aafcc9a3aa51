import type { ClaimCounts, FileResult } from '../model.js'

/** The stable machine-readable form (documented in the README; bump `version` on any breaking change). */
export function formatJson(results: FileResult[], claims: ClaimCounts, otherErrors: Array<{ file: string; message: string }> = [], docsBase?: string): string {
  // Each finding links to its rule's page when the docs location is known.
  const findings = results.flatMap((r) => r.findings).map((f) => (docsBase && f.rule !== 'directive' ? { ...f, url: `${docsBase}${f.rule}.md` } : f))
  const errors = [...results.filter((r) => r.error).map((r) => ({ file: r.file, message: r.error as string })), ...otherErrors]
  const notices = results.filter((r) => r.notice).map((r) => ({ file: r.file, message: r.notice as string }))
  return JSON.stringify({ version: 1, files: results.length, claims, findings, errors, notices }, null, 2) + '\n'
}
