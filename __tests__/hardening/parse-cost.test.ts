import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkFiles } from '../../src/check-files.js'
import { check } from '../../src/index.js'
import { estimateParseCost, overBudget, PARSE_BUDGET } from '../../src/read/parse-cost.js'
// The shapes the benchmark measures (npm run bench -- --hostile); here the guard's verdict on each.
import { HOSTILE } from '../../scripts/bench/hostile.mjs'

const MB = 1024 * 1024
const make = (name: string, bytes: number) => (HOSTILE as Record<string, (b: number) => string>)[name]!(bytes)

describe('the parse-cost pre-scan', () => {
  test.each([
    ['wide numeric table (999 columns)', 1, /^skipped: parsing would take about 4,206 MB \(522,000 table cells, /],
    ['link-reference chain', 1, /^skipped: parsing would take about 2,150 MB \(0 table cells, 345,099 brackets, /],
    ['nested emphasis', 0.25, /^skipped: the paragraph at line 1 has more than 2,000 emphasis markers/],
    ['unclosed emphasis', 0.25, /^skipped: the paragraph at line 1 has more than 2,000 emphasis markers/],
    ['blockquote 50,000 deep on one line', 0.25, /^skipped: line 1 nests blockquotes 50,000 deep \(more than 100\)/],
    ['blockquote "> > > …" with spaces', 0.25, /^skipped: line 1 nests blockquotes 500 deep \(more than 100\)/],
    ['headings with counts over two-item lists', 0.25, /^skipped: too many lists or blockquotes closed by a heading or paragraph/],
    ['lists nested 100 deep', 4, /^skipped: parsing would take about 4,\d{3} MB \(0 table cells, 0 brackets, 0 emphasis markers, [\d,]+ nesting levels\)/]
  ])('%s at %s MB is skipped, saying why', (name, mb, reason) => {
    expect(overBudget(estimateParseCost(make(name, mb * MB)))).toMatch(reason)
  })

  test('through checkFiles, the notice names the file and it loses no other result', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'recount-parse-cost-'))
    const hostile = join(dir, 'hostile.md')
    const fine = join(dir, 'fine.md')
    writeFileSync(hostile, make('blockquote 50,000 deep on one line', 100_000))
    writeFileSync(fine, 'Tests: 3 of 4 passed (50%).\n')
    const { results } = await checkFiles([hostile, fine])
    expect(results.find((r) => r.file === hostile)).toMatchObject({ findings: [], notice: expect.stringMatching(/^skipped: line 1 nests blockquotes 50,000 deep/) })
    expect(results.find((r) => r.file === fine)?.findings).toHaveLength(1)
  })

  test('each limit, just under and just over', () => {
    const quote = (depth: number) => `${'>'.repeat(depth)} 3/4 (75%)\n`
    expect(overBudget(estimateParseCost(quote(PARSE_BUDGET.quoteDepth)))).toBeNull()
    expect(overBudget(estimateParseCost(quote(PARSE_BUDGET.quoteDepth + 1)))).toMatch(/nests blockquotes 101 deep/)
    const emphasis = (runs: number) => 'Intro.\n\n' + '*a '.repeat(runs) + '\n'
    expect(estimateParseCost(emphasis(PARSE_BUDGET.emphasisRunsPerParagraph)).densestParagraph).toEqual({ emphasisRuns: 2000, line: 3 })
    expect(overBudget(estimateParseCost(emphasis(PARSE_BUDGET.emphasisRunsPerParagraph)))).toBeNull()
    expect(overBudget(estimateParseCost(emphasis(PARSE_BUDGET.emphasisRunsPerParagraph + 1)))).toMatch(/the paragraph at line 3 has more than 2,000/)
    // The same markers over blank-line-separated paragraphs cost linear time: checked.
    expect(overBudget(estimateParseCost(('*a '.repeat(1000) + '\n\n').repeat(20)))).toBeNull()
  })

  test('what is counted, and what is not (code fences)', () => {
    const cost = estimateParseCost('| a | b |\n|---|---|\n| 1 | 2 |\n\nSee [x] and *this*.\n\n- one\n  - two\n\n## Next\n\n```\n| not | a | table |\n[ * _ ]\n```\n')
    expect(cost).toMatchObject({ tableCells: 9, brackets: 1, emphasisRuns: 2, containerLevels: 3, containerExitLines: 10, deepestQuote: { depth: 0, line: 0 } })
  })

  test('a realistic changelog of 500 "## Completed (n)" headings over two-item lists is checked, each heading count read', () => {
    const text = make('headings with counts over two-item lists', 18_000)
    expect(overBudget(estimateParseCost(text))).toBeNull()
    const wrong = text.replace('## Completed (2)\n\n- task 7\n', '## Completed (3)\n\n- task 7\n')
    const result = check(wrong)
    expect(result.findings.map((f) => f.line)).toEqual([wrong.split('\n').indexOf('## Completed (3)') + 1])
  })
})
