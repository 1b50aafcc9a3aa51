export interface LedgerRow {
  file: string
  line: number
  rule: string
  stated: string
  verdict: 'true' | 'false' | 'unclear' | ''
  reason: string
  row: number
}
export const LEDGER_HEADER: string
export const VERDICTS: string[]
export function readLedger(text: string): LedgerRow[]
export function ledgerLookup(rows: LedgerRow[]): (finding: { file: string; line: number; rule: string; stated: string }) => LedgerRow | undefined
