/**
 * ratio-percent: a fraction and the percentage written beside it must agree.
 *
 * Flags:      "Healthy: 7/8 (75%)"         → 7 / 8 = 87.5%, not 75%
 *             "37% of 8 services"          → no whole number of 8 services is 37%
 * Leaves:     "7/8 (88%)", "2/3 (67%)", "1 out of 11 tests (9%)", "85.7% (6/7)", "24/7", "Python 3.9/3.10"
 */
import type { Rule, RuleContext } from '../rule.js'
import type { Fraction, Quantity } from '../../extract/quantity.js'
import type { TextUnit } from '../../parse/text-unit.js'
import { div, operandInterval, scale, type Interval } from '../interval.js'
import { agrees, formatLike } from '../rounding.js'
import { replaceNumber } from '../suggest.js'

const FRACTION_THEN_PERCENT = /^\s*(?:[\p{L}][\p{L}\p{N}'-]*\s+){0,3}\(\s*$|^\s*(?:=|≈|or|is)\s*$|^\s*[,:]\s*$/u
const PERCENT_THEN_FRACTION = /^\s*(?:[\p{L}][\p{L}'-]*\s+){0,2}\(\s*$|^\s*(?:=|of)\s*$/u
const CHANGE_WORD = /^\s*(?:reduction|improvement|increase|decrease|faster|slower|fewer|less|more|growth|gain|drop|savings?|better|worse|higher|lower|change)\b/i
const PERCENT_OF_COUNT = /^\s+of\s+(?:the\s+|all\s+|our\s+)?$/

export const ratioPercent: Rule = {
  meta: { id: 'ratio-percent', description: 'A fraction ("7/8", "24 of 45") and the percentage beside it must agree.', severity: 'error' },
  check(context) {
    for (const line of context.doc.lines) {
      const { quantities, fractions } = context.tokens(line.unit)
      // A share is never signed and never described as a change.
      const percents = quantities.filter(
        (q) => q.dimension === 'percent' && q.rangeHigh === null && !q.bound && !q.sign && !CHANGE_WORD.test(line.unit.text.slice(q.end, q.end + 16))
      )
      const used = new Set<Quantity>()
      for (const fraction of fractions) {
        const percent = pairedPercent(line.unit.text, fraction, percents, used)
        if (percent) {
          used.add(percent)
          checkPair(context, line.unit, fraction, percent)
        }
      }
      for (const percent of percents) if (!used.has(percent)) checkPercentOfCount(context, line.unit, percent, quantities)
    }
  }
}

function pairedPercent(text: string, fraction: Fraction, percents: Quantity[], used: Set<Quantity>): Quantity | null {
  for (const percent of percents) {
    if (used.has(percent)) continue
    if (percent.start >= fraction.end && FRACTION_THEN_PERCENT.test(text.slice(fraction.end, percent.start))) return percent
    if (percent.end <= fraction.start && PERCENT_THEN_FRACTION.test(text.slice(percent.end, fraction.start))) return percent
  }
  return null
}

function fractionPercent(fraction: Fraction): Interval | null {
  const numerator = operandInterval(fraction.numerator)
  const denominator = operandInterval(fraction.denominator)
  if (!numerator || !denominator) return null
  const ratio = div(numerator, denominator)
  return ratio && scale(ratio, 100)
}

function checkPair(context: RuleContext, unit: TextUnit, fraction: Fraction, percent: Quantity): void {
  const computed = fractionPercent(fraction)
  if (!computed) return
  if (agrees(percent, computed, false, context.policy)) {
    context.verified(unit, fraction.numerator, fraction.denominator, percent)
    return
  }
  const value = (computed.low + computed.high) / 2
  const shown = formatLike(value, percent)
  const fractionText = unit.text.slice(fraction.start, fraction.end)
  context.report({
    at: { unit, start: percent.start, end: percent.end },
    message: `"${percent.raw}" does not match ${fractionText}: ${fraction.numerator.raw} / ${fraction.denominator.raw} = ${shown}%`,
    computed: `${shown}%`,
    suggestion: replaceNumber(unit.text, percent, Number(value.toFixed(percent.decimals)))
  })
}

/** "37% of 8 services": a share of a small stated whole must be a whole number of its items. */
function checkPercentOfCount(context: RuleContext, unit: TextUnit, percent: Quantity, quantities: Quantity[]): void {
  if (percent.approx || percent.sign) return
  const whole = quantities.find((q) => q.start >= percent.end && PERCENT_OF_COUNT.test(unit.text.slice(percent.end, q.start)))
  if (!whole || whole.dimension !== 'count' || whole.factor !== 1 || whole.decimals > 0 || whole.bound || whole.rangeHigh !== null) return
  const total = whole.written
  if (total < 1 || total > 200 || !/^\s+[\p{L}]/u.test(unit.text.slice(whole.end, whole.end + 3))) return
  let best = 0
  for (let k = 0; k <= total; k++) {
    if (agrees(percent, { low: (k / total) * 100, high: (k / total) * 100 }, false, context.policy)) {
      context.verified(unit, percent, whole)
      return
    }
    if (Math.abs((k / total) * 100 - percent.written) < Math.abs((best / total) * 100 - percent.written)) best = k
  }
  const nearest = formatLike((best / total) * 100, percent)
  context.report({
    at: { unit, start: percent.start, end: percent.end },
    message: `"${percent.raw}" of ${whole.raw} cannot be a whole count: the nearest is ${best} of ${total} = ${nearest}%`,
    computed: `${nearest}%`
  })
}
