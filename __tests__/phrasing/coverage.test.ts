import { existsSync } from 'node:fs'
import { RULES } from '../../src/index.js'

// Every claim kind a rule checks has its phrasing matrix.
const root = new URL('.', import.meta.url).pathname
const kinds = [...new Set(RULES.flatMap((r) => r.meta.claims))]

test.each(kinds)('claim kind %s has a phrasing matrix', (kind) => {
  expect(existsSync(`${root}${kind}.test.ts`)).toBe(true)
})
