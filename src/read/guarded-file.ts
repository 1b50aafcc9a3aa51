import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs'
import { isAbsolute, relative, resolve } from 'node:path'
import { repositoryRoot } from './repository-root.js'

/** Configuration files are a few lines; anything bigger is not one. */
export const MAX_CONFIG_BYTES = 1024 * 1024
/** Metrics files can be large (coverage-final.json of a monorepo), but not endless. */
export const MAX_METRICS_BYTES = 256 * 1024 * 1024

/** A file recount refuses to read. The message names the file and why, never its content. */
export class RefusedFile extends Error {
  constructor(
    readonly file: string,
    readonly reason: string
  ) {
    super(`${file}: not read: ${reason}`)
  }
}

const inside = (root: string, path: string) => {
  const rel = relative(root, path)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

/** The workspace a configuration or metrics file must stay inside: the repository around the working directory, else the working directory. */
export function workspaceRoot(cwd = process.cwd()): string {
  return repositoryRoot(cwd) ?? resolve(cwd)
}

/**
 * Why `file` must not be read, or null when it may: a symbolic link (of the file or of a directory
 * on its path) whose target lies outside `root`, anything but a regular file (a FIFO would block,
 * /dev/zero never ends), or a file over `maxBytes`. A path named outright outside `root`, with no
 * link in the way, is the user's choice and is read.
 */
export function refusal(file: string, maxBytes: number, root = workspaceRoot()): string | null {
  const link = lstatSync(file)
  const target = realpathSync(file)
  const lexical = resolve(file)
  if (!inside(realpathSync(root), target) && (link.isSymbolicLink() || inside(resolve(root), lexical))) return `a symbolic link to ${target}, outside the workspace (${root})`
  const info = link.isSymbolicLink() ? lstatSync(target) : link
  if (!info.isFile()) return 'not a regular file (a directory, device, FIFO or socket)'
  if (info.size > maxBytes) return `${megabytes(info.size)} is over the ${megabytes(maxBytes)} limit`
  return null
}

/**
 * Reads `file` after `refusal` allows it, as bytes, from one open file handle that is checked
 * again (still a regular file, still within the limit) and never read past the limit: a file that
 * is swapped or grows between the check and the read is refused, not read without end.
 */
export function readGuardedFile(file: string, maxBytes: number, root = workspaceRoot()): Buffer {
  const why = refusal(file, maxBytes, root)
  if (why) throw new RefusedFile(file, why)
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const info = fstatSync(fd)
    if (!info.isFile()) throw new RefusedFile(file, 'not a regular file (a directory, device, FIFO or socket)')
    const chunks: Buffer[] = []
    let length = 0
    for (;;) {
      const chunk = Buffer.alloc(Math.min(64 * 1024, maxBytes + 1 - length))
      const n = readSync(fd, chunk, 0, chunk.length, null)
      if (n === 0) break
      chunks.push(chunk.subarray(0, n))
      length += n
      if (length > maxBytes) throw new RefusedFile(file, `over the ${megabytes(maxBytes)} limit`)
    }
    return Buffer.concat(chunks, length)
  } finally {
    closeSync(fd)
  }
}
