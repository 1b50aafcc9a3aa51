import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { FakeGitHub, type FakePullRequest } from './fake-github.js'
import { openApiProblems } from './openapi.js'
import { RULE_IDS } from '../../src/config/schema.js'
import { GLOB_TOO_LONG, MAX_GLOB_LENGTH } from '../../src/config/glob-limit.js'
import { HEAD_SHA, TOKEN, pullRequest, runAction, withoutMask, workspace } from './run-action.js'

const CONTRADICTIONS = [
  '# Week 3 status',
  '',
  '- **System health**: from 2/8 services healthy → 7/8 services healthy (+350% improvement)',
  '- **Tests passing**: 24 of 45 (60%)',
  '- 11 production alerts configured',
  '  - 1 P0 alert',
  '  - 3 P1 alerts',
  '  - 3 P2 alerts',
  '  - 5 P3 alerts',
  ''
].join('\n')

const CLEAN = ['# Week 3 status', '', '- **Tests passing**: 24 of 45 (53%)', '- Released v2.3.1 on port 8080, 24/7 support', ''].join('\n')

let github: FakeGitHub

afterEach(async () => {
  // Every request the action sent must be a real GitHub route with a valid body.
  const problems = github ? github.requests.flatMap(openApiProblems) : []
  await github?.stop()
  expect(problems).toEqual([])
})

async function fake(pr: FakePullRequest): Promise<FakeGitHub> {
  github = new FakeGitHub(pr)
  await github.start()
  return github
}

describe('the action on a pull request', () => {
  test('a clean pull request passes, posts no review and one summary comment', async () => {
    const files = { 'reports/week3.md': CLEAN }
    const gh = await fake(pullRequest(files))
    const result = await runAction(workspace(files), gh)
    expect(result.code).toBe(0)
    expect(result.outputs).toMatchObject({ findings: '0', errors: '0', warnings: '0', 'claims-verified': '3' })
    expect(gh.reviews).toHaveLength(0)
    expect(gh.issueComments).toHaveLength(1)
    expect(gh.issueComments[0]?.body).toContain('No contradictions found.')
    expect(result.summary).toContain('No contradictions found.')
    expect(result.stdout.split('\n')[0]).toBe(`::add-mask::${TOKEN}`)
    expect(withoutMask(result.stdout)).not.toContain(TOKEN)
  })

  test('contradictions become annotations, one review with suggestions, a summary, and a failed gate', async () => {
    const files = { 'reports/week3.md': CONTRADICTIONS }
    const gh = await fake(pullRequest(files))
    const dir = workspace(files)
    const result = await runAction(dir, gh, { 'sarif-file': 'recount.sarif', 'json-file': 'recount.json' })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('::error title=recount (change-percent),file=reports/week3.md,line=3,endLine=3,col=72,endColumn=77::"+350%25" does not follow from 2/8 → 7/8')
    expect(result.stdout).toContain('::error::recount found 3 findings at or above "error" (3 errors, 0 warnings, 0 notices) in 1 file')
    expect(result.outputs).toMatchObject({ findings: '3', errors: '3', 'sarif-file': 'recount.sarif', 'json-file': 'recount.json' })

    expect(gh.reviews).toHaveLength(1)
    const comments = gh.reviews[0]?.comments ?? []
    expect(comments.map((c) => [c.path, c.line])).toEqual([['reports/week3.md', 3], ['reports/week3.md', 4], ['reports/week3.md', 5]])
    expect(comments[0]?.body).toContain('```suggestion\n- **System health**: from 2/8 services healthy → 7/8 services healthy (+250% improvement)\n```')
    // A total is never rewritten to match its parts: the comment says which numbers disagree.
    expect(comments[2]?.body).toContain('"11 production alerts" but the breakdown below sums to 12')
    expect(comments[2]?.body).not.toContain('```suggestion')
    const review = gh.requests.find((r) => r.method === 'POST' && r.path.endsWith('/reviews'))
    expect(review?.body).toMatchObject({ commit_id: HEAD_SHA, event: 'COMMENT' })

    expect(result.summary).toContain('| 3 | error | `change-percent` |')
    expect(JSON.parse(readFileSync(join(dir, 'recount.json'), 'utf8')).findings).toHaveLength(3)
    const sarif = JSON.parse(readFileSync(join(dir, 'recount.sarif'), 'utf8'))
    expect(sarif.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['change-percent', 'ratio-percent', 'sum-total'])
  })

  test('a rerun posts no duplicate comments, updates the summary comment, and resolves fixed findings', async () => {
    const files = { 'reports/week3.md': CONTRADICTIONS }
    const gh = await fake(pullRequest(files))
    const dir = workspace(files)
    await runAction(dir, gh)
    await runAction(dir, gh)
    expect(gh.reviews).toHaveLength(1)
    expect(gh.reviewComments).toHaveLength(3)
    expect(gh.issueComments).toHaveLength(1)
    expect(gh.requests.filter((r) => r.method === 'PATCH' && r.path.includes('/issues/comments/'))).toHaveLength(1)

    // The author fixes the alert count; that comment is marked resolved, the others stay.
    const fixed = CONTRADICTIONS.replace('11 production alerts', '12 production alerts')
    writeFileSync(join(dir, 'reports/week3.md'), fixed)
    gh.pr.files = pullRequest({ 'reports/week3.md': fixed }).files
    const third = await runAction(dir, gh)
    expect(third.outputs.findings).toBe('2')
    expect(gh.reviews).toHaveLength(1)
    const resolved = gh.reviewComments.filter((c) => c.body.includes('Resolved: recount no longer finds this'))
    expect(resolved.map((c) => c.line)).toEqual([5])
  })

  test('a fixed finding resolves its review thread (GraphQL, read page by page); a quoting reviewer is left alone', async () => {
    const files = { 'reports/week3.md': CONTRADICTIONS }
    const gh = await fake(pullRequest(files))
    gh.threadsPerPage = 2
    const dir = workspace(files)
    await runAction(dir, gh)
    const alerts = gh.reviewComments.find((c) => c.line === 5)!
    // A reviewer quotes recount's comment, markers and all, in a thread of their own.
    gh.reviewComments.push({ id: 1, body: `> ${alerts.body}\n\nAgreed, fix this.`, path: 'reports/week3.md', line: 5, user: 'reviewer' })
    const fixed = CONTRADICTIONS.replace('11 production alerts', '12 production alerts')
    writeFileSync(join(dir, 'reports/week3.md'), fixed)
    gh.pr.files = pullRequest({ 'reports/week3.md': fixed }).files
    const second = await runAction(dir, gh)
    expect(second.outputs.findings).toBe('2')
    expect([...gh.resolvedThreads]).toEqual([`PRRT_${alerts.id}`])
    const graphql = gh.requests.filter((r) => r.path === '/graphql')
    // Four threads, two a page: two reads, then one mutation.
    expect(graphql.map((r) => ((r.body as { query: string }).query.includes('mutation') ? 'resolve' : 'list'))).toEqual(['list', 'list', 'resolve'])
    expect(gh.reviewComments.find((c) => c.id === 1)?.body.startsWith('> ')).toBe(true)
    expect(gh.requests.filter((r) => r.method === 'PATCH' && r.path.endsWith('/pulls/comments/1'))).toEqual([])
    // Nothing left to resolve on the next run.
    await runAction(dir, gh)
    expect(gh.requests.filter((r) => r.path === '/graphql')).toHaveLength(3)
  })

  test('the summary comment is found by its marker and its author: a comment quoting the marker is not edited', async () => {
    const files = { 'reports/week3.md': CLEAN }
    const gh = await fake(pullRequest(files))
    gh.issueComments.push({ id: 1, body: '<!-- recount:summary -->\nThe bot said this passes; I disagree.', user: 'reviewer' })
    const dir = workspace(files)
    await runAction(dir, gh)
    await runAction(dir, gh)
    expect(gh.issueComments.map((c) => [c.id, c.user])).toEqual([[1, 'reviewer'], [expect.any(Number), 'github-actions[bot]']])
    expect(gh.issueComments[0]?.body).toContain('I disagree')
    const own = gh.issueComments[1]!.id
    expect(gh.requests.filter((r) => r.method === 'PATCH').map((r) => r.path)).toEqual([`/repos/octo/reports/issues/comments/${own}`])
  })

  test('with a personal access token, the summary comment is the token user\'s', async () => {
    const files = { 'reports/week3.md': CLEAN }
    const gh = await fake(pullRequest(files))
    gh.tokenUser = 'release-robot'
    gh.issueComments.push({ id: 1, body: '<!-- recount:summary -->\nquoted', user: 'reviewer' })
    const dir = workspace(files)
    await runAction(dir, gh)
    await runAction(dir, gh)
    expect(gh.issueComments.map((c) => c.user)).toEqual(['reviewer', 'release-robot'])
    expect(gh.requests.filter((r) => r.method === 'PATCH').map((r) => r.path)).toEqual([`/repos/octo/reports/issues/comments/${gh.issueComments[1]!.id}`])
    // Each run asked who the token is once, because a comment by someone else carried the marker.
    expect(gh.requests.filter((r) => r.path === '/user')).toHaveLength(2)
  })

  test('with a GitHub App token, the summary comment is the app bot\'s, and a person quoting the marker is still not edited', async () => {
    const files = { 'reports/week3.md': CLEAN }
    const gh = await fake(pullRequest(files))
    gh.appBot = 'report-checker[bot]'
    gh.issueComments.push({ id: 1, body: '<!-- recount:summary -->\nquoted', user: 'reviewer' })
    const dir = workspace(files)
    await runAction(dir, gh)
    await runAction(dir, gh)
    expect(gh.issueComments.map((c) => c.user)).toEqual(['reviewer', 'report-checker[bot]'])
    expect(gh.requests.filter((r) => r.method === 'PATCH').map((r) => r.path)).toEqual([`/repos/octo/reports/issues/comments/${gh.issueComments[1]!.id}`])
  })

  test('a forked pull request with a read-only token falls back to annotations and is not failed for it', async () => {
    const files = { 'reports/week3.md': CONTRADICTIONS }
    const gh = await fake(pullRequest(files))
    gh.readOnly = true
    const result = await runAction(workspace(files), gh, { 'fail-on': 'never' })
    expect(result.code).toBe(0)
    expect(result.stdout.match(/::warning::recount could not/g)).toHaveLength(1)
    expect(result.stdout).toContain('::warning::recount could not post the review (HTTP 403: Resource not accessible by integration')
    expect(result.stdout).toContain('::error title=recount (sum-total)')
    expect(result.summary).toContain('`sum-total`')
    expect(withoutMask(result.stdout)).not.toContain(TOKEN)
  })

  test('without a token it warns once, checks the files it can see, and calls no API', async () => {
    const files = { 'reports/week3.md': CONTRADICTIONS }
    const gh = await fake(pullRequest(files))
    const result = await runAction(workspace(files), gh, { 'github-token': '', 'fail-on': 'never' })
    expect(result.code).toBe(0)
    expect(result.stdout.match(/::warning::/g)).toHaveLength(1)
    expect(result.stdout).toContain('::warning::recount has no github-token')
    expect(result.outputs.findings).toBe('3')
    expect(gh.requests).toEqual([])
  })

  test('more than 50 findings: the log says so, and the review and summary hold every one', async () => {
    const lines = ['# Many', '', ...Array.from({ length: 60 }, (_, i) => `- Item ${i + 1} health: 2/8 → 7/8 (+350%)`), '']
    const files = { 'reports/many.md': lines.join('\n') }
    const gh = await fake(pullRequest(files))
    const result = await runAction(workspace(files), gh, { 'fail-on': 'never' })
    expect(result.code).toBe(0)
    expect(result.outputs.findings).toBe('60')
    expect(result.stdout).toContain('recount reported 60 findings; GitHub shows at most 10 annotations of each level per step and 50 per job')
    expect(gh.reviewComments).toHaveLength(60)
    expect(result.summary.match(/\| error \| `change-percent` \|/g)).toHaveLength(60)
  })

  test('a large pull request is read page by page; removed and non-Markdown files are skipped', async () => {
    const files = { 'docs/notes.md': CLEAN }
    const extra = [
      ...Array.from({ length: 150 }, (_, i) => ({ filename: `src/file${i}.ts`, status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' })),
      { filename: 'reports/old.md', status: 'removed' }
    ]
    const gh = await fake(pullRequest(files, extra))
    const result = await runAction(workspace(files), gh)
    expect(result.code).toBe(0)
    expect(gh.requests.filter((r) => r.path.endsWith('/files')).map((r) => r.query.get('page') ?? '1')).toEqual(['1', '2'])
    expect(result.stdout).toContain('recount: checking 1 Markdown file')
  })

  test('filter-mode file reports findings outside the diff in the review body', async () => {
    const text = CONTRADICTIONS
    const gh = await fake({ owner: 'octo', repo: 'reports', number: 7, files: [{ filename: 'reports/week3.md', status: 'modified', patch: '@@ -1,2 +1,2 @@\n-# Week 2 status\n+# Week 3 status\n ' }] })
    const result = await runAction(workspace({ 'reports/week3.md': text }), gh, { 'filter-mode': 'file', 'fail-on': 'never' })
    expect(result.outputs.findings).toBe('3')
    expect(gh.reviews[0]?.comments).toHaveLength(0)
    expect(gh.reviews[0]?.body).toContain('Outside the lines this pull request changes:')
    expect(gh.reviews[0]?.body).toContain('`reports/week3.md:5` (`sum-total`)')
  })

  test('filter-mode added drops findings on lines the pull request did not touch', async () => {
    const gh = await fake({ owner: 'octo', repo: 'reports', number: 7, files: [{ filename: 'reports/week3.md', status: 'modified', patch: '@@ -4,2 +4,2 @@\n-old\n+- **Tests passing**: 24 of 45 (60%)\n ' }] })
    const text = CONTRADICTIONS.replace('- **System health**: from 2/8 services healthy → 7/8 services healthy (+350% improvement)\n- **Tests passing**: 24 of 45 (60%)', 'intro\n- **Tests passing**: 24 of 45 (60%)')
    const result = await runAction(workspace({ 'reports/week3.md': text }), gh)
    expect(result.outputs.findings).toBe('1')
    expect(gh.reviewComments.map((c) => c.line)).toEqual([4])
  })

  test('filter-mode added: an item added under an unchanged count is reported on the added line, citing the count', async () => {
    const text = ['# Sprint 14', '', '## Shipped (3)', '', '- login page', '- rate limiter', '- audit log', '- export to CSV', ''].join('\n')
    const patch = '@@ -5,3 +5,4 @@\n - login page\n - rate limiter\n - audit log\n+- export to CSV'
    const gh = await fake({ owner: 'octo', repo: 'reports', number: 7, files: [{ filename: 'reports/sprint.md', status: 'modified', patch }] })
    const dir = workspace({ 'reports/sprint.md': text })
    const result = await runAction(dir, gh, { 'sarif-file': 'recount.sarif', 'json-file': 'recount.json' })
    expect(result.code).toBe(1)
    expect(result.outputs.findings).toBe('1')
    expect(result.stdout).toContain('::error title=recount (list-count),file=reports/sprint.md,line=8,endLine=8,col=1,endColumn=16::At line 3: "Shipped (3)" states 3 but 4 list items follow')
    expect(gh.reviewComments.map((c) => [c.path, c.line])).toEqual([['reports/sprint.md', 8]])
    expect(gh.reviewComments[0]?.body).toContain('See also lines 3, 5.')
    // SARIF follows the annotation; the JSON report keeps the claim's own place.
    const sarif = JSON.parse(readFileSync(join(dir, 'recount.sarif'), 'utf8'))
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine).toBe(8)
    expect(sarif.runs[0].results[0].relatedLocations[0].physicalLocation.region.startLine).toBe(3)
    expect(JSON.parse(readFileSync(join(dir, 'recount.json'), 'utf8')).findings.map((f: { line: number }) => f.line)).toEqual([3])
  })

  test('filter-mode added: an item removed under an unchanged count is reported where it was', async () => {
    const text = ['# Sprint 15', '', '## Shipped (4)', '', '- search filters', '- dark mode', '- invoice export', ''].join('\n')
    // "- webhooks" is removed between "- dark mode" and "- invoice export".
    const patch = '@@ -5,4 +5,3 @@\n - search filters\n - dark mode\n-- webhooks\n - invoice export'
    const gh = await fake({ owner: 'octo', repo: 'reports', number: 7, files: [{ filename: 'reports/sprint.md', status: 'modified', patch }] })
    const result = await runAction(workspace({ 'reports/sprint.md': text }), gh)
    expect(result.outputs.findings).toBe('1')
    expect(result.stdout).toContain('::error title=recount (list-count),file=reports/sprint.md,line=7,endLine=7,col=1,endColumn=17::At line 3: "Shipped (4)" states 4 but 3 list items follow')
    expect(gh.reviewComments.map((c) => c.line)).toEqual([7])
  })

  test('filter-mode added: a summary made wrong by a changed body value is reported on the changed line', async () => {
    const text = ['# Ops review', '', '## Highlights', '', '- Moved the queue to the new cluster (zero incidents)', '', '## Details', '', '- Total incidents: 212', '- Pages sent: 40', ''].join('\n')
    const patch = '@@ -8,3 +8,3 @@\n \n-- Total incidents: 0\n+- Total incidents: 212\n - Pages sent: 40'
    const gh = await fake({ owner: 'octo', repo: 'reports', number: 7, files: [{ filename: 'reports/ops.md', status: 'modified', patch }] })
    const result = await runAction(workspace({ 'reports/ops.md': text }), gh, { 'fail-on': 'warning' })
    expect(result.code).toBe(1)
    expect(result.outputs).toMatchObject({ findings: '1', warnings: '1' })
    expect(result.stdout).toMatch(/::warning title=recount \(conflicting-values\),file=reports\/ops\.md,line=9,endLine=9,col=1,endColumn=23::At line 5: Incidents is zero here but 212 at line 9/)
    expect(gh.reviewComments.map((c) => c.line)).toEqual([9])
    expect(gh.reviewComments[0]?.body).toContain('See also line 5.')
  })

  test('filter-mode added: a line edited to "(zero errors)" above an unchanged total is reported where it is', async () => {
    const text = ['# Release 4.2', '', '## Highlights', '', '- Rewrote the importer (zero errors)', '', '## Details', '', '- Total errors: 1,456', ''].join('\n')
    const patch = '@@ -4,3 +4,3 @@\n \n-- Rewrote the importer\n+- Rewrote the importer (zero errors)\n '
    const gh = await fake({ owner: 'octo', repo: 'reports', number: 7, files: [{ filename: 'reports/release.md', status: 'modified', patch }] })
    const result = await runAction(workspace({ 'reports/release.md': text }), gh, { 'fail-on': 'never' })
    expect(result.outputs.findings).toBe('1')
    expect(result.stdout).toContain('::warning title=recount (conflicting-values),file=reports/release.md,line=5,')
    expect(gh.reviewComments.map((c) => c.line)).toEqual([5])
  })

  test('the metrics input checks claims against metrics files; a bad one fails the step with its name', async () => {
    const report = '# Status\n\n- Coverage: 87%\n'
    const files = { 'reports/status.md': report }
    const gh = await fake(pullRequest(files))
    const dir = workspace({ ...files, 'coverage/coverage-summary.json': '{"total": {"lines": {"total": 1000, "covered": 843, "skipped": 0, "pct": 84.31}}}', 'junit.xml': '<testsuites>' })
    const good = await runAction(dir, gh, { metrics: 'coverage/coverage-summary.json', 'fail-on': 'never' })
    expect(good.code).toBe(0)
    expect(good.stdout).toContain('::error title=recount (metric-mismatch),file=reports/status.md,line=3')
    const bad = await runAction(dir, gh, { metrics: 'coverage/coverage-summary.json\njunit.xml', 'fail-on': 'never' })
    expect(bad.code).toBe(1)
    expect(bad.stdout).toMatch(/::error title=recount%3A bad metrics file,file=junit\.xml::junit\.xml:\d+:\d+: invalid XML/)
    expect(bad.stdout).toContain('::error title=recount (metric-mismatch)')
  })

  test('the config input sets severities; an invalid config fails the step naming the file and place', async () => {
    const files = { 'reports/week3.md': CONTRADICTIONS }
    const gh = await fake(pullRequest(files))
    const dir = workspace({ ...files, 'ci/recount.yml': 'rules:\n  change-percent: "off"\n  sum-total: warning\n', 'ci/bad.yml': 'rules:\n  sum-total: loud\n' })
    const tuned = await runAction(dir, gh, { config: 'ci/recount.yml', 'config-from': 'head' })
    expect(tuned.outputs).toMatchObject({ findings: '2', errors: '1', warnings: '1' })
    expect(tuned.stdout).toContain('::warning title=recount (sum-total)')
    const bad = await runAction(dir, gh, { config: 'ci/bad.yml', 'config-from': 'head' })
    expect(bad.code).toBe(1)
    expect(bad.stdout).toContain('::error::ci/bad.yml:2:14: rules.sum-total: expected "off" | "notice" | "warning" | "error"')
  })

  test('outputs count notices and contradicted claims; the failure message counts in words that agree', async () => {
    const text = ['# Week 4', '', '- Health: 2/8 → 7/8 (+350%)', ''].join('\n')
    const files = { 'reports/week4.md': text }
    const gh = await fake(pullRequest(files))
    const result = await runAction(workspace(files), gh, { review: 'false', summary: 'false' })
    expect(result.code).toBe(1)
    expect(result.outputs).toMatchObject({ findings: '1', errors: '1', warnings: '0', notices: '0', 'claims-contradicted': '1', 'claims-unverifiable': '4' })
    expect(result.stdout).toContain('::error::recount found 1 finding at or above "error" (1 error, 0 warnings, 0 notices) in 1 file\n')
  })

  test('working-directory: files, config and outputs are relative to it; annotations, comments and SARIF name files from the repository root', async () => {
    const files = { 'packages/site/reports/week3.md': CONTRADICTIONS, 'reports/week3.md': CONTRADICTIONS }
    const gh = await fake(pullRequest(files))
    const dir = workspace({ ...files, 'packages/site/recount.yml': 'rules:\n  change-percent: "off"\n' })
    const result = await runAction(dir, gh, { 'working-directory': 'packages/site', files: 'reports/**/*.md', config: 'recount.yml', 'config-from': 'head', 'sarif-file': 'out/recount.sarif', 'json-file': 'recount.json', 'fail-on': 'never' })
    expect(result.code).toBe(0)
    // Only the package's file is checked, with the package's config (change-percent off).
    expect(result.stdout).toContain('recount: checking 1 Markdown file\n')
    expect(result.outputs).toMatchObject({ findings: '2', 'sarif-file': 'packages/site/out/recount.sarif', 'json-file': 'packages/site/recount.json' })
    expect(result.stdout).toContain('::error title=recount (sum-total),file=packages/site/reports/week3.md,line=5,')
    expect(gh.reviewComments.map((c) => [c.path, c.line])).toEqual([['packages/site/reports/week3.md', 4], ['packages/site/reports/week3.md', 5]])
    const sarif = JSON.parse(readFileSync(join(dir, 'packages/site/out/recount.sarif'), 'utf8'))
    expect(sarif.runs[0].results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual(['packages/site/reports/week3.md', 'packages/site/reports/week3.md'])
    expect(JSON.parse(readFileSync(join(dir, 'packages/site/recount.json'), 'utf8')).findings[0].file).toBe('packages/site/reports/week3.md')
    // Each working directory keeps its own summary comment.
    expect(gh.issueComments.map((c) => c.body.split('\n')[0])).toEqual(['<!-- recount:summary:packages/site -->'])
    expect(result.summary).toContain('## recount (`packages/site`)')
  })

  test('working-directory outside the workspace or missing fails the step with the input named', async () => {
    const gh = await fake(pullRequest({}))
    const outside = await runAction(workspace({}), gh, { 'working-directory': '../elsewhere' })
    expect(outside.code).toBe(1)
    expect(outside.stdout).toContain('::error::Invalid input: working-directory must be a directory inside the workspace, got "../elsewhere"')
    const missing = await runAction(workspace({}), gh, { 'working-directory': 'packages/none' })
    expect(missing.stdout).toContain('::error::Invalid input: working-directory "packages/none" is not a directory in the workspace')
  })

  test('SARIF: a category per shard, and a helpUri per rule on the action\'s own repository', async () => {
    const files = { 'reports/week3.md': CONTRADICTIONS }
    const gh = await fake(pullRequest(files))
    const dir = workspace(files)
    const sharded = await runAction(dir, gh, { shard: '1/1', 'sarif-file': 'recount.sarif', 'fail-on': 'never' }, { env: { GITHUB_ACTION_REPOSITORY: 'octo/recount', GITHUB_ACTION_REF: 'v1' } })
    expect(sharded.code).toBe(0)
    const log = JSON.parse(readFileSync(join(dir, 'recount.sarif'), 'utf8'))
    expect(log.runs[0].automationDetails).toEqual({ id: 'recount/shard-1-of-1/' })
    const pages = log.runs[0].tool.driver.rules.map((r: { id: string; helpUri: string }) => [r.id, r.helpUri])
    expect(pages.length).toBe(RULE_IDS.length)
    for (const [id, uri] of pages) expect(uri).toBe(`https://github.com/octo/recount/blob/v1/docs/rules/${id}.md`)
    await runAction(dir, gh, { 'sarif-file': 'recount.sarif', 'sarif-category': 'status-reports', 'fail-on': 'never' })
    expect(JSON.parse(readFileSync(join(dir, 'recount.sarif'), 'utf8')).runs[0].automationDetails).toEqual({ id: 'status-reports/' })
  })

  test('bad inputs fail the step with the input named', async () => {
    const gh = await fake(pullRequest({}))
    const result = await runAction(workspace({}), gh, { 'filter-mode': 'everything' })
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('::error::Invalid input: filter-mode must be one of added, diff_context, file, nofilter')
  })
})

describe('the action outside a pull request', () => {
  test('checks every matching file and calls no API', async () => {
    const result = await runAction(workspace({ 'a.md': CONTRADICTIONS, 'b/c.md': CLEAN, 'd.txt': CONTRADICTIONS }), null, { 'fail-on': 'never' }, { eventName: 'push' })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('recount: checking 2 Markdown files')
    expect(result.outputs.findings).toBe('3')
  })

  test('a files glob longer than the glob matcher reads fails the step with the input named, not a stack trace', async () => {
    const dir = workspace({ 'a.md': CONTRADICTIONS })
    const result = await runAction(dir, null, { files: `${'x'.repeat(MAX_GLOB_LENGTH)}/*.md`, 'fail-on': 'never' }, { eventName: 'push' })
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(new RegExp(`^::error::files: ${GLOB_TOO_LONG} \\(this one is [\\d,]+\\), with the directory it is read from$`, 'm'))
    expect(result.stdout).not.toMatch(/\n\s+at /)
  })

  test('a FIFO and a broken link among the matching files are named in notices; the other files are still checked', async () => {
    const dir = workspace({ 'a.md': CONTRADICTIONS })
    execFileSync('mkfifo', [join(dir, 'pipe.md')])
    symlinkSync('gone.md', join(dir, 'broken.md'))
    const result = await runAction(dir, null, { 'fail-on': 'never' }, { eventName: 'push' })
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('::notice title=recount,file=broken.md::broken.md: skipped: a broken symbolic link (its target does not exist)')
    expect(result.stdout).toContain('::notice title=recount,file=pipe.md::pipe.md: skipped: a FIFO, not a regular file')
    expect(result.outputs.findings).toBe('3')
  })
})

describe('the configuration on a pull request', () => {
  const git = (dir: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { cwd: dir, encoding: 'utf8' }).trim()

  /** A real repository: the base commit, then the pull request's commit on top. */
  function repository(base: Record<string, string>, head: Record<string, string>): { dir: string; baseSha: string } {
    const dir = workspace(base)
    git(dir, 'init', '-q')
    git(dir, 'add', '-A')
    git(dir, 'commit', '-qm', 'base')
    const baseSha = git(dir, 'rev-parse', 'HEAD')
    for (const [name, text] of Object.entries(head)) {
      mkdirSync(dirname(join(dir, name)), { recursive: true })
      writeFileSync(join(dir, name), text)
    }
    git(dir, 'add', '-A')
    git(dir, 'commit', '-qm', 'pull request')
    return { dir, baseSha }
  }
  const EVERY_RULE_OFF = `rules:\n${RULE_IDS.map((id) => `  ${id}: "off"`).join('\n')}\n`

  test('comes from the base commit: a .recount.yml that turns every rule off does not switch the gate off', async () => {
    const files = { 'reports/week3.md': CONTRADICTIONS }
    const gh = await fake(pullRequest(files))
    const { dir, baseSha } = repository({ '.recount.yml': 'rules:\n  sum-total: warning\n', 'reports/week3.md': CLEAN }, { '.recount.yml': EVERY_RULE_OFF, 'reports/.recount.yml': EVERY_RULE_OFF, ...files })
    const result = await runAction(dir, gh, {}, { baseSha: baseSha })
    expect(result.code).toBe(1)
    expect(result.outputs).toMatchObject({ findings: '3', errors: '2', warnings: '1' })
    expect(result.stdout).toContain(`recount: configuration from the base commit ${baseSha.slice(0, 7)} (1 config file)`)
    // `config-from: head` opts into the pull request's own configuration.
    const head = await runAction(dir, gh, { 'config-from': 'head' }, { baseSha: baseSha })
    expect(head.code).toBe(0)
    expect(head.outputs.findings).toBe('0')
  })

  test('a config input is read from the base commit too', async () => {
    const files = { 'reports/week3.md': CONTRADICTIONS }
    const gh = await fake(pullRequest(files))
    const { dir, baseSha } = repository({ 'ci/recount.yml': 'rules:\n  change-percent: "off"\n' }, { 'ci/recount.yml': EVERY_RULE_OFF, ...files })
    const result = await runAction(dir, gh, { config: 'ci/recount.yml' }, { baseSha: baseSha })
    expect(result.outputs).toMatchObject({ findings: '2', errors: '2' })
  })

  test('a base commit that cannot be read: the defaults, and one warning that says how to fix it', async () => {
    const files = { 'reports/week3.md': CONTRADICTIONS }
    const gh = await fake(pullRequest(files))
    const { dir } = repository({ 'README.md': '# r\n' }, { '.recount.yml': EVERY_RULE_OFF, ...files })
    const result = await runAction(dir, gh, {}, { baseSha: 'f'.repeat(40) })
    expect(result.code).toBe(1)
    expect(result.outputs).toMatchObject({ findings: '3', errors: '3' })
    expect(result.stdout.match(/::warning::/g)).toHaveLength(1)
    expect(result.stdout).toContain("::warning::recount could not read the configuration of the pull request's base commit (the base commit fffffff is not in the clone and could not be fetched")
    expect(result.stdout).toContain('set config-from: head.')
  })
})

describe('file names that read as workflow commands, in the action', () => {
  test('annotations, the log and the summary forge nothing', async () => {
    const names = ['reports/x\n::error file=forged.md,line=1::forged.md', 'reports/::warning::100%0A forged.md', 'reports/cr\r::error::forged.md', 'reports/a`b|c ##[error]forged.md']
    const files = Object.fromEntries(names.map((name) => [name, CONTRADICTIONS]))
    const gh = await fake(pullRequest(files))
    const result = await runAction(workspace(files), gh, { review: 'false' })
    expect(result.code).toBe(1)
    const commands = result.stdout.split(/\r\n|\r|\n/).filter((line) => line.trimStart().startsWith('::') || line.includes('##['))
    const legitimate = /^::(?:add-mask::|error title=recount \([a-z-]+\),file=reports\/[^,:]*,line=\d+|error::recount found |debug::|warning::recount could not)/
    expect(commands.filter((line) => !legitimate.test(line))).toEqual([])
    expect(result.stdout).toContain('file=reports/x%0A%3A%3Aerror file=forged.md%2Cline=1%3A%3Aforged.md,')
    expect(result.stdout).toContain('file=reports/%3A%3Awarning%3A%3A100%250A forged.md,')
    expect(result.summary).toContain('### `reports/x\\n::error file=forged.md,line=1::forged.md` (3)')
    expect(result.summary).toContain('### ``reports/a`b|c ##[error]forged.md`` (3)')
    expect(result.summary).toContain('### `reports/cr\\r::error::forged.md` (3)')
  })
})
