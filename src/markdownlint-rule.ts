// recount as a markdownlint custom rule (markdownlint-cli2: "customRules": ["recount/markdownlint"]).
// The rule reads the file's text itself (parser "none") and reports each finding on its line, with
// the rule id and severity in the detail and, where recount has one correction, a fix.
import { checkerForLinter, ruleUrl, type FindingsForFile, type LinterOptions } from './integrations/check-for-linter.js'
import type { Finding } from './index.js'

/** The part of markdownlint's RuleParams the rule reads. */
export interface RecountRuleParams {
  name: string
  lines: readonly string[]
  frontMatterLines: readonly string[]
  config: unknown
}

/** What the rule passes to markdownlint's onError. */
export interface RecountRuleError {
  lineNumber: number
  detail: string
  context?: string
  frontMatter?: boolean
  range?: [number, number]
  information?: URL
  fixInfo?: { editColumn: number; deleteCount: number; insertText: string }
}

export interface RecountMarkdownlintRule {
  names: string[]
  description: string
  information: URL
  tags: string[]
  parser: 'none'
  asynchronous: false
  function: (params: RecountRuleParams, onError: (error: RecountRuleError) => void) => void
}

export type MarkdownlintRecountOptions = LinterOptions

// One checker per distinct rule configuration, so config files are looked up once per directory.
const checkers = new Map<string, FindingsForFile>()

function checkerFor(config: unknown): FindingsForFile {
  const options = config !== null && typeof config === 'object' ? (config as MarkdownlintRecountOptions) : {}
  const key = JSON.stringify(options)
  let checker = checkers.get(key)
  if (!checker) checkers.set(key, (checker = checkerForLinter(options)))
  return checker
}

function toError(finding: Finding, frontMatterLength: number, lines: readonly string[], frontMatterLines: readonly string[]): RecountRuleError {
  const inFrontMatter = finding.line <= frontMatterLength
  const lineNumber = inFrontMatter ? finding.line : finding.line - frontMatterLength
  const line = (inFrontMatter ? frontMatterLines : lines)[lineNumber - 1] ?? ''
  const error: RecountRuleError = { lineNumber, detail: `[${finding.severity}] ${finding.message} (${finding.rule})` }
  if (inFrontMatter) error.frontMatter = true
  const url = ruleUrl(finding.rule)
  if (url) error.information = new URL(url)
  const start = finding.column - 1
  const written = finding.stated !== '' && line.startsWith(finding.stated, start)
  if (written) {
    error.context = finding.stated
    error.range = [finding.column, finding.stated.length]
    if (finding.suggestion !== undefined && !inFrontMatter) {
      error.fixInfo = { editColumn: finding.column, deleteCount: finding.stated.length, insertText: finding.suggestion }
    }
  }
  return error
}

const rule: RecountMarkdownlintRule = {
  names: ['recount'],
  description: 'Numbers that contradict each other (recount)',
  information: new URL('https://github.com/recount-dev/recount#readme'),
  tags: ['numbers'],
  parser: 'none',
  asynchronous: false,
  function: (params, onError) => {
    const text = [...params.frontMatterLines, ...params.lines].join('\n')
    const findings = checkerFor(params.config)(text, params.name)
    for (const finding of findings) onError(toError(finding, params.frontMatterLines.length, params.lines, params.frontMatterLines))
  }
}

export default rule
