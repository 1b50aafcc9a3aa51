import { createHash } from 'node:crypto'
import { RULES } from '../check/rules/index.js'
import type { FileResult, Finding } from '../model.js'

const LEVEL = { error: 'error', warning: 'warning', notice: 'note' } as const

export interface SarifOptions {
  /**
   * The code-scanning category of this analysis (`runs[].automationDetails.id` is `<category>/`):
   * two uploads with different categories are kept side by side, e.g. one per shard or per
   * package of a monorepo. Default `recount`.
   */
  category?: string
  /** recount's version, as `tool.driver.version`. */
  toolVersion: string
  /**
   * Where the rules' pages are, without a trailing slash (`https://github.com/o/recount/blob/v1/docs/rules`):
   * each rule's `helpUri` is `<helpUriBase>/<rule>.md`. Without it the help names the page path.
   */
  helpUriBase?: string
  /** A finding's stable id for `partialFingerprints`; by default a hash of its file, rule, stated text and message. */
  fingerprint?: (finding: Finding) => string
}

export const DEFAULT_SARIF_CATEGORY = 'recount'

// Findings about the directive comments themselves (an unknown rule name, an unused disable) are not
// one of RULES; SARIF viewers want every result's rule in the driver's list.
const DIRECTIVE_RULE = { id: 'directive', description: 'A recount-disable comment names an unknown rule or suppresses nothing.', severity: 'warning' as const }

/** The category of one shard's log: the shards' uploads are kept side by side, and `recount merge` joins them under `category`. */
export function shardCategory(category: string, shard: { index: number; count: number }): string {
  return `${category}/shard-${shard.index}-of-${shard.count}`
}

/** The category the shards of `ids` (automationDetails ids) share, when they are one analysis's shards. */
export function mergedCategoryId(ids: Array<string | undefined>): string | undefined {
  const distinct = [...new Set(ids)]
  if (distinct.length === 1) return distinct[0]
  const bases = new Set(ids.map((id) => {
    if (id === undefined) return undefined
    const at = id.lastIndexOf('/shard-', id.length - 2)
    return at > 0 && /^\/shard-\d+-of-\d+\/$/.test(id.slice(at)) ? id.slice(0, at + 1) : undefined
  }))
  const [base] = [...bases]
  return bases.size === 1 ? base : undefined
}

function defaultFingerprint(f: Finding): string {
  return createHash('sha256').update([f.file, f.rule, f.stated, f.message].join('\n')).digest('hex').slice(0, 16)
}

function withoutTrailingSlashes(text: string): string {
  let end = text.length
  while (end > 0 && text[end - 1] === '/') end--
  return text.slice(0, end)
}

const uriOf = (file: string) => (file.startsWith('./') ? file.slice(2) : file)

/** `ChangePercent` for `change-percent`. */
function ruleName(id: string): string {
  return id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('')
}

/**
 * A SARIF 2.1.0 log of the findings in `results`, for github/codeql-action/upload-sarif and other
 * SARIF viewers: every rule with its description and help page, every finding with its region and
 * the places it cites, and files that could not be read as tool notifications.
 */
export function toSarif(results: FileResult[], options: SarifOptions): object {
  const base = options.helpUriBase === undefined ? undefined : withoutTrailingSlashes(options.helpUriBase)
  const page = (id: string) => (base ? `${base}/${id}.md` : `docs/rules/${id}.md in the recount repository`)
  const findings = results.flatMap((r) => r.findings)
  const metas = findings.some((f) => f.rule === DIRECTIVE_RULE.id) ? [...RULES.map((r) => r.meta), DIRECTIVE_RULE] : RULES.map((r) => r.meta)
  const index = new Map(metas.map((m, i) => [m.id, i]))
  const fingerprint = options.fingerprint ?? defaultFingerprint
  const category = withoutTrailingSlashes(options.category ?? DEFAULT_SARIF_CATEGORY) || DEFAULT_SARIF_CATEGORY
  const unreadable = results.filter((r) => r.error)
  const repository = base?.includes('/blob/') ? base.slice(0, base.indexOf('/blob/')) : undefined
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'recount',
            version: options.toolVersion,
            ...(repository ? { informationUri: repository } : {}),
            rules: metas.map((m) => ({
              id: m.id,
              name: ruleName(m.id),
              shortDescription: { text: m.description },
              fullDescription: { text: m.description },
              help: { text: `${m.description} See ${page(m.id)}.` },
              ...(base ? { helpUri: page(m.id) } : {}),
              defaultConfiguration: { level: LEVEL[m.severity] }
            }))
          }
        },
        // The category ends with "/": code scanning reads everything before the last slash as the category.
        automationDetails: { id: `${category}/` },
        invocations: [
          {
            executionSuccessful: unreadable.length === 0,
            toolExecutionNotifications: unreadable.map((r) => ({ level: 'error', message: { text: r.error }, locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(r.file), uriBaseId: '%SRCROOT%' } } }] }))
          }
        ],
        results: findings.map((f) => {
          const cited = f.related.filter((r): r is { line: number; column: number } => 'line' in r)
          return {
            ruleId: f.rule,
            ...(index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {}),
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: uriOf(f.file), uriBaseId: '%SRCROOT%' },
                  region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn, snippet: { text: f.stated } }
                }
              }
            ],
            partialFingerprints: { recountFindingHash: fingerprint(f) },
            ...(cited.length > 0
              ? { relatedLocations: cited.map((r, id) => ({ id, physicalLocation: { artifactLocation: { uri: uriOf(f.file), uriBaseId: '%SRCROOT%' }, region: { startLine: r.line, startColumn: r.column } } })) }
              : {})
          }
        })
      }
    ]
  }
}
