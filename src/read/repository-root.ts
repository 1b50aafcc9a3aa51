import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

/** The repository root: the nearest directory above `from` that holds .git, or null. */
export function repositoryRoot(from: string): string | null {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir
    if (dirname(dir) === dir) return null
  }
}
