import { check, type CheckOptions, type ClaimView, type Finding } from '../../src/index.js'

/**
 * A phrasing matrix: the surface forms one claim kind must flag, and the look-alikes it must leave
 * alone. A case is the Markdown, or [Markdown, line of the finding, severity] (line 1 and error by
 * default). A flagged case must be read as a claim of the kind, contradicted, and reported by the
 * rule at that line with that severity (a notice where the certainty policy holds the reading weak);
 * a left-alone case must get no error or warning from the rule (a notice, which never fails a run,
 * may stay).
 */
export type Case = string | [string, number] | [string, number, 'error' | 'warning' | 'notice']

export interface Matrix {
  flag: Case[]
  leave: Case[]
  options?: CheckOptions
}

export const MINIMUM_CASES = 12

export const md = (...lines: string[]) => lines.join('\n')

function unpack(c: Case): { markdown: string; line: number; severity: 'error' | 'warning' | 'notice' } {
  return typeof c === 'string' ? { markdown: c, line: 1, severity: 'error' } : { markdown: c[0], line: c[1], severity: c[2] ?? 'error' }
}

const title = (markdown: string) => JSON.stringify(markdown.length > 90 ? `${markdown.slice(0, 87)}...` : markdown)

export function phrasingMatrix(kind: string, rule: string, matrix: Matrix): void {
  describe(`${kind} (${rule})`, () => {
    test(`has at least ${MINIMUM_CASES} forms to flag and ${MINIMUM_CASES} to leave`, () => {
      expect(matrix.flag.length).toBeGreaterThanOrEqual(MINIMUM_CASES)
      expect(matrix.leave.length).toBeGreaterThanOrEqual(MINIMUM_CASES)
    })

    test.each(matrix.flag.map((c) => [title(unpack(c).markdown), c] as const))('flags %s', (_, c) => {
      const { markdown, line, severity } = unpack(c)
      const result = check(markdown, { file: 'test.md', ...matrix.options, listClaims: true })
      const claims = (result.claimList ?? []).filter((v: ClaimView) => v.kind === kind && v.verdict === 'contradicted' && v.line === line)
      expect(claims.map((v) => v.severity)).toContain(severity)
      expect(result.findings.filter((f: Finding) => f.rule === rule && f.line === line).map((f) => f.severity)).toContain(severity)
    })

    test.each(matrix.leave.map((c) => [title(unpack(c).markdown), c] as const))('leaves %s', (_, c) => {
      const { markdown } = unpack(c)
      const result = check(markdown, { file: 'test.md', ...matrix.options })
      expect(result.findings.filter((f: Finding) => f.rule === rule && f.severity !== 'notice').map((f) => `${f.line}: ${f.message}`)).toEqual([])
    })
  })
}
