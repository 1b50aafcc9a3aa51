// The size sweep of `npm run bench`: recount's CLI (with and without its compiled-code cache),
// markdownlint-cli2 (default rules) and recount's parse floor on the same files at each size, whole
// processes timed from outside, interleaved run by run (every size and tool once, then again), so a
// machine that slows down slows all of them alike.
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { availableParallelism } from 'node:os'
import { join } from 'node:path'
import { writeCorpus } from './corpus.mjs'
import { peerBin } from './peer.mjs'
import { CHECKER_FLAGS } from './v8-flags.mjs'

/** What the CLI does on its own (src/parallel.ts): one process below 2 MB, else one per core up to four. */
const PARALLEL_MIN_BYTES = 2 * 1024 * 1024
const hasTime = existsSync('/usr/bin/time')

export function listMarkdown(dir) {
  const out = []
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...listMarkdown(path))
    else if (/\.(md|markdown)$/i.test(entry.name)) out.push(path)
  }
  return out.sort()
}

/** A generated corpus of `files` reports of about `kb` KB each (the same bytes on every machine). */
export function generatedSet(tmp, files, kb) {
  const dir = join(tmp, `recount-bench-${files}x${kb}k`)
  if (!existsSync(join(dir, '.complete'))) {
    writeCorpus(dir, files, kb * 1000)
    writeFileSync(join(dir, '.complete'), '')
  }
  return dir
}

/** Every distinct non-empty Markdown file under node_modules, copied flat: real READMEs, changelogs and docs. */
export function realDocsSet(tmp, root) {
  const dir = join(tmp, 'recount-bench-real-docs')
  if (existsSync(join(dir, '.complete'))) return dir
  mkdirSync(dir, { recursive: true })
  const seen = new Set()
  const walk = (from, depth) => {
    let entries
    try {
      entries = readdirSync(from, { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries) {
      const path = join(from, entry.name)
      if (entry.isDirectory() || (entry.isSymbolicLink() && depth < 6 && statSync(path, { throwIfNoEntry: false })?.isDirectory())) walk(path, depth + 1)
      else if (/\.md$/i.test(entry.name)) {
        const text = readFileSync(path)
        const hash = createHash('sha1').update(text).digest('hex')
        if (text.length === 0 || seen.has(hash)) continue
        seen.add(hash)
        copyFileSync(path, join(dir, `${hash.slice(0, 12)}.md`))
      }
    }
  }
  walk(join(root, 'node_modules'), 0)
  writeFileSync(join(dir, '.complete'), '')
  return dir
}

/** Runs a command to its end: wall seconds and, from GNU time, user + system CPU seconds. */
async function timed(command, args, options = {}) {
  const start = performance.now()
  const child = hasTime ? spawn('/usr/bin/time', ['-f', '%U %S', command, ...args], options) : spawn(command, args, options)
  let stderr = ''
  child.stdout.resume()
  child.stderr.setEncoding('utf8').on('data', (text) => (stderr += text))
  const [status] = await once(child, 'close')
  const wall = (performance.now() - start) / 1000
  const [user, sys] = hasTime ? stderr.trimEnd().split('\n').pop().split(' ').map(Number) : [NaN, NaN]
  return { wall, cpu: user + sys, status, stderr }
}

/** Wall time of several commands started together (the processes of one run), CPU summed. */
async function timedTogether(commands) {
  const start = performance.now()
  const runs = await Promise.all(commands.map(([command, args]) => timed(command, args)))
  return { wall: (performance.now() - start) / 1000, cpu: runs.reduce((sum, r) => sum + r.cpu, 0), status: Math.max(...runs.map((r) => r.status)) }
}

/**
 * One set of files: where they are and how the three commands run on it. The floor is
 * scripts/bench/stage.mjs parsing every file (remark with the parts recount uses) in as many
 * processes as the CLI uses on that set, with the flags of its checking processes.
 */
export function prepareSet(root, tmp, name, dir, codeCache = join(tmp, 'recount-bench-code-cache')) {
  const files = listMarkdown(dir)
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0)
  const processes = bytes >= PARALLEL_MIN_BYTES ? Math.min(availableParallelism(), 4) : 1
  const lists = Array.from({ length: processes }, (_, i) => {
    const list = join(tmp, `recount-bench-list-${name.replace(/\W+/g, '-')}-${i}.json`)
    writeFileSync(list, JSON.stringify(files.filter((_, j) => j % processes === i)))
    return list
  })
  const stage = join(root, 'scripts/bench/stage.mjs')
  const peer = peerBin(root)
  return {
    name,
    dir,
    files: files.length,
    bytes,
    processes,
    commands: {
      // With the engine's compiled code kept from an earlier run (a user's second run), and without.
      recount: () => timed(process.execPath, [join(root, 'dist/cli.js'), '--format', 'json', '--fail-on', 'never', dir], { env: { ...withoutCacheSwitch(), NODE_COMPILE_CACHE: codeCache } }),
      'recount, no code cache': () => timed(process.execPath, [join(root, 'dist/cli.js'), '--format', 'json', '--fail-on', 'never', dir], { env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' } }),
      'markdownlint-cli2': () => timed(process.execPath, [peer, '**/*.md'], { cwd: dir }),
      'parse floor': () => timedTogether(lists.map((list) => [process.execPath, [...(processes > 1 ? CHECKER_FLAGS : []), stage, 'parse', list]]))
    }
  }
}

export const TOOLS = ['recount', 'recount, no code cache', 'markdownlint-cli2', 'parse floor']

/** This process's environment without NODE_DISABLE_COMPILE_CACHE: recount's code cache on. */
export function withoutCacheSwitch() {
  const { NODE_DISABLE_COMPILE_CACHE: _, ...env } = process.env
  return env
}

/**
 * Untimed runs of recount on the largest set checked in one process and on the smallest checked in
 * several, so that the engine's compiled code is on disk, written by a run at least as far-reaching
 * as the timed ones below them, for the main process and for the checking processes (which run with
 * other V8 flags, so keep their own) before anything is timed.
 */
export async function warmCodeCache(sets) {
  const single = sets.filter((set) => set.processes === 1)
  const pooled = sets.filter((set) => set.processes > 1)
  for (const set of [single.at(-1), pooled[0]].filter(Boolean)) {
    const result = await set.commands.recount()
    if (result.status !== 0) throw new Error(`recount failed on ${set.dir}: ${result.stderr}`)
  }
}

/** Runs every set and tool `runs` times, interleaved; the order of the tools turns each run. */
export async function sweep(sets, runs, log = () => {}) {
  const times = new Map(sets.map((set) => [set.name, Object.fromEntries(TOOLS.map((tool) => [tool, []]))]))
  for (let run = 0; run < runs; run++) {
    for (const set of sets) {
      const order = TOOLS.map((_, i) => TOOLS[(i + run) % TOOLS.length])
      for (const tool of order) {
        const result = await set.commands[tool]()
        if (tool.startsWith('recount') && result.status !== 0) throw new Error(`recount failed on ${set.dir}: ${result.stderr}`)
        times.get(set.name)[tool].push(result)
      }
      log(`run ${run + 1}/${runs}: ${set.name} done`)
    }
  }
  return times
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Median, min and max of each tool's wall time, and the ratios run by run (interleaved pairs). */
export function summarize(sets, times) {
  return sets.map((set) => {
    const t = times.get(set.name)
    const stat = (tool) => {
      const walls = t[tool].map((r) => r.wall)
      return { median: median(walls), min: Math.min(...walls), max: Math.max(...walls), cpu: median(t[tool].map((r) => r.cpu)) }
    }
    const ratio = (a, b) => {
      const pairs = t[a].map((r, i) => r.wall / t[b][i].wall)
      return { median: median(pairs), min: Math.min(...pairs), max: Math.max(...pairs) }
    }
    return {
      name: set.name,
      files: set.files,
      bytes: set.bytes,
      processes: set.processes,
      recount: stat('recount'),
      uncached: stat('recount, no code cache'),
      peer: stat('markdownlint-cli2'),
      floor: stat('parse floor'),
      vsPeer: ratio('recount', 'markdownlint-cli2'),
      uncachedVsPeer: ratio('recount, no code cache', 'markdownlint-cli2'),
      vsFloor: ratio('recount', 'parse floor'),
      uncachedVsFloor: ratio('recount, no code cache', 'parse floor')
    }
  })
}
