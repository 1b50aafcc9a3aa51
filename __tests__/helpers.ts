import { check, type Finding } from '../src/index.js'

/** Findings of one rule for a Markdown snippet. */
export function findings(markdown: string, rule?: string): Finding[] {
  return check(markdown, { file: 'test.md' }).findings.filter((f) => !rule || f.rule === rule)
}

/** Lines with a finding of `rule`. */
export function flaggedLines(markdown: string, rule?: string): number[] {
  return findings(markdown, rule).map((f) => f.line)
}
