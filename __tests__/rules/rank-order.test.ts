import { check } from '../../src/index.js'
import { findings, flaggedLines } from '../helpers.js'

const RULE = 'rank-order'
const md = (...lines: string[]) => lines.join('\n')
const table = (header: string, ...rows: string[]) => md(header, `|${header.split('|').slice(1, -1).map(() => '---').join('|')}|`, ...rows)

describe(RULE, () => {
  test('flags a better value ranked below a worse one, with both entries, values and ranks', () => {
    const [finding] = findings(table('| Rank | Model | Score |', '| 1 | Alpha | 82 |', '| 2 | Beta | 88 |', '| 3 | Gamma | 75 |'), RULE)
    expect(finding?.message).toBe('"Beta" (88) is ranked 2 below "Alpha" (82), but higher scores rank first')
    expect(finding?.severity).toBe('error')
    expect(finding?.line).toBe(4)
    expect(finding?.stated).toBe('88')
    expect(finding?.related).toEqual([{ line: 3, column: 15 }])
    // A rank is not worked out from one other number: there is no correction to offer.
    expect(finding?.suggestion).toBeUndefined()
  })

  test('reads the rank of each row, not the order of the rows', () => {
    const [finding] = findings(table('| Crate | Rank | Weekly downloads |', '| anvil | 4 | 1,900 |', '| bellows | 1 | 8,200 |', '| chisel | 2 | 5,100 |', '| drill | 3 | 5,600 |'), RULE)
    expect(finding?.message).toBe('"drill" (5,600) is ranked 3 below "chisel" (5,100), but higher weekly downloads rank first, as in every other pair of neighbouring entries')
    // Downloads have no polarity of their own: the direction comes from the other rows, a weaker reading.
    expect(finding?.severity).toBe('notice')
  })

  test('says the direction of a lower-is-better key and a rank that is not the next one', () => {
    const [finding] = findings(table('| Rank | Endpoint | p95 latency |', '| 1 | /login | 80ms |', '| 2 | /search | 140ms |', '| 4 | /export | 95ms |', '| 5 | /report | 300ms |'), RULE)
    expect(finding?.message).toBe('"/export" (95ms) is ranked 4 below "/search" (140ms) at 2, but a lower p95 latency ranks first')
  })

  test('flags a shared rank over different values when no tie is marked', () => {
    const [finding] = findings(table('| Rank | Squad | Score |', '| 1 | Amber | 88 |', '| 1 | Basalt | 85 |', '| 3 | Coral | 80 |'), RULE)
    expect(finding?.message).toBe('"Amber" (88) and "Basalt" (85) are both ranked 1, but their scores differ and no tie is marked')
    expect(finding?.line).toBe(4)
  })

  test('names the key the heading ranks by among several numeric columns', () => {
    const markdown = md('### Monthly plans ranked by cost', '', table('| Rank | Plan | Seats | Cost |', '| 1 | Starter | 5 | $19 |', '| 2 | Team | 20 | $15 |', '| 3 | Scale | 50 | $49 |'))
    expect(findings(markdown, RULE)[0]?.message).toBe('"Team" ($15) is ranked 2 below "Starter" ($19), but lower costs rank first')
  })

  test('reads a ranked list as a notice, the weaker reading', () => {
    const [finding] = findings(md('**Leaderboard, sorted by points:**', '', '1. Ridge — 412 points', '2. Summit — 455 points', '3. Valley — 380 points'), RULE)
    expect(finding?.message).toBe('"Summit" (455) is ranked 2 below "Ridge" (412), but higher points rank first')
    expect(finding?.severity).toBe('notice')
  })

  test('lists every ranking it reads with --claims', () => {
    const result = check(table('| Rank | Model | Score |', '| 1 | Beta | 88 |', '| 2 | Alpha | 82 |'), { file: 'test.md', listClaims: true })
    const [view] = (result.claimList ?? []).filter((v) => v.kind === 'rank-order')
    expect(view).toMatchObject({ verdict: 'verified', binding: 'structural', about: 'the ranking by Score', reading: '1 Beta (88), 2 Alpha (82)' })
  })

  test.each([
    ['a correct ranking', table('| Rank | Model | Score |', '| 1 | Beta | 88 |', '| 2 | Alpha | 82 |', '| 3 | Gamma | 75 |')],
    ['two entries the wrong way round with nothing else to tell the direction', table('| Rank | Model | Score |', '| 1 | Alpha | 70 |', '| 2 | Beta | 80 |')],
    ['a ranking whose direction neither the key nor the other pairs settle', table('| Rank | Crate | Downloads |', '| 1 | anvil | 900 |', '| 2 | bellows | 1,400 |', '| 3 | chisel | 600 |')],
    ['a judgement no column holds', md('## Priority ranking', '', table('| Rank | Task | Effort |', '| 1 | Auth | 5 days |', '| 2 | Cache | 2 days |', '| 3 | Docs | 4 days |', '| 4 | Search | 1 day |'))],
    ['a heading that names a column of words', md('### Issues ranked by severity', '', table('| Rank | Issue | Severity | Files |', '| 1 | Leak | High | 4 |', '| 2 | Typo | Low | 9 |', '| 3 | Race | Medium | 2 |'))],
    ['a group title row between ranked rows', table('| Rank | Tool | Score |', '| | **Lint** | |', '| 1 | Sieve | 70 |', '| 2 | Comb | 65 |', '| | **Format** | |', '| 1 | Press | 95 |')],
    ['a rank and a value in one cell', table('| Rank | Method | Game A | Game B |', '| 1 | Mu | 2nd (1.3) | 1st (4.0) |', '| 2 | Nu | 1st (1.9) | 2nd (3.1) |')],
    ['values rounded to the same figure', table('| Rank | Model | Score |', '| 1 | Alpha | 88 |', '| 2 | Beta | 88.4 |', '| 3 | Gamma | 80 |')],
    ['a list of steps under a heading that names a ranking service', md('## Ranking service rollout', '', '1. Route 10% of traffic', '2. Route 50% of traffic', '3. Route 25% of traffic', '4. Route 100% of traffic')],
    ['a top list of priorities', md('### Top 3 priorities', '', '1. Fix login (3 days)', '2. Add cache (5 days)', '3. Write docs (1 day)', '4. Tune search (2 days)')]
  ])('leaves %s', (_, markdown) => {
    expect(flaggedLines(markdown, RULE)).toEqual([])
  })
})
