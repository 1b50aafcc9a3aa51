import { z } from 'zod'
import { RULES } from '../check/rules/index.js'

export const RULE_IDS = RULES.map((r) => r.meta.id)

const SEVERITY_MESSAGE = 'expected "off" | "notice" | "warning" | "error"'
export const SeverityOrOff = z.enum(['off', 'notice', 'warning', 'error'], { message: SEVERITY_MESSAGE })

const RuleObject = z
  .object({
    severity: SeverityOrOff.optional(),
    /** Labels this rule never reads (conflicting-values, metric-mismatch). */
    ignore: z.array(z.string().min(1)).optional()
  })
  .strict()

const RuleSetting = z.union([SeverityOrOff, RuleObject])

export const ConfigSchema = z
  .object({
    rules: z.object(Object.fromEntries(RULE_IDS.map((id) => [id, RuleSetting.optional()]))).strict().optional(),
    rounding: z.enum(['half-up', 'half-even', 'truncate', 'any'], { message: 'expected "half-up" | "half-even" | "truncate" | "any"' }).optional(),
    tolerance: z.number({ message: 'expected a number of percentage points (e.g. 0.5)' }).min(0, 'must not be negative').optional(),
    approximate: z.number({ message: 'expected a fraction such as 0.1 (10%)' }).min(0, 'must not be negative').max(1, 'must be at most 1 (100%)').optional(),
    include: z.array(z.string().min(1), { message: 'expected a list of globs' }).optional(),
    exclude: z.array(z.string().min(1), { message: 'expected a list of globs' }).optional(),
    codeBlocks: z.enum(['auto', 'always', 'never'], { message: 'expected "auto" | "always" | "never"' }).optional(),
    aliases: z.record(z.string().min(1), z.array(z.string().min(1)), { message: 'expected a map of a metric name to a list of labels' }).optional(),
    changeBase: z.record(z.string().min(1), z.enum(['higher', 'lower'], { message: 'expected "higher" (higher is better) | "lower" (lower is better)' })).optional()
  })
  .strict()

export type ConfigFile = z.infer<typeof ConfigSchema>
export type RuleSettingValue = z.infer<typeof RuleSetting>

export const TOP_LEVEL_KEYS = Object.keys(ConfigSchema.shape)
export const RULE_OPTION_KEYS = Object.keys(RuleObject.shape)
