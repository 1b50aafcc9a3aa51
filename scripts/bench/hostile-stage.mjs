// One hostile file through one stage in its own process, so peak RSS belongs to that stage alone.
// Usage: node hostile-stage.mjs <prescan|parse|check> <file>
import { readFileSync } from 'node:fs'

const [stage, file] = process.argv.slice(2)
const lib = await import(new URL('../../dist/lib.js', import.meta.url).href)
const text = readFileSync(file, 'utf8')
const cpuAtStart = process.cpuUsage()
const start = performance.now()
let out = {}
if (stage === 'parse') lib.parseMarkdown(text)
else if (stage === 'prescan') out = { verdict: lib.pathology?.(text) ?? null }
else out = { findings: lib.check(text, { file }).findings.length }
const ms = performance.now() - start
const usage = process.resourceUsage()
// CPU time as well as wall time: on a shared machine the wall clock says more about the neighbours.
const cpu = process.cpuUsage(cpuAtStart)
const cpuMs = (cpu.user + cpu.system) / 1000
process.stdout.write(JSON.stringify({ ms, cpuMs, rss: usage.maxRSS * 1024, ...out }) + '\n')
