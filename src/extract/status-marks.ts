const NEGATIVE = /❌|✗|✘|🔴|⛔|\b(?:fail|failed|failing|missed|not met|breach|breached|below target|over budget)\b/i
const POSITIVE = /✅|✔|☑|🟢|\b(?:pass|passed|passing|met|exceeded|achieved|ok|on target|within target)\b/i

export type Status = 'pass' | 'fail'

/** What a status cell or mark claims, or null when it says neither or both. */
// "✅ Close", "Partially met": the status says the target was nearly reached, which is neither.
const HEDGED = /\b(?:close|closely|almost|nearly|partial|partially|mostly|approaching|borderline|marginal|on track|in progress|progressing|ongoing|trending|pending|tbd)\b/i

export function statusOf(text: string): Status | null {
  if (HEDGED.test(text)) return null
  const negative = NEGATIVE.test(text)
  const positive = POSITIVE.test(text.replace(/\bnot met\b/gi, ''))
  if (negative && !positive) return 'fail'
  if (positive && !negative) return 'pass'
  return null
}
