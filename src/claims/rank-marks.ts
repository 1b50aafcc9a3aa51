// How a report writes a rank and says that something is a ranking: the rank marks ("1", "#1",
// "2nd", "Second", "🥈", "T-3", "=2"), the words that make a table or list a ranking ("ranked by",
// "leaderboard"), the basis they name ("by p95 latency") and the words that say which way it runs
// ("highest", "slowest").

export interface RankMark {
  rank: number
  /** Written as a tie ("T-2", "=2", "2 (tied)"). */
  tied: boolean
  /** A medal is a rank by itself; an ordinal or a number is one only where the text ranks. */
  form: 'medal' | 'ordinal' | 'number'
}

/** A cell or item that stands outside the ranking: "—", "N/A", "DNF", "unranked", or empty. */
export const UNRANKED = 'unranked'

const MEDALS: Record<string, number> = { '🥇': 1, '🥈': 2, '🥉': 3 }
const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10
}

const EMPTY_MARK = /^(?:|[-–—]+|n\/?a|dnf|dq|dsq|unranked|not ranked|none)$/i
const MEDAL_CELL = /^(🥇|🥈|🥉)\uFE0F?(?:\s*(?:#?\d{1,3}(?:st|nd|rd|th)?\.?|\((?:#?\d{1,3}(?:st|nd|rd|th)?)\)))?$/u
const TIE_CELL = [
  /^(?:T-?|=|tied?\s*(?:for\s*)?)(\d{1,3})(?:st|nd|rd|th)?$/i,
  /^(\d{1,3})(?:st|nd|rd|th)?\s*=$/,
  /^(\d{1,3})(?:st|nd|rd|th)?\s*(?:\(\s*)?tied?\s*\)?$/i
]
const NUMBER_CELL = /^#?(\d{1,3})\.?$/
const ORDINAL_CELL = /^(\d{1,3})(?:st|nd|rd|th)(?:\s+place)?$/i
const ORDINAL_WORD_CELL = /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:\s+place)?$/i

const clean = (text: string) => text.replace(/[*_`]+/g, '').replace(/\s+/g, ' ').trim()

/** A rank cell: "1", "#1", "1.", "2nd", "Second place", "🥈", "🥇 1", "T-3", "=2", "3 (tied)"; null when it is no rank. */
export function readRankCell(text: string): RankMark | typeof UNRANKED | null {
  const cell = clean(text)
  if (EMPTY_MARK.test(cell)) return UNRANKED
  const medal = MEDAL_CELL.exec(cell)
  if (medal) return { rank: MEDALS[medal[1] as string] as number, tied: false, form: 'medal' }
  for (const pattern of TIE_CELL) {
    const tie = pattern.exec(cell)
    if (tie) return { rank: Number(tie[1]), tied: true, form: 'number' }
  }
  const number = NUMBER_CELL.exec(cell)
  if (number) return { rank: Number(number[1]), tied: false, form: 'number' }
  const ordinal = ORDINAL_CELL.exec(cell)
  if (ordinal) return { rank: Number(ordinal[1]), tied: false, form: 'ordinal' }
  const word = ORDINAL_WORD_CELL.exec(cell)
  if (word) return { rank: ORDINAL_WORDS[(word[1] as string).toLowerCase()] as number, tied: false, form: 'ordinal' }
  return null
}

// What an item of a list may open with to give its rank: a medal, "1st", "First place", "#1", "T-2", "=2".
const ITEM_PREFIX =
  /^[\s*_]*(?:(🥇|🥈|🥉)\uFE0F?(?:\s*(?:#?\d{1,3}(?:st|nd|rd|th)?))?|(?:(T-?|=)|#)?(\d{1,3})(st|nd|rd|th)?(=)?|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))(\s+place)?[*_]*(?=[\s:.)\-—–,]|$)[\s:.)\-—–,]*/iu

/** The rank an item of a list opens with, and where its own text starts. */
export function readRankPrefix(text: string): { mark: RankMark; end: number; place: boolean } | null {
  const match = ITEM_PREFIX.exec(text)
  if (!match) return null
  const [whole, medal, tieBefore, digits, suffix, tieAfter, word, place] = match
  const end = whole.length
  if (medal) return { mark: { rank: MEDALS[medal] as number, tied: false, form: 'medal' }, end, place: Boolean(place) }
  if (word) return { mark: { rank: ORDINAL_WORDS[word.toLowerCase()] as number, tied: false, form: 'ordinal' }, end, place: Boolean(place) }
  // A bare number opening an item ("3 services") is a count, not a rank; "#3" or "3rd" is a rank.
  if (!suffix && !tieBefore && !tieAfter && !whole.trimStart().replace(/^[*_]+/, '').startsWith('#')) return null
  const tied = Boolean(tieAfter) || (tieBefore !== undefined && tieBefore !== '#' && /^(?:T-?|=)$/i.test(tieBefore))
  return { mark: { rank: Number(digits), tied, form: suffix ? 'ordinal' : 'number' }, end, place: Boolean(place) }
}

/** Words that make what follows a ranking. "Top 5" alone may be a short list of anything; with "by" or a superlative it ranks. */
const RANKING_WORDS =
  /\b(?:ranked|ranks|sorted\s+by|ordered\s+by|leaderboard|standings|podium)\b|\brankings?\b(?=\s*(?:$|[(:—–|,.]|-\s|by\b|of\b|for\b|table\b|across\b))/i
const TOP_N = /\btop[ -]?\d{1,3}\b/gi
const SUPERLATIVE = /\b(?:by|highest|lowest|most|least|largest|smallest|biggest|fastest|slowest|cheapest|best|worst)\b/i

export function saysRanking(text: string): boolean {
  if (RANKING_WORDS.test(text)) return true
  // "Top 5 … by cost", "top 3 slowest": within 60 characters of the count (two patterns: one with a
  // bounded gap is too costly for the ReDoS check's automaton).
  for (const top of text.matchAll(TOP_N)) {
    const end = (top.index ?? 0) + top[0].length
    if (SUPERLATIVE.test(text.slice(end, end + 61))) return true
  }
  return false
}

// "ranked by X", "sorted by X", "Rankings by X", "Top 10 by X", "by X (descending)": the basis X,
// up to the punctuation or connective that ends it.
const BASIS = /\b(?:ranked|ranking|rankings|ranks|sorted|ordered|top[ -]?\d{1,3}(?:\s+[\p{L}\p{N}-]+){0,4}?)\s+by\s+([^.;:,()[\]|\n]{1,60})/iu
// Where the basis ends: a connective or a dash.
const BASIS_END = /\s(?:and|then|with|from|for|in|at|over|across|descending|ascending|desc|asc|highest|lowest|first|is|are|was|were)\b|[-–—→]/i
// A ranking named after a judgement, not a number ("Priority ranking", "ranked by severity").
const JUDGEMENT = /\b(?:priority|priorities|severity|urgency|risk|preference|recommendation|impact|roi|fit|relevance|readiness|maturity)\b/i

/** The basis a ranking names ("by Monthly Cost" → "Monthly Cost"), and whether it is a judgement no column holds. */
export function basisOf(text: string): { basis: string; judgement: boolean } | null {
  // "Top 10 functions (by impact)": a parenthesis names the basis of the ranking the line announces.
  const inParenthesis = saysRanking(text) || /\btop[ -]?\d/i.test(text) ? /\(\s*by\s([^()]+)\)/i.exec(text) : null
  const named = BASIS.exec(text) ?? (inParenthesis && (inParenthesis[1] as string).length <= 60 ? inParenthesis : null)
  if (named) {
    const written = named[1] as string
    const end = BASIS_END.exec(written)
    const basis = (end ? written.slice(0, end.index) : written).replace(/[*_`]+/g, '').trim()
    if (basis.length > 0) return { basis, judgement: JUDGEMENT.test(basis) }
  }
  const judged = /\b(priority|severity|urgency|risk|preference|recommendation)\s+(?:ranking|rankings|ranked|order)\b/i.exec(text)
  return judged ? { basis: judged[1] as string, judgement: true } : null
}

const HIGHER_FIRST = /\b(?:highest|largest|biggest|greatest|most|longest|heaviest|costliest|priciest|descending|desc)\b|\bhigh(?:est)?\s*(?:→|->|to)\s*low(?:est)?\b/i
const LOWER_FIRST = /\b(?:lowest|smallest|least|fewest|shortest|lightest|cheapest|ascending|asc)\b|\blow(?:est)?\s*(?:→|->|to)\s*high(?:est)?\b/i
const WORSE_FIRST = /\b(?:worst|slowest|hotspots?|offenders|bottom)\b/i
const BETTER_FIRST = /\b(?:best|fastest|leaders?)\b/i

/**
 * Which way the text says a ranking runs: +1 higher values first, −1 lower first, 0 not said.
 * Magnitude words ("highest", "ascending") say it outright; "slowest", "worst" reverse the key's
 * polarity (the slowest endpoints rank the highest latency first); otherwise the key's polarity.
 * Words that disagree leave it unsaid.
 */
export function directionOf(cue: string, polarity: 1 | -1 | 0): 1 | -1 | 0 {
  const higher = HIGHER_FIRST.test(cue)
  const lower = LOWER_FIRST.test(cue)
  if (higher && lower) return 0
  if (higher) return 1
  if (lower) return -1
  const worse = WORSE_FIRST.test(cue)
  const better = BETTER_FIRST.test(cue)
  if (worse && better) return 0
  if (worse) return polarity === 0 ? 0 : ((-polarity) as 1 | -1)
  return polarity
}

// Keys of rankings whose direction the general polarity words do not know.
const RANK_HIGHER = /\b(?:points?|pts|rating|ratings|stars?|votes?|wins?|elo|f1|auc|precision|recall|map|bleu|rouge|importance|gain|gains|sharpe|cagr|ops|qps|tps|fps)\b/i
const RANK_LOWER = /\b(?:rank|loss|perplexity|mae|rmse|mse|wer|cer)\b/i

/** Polarity of a ranking's key beyond the general words: points and ratings rank higher first, an average rank or a loss lower first. */
export function rankingPolarity(key: string): 1 | -1 | 0 {
  if (RANK_LOWER.test(key)) return -1
  if (RANK_HIGHER.test(key)) return 1
  return 0
}
