import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { FakeGitHub } from './fake-github.js'
import { openApiProblems } from './openapi.js'
import { pullRequest, runAction, workspace } from './run-action.js'
import { HOW_TO_GET_NODE24 as HOW, NODE24, NODE24_REQUIRED as inCi } from '../node24.js'

const REPORT = ['# Week 9', '', '- Health: 2/8 → 7/8 (+350%)', '- 4 open issues', '  - 1 blocker', '  - 2 majors', '  - 2 minors', ''].join('\n')

test('action.yml runs the bundle on node24', () => {
  const action = parse(readFileSync(new URL('../../action.yml', import.meta.url), 'utf8')) as { runs: { using: string; main: string } }
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
})

if (!NODE24 && !inCi) {
  test.skip(`the bundled action on Node 24 (no Node 24 binary: ${HOW})`, () => {})
} else {
  describe('the bundled action on Node 24', () => {
    let github: FakeGitHub | null = null

    afterEach(async () => {
      const problems = github ? github.requests.flatMap(openApiProblems) : []
      await github?.stop()
      github = null
      expect(problems).toEqual([])
    })

    test('a Node 24 binary is there (in CI it must be: .ci/run installs it)', () => {
      if (!NODE24) throw new Error(`No Node 24 binary for the action's end-to-end tests: ${HOW}`)
      expect(execFileSync(NODE24, ['--version'], { encoding: 'utf8' })).toMatch(/^v24\./)
    })

    test('annotations, a review, a summary comment, SARIF and a failed gate', async () => {
      const files = { 'reports/week9.md': REPORT }
      github = new FakeGitHub(pullRequest(files))
      await github.start()
      const dir = workspace(files)
      const result = await runAction(dir, github, { 'sarif-file': 'recount.sarif' }, { node: NODE24 })
      expect(result.code).toBe(1)
      expect(result.stdout).toContain('::error title=recount (change-percent),file=reports/week9.md,line=3,')
      expect(result.stdout).toContain('::error::recount found 2 findings at or above "error" (2 errors, 0 warnings, 0 notices) in 1 file')
      expect(result.outputs).toMatchObject({ findings: '2', errors: '2', 'sarif-file': 'recount.sarif' })
      expect(github.reviewComments.map((c) => c.line)).toEqual([3, 4])
      expect(github.issueComments).toHaveLength(1)
      expect(JSON.parse(readFileSync(join(dir, 'recount.sarif'), 'utf8')).runs[0].automationDetails).toEqual({ id: 'recount/' })
    })

    test('a rerun after a fix resolves the review thread over GraphQL', async () => {
      const files = { 'reports/week9.md': REPORT }
      github = new FakeGitHub(pullRequest(files))
      await github.start()
      const dir = workspace(files)
      await runAction(dir, github, {}, { node: NODE24 })
      const fixed = REPORT.replace('4 open issues', '5 open issues')
      writeFileSync(join(dir, 'reports/week9.md'), fixed)
      github.pr.files = pullRequest({ 'reports/week9.md': fixed }).files
      const second = await runAction(dir, github, {}, { node: NODE24 })
      expect(second.outputs.findings).toBe('1')
      const issues = github.reviewComments.find((c) => c.line === 4)!
      expect([...github.resolvedThreads]).toEqual([`PRRT_${issues.id}`])
    })
  })
}
