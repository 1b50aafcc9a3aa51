import { parseArgs, type ParseArgsConfig } from 'node:util'
import { z } from './schema-zod.js'
import { METRICS_FORMATS } from './metrics/model.js'
import { parseShard } from './read/shard.js'
import { didYouMean } from './config/did-you-mean.js'
import { parseRuleArguments } from './config/rule-overrides.js'
import { SeverityOrOff } from './config/schema.js'

export const FORMATS = ['stylish', 'json', 'github', 'claims', 'sarif', 'html'] as const
const FAIL_ON = ['error', 'warning', 'notice', 'never'] as const

export const CliOptionsSchema = z.object({
  paths: z.array(z.string().check(z.minLength(1))).check(z.minLength(1, 'give at least one file, directory or glob')),
  format: z.enum(FORMATS),
  output: z.optional(z.string().check(z.minLength(1))),
  failOn: z.enum(FAIL_ON),
  color: z.boolean(),
  metrics: z.array(z.string().check(z.minLength(1))),
  metricsFormat: z.optional(z.enum(METRICS_FORMATS)),
  config: z.optional(z.string().check(z.minLength(1))),
  /** `--rule id=severity`, over every config file. */
  rules: z.record(z.string(), SeverityOrOff),
  reportUnusedDisable: z.boolean(),
  fix: z.boolean(),
  fixDryRun: z.boolean(),
  maxFileSize: z.number('takes a number of megabytes').check(z.positive('must be more than 0')),
  shard: z.optional(z.object({ index: z.number(), count: z.number() })),
  jobs: z.optional(z.int('takes a whole number of processes').check(z.positive('must be 1 or more'))),
  /** Where to keep results between runs (`--cache`), or undefined for no cache. */
  cacheLocation: z.optional(z.string().check(z.minLength(1)))
})

export type CliOptions = z.infer<typeof CliOptionsSchema>

export type ParsedCommand =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'init' }
  | { kind: 'print-config'; file: string; config?: string; rules: Record<string, z.infer<typeof SeverityOrOff>> }
  | { kind: 'merge'; files: string[] }
  | { kind: 'check'; options: CliOptions }
  | { kind: 'usage-error'; message: string }


const OPTIONS = {
  format: { type: 'string', default: 'stylish' },
  claims: { type: 'boolean', default: false },
  output: { type: 'string' },
  'fail-on': { type: 'string', default: 'error' },
  color: { type: 'boolean' },
  metrics: { type: 'string', multiple: true, default: [] as string[] },
  'metrics-format': { type: 'string' },
  config: { type: 'string' },
  rule: { type: 'string', multiple: true, default: [] as string[] },
  'report-unused-disable': { type: 'boolean', default: false },
  fix: { type: 'boolean', default: false },
  'fix-dry-run': { type: 'boolean', default: false },
  'max-file-size': { type: 'string', default: '10' },
  shard: { type: 'string' },
  jobs: { type: 'string' },
  cache: { type: 'boolean', default: false },
  'cache-location': { type: 'string' },
  init: { type: 'boolean', default: false },
  'print-config': { type: 'string' },
  'no-color': { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' }
} satisfies ParseArgsConfig['options']

/** What each option must be, as a usage error says it (`--jobs must be a whole number ≥ 1`). */
const EXPECTED: Record<string, string> = {
  paths: 'give at least one file, directory or glob',
  format: `--format must be one of ${FORMATS.join(', ')}`,
  failOn: `--fail-on must be one of ${FAIL_ON.join(', ')}`,
  metrics: '--metrics must name a file or glob',
  metricsFormat: `--metrics-format must be one of ${METRICS_FORMATS.join(', ')}`,
  config: '--config must name a file',
  output: '--output must name a file',
  maxFileSize: '--max-file-size must be a number of megabytes > 0',
  jobs: '--jobs must be a whole number ≥ 1',
  cacheLocation: '--cache-location must name a file'
}

const ALLOWED: Record<string, readonly string[]> = { format: FORMATS, failOn: FAIL_ON, metricsFormat: METRICS_FORMATS }

const OPTION_NAMES = Object.keys(OPTIONS).map((name) => `--${name}`)

/**
 * Colour: --color / --no-color first, then FORCE_COLOR (set and not 0 or false: on; 0 or false:
 * off), then NO_COLOR (set and not empty: off), else only on a terminal.
 */
export function colorWanted(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (flag !== undefined) return flag
  const force = env.FORCE_COLOR
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false'
  if (env.NO_COLOR) return false
  return isTTY
}

/** The default cache file: under node_modules/.cache when there is a node_modules, as ESLint and Prettier do. */
export function defaultCacheLocation(exists: (path: string) => boolean): string {
  return exists('node_modules') ? 'node_modules/.cache/recount/cache.json' : '.recountcache'
}

function parseError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const code = (error as { code?: string }).code
  // node:util's messages are long and suggest `--`; say which option and what is wrong.
  const named = /'(-[^' ]*)/.exec(message)?.[1]
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && named) return `unknown option ${named}${didYouMean(named, OPTION_NAMES, '')}`
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && named) {
    return message.includes('argument missing') ? `${named} needs a value` : `${named} takes no value`
  }
  return message.split('\n')[0] as string
}

export function parseCommand(argv: string[], isTTY: boolean, env: NodeJS.ProcessEnv = process.env, exists: (path: string) => boolean = () => false): ParsedCommand {
  if (argv[0] === 'merge') {
    const files = argv.slice(1)
    if (files.length === 0 || files.some((f) => f.startsWith('-'))) return { kind: 'usage-error', message: 'merge: give the JSON or SARIF files of the shards (recount merge a.json b.json)' }
    return { kind: 'merge', files }
  }
  let parsed
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS })
  } catch (error) {
    return { kind: 'usage-error', message: parseError(error) }
  }
  const values = parsed.values
  if (values.help) return { kind: 'help' }
  if (values.version) return { kind: 'version' }
  if (values.init) return { kind: 'init' }
  const rules = parseRuleArguments(values.rule)
  if (typeof rules === 'string') return { kind: 'usage-error', message: rules }
  if (values['print-config'] !== undefined) return { kind: 'print-config', file: values['print-config'], config: values.config, rules }
  if (values.fix && values['fix-dry-run']) return { kind: 'usage-error', message: '--fix and --fix-dry-run: choose one' }
  if (values['cache-location'] !== undefined && !values.cache) return { kind: 'usage-error', message: '--cache-location is used only with --cache' }
  const shard = values.shard === undefined ? undefined : parseShard(values.shard)
  if (typeof shard === 'string') return { kind: 'usage-error', message: `--shard: ${shard}` }
  const input = {
    paths: parsed.positionals,
    format: values.claims ? 'claims' : values.format,
    output: values.output,
    failOn: values['fail-on'],
    color: colorWanted(values['no-color'] ? false : values.color, env, isTTY),
    metrics: values.metrics,
    metricsFormat: values['metrics-format'],
    config: values.config,
    rules,
    reportUnusedDisable: values['report-unused-disable'],
    fix: values.fix,
    fixDryRun: values['fix-dry-run'],
    maxFileSize: Number(values['max-file-size']),
    shard,
    jobs: values.jobs === undefined ? undefined : Number(values.jobs),
    cacheLocation: values.cache ? (values['cache-location'] ?? defaultCacheLocation(exists)) : undefined
  }
  const result = CliOptionsSchema.safeParse(input)
  if (!result.success) {
    const key = String(result.error.issues[0]?.path[0])
    const given = (input as Record<string, unknown>)[key]
    const hint = typeof given === 'string' && ALLOWED[key] ? didYouMean(given, ALLOWED[key] as readonly string[], '') : ''
    const not = given !== undefined && typeof given !== 'object' && key !== 'paths' ? `, not "${String(values[flagOf(key)] ?? given)}"` : ''
    return { kind: 'usage-error', message: `${EXPECTED[key] ?? `--${flagOf(key)}: invalid value`}${not}${hint}` }
  }
  return { kind: 'check', options: result.data }
}

const flagOf = (key: string) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`) as keyof typeof OPTIONS
