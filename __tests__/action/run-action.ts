import { spawn } from 'node:child_process'
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { FakeGitHub, FakePullRequest } from './fake-github.js'

// Runs the bundled action (dist/index.js, built by `npm test`'s pretest) as the runner would, against
// a local server playing GitHub's REST API.
const ACTION = new URL('../../dist/index.js', import.meta.url).pathname
export const HEAD_SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
export const TOKEN = 'ghs_secretTokenValue123'

export function addedPatch(text: string): string {
  const lines = text.replace(/\n$/, '').split('\n')
  return `@@ -0,0 +1,${lines.length} @@\n${lines.map((l) => `+${l}`).join('\n')}`
}

export interface RunResult {
  code: number | null
  /** True when the action was still running after `killAfterMs` and was killed. */
  killed: boolean
  stdout: string
  outputs: Record<string, string>
  summary: string
}

export function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'recount-action-'))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
  return dir
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm
  for (const m of text.matchAll(pattern)) outputs[m[1] as string] = m[3] as string
  return outputs
}

export interface RunOptions {
  eventName?: string
  baseSha?: string
  headSha?: string
  /** Kills the action if it runs longer, so a hang fails the test instead of stalling it. */
  killAfterMs?: number
  /** More environment variables, as the runner sets them (GITHUB_ACTION_REPOSITORY…). */
  env?: Record<string, string>
  /** The Node.js binary that runs the bundle; the tests' own by default. */
  node?: string
}

export async function runAction(dir: string, github: FakeGitHub | null, inputs: Record<string, string> = {}, options: RunOptions = {}): Promise<RunResult> {
  const runner = mkdtempSync(join(tmpdir(), 'recount-runner-'))
  const eventPath = join(runner, 'event.json')
  const pr = github?.pr
  const headSha = options.headSha ?? HEAD_SHA
  const payload = pr
    ? {
        action: 'synchronize', number: pr.number,
        pull_request: { number: pr.number, state: 'open', head: { sha: headSha, ref: 'feature', repo: { full_name: `${pr.owner}/${pr.repo}` } }, base: { ref: 'main', sha: options.baseSha ?? '0'.repeat(40), repo: { full_name: `${pr.owner}/${pr.repo}` } } },
        repository: { full_name: `${pr.owner}/${pr.repo}`, name: pr.repo, owner: { login: pr.owner } }
      }
    : { ref: 'refs/heads/main', after: headSha, repository: { full_name: 'octo/reports', name: 'reports', owner: { login: 'octo' } } }
  writeFileSync(eventPath, JSON.stringify(payload))
  const outputFile = join(runner, 'output')
  const summaryFile = join(runner, 'summary')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'octo/reports',
    GITHUB_WORKSPACE: dir,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_API_URL: github?.url ?? 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'https://github.com',
    'INPUT_GITHUB-TOKEN': TOKEN,
    'INPUT_FAIL-ON': 'error'
  }
  Object.assign(env, options.env)
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const child = spawn(options.node ?? process.execPath, [ACTION], { cwd: dir, env })
  let killed = false
  const timer = options.killAfterMs === undefined ? null : setTimeout(() => ((killed = true), child.kill('SIGKILL')), options.killAfterMs)
  let stdout = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stdout += d.toString()))
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  if (timer) clearTimeout(timer)
  return { code, killed, stdout, outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8') }
}

/** The runner consumes `::add-mask::` and masks the value everywhere after; it must appear nowhere else. */
export const withoutMask = (stdout: string) => stdout.replace(/^::add-mask::.*$/m, '')

export function pullRequest(files: Record<string, string>, extra: FakePullRequest['files'] = []): FakePullRequest {
  return { owner: 'octo', repo: 'reports', number: 7, files: [...Object.entries(files).map(([filename, text]) => ({ filename, status: 'added', patch: addedPatch(text) })), ...extra] }
}
