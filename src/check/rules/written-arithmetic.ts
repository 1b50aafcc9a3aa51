/**
 * written-arithmetic: arithmetic written out in a report must give the result written after it.
 *
 * Flags:      "(85 + 92 + 92 + 87 + 0 + 0 + 95) / 7 = 45.1%"   → 451 / 7 = 64.4
 *             "3 × 40 min = 3 h"                               → 120 min
 * Leaves:     "7 requests × 800ms = 5.6 seconds", "(85 + 92 + 90) / 3 = 89%", "451/1000 = 45.1%",
 *             expressions that mix units it cannot combine ("2 h × 3 GB").
 */
import { groupedLike } from '../../report/grouped-digits.js'
import { defineRule, unverifiable, verified, type Verdict, type VerifyContext } from '../rule.js'
import type { ArithmeticClaim, Operator, Term } from '../../claims/model.js'
import type { Quantity } from '../../extract/quantity.js'
import type { Dimension } from '../../extract/units.js'
import { decimalSizeRatio, formatDuration } from '../../extract/units.js'
import { div, operandInterval, type Interval } from '../../extract/interval.js'
import { agrees, formatLike } from '../rounding.js'
import { replaceNumber } from '../suggest.js'

interface Value {
  interval: Interval
  /** count for plain numbers; the one non-count dimension a sum, product or quotient carries. */
  dimension: Dimension
  /** Whether every number in it is bare, with no unit written. */
  bare: boolean
}

export const writtenArithmetic = defineRule({
  meta: { id: 'written-arithmetic', description: 'Arithmetic written out ("(85 + 92 + 90) / 3 = 89%") must give the result written after it.', severity: 'error', claims: ['arithmetic'] },
  verify(claim, context): Verdict {
    const verdict = judge(claim, context)
    if (verdict.status !== 'contradicted' || claim.result.dimension !== 'size') return verdict
    // "1.25M × 4B = 5MB": in an expression that gives a size, "4B" may be 4 bytes ("7B × 2 = 14GB" is 7 billion).
    const bytes = claim.terms.map(asBytes)
    if (bytes.every((t, i) => t === claim.terms[i])) return verdict
    const other = judge({ ...claim, terms: bytes }, context)
    if (other.status !== 'contradicted') return other
    // Both readings fail: report the one whose value is nearer what is written.
    const distance = (terms: Term[]) => Math.abs(Math.log((evaluate(terms, true)?.interval.low ?? 0) / claim.result.value))
    return distance(bytes) < distance(claim.terms) ? other : verdict
  }
})

function judge(claim: ArithmeticClaim, context: VerifyContext): Verdict {
    const value = evaluate(claim.terms)
    if (!value) return unverifiable('the expression combines numbers in a way recount does not evaluate')
    const { result, at } = claim
    const readings = [...readingsFor(value, result), ...decimalReadings(claim.terms, result)]
    if (readings.length === 0) return unverifiable(`the expression gives a ${value.dimension}, the result is a ${result.dimension}`)
    if (readings.some((r) => agrees(result, r, false, context.policy))) return verified(at, ...claim.terms.flatMap((t) => (t.kind === 'number' ? [{ unit: at.unit, start: t.quantity.start, end: t.quantity.end }] : [])))
    // Report the reading nearest what is written ("6/66 = 9.99%" is 9.09%, not 0.09%), worked out from
    // the numbers as written (the middle of a product of rounded operands' intervals is not it).
    const exact = evaluate(claim.terms, true)
    const points = exact ? [...readingsFor(exact, result), ...decimalReadings(claim.terms, result, true)] : []
    const middles = (points.length === readings.length ? points : readings).map((r) => (r.low + r.high) / 2)
    const middle = middles.reduce((best, m) => (Math.abs(m - result.value) < Math.abs(best - result.value) ? m : best))
    const shown = show(middle, result)
    if (namesGridSize(claim)) return unverifiable(`${claim.expression} may be the size of a grid or table, and ${result.raw} a count of something in it`)
    const per = perThousands(claim, result, middle)
    if (per) return unverifiable(`${result.raw} is ${claim.expression} with ${per} counted in thousands: a price or rate per thousand, as prices per 1K are written`)
    return {
      status: 'contradicted',
      message: `"${result.raw}" does not follow from ${claim.expression}: that is ${shown}`,
      computed: shown,
      suggestion: result.dimension === 'duration' && result.factor < 60 ? undefined : replaceNumber(at.unit.text, result, Number((middle / result.factor).toFixed(result.decimals)))
    }
}

/**
 * "60K × $0.000125 = $0.0075": the price is per thousand tokens, so the K counts thousands of them.
 * The count written with K or M (the only one), when the result is the product with that count in
 * thousands or millions.
 */
function perThousands(claim: ArithmeticClaim, result: Quantity, value: number): string | null {
  const scaled = claim.terms.filter((t): t is Extract<Term, { kind: 'number' }> => t.kind === 'number' && t.quantity.dimension === 'count' && (t.quantity.factor === 1e3 || t.quantity.factor === 1e6))
  const [only] = scaled
  if (scaled.length !== 1 || !only || result.dimension !== 'money' || !claim.terms.some((t) => t.kind === 'number' && t.quantity.dimension === 'money')) return null
  const rescaled = value / only.quantity.factor
  return Math.abs(rescaled - result.value) <= Math.max(Math.abs(result.value) * 0.05, 10 ** -(result.decimals + 1)) ? only.quantity.raw : null
}

/** "4B" read as 4 bytes rather than 4 billion. */
function asBytes(term: Term): Term {
  if (term.kind !== 'number' || term.quantity.dimension !== 'count' || term.quantity.factor !== 1e9 || !/\dB$/.test(term.quantity.raw)) return term
  const q = term.quantity
  return { ...term, quantity: { ...q, dimension: 'size', factor: 1, value: q.written, unitSymbol: 'B' } }
}

/**
 * "4×4 = 40 edges": two whole numbers joined by a bare × with no space are how a grid, board or
 * table's size is written, and what follows may count something in it rather than multiply them.
 */
function namesGridSize(claim: ArithmeticClaim): boolean {
  const [a, times, b, ...rest] = claim.terms
  if (rest.length > 0 || a?.kind !== 'number' || times?.kind !== 'operator' || times.op !== '*' || b?.kind !== 'number') return false
  const text = claim.at.unit.text
  const plain = (q: Quantity) => q.dimension === 'count' && q.factor === 1 && q.decimals === 0 && !q.sign
  return plain(a.quantity) && plain(b.quantity) && /^[x×]$/.test(text.slice(a.quantity.end, b.quantity.start)) && /^\s*\p{L}/u.test(text.slice(claim.result.end))
}

/** What the expression's value means in the result's terms: the same unit, or a plain ratio read as a percentage. */
function readingsFor(value: Value, result: Quantity): Interval[] {
  if (value.dimension === result.dimension) return [value.interval]
  if (value.dimension === 'count' && result.dimension === 'percent') {
    // "(85 + 92) / 2 = 88.5%" averages percentages written bare; "451 / 1000 = 45.1%" is a ratio.
    return [value.interval, { low: value.interval.low * 100, high: value.interval.high * 100 }]
  }
  if (value.dimension === 'count' && result.dimension !== 'count' && value.bare) {
    // "1,200 / 8 = 160 req/s", "5 × 8 = 40 hours": bare numbers in the result's unit, or in another
    // unit of its kind the text does not name ("1024 × 4 = 4 MB"). Not a ratio of two amounts whose
    // units cancel ("2.9s / 22.8s = 13%").
    const inUnits = UNIT_STEPS.flatMap((step) => [step, 1 / step]).map((step) => ({ low: value.interval.low * result.factor * step, high: value.interval.high * result.factor * step }))
    // "7B params × 2 = 14GB": a count that is a number of bytes.
    return result.dimension === 'size' ? [...inUnits, value.interval] : inUnits
  }
  return []
}

/**
 * Sizes are read in binary units (1 KB = 1024 B), and a report may mean decimal ones: "128,000 × 8 ×
 * 4 bytes = 4.1 MB" is 4.096e6 bytes, 4.1 decimal megabytes and 3.9 binary ones. The expression and
 * the result read with every size in decimal units, where a size takes part.
 */
function decimalReadings(terms: Term[], result: Quantity, exact = false): Interval[] {
  const sized = result.dimension === 'size' || terms.some((t) => t.kind === 'number' && t.quantity.dimension === 'size')
  const value = sized ? evaluate(terms, exact, true) : null
  if (!value) return []
  const ratio = result.dimension === 'size' ? decimalSizeRatio(result.unitSymbol) : 1
  return readingsFor(value, result).map((r) => ({ low: r.low / ratio, high: r.high / ratio }))
}

/** Steps between units of one kind: 1000 and 1024 for sizes and rates, 60, 3600, 24 and 7 for time. */
const UNIT_STEPS = [1, 1000, 1024, 1e6, 1024 * 1024, 60, 3600, 24, 7]

function show(value: number, result: Quantity): string {
  if (result.dimension === 'duration') return formatDuration(value)
  const written = value / result.factor
  const text = groupedLike(formatLike(written, result, 2), result.raw)
  if (result.dimension === 'percent') return `${text}%`
  if (result.dimension === 'money') {
    // "$120K": the symbol before the digits and the magnitude after them, as written.
    const before = result.raw.slice(0, result.digitsStart - result.start).replace(/[\s~≈+\-−]/g, '')
    return `${before || result.unitSymbol || ''}${text}${result.raw.slice(result.digitsEnd - result.start).trim()}`
  }
  return `${text}${result.unitSymbol ?? ''}`
}

function numberValue(q: Quantity, exact = false, decimalSizes = false): Value | null {
  const value = numberInterval(q, exact)
  const ratio = decimalSizes && q.dimension === 'size' ? decimalSizeRatio(q.unitSymbol) : 1
  return value && { ...value, interval: { low: value.interval.low * ratio, high: value.interval.high * ratio } }
}

function numberInterval(q: Quantity, exact: boolean): Value | null {
  const bare = q.dimension === 'count'
  if (exact) return { interval: { low: Math.abs(q.value), high: Math.abs(q.value) }, dimension: q.dimension, bare }
  const magnitude: Quantity = { ...q, written: Math.abs(q.written), sign: null }
  // A whole number in arithmetic is exact unless it carries a unit (a measurement rounded to its digits).
  const interval = q.decimals === 0 && q.factor === 1 && q.dimension === 'count' && !q.approx ? { low: magnitude.written, high: magnitude.written } : operandInterval(magnitude)
  return interval ? { interval, dimension: q.dimension, bare } : null
}

function combine(a: Value, op: Operator, b: Value): Value | null {
  const bare = a.bare && b.bare
  if (op === '+' || op === '-') {
    if (a.dimension !== b.dimension) return null
    return { dimension: a.dimension, bare, interval: op === '+' ? { low: a.interval.low + b.interval.low, high: a.interval.high + b.interval.high } : { low: a.interval.low - b.interval.high, high: a.interval.high - b.interval.low } }
  }
  if (op === '*') {
    // "60% × 200", "20% of 3 h": a share of an amount is that much of the amount.
    if (a.dimension === 'percent' && b.dimension !== 'percent' || b.dimension === 'percent' && a.dimension !== 'percent') {
      const [share, amount] = a.dimension === 'percent' ? [a, b] : [b, a]
      return { dimension: amount.dimension, bare: amount.bare, interval: { low: (share.interval.low * amount.interval.low) / 100, high: (share.interval.high * amount.interval.high) / 100 } }
    }
    if (a.dimension !== 'count' && b.dimension !== 'count') return null
    const products = [a.interval.low * b.interval.low, a.interval.low * b.interval.high, a.interval.high * b.interval.low, a.interval.high * b.interval.high]
    return { dimension: a.dimension === 'count' ? b.dimension : a.dimension, bare, interval: { low: Math.min(...products), high: Math.max(...products) } }
  }
  const quotient = div(a.interval, b.interval)
  if (!quotient) return null
  if (b.dimension === 'count') return { dimension: a.dimension, bare, interval: quotient }
  return a.dimension === b.dimension ? { dimension: 'count', bare, interval: quotient } : null
}

/** Evaluates the terms with the usual precedence (parentheses, then × and ÷, then + and −). */
function evaluate(terms: Term[], exact = false, decimalSizes = false): Value | null {
  let position = 0
  const peek = () => terms[position]
  /** One level of precedence: operands from `next`, joined left to right by `operators`. */
  const level = (operators: Operator[], next: () => Value | null) => (): Value | null => {
    let left = next()
    while (left && peek()?.kind === 'operator' && operators.includes((peek() as { op: Operator }).op)) {
      const op = (terms[position++] as { op: Operator }).op
      const right = next()
      left = right && combine(left, op, right)
    }
    return left
  }
  const product = level(['*', '/'], () => factor())
  const expression = level(['+', '-'], product)
  const factor = (): Value | null => {
    const term = terms[position++]
    if (!term) return null
    if (term.kind === 'number') return numberValue(term.quantity, exact, decimalSizes)
    if (term.kind === 'operator' && term.op === '-') {
      const inner = factor()
      return inner && { ...inner, interval: { low: -inner.interval.high, high: -inner.interval.low } }
    }
    if (term.kind === 'open') {
      const inner = expression()
      if (terms[position++]?.kind !== 'close') return null
      return inner
    }
    return null
  }
  const value = expression()
  return value && position === terms.length ? value : null
}
