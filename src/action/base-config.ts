import { execFileSync } from 'node:child_process'
import { posix } from 'node:path'
import { CONFIG_NAMES } from '../config/load.js'
import type { ConfigSnapshot } from '../config/snapshot.js'
import { MAX_CONFIG_BYTES } from '../read/guarded-file.js'

const GIT_TIMEOUT_MS = 60_000

function git(root: string, args: string[]): Buffer {
  return execFileSync('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 512 * 1024 * 1024, timeout: GIT_TIMEOUT_MS })
}

function gitFailure(error: unknown): string {
  const stderr = (error as { stderr?: Buffer }).stderr?.toString('utf8').trim()
  const line = stderr?.split('\n').find((l) => l.trim() !== '')
  return line ?? (error as Error).message.split('\n')[0] ?? 'git failed'
}

function hasCommit(root: string, sha: string): boolean {
  try {
    git(root, ['cat-file', '-e', `${sha}^{commit}`])
    return true
  } catch {
    return false
  }
}

/**
 * The config files (.recount.yml, .recount.yaml, .recount.json, anywhere in the tree, and `also`,
 * paths relative to `root` with `/`) of commit `sha` of the repository at `root`. A shallow clone (actions/checkout's default) lacks the base
 * commit: it is fetched from origin first. Throws an Error saying why when it cannot be read.
 */
export function readBaseConfigs(root: string, sha: string, also: string[] = []): ConfigSnapshot {
  if (!/^[0-9a-f]{40}$/.test(sha) && !/^[0-9a-f]{64}$/.test(sha)) throw new Error('the event names no base commit')
  const commit = sha.slice(0, 7)
  if (!hasCommit(root, sha)) {
    try {
      git(root, ['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', sha])
    } catch (error) {
      throw new Error(`the base commit ${commit} is not in the clone and could not be fetched: ${gitFailure(error)}`)
    }
  }
  let listing: string
  try {
    listing = git(root, ['ls-tree', '-r', '-z', '--long', sha]).toString('utf8')
  } catch (error) {
    throw new Error(`could not list the base commit ${commit}: ${gitFailure(error)}`)
  }
  const snapshot: ConfigSnapshot = { root, commit, files: {}, refused: {} }
  for (const entry of listing.split('\0')) {
    const tab = entry.indexOf('\t')
    const path = entry.slice(tab + 1)
    if (tab < 0 || !(CONFIG_NAMES.includes(posix.basename(path)) || also.includes(path))) continue
    const [mode, type, object, size] = entry.slice(0, tab).trim().split(/ +/) as [string, string, string, string]
    if (type !== 'blob') continue
    if (mode === '120000') snapshot.refused[path] = 'a symbolic link in the base commit (not followed)'
    else if (Number(size) > MAX_CONFIG_BYTES) snapshot.refused[path] = `over the ${MAX_CONFIG_BYTES / 1024 / 1024} MB limit`
    else snapshot.files[path] = git(root, ['cat-file', 'blob', object]).toString('utf8')
  }
  return snapshot
}
