import fc from 'fast-check'
import { check } from '../../src/index.js'
import { applyFixes } from '../../src/fix/apply.js'
import { generateDocument, wrongPositions } from '../../scripts/fuzz-documents.mjs'

// Pieces that real reports are made of, so that generated documents reach the rules, mixed with
// arbitrary text: emoji, RTL and zero-width marks, lone surrogates, NUL, mojibake.
const PIECES = [
  '# ', '## Completed (8/15)\n', '- ', '  - ', '1. ', '| a | b |\n|---|---|\n', '| 2/8 | +350% |\n', '```\n', '```python\n', '---\n', '> ',
  '**', '_', '`', '<!-- recount-disable-next-line -->\n', '<!-- recount-disable-line change-percent -->',
  '2/8 → 7/8 (+350%)', '7/8 (88%)', '24 of 45 (60%)', '11 alerts: 1 P0, 3 P1, 3 P2, 5 P3', '8.2% → 4.8% (-3.4%)', '420ms → 240ms (-43%)',
  'Error Rate: 0.02%', 'Total errors: 1,456 (0.008% rate)', 'zero errors', '23:39 → 00:05 (26 minutes elapsed)', '2 hours 15 minutes (135 min)',
  '<1h', '120 min', '✅ PASS', '❌', 'â†’', 'âœ…', 'v1.2.3', '10.1.0.0/16', '24/7', 'Port 8000', '#123', 'P0', '18.2M', '~20%', '55-60%',
  '\n', '\r\n', '\r', '\n\n', ' ', '\t', '🚀', '\u200f', '\u202e', '\u200b', '\ufeff', '\ud800', '\udfff', '\u0000', '|', ':', '(', ')', '%', '→'
]

const documents = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) }), { maxLength: 80 })
  .map((parts) => parts.join(''))

function lineStarts(text: string): number[] {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') starts.push(i + 1)
    else if (text[i] === '\r' && text[i + 1] !== '\n') starts.push(i + 1)
  }
  return starts
}

const RUNS = { numRuns: 400, seed: 20261123 }

describe('any document', () => {
  test('the generator reaches the rules: many documents have findings, some with a fix', () => {
    const sample = fc.sample(documents, { numRuns: 400, seed: RUNS.seed })
    const results = sample.map((doc) => check(doc).findings)
    expect(results.filter((f) => f.length > 0).length).toBeGreaterThan(50)
    expect(results.filter((f) => f.some((x) => x.suggestion !== undefined)).length).toBeGreaterThan(15)
  })

  test('never throws, and every finding points inside the file at exactly its stated text', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        const source = doc.charCodeAt(0) === 0xfeff ? doc.slice(1) : doc
        const starts = lineStarts(source)
        for (const f of check(doc).findings) {
          const start = (starts[f.line - 1] ?? NaN) + f.column - 1
          const end = (starts[f.endLine - 1] ?? NaN) + f.endColumn - 1
          if (!(start >= 0 && end <= source.length && start <= end)) return false
          if (source.slice(start, end) !== f.stated) return false
        }
        return true
      }),
      RUNS
    )
  })

  test('is checked the same way twice', () => {
    fc.assert(fc.property(documents, (doc) => JSON.stringify(check(doc)) === JSON.stringify(check(doc))), RUNS)
  })

  test('a second fix changes nothing', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        const once = applyFixes(doc, check(doc).findings).output
        const twice = applyFixes(once, check(once).findings).output
        return twice === once
      }),
      RUNS
    )
  })
})

// The documents `npm run fuzz` checks by the hundred thousand (report-like lines, tables, lists,
// fenced and indented code, quotes, emphasis, CJK, emoji, mojibake), a few hundred of them here.
describe('report-like documents (scripts/fuzz-documents.mjs, seed 12)', () => {
  const documents = Array.from({ length: 200 }, (_, n) => generateDocument(12, n))

  test('reach the rules, never throw, every finding points at exactly its stated text, and a second check gives the same result', () => {
    expect(new Set(documents).size).toBe(documents.length)
    const wrong: string[] = []
    let withFindings = 0
    for (const [n, doc] of documents.entries()) {
      const result = check(doc)
      if (result.findings.length > 0) withFindings++
      wrong.push(...wrongPositions(doc, result.findings).map((problem) => `document ${n}: ${problem}`))
      if (JSON.stringify(check(doc)) !== JSON.stringify(result)) wrong.push(`document ${n}: a second check differs`)
    }
    expect(wrong).toEqual([])
    expect(withFindings).toBeGreaterThan(100)
  })

  test('an indented code block is placed on its own lines (the cause of most wrong positions once)', () => {
    const doc = 'Intro\n\n    Tests: 7 of 8 (50%)\n'
    const findings = check(doc).findings
    expect(findings.map((f) => [f.line, f.column, f.endLine, f.endColumn, f.stated])).toEqual([[3, 20, 3, 23, '50%']])
    expect(wrongPositions(doc, findings)).toEqual([])
  })

  test('wrongPositions catches a reversed place and text that is not the stated one', () => {
    const doc = 'Intro\n\n    Tests: 7 of 8 (50%)\n'
    const finding = { rule: 'ratio-percent', line: 3, column: 20, endLine: 3, endColumn: 23, stated: '50%', related: [] }
    expect(wrongPositions(doc, [{ ...finding, line: 4, column: 1, endLine: 3, endColumn: 24, stated: '' }])).toHaveLength(1)
    expect(wrongPositions(doc, [{ ...finding, column: 19 }])).toHaveLength(1)
    expect(wrongPositions(doc, [{ ...finding, line: 9 }])).toHaveLength(1)
  })
})
