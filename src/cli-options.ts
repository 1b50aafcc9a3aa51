import { parseArgs } from 'node:util'
import { z } from './schema-zod.js'
import { METRICS_FORMATS } from './metrics/model.js'
import { parseShard } from './read/shard.js'

export const CliOptionsSchema = z.object({
  paths: z.array(z.string().check(z.minLength(1))).check(z.minLength(1, 'give at least one file, directory or glob')),
  format: z.enum(['stylish', 'json', 'github', 'claims', 'html']),
  output: z.optional(z.string().check(z.minLength(1))),
  failOn: z.enum(['error', 'warning', 'notice', 'never']),
  color: z.boolean(),
  metrics: z.array(z.string().check(z.minLength(1))),
  metricsFormat: z.optional(z.enum(METRICS_FORMATS)),
  config: z.optional(z.string().check(z.minLength(1))),
  reportUnusedDisable: z.boolean(),
  fix: z.boolean(),
  fixDryRun: z.boolean(),
  maxFileSize: z.number('takes a number of megabytes').check(z.positive('must be more than 0')),
  shard: z.optional(z.object({ index: z.number(), count: z.number() })),
  jobs: z.optional(z.int('takes a whole number of processes').check(z.positive('must be 1 or more')))
})

export type CliOptions = z.infer<typeof CliOptionsSchema>

export type ParsedCommand =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'init' }
  | { kind: 'print-config'; file: string; config?: string }
  | { kind: 'merge'; files: string[] }
  | { kind: 'check'; options: CliOptions }
  | { kind: 'usage-error'; message: string }

export const USAGE = `Usage: recount [options] <file|directory|glob>...
       recount merge <shard output>...    merge the JSON or SARIF outputs of --shard runs

Checks the numbers in Markdown reports: percentages, changes, totals, counts and statuses.

Options:
  --format <stylish|json|github|claims|html>
                                   output format (default: stylish); claims lists every numeric
                                   claim read, with its reading, scope and verdict; html is the
                                   claim map, one self-contained page with every claim highlighted
  --claims                         the same as --format claims
  --output <file>                  write the report to this file instead of stdout
  --fail-on <error|warning|notice|never>
                                   exit 1 when a finding at or above this severity exists (default: error)
  --metrics <path|glob>            a metrics file to check claims against (repeatable): JUnit XML,
                                   coverage-summary.json, coverage-final.json, lcov.info, k6 or
                                   autocannon JSON, Prometheus text, or a recount metrics file
  --metrics-format <format>        read every --metrics file as this format instead of detecting it:
                                   ${METRICS_FORMATS.join(', ')}
  --config <file>                  use this configuration file instead of the nearest .recount.yml
  --report-unused-disable          warn on <!-- recount-disable --> comments that suppressed nothing
  --fix                            apply the unambiguous corrections in place, then report what is left
  --fix-dry-run                    print the corrections as a unified diff instead of writing them
  --max-file-size <MB>             skip (with a notice) files larger than this (default: 10)
  --shard <i/n>                    check only shard i of n (by a stable hash of each path), for a CI matrix
  --jobs <n>                       check files in n processes (default: one per core, up to 4, once the
                                   files add up to 2 MB; 1 checks everything in this process)
  --init                           write a commented starter .recount.yml in this directory
  --print-config <file>            print the configuration in force for that report
  --no-color                       no colours, even on a terminal
  -v, --version                    print the version
  -h, --help                       print this help

Exit codes: 0 no findings at or above --fail-on, 1 there are, 2 usage or read errors.`

export function parseCommand(argv: string[], isTTY: boolean): ParsedCommand {
  if (argv[0] === 'merge') {
    const files = argv.slice(1)
    if (files.length === 0 || files.some((f) => f.startsWith('-'))) return { kind: 'usage-error', message: 'merge: give the JSON or SARIF files of the shards (recount merge a.json b.json)' }
    return { kind: 'merge', files }
  }
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'stylish' },
        claims: { type: 'boolean', default: false },
        output: { type: 'string' },
        'fail-on': { type: 'string', default: 'error' },
        color: { type: 'boolean' },
        metrics: { type: 'string', multiple: true, default: [] },
        'metrics-format': { type: 'string' },
        config: { type: 'string' },
        'report-unused-disable': { type: 'boolean', default: false },
        fix: { type: 'boolean', default: false },
        'fix-dry-run': { type: 'boolean', default: false },
        'max-file-size': { type: 'string', default: '10' },
        shard: { type: 'string' },
        jobs: { type: 'string' },
        init: { type: 'boolean', default: false },
        'print-config': { type: 'string' },
        'no-color': { type: 'boolean' },
        version: { type: 'boolean', short: 'v' },
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (error) {
    return { kind: 'usage-error', message: error instanceof Error ? error.message : String(error) }
  }
  if (parsed.values.help) return { kind: 'help' }
  if (parsed.values.version) return { kind: 'version' }
  if (parsed.values.init) return { kind: 'init' }
  if (parsed.values['print-config'] !== undefined) return { kind: 'print-config', file: parsed.values['print-config'], config: parsed.values.config }
  if (parsed.values.fix && parsed.values['fix-dry-run']) return { kind: 'usage-error', message: '--fix and --fix-dry-run: choose one' }
  const shard = parsed.values.shard === undefined ? undefined : parseShard(parsed.values.shard)
  if (typeof shard === 'string') return { kind: 'usage-error', message: `--shard: ${shard}` }
  const result = CliOptionsSchema.safeParse({
    paths: parsed.positionals,
    format: parsed.values.claims ? 'claims' : parsed.values.format,
    output: parsed.values.output,
    failOn: parsed.values['fail-on'],
    color: parsed.values['no-color'] ? false : (parsed.values.color ?? (isTTY && !process.env.NO_COLOR)),
    metrics: parsed.values.metrics,
    metricsFormat: parsed.values['metrics-format'],
    config: parsed.values.config,
    reportUnusedDisable: parsed.values['report-unused-disable'],
    fix: parsed.values.fix,
    fixDryRun: parsed.values['fix-dry-run'],
    maxFileSize: Number(parsed.values['max-file-size']),
    shard,
    jobs: parsed.values.jobs === undefined ? undefined : Number(parsed.values.jobs)
  })
  if (!result.success) {
    const issue = result.error.issues[0]
    const flag = { paths: 'arguments', format: '--format', output: '--output', failOn: '--fail-on', color: '--color', metrics: '--metrics', metricsFormat: '--metrics-format', maxFileSize: '--max-file-size', jobs: '--jobs' }[String(issue?.path[0]) as 'paths'] ?? String(issue?.path[0])
    return { kind: 'usage-error', message: `${flag}: ${issue?.message ?? 'invalid value'}` }
  }
  return { kind: 'check', options: result.data }
}
