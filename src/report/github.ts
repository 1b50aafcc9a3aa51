import type { FileResult } from '../model.js'

// Workflow-command escaping, as @actions/core does it.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')

/** One `::error file=…,line=…::message` line per finding, which GitHub Actions turns into annotations. */
export function formatGithub(results: FileResult[]): string {
  const lines: string[] = []
  for (const result of results) {
    if (result.error) lines.push(`::error file=${escapeProperty(result.file)},title=${escapeProperty('recount: unreadable file')}::${escapeData(result.error)}`)
    if (result.notice) lines.push(`::notice file=${escapeProperty(result.file)},title=recount::${escapeData(result.notice)}`)
    for (const f of result.findings) {
      const command = f.severity === 'notice' ? 'notice' : f.severity
      const props = [`file=${f.file}`, `line=${f.line}`, `col=${f.column}`, `endLine=${f.endLine}`, `endColumn=${f.endColumn}`, `title=recount (${f.rule})`]
        .map((p) => {
          const eq = p.indexOf('=')
          return `${p.slice(0, eq)}=${escapeProperty(p.slice(eq + 1))}`
        })
        .join(',')
      lines.push(`::${command} ${props}::${escapeData(f.message)}`)
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : ''
}
