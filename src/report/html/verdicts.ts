import type { ClaimView, Finding } from '../../model.js'

/** A claim's verdict as the claim map shows it: a contradiction no finding reports was suppressed by a recount-disable comment. */
export type MapVerdict = 'contradicted' | 'suppressed' | 'unverifiable' | 'verified'

export const MAP_VERDICTS: readonly MapVerdict[] = ['contradicted', 'suppressed', 'unverifiable', 'verified']

/** Icon and words for each verdict: the colour is never the only signal. */
export const VERDICT_LOOK: Record<MapVerdict, { icon: string; label: string }> = {
  contradicted: { icon: '\u2717', label: 'contradicted' },
  suppressed: { icon: '\u2298', label: 'suppressed' },
  unverifiable: { icon: '?', label: 'could not be checked' },
  verified: { icon: '\u2713', label: 'verified' }
}

/** The verdicts of a file's claims, in order; a contradicted claim counts as reported when a finding of its rule stands at its place. */
export function mapVerdicts(claims: ClaimView[], findings: Finding[]): MapVerdict[] {
  const reported = new Set(findings.map((f) => `${f.rule}@${f.line}:${f.column}`))
  return claims.map((c) => {
    if (c.verdict !== 'contradicted') return c.verdict
    return reported.has(`${c.rule ?? ''}@${c.line}:${c.column}`) ? 'contradicted' : 'suppressed'
  })
}

/** The verdict a highlight covering several claims shows: the most serious. */
export function worstVerdict(verdicts: MapVerdict[]): MapVerdict {
  for (const v of MAP_VERDICTS) if (verdicts.includes(v)) return v
  return 'verified'
}

export type VerdictCounts = Record<MapVerdict, number>

export const noVerdicts = (): VerdictCounts => ({ contradicted: 0, suppressed: 0, unverifiable: 0, verified: 0 })
