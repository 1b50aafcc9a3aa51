import { createHash } from 'node:crypto'
import { lstat, readFile, realpath, stat } from 'node:fs/promises'
import { isAbsolute, relative, resolve } from 'node:path'
import { listMatching, MARKDOWN_EXTENSIONS, type Listing, type SkippedEntry } from './listing.js'
import { describeIoError } from './io-error.js'

export { describeIoError } from './io-error.js'
export { MARKDOWN_EXTENSIONS } from './listing.js'


export interface ExpandedPaths {
  files: string[]
  /** Files named directly on the command line (configuration's exclude does not drop them). */
  explicit: Set<string>
  /** Arguments that matched nothing or could not be read, with the reason. */
  errors: Array<{ file: string; message: string }>
  /** What expanding a directory or glob met and left out (an unreadable directory, a link, FIFO or device), with the reason. */
  skipped: SkippedEntry[]
}

/** Turns CLI arguments (files, directories, globs) into a sorted, de-duplicated list of Markdown files. */
export async function expandPaths(args: string[], cwd = process.cwd()): Promise<ExpandedPaths> {
  const files = new Set<string>()
  const explicit = new Set<string>()
  const errors: ExpandedPaths['errors'] = []
  const skipped: SkippedEntry[] = []
  for (const arg of args) {
    // A file whose name holds glob characters ("report[1].md") is that file, not a pattern.
    if (/[*?{[]/.test(arg) && !(await exists(arg))) {
      let listing: Listing
      try {
        listing = await listMatching(arg, cwd)
      } catch (error) {
        errors.push({ file: arg.length > 80 ? `${arg.slice(0, 77)}...` : arg, message: error instanceof RangeError ? error.message : describeIoError(error) })
        continue
      }
      const markdown = listing.files.filter((m) => MARKDOWN_EXTENSIONS.test(m))
      if (markdown.length === 0 && listing.skipped.length === 0) errors.push({ file: arg, message: 'no Markdown files match this pattern' })
      for (const m of markdown) files.add(m)
      for (const entry of listing.skipped) skipped.push({ file: entry.file || '.', notice: entry.notice })
      continue
    }
    try {
      const info = await stat(arg)
      if (info.isDirectory()) {
        let end = arg.length
        while (end > 1 && (arg[end - 1] === '/' || arg[end - 1] === '\\')) end--
        const prefix = arg.slice(0, end)
        const listing = await listMatching('**/*.{md,markdown,MD}', resolve(cwd, arg))
        for (const m of listing.files) files.add(`${prefix}/${m}`)
        for (const entry of listing.skipped) skipped.push({ file: entry.file ? `${prefix}/${entry.file}` : prefix, notice: entry.notice })
      } else {
        files.add(arg)
        explicit.add(arg)
      }
    } catch (error) {
      errors.push({ file: arg, message: describeIoError(error) })
    }
  }
  return { files: [...files].sort(), explicit, errors, skipped }
}

const exists = (path: string) => lstat(path).then(
  () => true,
  () => false
)

export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024

/** `digest`: the SHA-256 (hex) of the bytes read. */
export type ReadReport = { text: string; digest: string; notice?: string } | { skipped: string }

/**
 * Reads a report as text. UTF-8 (with or without a BOM) and UTF-16 with a BOM are decoded;
 * invalid UTF-8 is read with U+FFFD in place of the bad bytes, with a notice. Binary files, files
 * over `maxBytes` and symbolic links that lead out of the working directory are skipped, with the
 * reason: never silently.
 */
export async function readReport(file: string, maxBytes = DEFAULT_MAX_FILE_BYTES, root = process.cwd()): Promise<ReadReport> {
  const link = await lstat(file)
  if (link.isSymbolicLink()) {
    const target = await realpath(file)
    const inside = relative(await realpath(root), target)
    if (inside.startsWith('..') || isAbsolute(inside)) return { skipped: `skipped: a symbolic link to ${target}, outside the working directory` }
  }
  const info = link.isSymbolicLink() ? await stat(file) : link
  // A FIFO or a device named .md would block or never end.
  if (!info.isFile()) return { skipped: 'skipped: not a regular file' }
  if (info.size > maxBytes) return { skipped: `skipped: ${(info.size / 1024 / 1024).toFixed(1)} MB is over the ${(maxBytes / 1024 / 1024).toFixed(1)} MB limit (--max-file-size)` }
  const bytes = await readFile(file)
  const digest = sha256(bytes)
  const utf16 = decodeUtf16(bytes)
  if (utf16 !== null) return { text: utf16, digest }
  if (bytes.subarray(0, 8192).includes(0)) return { skipped: 'skipped: looks like a binary file (it holds NUL bytes)' }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), digest }
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes), digest, notice: 'holds invalid UTF-8; the bad bytes were read as U+FFFD' }
  }
}

/** A report's text from its bytes, as readReport reads it: UTF-16 by its byte order mark, else UTF-8 (bad bytes as U+FFFD). */
export function decodeReport(bytes: Uint8Array): string {
  return decodeUtf16(bytes) ?? new TextDecoder('utf-8').decode(bytes)
}

function decodeUtf16(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  return null
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')
