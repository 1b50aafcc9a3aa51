import { readFile, stat } from 'node:fs/promises'
import { glob } from 'tinyglobby'

export const MARKDOWN_EXTENSIONS = /\.(?:md|markdown)$/i
const IGNORED_DIRECTORIES = ['**/node_modules/**', '**/.git/**']

export interface ExpandedPaths {
  files: string[]
  /** Files named directly on the command line (configuration's exclude does not drop them). */
  explicit: Set<string>
  /** Arguments that matched nothing or could not be read, with the reason. */
  errors: Array<{ file: string; message: string }>
}

/** Turns CLI arguments (files, directories, globs) into a sorted, de-duplicated list of Markdown files. */
export async function expandPaths(args: string[], cwd = process.cwd()): Promise<ExpandedPaths> {
  const files = new Set<string>()
  const explicit = new Set<string>()
  const errors: ExpandedPaths['errors'] = []
  for (const arg of args) {
    if (/[*?{[]/.test(arg)) {
      const matches = await glob(arg, { cwd, ignore: IGNORED_DIRECTORIES, dot: false })
      const markdown = matches.filter((m) => MARKDOWN_EXTENSIONS.test(m))
      if (markdown.length === 0) errors.push({ file: arg, message: 'no Markdown files match this pattern' })
      for (const m of markdown) files.add(m)
      continue
    }
    try {
      const info = await stat(arg)
      if (info.isDirectory()) {
        const prefix = arg.replace(/[\\/]+$/, '')
        const matches = await glob('**/*.{md,markdown,MD}', { cwd: arg, ignore: IGNORED_DIRECTORIES })
        for (const m of matches) files.add(`${prefix}/${m}`)
      } else {
        files.add(arg)
        explicit.add(arg)
      }
    } catch (error) {
      errors.push({ file: arg, message: describeIoError(error) })
    }
  }
  return { files: [...files].sort(), explicit, errors }
}

export async function readReport(file: string): Promise<string> {
  return readFile(file, 'utf8')
}

export function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file or directory'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'is a directory'
  return error instanceof Error ? error.message : String(error)
}
