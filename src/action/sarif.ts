import type { Rule } from '../check/rule.js'
import type { Finding } from '../model.js'
import { VERSION } from '../version.js'

const LEVEL = { error: 'error', warning: 'warning', notice: 'note' } as const

/**
 * A SARIF 2.1.0 log for github/codeql-action/upload-sarif. `docsBase` is where the rule pages live
 * (the action's own repository when it is known); without it the help names the page path.
 */
export function toSarif(findings: Finding[], rules: Rule[], fingerprints: Map<Finding, string>, docsBase: string | null): object {
  const page = (id: string) => (docsBase ? `${docsBase}/${id}.md` : `docs/rules/${id}.md in the recount repository`)
  const index = new Map(rules.map((r, i) => [r.meta.id, i]))
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'recount',
            version: VERSION,
            ...(docsBase ? { informationUri: docsBase.includes('/blob/') ? docsBase.slice(0, docsBase.indexOf('/blob/')) : docsBase } : {}),
            rules: rules.map((r) => ({
              id: r.meta.id,
              name: r.meta.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
              shortDescription: { text: r.meta.description },
              fullDescription: { text: r.meta.description },
              help: { text: `${r.meta.description} See ${page(r.meta.id)}.` },
              ...(docsBase ? { helpUri: page(r.meta.id) } : {}),
              defaultConfiguration: { level: LEVEL[r.meta.severity] }
            }))
          }
        },
        results: findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: index.get(f.rule) ?? 0,
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file.replace(/^\.\//, ''), uriBaseId: '%SRCROOT%' },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn, snippet: { text: f.stated } }
              }
            }
          ],
          partialFingerprints: { recountFindingHash: fingerprints.get(f) ?? '' },
          ...(f.related.some((r) => 'line' in r)
            ? { relatedLocations: f.related.filter((r): r is { line: number; column: number } => 'line' in r).map((r, id) => ({ id, physicalLocation: { artifactLocation: { uri: f.file.replace(/^\.\//, ''), uriBaseId: '%SRCROOT%' }, region: { startLine: r.line, startColumn: r.column } } })) }
            : {})
        }))
      }
    ]
  }
}
