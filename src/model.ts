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

/** One claim as read and judged, for `--format claims`. */
export interface ClaimView {
  line: number
  column: number
  /** Where the text the claim was read at ends (the stated number or word, exclusive). */
  endLine: number
  endColumn: number
  kind: string
  /** The rule that verified it; absent when no enabled rule checks claims of this kind. */
  rule?: string
  binding: 'tight' | 'structural' | 'inferred' | 'weak'
  about: string
  reading: string
  /** The headings above it, outermost first. */
  section: string[]
  verdict: 'verified' | 'contradicted' | 'unverifiable'
  /** Why it could not be checked, or what contradicts it. */
  detail?: string
  /** The severity of the finding, for a contradicted claim that was reported. */
  severity?: Severity
}

export interface FileResult {
  file: string
  findings: Finding[]
  claims: ClaimCounts
  /** Set when the file could not be read or parsed; the other files are still checked. */
  error?: string
  /** Something a reader should know: the file was skipped (binary, too large, a link outside), or read with replacements. */
  notice?: string
  /** Every claim read, with its verdict (only when asked for: `--format claims`). */
  claimList?: ClaimView[]
  /** SHA-256 (hex) of the bytes that were checked: `--fix` writes only into a file that still holds them. */
  digest?: string
}
