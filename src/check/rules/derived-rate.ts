/**
 * derived-rate: a count with a stated rate must agree with the total it is a rate of.
 *
 * Flags:      "- Total requests: 18.2M" / "- Total errors: 1,456 (0.02% rate)"   → 1,456 / 18.2M = 0.008%
 * Leaves:     the same with "(0.008% rate)"; a rate with no total in its list; two candidate totals.
 */
import type { Rule, RuleContext } from '../rule.js'
import type { Quantity } from '../../extract/quantity.js'
import type { ListItemInfo } from '../../parse/document.js'
import type { TextUnit } from '../../parse/text-unit.js'
import { div, operandInterval, scale } from '../interval.js'
import { agrees, formatLike } from '../rounding.js'
import { replaceNumber } from '../suggest.js'

export const derivedRate: Rule = {
  meta: { id: 'derived-rate', description: 'A count with a stated rate ("1,456 errors (0.008% rate)") must agree with the total in its list.', severity: 'error' },
  check(context) {
    for (const list of context.doc.lists) checkList(context, list)
  }
}

interface Labelled {
  unit: TextUnit
  label: string
  value: Quantity
}

function labelled(context: RuleContext, item: ListItemInfo): Labelled | null {
  const unit = item.lines[0]
  if (!unit) return null
  const colon = /^([^:]{2,60}):\s*/.exec(unit.text)
  const value = context.tokens(unit).quantities[0]
  if (!colon || !value || value.start !== colon[0].length || value.dimension !== 'count' || value.bound || value.approx || value.rangeHigh !== null) return null
  return { unit, label: colon[1] as string, value }
}

function checkList(context: RuleContext, items: ListItemInfo[]): void {
  const entries = items.map((item) => labelled(context, item)).filter((e): e is Labelled => e !== null)
  for (const entry of entries) {
    const text = entry.unit.text
    const rate = context.tokens(entry.unit).quantities.find((q) => q.start > entry.value.end && q.dimension === 'percent')
    if (!rate || rate.bound || rate.rangeHigh !== null || rate.sign) continue
    if (!/^\s*\(\s*$/.test(text.slice(entry.value.end, rate.start)) || !/^\s*(?:rate\s*|of (?:all|total)\b[^)]*)?\)/.test(text.slice(rate.end))) continue
    const totals = entries.filter((other) => other !== entry && /\btotal\b/i.test(other.label) && other.value.value > entry.value.value)
    if (totals.length !== 1) continue
    const total = totals[0] as Labelled
    const part = operandInterval(entry.value)
    const whole = operandInterval(total.value)
    const ratio = part && whole && div(part, whole)
    if (!ratio) continue
    const computed = scale(ratio, 100)
    if (agrees(rate, computed, false, context.policy)) {
      context.verified(entry.unit, rate)
      continue
    }
    const value = (computed.low + computed.high) / 2
    const line = context.doc.index.place(total.unit.sourceSpan(total.value.start, total.value.end).start).line
    context.report({
      at: { unit: entry.unit, start: rate.start, end: rate.end },
      message: `"${rate.raw}" does not match ${entry.value.raw} of ${total.value.raw} (${total.label.trim()}, line ${line}): ${entry.value.raw} / ${total.value.raw} = ${formatLike(value, rate, 4)}%`,
      computed: `${formatLike(value, rate, 4)}%`,
      suggestion: replaceNumber(text, rate, value, false, significantDecimals(value, rate.decimals)),
      related: [{ unit: total.unit, start: total.value.start, end: total.value.end }]
    })
  }
}

/** Enough decimals that a small rate keeps a significant digit: 0.008 stays 0.008, not 0.01. */
function significantDecimals(value: number, stated: number): number {
  let decimals = stated
  while (decimals < 6 && Number(value.toFixed(decimals)) !== 0 && Math.abs(Number(value.toFixed(decimals)) - value) / value > 0.05) decimals++
  while (decimals < 6 && Number(value.toFixed(decimals)) === 0) decimals++
  return decimals
}
