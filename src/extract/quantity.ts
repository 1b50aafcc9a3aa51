import { findMasks, type Span } from './masks.js'
import { MAGNITUDES, UNIT_PATTERN, WORD_NUMBER_VALUES, unitInfo, type Dimension } from './units.js'

export type Bound = '<' | '<=' | '>' | '>='

/** A number as written in a report, with what it measures and how precisely it was written. */
export interface Quantity {
  /** Span of the whole token (sign, approximation mark, digits, unit) in the unit's text. */
  start: number
  end: number
  /** Span of the digits alone, for corrections. */
  digitsStart: number
  digitsEnd: number
  raw: string
  /** The number as written, sign included, before magnitude and unit. */
  written: number
  /** Value in the dimension's base unit (seconds, bytes; percent for %). */
  value: number
  /** Multiplier from `written` to `value` (magnitude × unit factor). */
  factor: number
  decimals: number
  dimension: Dimension
  unitSymbol: string | null
  sign: '+' | '-' | null
  approx: boolean
  bound: Bound | null
  /** For "2-3 hours", "55-60%": the other end, in base units. */
  rangeHigh: number | null
  word: boolean
}

export interface Fraction {
  start: number
  end: number
  numerator: Quantity
  denominator: Quantity
}

export interface ClockTime {
  start: number
  end: number
  /** Minutes since midnight. */
  minutes: number
}

export interface Arrow {
  start: number
  end: number
}

export interface Tokens {
  quantities: Quantity[]
  fractions: Fraction[]
  times: ClockTime[]
  arrows: Arrow[]
  masks: Span[]
}

const NUMBER = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+/y
const MAGNITUDE = /[ \t]?(thousand|million|billion|bn|mn)\b|(k|K|M|B)(?![A-Za-z0-9])/y
export const UNIT = new RegExp(`[ \\t]?(${UNIT_PATTERN})(?![A-Za-z0-9µ])`, 'y')
const ARROW = /→|⟶|⇒|➡️?|➜|->|=>|-->|—>/y
const CLOCK = /([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?(?!\d|:\d)/y
const WORD_NUMBER = /\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/iy
const APPROX_BEFORE = /(?:~|≈|∼|\babout|\bapprox\.?|\bapproximately|\baround|\broughly|\bnearly|\balmost|\bca\.|\bestimated|\best\.|估计|约|大约)\s*$/i
const BOUND_BEFORE: Array<[RegExp, Bound]> = [
  [/(?:≤|<=|=<|\bat most|\bup to|\bno more than|\bmax(?:imum)?\.?:?)\s*$/i, '<='],
  [/(?:≥|>=|\bat least|\bno less than|\bmin(?:imum)?\.?:?)\s*$/i, '>='],
  [/(?:<(?![-=])|\bless than|\bunder|\bbelow|\bsub-|\bfewer than)\s*$/i, '<'],
  // The ">" of an arrow ("->", "=>", "-->") is not a comparison.
  [/(?:(?<![-=—])>|\bmore than|\bover|\babove|\bexceeding|\bupwards of)\s*$/i, '>']
]

/** Word numbers count as quantities only before a noun they count ("zero errors", "three services"). */
const WORD_NUMBER_FOLLOWER = /^\s+(?!of\b|the\b|a\b|an\b|or\b|and\b|to\b|by\b|in\b|on\b|at\b|is\b|was\b|more\b|less\b|time\b|way\b)[a-z]|^\s+of\s+(?:\d|(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)/i

const EMPTY: Tokens = Object.freeze({ quantities: [], fractions: [], times: [], arrows: [], masks: [] }) as unknown as Tokens
const HAS_DIGIT = /[0-9]/
const HAS_WORD_NUMBER = /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i

const isDigit = (code: number) => code >= 48 && code <= 57
const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
const WORD_CHAR = /[\p{L}\p{N}_]/u
/** A letter, digit or underscore, in any script (ASCII answered without a regular expression). */
const isWordChar = (ch: string | undefined) => {
  if (ch === undefined) return false
  const code = ch.charCodeAt(0)
  if (code < 128) return isDigit(code) || isAsciiLetter(code) || code === 95
  return WORD_CHAR.test(ch)
}
/** Characters an arrow can start with: →, ⟶, ⇒, ➡, ➜, -, =, —. */
const ARROW_START = new Set(['→', '⟶', '⇒', '➡', '➜', '-', '=', '—'])
/** Where tokenize can find something on a line without number words: a digit, a point, an arrow's first character. */
const NEXT_STOP = /[0-9.→⟶⇒➡➜=—-]/g

export function tokenize(text: string): Tokens {
  // Most lines of prose hold no number at all; nothing below can find one there.
  const words = HAS_WORD_NUMBER.test(text)
  if (!words && !HAS_DIGIT.test(text)) return EMPTY
  const masks = findMasks(text)
  const quantities: Quantity[] = []
  const times: ClockTime[] = []
  const arrows: Arrow[] = []
  let maskIndex = 0

  for (let i = 0; i < text.length; ) {
    // Without number words, letters and everything else between the stops can hold nothing.
    if (!words) {
      NEXT_STOP.lastIndex = i
      const stop = NEXT_STOP.exec(text)
      if (!stop) break
      i = stop.index
    }
    while (maskIndex < masks.length && (masks[maskIndex] as Span).end <= i) maskIndex++
    const mask = masks[maskIndex]
    if (mask && mask.start <= i) {
      i = mask.end
      continue
    }
    const ch = text[i] as string
    const code = text.charCodeAt(i)

    if (ARROW_START.has(ch)) {
      ARROW.lastIndex = i
      const arrow = ARROW.exec(text)
      if (arrow) {
        arrows.push({ start: i, end: i + arrow[0].length })
        i += arrow[0].length
        continue
      }
    }

    const prev = i > 0 ? (text[i - 1] as string) : ''
    const prevIsWord = isWordChar(prev)
    if (isDigit(code) && !prevIsWord && prev !== '.' && prev !== ',') {
      CLOCK.lastIndex = i
      const clock = CLOCK.exec(text)
      if (clock) {
        times.push({ start: i, end: i + clock[0].length, minutes: Number(clock[1]) * 60 + Number(clock[2]) })
        i += clock[0].length
        continue
      }
    }

    if ((isDigit(code) || (ch === '.' && isDigit(text.charCodeAt(i + 1)))) && !prevIsWord && prev !== '.') {
      const quantity = readNumber(text, i)
      if (quantity) {
        quantities.push(quantity)
        i = quantity.end
        continue
      }
      // Skip the rest of this run of digits so that its tail is not read again.
      while (i < text.length && (isWordChar(text[i]) || text[i] === '.' || text[i] === ',')) i++
      continue
    }

    if (isAsciiLetter(code) && !(prevIsWord && prev !== '_')) {
      WORD_NUMBER.lastIndex = i
      const word = WORD_NUMBER.exec(text)
      if (word && WORD_NUMBER_FOLLOWER.test(text.slice(i + word[0].length, i + word[0].length + 24))) {
        const value = WORD_NUMBER_VALUES[(word[1] as string).toLowerCase()] as number
        quantities.push(plainQuantity(i, i + word[0].length, text, value, true))
        i += word[0].length
        continue
      }
      while (i < text.length && isWordChar(text[i])) i++
      continue
    }
    i++
  }

  return { quantities, fractions: findFractions(text, quantities), times, arrows, masks }
}

function plainQuantity(start: number, end: number, text: string, value: number, word: boolean): Quantity {
  return {
    start, end, digitsStart: start, digitsEnd: end, raw: text.slice(start, end), written: value, value, factor: 1, decimals: 0,
    dimension: 'count', unitSymbol: null, sign: null, approx: false, bound: null, rangeHigh: null, word
  }
}

function parseDigits(digits: string): { value: number; decimals: number } {
  const plain = digits.replace(/,/g, '')
  const dot = plain.indexOf('.')
  return { value: Number(plain), decimals: dot < 0 ? 0 : plain.length - dot - 1 }
}

function readNumber(text: string, at: number, asRangeEnd = false): Quantity | null {
  NUMBER.lastIndex = at
  const match = NUMBER.exec(text)
  if (!match) return null
  const digits = match[0]
  let end = at + digits.length
  // "1,2,3" lists and "3,5" decimal commas are not thousands separators.
  if (/^\d+,\d/.test(text.slice(at, end + 2)) && !/^\d{1,3}(?:,\d{3})+/.test(digits)) return null
  const { value: number, decimals } = parseDigits(digits)

  let factor = 1
  MAGNITUDE.lastIndex = end
  const magnitude = MAGNITUDE.exec(text)
  if (magnitude) {
    const key = (magnitude[1] ?? magnitude[2]) as string
    // "5 M" with a space is rare and ambiguous; single-letter magnitudes must touch the digits.
    factor = MAGNITUDES[key] ?? MAGNITUDES[key.toLowerCase()] ?? 1
    end += magnitude[0].length
  }

  let dimension: Dimension = 'count'
  let unitSymbol: string | null = null
  UNIT.lastIndex = end
  const unit = UNIT.exec(text)
  if (unit) {
    const info = unitInfo(unit[1] as string)
    const spaced = unit[0].startsWith(' ') || unit[0].startsWith('\t')
    // A spaced single letter ("5 m", "3 x 4", "2 B") is too ambiguous to be a unit; "2 h" and "1.2 s" are not.
    // "6 m 40 s": minutes, when seconds follow.
    const tooShort = spaced && (unit[1] as string).length === 1 && !/^[%hs]$/.test(unit[1] as string) && !(unit[1] === 'm' && MINUTES_THEN_SECONDS.test(text.slice(end + unit[0].length, end + unit[0].length + 16)))
    if (info && !tooShort && !(info.dimension === 'multiplier' && /^[ \t]?[xX]\s*\d/.test(text.slice(end, end + 4)))) {
      dimension = info.dimension
      unitSymbol = info.symbol
      factor *= info.factor
      end += unit[0].length
    }
  }
  // Digits fused with letters that are not a unit form an identifier (2FA, 3D, 4xx).
  if (/[A-Za-z_]/.test(text[end] ?? '') && dimension === 'count' && factor === 1) return null

  let start = at
  let sign: '+' | '-' | null = null
  const before = text[at - 1] ?? ''
  if (/[+\-−–]/.test(before) && !/[\p{L}\p{N}]/u.test(text[at - 2] ?? '')) {
    sign = before === '+' ? '+' : '-'
    start = at - 1
  }
  const head = text.slice(Math.max(0, start - 24), start)
  const approx = APPROX_BEFORE.test(head)
  let bound: Bound | null = null
  const leading = boundBefore(head)
  if (leading) {
    bound = leading.bound
    start -= leading.markLength
  }
  if (approx) {
    const mark = /[~≈∼]\s*$/.exec(head)
    if (mark) start -= mark[0].length
  }
  if (text[end] === '+' && !/[\p{L}\p{N}]/u.test(text[end + 1] ?? '')) {
    bound = '>='
    end += 1
  }

  if (dimension === 'count' && /[$€£¥]/.test(text[start - 1] ?? '')) {
    dimension = 'money'
    unitSymbol = text[start - 1] as string
    start -= 1
    // "-$14.00": the sign stands before the currency.
    if (!sign && /[+\-−–]/.test(text[start - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[start - 2] ?? '')) {
      sign = text[start - 1] === '+' ? '+' : '-'
      start -= 1
    }
    // "<$10/month", "under $5": the bound stands before the currency.
    const beforeCurrency = bound ? null : boundBefore(text.slice(Math.max(0, start - 24), start))
    if (beforeCurrency) {
      bound = beforeCurrency.bound
      start -= beforeCurrency.markLength
    }
  }

  const written = sign === '-' ? -number : number
  const quantity: Quantity = {
    start, end, digitsStart: at, digitsEnd: at + digits.length, raw: text.slice(start, end), written, value: written * factor, factor,
    decimals, dimension, unitSymbol, sign, approx, bound, rangeHigh: null, word: false
  }
  return extendCompound(text, quantity) ?? (asRangeEnd ? null : extendRange(text, quantity)) ?? quantity
}

/** The bound written just before a number ("<", "≥", "at most"), and how much of the text is its mark ("<" is; "at most" is not). */
function boundBefore(head: string): { bound: Bound; markLength: number } | null {
  for (const [pattern, kind] of BOUND_BEFORE) {
    const found = pattern.exec(head)
    if (found) return { bound: kind, markLength: /^[<>≤≥=~≈∼]/.test(found[0]) ? found[0].length : 0 }
  }
  return null
}

const MINUTES_THEN_SECONDS = /^[ \t]\d{1,2}(?:\.\d+)?[ \t]?(?:s|secs?|seconds?)(?![A-Za-z0-9])/

/** "2 hours 15 minutes", "4h 30m": one duration. */
function extendCompound(text: string, first: Quantity): Quantity | null {
  if (first.dimension !== 'duration') return null
  const tail = /^[ \t]*(?:,[ \t]*)?(?:and[ \t]+)?(\d+(?:\.\d+)?)[ \t]?([A-Za-zµ]+)(?![A-Za-z0-9])/.exec(text.slice(first.end, first.end + 24))
  if (!tail) return null
  const info = unitInfo(tail[2] as string)
  if (!info || info.dimension !== 'duration' || info.factor >= first.factor) return null
  const end = first.end + tail[0].length
  const value = first.value + Number(tail[1]) * info.factor
  return { ...first, end, raw: text.slice(first.start, end), value, written: value / info.factor, factor: info.factor, unitSymbol: info.symbol, decimals: 0 }
}

/** Where the end of a range after `low` starts ("2-3 hours", "55-60%", "4 to 5 days", "+20-30%"), or null. */
function rangeEndAt(text: string, low: Quantity): number | null {
  const tail = /^[ \t]*(?:-|–|—|to)[ \t]*/.exec(text.slice(low.end, low.end + 6))
  // After a plus sign only a dash with no space around it joins a range ("+20-30%", not "+5 - 3").
  if (!tail || (low.sign === '+' && !/^[-–]$/.test(tail[0])) || low.bound) return null
  // "grew from 6.2 to 8.1 min": a before and an after, not a range.
  if (tail[0].includes('to') && /\bfrom\s*$/i.test(text.slice(Math.max(0, low.start - 8), low.start))) return null
  const highAt = low.end + tail[0].length
  return /[0-9]/.test(text[highAt] ?? '') ? highAt : null
}

function joins(low: Quantity, high: Quantity): boolean {
  if (low.dimension !== 'count' && low.dimension !== high.dimension) return false
  return low.written * (low.dimension === 'count' ? high.factor : low.factor) <= high.value
}

/**
 * "20-30ms": a number and the end of its range. The end is read as a number alone: in a chain
 * ("40-40-20", "1 - 1 - 1 …") each pair from the left is a range, and reading each end as a range in
 * turn would recurse down a long chain until the stack overflows.
 */
function extendRange(text: string, low: Quantity): Quantity | null {
  const at = rangeEndAt(text, low)
  const high = at === null ? null : readNumber(text, at, true)
  if (!high || !joins(low, high)) return null
  const factor = low.dimension === 'count' ? high.factor : low.factor
  return {
    ...low, end: high.end, raw: text.slice(low.start, high.end), value: low.written * factor, factor, dimension: high.dimension,
    unitSymbol: high.unitSymbol, rangeHigh: high.value, approx: low.approx || high.approx
  }
}

const OF_WORDING = /^[ \t]+(?:[A-Za-z][\w-]*[ \t]+){0,2}?(?:out[ \t]+of|of)[ \t]+(?:the[ \t]+|all[ \t]+)?$/

function findFractions(text: string, quantities: Quantity[]): Fraction[] {
  const fractions: Fraction[] = []
  for (let k = 0; k + 1 < quantities.length; k++) {
    const a = quantities[k] as Quantity
    const b = quantities[k + 1] as Quantity
    if (a.rangeHigh !== null || b.rangeHigh !== null || a.sign || b.sign || a.bound || b.bound) continue
    const between = text.slice(a.end, b.start)
    // "17 of 425 days": a count of the days the whole is written in.
    const daysOfDays = a.dimension === 'count' && b.dimension === 'duration' && a.factor === 1 && /^[ \t]+of[ \t]+$/.test(between) && /^[ \t]*days?\b/i.test(text.slice(b.digitsEnd, b.end))
    if (a.dimension !== 'count' || (b.dimension !== 'count' && !daysOfDays)) continue
    const slashed = between === '/' || between === ' / '
    // "31.2M of 52.9M": written with a thousands suffix, a whole number of things in decimals.
    const whole = Number.isInteger(a.written) || (a.factor >= 1000 && b.factor >= 1000)
    if (slashed && a.factor === 1 && b.factor === 1 && !a.word && !b.word) {
      fractions.push({ start: a.start, end: b.end, numerator: a, denominator: b })
      k++
    } else if (OF_WORDING.test(between) && whole && (daysOfDays ? b.written : b.value) >= a.value && !a.approx && !b.approx) {
      // The days counted, not the time they last: the whole is the number of days written.
      fractions.push({ start: a.start, end: b.end, numerator: a, denominator: daysOfDays ? { ...b, dimension: 'count', value: b.written, factor: 1 } : b })
      k++
    }
  }
  return fractions
}
