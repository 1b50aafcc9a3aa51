import { mentionsAny, mentionsAnyInPlural } from '../../src/claims/counting.js'
import { singular } from '../../src/extract/labels.js'

describe('singular', () => {
  test.each([
    ['tests', 'test'], ['entries', 'entry'], ['classes', 'class'], ['statuses', 'status'], ['boxes', 'box'],
    ['patches', 'patch'], ['pushes', 'push'], ['cases', 'case'], ['releases', 'release'], ['responses', 'response'],
    ['causes', 'cause'], ['caches', 'cache'], ['themes', 'theme'], ['status', 'status'], ['bus', 'bus']
  ])('%s → %s', (plural, one) => {
    expect(singular(plural)).toBe(one)
  })
})

describe('mentionsAny and mentionsAnyInPlural', () => {
  test('a word in the singular or the plural is a mention; only the plural is a mention in the plural', () => {
    expect(mentionsAny('Test case: empty cart', ['case'])).toBe(true)
    expect(mentionsAnyInPlural('Test case: empty cart', ['case'])).toBe(false)
    expect(mentionsAnyInPlural('Cache entries', ['entry'])).toBe(true)
    expect(mentionsAnyInPlural('Search endpoints', ['endpoint'])).toBe(true)
    expect(mentionsAnyInPlural('Sign-ins by region', ['sign-in'])).toBe(true)
    expect(mentionsAnyInPlural('Search endpoints', ['route'])).toBe(false)
  })
})
