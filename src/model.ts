export type Severity = 'error' | 'warning' | 'notice'

export const SEVERITY_RANK: Record<Severity | 'never', number> = { notice: 1, warning: 2, error: 3, never: 99 }

export interface Place {
  line: number
  column: number
}

export interface Finding {
  file: string
  line: number
  column: number
  endLine: number
  endColumn: number
  rule: string
  severity: Severity
  message: string
  /** The text at the finding's place, exactly as written in the file. */
  stated: string
  /** What the numbers beside it give, as a reader would write it. */
  computed?: string
  /** The corrected text for `stated`, when one correction is unambiguous. */
  suggestion?: string
  /** Other places the finding cites: a line in the same file, or a field of a metrics file. */
  related: Array<Place | { file: string; path: string }>
}

export interface ClaimCounts {
  found: number
  verified: number
  contradicted: number
  unverifiable: number
}

export interface FileResult {
  file: string
  findings: Finding[]
  claims: ClaimCounts
  /** Set when the file could not be read or parsed; the other files are still checked. */
  error?: string
  /** Something a reader should know: the file was skipped (binary, too large, a link outside), or read with replacements. */
  notice?: string
}
