import { isAbsolute, relative, resolve, sep } from 'node:path'
import { repositoryRoot } from '../read/repository-root.js'

/**
 * A file's path as git names it: relative to the top of the repository holding it, with `/`
 * separators and no `./`; outside a repository, relative to the working directory. A file outside
 * both keeps its absolute path. `git apply` and SARIF consumers read these.
 */
export function repositoryPath(file: string, cwd = process.cwd()): string {
  const absolute = resolve(cwd, file)
  const root = repositoryRoot(absolute) ?? cwd
  const inside = relative(root, absolute)
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return absolute.split(sep).join('/')
  return inside.split(sep).join('/')
}
