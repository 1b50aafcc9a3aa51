// A count with its rate and the total it is a rate of, in one list: "Total requests: 18.2M" and
// "Total errors: 1,456 (0.008% rate)".
import type { Quantity } from '../extract/quantity.js'
import type { ListItemInfo } from '../parse/document.js'
import type { TextUnit } from '../parse/text-unit.js'
import { cleanLabel, singular } from '../extract/labels.js'
import type { ClaimContext } from './context.js'
import type { Claim } from './model.js'

// A statistic of the values ("Gas variance", "Max retries", "Spread") is compared with their mean
// or range, not a part of their total.
const STATISTIC_LABEL = /\b(?:variance|variation|deviation|std|stddev|spread|range|difference|diff|delta|gap|margin|average|avg|mean|median|min|minimum|max|maximum|peak|p\d{2,3})\b/i
const RATE_AFTER = /^\s*(?:(?:\p{L}[\p{L}-]*\s+)?rate\s*|of (?:all|total)\b[^)]*)?\)/u

interface Labelled {
  unit: TextUnit
  label: string
  value: Quantity
}

export function readCountRates(context: ClaimContext): Claim[] {
  const claims: Claim[] = []
  for (const list of context.doc.lists) claims.push(...fromList(context, list))
  return claims
}

function nouns(label: string): Set<string> {
  return new Set((cleanLabel(label).toLowerCase().match(/\p{L}{4,}/gu) ?? []).map(singular))
}

/** "Requests served" and "Failed requests": the whole and a qualified part of the same things. */
function sharesNoun(whole: string, part: string): boolean {
  const ofPart = nouns(part)
  return [...nouns(whole)].some((n) => ofPart.has(n))
}

function labelled(context: ClaimContext, item: ListItemInfo): Labelled | null {
  const unit = item.lines[0]
  if (!unit) return null
  const colon = /^([^:]{2,60}):\s*/.exec(unit.text)
  const value = context.tokens(unit).quantities[0]
  // Whole counts only: "0.79 (79%)" is a share written twice, not a count.
  if (!colon || !value || value.start !== colon[0].length || value.dimension !== 'count' || value.bound || value.approx || value.rangeHigh !== null || (value.decimals > 0 && value.factor < 1000)) return null
  return { unit, label: colon[1] as string, value }
}

function isItselfAPart(context: ClaimContext, total: Labelled): boolean {
  const tokens = context.tokens(total.unit)
  // "Total tests: 400 (100% automated)" says something of the total; "(5.0% of all runs)" makes it a part.
  const text = total.unit.text
  return tokens.fractions.some((f) => f.numerator === total.value) || tokens.quantities.some((q) => q.start > total.value.end && q.dimension === 'percent' && /^\s*of\b/i.test(text.slice(q.end, q.end + 8)))
}

/** "Failed: 3 (42.9%)": the count's rate in parentheses right after it, or null. */
function statedRate(context: ClaimContext, entry: Labelled): Quantity | null {
  const text = entry.unit.text
  const rate = context.tokens(entry.unit).quantities.find((q) => q.start > entry.value.end && q.dimension === 'percent')
  if (!rate || rate.bound || rate.rangeHigh !== null || rate.sign) return null
  return /^\s*\(\s*$/.test(text.slice(entry.value.end, rate.start)) && RATE_AFTER.test(text.slice(rate.end)) ? rate : null
}

function fromList(context: ClaimContext, items: ListItemInfo[]): Claim[] {
  const entries = items.map((item) => labelled(context, item)).filter((e): e is Labelled => e !== null)
  const rates = new Map(entries.map((e) => [e, statedRate(context, e)]))
  const claims: Claim[] = []
  for (const entry of entries) {
    const rate = rates.get(entry)
    if (!rate) continue
    if (STATISTIC_LABEL.test(entry.label)) continue
    // The one total in the list that this count can be a part of: named a total, or named by the
    // count's own noun without its qualifier ("Requests served" over "Failed requests").
    // "False positives: 1 (14.3%)" beside "False negatives: 3 (42.9%)": a count with its own rate of part is a sibling part, not the whole.
    const larger = entries.filter((other) => other !== entry && other.value.value > entry.value.value && !STATISTIC_LABEL.test(other.label) && (/\btotal\b/i.test(other.label) || (rates.get(other)?.value ?? 100) >= 100))
    const named = larger.filter((other) => /\btotal\b/i.test(other.label))
    const totals = named.length > 0 ? named : larger.filter((other) => sharesNoun(other.label, entry.label))
    if (totals.length !== 1) continue
    const total = totals[0] as Labelled
    // "Total errors: 99/1000 (9.9%)": a total that is itself a part of a larger whole; the rates of
    // its parts may be of that whole or of another, not of it.
    if (isItselfAPart(context, total)) continue
    claims.push({
      kind: 'count-rate', at: { unit: entry.unit, start: rate.start, end: rate.end }, binding: 'structural', count: entry.value, total: total.value,
      totalLabel: total.label.trim(), totalPlace: { unit: total.unit, start: total.value.start, end: total.value.end }, rate,
      about: cleanLabel(entry.label), reading: `${entry.value.raw} / ${total.value.raw} (${cleanLabel(total.label)}) ↔ ${rate.raw}`
    })
  }
  return claims
}
