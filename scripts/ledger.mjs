// The ledger of judgements on the real corpus (accuracy/corpus-verdicts.tsv): one row per finding,
// tab-separated: file, line, rule, stated (the text at the finding's place), verdict (true, false or
// unclear; empty while not judged), reason. A finding is matched by file, line, rule and stated
// text, or by file, line and rule alone when the ledger has one row for them (a finding whose span
// moved within its line keeps its judgement).

export const LEDGER_HEADER = 'file\tline\trule\tstated\tverdict\treason\n'
export const VERDICTS = ['true', 'false', 'unclear', '']

/** The ledger's rows; a malformed row throws with its line number. */
export function readLedger(text) {
  const rows = []
  text.split('\n').forEach((line, i) => {
    if (i === 0 || line.trim() === '') return
    const [file, lineNumber, rule, stated, verdict, reason] = line.split('\t')
    if (reason === undefined || !/^\d+$/.test(lineNumber) || !VERDICTS.includes(verdict)) {
      throw new Error(`ledger line ${i + 1}: expected file, line, rule, stated, verdict (true|false|unclear|empty), reason`)
    }
    rows.push({ file, line: Number(lineNumber), rule, stated, verdict, reason, row: i + 1 })
  })
  return rows
}

/** Finds the ledger row for a finding ({file: base name, line, rule, stated}), or undefined. */
export function ledgerLookup(rows) {
  const exact = new Map()
  const byPlace = new Map()
  for (const row of rows) {
    exact.set(`${row.file}\t${row.line}\t${row.rule}\t${row.stated}`, row)
    const place = `${row.file}\t${row.line}\t${row.rule}`
    byPlace.set(place, [...(byPlace.get(place) ?? []), row])
  }
  return (finding) => {
    const hit = exact.get(`${finding.file}\t${finding.line}\t${finding.rule}\t${finding.stated}`)
    if (hit) return hit
    const candidates = byPlace.get(`${finding.file}\t${finding.line}\t${finding.rule}`) ?? []
    return candidates.length === 1 ? candidates[0] : undefined
  }
}
