// What a number is about: the label before it ("P95 Latency: 156ms"), normalised so that
// "**Error Rate**", "error rate" and "Total errors" compare as intended.

const LEADING_NOISE = /^[\s\p{P}\p{S}\p{Emoji_Presentation}\uFE0F\u200D]+/u
const STATUS_WORDS = /^(?:(?:✅|❌|⚠️?|✔️?|✗|🟢|🟡|🔴)\s*)+/u
// "[x] Parser: 12 ms", "[ ] Cache": a task list's box, when the parser leaves it in the text.
const TASK_BOX = /^[\s*_]*\[[ xX✓✔]?\][ \t]*/u

/** Words that do not change which metric a label names. */
const NEUTRAL_WORDS = new Set(['total', 'overall', 'current', 'final', 'actual', 'achieved', 'measured', 'observed', 'the', 'our', 'all'])

export function cleanLabel(raw: string): string {
  return raw.replace(TASK_BOX, '').replace(STATUS_WORDS, '').replace(LEADING_NOISE, '').replace(/[*_`]+/g, '').replace(/\s+/g, ' ').trim()
}

export function singular(word: string): string {
  if (/(?:ss|us|is)$/i.test(word) || word.length <= 3) return word
  if (/ies$/i.test(word)) return word.slice(0, -3) + 'y'
  // "classes", "statuses", "boxes", "patches" lose "es"; "cases", "responses", "causes" and "caches" only the "s".
  if (/(?:(?<!cac)hes|xes|sses|[^aeiou]uses)$/i.test(word) && !/[^cs]hes$/i.test(word)) return word.slice(0, -2)
  if (/s$/i.test(word)) return word.slice(0, -1)
  return word
}

// A "(" is only a start after a non-"(" character, so a run of "(((" is not rescanned from each one.
const PARENTHETICAL = /(?<!\()\([^()]*\)/g

/** Lower case, punctuation and emphasis removed, neutral words dropped, last word singular. */
export function normalizeLabel(raw: string): string {
  const words = cleanLabel(raw)
    .toLowerCase()
    .replace(PARENTHETICAL, ' ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0 && !NEUTRAL_WORDS.has(w))
  if (words.length > 0) words[words.length - 1] = singular(words[words.length - 1] as string)
  return words.join(' ')
}

const LOWER_IS_BETTER = /\b(?:latency|latencies|time|times|duration|error|errors|failure|failures|fail|cost|costs|debt|complexity|lag|rto|rpo|mttr|mttd|downtime|wait|delay|size|memory|cpu|incident|incidents|bug|bugs|defect|defects|vulnerabilit\w*|churn|p\d{2}|response)\b/i
const HIGHER_IS_BETTER = /\b(?:mtbf|time between failures|uptime|availability|coverage|score|pass|passing|success|hit|throughput|health|healthy|satisfaction|nps|apdex|accuracy|reuse|rps|requests per|revenue|conversion|adoption|completion|complete|efficiency|productivity|utilization|velocity|savings)\b/i

// An amount of improvement: more is better whatever it improves ("Cost Reduction", "Time saved").
const AMOUNT_OF_IMPROVEMENT = /\b(?:reduction|reductions|savings?|saved|decrease|improvement|speedup|speed-up|gain|gains)\b/i

/**
 * Whether a rise of this metric is good (+1), bad (−1) or unknown (0). A label that names an amount
 * of improvement ("Cost Reduction": 70% against a 50% target) is better higher; with `ofMetric`, the
 * words of improvement are set aside to find the metric itself ("Step Time Reduction: 155ms → 101ms"
 * is about step time).
 */
export function polarity(label: string, ofMetric = false): 1 | -1 | 0 {
  if (ofMetric) label = label.replace(new RegExp(AMOUNT_OF_IMPROVEMENT.source, 'gi'), ' ')
  else if (AMOUNT_OF_IMPROVEMENT.test(label)) return 1
  if (/\b(?:mtbf|time between failures)\b/i.test(label)) return 1
  // The head noun decides: "Time Efficiency" is an efficiency, "Error Rate" an error rate.
  const words = label.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0)
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] as string
    if (LOWER_IS_BETTER.test(word)) return -1
    if (HIGHER_IS_BETTER.test(word)) return 1
  }
  if (LOWER_IS_BETTER.test(label)) return -1
  if (HIGHER_IS_BETTER.test(label)) return 1
  return 0
}

/** Labels that scope a value away from "what is true now". */
export const NOT_CURRENT = /\b(?:target|targets|goal|goals|baseline|before|previous|prior|old|was|expected|estimate|estimated|projected|planned|plan|budget|threshold|limit|objective|objectives|slo|sla|requirement|required|max|min|maximum|minimum|initial|start|starting|original|forecast)\b/i
