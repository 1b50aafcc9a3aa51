import { realpathSync, statSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { repositoryRoot } from '../read/repository-root.js'

/**
 * Where the action reads files (the `working-directory` input) against where GitHub names them
 * (the repository root): patterns, metrics, config and output paths are relative to the first;
 * annotations, review comments, the summary and SARIF name files from the second.
 */
export interface PathScope {
  /** The repository root, absolute. */
  root: string
  /** The working directory relative to the root, with "/" separators; "" at the root. */
  prefix: string
}

const posix = (path: string) => path.split(sep).join('/')

/**
 * Enters `workingDirectory` (relative to `workspace`) and says where it sits in the repository.
 * Throws an Error naming the input when the directory does not exist or lies outside the workspace.
 */
export function enterWorkingDirectory(workingDirectory: string, workspace: string): PathScope {
  if (workingDirectory !== '') {
    const target = resolve(workspace, workingDirectory)
    const inside = relative(realpathSync(workspace), realpathOr(target))
    if (isAbsolute(workingDirectory) || inside.startsWith('..') || isAbsolute(inside)) throw new Error(`Invalid input: working-directory must be a directory inside the workspace, got "${workingDirectory}"`)
    if (!isDirectory(target)) throw new Error(`Invalid input: working-directory "${workingDirectory}" is not a directory in the workspace`)
    process.chdir(target)
  }
  const here = realpathSync(process.cwd())
  const root = realpathSync(repositoryRoot(here) ?? realpathOr(workspace))
  const prefix = posix(relative(root, here))
  // A workspace that is not a repository: paths are named from the workspace.
  return prefix.startsWith('..') ? { root: here, prefix: '' } : { root, prefix }
}

function realpathOr(path: string): string {
  try {
    return realpathSync(path)
  } catch {
    return path
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

/** A path relative to the working directory, named from the repository root. */
export function toRepo(scope: PathScope, path: string): string {
  if (isAbsolute(path)) return posix(relative(scope.root, path))
  const clean = path.startsWith('./') ? path.slice(2) : path
  return scope.prefix === '' ? clean : `${scope.prefix}/${clean}`
}

/** A repository path relative to the working directory, or null when it lies outside it. */
export function fromRepo(scope: PathScope, path: string): string | null {
  if (scope.prefix === '') return path
  return path.startsWith(`${scope.prefix}/`) ? path.slice(scope.prefix.length + 1) : null
}

/** The file on disk for a repository path. */
export function onDisk(scope: PathScope, path: string): string {
  return resolve(scope.root, path)
}
