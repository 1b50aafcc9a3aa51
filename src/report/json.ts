import type { ClaimCounts, FileResult, Finding } from '../model.js'
import { writeAll, type ReportWriter, type Write } from './writer.js'
import { jsonLogSafe } from './log-safe.js'

type FileMessage = { file: string; message: string }

/**
 * The stable machine-readable form (documented in the README; bump `version` on any breaking
 * change). Findings are written as the files are checked, so the totals (`files`, `claims`) come
 * last; the text is exactly `JSON.stringify(document, null, 2)`.
 */
export class JsonWriter implements ReportWriter {
  private files = 0
  private findings = 0
  private readonly errors: FileMessage[] = []
  private readonly notices: FileMessage[] = []

  /** `docsBase`: where the rules' pages are; each finding then links to its rule's page. */
  private readonly write: Write

  constructor(
    write: Write,
    private readonly docsBase?: string,
    /** With `--cache`: how many files' results were reused and how many were checked afresh. */
    private readonly cache?: { location: string; reused: number; checked: number }
  ) {
    // The report may land in a CI log: file names and quoted text must not read as workflow commands.
    this.write = (text) => write(jsonLogSafe(text))
    this.write('{\n  "version": 1,\n  "findings": [')
  }

  add(result: FileResult): void {
    // A file that could not be read was not checked: it is counted in `errors` only.
    if (!result.error) this.files++
    if (result.error) this.errors.push({ file: result.file, message: result.error })
    if (result.notice) this.notices.push({ file: result.file, message: result.notice })
    let text = ''
    for (const finding of result.findings) {
      text += (this.findings++ === 0 ? '\n' : ',\n') + indent(JSON.stringify(this.withUrl(finding), null, 2), '    ')
    }
    if (text) this.write(text)
  }

  end(claims: ClaimCounts, otherErrors: FileMessage[]): void {
    const cache = this.cache && { location: this.cache.location, reused: this.cache.reused, checked: this.cache.checked }
    const rest = JSON.stringify({ errors: [...this.errors, ...otherErrors], notices: this.notices, files: this.files, claims, ...(cache ? { cache } : {}) }, null, 2)
    // `rest` is a whole object; its members join the document after the findings.
    this.write((this.findings > 0 ? '\n  ]' : ']') + ',\n' + rest.slice(2))
    this.write('\n')
  }

  private withUrl(finding: Finding): Finding & { url?: string } {
    return this.docsBase && finding.rule !== 'directive' ? { ...finding, url: `${this.docsBase}${finding.rule}.md` } : finding
  }
}

const indent = (text: string, by: string) => by + text.replace(/\n/g, '\n' + by)

export function formatJson(results: FileResult[], claims: ClaimCounts, otherErrors: FileMessage[] = [], docsBase?: string): string {
  return writeAll((write) => new JsonWriter(write, docsBase), results, claims, otherErrors)
}
