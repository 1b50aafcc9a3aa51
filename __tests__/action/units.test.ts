import Ajv from 'ajv'
import { existsSync } from 'node:fs'
import { mergedCategoryId, shardCategory } from '../../src/report/sarif.js'
import { mergeOutputs } from '../../src/report/merge.js'
import { fromRepo, toRepo } from '../../src/action/working-directory.js'
import { readInputs } from '../../src/action/inputs.js'
import { parsePatch } from '../../src/action/diff.js'
import { filterFindings } from '../../src/action/filter.js'
import { fingerprint, fingerprintsIn, fingerprintMarker } from '../../src/action/fingerprint.js'
import { commentBody, planReview, suggestedLine, RESOLVED_MARKER } from '../../src/action/review.js'
import { claimsPerFile, fitComment, renderSummary, summaryMarker, SUMMARY_MARKER } from '../../src/action/summary.js'
import { renderSummaries } from '../../src/action/placement.js'
import { COMMENT_LIMIT, JOB_SUMMARY_LIMIT } from '../../src/action/limits.js'
import { toSarif } from '../../src/report/sarif.js'
import { check, type Finding } from '../../src/index.js'
import { graphqlProblems, openApiProblems } from './openapi.js'

const source = '# R\n\n- Health: 2/8 → 7/8 (+350%)\n- Tests: 24 of 45 (60%)\n'
const findings = check(source, { file: 'r.md' }).findings
const lineOf = (f: Finding) => source.split('\n')[f.line - 1] as string

describe('inputs', () => {
  const inputs = (values: Record<string, string>, pr = true) => readInputs((name) => values[name] ?? '', pr)

  test('defaults', () => {
    expect(inputs({})).toEqual({ files: ['**/*.md'], changedOnly: true, filterMode: 'added', failOn: 'error', review: true, summary: true, sarifFile: '', jsonFile: '', htmlFile: '', githubToken: '', metrics: [], config: '', configFrom: 'base', shard: undefined, workingDirectory: '', sarifCategory: '', requestTimeout: 30, maxRetryWait: 60 })
    expect(inputs({}, false).changedOnly).toBe(false)
  })

  test('globs separated by newlines or commas', () => {
    expect(inputs({ files: 'reports/**/*.md, docs/*.md\nREADME.md\n' }).files).toEqual(['reports/**/*.md', 'docs/*.md', 'README.md'])
  })

  test.each([
    [{ 'filter-mode': 'all' }, 'Invalid input: filter-mode must be one of added, diff_context, file, nofilter'],
    [{ 'fail-on': 'fatal' }, 'Invalid input: fail-on must be one of error, warning, notice, never'],
    [{ review: 'yes' }, 'Invalid input: review must be "true" or "false", got "yes"'],
    [{ files: ' , ' }, 'Invalid input: files: give at least one glob'],
    [{ 'config-from': 'merge' }, 'Invalid input: config-from must be base or head'],
    [{ 'request-timeout': '0' }, 'Invalid input: request-timeout must be a number of seconds above 0, got "0"'],
    [{ 'max-retry-wait': 'soon' }, 'Invalid input: max-retry-wait must be a number of seconds above 0, got "soon"']
  ])('rejects %j', (values, message) => {
    expect(() => inputs(values)).toThrow(message)
  })
})

describe('patch mapping', () => {
  const patch = ['@@ -1,4 +1,5 @@', ' # R', '-old line', '+new line', '+added line', ' context', '@@ -20,2 +21,3 @@', ' ctx', '+tail', '\\ No newline at end of file'].join('\n')

  test('added lines and lines inside hunks on the new side', () => {
    const lines = parsePatch(patch)
    expect([...lines.added]).toEqual([2, 3, 22])
    expect([...lines.inHunks]).toEqual([1, 2, 3, 4, 21, 22])
  })

  test('no patch (binary or too large) means no lines', () => {
    expect(parsePatch(undefined).inHunks.size).toBe(0)
  })

  test('filter modes', () => {
    const diffs = new Map([['r.md', { added: new Set([3]), inHunks: new Set([3, 4]) }]])
    expect(filterFindings(findings, 'added', diffs).map((f) => f.line)).toEqual([3])
    expect(filterFindings(findings, 'diff_context', diffs).map((f) => f.line)).toEqual([3, 4])
    expect(filterFindings(findings, 'file', new Map([['r.md', { added: new Set(), inHunks: new Set() }]]))).toHaveLength(2)
    expect(filterFindings(findings, 'file', new Map())).toHaveLength(0)
    expect(filterFindings(findings, 'nofilter', new Map())).toHaveLength(2)
    expect(filterFindings(findings, 'added', null)).toHaveLength(2)
  })
})

describe('fingerprints and review planning', () => {
  const located = findings.map((f) => ({ finding: f, lineText: lineOf(f), fingerprint: fingerprint(f, lineOf(f)) }))

  test('a fingerprint ignores the line number but not the content', () => {
    const [first] = findings as [Finding]
    expect(fingerprint({ ...first, line: 40 }, lineOf(first))).toBe(fingerprint(first, lineOf(first)))
    expect(fingerprint(first, 'another line')).not.toBe(fingerprint(first, lineOf(first)))
    expect(fingerprintsIn(`text ${fingerprintMarker('0123456789abcdef')}`)).toEqual(['0123456789abcdef'])
  })

  test('the suggestion replaces exactly the stated text on its line', () => {
    expect(suggestedLine(located[0]!)).toBe('- Health: 2/8 → 7/8 (+250%)')
    expect(commentBody(located[0]!)).toContain('```suggestion\n- Health: 2/8 → 7/8 (+250%)\n```')
    expect(suggestedLine({ ...located[0]!, lineText: 'changed meanwhile' })).toBeNull()
  })

  test('new findings on diff lines are comments, the others go to the body, posted ones are skipped', () => {
    const diffs = new Map([['r.md', { added: new Set([3]), inHunks: new Set([3]) }]])
    const plan = planReview(located, diffs, [], [], 'abcdef0123')
    expect(plan.comments.map((c) => c.line)).toEqual([3])
    expect(plan.outsideDiff.map((i) => i.finding.line)).toEqual([4])
    expect(plan.body).toContain('`r.md:4` (`ratio-percent`)')
    const again = planReview(located, diffs, [{ id: 1, body: plan.comments[0]!.body }], [plan.body], 'abcdef0123')
    expect(again.comments).toEqual([])
    expect(again.outsideDiff).toEqual([])
  })

  test('a notice is not posted as a review comment', () => {
    const diffs = new Map([['r.md', { added: new Set([3, 4]), inHunks: new Set([3, 4]) }]])
    const noticed = located.map((l, i) => (i === 0 ? { ...l, finding: { ...l.finding, severity: 'notice' as const } } : l))
    const plan = planReview(noticed, diffs, [], [], 'abcdef0123')
    expect(plan.comments.map((c) => c.line)).toEqual([4])
    expect(plan.outsideDiff).toEqual([])
  })

  test('an earlier comment whose finding is gone is marked resolved once', () => {
    const old = { id: 9, body: `**recount**: gone\n\n${fingerprintMarker('ffffffffffffffff')}` }
    const plan = planReview(located, new Map(), [old], [], 'abcdef0123')
    expect(plan.resolved).toEqual([{ id: 9, body: expect.stringContaining('✅ Resolved: recount no longer finds this at abcdef0') }])
    expect(plan.resolved[0]?.body).toContain(RESOLVED_MARKER)
    expect(planReview(located, new Map(), [{ id: 9, body: plan.resolved[0]!.body }], [], 'abcdef0123').resolved).toEqual([])
  })
})

describe('summary', () => {
  const counts = (found: number, contradicted: number) => ({ found, verified: found - contradicted, contradicted, unverifiable: 0 })

  test('a table of claims per file, most contradictions first, with the top finding of each', () => {
    const results = [
      { file: 'quiet.md', findings: [], claims: counts(4, 0) },
      { file: 'r.md', findings, claims: counts(5, 2) },
      { file: 'no-claims.md', findings: [], claims: counts(0, 0) }
    ]
    const markdown = renderSummary({ findings, results, claims: counts(9, 2) })
    const table = markdown.slice(markdown.indexOf('### Claims per file'), markdown.indexOf('### `r.md`'))
    expect(table.split('\n').filter((l) => l.startsWith('| `'))).toEqual([
      `| \`r.md\` | 5 | 3 | 2 | 0 | 2 | line 3: ${findings[0]!.message} |`,
      '| `quiet.md` | 4 | 4 | 0 | 0 | 0 |  |'
    ])
  })

  test('many files: the top 20 by contradictions, then one line counting the rest', () => {
    const results = Array.from({ length: 45 }, (_, i) => ({ file: `reports/f${String(i).padStart(2, '0')}.md`, findings: [], claims: counts(10, i % 5) }))
    const lines = claimsPerFile(results)
    const rows = lines.filter((l) => l.startsWith('| `'))
    expect(rows).toHaveLength(20)
    // Nine files have 4 contradictions, nine have 3, and so on: the first 20 are the 4s, the 3s, then two 2s.
    expect(rows.map((r) => Number(r.split('|')[4]))).toEqual([...Array(9).fill(4), ...Array(9).fill(3), 2, 2])
    expect(lines).toContain('…and 25 more files (250 claims, 23 contradicted).')
  })

  test('the sticky marker and heading name the working directory and the shard', () => {
    expect(summaryMarker()).toBe(SUMMARY_MARKER)
    expect(summaryMarker({ index: 2, count: 3 })).toBe('<!-- recount:summary:2/3 -->')
    expect(summaryMarker({ index: 2, count: 3 }, 'packages/docs')).toBe('<!-- recount:summary:packages/docs:2/3 -->')
    expect(summaryMarker(undefined, 'a--b')).toBe('<!-- recount:summary:a-%2Db -->')
    expect(renderSummary({ findings: [], results: [], claims: counts(0, 0), directory: 'packages/docs', shard: { index: 1, count: 2 } })).toContain('## recount (`packages/docs`, shard 1 of 2)')
  })

  test('a table of findings per file and the claim counts', () => {
    const claims = { found: 9, verified: 4, contradicted: 2, unverifiable: 3 }
    const markdown = renderSummary({ findings, results: [{ file: 'r.md', findings, claims }], claims }, ['a note'])
    expect(markdown.startsWith(SUMMARY_MARKER)).toBe(true)
    expect(markdown).toContain('| 9 | 4 | 2 | 3 |')
    expect(markdown).toContain('### `r.md` (2)')
    expect(markdown).toContain('| 4 | error | `ratio-percent` | "60%" does not match 24 of 45: 24 / 45 = 53.3% → suggested: `53%` |')
    expect(markdown).toContain('> a note')
  })

  test('a comment that would be too long is cut with a note', () => {
    const long = 'x\n'.repeat(40_000)
    const fitted = fitComment(long)
    expect(fitted.length).toBeLessThan(65_536)
    expect(fitted).toContain('cut to fit')
  })
})

describe("GitHub's size limits", () => {
  // 12,000 findings of about 130 bytes a row: 1.5 MiB of summary before the limit.
  const many: Finding[] = Array.from({ length: 12_000 }, (_, i) => ({ ...findings[0]!, file: `reports/r${i % 7}.md`, line: i + 1, message: `"+350%" does not follow from 2/8 → 7/8 (finding ${i}, ${'é'.repeat(40)})` }))
  const bytes = (text: string) => Buffer.byteLength(text, 'utf8')

  test('the job summary stays within 1 MiB and the comment within 65,536 characters, each saying where the rest is', () => {
    const { jobSummary, comment, annotationNote } = renderSummaries({ findings: many, results: [], claims: { found: 12_000, verified: 0, contradicted: 12_000, unverifiable: 0 } }, ['recount.json', ''])
    expect(bytes(jobSummary)).toBeLessThanOrEqual(JOB_SUMMARY_LIMIT)
    expect(bytes(jobSummary)).toBeGreaterThan(JOB_SUMMARY_LIMIT - 8_192)
    expect(jobSummary).toMatch(/\n> \d+ more findings are not listed here, because GitHub takes at most 1 MiB of job summary per step; every finding is in `recount\.json` and in this step's log as an annotation line\.\n$/)
    expect(annotationNote).toContain("(12000 errors, 0 warnings, 0 notices); every finding is in `recount.json`")
    expect(jobSummary).toContain(annotationNote)
    expect(bytes(comment)).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(comment).toMatch(/\n> \d+ more findings are not listed in this comment, because a comment holds at most 65,536 characters; every finding is in `recount\.json`/)
    // Rows are whole: every listed row ends its line.
    expect(comment.split('\n').filter((l) => l.startsWith('| ') && !l.endsWith(' |'))).toEqual([])
  })

  test('a summary that fits is not cut', () => {
    const { jobSummary, comment } = renderSummaries({ findings, results: [], claims: { found: 2, verified: 0, contradicted: 2, unverifiable: 0 } }, [])
    expect(comment).toBe(jobSummary)
    expect(jobSummary).not.toContain('not listed')
  })

  test('an inline comment whose suggestion repeats a 100,000-character line drops the suggestion', () => {
    const long = `- Health: 2/8 → 7/8 (+350%) ${'word '.repeat(20_000)}`
    const f = check(`# R\n\n${long}\n`, { file: 'r.md' }).findings[0]!
    const body = commentBody({ finding: f, lineText: long, fingerprint: fingerprint(f, long) })
    expect(bytes(body)).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(body).not.toContain('```suggestion')
  })

  test('a review takes 100 inline comments and lists the rest in its body while they fit', () => {
    const text = Array.from({ length: 1_500 }, (_, i) => `- Item ${i}: 2/8 → 7/8 (+350%)`).join('\n')
    const all = check(text, { file: 'r.md' }).findings
    const lines = text.split('\n')
    const located = all.map((f) => ({ finding: f, lineText: lines[f.line - 1]!, fingerprint: fingerprint(f, lines[f.line - 1]!) }))
    const every = new Set(lines.map((_, i) => i + 1))
    const plan = planReview(located, new Map([['r.md', { added: every, inHunks: every }]]), [], [], 'abcdef0123', 'see recount.json')
    expect(plan.comments).toHaveLength(100)
    expect(plan.notInline).toHaveLength(1_400)
    expect(plan.unlisted).toBeGreaterThan(0)
    expect(bytes(plan.body)).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(plan.body).toContain(`${plan.unlisted} more findings are not listed here, because a review body holds at most 65,536 characters; see recount.json.`)
  })
})

describe('SARIF', () => {
  // GitHub's documented requirements for upload-sarif (the official OASIS schema is not on the
  // registry this project installs from; these are the properties code scanning reads).
  const githubSarif = {
    type: 'object',
    required: ['version', 'runs'],
    properties: {
      version: { const: '2.1.0' },
      runs: {
        type: 'array', minItems: 1,
        items: {
          type: 'object', required: ['tool', 'results'],
          properties: {
            tool: { type: 'object', required: ['driver'], properties: { driver: { type: 'object', required: ['name', 'rules'], properties: { name: { type: 'string' }, rules: { type: 'array', items: { type: 'object', required: ['id', 'shortDescription', 'fullDescription', 'help'], properties: { id: { type: 'string' }, shortDescription: { type: 'object', required: ['text'] }, fullDescription: { type: 'object', required: ['text'] }, help: { type: 'object', required: ['text'] } } } } } } } },
            results: {
              type: 'array',
              items: {
                type: 'object', required: ['ruleId', 'message', 'locations', 'partialFingerprints'],
                properties: {
                  level: { enum: ['none', 'note', 'warning', 'error'] },
                  message: { type: 'object', required: ['text'], properties: { text: { type: 'string', minLength: 1 } } },
                  partialFingerprints: { type: 'object', minProperties: 1, additionalProperties: { type: 'string', minLength: 1 } },
                  locations: { type: 'array', minItems: 1, items: { type: 'object', required: ['physicalLocation'], properties: { physicalLocation: { type: 'object', required: ['artifactLocation', 'region'], properties: { artifactLocation: { type: 'object', required: ['uri'], properties: { uri: { type: 'string', pattern: '^[^/]' } } }, region: { type: 'object', required: ['startLine'], properties: { startLine: { type: 'integer', minimum: 1 }, startColumn: { type: 'integer', minimum: 1 }, endLine: { type: 'integer', minimum: 1 }, endColumn: { type: 'integer', minimum: 1 } } } } } } } }
                }
              }
            }
          }
        }
      }
    }
  }

  test('the log has rules, results, regions and fingerprints', () => {
    const prints = new Map(findings.map((f) => [f, fingerprint(f, lineOf(f))]))
    const dotted = findings.map((f) => ({ ...f, file: `./${f.file}` }))
    const log = toSarif([{ file: './r.md', findings: dotted, claims: { found: 2, verified: 0, contradicted: 2, unverifiable: 0 } }], { toolVersion: '9.9.9' }) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> }
    const validate = new Ajv.default({ strict: false, allErrors: true }).compile(githubSarif)
    const withPrints = toSarif([{ file: 'r.md', findings, claims: { found: 2, verified: 0, contradicted: 2, unverifiable: 0 } }], { toolVersion: '9.9.9', helpUriBase: 'https://github.com/o/recount/blob/v1/docs/rules/', fingerprint: (f) => prints.get(f) ?? '' })
    expect(validate(withPrints)).toBe(true)
    expect(validate.errors ?? []).toEqual([])
    expect(log.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('r.md')
    expect(JSON.stringify(withPrints)).toContain('"helpUri":"https://github.com/o/recount/blob/v1/docs/rules/change-percent.md"')
    expect(JSON.stringify(withPrints)).toContain(`"recountFindingHash":"${prints.get(findings[0]!)}"`)
    // Without a fingerprint function, each finding still gets a stable one of its own.
    expect(validate(log)).toBe(true)
    // An empty fingerprint would not validate.
    expect(validate(toSarif([{ file: 'r.md', findings, claims: { found: 2, verified: 0, contradicted: 2, unverifiable: 0 } }], { toolVersion: '1', fingerprint: () => '' }))).toBe(false)
  })

  test('every rule has a helpUri naming its page under docs/rules, and the page exists', () => {
    const log = toSarif([], { toolVersion: '1', helpUriBase: 'https://example.test/docs/rules' }) as { runs: Array<{ tool: { driver: { rules: Array<{ id: string; helpUri: string }> } } }> }
    const rules = log.runs[0]!.tool.driver.rules
    expect(rules.length).toBeGreaterThan(10)
    for (const rule of rules) {
      expect(rule.helpUri).toBe(`https://example.test/docs/rules/${rule.id}.md`)
      expect(existsSync(new URL(`../../docs/rules/${rule.id}.md`, import.meta.url))).toBe(true)
    }
  })

  test('automationDetails names the category: recount by default, one per shard, and recount merge joins the shards', () => {
    type Log = { runs: Array<{ automationDetails?: { id: string }; results: unknown[]; invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: Array<{ message: { text: string } }> }> }> }
    const file = (name: string) => ({ file: name, findings: findings.map((f) => ({ ...f, file: name })), claims: { found: 2, verified: 0, contradicted: 2, unverifiable: 0 } })
    expect((toSarif([], { toolVersion: '1' }) as Log).runs[0]?.automationDetails).toEqual({ id: 'recount/' })
    expect((toSarif([], { toolVersion: '1', category: 'docs-site' }) as Log).runs[0]?.automationDetails).toEqual({ id: 'docs-site/' })
    const first = toSarif([file('a.md')], { toolVersion: '1', category: shardCategory('recount', { index: 1, count: 2 }) }) as Log
    const second = toSarif([file('b.md'), { file: 'c.md', findings: [], claims: { found: 0, verified: 0, contradicted: 0, unverifiable: 0 }, error: 'c.md: not UTF-8' }], { toolVersion: '1', category: shardCategory('recount', { index: 2, count: 2 }) }) as Log
    expect(first.runs[0]?.automationDetails).toEqual({ id: 'recount/shard-1-of-2/' })
    expect(second.runs[0]?.invocations[0]).toMatchObject({ executionSuccessful: false, toolExecutionNotifications: [{ message: { text: 'c.md: not UTF-8' } }] })
    const merged = JSON.parse(mergeOutputs([JSON.stringify(first), JSON.stringify(second)].map((text, i) => ({ file: `s${i}.sarif`, text })))) as Log
    expect(merged.runs).toHaveLength(1)
    expect(merged.runs[0]?.automationDetails).toEqual({ id: 'recount/' })
    expect(merged.runs[0]?.results).toHaveLength(4)
    // The shards' invocations are one analysis: one invocation, failed if any shard's failed, with every notification.
    expect(merged.runs[0]?.invocations).toEqual([{ executionSuccessful: false, toolExecutionNotifications: [expect.objectContaining({ message: { text: 'c.md: not UTF-8' } })] }])
    expect(mergedCategoryId(['a/', 'b/'])).toBeUndefined()
    expect(mergedCategoryId(['x/shard-1-of-2/', 'x/shard-2-of-2/'])).toBe('x/')
  })
})

describe('the OpenAPI check used by the end-to-end tests', () => {
  test('accepts a real request and rejects an unknown route or a bad body', () => {
    expect(openApiProblems({ method: 'POST', path: '/repos/o/r/issues/7/comments', query: new URLSearchParams(), body: { body: 'hi' } })).toEqual([])
    expect(openApiProblems({ method: 'POST', path: '/repos/o/r/issues/7/commentz', query: new URLSearchParams(), body: { body: 'hi' } })).toHaveLength(1)
    expect(openApiProblems({ method: 'POST', path: '/repos/o/r/pulls/7/reviews', query: new URLSearchParams(), body: { event: 'SHOUT' } })).not.toEqual([])
  })
})

describe('the GraphQL check used by the end-to-end tests', () => {
  const query = 'mutation($threadId: ID!) { resolveReviewThread(input: { threadId: $threadId }) { thread { id } } }'
  test('accepts a known operation with its variables and rejects a missing, extra or unknown one', () => {
    expect(graphqlProblems({ query, variables: { threadId: 'PRRT_1' } })).toEqual([])
    expect(graphqlProblems({ query, variables: {} })).toEqual(['POST /graphql: $threadId is required'])
    expect(graphqlProblems({ query, variables: { threadId: 'x', other: 1 } })).toEqual(['POST /graphql: $other is not declared'])
    expect(graphqlProblems({ query: 'query { viewer { login } }' })).toEqual(['POST /graphql: not an operation the action is known to send'])
    expect(openApiProblems({ method: 'POST', path: '/graphql', query: new URLSearchParams(), body: { query: `${query} }`, variables: { threadId: 'x' } } })).toEqual(['POST /graphql: unbalanced braces'])
  })
})

describe('working-directory paths', () => {
  const scope = { root: '/repo', prefix: 'packages/site' }

  test('files read in the working directory are named from the repository root, and back', () => {
    expect(toRepo(scope, 'docs/a.md')).toBe('packages/site/docs/a.md')
    expect(toRepo(scope, './docs/a.md')).toBe('packages/site/docs/a.md')
    expect(toRepo(scope, '/repo/packages/site/m.json')).toBe('packages/site/m.json')
    expect(fromRepo(scope, 'packages/site/docs/a.md')).toBe('docs/a.md')
    // A sibling package whose name starts the same is outside.
    expect(fromRepo(scope, 'packages/site-old/a.md')).toBeNull()
    expect(fromRepo({ root: '/repo', prefix: '' }, 'a.md')).toBe('a.md')
    expect(toRepo({ root: '/repo', prefix: '' }, 'a.md')).toBe('a.md')
  })
})
