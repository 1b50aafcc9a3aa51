import { existsSync, readFileSync } from 'node:fs'
import { RULES } from '../src/index.js'

// Every rule has a page in docs/rules with its description, default severity, what it reads and
// leaves, its correction policy and its tests; and every page is a rule's.
const root = new URL('..', import.meta.url).pathname

describe.each(RULES.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
  const page = `${root}docs/rules/${id}.md`

  test('has a docs page that matches its metadata', () => {
    const text = readFileSync(page, 'utf8')
    expect(text.startsWith(`# ${id}\n`)).toBe(true)
    expect(text).toContain(`Default severity: **${rule.meta.severity}**.`)
    for (const section of ['## What it checks', '## Forms it reads', '## Flagged', '## Left alone', '## Severity and certainty', '## Correction', '## Options and suppression']) expect(text).toContain(section)
    for (const kind of rule.meta.claims) expect(text).toContain(`\`${kind}\``)
  })

  test('has a test file of flagged and left-alone cases', () => {
    expect(existsSync(`${root}__tests__/rules/${id}.test.ts`)).toBe(true)
  })

  test('is listed in the README', () => {
    expect(readFileSync(`${root}README.md`, 'utf8')).toContain(`[\`${id}\`](docs/rules/${id}.md)`)
  })
})
