import { readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import type { FileResult } from '../model.js'
import { decodeReport, sha256 } from '../read/files.js'
import { ClaimMapBuilder, type ClaimMapOptions } from './html/index.js'
import type { ReportWriter, Write } from './writer.js'

/**
 * `--format html`: the claim map (src/report/html) of the run. Each file's text is read back when
 * its result comes in and its view rendered at once, so only the rendered views are held.
 */
export class HtmlWriter implements ReportWriter {
  private readonly builder = new ClaimMapBuilder()

  constructor(
    private readonly write: Write,
    private readonly options: ClaimMapOptions = {}
  ) {}

  add(result: FileResult): void {
    this.builder.add(withText(result))
  }

  end(): void {
    this.write(this.builder.finish(this.options))
  }
}

/** The claim map of these results, written to `path` (the action's html-file). */
export async function writeHtmlReport(path: string, results: FileResult[], options: ClaimMapOptions = {}): Promise<void> {
  const builder = new ClaimMapBuilder()
  for (const result of results) builder.add(withText(result))
  await writeFile(path, builder.finish(options))
}

/** The result with the text that was checked; a file that changed since is shown with a notice. */
function withText(result: FileResult): { path: string; text: string; result: FileResult } {
  // Only a file check() ran on has claims to place; an unread or skipped file is shown by its message.
  if (!result.claimList) return { path: result.file, text: '', result }
  let bytes: Uint8Array
  try {
    bytes = readFileSync(result.file)
  } catch (error) {
    return { path: result.file, text: '', result: { ...result, notice: `could not be read again to show it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` } }
  }
  const text = decodeReport(bytes)
  if (result.digest && sha256(bytes) !== result.digest) return { path: result.file, text, result: { ...result, notice: 'changed after it was checked: the highlights may stand at the wrong places' } }
  return { path: result.file, text, result }
}
