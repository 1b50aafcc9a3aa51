import { check } from '../src/index.js'

const BAD = '- Health: 2/8 → 7/8 (+350%)'
const BAD_SHARE = '- Tests: 24 of 45 (60%)'
const lines = (md: string, opts = {}) => check(md, opts).findings.map((f) => `${f.line} ${f.rule}`)

describe('recount-disable comments', () => {
  test('disable-next-line suppresses the next line only', () => {
    expect(lines(['<!-- recount-disable-next-line -->', BAD, BAD].join('\n'))).toEqual(['3 change-percent'])
  })

  test('disable-line suppresses its own line, inline', () => {
    expect(lines([`${BAD} <!-- recount-disable-line -->`, BAD].join('\n'))).toEqual(['2 change-percent'])
  })

  test('a rule list limits what is suppressed; a reason may follow " -- "', () => {
    const md = [`${BAD} ${BAD_SHARE.slice(2)} <!-- recount-disable-line ratio-percent -- the 60% is from the vendor -->`].join('\n')
    expect(lines(md)).toEqual(['1 change-percent'])
    expect(lines(`<!-- recount-disable-next-line change-percent, ratio-percent -->\n${BAD}`)).toEqual([])
  })

  test('disable … enable suppresses a range, per rule or for all', () => {
    const md = [BAD, '<!-- recount-disable -->', BAD, BAD_SHARE, '<!-- recount-enable -->', BAD, '<!-- recount-disable ratio-percent -->', BAD, BAD_SHARE].join('\n')
    expect(lines(md)).toEqual(['1 change-percent', '6 change-percent', '8 change-percent'])
  })

  test('disable-file suppresses the whole file', () => {
    expect(lines([BAD, '<!-- recount-disable-file -->', BAD].join('\n'))).toEqual([])
    expect(lines([BAD, '<!-- recount-disable-file ratio-percent -->', BAD_SHARE].join('\n'))).toEqual(['1 change-percent'])
  })

  test('an unknown rule name is an error on the comment, and suppresses nothing', () => {
    const [directive, finding] = check(['<!-- recount-disable-next-line change-pct -->', BAD].join('\n')).findings
    expect(directive).toMatchObject({ line: 1, column: 1, rule: 'directive', severity: 'error', stated: '<!-- recount-disable-next-line change-pct -->' })
    expect(directive?.message).toMatch(/^recount-disable-next-line names unknown rule "change-pct"; known rules: ratio-percent, change-percent/)
    expect(finding?.rule).toBe('change-percent')
  })

  test('--report-unused-disable warns on a directive that suppressed nothing', () => {
    const md = ['<!-- recount-disable-next-line -->', '- Healthy: 7/8 (88%)', '<!-- recount-disable-next-line change-percent -->', BAD].join('\n')
    expect(check(md).findings).toEqual([])
    const unused = check(md, { reportUnusedDisable: true }).findings
    expect(unused.map((f) => [f.line, f.rule, f.severity, f.message])).toEqual([[1, 'directive', 'warning', 'recount-disable-next-line suppressed nothing']])
  })

  test('suppressed findings are not counted as contradicted', () => {
    expect(check(`<!-- recount-disable-next-line -->\n${BAD}`).claims.contradicted).toBe(0)
  })

  test('text that only mentions a directive is not one', () => {
    expect(lines(`Use \`<!-- recount-disable-line -->\` to silence a line.\n${BAD}`)).toEqual(['2 change-percent'])
  })
})
