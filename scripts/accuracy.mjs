// npm run accuracy: how recount does on real reports.
//
// 1. Labelled reports (default ../shared/eval/real): every NAME.md with a NAME.expected.json beside it
//    (entries {line: n | [n…], kind, level: must|may}). A finding of severity error or warning on a
//    line of a "must" entry is true, on a "may" line neutral, anywhere else false. Prints precision
//    per rule and recall per kind, then the totals.
// 2. A corpus of unlabelled real reports (default ../shared/corpus/reports) against the committed
//    ledger of judgements (default accuracy/corpus-verdicts.tsv): every error and warning finding is
//    judged true, false or unclear there, or listed here as not yet judged.
//
// Options: --eval DIR, --corpus DIR, --ledger FILE (repeat --corpus/--ledger in pairs), --verbose
// (every miss and false alarm), --append-unjudged (add rows with an empty verdict to the ledger).
import { spawnSync } from 'node:child_process'
import { appendFileSync, existsSync, readFileSync, readdirSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { readLedger, ledgerLookup, LEDGER_HEADER } from './ledger.mjs'

const root = new URL('..', import.meta.url).pathname
const { values } = parseArgs({
  options: {
    eval: { type: 'string', multiple: true },
    corpus: { type: 'string', multiple: true },
    ledger: { type: 'string', multiple: true },
    verbose: { type: 'boolean', default: false },
    'append-unjudged': { type: 'boolean', default: false }
  }
})
const evalDirs = values.eval ?? [join(root, '../shared/eval/real')]
const corpora = values.corpus ?? [join(root, '../shared/corpus/reports')]
const ledgers = values.ledger ?? [join(root, 'accuracy/corpus-verdicts.tsv')]
if (corpora.length !== ledgers.length) {
  console.error('accuracy: give one --ledger for each --corpus')
  process.exit(2)
}

function runRecount(paths) {
  const run = spawnSync(process.execPath, [join(root, 'dist/cli.js'), '--format', 'json', '--fail-on', 'never', ...paths], { encoding: 'utf8', maxBuffer: 1 << 30 })
  if (run.status !== 0) {
    console.error(`accuracy: recount exited with ${run.status}\n${run.stderr}`)
    process.exit(2)
  }
  return JSON.parse(run.stdout)
}

const counted = (f) => f.severity === 'error' || f.severity === 'warning'
const pad = (s, n) => String(s).padEnd(n)
const num = (s, n) => String(s).padStart(n)
const ratio = (a, b) => (b === 0 ? '—' : (a / b).toFixed(2))

function linesOf(entry) {
  return new Set(Array.isArray(entry.line) ? entry.line : [entry.line])
}

function scoreLabelled(dir) {
  const cases = readdirSync(dir)
    .filter((name) => name.endsWith('.md') && existsSync(join(dir, name.replace(/\.md$/, '.expected.json'))))
    .sort()
    .map((name) => ({ name, expected: JSON.parse(readFileSync(join(dir, name.replace(/\.md$/, '.expected.json')), 'utf8')) }))
  const output = runRecount(cases.map((c) => join(dir, c.name)))
  const byFile = new Map()
  for (const f of output.findings.filter(counted)) {
    const list = byFile.get(basename(f.file)) ?? []
    list.push(f)
    byFile.set(basename(f.file), list)
  }
  const rules = new Map()
  const kinds = new Map()
  const misses = []
  const falseAlarms = []
  const rule = (id) => rules.get(id) ?? rules.set(id, { tp: 0, fp: 0, neutral: 0 }).get(id)
  for (const { name, expected } of cases) {
    const musts = expected.filter((e) => e.level === 'must')
    const mays = expected.filter((e) => e.level !== 'must')
    const hit = musts.map(() => false)
    for (const f of byFile.get(name) ?? []) {
      const matching = musts.map((e, i) => (linesOf(e).has(f.line) ? i : -1)).filter((i) => i >= 0)
      if (matching.length > 0) {
        rule(f.rule).tp++
        for (const i of matching) hit[i] = true
      } else if (mays.some((e) => linesOf(e).has(f.line))) rule(f.rule).neutral++
      else {
        rule(f.rule).fp++
        falseAlarms.push(`${name}:${f.line} ${f.rule} ${f.severity}: ${f.message}`)
      }
    }
    musts.forEach((e, i) => {
      const k = kinds.get(e.kind) ?? kinds.set(e.kind, { hit: 0, total: 0 }).get(e.kind)
      k.total++
      if (hit[i]) k.hit++
      else misses.push(`${name}:${JSON.stringify(e.line)} ${e.kind}: ${e.stated ?? ''}`)
    })
  }
  let tp = 0
  let fp = 0
  let neutral = 0
  console.log(`\nLabelled real reports (${dir}, ${cases.length} files): error and warning findings`)
  console.log(`  ${pad('rule', 20)} ${num('true', 5)} ${num('false', 6)} ${num('neutral', 8)} ${num('precision', 10)}`)
  for (const [id, r] of [...rules].sort()) {
    tp += r.tp
    fp += r.fp
    neutral += r.neutral
    console.log(`  ${pad(id, 20)} ${num(r.tp, 5)} ${num(r.fp, 6)} ${num(r.neutral, 8)} ${num(ratio(r.tp, r.tp + r.fp), 10)}`)
  }
  let hits = 0
  let total = 0
  console.log(`  ${pad('recall by kind', 20)} ${num('found', 5)} ${num('of', 6)}`)
  for (const [kind, k] of [...kinds].sort()) {
    hits += k.hit
    total += k.total
    console.log(`  ${pad(kind, 20)} ${num(k.hit, 5)} ${num(k.total, 6)} ${num(ratio(k.hit, k.total), 8)}`)
  }
  console.log(`  precision ${ratio(tp, tp + fp)} (${tp} true, ${fp} false, ${neutral} neutral); recall ${ratio(hits, total)} (${hits} of ${total} contradictions)`)
  if (values.verbose) {
    for (const m of misses) console.log(`  MISS ${m}`)
    for (const f of falseAlarms) console.log(`  FALSE ${f}`)
  }
}

function scoreCorpus(dir, ledgerPath) {
  const output = runRecount([dir])
  const lookup = ledgerLookup(existsSync(ledgerPath) ? readLedger(readFileSync(ledgerPath, 'utf8')) : [])
  const rules = new Map()
  const unjudged = []
  const falseErrorFiles = new Set()
  const severities = { error: 0, warning: 0 }
  for (const f of output.findings.filter(counted)) {
    const file = basename(f.file)
    const verdict = lookup({ ...f, file })?.verdict || 'not judged'
    const r = rules.get(f.rule) ?? rules.set(f.rule, { true: 0, false: 0, unclear: 0, 'not judged': 0 }).get(f.rule)
    r[verdict in r ? verdict : 'unclear']++
    severities[f.severity]++
    if (verdict === 'false' && f.severity === 'error') falseErrorFiles.add(file)
    if (verdict === 'not judged') unjudged.push({ file, f })
  }
  const files = output.files
  console.log(`\nCorpus (${dir}, ${files} files) against ${ledgerPath}: ${severities.error} errors and ${severities.warning} warnings`)
  console.log(`  ${pad('rule', 20)} ${num('true', 5)} ${num('false', 6)} ${num('unclear', 8)} ${num('not judged', 11)}`)
  const total = { true: 0, false: 0, unclear: 0, 'not judged': 0 }
  for (const [id, r] of [...rules].sort()) {
    for (const k of Object.keys(total)) total[k] += r[k]
    console.log(`  ${pad(id, 20)} ${num(r.true, 5)} ${num(r.false, 6)} ${num(r.unclear, 8)} ${num(r['not judged'], 11)}`)
  }
  const judged = total.true + total.false + total.unclear
  console.log(`  judged true: ${total.true} of ${judged} judged (${judged ? ((100 * total.true) / judged).toFixed(1) : '—'}%); not judged: ${total['not judged']}`)
  console.log(`  files with a false error: ${falseErrorFiles.size} of ${files} (${((100 * falseErrorFiles.size) / files).toFixed(1)}%)`)
  for (const { file, f } of unjudged) console.log(`  NOT JUDGED ${file}:${f.line} ${f.rule} ${f.severity} ${JSON.stringify(f.stated)}: ${f.message}`)
  if (values['append-unjudged'] && unjudged.length > 0) {
    if (!existsSync(ledgerPath)) appendFileSync(ledgerPath, LEDGER_HEADER)
    appendFileSync(ledgerPath, unjudged.map(({ file, f }) => [file, f.line, f.rule, f.stated, '', f.message].map(clean).join('\t') + '\n').join(''))
    console.log(`  appended ${unjudged.length} rows with an empty verdict to ${ledgerPath}`)
  }
}

function clean(value) {
  return String(value).replace(/[\t\r\n]+/g, ' ')
}

for (const dir of evalDirs) scoreLabelled(resolve(dir))
corpora.forEach((dir, i) => scoreCorpus(resolve(dir), resolve(ledgers[i])))
