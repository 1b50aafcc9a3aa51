// Spans of text whose digits are not quantities: dates, versions, addresses, identifiers,
// references, ports, "24/7". Digits inside a masked span are never read as claims.

export interface Span {
  start: number
  end: number
}

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|Jun(?:e)?|Jul(?:y)?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)'

// Words after which a number names something (Day 1, Phase 2, Port 8000, PEP 8, Python 3.9).
const NAMING_WORDS =
  'Day|Days|Week|Weeks|Month|Phase|Phases|Step|Steps|Priority|Sprint|Sprints|Session|Track|Tracks|Scenario|Stage|Part|Chapter|Section|Tier|Level|Round|Iteration|Milestone|Release|Version|Wave|Batch|Epic|Story|Task|Issue|Ticket|Port|Ports|Room|Floor|Slide|Page|Pages|Figure|Fig\\.|Table|Appendix|Option|Case|Run|Attempt|Test|Question|Exercise|Problem|Trial|Experiment|Episode|Example|Game|No\\.|Number|Group|Gen|Generation|Sev|Severity|Quarter|FY|PEP|RFC|ISO|Zone|Region|Shard|Replica|Node|Python|Java|Go|Ruby|PHP|Perl|Rust|TypeScript|ES|ECMAScript|OpenAPI|Swagger|HTTP|TLS|SSL|OAuth|IPv|Postgres|PostgreSQL|MySQL|Redis|Ubuntu|Debian|Windows|macOS|iOS|Android|Kubernetes|React|Angular|Vue|Django|Rails|Spring|Terraform|Node\\.js|Chrome|Firefox|Safari|Edge|GPT|Claude|Gemini|Llama|Mistral|Grade|Class|Type|Model|Level|Lane|Row|Line|Lines|Item|Items|Rule|Rules|Article|Clause|Exhibit|Week-'

// Each pattern comes with a cheap test of whether a line could hold it at all: most lines of a
// report hold none, and running every pattern over every line is most of the tokenizer's cost.
const PATTERNS: Array<[RegExp, (text: string) => boolean]> = [
  [/\b(?:https?|ftp|file):\/\/[^\s)>\]]+/gi, (t) => t.includes('://')],
  [/\bwww\.[^\s)>\]]+/gi, (t) => t.includes('www.')],
  [/(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, (t) => t.includes('@')],
  // IPv4 addresses and CIDR ranges, with an optional port.
  [/\b\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?(?::\d{1,5})?\b/g, (t) => DOTTED.test(t)],
  // host:port
  [/(?<![\w.-])(?:localhost|[\w-]+(?:\.[\w-]+)+):\d{1,5}\b/gi, (t) => t.includes(':')],
  // Versions: v1, v1.2, 1.2.3, 1.2.3-beta.
  [/\bv\d+(?:\.\d+)*(?:[-+][\w.]+)?\b/gi, (t) => VERSION_V.test(t)],
  [/\b\d+\.\d+\.\d+(?:[-+.][\w.]+)?\b/g, (t) => DOTTED.test(t)],
  // Dates: 2025-10-17, 10/17/2025, 17.10.2025, October 17, 2025, 17 Oct 2025, Oct 2025, Q3 2025.
  [/\b\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?Z?)?\b/g, (t) => t.includes('-')],
  [/\b\d{1,2}([/.])\d{1,2}\1\d{2,4}\b/g, (t) => t.includes('/') || t.includes('.')],
  [new RegExp(`\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[-–]\\s*\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?\\b`, 'g'), (t) => MONTH_HINT.test(t)],
  [new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\.?(?:,?\\s+\\d{4})?\\b`, 'g'), (t) => MONTH_HINT.test(t)],
  [new RegExp(`\\b${MONTH}\\.?\\s+\\d{4}\\b`, 'g'), (t) => MONTH_HINT.test(t)],
  [/\b(?:Q[1-4]|H[12]|FY)\s?'?\d{2,4}\b/g, (t) => /[QHF][1-4Y]/.test(t)],
  // Round-the-clock and similar.
  [/\b(?:24\s?\/\s?7|24x7|24×7|365\s?\/\s?24|9\s?to\s?5)\b/gi, (t) => t.includes('24') || t.includes('9')],
  // References: #123, GH-12, ABC-1234, PR 12, RFC 2119.
  [/(?:^|[^\w&])#\d+\b/g, (t) => t.includes('#')],
  [/\b[A-Z][A-Z0-9]+-\d+\b/g, (t) => t.includes('-')],
  // Identifiers with letters and digits fused: P0, A.1, MD024, x86_64, T+30min, 2FA, 3D, 4xx.
  [/\b[A-Za-z]\.\d+(?:\.\d+)*\b/g, (t) => t.includes('.')],
  [/\b[A-Za-z]+[+-]\d[\w.+-]*/g, (t) => t.includes('+') || t.includes('-')],
  [/\b[A-Za-z_]+\d[\w-]*/g, (t) => LETTER_DIGIT.test(t)],
  [/\b\d+[A-Za-z_]*[_][\w]*/g, (t) => t.includes('_')],
  [/\b\d[xX]{2}\b/g, (t) => t.includes('x') || t.includes('X')],
  // Named numbers: Day 1, Phase 2-3, Port 8000, Python 3.11 ("Top 10" stays a count).
  // "Sprint 1 - 60% done": a dash before a percentage separates, it does not make a range of names.
  [new RegExp(`\\b(?:${NAMING_WORDS})[ \\t]+#?\\d+(?:\\.\\d+)*(?:\\s*[-–/&]\\s*\\d+(?:\\.\\d+)*(?!\\.?\\d|\\s*%))*\\b`, 'gi'), (t) => WORD_THEN_NUMBER.test(t)],
  // Ordinals: 1st, 2nd, 3rd, 10th.
  [/\b\d+(?:st|nd|rd|th)\b/gi, (t) => ORDINAL_HINT.test(t)],
  // Aspect ratios and scores written with a colon that are not clock times (16:9, 1:1).
  [/\b\d{1,3}:\d\b(?!\d)/g, (t) => t.includes(':')]
]

const DOTTED = /\d\.\d+\.\d/
const VERSION_V = /[vV]\d/
const MONTH_HINT = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/
const LETTER_DIGIT = /[A-Za-z_]\d/
const WORD_THEN_NUMBER = /[A-Za-z.][ \t]+#?\d/
const ORDINAL_HINT = /\d(?:st|nd|rd|th)/i

/** Every mask pattern, for the ReDoS check in the test suite. */
export const MASK_PATTERNS: RegExp[] = PATTERNS.map(([pattern]) => pattern)

/**
 * Chains of three or more slashed numbers (dates, version lists such as "Python 3.9/3.10/3.11"),
 * found by a scan: a regular expression's backtracking stack overflows on a chain megabytes long.
 */
function slashChains(text: string, spans: Span[]): void {
  let start = -1
  let slashes = 0
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0
    const digit = code >= 48 && code <= 57
    if (digit || code === 46 || code === 47) {
      if (start < 0) {
        if (!digit || (i > 0 && /[\d.]/.test(text[i - 1] as string))) continue
        start = i
        slashes = 0
      }
      if (code === 47) slashes++
      continue
    }
    if (start >= 0) {
      let end = i
      while (end > start && !(text.charCodeAt(end - 1) >= 48 && text.charCodeAt(end - 1) <= 57)) end--
      if (slashes >= 2 && /^\d+(?:\.\d+)?\/\d+(?:\.\d+)?\/\d/.test(text.slice(start, Math.min(end, start + 64)))) spans.push({ start, end })
      start = -1
    }
  }
}

export function findMasks(text: string): Span[] {
  const spans: Span[] = []
  if (text.includes('/')) slashChains(text, spans)
  for (const [pattern, mayHold] of PATTERNS) {
    if (!mayHold(text)) continue
    pattern.lastIndex = 0
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const start = match.index + (match[0].startsWith('#') ? 0 : match[0].search(/\S/))
      spans.push({ start, end: match.index + match[0].length })
      if (match[0].length === 0) pattern.lastIndex++
    }
  }
  return mergeSpans(spans)
}

export function mergeSpans(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start)
  const merged: Span[] = []
  for (const span of spans) {
    const last = merged[merged.length - 1]
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end)
    else merged.push({ ...span })
  }
  return merged
}
