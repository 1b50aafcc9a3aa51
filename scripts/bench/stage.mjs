// One benchmark stage in its own process, so peak RSS belongs to that stage alone.
// Usage: node stage.mjs <parse|check> <file-list.json>
import { readFileSync } from 'node:fs'
import { setFlagsFromString } from 'node:v8'
import { recountV8Flags } from './v8-flags.mjs'

// Both stages run with the V8 flags recount's own processes set, set before the library loads, as they do.
for (const flag of recountV8Flags(process.versions.v8)) setFlagsFromString(flag)

const [stage, listFile] = process.argv.slice(2)
const files = JSON.parse(readFileSync(listFile, 'utf8'))
const lib = await import(new URL('../../dist/lib.js', import.meta.url).href)
const start = performance.now()
let findings = 0
for (const file of files) {
  const text = readFileSync(file, 'utf8')
  if (stage === 'parse') lib.parseMarkdown(text)
  else findings += lib.check(text, { file }).findings.length
}
const ms = performance.now() - start
process.stdout.write(JSON.stringify({ ms, rss: process.resourceUsage().maxRSS * 1024, findings }) + '\n')
