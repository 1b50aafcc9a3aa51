// Counts a heading or a lead-in states for what follows it ("## Modified Files (5)", "Created (18
// files)", "**6 key wins**:", "Completed (8/15)"), read by the grammar of the count: what is counted,
// and whether the number counts items at all (not a year, a version, a score or a tally of tests).
import type { Quantity, Tokens } from '../extract/quantity.js'
import { cleanLabel, singular } from '../extract/labels.js'
import { isPlainCount } from './counting.js'

export interface StatedCount {
  count: Quantity
  /** The counted noun, singular ("file"), from the parenthesis or the label; empty when unnamed. */
  nouns: string[]
  /** The label before the count, cleaned ("Modified Files"). */
  label: string
  /** "(8/15)": the count is the part of a tally; its whole is `of`. */
  of: Quantity | null
  /** The label is a status ("Completed", "Files Modified"): the count is of the things in that state. */
  status: boolean
  /** The counted noun is named beside the count ("(18 files)"), not taken from the label. */
  named?: boolean
}

// Words that say the things listed are in one state: the count is how many are.
export const STATUS_WORD = /\b(?:completed?|done|finished|delivered|implemented|shipped|fixed|resolved|closed|merged|created|added|modified|changed|updated|removed|deleted|renamed|new|pending|remaining|open|blocked|todo|to-do|in progress|not started|deferred|passed|passing|failed|failing|skipped|achieved|accomplished|completat[oia]|completad[oa]s?|terminad[oa]s?|conclu[ií]d[oa]s?|termin[ée]e?s?|abgeschlossen|erledigt|fertig)\b|已完成|完成|进行中|待办/iu
// Nouns that measure rather than count items: "(1,370 lines)" is not a list of 1,370 things.
const MEASURE_NOUN = /^(?:lines?|loc|words?|characters?|chars?|bytes?|tokens?|points?|pts|commits?|hours?|minutes?|days?|weeks?|months?|years?|percent|stars?|downloads?|users?|requests?|calls?|rows?|records?|kb|mb|gb|semanas?|d[ií]as?|mes(?:es)?|a[ñn]os?|horas?|minutos?|jours?|semaines?|mois|ans?|heures?|tage?|wochen?|monate?|jahre?|stunden?|settiman[ae]|giorn[oi]|mes[ei]|ann[oi]|or[ae]|minut[oi]|天|周|个月|年|小时|分钟|行)$/iu
// Chinese (simplified and traditional) and Japanese units of time and text, written without a space before what follows ("1周内", "3个月", "1個月內", "2ヶ月").
const CJK_MEASURE = /^(?:周|天|日|个月|個月|ヶ月|か月|カ月|ケ月|月|年|小时|小時|时|時|分钟|分鐘|分|秒|行|字|週|時間)/u
// Words before a count that make it something other than the number of items listed: "From the 739
// tweets:", "Within 1 week:", "For 100,000 RPS:".
const PREPOSITION_BEFORE = /\b(?:from|of|for|in|across|among|within|over|under|after|before|by|per|with|at|on|to|into|during|than|about)\s+(?:the\s+|all\s+|our\s+|these\s+|those\s+)?$/i
const FUNCTION_WORD = /^(?:from|of|for|in|across|among|within|over|under|after|before|by|per|with|at|on|to|into|during|than|about|covering|including|and|or|are|is|was|were|be|will|have|has|that|which|who|contains?|include[sd]?|such|like|via|using)$/i
// A count right after a capitalised word is usually part of a name: "Core 10", "Preview 1", "Customer 360".
const NAME_BEFORE = /(?:^|\s)(?!(?:All|Top|The|Our|These|Those|We|I|Only|Just|First|Last|Next|Another|Total|With|And)\b|[A-Z][a-z]+ed\b)[A-Z][\p{L}'-]*\s+$/u
// Counter words of Chinese, Japanese and Korean: "(51 项)" counts items, whatever they are.
const COUNTER_WORD = /^(?:项|項|个|個|条|條|件|篇|份|处|處|款|组|組|개|건|가지|つ)$/u

function nounsOf(words: string): string[] {
  return words
    .split(/[^\p{L}'-]+/u)
    .filter((w) => w.length > 1 && !FUNCTION_WORD.test(w))
    .map((w) => singular(w.toLowerCase()))
}

/**
 * Index of the ")" that ends `text` but for a status after it ("Completed (8/15) ✅", "Analytics
 * (3/3) ✅ ALL WORKING": marks and up to three words, no numbers), or -1.
 */
function closingParenAtEnd(text: string): number {
  const close = text.lastIndexOf(')')
  if (close < 0) return -1
  const after = text.slice(close + 1)
  return /[\p{N}(]/u.test(after) || after.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length > 3 ? -1 : close
}

const isYear = (q: Quantity) => q.written >= 1900 && q.written <= 2100 && !q.raw.includes(',')

/** "Modified Files (5)", "Created (18 files)", "Completed (8/15)": a count in parentheses that ends a title. */
export function parenthesisedCount(text: string, tokens: Tokens, end = text.length): StatedCount | null {
  const close = closingParenAtEnd(text.slice(0, end))
  if (close < 0) return null
  const open = text.lastIndexOf('(', close)
  if (open < 0) return null
  const label = cleanLabel(text.slice(0, open))
  if (!/\p{L}/u.test(label)) return null
  const status = STATUS_WORD.test(label)
  const fraction = tokens.fractions.find((f) => f.start > open && f.end <= close && /^\(\s*$/.test(text.slice(open, f.start)))
  if (fraction) {
    if (!isPlainCount(fraction.numerator) || !isPlainCount(fraction.denominator) || fraction.numerator.bound) return null
    return { count: fraction.numerator, nouns: nounsOf(text.slice(fraction.end, close)), label, of: fraction.denominator, status }
  }
  const inside = tokens.quantities.filter((q) => q.start > open && q.end <= close)
  const only = inside[0]
  if (inside.length !== 1 || !only || !isPlainCount(only) || only.bound || only.word || !/^\(\s*$/.test(text.slice(open, only.start))) return null
  const rest = text.slice(only.end, close).trim()
  if (rest === '' || /^total$/i.test(rest) || COUNTER_WORD.test(rest)) return isYear(only) ? null : { count: only, nouns: nounsOf(label).slice(-1), label, of: null, status }
  // "(18 files)", "(5 items)": one or two words naming what is counted, not a measure ("1,370 lines")
  // nor a rate ("(10 per category)").
  if (!/^[\p{L}][\p{L}'-]*(?:\s+[\p{L}][\p{L}'-]*)?$/u.test(rest) || /^(?:per|each|every|a|an)\b/i.test(rest)) return null
  const nouns = nounsOf(rest.replace(/\b(?:total|new|more|in total)\b/gi, ''))
  if (nouns.length === 0 || rest.split(/\s+/).some((w) => MEASURE_NOUN.test(w)) || CJK_MEASURE.test(rest)) return null
  return { count: only, nouns: nouns.slice(-1), label, of: null, status, named: true }
}

/** "Incidents: 4": a title whose value, after a colon, counts what follows. */
export function colonCount(text: string, tokens: Tokens): StatedCount | null {
  const match = /^([^:]{2,60}):\s*$/.exec(text.slice(0, tokens.quantities[0]?.start ?? 0))
  const count = tokens.quantities[0]
  if (!match || !count || tokens.quantities.length !== 1 || !isPlainCount(count) || count.word || count.bound || isYear(count)) return null
  if (!/^[\s*_]*$/.test(text.slice(count.end))) return null
  const label = cleanLabel(match[1] as string)
  const nouns = nounsOf(label)
  if (nouns.length === 0 || MEASURE_NOUN.test(label.split(/\s+/).pop() ?? '')) return null
  return { count, nouns: nouns.slice(-1), label, of: null, status: STATUS_WORD.test(label) }
}

/**
 * "Newly quarantined tests — 6 tests", "Fixed in this session — 5 packages upgraded": a title that
 * ends, after a dash, with a count and the things counted (and perhaps what was done to them).
 */
export function dashCount(text: string, tokens: Tokens): StatedCount | null {
  const count = tokens.quantities[tokens.quantities.length - 1]
  if (!count || !isPlainCount(count) || count.bound || count.written < 1 || isYear(count)) return null
  const head = text.slice(0, count.start).trimEnd()
  if (!/[—–-]$/.test(head) || !/\s/.test(head[head.length - 2] ?? '')) return null
  let end = text.length
  while (end > count.end && /[\s*_]/.test(text[end - 1] as string)) end--
  const words = countedPhrase(text.slice(count.end, end))
  if (words === null) return null
  const label = cleanLabel(head.slice(0, -1))
  return { count, nouns: nounsOf(words).slice(-1), label, of: null, status: STATUS_WORD.test(label), named: true }
}

/** "Top 5 Achievements", "3 Key Risks": a count that opens a title and names what follows. */
export function openingCount(text: string, tokens: Tokens): StatedCount | null {
  const first = tokens.quantities[0]
  if (!first || !isPlainCount(first) || first.word || first.bound || first.written > 50 || first.written < 2) return null
  if (!/^[\s\p{P}\p{S}]*(?:top\s+)?$/iu.test(text.slice(0, first.start))) return null
  const rest = text.slice(first.end)
  if (!/^\s+[\p{L}][\p{L}'-]*(?:\s+[\p{L}][\p{L}'-]*){0,3}\s*$/u.test(rest)) return null
  const nouns = nounsOf(rest)
  if (nouns.length === 0 || MEASURE_NOUN.test(rest.trim().split(/\s+/).pop() as string) || FUNCTION_WORD.test(rest.trim().split(/\s+/)[0] as string)) return null
  return { count: first, nouns: nouns.slice(-1), label: cleanLabel(rest), of: null, status: STATUS_WORD.test(rest) }
}

// "were updated", "have been fixed": what was done to the things counted, ending the lead-in.
const PASSIVE_AFTER = /^((?:\s+[\p{L}][\p{L}'-]*){1,3})\s+(?:were|are|was|is|have been|has been|got)\s+(?:[\p{L}'-]+(?:ed|en|wn)|done|built|made|run|sent|found|split|cut|set|kept|left|lost|held|paid|sold|told|read|brought|bought|caught|taught)\s*$/u
// "We fixed", "The team shipped", "I added": who did it and what, before a count in words.
const DONE_BEFORE = /^[\s\p{P}\p{S}]*(?:we|i|they|the team|our team)\s+(?:(?:still|now)\s+)?(?:[\p{L}'-]+ed|have|had|built|made|wrote|ran|sent|found|shipped|fixed|added|closed|merged|resolved)\s+[*_]*$/iu

// "The four feature groups", "Before the freeze, the four things": a count after an article opening the line or a clause.
const ARTICLE_BEFORE = /(?:^[\s\p{P}\p{S}]*|,\s+)(?:the|our|these|those)\s+$/iu
// What is said of the things counted after their noun: a participle ("carried into next week", "added
// in v12") or a clause of who does what ("we still need to land"). Not one that names other things the
// list may hold ("added in these files", "to the following services").
const MODIFIER_START = /^(?:[\p{L}'-]+(?:ed|en)|left|found|built|made|run|kept|held|still|we|they|i|that|which)$/iu
const OTHER_THINGS = /\b(?:these|those|following|below|each|per|files?|modules?|folders?|directories|services?|packages?)\b/i

/** The counted words before what is said of them ("follow-ups" of " follow-ups carried into next week"), or null. */
function nounBeforeModifier(after: string): string | null {
  const words = after.trim().split(/\s+/)
  for (let k = 1; k <= 3 && k < words.length; k++) {
    if (!/^[\p{L}][\p{L}'-]*$/u.test(words[k - 1] as string)) return null
    if (!MODIFIER_START.test(words[k] as string)) continue
    const modifier = words.slice(k).join(' ')
    if (modifier.length > 60 || /[\d:]/.test(modifier) || OTHER_THINGS.test(modifier)) return null
    return ` ${words.slice(0, k).join(' ')}`
  }
  return null
}

/**
 * What a count counts, from the words after it: " services" of " services were updated", " follow-ups"
 * of " follow-ups carried into next week"; null unless a short noun phrase that is not a measure.
 */
function countedPhrase(after: string): string | null {
  const words = PASSIVE_AFTER.exec(after)?.[1] ?? nounBeforeModifier(after) ?? after
  if (!/^(?:\s+[\p{L}][\p{L}'-]*){1,3}\s*$/u.test(words)) return null
  const list = words.trim().split(/\s+/)
  if (list.some((w) => FUNCTION_WORD.test(w)) || MEASURE_NOUN.test(list[list.length - 1] as string)) return null
  return words
}

/**
 * "**6 key wins**:", "We shipped 4 fixes:", "Created Files (7):": a line that ends in a colon and
 * counts what the list after it holds. The counted words end at the colon and form a noun phrase.
 */
export function leadInCount(text: string, tokens: Tokens): StatedCount | null {
  const colon = /:\s*$/.exec(text)
  if (!colon) return null
  const body = text.slice(0, colon.index)
  const parenthesised = parenthesisedCount(body, tokens)
  if (parenthesised) return parenthesised
  const { quantities } = tokens
  const count = quantities[quantities.length - 1]
  const before = text.slice(0, count?.start ?? 0)
  // "Three blockers:", "We fixed three bugs:": a count in words opens the line or follows what was done; "one" is too often no count.
  const opensClause = ARTICLE_BEFORE.test(before)
  if (!count || !isPlainCount(count) || (count.word && !/^[\s\p{P}\p{S}]*$/u.test(before) && !(opensClause && count.written >= 2) && (count.written < 2 || !DONE_BEFORE.test(before))) || count.bound) return null
  // "from 2/9 to 5/9 crates:": a number after a slash is the whole of a fraction, not a count of what follows.
  if (PREPOSITION_BEFORE.test(before) || (NAME_BEFORE.test(before) && !opensClause) || /\/\s*$/.test(before)) return null
  // "5 services were updated:": the things counted, then what was done to them; "Three follow-ups
  // carried into next week:", "the four things we still need to land:": then what is said of them.
  const words = countedPhrase(body.slice(count.end))
  if (words === null) return null
  return { count, nouns: nounsOf(words).slice(-1), label: cleanLabel(body), of: null, status: STATUS_WORD.test(body) }
}
