import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import type { ConfigFile } from './config-file.js'
import { ConfigError, parseConfig } from './parse-config.js'
import { MAX_CONFIG_BYTES, readGuardedFile, RefusedFile } from '../read/guarded-file.js'
import { repositoryRoot } from '../read/repository-root.js'
import { describeIoError } from '../read/files.js'

export { ConfigError, parseConfig }

export const CONFIG_NAMES = ['.recount.yml', '.recount.yaml', '.recount.json']

/** The nearest config file from `directory` upward, stopping at the repository root. */
export function findConfigFile(directory: string): string | null {
  const stop = repositoryRoot(directory)
  for (let dir = resolve(directory); ; dir = dirname(dir)) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(dir, name)
      if (existsSync(candidate)) return candidate
    }
    if (dir === stop || dirname(dir) === dir) return null
  }
}

/** Reads a config file as reports are read: a regular file inside the workspace, of at most 1 MB. */
export function readConfigFile(file: string): ConfigFile {
  let text: string
  try {
    text = readGuardedFile(file, MAX_CONFIG_BYTES).toString('utf8')
  } catch (error) {
    if (error instanceof RefusedFile) throw new ConfigError(error.message)
    throw new ConfigError(`${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : describeIoError(error)}`)
  }
  return parseConfig(file, text)
}
