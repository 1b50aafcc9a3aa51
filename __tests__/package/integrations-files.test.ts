import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'

// The files other tools read from this repository: pre-commit's hook list and GitHub's workflows.
const root = new URL('../../', import.meta.url).pathname
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'))
const yamlFile = (path: string) => parse(readFileSync(root + path, 'utf8'))

interface Step { name?: string; uses?: string; run?: string; with?: Record<string, unknown>; if?: string; env?: Record<string, string> }
const steps = (workflow: { jobs: Record<string, { steps: Step[] }> }) => Object.values(workflow.jobs).flatMap((job) => job.steps)
const runs = (workflow: { jobs: Record<string, { steps: Step[] }> }) => steps(workflow).flatMap((s) => (s.run ? [s.run] : []))

test('.pre-commit-hooks.yaml declares the recount hook for Markdown files, run by the package bin', () => {
  const hooks = yamlFile('.pre-commit-hooks.yaml')
  expect(hooks).toEqual([expect.objectContaining({ id: 'recount', name: 'recount', entry: 'recount', language: 'node', files: '\\.md$' })])
  expect(Object.keys(pkg.bin)).toContain(hooks[0].entry)
  // pre-commit matches `files` as a Python regular expression against each staged path.
  const files = new RegExp(hooks[0].files)
  expect(['reports/week-12.md', 'README.md'].every((p) => files.test(p))).toBe(true)
  expect(['notes.mdx', 'md/script.ts'].some((p) => files.test(p))).toBe(false)
})

test('ci.yml runs the README test command on pushes and pull requests, on each supported Node version', () => {
  const ci = yamlFile('.github/workflows/ci.yml')
  expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['push', 'pull_request']))
  const readme = readFileSync(`${root}README.md`, 'utf8')
  const command = /^(.*?)\s+# run the tests$/m.exec(readme)?.[1]
  expect(command).toBeDefined()
  for (const part of command!.split('&&').map((c) => c.trim())) expect(runs(ci)).toContain(part)
  const nodes: number[] = ci.jobs.test.strategy.matrix.node
  const floor = Number(/^>=(\d+)$/.exec(pkg.engines.node)?.[1])
  expect(Math.min(...nodes)).toBe(floor)
  expect(steps(ci).find((s) => s.uses?.startsWith('actions/setup-node@'))?.with?.['node-version']).toBe('${{ matrix.node }}')
})

test('check-dist.yml builds and fails when dist/ or schema/ differ from the committed files', () => {
  const workflow = yamlFile('.github/workflows/check-dist.yml')
  expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['push', 'pull_request']))
  const commands = runs(workflow)
  const build = commands.indexOf('npm run build')
  const compare = commands.findIndex((r) => r.includes('git status --porcelain') && r.includes('dist schema') && r.includes('exit 1'))
  expect(commands.indexOf('npm ci')).toBeGreaterThanOrEqual(0)
  expect(build).toBeGreaterThan(commands.indexOf('npm ci'))
  expect(compare).toBeGreaterThan(build)
})

test('release.yml releases a vX.Y.Z tag (or a version given by hand) and moves the major tag vX', () => {
  const release = yamlFile('.github/workflows/release.yml')
  expect(release.on.push.tags).toEqual(['v[0-9]+.[0-9]+.[0-9]+'])
  expect(release.on.workflow_dispatch.inputs.version.required).toBe(true)
  expect(release.permissions).toEqual({ contents: 'write' })
  const commands = runs(release).join('\n')
  // The version must be package.json's; tests and a fresh build run before anything is published.
  expect(commands).toContain(`require('./package.json').version`)
  expect(commands).toContain('npm test')
  expect(commands).toContain('git status --porcelain --untracked-files=all -- dist schema')
  expect(commands).toContain('gh release create "$TAG"')
  expect(commands).toContain('git tag -fa "$MAJOR"')
  expect(commands).toContain('git push origin "refs/tags/$MAJOR" --force')
  // Run the step that works out the tags, as the runner would (bash, GITHUB_OUTPUT).
  const script = steps(release).find((s) => s.run?.includes('major='))!.run!
  const versionStep = (input: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'recount-release-'))
    const output = join(dir, 'output')
    writeFileSync(output, '')
    const result = spawnSync('bash', ['-e', '-c', script], { cwd: root, encoding: 'utf8', env: { ...process.env, VERSION_INPUT: input, GITHUB_OUTPUT: output } })
    const written = readFileSync(output, 'utf8')
    rmSync(dir, { recursive: true, force: true })
    return { status: result.status, written, log: result.stdout }
  }
  const major = String(pkg.version).split('.')[0]
  expect(versionStep(`v${pkg.version}`)).toEqual({ status: 0, written: `tag=v${pkg.version}\nmajor=v${major}\n`, log: '' })
  expect(versionStep(pkg.version).written).toBe(`tag=v${pkg.version}\nmajor=v${major}\n`)
  const other = versionStep('v99.0.0')
  expect(other.status).toBe(1)
  expect(other.log).toContain(`::error::package.json says ${pkg.version}, not 99.0.0`)
  expect(versionStep('latest').status).toBe(1)
})
