// A count with its rate and the total it is a rate of, in one list: "Total requests: 18.2M" and
// "Total errors: 1,456 (0.008% rate)".
import type { Quantity } from '../extract/quantity.js'
import type { ListItemInfo } from '../parse/document.js'
import type { TextUnit } from '../parse/text-unit.js'
import { cleanLabel } from '../extract/labels.js'
import type { ClaimContext } from './context.js'
import type { Claim } from './model.js'

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

function labelled(context: ClaimContext, item: ListItemInfo): Labelled | null {
  const unit = item.lines[0]
  if (!unit) return null
  const colon = /^([^:]{2,60}):\s*/.exec(unit.text)
  const value = context.tokens(unit).quantities[0]
  if (!colon || !value || value.start !== colon[0].length || value.dimension !== 'count' || value.bound || value.approx || value.rangeHigh !== null) return null
  return { unit, label: colon[1] as string, value }
}

function fromList(context: ClaimContext, items: ListItemInfo[]): Claim[] {
  const entries = items.map((item) => labelled(context, item)).filter((e): e is Labelled => e !== null)
  const claims: Claim[] = []
  for (const entry of entries) {
    const text = entry.unit.text
    const rate = context.tokens(entry.unit).quantities.find((q) => q.start > entry.value.end && q.dimension === 'percent')
    if (!rate || rate.bound || rate.rangeHigh !== null || rate.sign) continue
    if (!/^\s*\(\s*$/.test(text.slice(entry.value.end, rate.start)) || !/^\s*(?:rate\s*|of (?:all|total)\b[^)]*)?\)/.test(text.slice(rate.end))) continue
    // The one total in the list that this count can be a part of.
    const totals = entries.filter((other) => other !== entry && /\btotal\b/i.test(other.label) && other.value.value > entry.value.value)
    if (totals.length !== 1) continue
    const total = totals[0] as Labelled
    claims.push({
      kind: 'count-rate', at: { unit: entry.unit, start: rate.start, end: rate.end }, binding: 'structural', count: entry.value, total: total.value,
      totalLabel: total.label.trim(), totalPlace: { unit: total.unit, start: total.value.start, end: total.value.end }, rate,
      about: cleanLabel(entry.label), reading: `${entry.value.raw} / ${total.value.raw} (${cleanLabel(total.label)}) ↔ ${rate.raw}`
    })
  }
  return claims
}
