import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

// The workflow a user copies must run as written: every input it passes to recount exists, every
// output it reads exists, and the token has every permission its steps need.
const root = new URL('../../', import.meta.url)
const action = parse(readFileSync(new URL('action.yml', root), 'utf8')) as { inputs: Record<string, { default?: string }>; outputs: Record<string, unknown> }

type Level = 'none' | 'read' | 'write'
const RANK: Record<Level, number> = { none: 0, read: 1, write: 2 }

interface Step {
  uses?: string
  id?: string
  if?: string
  with?: Record<string, unknown>
}

interface Workflow {
  permissions?: Record<string, Level> | 'read-all' | 'write-all'
  jobs: Record<string, { permissions?: Workflow['permissions']; steps: Step[] }>
}

const isRecount = (step: Step) => (step.uses ?? '').split('@')[0] === 'recount-dev/recount'

/** What each step needs of the token (write implies read). */
function needs(step: Step): Record<string, Level> {
  const uses = (step.uses ?? '').split('@')[0]
  if (uses === 'actions/checkout') return { contents: 'read' }
  if (uses === 'github/codeql-action/upload-sarif') return { 'security-events': 'write', actions: 'read' }
  if (isRecount(step)) {
    const on = (input: string) => String(step.with?.[input] ?? action.inputs[input]?.default ?? '') !== 'false'
    // The review, resolving fixed threads and the summary comment all write to the pull request.
    return on('review') || on('summary') ? { contents: 'read', 'pull-requests': 'write' } : { contents: 'read' }
  }
  return {}
}

function granted(permissions: Workflow['permissions'], scope: string): Level {
  if (permissions === undefined || permissions === 'write-all') return 'write'
  if (permissions === 'read-all') return 'read'
  return permissions[scope] ?? 'none'
}

/** Problems with one workflow: unknown inputs or outputs, missing permissions. */
function problems(workflow: Workflow): string[] {
  const found: string[] = []
  for (const [name, job] of Object.entries(workflow.jobs)) {
    const permissions = job.permissions ?? workflow.permissions
    const recountIds = new Set(job.steps.filter(isRecount).map((s) => s.id).filter(Boolean))
    for (const step of job.steps) {
      if (isRecount(step)) for (const key of Object.keys(step.with ?? {})) if (!(key in action.inputs)) found.push(`${name}: ${step.uses} has no input "${key}"`)
      for (const [scope, level] of Object.entries(needs(step))) {
        const has = granted(permissions, scope)
        if (RANK[has] < RANK[level]) found.push(`${name}: ${step.uses} needs ${scope}: ${level}, the workflow grants ${has}`)
      }
      const expressions = [step.if ?? '', ...Object.values(step.with ?? {}).map(String)].join('\n')
      for (const m of expressions.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        if (recountIds.has(m[1]) && !(m[2]! in action.outputs)) found.push(`${name}: recount has no output "${m[2]}"`)
      }
    }
  }
  return found
}

const example = parse(readFileSync(new URL('examples/workflows/recount.yml', root), 'utf8')) as Workflow
const readme = readFileSync(new URL('README.md', root), 'utf8')
const readmeWorkflows = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!).filter((text) => text.includes('recount-dev/recount@'))

describe('the example workflow', () => {
  test('passes only inputs action.yml declares, reads only its outputs, and grants what every step needs', () => {
    expect(problems(example)).toEqual([])
  })

  test('uploads SARIF with the permissions upload-sarif needs and current major versions', () => {
    const steps = example.jobs.recount!.steps
    expect(steps.map((s) => s.uses)).toEqual(['actions/checkout@v6', 'recount-dev/recount@v0', 'github/codeql-action/upload-sarif@v4', 'actions/upload-artifact@v7'])
    expect(example.permissions).toMatchObject({ 'security-events': 'write', actions: 'read', 'pull-requests': 'write', contents: 'read' })
    // The upload reads the file recount wrote, by its output (a path from the workspace, also with working-directory).
    expect(steps[1]?.with?.['sarif-file']).toBe('recount.sarif')
    expect(steps[2]?.with?.sarif_file).toBe('${{ steps.recount.outputs.sarif-file }}')
  })

  test('the check finds what is wrong in a broken copy', () => {
    const broken = structuredClone(example) as Workflow
    broken.permissions = { contents: 'read', 'pull-requests': 'write' }
    broken.jobs.recount!.steps[1]!.with = { ...broken.jobs.recount!.steps[1]!.with, 'fail-level': 'error' }
    broken.jobs.recount!.steps[2]!.if = 'steps.recount.outputs.sarif-path != ""'
    expect(problems(broken)).toEqual([
      'recount: recount-dev/recount@v0 has no input "fail-level"',
      'recount: github/codeql-action/upload-sarif@v4 needs security-events: write, the workflow grants none',
      'recount: github/codeql-action/upload-sarif@v4 needs actions: read, the workflow grants none',
      'recount: recount has no output "sarif-path"'
    ])
    // With the review and the summary comment off, recount needs only to read.
    const quiet = structuredClone(example) as Workflow
    quiet.permissions = { contents: 'read', 'security-events': 'write', actions: 'read' }
    quiet.jobs.recount!.steps[1]!.with = { ...quiet.jobs.recount!.steps[1]!.with, review: false, summary: false }
    expect(problems(quiet)).toEqual([])
  })

  test("the README's workflows pass the same check", () => {
    expect(readmeWorkflows.length).toBeGreaterThanOrEqual(2)
    for (const text of readmeWorkflows) {
      const parsed = parse(text) as Workflow | Step[]
      // A list of steps is a fragment: its inputs and outputs are checked, its permissions are the whole workflow's.
      const workflow: Workflow = Array.isArray(parsed) ? { jobs: { fragment: { steps: parsed } } } : parsed
      expect(problems(workflow)).toEqual([])
    }
  })
})
