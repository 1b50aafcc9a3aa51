// Arithmetic written out in the text: "(85 + 92 + 90) / 3 = 91%", "7 requests × 800ms = 5.6
// seconds", "3 × 40 min = 2 h". The expression is read back from the "=" over numbers, operators
// and parentheses (a number may carry one or two words: "7 requests"); the result is the number
// right after it.
import type { Quantity } from '../extract/quantity.js'
import type { ClaimContext } from './context.js'
import type { Claim, Operator, Term } from './model.js'

const OPERATORS: Record<string, Operator> = { '+': '+', '-': '-', '−': '-', '–': '-', '*': '*', '×': '*', x: '*', '/': '/', '÷': '/' }
const RESULT_AFTER = /^[\s*_]*(?:[≈~][\s*_]*)?$/

export function readArithmetic(context: ClaimContext): Claim[] {
  const claims: Claim[] = []
  for (const line of context.doc.lines) {
    const unit = line.unit
    if (!unit.text.includes('=')) continue
    const { quantities } = context.tokens(unit)
    for (let eq = unit.text.indexOf('='); eq >= 0; eq = unit.text.indexOf('=', eq + 1)) {
      if (unit.text[eq + 1] === '=' || unit.text[eq - 1] === '=' || unit.text[eq - 1] === '!' || unit.text[eq - 1] === '<' || unit.text[eq - 1] === '>') continue
      const result = quantities.find((q) => q.start > eq && RESULT_AFTER.test(unit.text.slice(eq + 1, q.start)))
      if (!result || result.bound || result.rangeHigh !== null || result.sign === '+' || /^\s*\/\s*\d/.test(unit.text.slice(result.end))) continue
      // "= 1.0 (capped)": the result is held to a limit, not what the arithmetic gives.
      if (/^[\s*_(]*(?:capped|clamped|limited|max|maximum|min|minimum|floor|ceiling|cap)\b/i.test(unit.text.slice(result.end, result.end + 24))) continue
      const terms = expressionBefore(unit.text, eq, quantities, line.kind === 'code')
      // "6/66 = 9.1%" is a fraction and its percentage: ratio-percent reads that.
      if (!terms || (terms.length === 3 && terms[1]?.kind === 'operator' && terms[1].op === '/' && result.dimension === 'percent')) continue
      const start = startOf(unit.text, terms)
      // "Hi=1 + 1=1": the first number is the value given to a name, so what follows lists assignments.
      if (/\S=\s*$/.test(unit.text.slice(Math.max(0, start - 3), start))) continue
      const expression = unit.text.slice(start, eq).trim()
      claims.push({ kind: 'arithmetic', at: { unit, start: result.start, end: result.end }, binding: 'tight', expression, terms, result, about: expression, reading: `${expression} = ${result.raw}` })
    }
  }
  return claims
}

/** Whether only spaces and tabs stand before `at` in its line (a unit holds one line). */
function opensLine(text: string, at: number): boolean {
  let i = at - 1
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--
  return i < 0
}

/** Where the expression starts: its first number, or the parentheses opened before it. */
function startOf(text: string, terms: Term[]): number {
  const first = terms.find((t) => t.kind === 'number') as Extract<Term, { kind: 'number' }>
  let start = first.quantity.start
  for (const term of terms) {
    if (term.kind !== 'open') break
    start = text.lastIndexOf('(', start - 1)
  }
  return start
}

/** The terms of the expression that ends at `eq`, or null when what stands there is not arithmetic. */
function expressionBefore(text: string, eq: number, quantities: Quantity[], inFence: boolean): Term[] | null {
  const reversed: Term[] = []
  let j = eq - 1
  let wordsSkipped = 0
  let named = false
  for (;;) {
    while (j >= 0 && (text[j] === ' ' || text[j] === '*' && text[j - 1] === '*')) j -= text[j] === '*' ? 2 : 1
    if (j < 0) break
    const ch = text[j] as string
    const q = quantities.find((x) => x.end === j + 1)
    // A term's name is followed by its operator, not by another number.
    if (q && named) break
    if (q) {
      if (q.rangeHigh !== null || q.bound || q.dimension === 'multiplier') return null
      // "30% rejection rate × 15 min": a rate of something the expression does not write out.
      if (wordsSkipped > 0 && q.dimension === 'percent') return null
      const last = reversed[reversed.length - 1]
      // "1 000 / 8": a number right before the first one, with a space alone between, may be its thousands.
      if (last && last.kind === 'number' && /^\s+$/.test(text.slice(q.end, last.quantity.start))) return null
      if (last && (last.kind === 'number' || last.kind === 'open')) break
      reversed.push({ kind: 'number', quantity: q })
      if (q.sign) reversed.push({ kind: 'operator', op: q.sign === '-' ? '-' : '+' })
      j = q.start - 1
      wordsSkipped = 0
      continue
    }
    if (ch === ')') {
      reversed.push({ kind: 'close' })
      j--
      continue
    }
    if (ch === '(') {
      reversed.push({ kind: 'open' })
      j--
      continue
    }
    // "60% of 200": a share of an amount is a product.
    if (ch === 'f' && text[j - 1] === 'o' && /[\s*_]/.test(text[j - 2] ?? '') && reversed[reversed.length - 1]?.kind === 'number') {
      const share = quantities.find((x) => x.end === text.slice(0, j - 1).trimEnd().length)
      if (share && share.dimension === 'percent' && !share.bound && share.rangeHigh === null) {
        reversed.push({ kind: 'operator', op: '*' })
        j -= 2
        continue
      }
    }
    const op = OPERATORS[ch]
    // "  - 50 videos × 2 s" in a fenced block: a dash, star or plus that opens the line before a space marks an item, not a subtraction.
    if (inFence && op && /^[-–*+]$/.test(ch) && text[j + 1] === ' ' && opensLine(text, j)) break
    if (op && (ch !== 'x' || (text[j - 1] === ' ' && text[j + 1] === ' '))) {
      const last = reversed[reversed.length - 1]
      if (!last || last.kind === 'operator' || last.kind === 'close') break
      reversed.push({ kind: 'operator', op })
      j--
      named = false
      continue
    }
    // "7 requests × 800ms": up to two words that follow a number and name what it counts.
    let wordStart = j + 1
    while (wordStart > 0 && /\p{L}/u.test(text[wordStart - 1] as string)) wordStart--
    const last = reversed[reversed.length - 1]
    if (wordStart <= j && wordsSkipped < 2 && last && last.kind === 'operator') {
      j = wordStart - 1
      wordsSkipped++
      continue
    }
    // "tokenize 3 ms + model 21 ms + post-processing 2 ms = 28 ms": a word naming the term after an
    // operator; the expression goes on only if an operator comes before it.
    if (wordStart <= j && !named && last && last.kind === 'number' && /^[\p{L}-]+$/u.test(text.slice(wordStart, j + 1).replace(/^-+/, ''))) {
      let k = wordStart - 1
      while (k >= 0 && /[\p{L}-]/u.test(text[k] as string)) k--
      named = true
      j = k
      continue
    }
    break
  }
  const terms = reversed.reverse()
  // "(180 PUT + 180 GET) / 1000 × $0.005": a group of terms not read, then an operator; the
  // expression starts before what was read.
  if (terms[0]?.kind === 'close' && terms[1]?.kind === 'operator') return null
  // Drop what does not belong: an opening parenthesis of the sentence, a dangling operator.
  while (terms.length > 0 && (terms[0]?.kind === 'close' || terms[0]?.kind === 'operator' && (terms[0] as { op: Operator }).op !== '-')) terms.shift()
  let depth = 0
  for (const t of terms) {
    if (t.kind === 'open') depth++
    if (t.kind === 'close') depth--
    if (depth < 0) return null
  }
  while (depth > 0 && terms[0]?.kind === 'open') {
    terms.shift()
    depth--
  }
  if (depth !== 0) return null
  const numbers = terms.filter((t) => t.kind === 'number').length
  const operators = terms.filter((t) => t.kind === 'operator').length
  return numbers >= 2 && operators >= 1 ? terms : null
}

