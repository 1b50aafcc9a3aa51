import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { check, type Finding } from '../../src/index.js'
import { ledgerLookup, readLedger, type LedgerRow } from '../../scripts/ledger.mjs'

// The ledger of judgements on real reports (accuracy/corpus-verdicts.tsv, filled in by reading each
// finding in its file): a finding judged false must not come back, and one judged true must not go
// (recall lost on real text). Findings not yet judged are listed by `npm run accuracy`, not failed here.
const ROOT = new URL('../../', import.meta.url).pathname
const CORPUS = process.env.RECOUNT_CORPUS ?? join(ROOT, '../shared/corpus/reports')
const ledger = readLedger(readFileSync(join(ROOT, 'accuracy/corpus-verdicts.tsv'), 'utf8'))
const counted = (severity: string) => severity === 'error' || severity === 'warning'

const files = [...new Set(ledger.map((row) => row.file))].sort()
const describeCorpus = existsSync(CORPUS) ? describe : describe.skip
if (!existsSync(CORPUS)) console.warn(`corpus-ledger: ${CORPUS} is not here; set RECOUNT_CORPUS to check the ledger`)

describeCorpus('findings on the real corpus keep their judgements', () => {
  const results = new Map<string, Finding[]>()
  beforeAll(() => {
    for (const file of files) results.set(file, check(readFileSync(join(CORPUS, file), 'utf8'), { file }).findings.filter((f) => counted(f.severity)))
  })

  test('every ledger row is judged', () => {
    expect(ledger.filter((row) => row.verdict === '').map(describeRow)).toEqual([])
  })

  test('no finding judged false comes back', () => {
    const back: string[] = []
    for (const [file, found] of results) {
      const lookup = ledgerLookup(ledger.filter((row) => row.file === file))
      for (const f of found) if (lookup({ ...f, file })?.verdict === 'false') back.push(`${file}:${f.line} ${f.rule} ${JSON.stringify(f.stated)}: ${f.message}`)
    }
    expect(back).toEqual([])
  })

  test('every finding judged true is still found', () => {
    const lost = ledger.filter((row) => row.verdict === 'true' && !(results.get(row.file) ?? []).some((f) => ledgerLookup([row])({ ...f, file: row.file }) === row))
    expect(lost.map(describeRow)).toEqual([])
  })
})

function describeRow(row: LedgerRow): string {
  return `${row.file}:${row.line} ${row.rule} ${JSON.stringify(row.stated)} (ledger line ${row.row})`
}
