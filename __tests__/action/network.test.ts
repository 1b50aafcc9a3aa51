import { FakeGitHub, type Fault } from './fake-github.js'
import { openApiProblems, type RecordedRequest } from './openapi.js'
import { pullRequest, runAction, workspace } from './run-action.js'

// A failing network, played by the fake API: requests that never answer and rate limits that ask
// for an hour. The action must finish with annotations, the summary, the outputs and one warning.

const CONTRADICTIONS = ['# Week 3 status', '', '- 11 production alerts configured', '  - 1 P0 alert', '  - 3 P1 alerts', '  - 3 P2 alerts', '  - 5 P3 alerts', '- **Tests passing**: 24 of 45 (60%)', ''].join('\n')
const files = { 'reports/week3.md': CONTRADICTIONS }
const QUICK = { 'request-timeout': '1', 'fail-on': 'never' }
// Far longer than a bounded run takes here, far shorter than an unbounded one.
const KILL_AFTER_MS = 20_000

let github: FakeGitHub

afterEach(async () => {
  const problems = github.requests.flatMap(openApiProblems)
  await github.stop()
  expect(problems).toEqual([])
})

async function fake(fault: (request: RecordedRequest, index: number) => Fault | null): Promise<FakeGitHub> {
  github = new FakeGitHub(pullRequest(files))
  github.fault = fault
  await github.start()
  return github
}

function expectFallback(result: Awaited<ReturnType<typeof runAction>>, warning: string): void {
  expect(result.killed).toBe(false)
  expect(result.code).toBe(0)
  expect(result.stdout.match(/^::warning::/gm)).toHaveLength(1)
  expect(result.stdout).toContain(warning)
  expect(result.stdout).toContain('::error title=recount (sum-total),file=reports/week3.md,line=3')
  expect(result.summary).toContain('`sum-total`')
  expect(result.outputs).toMatchObject({ findings: '2', errors: '2' })
}

const hour = (): Record<string, string> => ({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) })
const SECONDARY = { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest' }

describe('the action on a failing network', () => {
  test('a request that never answers is abandoned after request-timeout, and the API is not called again', async () => {
    const gh = await fake(() => 'hang')
    const result = await runAction(workspace(files), gh, QUICK, { killAfterMs: KILL_AFTER_MS })
    expectFallback(result, '::warning::recount could not list the pull request files (GitHub did not answer within 1 s; recount stops calling the API for this run)')
    expect(gh.requests).toHaveLength(1)
  })

  test('a review post that never answers: the findings stay annotations and in the job summary', async () => {
    const gh = await fake((r) => (r.method === 'POST' && r.path.endsWith('/reviews') ? 'hang' : null))
    const result = await runAction(workspace(files), gh, QUICK, { killAfterMs: KILL_AFTER_MS })
    expectFallback(result, '::warning::recount could not post the review (GitHub did not answer within 1 s')
    // The summary comment is not attempted after the hang.
    expect(gh.requests.filter((r) => r.path.includes('/issues/'))).toEqual([])
  })

  test.each([
    ['a secondary rate limit with retry-after: 3600', () => ({ status: 403, headers: { 'retry-after': '3600' }, body: SECONDARY }), 'GitHub asked to wait 3600 s, more than max-retry-wait (60 s)'],
    ['a rate limit that resets in an hour', () => ({ status: 403, headers: hour(), body: { message: 'API rate limit exceeded for installation.', documentation_url: 'https://docs.github.com/rest' } }), 's, more than max-retry-wait (60 s)']
  ])('%s is not waited for', async (_name, answer, warning) => {
    const gh = await fake(answer)
    const result = await runAction(workspace(files), gh, { 'fail-on': 'never' }, { killAfterMs: KILL_AFTER_MS })
    expectFallback(result, warning)
    expect(gh.requests).toHaveLength(1)
  })

  test('a rate limit that asks for a wait within max-retry-wait is waited for and retried', async () => {
    const gh = await fake((_r, index) => (index === 0 ? { status: 403, headers: { 'retry-after': '1' }, body: SECONDARY } : null))
    const result = await runAction(workspace(files), gh, { 'fail-on': 'never' }, { killAfterMs: KILL_AFTER_MS })
    expect(result.stdout).not.toContain('::warning::')
    expect(result.stdout).toContain('GitHub secondary rate limit on GET')
    expect(gh.reviewComments).toHaveLength(2)
  })
})
