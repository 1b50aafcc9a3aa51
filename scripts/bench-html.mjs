// node scripts/bench-html.mjs [DIR] [--runs N] [--jobs N]   (after npm run build)
// The claim map against the JSON report (issue 14: the HTML of the 549 corpus reports in under 2x
// the time of --format json on them): runs the built CLI on DIR (default ../shared/corpus/reports)
// with --format json, --format claims (the same check with every claim listed) and --format html,
// alternating, and prints each one's median wall and CPU time, the output sizes and the html/json ratios.
// Not a test: the numbers depend on the machine and on what else runs on it.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const args = process.argv.slice(2)
const flag = (name, fallback) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : fallback
}
const root = resolve(new URL('..', import.meta.url).pathname)
const dir = resolve(args.find((a, i) => !a.startsWith('--') && !['--runs', '--jobs'].includes(args[i - 1])) ?? join(root, '../shared/corpus/reports'))
const runs = Number(flag('--runs', '3'))
const jobs = flag('--jobs', undefined)
const out = mkdtempSync(join(tmpdir(), 'recount-bench-html-'))

// CPU time (user + system, checking processes included) varies less than wall time on a shared machine.
const hasTime = existsSync('/usr/bin/time')

function run(format) {
  const file = join(out, `report.${format}`)
  const command = [process.execPath, join(root, 'dist/cli.js'), '--format', format, '--output', file, '--fail-on', 'never', ...(jobs ? ['--jobs', jobs] : []), dir]
  const started = process.hrtime.bigint()
  const child = hasTime ? spawnSync('/usr/bin/time', ['-f', 'cpu %U %S', ...command], { encoding: 'utf8' }) : spawnSync(command[0], command.slice(1), { encoding: 'utf8' })
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  if (child.status !== 0 && child.status !== 2) throw new Error(`recount --format ${format} exited ${child.status}: ${child.stderr}`)
  const cpuLine = child.stderr.split('\n').find((l) => l.startsWith('cpu '))
  const cpu = cpuLine ? cpuLine.split(' ').slice(1).reduce((sum, n) => sum + Number(n), 0) : NaN
  return { seconds, cpu, bytes: statSync(file).size }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const formats = ['json', 'claims', 'html']
const times = Object.fromEntries(formats.map((f) => [f, []]))
const cpus = Object.fromEntries(formats.map((f) => [f, []]))
const sizes = {}
try {
  for (let i = 0; i < runs; i++) {
    for (const format of formats) {
      const { seconds, cpu, bytes } = run(format)
      times[format].push(seconds)
      cpus[format].push(cpu)
      sizes[format] = bytes
      process.stderr.write(`run ${i + 1}/${runs} ${format}: ${seconds.toFixed(2)} s, CPU ${cpu.toFixed(2)} s\n`)
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true })
}
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
console.log(`${dir}: median of ${runs} runs${jobs ? `, --jobs ${jobs}` : ''}`)
for (const format of formats) console.log(`  --format ${format.padEnd(6)} wall ${median(times[format]).toFixed(2)} s, CPU ${median(cpus[format]).toFixed(2)} s  ${mb(sizes[format])}  (wall: ${times[format].map((t) => t.toFixed(2)).join(', ')})`)
console.log(`  html / json: wall ${(median(times.html) / median(times.json)).toFixed(2)}x, CPU ${(median(cpus.html) / median(cpus.json)).toFixed(2)}x`)
