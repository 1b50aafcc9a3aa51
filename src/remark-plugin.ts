// recount as a remark plugin: `unified().use(remarkParse).use(remarkRecount)` reports recount's
// findings as vfile messages, so remark-cli and remark-lint setups show them with their own.
// The types are declared here, structurally, so the published declarations need no vfile package.
import { checkerForLinter, ruleUrl, type LinterOptions } from './integrations/check-for-linter.js'

export type RemarkRecountOptions = LinterOptions

interface Point { line: number; column: number }

/** The part of a vfile message the plugin sets. */
export interface RecountVFileMessage {
  fatal?: boolean | null | undefined
  url?: string | null | undefined
  actual?: string | null | undefined
  expected?: string[] | null | undefined
}

/** The part of a vfile (vfile 6) the plugin uses. */
export interface RecountVFile {
  path?: string | undefined
  toString(): string
  message(reason: string, options: { place: { start: Point; end: Point }; ruleId: string; source: string }): RecountVFileMessage
}

/**
 * Reports each recount finding on the file as a message: place (line and column, start and end),
 * ruleId (the rule), source 'recount', url (the rule's page), actual/expected (the stated text and
 * its correction). An error is fatal (remark-cli exits 1), a warning is not, a notice is
 * informational (fatal unset).
 */
export default function remarkRecount(options: RemarkRecountOptions = {}): (tree: unknown, file: RecountVFile) => void {
  const findingsFor = checkerForLinter(options)
  return (_tree, file) => {
    for (const finding of findingsFor(file.toString(), file.path || undefined)) {
      const message = file.message(finding.message, {
        place: { start: { line: finding.line, column: finding.column }, end: { line: finding.endLine, column: finding.endColumn } },
        ruleId: finding.rule,
        source: 'recount'
      })
      message.fatal = finding.severity === 'error' ? true : finding.severity === 'warning' ? false : undefined
      message.url = ruleUrl(finding.rule)
      if (finding.stated) message.actual = finding.stated
      if (finding.suggestion !== undefined) message.expected = [finding.suggestion]
    }
  }
}
