import { readdir, type Dirent } from 'node:fs'
import { lstat, stat } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import { globTooLong } from '../config/glob-limit.js'
import picomatch from 'picomatch'
import { glob } from 'tinyglobby'
import { describeIoError } from './io-error.js'

export const MARKDOWN_EXTENSIONS = /\.(?:md|markdown)$/i
const IGNORED_DIRECTORIES = ['**/node_modules/**', '**/.git/**']

/** A path met while listing that is not checked, and why (a notice, never a silent drop). */
export interface SkippedEntry {
  /** Relative to the listing's cwd, as the files are; empty for cwd itself. */
  file: string
  notice: string
}

export interface Listing {
  files: string[]
  skipped: SkippedEntry[]
}

/** The readdir tinyglobby calls, so that what it drops (unreadable directories, links, FIFOs, devices) can be named. */
type ReaddirWithTypes = (path: string, options: { withFileTypes: true }, callback: (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void) => void

export interface ListOptions {
  /** Follow symbolic links (the action's file patterns do; directory and glob arguments of the CLI do not). */
  followLinks?: boolean
  /** Stands in for fs.readdir (tests). */
  listDirectory?: ReaddirWithTypes
}

/**
 * The files matching `patterns` under `cwd`, and every entry the walk met and left out: a directory
 * it could not read, and a link (broken, or not followed), FIFO, device or socket with a Markdown
 * name that matches a pattern.
 */
export async function listMatching(patterns: string | string[], cwd: string, options: ListOptions = {}): Promise<Listing> {
  const listDirectory = options.listDirectory ?? (readdir as unknown as ReaddirWithTypes)
  const unreadable: Array<{ directory: string; error: NodeJS.ErrnoException }> = []
  const others: string[] = []
  const recordingReaddir: ReaddirWithTypes = (path, readOptions, callback) =>
    listDirectory(path, readOptions, (error, entries) => {
      if (error) unreadable.push({ directory: path, error })
      else for (const entry of entries) if (!entry.isFile() && !entry.isDirectory()) others.push(join(path, entry.name))
      callback(error, entries)
    })
  const root = resolve(cwd)
  const list = Array.isArray(patterns) ? patterns : [patterns]
  for (const pattern of list) {
    // Matched below as an absolute path, so the directory counts towards picomatch's limit.
    const why = globTooLong(resolve(root, pattern))
    if (why) throw new RangeError(`${why}, with the directory it is read from`)
  }
  const files = await glob(patterns, {
    cwd, ignore: IGNORED_DIRECTORIES, dot: false, followSymbolicLinks: options.followLinks ?? false,
    fs: { readdir: recordingReaddir as never }
  })
  const found = new Set(files.map((f) => resolve(root, f)))
  const matches = picomatch(list.map((p) => resolve(root, p)), { dot: false })
  const ignored = picomatch(IGNORED_DIRECTORIES, { dot: true })
  const skipped: SkippedEntry[] = []
  for (const { directory, error } of unreadable) {
    skipped.push({ file: relative(root, directory), notice: `skipped: a directory that could not be read (${describeIoError(error)}); the files in it were not checked` })
  }
  for (const path of others) {
    if (found.has(path) || !MARKDOWN_EXTENSIONS.test(path) || !matches(path) || ignored(path)) continue
    skipped.push({ file: relative(root, path), notice: await whyNotChecked(path) })
  }
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  return { files, skipped }
}

/** The notice for an entry that is neither a file nor a directory, or a link that was not followed. */
async function whyNotChecked(path: string): Promise<string> {
  try {
    const own = await lstat(path)
    if (own.isFIFO()) return 'skipped: a FIFO, not a regular file'
    if (own.isCharacterDevice() || own.isBlockDevice()) return 'skipped: a device, not a regular file'
    if (own.isSocket()) return 'skipped: a socket, not a regular file'
    const target = await stat(path).catch(() => null)
    if (!target) return 'skipped: a broken symbolic link (its target does not exist)'
    if (!target.isFile()) return 'skipped: a symbolic link to something that is not a regular file'
    return 'skipped: a symbolic link; directory and glob expansion does not follow links (name the file to check it)'
  } catch (error) {
    return `skipped: ${describeIoError(error)}`
  }
}
