/**
 * rank-order: a ranking must agree with the values it ranks.
 *
 * Flags:      | Rank | Model | Score | with 1 Alpha 82, 2 Beta 88, 3 Gamma 75: Beta's 88 stands below
 *             Alpha's 82 where higher scores rank first; two entries both ranked 1 with different
 *             values when no tie is marked.
 * Leaves:     equal values (a tie), values that may be equal (ranges, "~80" that overlap), a ranking
 *             whose direction neither the key nor the other entries settle, a ranking that breaks
 *             its key in several places (it follows something else), marked ties ("T-1", "=2").
 */
import { defineRule, unverifiable, verified, type Verdict } from '../rule.js'
import type { RankedEntry } from '../../claims/model.js'
import { overlaps, statedInterval } from '../rounding.js'
import type { Policy } from '../policy.js'

// Keys read as an amount rather than a count of things: "higher accuracy", not "higher accuracies".
const UNCOUNTABLE = /(?:^|\s)(?:accuracy|coverage|latency|throughput|memory|importance|efficiency|precision|recall|usage|performance|speed|uptime|availability|revenue|quality|size|overall|total|value)$/i

function plainKey(key: string): string | null {
  const label = key.replace(/\([^()]*\)/g, ' ').replace(/\s+/g, ' ').trim()
  return /^[A-Za-z][a-z]*(?: [A-Za-z][a-z]*)*$/.test(label) ? label.toLowerCase() : null
}

function pluralOf(words: string): string {
  if (/(?:s|x|ch|sh)$/.test(words)) return `${words}es`
  if (/[^aeiou]y$/.test(words)) return `${words.slice(0, -1)}ies`
  return `${words}s`
}

/** "higher scores rank first", "a lower P95 ranks first", "higher accuracy ranks first". */
function ranksFirst(key: string, direction: 1 | -1): string {
  const adjective = direction === 1 ? 'higher' : 'lower'
  const plain = plainKey(key)
  if (plain && !UNCOUNTABLE.test(plain)) return `${adjective} ${/s$/.test(plain) ? plain : pluralOf(plain)} rank first`
  if (plain) return `${adjective} ${plain} ranks first`
  return `a ${adjective} ${key} ranks first`
}

/** "scores", "accuracy values", "P95 values": the key's values, for "their … differ". */
function valuesOf(key: string): string {
  const plain = plainKey(key)
  if (plain && !UNCOUNTABLE.test(plain)) return /s$/.test(plain) ? plain : pluralOf(plain)
  return `${plain ?? key} values`
}

/** +1: a's value is above b's under every reading of the numbers as written; −1 below; 0 they may be equal. */
function compare(a: RankedEntry, b: RankedEntry, policy: Policy): 1 | -1 | 0 {
  const x = statedInterval(a.value, false, policy)
  const y = statedInterval(b.value, false, policy)
  if (overlaps(x, y)) return 0
  return x.low > y.high ? 1 : -1
}

/** The entries grouped by rank, best rank first (the claim keeps them in rank order). */
function byRank(entries: RankedEntry[]): RankedEntry[][] {
  const groups: RankedEntry[][] = []
  for (const entry of entries) {
    const last = groups[groups.length - 1]
    if (last && (last[0] as RankedEntry).rank === entry.rank) last.push(entry)
    else groups.push([entry])
  }
  return groups
}

const quoted = (e: RankedEntry) => `"${e.name}" (${e.value.raw})`

export const rankOrder = defineRule({
  meta: {
    id: 'rank-order', description: 'A ranking must agree with the values it ranks: no worse value ranked above a better one, no shared rank over different values unless a tie is marked.', severity: 'error',
    claims: ['rank-order']
  },
  verify(claim, context): Verdict {
    const groups = byRank(claim.entries)
    const checked = claim.entries.map((e) => e.place)
    // Neighbouring ranks: every entry of one rank against every entry of the next.
    const pairs: Array<{ upper: RankedEntry; lower: RankedEntry; order: 1 | -1 }> = []
    for (let g = 0; g + 1 < groups.length; g++) {
      for (const upper of groups[g] as RankedEntry[]) {
        for (const lower of groups[g + 1] as RankedEntry[]) {
          const order = compare(upper, lower, context.policy)
          if (order !== 0) pairs.push({ upper, lower, order })
        }
      }
    }
    const higherFirst = pairs.filter((p) => p.order === 1).length
    const lowerFirst = pairs.length - higherFirst

    if (higherFirst === 0 || lowerFirst === 0) {
      if (!claim.tiesMarked) {
        for (const group of groups) {
          const other = group.find((e) => compare(group[0] as RankedEntry, e, context.policy) !== 0)
          if (other) {
            const first = group[0] as RankedEntry
            return {
              status: 'contradicted', at: other.place, related: [first.place],
              message: `${quoted(first)} and ${quoted(other)} are both ranked ${first.rank}, but their ${valuesOf(claim.key)} differ and no tie is marked`
            }
          }
        }
      }
      return pairs.length > 0 ? verified(...checked) : unverifiable('the values may all be equal as written')
    }

    let direction = claim.direction
    let fromOthers = false
    if (direction === 0) {
      // Unsaid by the text: the other neighbours must all agree, and there must be more than one of them.
      if (Math.min(higherFirst, lowerFirst) !== 1 || Math.max(higherFirst, lowerFirst) < 2) return unverifiable('the ranking runs both ways and the text does not say which way is better')
      direction = higherFirst > lowerFirst ? 1 : -1
      fromOthers = true
    }
    const against = pairs.filter((p) => p.order !== direction)
    const agreeing = pairs.length - against.length
    // A ranking that breaks its key in several places may follow something the text does not show;
    // only a key the text names is held to a majority.
    const breaksOnce = against.length === 1 && agreeing >= 1
    if (!breaksOnce && !(claim.named && agreeing >= against.length && agreeing >= 1)) {
      return unverifiable(`${against.length} of ${pairs.length} neighbouring pairs go against the ${claim.key}: the ranking may follow something else`)
    }
    const { upper, lower } = against[0] as (typeof pairs)[number]
    const consecutive = lower.rank === upper.rank + 1
    return {
      status: 'contradicted', at: lower.place, related: [upper.place],
      message: `${quoted(lower)} is ranked ${lower.rank} below ${quoted(upper)}${consecutive ? '' : ` at ${upper.rank}`}, but ${ranksFirst(claim.key, direction)}${fromOthers ? ', as in every other pair of neighbouring entries' : ''}`
    }
  }
})
