// The shape of a .recount.yml (or a front matter `recount:` block) after validation, declared by
// hand so that the published type declarations do not depend on zod; schema.ts checks at compile
// time that it is exactly what configSchema() accepts.

export type RuleSeverityOrOff = 'off' | 'notice' | 'warning' | 'error'

export type RuleSetting = RuleSeverityOrOff | {
  severity?: RuleSeverityOrOff
  /** Labels this rule never reads (conflicting-values, metric-mismatch). */
  ignore?: string[]
}

export interface ConfigFile {
  rules?: { [ruleId: string]: RuleSetting | undefined }
  rounding?: 'half-up' | 'half-even' | 'truncate' | 'any'
  tolerance?: number
  approximate?: number
  include?: string[]
  exclude?: string[]
  codeBlocks?: 'auto' | 'always' | 'never'
  aliases?: Record<string, string[]>
  changeBase?: Record<string, 'higher' | 'lower'>
}
