import { z } from '../schema-zod.js'
import { parseShard, type Shard } from '../read/shard.js'

const bool = (name: string) =>
  z.pipe(
    z.string(),
    z.transform((value: string, ctx) => {
      const v = value.trim().toLowerCase()
      if (v === 'true') return true
      if (v === 'false') return false
      ctx.issues.push({ code: 'custom', message: `${name} must be "true" or "false", got "${value}"`, input: value })
      return false
    })
  )

const seconds = (name: string) =>
  z.pipe(
    z.string(),
    z.transform((value: string, ctx) => {
      const n = Number(value.trim())
      if (value.trim() !== '' && Number.isFinite(n) && n > 0) return n
      ctx.issues.push({ code: 'custom', message: `${name} must be a number of seconds above 0, got "${value}"`, input: value })
      return 0
    })
  )

const list = () => z.pipe(z.string(), z.transform((v: string) => v.split(/[\n,]/).map((s) => s.trim()).filter((s) => s.length > 0)))

export const ActionInputsSchema = z.object({
  files: z.pipe(list(), z.array(z.string()).check(z.minLength(1, 'files: give at least one glob'))),
  changedOnly: z.union([z.literal(''), bool('changed-only')]),
  filterMode: z.enum(['added', 'diff_context', 'file', 'nofilter'], 'filter-mode must be one of added, diff_context, file, nofilter'),
  failOn: z.enum(['error', 'warning', 'notice', 'never'], 'fail-on must be one of error, warning, notice, never'),
  review: bool('review'),
  summary: bool('summary'),
  sarifFile: z.string().check(z.trim()),
  jsonFile: z.string().check(z.trim()),
  htmlFile: z.string().check(z.trim()),
  githubToken: z.string(),
  metrics: list(),
  config: z.string().check(z.trim()),
  configFrom: z.enum(['base', 'head'], 'config-from must be base or head'),
  shard: z.string().check(z.trim()),
  workingDirectory: z.string().check(z.trim()),
  sarifCategory: z.string().check(z.trim()),
  requestTimeout: seconds('request-timeout'),
  maxRetryWait: seconds('max-retry-wait')
})

export type ActionInputs = Omit<z.infer<typeof ActionInputsSchema>, 'changedOnly' | 'shard'> & { changedOnly: boolean; shard?: Shard }

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
    htmlFile: getInput('html-file'),
    githubToken: getInput('github-token'),
    metrics: getInput('metrics'),
    config: getInput('config'),
    configFrom: getInput('config-from') || 'base',
    shard: getInput('shard'),
    workingDirectory: getInput('working-directory'),
    sarifCategory: getInput('sarif-category'),
    requestTimeout: getInput('request-timeout') || '30',
    maxRetryWait: getInput('max-retry-wait') || '60'
  }
  const parsed = ActionInputsSchema.safeParse(raw)
  if (!parsed.success) throw new Error(`Invalid input: ${parsed.error.issues.map((i) => i.message).join('; ')}`)
  const { changedOnly, shard, ...rest } = parsed.data
  const parsedShard = shard === '' ? undefined : parseShard(shard)
  if (typeof parsedShard === 'string') throw new Error(`Invalid input: shard: ${parsedShard}`)
  return { ...rest, changedOnly: changedOnly === '' ? isPullRequest : changedOnly, shard: parsedShard }
}
