import type { FileResult } from '../model.js'
import { writeAll, type ReportWriter, type Write } from './writer.js'

// Workflow-command escaping, as @actions/core does it.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')

/** One `::error file=…,line=…::message` line per finding, which GitHub Actions turns into annotations. */
export class GithubWriter implements ReportWriter {
  constructor(private readonly write: Write) {}

  add(result: FileResult): void {
    const lines: string[] = []
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
    if (lines.length > 0) this.write(lines.join('\n') + '\n')
  }

  end(): void {}
}

export function formatGithub(results: FileResult[]): string {
  return writeAll((write) => new GithubWriter(write), results, { found: 0, verified: 0, contradicted: 0, unverifiable: 0 })
}
