import { existsSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs'
import { lstat, readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isIncluded, type ConfigResolver, type EffectiveConfig } from '../config/resolve.js'
import type { Metric } from '../metrics/model.js'
import type { FileResult } from '../model.js'
import { sha256 } from '../read/files.js'
import { describeIoError } from '../read/io-error.js'
import { isCachedEntry } from './entry-shape.js'
import { VERSION } from '../version.js'

/** Bumped when the cache file's shape changes; a file of another format is started afresh. */
const FORMAT = 1

interface Entry {
  key: string
  result: FileResult
}

interface CacheFile {
  format: typeof FORMAT
  entries: Record<string, Entry>
}

/** A stored result is reused for a file, and a fresh one given to be stored (see parallel.ts). */
export interface ResultReuse {
  reuse(file: string, explicit: boolean): Promise<FileResult | undefined>
  remember(file: string, result: FileResult | undefined): void
}

export interface CacheContext {
  configs: ConfigResolver
  metrics: Metric[]
  reportUnusedDisable: boolean
  listClaims: boolean
  maxFileBytes: number
  /** Told once when the cache file could not be read or written; the run goes on without it. */
  warn: (message: string) => void
}

/**
 * `--cache`: each file's result, reused while nothing it depends on has changed. The key of a file
 * is the SHA-256 of its bytes, recount's version and build, the configuration in force for it
 * (front matter is in its bytes), the metrics in force and the options that change a result.
 */
export class ResultCache implements ResultReuse {
  /** Files whose stored result was reused, and files checked afresh, in this run. */
  reused = 0
  checked = 0
  private readonly entries: Record<string, Entry>
  private readonly pending = new Map<string, { key: string; digest: string }>()
  private readonly runKey: string

  constructor(
    readonly location: string,
    private readonly context: CacheContext
  ) {
    this.entries = this.load()
    this.runKey = sha256(Buffer.from(JSON.stringify([VERSION, buildDigest(), context.metrics, context.reportUnusedDisable, context.listClaims, context.maxFileBytes])))
  }

  async reuse(file: string, explicit: boolean): Promise<FileResult | undefined> {
    let config: EffectiveConfig
    try {
      config = this.context.configs.forFile(file)
    } catch {
      return undefined
    }
    // An excluded file gives no result; checking it costs nothing.
    if (!explicit && !isIncluded(config, file)) return undefined
    let digest: string
    try {
      // Only a regular file, as the checker reads it; links and anything odd are checked afresh.
      const info = await lstat(file)
      if (!info.isFile() || info.size > this.context.maxFileBytes) return undefined
      digest = sha256(await readFile(file))
    } catch {
      return undefined
    }
    const { policy: _derived, ...settings } = config
    const key = sha256(Buffer.from(JSON.stringify([this.runKey, file, digest, settings])))
    this.pending.set(file, { key, digest })
    const entry = this.entries[resolve(file)]
    if (entry?.key !== key) return undefined
    this.reused++
    return entry.result
  }

  remember(file: string, result: FileResult | undefined): void {
    if (result) this.checked++
    const pending = this.pending.get(file)
    this.pending.delete(file)
    // Not stored: a failure (it may pass next time), or a file that changed while it was checked.
    if (!pending || !result || result.error || result.digest !== pending.digest) return
    this.entries[resolve(file)] = { key: pending.key, result }
  }

  /** Writes the cache file whole, through a temporary file and a rename, so a reader never sees half of it. */
  save(): void {
    for (const path of Object.keys(this.entries)) if (!existsSync(path)) delete this.entries[path]
    const temporary = `${this.location}.${process.pid}.tmp`
    try {
      mkdirSync(dirname(resolve(this.location)), { recursive: true })
      writeFileSync(temporary, JSON.stringify({ format: FORMAT, entries: this.entries } satisfies CacheFile))
      renameSync(temporary, this.location)
    } catch (error) {
      this.context.warn(`${this.location}: the cache could not be written (${describeIoError(error)}); the results are not affected`)
      try {
        unlinkSync(temporary)
      } catch {
        // Never written.
      }
    }
  }

  private load(): Record<string, Entry> {
    let text: string
    try {
      text = readFileSync(this.location, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') this.context.warn(`${this.location}: the cache could not be read (${describeIoError(error)}); checking every file`)
      return {}
    }
    try {
      const parsed = JSON.parse(text) as Partial<CacheFile> | null
      if (parsed?.format === FORMAT && parsed.entries && typeof parsed.entries === 'object' && !Array.isArray(parsed.entries)) {
        const entries: Record<string, Entry> = Object.create(null) as Record<string, Entry>
        let dropped = 0
        for (const [path, entry] of Object.entries(parsed.entries)) {
          if (isCachedEntry(entry)) entries[path] = entry
          else dropped++
        }
        if (dropped > 0) this.context.warn(`${this.location}: ${dropped} cache entr${dropped === 1 ? 'y is' : 'ies are'} not of the expected shape; those files are checked again`)
        return entries
      }
      // Another format of the cache (another recount version): started afresh, quietly.
      if (typeof parsed?.format === 'number' && parsed.format !== FORMAT) return {}
    } catch {
      // Reported below.
    }
    this.context.warn(`${this.location}: not a recount cache (corrupt or unknown format); checking every file and writing a new one`)
    return {}
  }
}

let build: string | undefined

/** The running recount's own code, so a rebuilt copy with the same version does not reuse results. */
function buildDigest(): string {
  if (build === undefined) {
    try {
      build = sha256(readFileSync(fileURLToPath(import.meta.url)))
    } catch {
      build = ''
    }
  }
  return build
}
