const NEGATIVE = /❌|✗|✘|🔴|⛔|\b(?:fail|failed|failing|missed|not met|breach|breached|below target|over budget)\b/i
const POSITIVE = /✅|✔|☑|🟢|\b(?:pass|passed|passing|met|exceeded|achieved|ok|on target|within target)\b/i

/** What a status cell or mark claims: 'pass', 'fail', or null when it says neither or both. */
export function statusOf(text: string): 'pass' | 'fail' | null {
  const negative = NEGATIVE.test(text)
  const positive = POSITIVE.test(text.replace(/\bnot met\b/gi, ''))
  if (negative && !positive) return 'fail'
  if (positive && !negative) return 'pass'
  return null
}
