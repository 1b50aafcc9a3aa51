import { groupDecimal, groupDigits, groupInteger } from '../../src/report/grouped-digits.js'
import { replaceNumber } from '../../src/check/suggest.js'
import { tokenize } from '../../src/extract/quantity.js'
import { prng as seeded } from '../../scripts/fuzz-documents.mjs'

const english = (n: number, decimals = 0) => n.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })

describe('digits grouped without the locale built-ins', () => {
  it('groups the whole part by threes and leaves the fraction alone', () => {
    expect(groupDigits('7')).toBe('7')
    expect(groupDigits('999')).toBe('999')
    expect(groupDigits('1000')).toBe('1,000')
    expect(groupDigits('65536')).toBe('65,536')
    expect(groupDigits('1234567.0505')).toBe('1,234,567.0505')
    expect(groupDigits('0.125')).toBe('0.125')
  })

  it('writes counts as toLocaleString does, at every size up to the largest safe integer', () => {
    const random = seeded(17)
    const counts = [0, 1, 999, 1000, 65_536, 2 ** 32, Number.MAX_SAFE_INTEGER]
    for (let i = 0; i < 2000; i++) counts.push(Math.floor(random() * 10 ** Math.floor(random() * 16)))
    for (const n of counts) expect(groupInteger(n)).toBe(english(n))
  })

  it('leaves what is not a count that size to toLocaleString', () => {
    // The loop alone would write "-,123", "1.2345" and "1e+21".
    for (const n of [-123, -1234, 1.2345, 1e21, 2 ** 60]) expect(groupInteger(n)).toBe(n.toLocaleString('en-US'))
  })

  it('writes a toFixed decimal as toLocaleString does with as many decimals, short or long', () => {
    const random = seeded(29)
    const values = [0, 0.5, 0.005, 1.005, 2.675, 1234.5, 999_999.995, 123_456_789_012.34, 1e21, 12_345_678_901_234_567]
    for (let i = 0; i < 5000; i++) values.push(random() * 10 ** Math.floor(random() * 18))
    for (const value of values) {
      for (const decimals of [0, 1, 2, 3, 4]) {
        const plain = value.toFixed(decimals)
        expect([value, decimals, groupDecimal(plain, decimals)]).toEqual([value, decimals, english(Number(plain), decimals)])
      }
    }
  })
})

describe('a suggested correction to a number written with grouped digits', () => {
  it('keeps the grouping and the decimals', () => {
    const text = 'Revenue went from 1,000.50 to 2,001.00'
    const stated = tokenize(text).quantities[1]
    expect(stated?.raw).toBe('2,001.00')
    expect(replaceNumber(text, stated!, 1_234_567.891)).toBe('1,234,567.89')
  })
})
