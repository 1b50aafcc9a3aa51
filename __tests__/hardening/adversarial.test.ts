import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkFiles } from '../../src/check-files.js'
import { check } from '../../src/index.js'
import { LIMITS, pathology } from '../../src/read/pathology.js'
// The inputs the benchmark times (npm run bench); here only that they finish, correctly.
import { ADVERSARIAL } from '../../scripts/bench/adversarial.mjs'

const MB = 1024 * 1024

describe('adversarial inputs', () => {
  test.each(Object.entries(ADVERSARIAL as Record<string, (bytes: number) => string>))('%s (1 MB) is checked or skipped with a notice, without throwing', async (name, make) => {
    const dir = mkdtempSync(join(tmpdir(), 'recount-adversarial-'))
    const file = join(dir, 'x.md')
    writeFileSync(file, make(MB))
    const { results } = await checkFiles([file])
    const [result] = results
    expect(result?.error).toBeUndefined()
    const skippedShapes = ['a 100,000-item list per 2 MB', 'nesting 1,000 deep', 'a table with 10,000 columns', 'only arrows and parentheses']
    if (skippedShapes.includes(name)) expect(result?.notice).toMatch(/^skipped: /)
    else expect(result?.notice).toBeUndefined()
  })

  test('the pre-scan limits, each just over and just under', () => {
    const list = (n: number) => '- a\n'.repeat(n)
    expect(pathology(list(LIMITS.listRun))).toBeNull()
    expect(pathology(list(LIMITS.listRun + 1))).toBe(`skipped: a list of more than ${LIMITS.listRun} items`)
    const rows = (n: number) => '| a | b |\n|---|---|\n' + '| 1 | 2 |\n'.repeat(n - 2)
    expect(pathology(rows(LIMITS.tableRows))).toBeNull()
    expect(pathology(rows(LIMITS.tableRows + 1))).toBe(`skipped: a table of more than ${LIMITS.tableRows} rows`)
    expect(pathology(`${' '.repeat(LIMITS.indentColumns)}- deep\n`)).toBeNull()
    expect(pathology(`${' '.repeat(LIMITS.indentColumns + 1)}- deep\n`)).toMatch(/^skipped: a line indented 201 columns/)
    expect(pathology(`|${'x|'.repeat(LIMITS.tableCells)}\n`)).toMatch(/^skipped: a table row of 1001 cells/)
    expect(pathology('a | b\n\n'.repeat(LIMITS.tableRows * 2))).toBeNull()
    expect(pathology(`${'(a) '.repeat(LIMITS.inlineSyntax / 2)}\n`)).toBeNull()
    expect(pathology(`${'(a) '.repeat(LIMITS.inlineSyntax / 2 + 1)}\n`)).toMatch(/^skipped: a line with 100002 characters of inline Markdown syntax/)
  })

  test('a long chain of dashed numbers is read pair by pair, without overflowing the stack', () => {
    // Each range's end was read as a range in turn, so 16,000 numbers overflowed the stack.
    const result = check(`${'1 - '.repeat(16_000)}1\n`)
    expect(result.findings).toEqual([])
    expect(result.claims.found).toBe(8_001)
  })

  test('a 5 MB line of digits and slashes is one masked chain, not fractions or claims', () => {
    const result = check(`${'1/'.repeat(2.5 * MB)}1 (50%)\n`)
    expect(result.findings).toEqual([])
    expect(result.claims.found).toBe(1)
  })
})
