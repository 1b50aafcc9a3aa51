// A position in a numbered sequence and the progress stated for it: "Week 3 of 12 (35% through)",
// "Sprint 4 of 6 — 67% complete", "29% complete (Week 15/52)". The position itself is masked as a
// name ("Week 3"), so it is read here from the text.
import { tokenize, type Quantity } from '../extract/quantity.js'
import type { ClaimContext } from './context.js'
import type { Claim } from './model.js'

// Steps of a plan or a calendar, whose position says how far through it is. Not tests, pages,
// rounds or levels, where "3 of 12 (35%)" is a score or a share of something else.
const STEP = 'week|day|month|sprint|phase|stage|milestone|iteration|quarter|cycle|step|wave|semester|term|module|lesson|chapter|part|session'
const POSITION = new RegExp(`\\b(${STEP})[ \\t]+#?(\\d{1,4})[ \\t]*(?:of|out of|/)[ \\t]*(\\d{1,4})\\b`, 'gi')
const MAY_HOLD_POSITION = /\d[ \t]*(?:of|\/)[ \t]*\d/

// What the percentage may say about the sequence: nothing, or that it is progress through it.
const PROGRESS = '(?:through|complete|completed|done|elapsed|progress|of the way(?: through)?)'
// After the position: "(35%)", "(35% through)", "— 67% complete", ", 40% done".
const OPEN_AFTER = /^[ \t]*(?:\([ \t]*(?:progress:?[ \t]*)?|[—–-][ \t]*|,[ \t]*)$/
const CLOSE_AFTER = new RegExp(`^[ \\t]*(?:${PROGRESS}[ \\t]*)?(?:\\)|$|[,;.](?!\\d))`, 'i')
const DASH_CLOSE = new RegExp(`^[ \\t]*(?:${PROGRESS}[ \\t]*)?(?:$|[,;.)](?!\\d))`, 'i')
const COMMA_CLOSE = new RegExp(`^[ \\t]*${PROGRESS}[ \\t]*(?:$|[,;.)](?!\\d))`, 'i')
// Before the position: "29% complete (Week 15/52)", "50% at week 2 of 4".
const BETWEEN_BEFORE = new RegExp(`^[ \\t]*(?:${PROGRESS}[ \\t]*)?(?:\\(|at[ \\t]|in[ \\t]|[—–-])[ \\t]*$`, 'i')

/** Every pattern built here, for the ReDoS check in the test suite. */
export const SEQUENCE_PATTERNS: RegExp[] = [POSITION, CLOSE_AFTER, DASH_CLOSE, COMMA_CLOSE, BETWEEN_BEFORE]

export function readSequenceProgress({ doc, tokens }: ClaimContext): Claim[] {
  const claims: Claim[] = []
  for (const line of doc.lines) {
    const unit = line.unit
    const text = unit.text
    if (!text.includes('%') || !MAY_HOLD_POSITION.test(text)) continue
    const quantities = tokens(unit).quantities
    const percents = quantities.filter((q) => q.dimension === 'percent' && !q.sign && !q.bound && q.rangeHigh === null)
    for (const m of text.matchAll(POSITION)) {
      const position = Number(m[2])
      const length = Number(m[3])
      // "Week 15 of 2026" is a week of a year, not of a 2026-week plan.
      if (position < 1 || length < 2 || position > length || (length >= 1900 && length <= 2100)) continue
      const start = m.index
      const end = start + m[0].length
      const split = dashedPercent(text, quantities, end)
      const percent = percentAfter(text, end, split ? [split, ...percents] : percents) ?? percentBefore(text, start, end, percents)
      if (!percent) continue
      const step = (m[1] as string).toLowerCase()
      const seq = text.slice(start, end)
      claims.push({
        kind: 'sequence-progress', at: { unit, start: percent.start, end: percent.end }, binding: 'tight', step, position, length, percent,
        sequence: { unit, start, end }, about: seq, reading: `${seq} ↔ ${percent.raw}`
      })
    }
  }
  return claims
}

/** "Sprint 4 of 6 — 67% complete" is read as a range "6 — 67%"; the dash separates the percentage from the position. */
function dashedPercent(text: string, quantities: Quantity[], end: number): Quantity | null {
  const range = quantities.find((q) => q.digitsEnd === end && q.rangeHigh !== null && q.dimension === 'percent')
  if (!range) return null
  const dash = /[—–-]/.exec(text.slice(end, range.end))
  if (!dash) return null
  const offset = end + dash.index + 1
  const percent = tokenize(text.slice(offset)).quantities[0]
  if (!percent || percent.dimension !== 'percent' || percent.sign || percent.bound || percent.rangeHigh !== null) return null
  return { ...percent, start: percent.start + offset, end: percent.end + offset, digitsStart: percent.digitsStart + offset, digitsEnd: percent.digitsEnd + offset }
}

function percentAfter(text: string, end: number, percents: Quantity[]): Quantity | null {
  const percent = percents.find((q) => q.start >= end)
  if (!percent) return null
  const opener = text.slice(end, percent.start)
  if (!OPEN_AFTER.test(opener)) return null
  const rest = text.slice(percent.end)
  const close = opener.includes('(') ? CLOSE_AFTER : opener.includes(',') ? COMMA_CLOSE : DASH_CLOSE
  return close.test(rest) ? percent : null
}

function percentBefore(text: string, start: number, end: number, percents: Quantity[]): Quantity | null {
  const percent = percents.filter((q) => q.end <= start).pop()
  if (!percent) return null
  const between = text.slice(percent.end, start)
  if (!BETWEEN_BEFORE.test(between)) return null
  // "(Week 15/52)": the parenthesis closes right after the position.
  if (between.includes('(') && !/^[ \t]*\)/.test(text.slice(end))) return null
  return percent
}
