import { z } from 'zod'

const bool = (name: string) =>
  z.string().transform((value, ctx) => {
    const v = value.trim().toLowerCase()
    if (v === 'true') return true
    if (v === 'false') return false
    ctx.addIssue({ code: 'custom', message: `${name} must be "true" or "false", got "${value}"` })
    return z.NEVER
  })

export const ActionInputsSchema = z.object({
  files: z.string().transform((v) => v.split(/[\n,]/).map((s) => s.trim()).filter((s) => s.length > 0)).pipe(z.array(z.string()).min(1, 'files: give at least one glob')),
  changedOnly: z.union([z.literal(''), bool('changed-only')]),
  filterMode: z.enum(['added', 'diff_context', 'file', 'nofilter'], { message: 'filter-mode must be one of added, diff_context, file, nofilter' }),
  failOn: z.enum(['error', 'warning', 'notice', 'never'], { message: 'fail-on must be one of error, warning, notice, never' }),
  review: bool('review'),
  summary: bool('summary'),
  sarifFile: z.string().trim(),
  jsonFile: z.string().trim(),
  githubToken: z.string(),
  metrics: z.string().transform((v) => v.split(/[\n,]/).map((s) => s.trim()).filter((s) => s.length > 0)),
  config: z.string().trim()
})

export type ActionInputs = Omit<z.infer<typeof ActionInputsSchema>, 'changedOnly'> & { changedOnly: boolean }

/**
 * Reads the action's inputs (INPUT_* as the runner sets them) with their documented defaults.
 * Throws an Error naming the input and what it allows.
 */
export function readInputs(getInput: (name: string) => string, isPullRequest: boolean): ActionInputs {
  const raw = {
    files: getInput('files') || '**/*.md',
    changedOnly: getInput('changed-only'),
    filterMode: getInput('filter-mode') || 'added',
    failOn: getInput('fail-on') || 'error',
    review: getInput('review') || 'true',
    summary: getInput('summary') || 'true',
    sarifFile: getInput('sarif-file'),
    jsonFile: getInput('json-file'),
    githubToken: getInput('github-token'),
    metrics: getInput('metrics'),
    config: getInput('config')
  }
  const parsed = ActionInputsSchema.safeParse(raw)
  if (!parsed.success) throw new Error(`Invalid input: ${parsed.error.issues.map((i) => i.message).join('; ')}`)
  const { changedOnly, ...rest } = parsed.data
  return { ...rest, changedOnly: changedOnly === '' ? isPullRequest : changedOnly }
}
