import type { Fraction, Quantity, Tokens } from '../extract/quantity.js'
import type { Dimension } from '../extract/units.js'
import { div, operandInterval, scale, type Interval } from '../extract/interval.js'

/** One side of a comparison: a plain quantity, or a fraction such as "2/8" (a count of a whole). */
export interface Operand {
  start: number
  end: number
  raw: string
  dimension: Dimension
  /** The value used for relative change: the quantity, or the fraction's numerator. */
  value: Interval
  /** As a share in percent, where it is one: a "%" value or a fraction. */
  share: Interval | null
  /** The written number, for messages: "2" of "2/8", "420ms". */
  shown: string
  quantity: Quantity
  denominator: number | null
  unitSymbol: string | null
  /** A fraction read as its share, beside a fraction of another whole ("230/2674 → 231/2678"). */
  asShare?: boolean
}

export function fromQuantity(q: Quantity): Operand | null {
  const value = operandInterval(q)
  if (!value || q.sign === '+' || q.word && q.value !== 0) return null
  return {
    start: q.start, end: q.end, raw: q.raw, dimension: q.dimension, value, share: q.dimension === 'percent' ? value : null,
    shown: q.raw, quantity: q, denominator: null, unitSymbol: q.unitSymbol
  }
}

export function fromFraction(text: string, f: Fraction): Operand | null {
  const numerator = operandInterval(f.numerator)
  const denominator = operandInterval(f.denominator)
  if (!numerator || !denominator) return null
  const share = div(numerator, denominator)
  return {
    start: f.start, end: f.end, raw: text.slice(f.start, f.end), dimension: 'count', value: numerator, share: share && scale(share, 100),
    shown: f.numerator.raw, quantity: f.numerator, denominator: f.denominator.written, unitSymbol: null
  }
}

/** The operand that starts at or covers `position`-ish spans: fractions win over their parts. */
export function operandsOf(text: string, tokens: Tokens): Operand[] {
  const result: Operand[] = []
  const inFraction = new Set<Quantity>()
  for (const f of tokens.fractions) {
    inFraction.add(f.numerator)
    inFraction.add(f.denominator)
    const operand = fromFraction(text, f)
    if (operand) result.push(operand)
  }
  for (const q of tokens.quantities) {
    if (inFraction.has(q)) continue
    const operand = fromQuantity(q)
    if (operand) result.push(operand)
  }
  return result.sort((a, b) => a.start - b.start)
}

/** The single operand of a table cell ("2/8 (25%)" → 2/8, "61 files" → 61), or null when there is none or several. */
export function cellOperand(text: string, tokens: Tokens): Operand | null {
  const operands = operandsOf(text, tokens).filter((o) => !o.quantity.word)
  if (operands.length === 0) return null
  const first = operands[0] as Operand
  // "0.95 (3.5:1)": a cell that gives a second figure in parentheses holds two values; which one a
  // reading means is not for recount to guess.
  if (operands.length === 1) return /^[^(]*\(\s*[~≈]?\d/.test(text.slice(first.end)) ? null : first
  // "2/8 (25%)": a fraction with its share in parentheses is one value.
  if (first.denominator !== null && operands.length === 2 && (operands[1] as Operand).dimension === 'percent') return first
  return null
}

export function sameKind(a: Operand, b: Operand): boolean {
  if (a.dimension !== b.dimension) return false
  if (a.denominator !== null || b.denominator !== null) return a.denominator !== null && b.denominator !== null
  return true
}
