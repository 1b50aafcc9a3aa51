import type { Quantity } from '../extract/quantity.js'
import { groupDecimal } from '../report/grouped-digits.js'

/**
 * The stated token with its number replaced by `value`, written with the same number of decimals
 * (and a sign when the original had one or `signed` is set): "+350%" → "+250%", "11" → "12".
 */
export function replaceNumber(text: string, q: Quantity, value: number, signed = q.sign !== null, decimals = q.decimals): string {
  const magnitude = Math.abs(value)
  let digits = magnitude.toFixed(decimals)
  if (/,/.test(text.slice(q.digitsStart, q.digitsEnd))) digits = groupDecimal(digits, decimals)
  const sign = signed ? (value < 0 ? (text[q.start] === '−' ? '−' : '-') : '+') : value < 0 ? '-' : ''
  const prefix = text.slice(q.start, q.digitsStart).replace(/[+\-−–]$/, '')
  const suffix = text.slice(q.digitsEnd, q.end)
  return `${prefix}${sign}${digits}${suffix}`
}
