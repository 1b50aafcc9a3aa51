// The claim model: what a report asserts about its numbers, read once from the document and then
// verified by the rules. A claim names its quantities, the relation the text asserts between them,
// what it is about, and how firmly the text binds the numbers together.
import type { TextUnit } from '../parse/text-unit.js'
import type { HeadingInfo, TableInfo } from '../parse/document.js'
import type { Fraction, Quantity, ClockTime } from '../extract/quantity.js'
import type { Operand } from './operand.js'
import type { Status } from '../extract/status-marks.js'
import type { CalendarDate } from '../extract/dates.js'

/** A span of a text unit: where a claim's number stands, or another place it cites. */
export interface Place {
  unit: TextUnit
  start: number
  end: number
}

/**
 * How firmly the text ties a claim's numbers together, which decides how sure a contradiction is:
 * - tight: one parenthesis, cell, clause or line ("7/8 (88%)", "11 alerts: 1 P0, 3 P1, …");
 * - structural: a list under its lead-in or heading, a table's Total row over its rows;
 * - inferred: two places that only the report's layout relates (a summary restating the body);
 * - weak: a reading that is plausible but not the only one.
 */
export type Binding = 'tight' | 'structural' | 'inferred' | 'weak'

interface ClaimBase {
  /** Where a finding about the claim is reported: the stated value that would be wrong. */
  at: Place
  binding: Binding
  /** What the claim is about, as a reader would name it ("Tests passing", "the Total row"). */
  about: string
  /** The relation as read, for `--format claims` ("7 / 8 ↔ 88%"). */
  reading: string
  /**
   * Why the reading may not be what the author meant (a list far shorter than its count may be a
   * sample): the claim can still be verified, but a contradiction is not reported.
   */
  doubt?: string
}

/** "7/8 (88%)", "24 of 45 (60%)", "60% complete (4/6 features)": a fraction and its percentage. */
export interface FractionPercentClaim extends ClaimBase {
  kind: 'fraction-percent'
  fraction: Fraction
  percent: Quantity
  /**
   * One of the parts of a whole stated side by side ("2/9 (22%)", "3/9 (33%)", "4/9 (45%)") whose
   * parts make the whole and whose percentages add up to 100%: each may be rounded up or down so they do.
   */
  partOfWhole?: boolean
}

/**
 * "37% of 8 services": a share of a small whole, which must be a whole number of its items; "a third
 * of 45 jobs (15)": a share in words and the part stated for it, which must be that share of the whole.
 */
export interface PercentOfCountClaim extends ClaimBase {
  kind: 'percent-of-count'
  whole: Quantity
  /** The share as a percentage ("37%"), or null when it is written in words (`words`). */
  percent: Quantity | null
  /** "a third", "two thirds", "half": the share as numerator over denominator, and the part stated for it ("(15)"). */
  words?: { raw: string; numerator: number; denominator: number; part: Quantity }
}

/** "Week 3 of 12 (25% through)", "Sprint 4 of 6 — 67% complete": a position in a sequence and the progress stated for it. */
export interface SequenceProgressClaim extends ClaimBase {
  kind: 'sequence-progress'
  /** "week", "sprint", as written in lower case. */
  step: string
  position: number
  length: number
  percent: Quantity
  /** Where "Week 3 of 12" stands. */
  sequence: Place
}

/** "2/8 → 7/8 (+350%)", a Before/After/Change row: a change stated for a before and an after. */
export interface ChangeClaim extends ClaimBase {
  kind: 'change'
  before: Operand
  after: Operand
  change: Quantity
  /** Words around the change that say its direction ("reduction", "faster"). */
  words: string
  /** The metric's label, for its direction of improvement. */
  label: string
  /** Other changes stated for the same pair in the same place ("(+12.5 pp / +48%)"). */
  alternatives: Quantity[]
}

/** One part of a total: its count (or signed change, or amount) as written, and where it stands. */
export interface Part {
  quantity: Quantity
  place: Place
}

/** "11 alerts: 1 P0, 3 P1, 3 P2, 5 P3", a Total row, a count over counted sub-items. */
export interface TotalPartsClaim extends ClaimBase {
  kind: 'total-parts'
  total: Quantity
  parts: Part[]
  /** "breakdown", "breakdown below", the column's name: where the parts stand, for messages. */
  where: string
  /** The stated total as a phrase ("11 production alerts"). */
  phrase: string
  /**
   * The text presents the parts as all of the total (a Total row, a list of counted sub-groups): a
   * sum below the total is wrong too. Otherwise ("20 issues (3 critical, 5 high)") only a sum
   * above it is.
   */
  complete: boolean
}

/** "## Modified Files (5)" over a list, "**6 key wins**:" over its items: a count of what follows. */
export interface CountItemsClaim extends ClaimBase {
  kind: 'count-items'
  count: Quantity
  items: number
  /** "list items", "sub-items", "sub-headings", "names". */
  what: string
  first?: Place
}

/** A metric stated with a current value ("P95 Latency: 156ms", a table's Actual cell, "zero errors"). */
export interface MetricValueClaim extends ClaimBase {
  kind: 'metric-value'
  /** The label as written, cleaned ("P95 Latency"). */
  label: string
  /** The label normalised, its qualifiers kept ("batch add (10)"), and the value's dimension. */
  key: string
  /** A label that names one metric by itself ("P95 Latency", "Uptime"), not a generic word ("Coverage"). */
  specific: boolean
  /** The label says the value is a total ("Total errors"), the sum of its parts elsewhere. */
  total: boolean
  /** For a count stated in passing ("Auth tests (12 failures)"): the words before it, which name what it counts. */
  local: string
  value: Quantity
  /** The nearest heading above it. */
  section: HeadingInfo | null
  /** The first lines of the list items it sits under, outermost first. */
  parents: string[]
  /** Under a heading that summarises the report ("Executive Summary", "Key Numbers", "Dashboard"). */
  summary: boolean
  /** The table it is a cell of, if any. */
  table: TableInfo | null
  /** The fenced block it stands in, if any (numbered in document order). */
  fence: number | null
}

/** One metric stated in several places that describe the same thing, which must agree. */
export interface SameMetricClaim extends ClaimBase {
  kind: 'same-metric'
  label: string
  values: Array<{ place: Place; value: Quantity }>
  /** The value that restates the others (a summary's figure), when one does; else they are peers. */
  restatement: number | null
  /** Why the places describe one thing ("one section", "the summary restates the body"). */
  why: string
}

/** "| RPO | <1h | 120 min | ✅ PASS |", "P95: 310ms (target <250ms) ✅": a status for a target and an actual. */
export interface TargetStatusClaim extends ClaimBase {
  kind: 'target-status'
  label: string
  status: Status
  statusPlace: Place
  checks: Array<{ name: string; target: Quantity; actual: Quantity; actualPlace: Place }>
  /** Pairs of columns that could not be read for this row. */
  unreadable: boolean
}

/** "Total errors: 1,456 (0.008% rate)" with "Total requests: 18.2M" in its list: count / total = rate. */
export interface CountRateClaim extends ClaimBase {
  kind: 'count-rate'
  count: Quantity
  total: Quantity
  totalLabel: string
  totalPlace: Place
  rate: Quantity
}

/** "23:39 → 00:05 (26 minutes elapsed)": the time between two clock times. */
export interface ClockDurationClaim extends ClaimBase {
  kind: 'clock-duration'
  from: ClockTime
  to: ClockTime
  elapsed: Quantity
  /** The seconds between the two times as written (am/pm and seconds read), first the 24-hour reading; more than one where an unmarked time may be on a 12-hour clock. */
  spans: number[]
  /** How precisely the times were written, in seconds (60 to the minute, 1 to the second): each may be cut short by up to that. */
  resolution: number
  /** The two times as written, with their am/pm marks. */
  fromText: string
  toText: string
}

/** "2 hours 15 minutes (135 min)": one duration written in two units. */
export interface RestatedDurationClaim extends ClaimBase {
  kind: 'restated-duration'
  first: Quantity
  second: Quantity
}

/** A date as a claim cites it: where it stands and what it is to the report ("report date", "deadline"). */
export interface DateAt {
  date: CalendarDate
  place: Place
  role: string
}

/**
 * "Jan 10 – Feb 3 (24 days)", "Deadline: 2 Aug 2026" with "Days remaining: 116" and the report's own
 * date: the time between two dates. Either end may be one of several dates the text allows (a report
 * dated twice); the claim holds if any of them agrees.
 */
export interface DateSpanClaim extends ClaimBase {
  kind: 'date-span'
  from: DateAt[]
  to: DateAt[]
  stated: Quantity
  /** What the stated number counts: days (calendar, or working days when the text does not say), weekdays, or weeks. */
  counts: 'days' | 'business-days' | 'weeks'
  /** A countdown ("days remaining") or a time ago, from the report's date: calendar days (or exactly the weekdays), never fewer. */
  countdown: boolean
  /** The text says both ends count ("inclusive"). */
  inclusive: boolean
}

/** "Coverage: 105%", "115% complete": a share, which cannot pass 100%. */
export interface ShareBoundClaim extends ClaimBase {
  kind: 'share-bound'
  quantity: Quantity
}

/** "9/8 services healthy": a part, which cannot be more than its whole. */
export interface PartOfWholeClaim extends ClaimBase {
  kind: 'part-of-whole'
  fraction: Fraction
}

/** An Overall row whose percentage follows from count columns (Σ passing / Σ total). */
export interface OverallShareClaim extends ClaimBase {
  kind: 'overall-share'
  percent: Quantity
  passing: number
  total: number
  how: string
  /** The rows' own percentages: their plain mean is an overall too (a macro average), not a contradiction. */
  shares?: Quantity[]
}

/** An Average or Mean row over the rows of its table. */
export interface AverageRowClaim extends ClaimBase {
  kind: 'average-row'
  stated: Quantity
  values: Quantity[]
  /** An Average column over the row's measurements, rather than an Average row over the column. */
  across?: boolean
}

/**
 * "- Overall: 55/70" over "- Unit: 45/50", "- E2E: 10/20": an overall fraction over its parts, their
 * sum; or "- Overall: 7.5/10" over scores out of the same 10, their mean (`scores` holds them).
 */
export interface OverallFractionClaim extends ClaimBase {
  kind: 'overall-fraction'
  fraction: Fraction
  passing: number
  total: number
  scores?: Quantity[]
}

export type Operator = '+' | '-' | '*' | '/'

/** One term of written-out arithmetic: a number, an operator or a parenthesis. */
export type Term = { kind: 'number'; quantity: Quantity } | { kind: 'operator'; op: Operator } | { kind: 'open' } | { kind: 'close' }

/** "(85 + 92 + 90) / 3 = 91%", "7 requests × 800ms = 5.6 seconds": arithmetic written out. */
export interface ArithmeticClaim extends ClaimBase {
  kind: 'arithmetic'
  /** The expression as written. */
  expression: string
  terms: Term[]
  result: Quantity
}

/** One entry of a ranking: what is ranked, the rank it is given, and its value of the ranking's key. */
export interface RankedEntry {
  name: string
  rank: number
  value: Quantity
  place: Place
}

/**
 * "| Rank | Model | Score |", "1. Alpha — 91%" under "Ranked by accuracy", "🥇 Alpha: 92 pts": a
 * ranking, which must agree with the values of the key it ranks by.
 */
export interface RankOrderClaim extends ClaimBase {
  kind: 'rank-order'
  /** The ranking's key as the text names it ("Score", "Monthly Cost"). */
  key: string
  /** The entries, in rank order (rows with no rank, or no value, left out). */
  entries: RankedEntry[]
  /** Which way the text says the ranking goes: +1 higher values rank first, −1 lower first, 0 not said. */
  direction: 1 | -1 | 0
  /** The key is named by the text (a "ranked by" phrase, a Score column), not only the one numeric column there is. */
  named: boolean
  /** Ties are marked ("T-1", "=1", "tied"): a shared rank may hold different values. */
  tiesMarked: boolean
}

export type Claim =
  | FractionPercentClaim
  | PercentOfCountClaim
  | SequenceProgressClaim
  | ChangeClaim
  | TotalPartsClaim
  | CountItemsClaim
  | MetricValueClaim
  | SameMetricClaim
  | TargetStatusClaim
  | CountRateClaim
  | ClockDurationClaim
  | RestatedDurationClaim
  | DateSpanClaim
  | ShareBoundClaim
  | PartOfWholeClaim
  | OverallShareClaim
  | AverageRowClaim
  | OverallFractionClaim
  | ArithmeticClaim
  | RankOrderClaim

export type ClaimKind = Claim['kind']
export type ClaimOf<K extends ClaimKind> = Extract<Claim, { kind: K }>
