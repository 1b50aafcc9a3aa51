import { createHash } from 'node:crypto'
import type { Finding } from '../model.js'

/**
 * Identifies a finding across pushes: the file, the rule, the stated text and the line's content,
 * not its number, so a finding that only moved is still the same finding.
 */
export function fingerprint(finding: Finding, lineText: string): string {
  return createHash('sha256').update([finding.file, finding.rule, finding.stated, lineText.trim()].join('\n')).digest('hex').slice(0, 16)
}

const MARKER = /<!-- recount-fingerprint: ([0-9a-f]{16}) -->/g

export function fingerprintMarker(id: string): string {
  return `<!-- recount-fingerprint: ${id} -->`
}

export function fingerprintsIn(body: string | null | undefined): string[] {
  return [...(body ?? '').matchAll(MARKER)].map((m) => m[1] as string)
}
