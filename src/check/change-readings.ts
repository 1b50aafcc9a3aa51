import type { Quantity } from '../extract/quantity.js'
import { polarityOf, type Policy } from './policy.js'
import { div, relativeChange, scale, sub, midpoint, type Interval } from './interval.js'
import { agrees, formatLike, signedPercent } from './rounding.js'
import type { Operand } from './operand.js'
import { replaceNumber } from './suggest.js'

const DECREASE_WORDS = /\b(?:reduction|reduced|reduce|decrease|decreased|fewer|less|lower|drop|dropped|down|cut|savings?|saved|shorter|smaller|faster|quicker|decline|declined)\b/i
const INCREASE_WORDS = /\b(?:increase|increased|growth|grew|more|higher|up|gain|rise|rose|larger|longer|slower|boost)\b/i
const IMPROVE_WORDS = /\b(?:improvement|improved|better|gain)\b/i
const WORSEN_WORDS = /\b(?:worse|regression|degradation|degraded)\b/i

export interface ChangeVerdict {
  ok: boolean
  message?: string
  computed?: string
  suggestion?: string
}

/**
 * The direction a stated change claims: from its sign, else from the words around it
 * ("95% reduction", "42% improvement" of a latency), else unknown (compare magnitudes).
 */
export function claimedDirection(change: Quantity, words: string, label: string, policy: Policy): 1 | -1 | 0 {
  if (change.sign) return change.sign === '-' ? -1 : 1
  if (DECREASE_WORDS.test(words)) return -1
  if (INCREASE_WORDS.test(words)) return 1
  const better = IMPROVE_WORDS.test(words) ? 1 : WORSEN_WORDS.test(words) ? -1 : 0
  const good = polarityOf(label, policy)
  return better === 0 || good === 0 ? 0 : ((better * good) as 1 | -1)
}

function describeDelta(before: Operand, after: Operand): string {
  if (before.denominator !== null && before.denominator === after.denominator) return `${before.shown} → ${after.shown}`
  return `${before.raw} → ${after.raw}`
}

function pointsOf(before: Operand, after: Operand): Interval | null {
  return before.share && after.share ? sub(after.share, before.share) : null
}

/** Checks one stated change (percent, points, multiplier or signed delta) against before → after. */
export function judgeChange(text: string, before: Operand, after: Operand, change: Quantity, words: string, label: string, policy: Policy): ChangeVerdict | null {
  const delta = describeDelta(before, after)
  const points = pointsOf(before, after)
  const direction = claimedDirection(change, words, label, policy)

  if (change.dimension === 'percent') {
    const relative = relativeChange(before.value, after.value)
    if (!relative) return null
    const magnitudeOnly = direction === 0
    const target = magnitudeOnly ? { low: Math.min(Math.abs(relative.low), Math.abs(relative.high)), high: Math.max(Math.abs(relative.low), Math.abs(relative.high)) } : relative
    const stated: Quantity = direction === -1 && !change.sign ? { ...change, written: -change.written } : change
    if (relative.low < 0 && relative.high > 0 && magnitudeOnly) return null
    if (agrees(stated, target, false, policy)) return { ok: true }
    const rel = midpoint(relative)
    const relText = signedPercent(rel)
    const pointsText = points ? ` (or ${midpoint(points) < 0 ? '' : '+'}${formatLike(midpoint(points), null)} percentage points)` : ''
    const base = `"${change.raw}" does not follow from ${before.raw} → ${after.raw}: ${delta} is ${relText}`
    if (points && agrees(stated, points, false, policy)) {
      return {
        ok: false,
        message: `"${change.raw}" does not follow from ${before.raw} → ${after.raw}: that is the difference in percentage points (${midpoint(points) < 0 ? '' : '+'}${formatLike(midpoint(points), null)} pp); the relative change is ${relText}`,
        computed: relText
      }
    }
    const flipped: Quantity = { ...stated, written: -stated.written }
    if (!magnitudeOnly && agrees(flipped, relative, false, policy)) {
      return { ok: false, message: `"${change.raw}" has the wrong sign: ${delta} is ${relText}`, computed: relText, suggestion: suggestion(text, change, rel, direction) }
    }
    const ratio = div(after.value, before.value)
    if (ratio && agrees({ ...change, written: Math.abs(change.written), sign: null }, scale(ratio, 100), false, policy)) {
      return {
        ok: false,
        message: `${base}${pointsText}; ${change.raw.replace(/^[+-]/, '')} is the ratio ${trim(midpoint(ratio))}×, not the change`,
        computed: relText, suggestion: suggestion(text, change, rel, direction)
      }
    }
    return { ok: false, message: `${base}${pointsText}`, computed: relText, suggestion: suggestion(text, change, rel, direction) }
  }

  if (change.dimension === 'points') {
    if (!points) return null
    const stated: Quantity = direction === -1 && !change.sign ? { ...change, written: -change.written } : change
    const target = direction === 0 ? { low: Math.abs(points.low), high: Math.abs(points.high) } : points
    if (agrees(stated, { low: Math.min(target.low, target.high), high: Math.max(target.low, target.high) }, false, policy)) return { ok: true }
    const value = midpoint(points)
    return {
      ok: false,
      message: `"${change.raw}" does not follow from ${before.raw} → ${after.raw}: the difference is ${value < 0 ? '' : '+'}${formatLike(value, change)} percentage points`,
      computed: `${formatLike(value, change)} pp`,
      suggestion: replaceNumber(text, change, Number(value.toFixed(change.decimals)), change.sign !== null)
    }
  }

  if (change.dimension === 'multiplier') {
    const up = div(after.value, before.value)
    const down = div(before.value, after.value)
    if ((up && agrees(change, up, false, policy)) || (down && agrees(change, down, false, policy))) return { ok: true }
    const ratio = up && down ? Math.max(midpoint(up), midpoint(down)) : null
    if (ratio === null) return null
    return { ok: false, message: `"${change.raw}" does not follow from ${before.raw} → ${after.raw}: the ratio is ${trim(ratio)}×`, computed: `${trim(ratio)}×` }
  }

  // A signed absolute change in the operands' own unit: "420ms → 240ms (-180ms)".
  if (change.sign && change.dimension === before.dimension && before.denominator === null) {
    const difference = sub(after.value, before.value)
    if (agrees(change, difference, false, policy)) return { ok: true }
    const value = midpoint(difference) / change.factor
    return {
      ok: false,
      message: `"${change.raw}" does not follow from ${before.raw} → ${after.raw}: the difference is ${value < 0 ? '-' : '+'}${formatLike(Math.abs(value), change)}${change.unitSymbol ?? ''}`,
      computed: `${value < 0 ? '-' : '+'}${formatLike(Math.abs(value), change)}${change.unitSymbol ?? ''}`,
      suggestion: replaceNumber(text, change, Number(value.toFixed(change.decimals)), true)
    }
  }
  return null
}

function suggestion(text: string, change: Quantity, value: number, direction: number): string | undefined {
  const rounded = Number(value.toFixed(change.decimals))
  if (change.sign) return replaceNumber(text, change, rounded, true)
  if (direction !== 0 && Math.sign(rounded) === direction) return replaceNumber(text, change, Math.abs(rounded), false)
  return undefined
}

function trim(value: number): string {
  return formatLike(value, null, 2)
}
