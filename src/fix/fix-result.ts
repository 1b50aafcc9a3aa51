import { readFile, writeFile } from 'node:fs/promises'
import { createTwoFilesPatch } from 'diff'
import { check } from '../index.js'
import type { ConfigResolver } from '../config/resolve.js'
import type { Metric } from '../metrics/model.js'
import type { FileResult } from '../model.js'
import { applyFixes } from './apply.js'
import { logSafe } from '../report/log-safe.js'
import { repositoryPath } from '../report/repo-path.js'
import { sha256 } from '../read/files.js'

export interface FixOptions {
  dryRun: boolean
  metrics?: Metric[]
  configs?: ConfigResolver
  reportUnusedDisable?: boolean
  /** Where a dry run's unified diff goes. */
  writeDiff: (patch: string) => void
}

/**
 * Applies the unambiguous suggestions of one file's result to the file (or prints the diff on a dry
 * run) and checks the fixed text again, so the result shows what is left for a human.
 */
export async function fixResult(result: FileResult, options: FixOptions): Promise<{ result: FileResult; fixed: number; notice?: string }> {
  if (result.error || !result.findings.some((f) => f.suggestion !== undefined)) return { result, fixed: 0 }
  const raw = await readFile(result.file)
  // The file may have changed since it was checked (an editor, a formatter, another run): its
  // findings' places would no longer be where the corrections go.
  if (result.digest !== undefined && sha256(raw) !== result.digest) {
    return { result, fixed: 0, notice: `${result.file}: not fixed: the file changed after it was checked; run recount again` }
  }
  const source = raw.toString('utf8')
  if (!Buffer.from(source, 'utf8').equals(raw)) {
    return { result, fixed: 0, notice: `${result.file}: not fixed: the file is not valid UTF-8, and rewriting it would change bytes that are not findings` }
  }
  const { output, applied } = applyFixes(source, result.findings)
  if (output === source) return { result, fixed: 0 }
  // jsdiff starts with a line of "="; a plain unified diff (as git and patch read it) does not.
  if (options.dryRun) {
    // git names files from the top of the repository (`a/docs/r.md`), never `a/./r.md` or `a//tmp/r.md`.
    const path = logSafe(repositoryPath(result.file))
    options.writeDiff(createTwoFilesPatch(`a/${path}`, `b/${path}`, source, output).replace(/^=+\n/, ''))
  }
  else await writeFile(result.file, output)
  const config = options.configs?.forFile(result.file)
  return { result: check(output, { file: result.file, metrics: options.metrics, config, reportUnusedDisable: options.reportUnusedDisable }), fixed: applied.length }
}
