import type { Quantity, Tokens } from '../extract/quantity.js'
import { singular } from '../extract/labels.js'

/** A whole-number count as written: "11", "1,456", not "~5", "3.5", "5k" or "2-3". */
export function isPlainCount(q: Quantity): boolean {
  return q.dimension === 'count' && q.factor === 1 && q.decimals === 0 && !q.approx && q.rangeHigh === null && !q.sign && (!q.bound || q.bound === '>=')
}

/** Amounts that add up whatever they name: times, sizes and money ("9 hours: 4h coding, …", "$1,000 ($600 compute, …)"). */
export const MEASURED_DIMENSIONS: ReadonlySet<string> = new Set(['duration', 'money', 'size'])

const STOP_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'or', 'in', 'on', 'for', 'to', 'with', 'by', 'at', 'from', 'all', 'are', 'is', 'was', 'were', 'new', 'key', 'total'])

/** The words right after a count ("11 production alerts configured" → production, alert, configured), singular. */
export function countedWords(text: string, q: Quantity, limit = 3): string[] {
  const words = text.slice(q.end).match(/^[\s*_]*((?:[\p{L}][\p{L}'-]*[\s*_]*){1,6})/u)?.[1] ?? ''
  return words
    .split(/[\s*_]+/)
    .filter((w) => w.length > 2 && !STOP_WORDS.has(w.toLowerCase()))
    .slice(0, limit)
    .map((w) => singular(w.toLowerCase()))
}

/** Whether `text` mentions one of `words` (compared in the singular). */
export function mentionsAny(text: string, words: string[]): boolean {
  const present = new Set(text.toLowerCase().split(/[^\p{L}]+/u).map(singular))
  return words.some((w) => present.has(w))
}

/** Whether `text` names one of `words` in the plural ("Search endpoints" for endpoint, "Entries" for entry). */
export function mentionsAnyInPlural(text: string, words: string[]): boolean {
  return text.toLowerCase().split(/[^\p{L}'-]+/u).some((w) => {
    const one = singular(w)
    return one !== w && words.includes(one)
  })
}

/** The first quantity near the start of a line, skipping status marks and emphasis ("✅ 3 P1 alerts"). */
export function leadingCount(text: string, tokens: Tokens): Quantity | null {
  const first = tokens.quantities[0]
  if (!first || !isPlainCount(first) || first.word) return null
  return /^[\s\p{P}\p{S}\uFE0F]*$/u.test(text.slice(0, first.start)) ? first : null
}
