// A fraction and the percentage written beside it ("7/8 (88%)", "24 of 45 (60%)", "60% complete
// (4/6 features done)"), and a share of a small stated whole ("37% of 8 services").
import type { Fraction, Quantity } from '../extract/quantity.js'
import type { ClaimContext } from './context.js'
import { CHANGE_WORD } from './change.js'
import { MEASURED_DIMENSIONS } from './counting.js'
import type { Claim, FractionPercentClaim } from './model.js'

// Between a fraction and its percentage: a few words then "(", "=", "or", a comma or a colon.
const FRACTION_THEN_PERCENT = /^\s*(?:[\p{L}][\p{L}\p{N}'-]*\s+){0,3}\(\s*$|^\s*(?:=|≈|or|is)\s*$|^\s*[,:]\s*$|^\s*[-–—]\s*$/u
const PERCENT_THEN_FRACTION = /^\s*(?:[\p{L}][\p{L}'-]*\s+){0,2}\(\s*$|^\s*(?:=|of)\s*$/u
const PERCENT_OF_COUNT = /^\s+of\s+(?:the\s+|all\s+|our\s+)?$/
// A percentage that is a statistic about the fraction, not its share: "95% CI", "a lower bound of 44%".
const STATISTIC_AFTER = /^\s*(?:CI|C\.I\.|confidence|credible|interval|percentile|quantile|significance)\b/i
const STATISTIC_BEFORE = /\b(?:bound|interval|CI|confidence|percentile|quantile|p-value)\b[^.;()]{0,24}$/i
// "407/407 tests passing (94% overall coverage)": a percentage that names another measure is not the fraction's share.
const OTHER_MEASURE_AFTER = /^\s*(?:average|avg|mean|median|\p{L}+\s+(?:average|mean))\b|^\s*(?:\p{L}+\s+)?(?:coverage|accuracy|precision|recall|uptime|availability|utili[sz]ation|usage|cpu|memory|confidence|similarity|score|efficiency|improvement|reduction|increase|decrease|growth|faster|slower|savings?|margin|share|of (?:the )?(?:budget|time|target|total|requirements?|required|goal|estimate|baseline|capacity|quota|limit|minimum|threshold))\b/iu

const AVERAGE_BEFORE = /\b(?:avg|average|mean|median)\b[^.;()]{0,30}$/i

const NAMED_RATE_AFTER = /^\s+(?:\p{L}+\s+)?rate\b/iu

// "1.5 TB of 2 TB", "€450 of the €600": two measurements of one kind, a part and its whole.
const MEASURE_OF = /^\s+(?:out\s+)?of\s+(?:the\s+|our\s+|its\s+|their\s+)?$/
// "Requests: 120,000, of which 2,400 failed": the whole, then the part in a state.
const OF_WHICH = /^(?:\s*\p{L}[\p{L}-]*)?(?:\s*,)?\s+of\s+(?:which|whom|these|those|them)\s+$/u
// "1 in 4": a rate written with "in", the numbers side by side.
const ONE_IN = /^\s+in\s+$/
// "1,200 tests, 1,184 passed": the whole, then the part in a state.
const WHOLE_THEN_PART = /^\s+\p{L}[\p{L}-]*\s*[,:;]\s*$/u
const STATE_AFTER = new RegExp(`^\\s+(?:${['passed', 'passing', 'failed', 'failing', 'succeeded', 'successful', 'green', 'healthy', 'done', 'completed?', 'covered', 'resolved', 'fixed', 'merged', 'skipped', 'blocked', 'open', 'closed'].join('|')})\\b`, 'i')

// "a third of 45 jobs (15)", "two thirds of 9 hosts (6)": a share in words, its whole, and the part stated alone in parentheses.
const WORD_SHARE = /\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+)?(half|thirds?|quarters?|fifths?|tenths?)\s+of\s+(?:the\s+|all\s+|our\s+|its\s+)?$/i
const SHARE_DENOMINATORS: Record<string, number> = { half: 2, third: 3, quarter: 4, fifth: 5, tenth: 10 }
const SHARE_NUMERATORS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 }
// "roughly a third", "more than half", "one and a half": not the share exactly.
const LOOSE_SHARE = /(?:~|≈|\b(?:about|around|roughly|nearly|almost|approximately|over|under|above|below|more than|less than|fewer than|at least|at most|close to|upwards of|some|and))\s*$/i
const WHOLE_THEN_PARENS = /^\s+\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?\s*\(\s*$/u
const PART_CLOSES = /^\s*\)/

// "40% of 8 cores", "40% of 8 sprints": a share of capacity or of time, which need not be whole items.
const CAPACITY_OR_TIME = /^\s+(?:[\p{L}-]+\s+)?(?:cores?|cpus?|vcpus?|gpus?|threads?|slots?|sprints?|iterations?|cycles?|weeks?|days?|months?|quarters?|years?|hours?|shifts?|phases?)\b/iu
// "40% of 8 services' traffic": a share of something the items have.
const POSSESSIVE = /^\s+[\p{L}-]+(?:['’]s?)(?![\p{L}])/u
const COVERAGE_BEFORE = /\bcoverage\b[^\d\p{L}]{0,6}$/iu
const OUTCOME_AFTER = /^\s*(?:[\p{L}-]+\s+)?(?:pass|passes|passed|passing|fail|fails|failed|failing|succeeded|successful|green)\b/iu
// A share that measures something over the items (their load, coverage, time, progress), or an average over them.
const MEASURE_WORD = /\b(?:cpu|gpu|memory|ram|disk|utili[sz]ation|usage|load|busy|idle|capacity|bandwidth|traffic|throughput|time|effort|spent|spend|budget|cost|coverage|uptime|availability|progress|complete|completion|average|avg|mean|median|typically|per)\b/i

/** "37% of 8 services" counts whole services: not a share of capacity, time or a measure over them. */
function countedShare(text: string, percent: Quantity, whole: Quantity): boolean {
  const after = text.slice(whole.end, whole.end + 40)
  if (CAPACITY_OR_TIME.test(after) || POSSESSIVE.test(after)) return false
  const from = Math.max(text.lastIndexOf('. ', percent.start), text.lastIndexOf(';', percent.start), 0)
  const ends = [text.indexOf('. ', whole.end), text.indexOf(';', whole.end)].filter((k) => k >= 0)
  return !MEASURE_WORD.test(text.slice(from, ends.length > 0 ? Math.min(...ends) : text.length))
}

/** "half of 30 checks (15)": the share in words over a counted whole, and the part in parentheses after it. */
function wordShares(unit: Claim['at']['unit'], quantities: Quantity[]): Claim[] {
  const text = unit.text
  const claims: Claim[] = []
  for (let k = 0; k + 1 < quantities.length; k++) {
    const whole = quantities[k] as Quantity
    const part = quantities[k + 1] as Quantity
    const plain = (q: Quantity) => q.dimension === 'count' && q.factor === 1 && q.decimals === 0 && !q.sign && !q.bound && !q.approx && q.rangeHigh === null
    if (!plain(whole) || !plain(part) || whole.written < 2) continue
    const before = text.slice(Math.max(0, whole.start - 40), whole.start)
    const share = WORD_SHARE.exec(before)
    if (!share || LOOSE_SHARE.test(before.slice(0, share.index))) continue
    if (!WHOLE_THEN_PARENS.test(text.slice(whole.end, part.start)) || !PART_CLOSES.test(text.slice(part.end))) continue
    const numerator = SHARE_NUMERATORS[(share[1] ?? 'a').toLowerCase()] ?? 1
    const noun = (share[2] as string).toLowerCase()
    const denominator = SHARE_DENOMINATORS[noun.replace(/s$/, '')] as number
    // "a third" and "two thirds" agree in number with their share; "two third" or "a thirds" is no share.
    if (numerator >= denominator || (noun !== 'half' && numerator > 1 !== noun.endsWith('s'))) continue
    const raw = text.slice(Math.max(0, whole.start - 40) + share.index, whole.start).trimEnd().replace(/(?:^|\s)of(?:\s(?:the|all|our|its))?$/i, '').trim()
    claims.push({
      kind: 'percent-of-count', at: { unit, start: part.start, end: part.end }, binding: 'tight', percent: null, whole,
      words: { raw, numerator, denominator, part },
      about: text.slice(Math.max(0, whole.start - 40) + share.index, part.end + 1).trim(),
      reading: `${part.raw} is ${raw} of ${whole.raw}`
    })
  }
  return claims
}

/** Fractions beyond "a/b" and "a of b" counts: measurements of one kind, "1 in 4", "N things, M passed". */
function otherFractions(text: string, quantities: Quantity[], fractions: Fraction[]): Fraction[] {
  const taken = new Set(fractions.flatMap((f) => [f.numerator, f.denominator]))
  const found: Fraction[] = []
  for (let k = 0; k + 1 < quantities.length; k++) {
    const a = quantities[k] as Quantity
    const b = quantities[k + 1] as Quantity
    if (taken.has(a) || taken.has(b) || a.sign || b.sign || a.bound || b.bound || a.rangeHigh !== null || b.rangeHigh !== null || a.approx || b.approx) continue
    const between = text.slice(a.end, b.start)
    const measured = a.dimension === b.dimension && a.dimension !== 'count' && a.dimension !== 'percent' && a.dimension !== 'points' && a.dimension !== 'multiplier' && MEASURE_OF.test(between)
    const oneIn = a.dimension === 'count' && b.dimension === 'count' && a.factor === 1 && Number.isInteger(a.written) && ONE_IN.test(between)
    // The whole names its things ("1,200 tests"), not a state of some of them ("50 passed, 24 failed").
    const wholeFirst =
      a.dimension === b.dimension && (a.dimension === 'count' ? a.factor === 1 && b.factor === 1 && Number.isInteger(b.written) : MEASURED_DIMENSIONS.has(a.dimension)) &&
      ((a.dimension === 'count' && WHOLE_THEN_PART.test(between)) || OF_WHICH.test(between)) && !STATE_AFTER.test(between) && STATE_AFTER.test(text.slice(b.end, b.end + 16))
    if ((measured || oneIn) && b.value >= a.value && b.value > 0) found.push({ start: a.start, end: b.end, numerator: a, denominator: b })
    else if (wholeFirst && a.value >= b.value && a.value > 0) found.push({ start: a.start, end: b.end, numerator: b, denominator: a })
  }
  return found
}

export function readFractionPercents({ doc, tokens }: ClaimContext): Claim[] {
  const claims: Claim[] = []
  // Fractions with their percentages in one list or one line, which may be the parts of one whole.
  const besideOthers = new Map<object, FractionPercentClaim[]>()
  for (const line of doc.lines) {
    const unit = line.unit
    const text = unit.text
    const { quantities } = tokens(unit)
    // Every reading below pairs two numbers.
    if (quantities.length < 2) continue
    const fractions = [...tokens(unit).fractions, ...otherFractions(text, quantities, tokens(unit).fractions)]
    // A share is never signed and never described as a change.
    const percents = quantities.filter(
      (q) =>
        q.dimension === 'percent' && q.rangeHigh === null && !q.bound && !q.sign && !CHANGE_WORD.test(text.slice(q.end, q.end + 16)) &&
        !STATISTIC_AFTER.test(text.slice(q.end, q.end + 16)) && !STATISTIC_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start))
    )
    const used = new Set<Quantity>()
    for (const fraction of fractions) {
      const percent = pairedPercent(text, fraction, percents, used)
      if (!percent || (percent.start > fraction.end && OTHER_MEASURE_AFTER.test(text.slice(percent.end, percent.end + 40)))) continue
      // "Avg pass rate: 95.2% (47.5/50 gates)": a mean of rates need not be the ratio of the means.
      if (fraction.numerator.decimals > 0 && AVERAGE_BEFORE.test(text.slice(Math.max(0, percent.start - 40), percent.start))) continue
      // "61% complete (7/13 points + Story 4 partly done)": the percentage counts more than the fraction;
      // "98% (7 of 8 phases, one skipped)": or leaves some of it out.
      if (percent.end <= fraction.start && /^[^)(.;]{0,48}?(?:\+|\bplus\b|\bpartial(?:ly)?\b|\bskipped\b|\bexcluded\b|\bn\/a\b|\bnot counted\b|\bdeferred\b)/i.test(text.slice(fraction.end))) continue
      // "Review: 9.1/10, 97.4% pass rate, 8/8 checks": after a comma, a percentage that names its own rate is the next item.
      const listGoesOn = fraction.numerator.decimals > 0 || /^[^,;]*,\s*\S/.test(text.slice(percent.end))
      if (percent.start > fraction.end && /,\s/.test(text.slice(fraction.end, percent.start)) && NAMED_RATE_AFTER.test(text.slice(percent.end, percent.end + 30)) && listGoesOn) continue
      // "100% (193/190 routes - some tested twice)": more than the whole is not a share of it.
      if (fraction.numerator.value > fraction.denominator.value && percent.value <= 100) continue
      if (countsAnotherState(text, fraction, percent)) continue
      // "Test coverage: 89% (7/12 passing tests)": code covered is not tests passed.
      if (percent.end <= fraction.start && COVERAGE_BEFORE.test(text.slice(Math.max(0, percent.start - 40), percent.start)) && OUTCOME_AFTER.test(text.slice(fraction.end, fraction.end + 24))) continue
      used.add(percent)
      const claim: FractionPercentClaim = {
        kind: 'fraction-percent', at: { unit, start: percent.start, end: percent.end }, binding: 'tight', fraction, percent,
        about: trimEnd(text.slice(0, Math.min(fraction.start, percent.start))) || text.slice(fraction.start, fraction.end),
        reading: `${text.slice(fraction.start, fraction.end)} ↔ ${percent.raw}`
      }
      claims.push(claim)
      const group = line.listItem?.siblings ?? unit
      besideOthers.set(group, [...(besideOthers.get(group) ?? []), claim])
    }
    for (const percent of percents) {
      if (used.has(percent) || percent.approx) continue
      const whole = quantities.find((q) => q.start >= percent.end && PERCENT_OF_COUNT.test(text.slice(percent.end, q.start)))
      if (!whole || whole.dimension !== 'count' || whole.factor !== 1 || whole.decimals > 0 || whole.bound || whole.rangeHigh !== null || whole.approx) continue
      if (whole.written < 1 || whole.written > 200 || !/^\s+[\p{L}]/u.test(text.slice(whole.end, whole.end + 3))) continue
      if (!countedShare(text, percent, whole)) continue
      claims.push({
        kind: 'percent-of-count', at: { unit, start: percent.start, end: percent.end }, binding: 'tight', percent, whole,
        about: text.slice(percent.start, whole.end + 24).split(/[,;.]/)[0] ?? percent.raw,
        reading: `${percent.raw} of ${whole.raw} is a whole number of ${whole.raw}`
      })
    }
    claims.push(...wordShares(unit, quantities))
  }
  for (const group of besideOthers.values()) markPartsOfWhole(group)
  return claims
}

/** "2/9 (22%)", "3/9 (33%)", "4/9 (45%)": parts of one whole that make it, with percentages that add up to 100%. */
function markPartsOfWhole(group: FractionPercentClaim[]): void {
  const byWhole = new Map<number, FractionPercentClaim[]>()
  for (const claim of group) byWhole.set(claim.fraction.denominator.value, [...(byWhole.get(claim.fraction.denominator.value) ?? []), claim])
  for (const [whole, parts] of byWhole) {
    if (parts.length < 2) continue
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)
    const percents = sum(parts.map((c) => c.percent.value))
    if (sum(parts.map((c) => c.fraction.numerator.value)) === whole && Math.abs(percents - 100) < 1e-9) for (const claim of parts) claim.partOfWhole = true
  }
}

// States a count or share may be in; words of one set say the same state ("complete", "done").
const STATE_SETS = [
  /^(?:complete|completed|done|finished|implemented|delivered|shipped|closed|resolved|fixed|merged|migrated|ported)$/i,
  /^(?:pass|passed|passing|green|successful|succeeded|healthy|working|ok)$/i,
  /^(?:covered|tested)$/i
]
const sameState = (a: string, b: string) => a.toLowerCase() === b.toLowerCase() || STATE_SETS.some((set) => set.test(a) && set.test(b))

/** The state word that closes the words right after a number ("complete" of "45% complete (", "touched" of "6/6 features touched)"). */
function stateAfter(text: string, from: number): string | null {
  const words = /^\s*([\p{L}][\p{L}'-]*(?:\s+[\p{L}][\p{L}'-]*){0,2})\s*(?=[()\],;]|$)/u.exec(text.slice(from, from + 40))?.[1]?.trim().split(/\s+/) ?? []
  const last = words[words.length - 1]
  return last !== undefined && (/ed$/i.test(last) || STATE_SETS.some((set) => set.test(last))) ? last : null
}

/** "45% complete (6/6 features touched)": the percentage and the fraction name two different states. */
function countsAnotherState(text: string, fraction: Fraction, percent: Quantity): boolean {
  const ofPercent = stateAfter(text, percent.end)
  const ofFraction = stateAfter(text, fraction.end)
  return ofPercent !== null && ofFraction !== null && !sameState(ofPercent, ofFraction)
}

/** The label before a claim, without the punctuation that joins it to the numbers. */
function trimEnd(text: string): string {
  let end = text.length
  while (end > 0 && /[\s:*(—–-]/u.test(text[end - 1] as string)) end--
  return text.slice(0, end).trim()
}

function pairedPercent(text: string, fraction: Fraction, percents: Quantity[], used: Set<Quantity>): Quantity | null {
  for (const percent of percents) {
    if (used.has(percent)) continue
    if (percent.start >= fraction.end && FRACTION_THEN_PERCENT.test(text.slice(fraction.end, percent.start))) return percent
    if (percent.end <= fraction.start && PERCENT_THEN_FRACTION.test(text.slice(percent.end, fraction.start))) return percent
  }
  return null
}
