import { z } from '../schema-zod.js'
import { RULES } from '../check/rules/index.js'
import type { ConfigFile } from './config-file.js'
import { GLOB_TOO_LONG, MAX_GLOB_LENGTH } from './glob-limit.js'

export const RULE_IDS = RULES.map((r) => r.meta.id)

const SEVERITY_MESSAGE = 'expected "off" | "notice" | "warning" | "error"'
export const SeverityOrOff = z.enum(['off', 'notice', 'warning', 'error'], SEVERITY_MESSAGE)

const nonEmpty = () => z.string().check(z.minLength(1))
// picomatch refuses a longer glob; refused here, the error names the file and the place.
const glob = () => z.string().check(z.minLength(1), z.maxLength(MAX_GLOB_LENGTH, GLOB_TOO_LONG))

function buildSchemas() {
  const ruleObject = z.strictObject({
    severity: z.optional(SeverityOrOff),
    /** Labels this rule never reads (conflicting-values, metric-mismatch). */
    ignore: z.optional(z.array(nonEmpty()))
  })
  const ruleSetting = z.union([SeverityOrOff, ruleObject])
  const config = z.strictObject({
    rules: z.optional(z.strictObject(Object.fromEntries(RULE_IDS.map((id) => [id, z.optional(ruleSetting)])))),
    rounding: z.optional(z.enum(['half-up', 'half-even', 'truncate', 'any'], 'expected "half-up" | "half-even" | "truncate" | "any"')),
    tolerance: z.optional(z.number('expected a number of percentage points (e.g. 0.5)').check(z.minimum(0, 'must not be negative'))),
    approximate: z.optional(z.number('expected a fraction such as 0.1 (10%)').check(z.minimum(0, 'must not be negative'), z.maximum(1, 'must be at most 1 (100%)'))),
    include: z.optional(z.array(glob(), 'expected a list of globs')),
    exclude: z.optional(z.array(glob(), 'expected a list of globs')),
    codeBlocks: z.optional(z.enum(['auto', 'always', 'never'], 'expected "auto" | "always" | "never"')),
    aliases: z.optional(z.record(nonEmpty(), z.array(nonEmpty()), 'expected a map of a metric name to a list of labels')),
    changeBase: z.optional(z.record(nonEmpty(), z.enum(['higher', 'lower'], 'expected "higher" (higher is better) | "lower" (lower is better)')))
  })
  return { config, ruleObject }
}

export type { ConfigFile } from './config-file.js'

let built: ReturnType<typeof buildSchemas> | undefined
// Built when a configuration is first read, not when recount starts: about 3 ms of zod on every run.
const schemas = () => (built ??= buildSchemas())

/** The schema of a configuration file (and of a report's `recount:` front matter). */
export const configSchema = () => schemas().config

// A compile error here means config-file.ts no longer describes what the schema accepts.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type Assert<T extends true> = T
export type ConfigFileMatchesSchema = Assert<Same<ConfigFile, z.infer<ReturnType<typeof configSchema>>>>

export const topLevelKeys = () => Object.keys(schemas().config.shape)
export const ruleOptionKeys = () => Object.keys(schemas().ruleObject.shape)
