import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FakeGitHub, LISTED_FILES_LIMIT } from './fake-github.js'
import { openApiProblems } from './openapi.js'
import { addedPatch, runAction, workspace } from './run-action.js'

// GitHub lists at most 3,000 files of a pull request. Here the pull request changes 3,000 other
// files and then a report GitHub never lists; the action must still check it.

const LATE = ['# Late report', '', '- 11 production alerts configured', '  - 1 P0 alert', '  - 3 P1 alerts', '  - 3 P2 alerts', '  - 5 P3 alerts', ''].join('\n')
const OTHERS = Array.from({ length: LISTED_FILES_LIMIT }, (_, i) => `data/${String(i).padStart(4, '0')}.txt`)

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=recount', '-c', 'user.email=recount@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' }).trim()
}

/** A repository whose head commit adds the 3,000 files and the late report on top of its base. */
function repository(): { dir: string; baseSha: string; headSha: string } {
  const dir = workspace({ 'README.md': '# Reports\n' })
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-qm', 'base')
  const baseSha = git(dir, 'rev-parse', 'HEAD')
  mkdirSync(join(dir, 'data'))
  for (const name of OTHERS) writeFileSync(join(dir, name), 'x\n')
  mkdirSync(join(dir, 'reports'))
  writeFileSync(join(dir, 'reports/late.md'), LATE)
  git(dir, 'add', '-A')
  git(dir, 'commit', '-qm', 'head')
  return { dir, baseSha, headSha: git(dir, 'rev-parse', 'HEAD') }
}

let github: FakeGitHub

beforeEach(async () => {
  // In GitHub's order (by path): the 3,000 data files, then the report, which is never listed.
  const files = [...OTHERS.map((filename) => ({ filename, status: 'added', patch: '@@ -0,0 +1 @@\n+x' })), { filename: 'reports/late.md', status: 'added', patch: addedPatch(LATE) }]
  github = new FakeGitHub({ owner: 'octo', repo: 'reports', number: 7, files })
  await github.start()
})

afterEach(async () => {
  const problems = github.requests.flatMap(openApiProblems)
  await github.stop()
  expect(problems).toEqual([])
})

describe('a pull request of more than 3,000 files', () => {
  test('the files GitHub does not list are read from the git history and checked, with a warning', async () => {
    const { dir, baseSha, headSha } = repository()
    const result = await runAction(dir, github, { 'fail-on': 'never' }, { baseSha, headSha })
    expect(github.requests.filter((r) => r.path.endsWith('/files'))).toHaveLength(LISTED_FILES_LIMIT / 100)
    expect(result.stdout).toContain("::warning::GitHub lists only the first 3,000 files of a pull request; recount read the other changed files from the workspace's git history (git diff base...head) and found 1 more Markdown file to check.")
    expect(result.stdout).toContain('recount: checking 1 Markdown file')
    expect(result.stdout).toContain('::error title=recount (sum-total),file=reports/late.md,line=3')
    // The patch from git places the finding on a changed line: an inline comment.
    expect(github.reviewComments.map((c) => [c.path, c.line])).toEqual([['reports/late.md', 3]])
  })

  test('without the history (a shallow clone) every matching file is checked, with a warning', async () => {
    const { dir: full, baseSha, headSha } = repository()
    // actions/checkout's default: one commit deep, so the base commit is missing.
    const dir = mkdtempSync(join(tmpdir(), 'recount-shallow-'))
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${full}`, dir])
    const result = await runAction(dir, github, { 'fail-on': 'never' }, { baseSha, headSha })
    expect(result.stdout).toMatch(/::warning::GitHub lists only the first 3,000 files of a pull request, and the workspace's git history could not name the others \(git diff [0-9a-f]{40}\.\.\.[0-9a-f]{40} failed: [^)]+; check out with fetch-depth: 0\)\. recount checks every file matching "files"/)
    expect(result.stdout).toContain('recount: checking 2 Markdown files')
    expect(result.outputs.findings).toBe('1')
    // Its diff is unknown: the finding is listed in the review body, not as an inline comment.
    expect(github.reviews[0]?.body).toContain('`reports/late.md:3` (`sum-total`)')
  })
})
