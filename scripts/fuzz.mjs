// Checks many generated report-like documents (scripts/fuzz-documents.mjs) with the bundled
// library, in one worker thread per core: no exception, every finding's place inside the file at
// exactly its stated text, and the same result when a document is checked twice.
//   npm run fuzz -- --count 100000 --seed 7 [--jobs 2] [--show 3] [--progress 5000]
import { availableParallelism } from 'node:os'
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads'
import { generateDocument, wrongPositions } from './fuzz-documents.mjs'

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`)
  if (i < 0) return fallback
  const value = Number(process.argv[i + 1])
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`)
  return value
}

/** Documents number `first`, `first + step`, … below `count`. */
async function fuzz({ seed, count, first, step, show, progress }, report) {
  const { check } = await import('../dist/lib.js')
  const tally = { documents: 0, findings: 0, exceptions: 0, wrongPositions: 0, nondeterministic: 0 }
  const examples = []
  const note = (kind, n, text, detail) => {
    if (examples.length < show) examples.push({ kind, document: n, text, detail })
  }
  for (let n = first; n < count; n += step) {
    const document = generateDocument(seed, n)
    tally.documents++
    if (progress > 0 && tally.documents % Math.max(1, Math.round(progress / step)) === 0) report({ ...tally })
    let result
    try {
      result = check(document)
    } catch (error) {
      tally.exceptions++
      note('exception', n, document, String(error?.stack ?? error))
      continue
    }
    tally.findings += result.findings.length
    const problems = wrongPositions(document, result.findings)
    if (problems.length > 0) {
      tally.wrongPositions += problems.length
      note('wrong position', n, document, problems)
    }
    if (JSON.stringify(check(document)) !== JSON.stringify(result)) {
      tally.nondeterministic++
      note('non-determinism', n, document, 'a second check gave a different result')
    }
  }
  return { tally, examples }
}

if (isMainThread) {
  const settings = { seed: option('seed', 1), count: option('count', 10000), show: option('show', 3), progress: option('progress', 0) }
  const jobs = Math.max(1, option('jobs', availableParallelism()))
  const started = performance.now()
  const latest = new Array(jobs).fill(null)
  const showProgress = () => {
    const sum = (key) => latest.reduce((total, t) => total + (t?.[key] ?? 0), 0)
    console.log(`fuzz: ${sum('documents')} documents so far, ${sum('exceptions')} exceptions, ${sum('wrongPositions')} wrong positions, ${sum('nondeterministic')} non-deterministic, ${((performance.now() - started) / 1000).toFixed(0)} s`)
  }
  const parts = await Promise.all(
    Array.from({ length: jobs }, (_, first) =>
      new Promise((resolve, reject) => {
        const worker = new Worker(new URL(import.meta.url), { workerData: { ...settings, first, step: jobs } })
        worker.on('message', (message) => {
          if (message.progress) {
            latest[first] = message.progress
            showProgress()
          } else resolve(message.result)
        })
        worker.once('error', reject)
      })
    )
  )
  const seconds = (performance.now() - started) / 1000
  const total = { documents: 0, findings: 0, exceptions: 0, wrongPositions: 0, nondeterministic: 0 }
  for (const { tally } of parts) for (const key of Object.keys(total)) total[key] += tally[key]
  const examples = parts.flatMap((p) => p.examples).sort((a, b) => a.document - b.document).slice(0, settings.show)
  for (const e of examples) console.log(`${e.kind} in document ${e.document} (seed ${settings.seed}):\n${JSON.stringify(e.text)}\n${JSON.stringify(e.detail, null, 2)}\n`)
  console.log(`fuzz: seed ${settings.seed}, ${total.documents} documents, ${total.findings} findings, ${jobs} threads, ${seconds.toFixed(1)} s`)
  console.log(`fuzz: ${total.exceptions} exceptions, ${total.wrongPositions} wrong positions, ${total.nondeterministic} non-deterministic`)
  process.exitCode = total.exceptions + total.wrongPositions + total.nondeterministic === 0 ? 0 : 1
} else {
  const result = await fuzz(workerData, (progress) => parentPort.postMessage({ progress }))
  parentPort.postMessage({ result })
}
