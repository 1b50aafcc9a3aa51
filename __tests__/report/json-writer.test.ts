import { check } from '../../src/index.js'
import { formatJson, JsonWriter } from '../../src/report/json.js'
import { sumCounts } from '../../src/file-results.js'
import type { FileResult } from '../../src/model.js'

const results: FileResult[] = [
  check('- Health: 2/8 → 7/8 (+350%)\n- Alerts: 11 (1 P0, 3 P1, 3 P2, 5 P3)\n', { file: 'a.md' }),
  { file: 'b.md', findings: [], claims: { found: 0, verified: 0, contradicted: 0, unverifiable: 0 }, error: 'b.md: permission denied' },
  { ...check('Healthy: 7/8 (80%) "quoted"\n', { file: 'c\\d.md' }), notice: 'read with replacements' }
]

describe('JSON output written file by file', () => {
  test('is exactly the pretty-printed document, totals last', () => {
    const docs = 'file:///docs/rules/'
    const expected = {
      version: 1,
      findings: results.flatMap((r) => r.findings).map((f) => ({ ...f, url: `${docs}${f.rule}.md` })),
      errors: [{ file: 'b.md', message: 'b.md: permission denied' }, { file: 'm.json', message: 'm.json: bad' }],
      notices: [{ file: 'c\\d.md', message: 'read with replacements' }],
      // b.md could not be read: it is in errors, not among the files checked.
      files: 2,
      claims: sumCounts(results)
    }
    expect(new Set(expected.findings.map((f) => f.file))).toEqual(new Set(['a.md', 'c\\d.md']))
    expect(formatJson(results, sumCounts(results), [{ file: 'm.json', message: 'm.json: bad' }], docs)).toBe(JSON.stringify(expected, null, 2) + '\n')
  })

  test('with no files and no findings it is still the same document', () => {
    const none = { found: 0, verified: 0, contradicted: 0, unverifiable: 0 }
    expect(formatJson([], none)).toBe(JSON.stringify({ version: 1, findings: [], errors: [], notices: [], files: 0, claims: none }, null, 2) + '\n')
  })

  test('findings are written as each file arrives, before the totals are known', () => {
    const chunks: string[] = []
    const writer = new JsonWriter((text) => chunks.push(text))
    writer.add(results[0] as FileResult)
    expect(chunks.join('')).toContain('"stated": "+350%"')
    expect(chunks.join('')).not.toContain('"claims"')
  })
})
