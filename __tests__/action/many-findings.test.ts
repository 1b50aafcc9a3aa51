import { FakeGitHub, BODY_LIMIT } from './fake-github.js'
import { openApiProblems } from './openapi.js'
import { pullRequest, runAction, workspace } from './run-action.js'

// 1,250 findings: 150 on lines the pull request adds, 1,100 elsewhere in a file it touches. That is
// more than one review, one comment and the annotations can hold. Nothing may be lost silently:
// each place says where the rest is.

const report = (count: number) => ['# Many', '', ...Array.from({ length: count }, (_, i) => `- Service ${i + 1} health: 2/8 → 7/8 (+350%)`), ''].join('\n')
const ADDED = 150
const OUTSIDE = 1_100
const FINDINGS = ADDED + OUTSIDE

let github: FakeGitHub

afterEach(async () => {
  const problems = github.requests.flatMap(openApiProblems)
  await github.stop()
  expect(problems).toEqual([])
})

test('1,250 findings: 100 inline comments, a review body and a comment within GitHub limits that say where the rest is', async () => {
  const added = { 'reports/new.md': report(ADDED) }
  // The pull request changes only the heading of this one.
  const touched = { filename: 'reports/old.md', status: 'modified', patch: '@@ -1 +1 @@\n-# Few\n+# Many' }
  github = new FakeGitHub(pullRequest(added, [touched]))
  await github.start()
  const result = await runAction(workspace({ ...added, 'reports/old.md': report(OUTSIDE) }), github, { 'fail-on': 'never', 'filter-mode': 'file', 'json-file': 'recount.json' })
  expect(result.code).toBe(0)
  expect(result.outputs.findings).toBe(String(FINDINGS))

  // GitHub answers 422 to a longer body (the fake does too): the review must be posted.
  expect(github.reviews).toHaveLength(1)
  const review = github.reviews[0]!
  expect(review.comments).toHaveLength(100)
  expect([...review.body].length).toBeLessThanOrEqual(BODY_LIMIT)
  expect(review.body).toContain('Outside the lines this pull request changes:')
  expect(review.body).toContain('On changed lines, beyond the 100 inline comments one review takes:')
  expect(review.body).toMatch(/\n\d+ more findings are not listed here, because a review body holds at most 65,536 characters; the job summary lists every finding\./)
  expect(result.stdout).toMatch(/recount: the review lists \d+ new findings; \d+ more do not fit in it/)

  // The job summary holds every finding and says GitHub shows only some annotations.
  expect(result.summary.match(/\| error \| `change-percent` \|/g)).toHaveLength(FINDINGS)
  expect(result.summary).toContain('recount reported 1250 findings; GitHub shows at most 10 annotations of each level per step and 50 per job, so some are not shown as annotations (1250 errors, 0 warnings, 0 notices); the job summary lists every finding.')

  // The sticky comment is cut at a row, and points to the job summary.
  const comment = github.issueComments[0]!.body
  expect([...comment].length).toBeLessThanOrEqual(BODY_LIMIT)
  expect(comment).toMatch(/\n> \d+ more findings are not listed in this comment, because a comment holds at most 65,536 characters; the job summary lists every finding\.\n$/)
  expect(comment).toContain('GitHub shows at most 10 annotations of each level per step')
}, 30_000)
