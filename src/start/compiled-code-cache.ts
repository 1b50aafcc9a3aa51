import { createHash } from 'node:crypto'
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, type Stats } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Script } from 'node:vm'
import { v8FlagsFor } from './process-settings.js'

/** Where compiled code is kept: under the directory Node's own compile cache uses, unless turned off. */
export function compiledCodeDirectory(env: NodeJS.ProcessEnv = process.env): string | null {
  // Node takes NODE_DISABLE_COMPILE_CACHE set to anything, even empty, as "off"; so does recount.
  if (env.NODE_DISABLE_COMPILE_CACHE !== undefined) return null
  return join(env.NODE_COMPILE_CACHE || join(tmpdir(), 'node-compile-cache'), 'recount')
}

export interface LoadedBundle<Exports> {
  exports: Exports
  /**
   * Keep V8's compiled code for the bundle when this process exits, if the cache has none or was
   * written by a run that reached less than half as far (`reach`, read at exit: how much input the
   * run went through). V8 keeps only the functions a run compiled, so a first run on a one-line
   * report would otherwise leave a cache missing much of what a larger report needs.
   */
  keepCompiledCode: (reach: () => number) => void
}

const DIGEST_BYTES = 32
const REACH_BYTES = 8
/** A cache written by a run at least this far-reaching already holds what the checks use. */
const ENOUGH_REACH = 1_000_000
const sha256 = (...parts: (Uint8Array | string)[]) => parts.reduce((hash, part) => hash.update(part), createHash('sha256')).digest()

interface StoredCode {
  digest: Buffer
  code: Buffer
  reach: number
}

/**
 * Runs a CommonJS bundle and returns its exports, with V8's compiled code for it read from disk and,
 * when asked, kept there for the next run. Node's own compile cache (22.1+) is written when a module
 * is first compiled, so it holds little more than top-level code; this one is written when the
 * process exits, after a whole check, so the next run also skips compiling every function that check
 * used (most of a small report's time), and it works on Node 20 too. The file is named by the
 * bundle's content and the runtime (`runtimeKey`); a cache that cannot be read or written, or fails
 * its own checks or V8's, only means no cache.
 */
export function loadBundleWithCodeCache<Exports>(bundle: URL, directory = compiledCodeDirectory()): LoadedBundle<Exports> {
  const file = fileURLToPath(bundle)
  const bytes = readFileSync(file)
  const cacheFile = directory && join(directory, `${sha256(bytes, runtimeKey()).toString('hex').slice(0, 40)}.v8`)
  const stored = cacheFile ? readCompiledCode(cacheFile) : undefined
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${bytes.toString('utf8')}\n})`, { filename: file, cachedData: stored?.code })
  const module = { exports: {} as Exports }
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file))
  const storedReach = stored && !script.cachedDataRejected ? stored.reach : -1
  let asked = false
  const keepCompiledCode = (reach: () => number) => {
    if (!cacheFile || asked || storedReach >= ENOUGH_REACH) return
    asked = true
    process.once('exit', () => {
      const reached = reach()
      if (storedReach >= 0 && reached <= 2 * storedReach) return
      // Another process (a checking process beside this one, another run) may have written one since.
      // Two that end together may both write, the less far-reaching last: a later run writes again.
      const current = readCompiledCode(cacheFile)
      if (current && !current.digest.equals(stored?.digest ?? Buffer.alloc(0)) && reached <= 2 * current.reach) return
      writeCompiledCode(script, cacheFile, reached)
    })
  }
  return { exports: module.exports, keepCompiledCode }
}

/**
 * What besides the bundle's content decides whether V8 takes the code: the Node version, the
 * platform, and V8's flags, which V8 checks. The checking processes have their own on the command
 * line, and recount's entries set theirs at run time, so a build that changes those (and not the
 * engine) keeps its code in a file of its own instead of overwriting an older build's.
 */
export function runtimeKey(): string {
  return [process.version, process.platform, process.arch, ...process.execArgv, process.env.NODE_OPTIONS ?? '', ...v8FlagsFor(process.versions.v8)].join('\0')
}

/**
 * Compiled code runs as this process's own, and the system's temporary directory is shared: the
 * directory and the file are used only if this user owns them and no one else can write to them
 * (where the system has owners: not on Windows).
 */
function isPrivate(stat: Stats): boolean {
  if (typeof process.getuid !== 'function') return true
  return stat.uid === process.getuid() && (stat.mode & 0o022) === 0
}

function isPrivateDirectory(path: string): boolean {
  const stat = lstatSync(path)
  return stat.isDirectory() && isPrivate(stat)
}

/**
 * The file: a digest of the rest (V8 checks its version and flags but, outside debug builds, not the
 * code itself: a damaged file is no cache instead of a crash), the writing run's reach, the code.
 * Checked on the open file, so that it cannot be swapped between the check and the read.
 */
function readCompiledCode(cacheFile: string): StoredCode | undefined {
  let fd: number | undefined
  try {
    if (!isPrivateDirectory(dirname(cacheFile))) return undefined
    fd = openSync(cacheFile, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0))
    const stat = fstatSync(fd)
    if (!stat.isFile() || !isPrivate(stat)) return undefined
    const stored = readFileSync(fd)
    const digest = stored.subarray(0, DIGEST_BYTES)
    const rest = stored.subarray(DIGEST_BYTES)
    if (rest.length < REACH_BYTES || !sha256(rest).equals(digest)) return undefined
    return { digest, reach: rest.readDoubleLE(0), code: rest.subarray(REACH_BYTES) }
  } catch {
    return undefined
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

function writeCompiledCode(script: Script, cacheFile: string, reach: number): void {
  // Several processes may write the same file at once: each writes a new file of its own and renames
  // it into place.
  const partial = `${cacheFile}.${process.pid}`
  let created = false
  try {
    mkdirSync(dirname(cacheFile), { recursive: true, mode: 0o700 })
    if (!isPrivateDirectory(dirname(cacheFile))) return
    const header = Buffer.alloc(REACH_BYTES)
    header.writeDoubleLE(reach)
    const rest = Buffer.concat([header, script.createCachedData()])
    writeFileSync(partial, Buffer.concat([sha256(rest), rest]), { mode: 0o600, flag: 'wx' })
    created = true
    renameSync(partial, cacheFile)
  } catch {
    // No cache this time; the run's own result is unaffected.
    try {
      if (created) rmSync(partial, { force: true })
    } catch {}
  }
}
