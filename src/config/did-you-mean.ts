/** Edit distance with transpositions (optimal string alignment): "eror" → "error" is 1, "erorr" → "error" is 1. */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = []
  for (let i = 0; i <= a.length; i++) {
    rows.push([i])
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        ;(rows[0] as number[])[j] = j
        continue
      }
      const row = rows[i] as number[]
      const above = rows[i - 1] as number[]
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1)
      row[j] = best
    }
  }
  return (rows[a.length] as number[])[b.length] as number
}

/**
 * The allowed value a misspelt one abbreviates, or the closest to it when it is close enough to be a likely typo (at most
 * a third of its letters differ, and at least one may), else undefined.
 */
export function closest(given: string, allowed: readonly string[]): string | undefined {
  const lower = given.toLowerCase()
  // An abbreviation ("warn", "fail") names the one it begins.
  const begun = lower.length >= 3 ? allowed.filter((a) => a.toLowerCase().startsWith(lower)) : []
  if (begun.length === 1) return begun[0]
  let best: string | undefined
  let bestDistance = Infinity
  for (const candidate of allowed) {
    const distance = editDistance(lower, candidate.toLowerCase())
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  if (best === undefined || (bestDistance === 0 && best === given)) return undefined
  return bestDistance <= Math.max(1, Math.floor(best.length / 3)) ? best : undefined
}

/** ` (did you mean "error"?)`, or '' when nothing is close. */
export function didYouMean(given: string, allowed: readonly string[], quote = '"'): string {
  const match = closest(given, allowed)
  return match === undefined ? '' : ` (did you mean ${quote}${match}${quote}?)`
}
