import type { ClaimCounts, FileResult } from '../model.js'

/**
 * A report written as the results come in, one file at a time, so a run over many files never
 * holds them all. `end` writes whatever needs the totals.
 */
export interface ReportWriter {
  add(result: FileResult): void
  end(claims: ClaimCounts, otherErrors: Array<{ file: string; message: string }>): void
}

export type Write = (text: string) => void

/** Runs a writer over results already collected, returning the whole report. */
export function writeAll(makeWriter: (write: Write) => ReportWriter, results: FileResult[], claims: ClaimCounts, otherErrors: Array<{ file: string; message: string }> = []): string {
  let out = ''
  const writer = makeWriter((text) => {
    out += text
  })
  for (const result of results) writer.add(result)
  writer.end(claims, otherErrors)
  return out
}
