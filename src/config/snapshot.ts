import { dirname, join, relative, resolve, sep } from 'node:path'
import { ConfigError, CONFIG_NAMES, parseConfig } from './load.js'
import type { ConfigFile } from './config-file.js'

/**
 * The configuration files of one commit (a pull request's base), read from git rather than from the
 * workspace, so that a pull request cannot change the configuration it is checked with. It crosses
 * to the checking processes by structured clone.
 */
export interface ConfigSnapshot {
  /** The repository's root in the workspace; the paths below are relative to it, with `/`. */
  root: string
  /** The commit, as messages name it (an abbreviated SHA). */
  commit: string
  /** Path → text of each config file in the commit. */
  files: Record<string, string>
  /** Path → why a config file of the commit was not read (a symbolic link, too large). */
  refused: Record<string, string>
  /** Set when the commit could not be read at all: why. */
  unreadable?: string
}

const inRepository = (snapshot: ConfigSnapshot, path: string) => relative(snapshot.root, resolve(path)).split(sep).join('/')

/** How a snapshot's file is named in messages: `1a2b3c4:docs/.recount.yml`, as `git show` takes it. */
export const snapshotName = (snapshot: ConfigSnapshot, path: string) => `${snapshot.commit}:${inRepository(snapshot, path)}`

/** The nearest config file of the snapshot from `directory` upward, stopping at the repository root. */
export function findSnapshotConfig(snapshot: ConfigSnapshot, directory: string): string | null {
  for (let dir = resolve(directory); ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) {
      const path = inRepository(snapshot, join(dir, name))
      if (path in snapshot.files || path in snapshot.refused) return join(dir, name)
    }
    if (dir === resolve(snapshot.root) || dirname(dir) === dir) return null
  }
}

export function readSnapshotConfig(snapshot: ConfigSnapshot, path: string): ConfigFile {
  const key = inRepository(snapshot, path)
  const name = snapshotName(snapshot, path)
  if (snapshot.unreadable) throw new ConfigError(`${name}: not read: ${snapshot.unreadable}`)
  const refused = snapshot.refused[key]
  if (refused !== undefined) throw new ConfigError(`${name}: not read: ${refused}`)
  const text = snapshot.files[key]
  if (text === undefined) throw new ConfigError(`${name}: no such file in the base commit (set config-from: head to use the pull request's)`)
  return parseConfig(name, text)
}
