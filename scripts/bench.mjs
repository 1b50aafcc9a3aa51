// npm run bench [-- --counts 1,10,50,200,500,1000,2000] [--runs 3] [--skip-real] [--svg docs/images/bench.svg]
//   The size sweep: recount's CLI, markdownlint-cli2 (default rules) and recount's parse floor in as
//   many processes as the CLI uses, on generated reports of about 15 KB at each number of files and
//   on the real Markdown files under node_modules, interleaved, median and spread of --runs runs;
//   draws the curve as an SVG; then cold starts.
// npm run bench -- --stages [DIR] [--files N] [--file-kb K] [--skip-peer] [--skip-adversarial] [--cli-only]
//   The stages on one corpus (2,000 reports of 25 KB, or DIR): the parse floor, recount's full check
//   in-process and through the CLI, and markdownlint-cli2; then cold starts and adversarial inputs.
//   (--cli-only: only recount's CLI on the corpus, for memory on very large runs)
// npm run bench -- --hostile [--sizes 0.25,1,4,10]: only the hostile shapes (issue 12), each through the CLI.
// npm run bench -- --cold: only the cold starts.
// Not a test: numbers depend on the machine.
import { peerBin } from './bench/peer.mjs'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { writeCorpus } from './bench/corpus.mjs'
import { ADVERSARIAL } from './bench/adversarial.mjs'
import { HOSTILE } from './bench/hostile.mjs'
import { generatedSet, listMarkdown, median, prepareSet, realDocsSet, summarize, sweep, warmCodeCache, withoutCacheSwitch } from './bench/sweep.mjs'
import { benchSvg } from './bench/svg.mjs'
import { CHECKER_FLAGS } from './bench/v8-flags.mjs'

const args = process.argv.slice(2)
const flag = (name, fallback) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : fallback
}
const given = args.find((a, i) => !a.startsWith('--') && !['--files', '--file-kb', '--sizes', '--counts', '--runs', '--svg'].includes(args[i - 1]))
const root = resolve(new URL('..', import.meta.url).pathname)
const hasTime = existsSync('/usr/bin/time')

/** Resident memory of a process and all its descendants, from /proc (Linux); NaN elsewhere. */
function treeRss(pid) {
  try {
    const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024
    let children = []
    for (const task of readdirSync(`/proc/${pid}/task`)) children = children.concat(readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean))
    return children.reduce((sum, child) => sum + (treeRss(child) || 0), rss)
  } catch {
    return NaN
  }
}

/**
 * Runs a command, returning wall time and peak RSS: GNU time's figure for one process, or the
 * largest sum over the process tree sampled every 50 ms, whichever is larger (recount checks in
 * several processes, and GNU time reports only the largest of them).
 */
async function measure(command, commandArgs, { keepStdout = true, ...options } = {}) {
  const start = performance.now()
  const child = hasTime ? spawn('/usr/bin/time', ['-f', '%M', command, ...commandArgs], options) : spawn(command, commandArgs, options)
  let stdout = ''
  let stderr = ''
  // A large run's output is read (as a pipe would be) but not kept.
  child.stdout.setEncoding('utf8').on('data', (text) => keepStdout && (stdout += text))
  child.stderr.setEncoding('utf8').on('data', (text) => (stderr += text))
  let sampled = 0
  const sampler = setInterval(() => {
    const rss = treeRss(child.pid)
    if (rss > sampled) sampled = rss
  }, 50)
  const [status] = await once(child, 'close')
  clearInterval(sampler)
  const ms = performance.now() - start
  let rss = sampled || NaN
  if (hasTime) {
    const lines = stderr.trimEnd().split('\n')
    rss = Math.max(Number(lines.pop()) * 1024, sampled)
    stderr = lines.join('\n')
  }
  return { ms, rss, status, stdout, stderr }
}

const mb = (bytes) => bytes / (1024 * 1024)
const fmt = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '-')

// Scratch directories (inputs written for one measurement, lists, caches) are removed when the bench
// exits; the generated corpora are kept, named by their size, for the next run.
const scratch = []
process.on('exit', () => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true })
})
const scratchDir = (prefix) => {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  scratch.push(dir)
  return dir
}

// Hostile shapes: time and peak RSS through the CLI at each size, checked or skipped by the parse-cost pre-scan.
if (args.includes('--hostile')) {
  const sizes = flag('--sizes', '0.25,1,4,10').split(',').map(Number)
  const out = scratchDir('recount-hostile-')
  console.log(`| hostile shape | ${sizes.map((s) => `${s} MB`).join(' | ')} |\n| --- |${' ---: |'.repeat(sizes.length)}`)
  for (const [name, make] of Object.entries(HOSTILE)) {
    const cells = []
    for (const size of sizes) {
      const file = join(out, `${name.replace(/\W+/g, '-')}-${size}.md`)
      writeFileSync(file, make(size * 1024 * 1024))
      const run = await measure(process.execPath, [join(root, 'dist/cli.js'), '--format', 'json', '--fail-on', 'never', file])
      if (run.status !== 0) cells.push('failed')
      else cells.push(`${fmt(run.ms / 1000, 2)} s, ${fmt(mb(run.rss), 0)} MB${JSON.parse(run.stdout).notices.length > 0 ? ' (skipped)' : ''}`)
    }
    console.log(`| ${name} | ${cells.join(' | ')} |`)
  }
  process.exit(0)
}

/**
 * Cold starts against a bare `node -e 0`, interleaved: each round runs every case once, in an order
 * that turns from round to round, and each case's ratio is taken to the bare start of the same round.
 */
async function coldStarts(rounds = 10) {
  const empty = scratchDir('recount-empty-')
  writeFileSync(join(empty, 'empty.md'), '')
  writeFileSync(join(empty, 'summary'), '')
  writeFileSync(join(empty, 'out'), '')
  writeFileSync(join(empty, 'small.md'), '# Status\n\nThe suite ran 48 tests: 45 passed and 3 failed (94% passed).\n')
  // A report of the size the issue measured (about 1.6 KB): the two example reports as one file, kept
  // apart from the action's workspace.
  const examples = join(root, 'examples/reports')
  const report = join(scratchDir('recount-report-'), 'report.md')
  writeFileSync(report, readdirSync(examples).sort().map((f) => readFileSync(join(examples, f), 'utf8')).join('\n'))
  const actionEnv = { GITHUB_WORKSPACE: empty, INPUT_FILES: '*.md', 'INPUT_FAIL-ON': 'never', GITHUB_OUTPUT: join(empty, 'out'), GITHUB_STEP_SUMMARY: join(empty, 'summary') }
  // Each recount case twice: with the engine's compiled code kept by an earlier run (one untimed run
  // first), and with the cache off (NODE_DISABLE_COMPILE_CACHE=1), as on a first run.
  const codeCache = scratchDir('recount-code-cache-')
  const recountCases = [
    { name: 'dist/cli.js --version', args: [join(root, 'dist/cli.js'), '--version'], target: 2 },
    { name: 'dist/cli.js on a one-line report', args: [join(root, 'dist/cli.js'), '--fail-on', 'never', 'small.md'], target: 3 },
    { name: 'dist/cli.js on a 1.9 KB report', args: [join(root, 'dist/cli.js'), '--fail-on', 'never', report], target: 3 },
    { name: 'dist/index.js on a workspace of two small reports', args: [join(root, 'dist/index.js')], env: actionEnv, target: 3 }
  ]
  const cases = [
    { name: 'node -e 0', args: ['-e', '0'] },
    ...recountCases.map((c) => ({ ...c, env: { ...withoutCacheSwitch(), NODE_COMPILE_CACHE: codeCache, ...c.env } })),
    ...recountCases.map((c) => ({ ...c, name: `${c.name}, no code cache`, env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1', ...c.env } }))
  ]
  for (const { args: caseArgs, env } of cases.slice(1, 1 + recountCases.length)) await measure(process.execPath, caseArgs, { cwd: empty, env })
  const times = cases.map(() => [])
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < cases.length; k++) {
      const i = (k + round) % cases.length
      const { args: caseArgs, env } = cases[i]
      times[i].push((await measure(process.execPath, caseArgs, { cwd: empty, env: env ?? process.env })).ms)
    }
  }
  const bare = times[0]
  const parts = cases.slice(1).map(({ name, target }, j) => {
    const ratios = times[j + 1].map((ms, round) => ms / bare[round])
    return `${name} ${fmt(median(times[j + 1]), 0)} ms (${fmt(median(ratios), 2)}×, ${fmt(Math.min(...ratios), 2)}–${fmt(Math.max(...ratios), 2)}; target ≤ ${target}×)`
  })
  console.log(`\nCold start (${rounds} interleaved rounds, medians; ratio to node -e 0 of the same round, with its spread): node -e 0 ${fmt(median(bare), 0)} ms\n${parts.map((part) => `- ${part}`).join('\n')}`)
}

// npm run bench -- --cold: the cold starts alone.
if (args.includes('--cold')) {
  await coldStarts()
  process.exit(0)
}

// The size sweep (the default).
if (!args.includes('--stages') && !given && !args.includes('--cli-only')) {
  const counts = flag('--counts', '1,10,50,200,500,1000,2000').split(',').map(Number)
  const runs = Math.max(1, Number(flag('--runs', 3)))
  const tmp = tmpdir()
  const sets = counts.map((n) => prepareSet(root, tmp, `${n} files`, generatedSet(tmp, n, 15)))
  const real = args.includes('--skip-real') ? [] : [prepareSet(root, tmp, 'real docs', realDocsSet(tmp, root))]
  const all = [...sets, ...real]
  console.log(`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; ${runs} interleaved runs of each tool at each size.`)
  await warmCodeCache(all)
  const times = await sweep(all, runs, (line) => process.stderr.write(line + '\n'))
  const rows = summarize(all, times)
  const range = (s) => `${fmt(s.median, 2)} (${fmt(s.min, 2)}–${fmt(s.max, 2)})`
  console.log('\n| files | MB | processes | recount s | recount, no code cache s | markdownlint-cli2 s | parse floor s | recount / markdownlint-cli2 | recount, no code cache / markdownlint-cli2 | recount / parse floor | recount, no code cache / parse floor |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const r of rows) console.log(`| ${r.name === 'real docs' ? `${r.files} real docs` : r.files} | ${fmt(mb(r.bytes), 2)} | ${r.processes} | ${range(r.recount)} | ${range(r.uncached)} | ${range(r.peer)} | ${range(r.floor)} | ${range(r.vsPeer)} | ${range(r.uncachedVsPeer)} | ${range(r.vsFloor)} | ${range(r.uncachedVsFloor)} |`)
  console.log('\n(seconds: wall time of the whole command, median and (fastest–slowest) of the runs; ratios: run by run, median and spread; targets ≤ 0.5 and ≤ 1.3. "recount" runs with the engine\'s compiled code kept from an earlier run, as a second run has it; "no code cache" with NODE_DISABLE_COMPILE_CACHE=1, as a first run; the parse floor has no such cache, so the like-for-like ratio to it is the last column.)')
  const svg = resolve(root, flag('--svg', 'docs/images/bench.svg'))
  writeFileSync(svg, benchSvg(rows.slice(0, sets.length), rows.slice(sets.length), `Node ${process.version}, ${cpus().length} cores, median of ${runs} interleaved runs`))
  console.log(`\nCurve: ${svg}`)
  await coldStarts()
  process.exit(0)
}

// 1. The corpus.
let dir = given
if (!dir) {
  const files = Number(flag('--files', 2000))
  const kb = Number(flag('--file-kb', 25))
  dir = join(tmpdir(), `recount-bench-corpus-${files}x${kb}k`)
  if (!existsSync(join(dir, '.complete'))) {
    process.stderr.write(`Writing ${files} reports of about ${kb} KB to ${dir} …\n`)
    writeCorpus(dir, files, kb * 1000)
    writeFileSync(join(dir, '.complete'), '')
  }
}
const files = listMarkdown(dir)
const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0)
const listFile = join(scratchDir('recount-bench-'), 'files.json')
writeFileSync(listFile, JSON.stringify(files))
console.log(`Corpus: ${dir}: ${files.length} files, ${fmt(mb(bytes))} MB. Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}.`)

// 2. The stages.
const rows = []
const stage = async (name) => {
  const run = await measure(process.execPath, [join(root, 'scripts/bench/stage.mjs'), name, listFile])
  const out = JSON.parse(run.stdout)
  return { ms: out.ms, rss: out.rss }
}
// The floor again, split over as many processes as the CLI uses, with the flags its checking
// processes run with (CHECKER_FLAGS in src/checker-pool.ts): the like-for-like floor for the CLI.
const jobs = Math.min(availableParallelism(), 4)
const stageInProcesses = async (name) => {
  const lists = Array.from({ length: jobs }, (_, i) => {
    const list = join(dirname(listFile), `files-${i}.json`)
    writeFileSync(list, JSON.stringify(files.filter((_, j) => j % jobs === i)))
    return list
  })
  const start = performance.now()
  const runs = await Promise.all(lists.map((list) => measure(process.execPath, [...CHECKER_FLAGS, join(root, 'scripts/bench/stage.mjs'), name, list])))
  return { ms: performance.now() - start, rss: runs.reduce((sum, run) => sum + JSON.parse(run.stdout).rss, 0) }
}
const cliOnly = args.includes('--cli-only')
const parse = cliOnly ? null : await stage('parse')
if (parse) rows.push(['remark parse only (floor), 1 thread', parse])
const inProcess = cliOnly ? null : await stage('check')
if (inProcess) rows.push(['recount check, in process, 1 thread', inProcess])
const parseInProcesses = cliOnly ? null : await stageInProcesses('parse')
if (parseInProcesses) rows.push([`remark parse only (floor), ${jobs} processes`, parseInProcesses])
const cli = await measure(process.execPath, [join(root, 'dist/cli.js'), '--format', 'json', '--fail-on', 'never', dir], { keepStdout: false })
if (cli.status !== 0) throw new Error(`recount CLI failed: ${cli.stderr}`)
rows.push([`recount CLI (dist/cli.js, ${jobs} checking processes)`, cli])
let peer = null
if (!args.includes('--skip-peer') && !cliOnly) {
  peer = await measure(process.execPath, [peerBin(root), '**/*.md'], { cwd: dir, keepStdout: false })
  rows.push(['markdownlint-cli2, default rules', peer])
}
console.log('\n| stage | seconds | files/s | MB/s | peak RSS MB |\n| --- | ---: | ---: | ---: | ---: |')
for (const [name, r] of rows) console.log(`| ${name} | ${fmt(r.ms / 1000, 2)} | ${fmt(files.length / (r.ms / 1000), 0)} | ${fmt(mb(bytes) / (r.ms / 1000), 2)} | ${fmt(mb(r.rss), 0)} |`)
if (cliOnly) process.exit(0)
console.log(`\nrecount in process / parse floor, 1 thread each: ${fmt(inProcess.ms / parse.ms, 2)}×  (target ≤ 1.3×)`)
console.log(`recount CLI / parse floor in as many processes: ${fmt(cli.ms / parseInProcesses.ms, 2)}×  (target ≤ 1.3×)`)
console.log(`recount CLI / parse floor, 1 thread: ${fmt(cli.ms / parse.ms, 2)}×`)
if (peer) console.log(`recount CLI / markdownlint-cli2: ${fmt(cli.ms / peer.ms, 2)}×  (target ≤ 0.5×)`)

// 3. Cold starts.
await coldStarts()

// 4. Adversarial inputs: time per MB at 1, 4 and 16 MB (linear means a flat column).
if (!args.includes('--skip-adversarial')) {
  const adversarial = scratchDir('recount-adversarial-')
  console.log('\n| adversarial input | ms/MB at 1 MB | 4 MB | 16 MB |\n| --- | ---: | ---: | ---: |')
  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    const cells = []
    for (const size of [1, 4, 16]) {
      const file = join(adversarial, `${name}-${size}.md`)
      writeFileSync(file, make(size * 1024 * 1024))
      // Through the CLI, as a pull request would meet it (the file-size limit is raised for 16 MB).
      const run = await measure(process.execPath, [join(root, 'dist/cli.js'), '--format', 'json', '--fail-on', 'never', '--max-file-size', '64', file])
      if (run.status !== 0) {
        cells.push(`failed (${(run.stderr.split('\n').find((l) => /rror/.test(l)) ?? 'error').trim().slice(0, 60)})`)
        continue
      }
      const skipped = JSON.parse(run.stdout).notices.length > 0
      cells.push(`${fmt(run.ms / size, 0)}${skipped ? ' (skipped)' : ''}`)
    }
    console.log(`| ${name} | ${cells.join(' | ')} |`)
  }
}
