import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { check, type Finding } from '../src/index.js'

/** Findings of one rule for a Markdown snippet. */
export function findings(markdown: string, rule?: string): Finding[] {
  return check(markdown, { file: 'test.md' }).findings.filter((f) => !rule || f.rule === rule)
}

/** Lines with a finding of `rule`. */
export function flaggedLines(markdown: string, rule?: string): number[] {
  return findings(markdown, rule).map((f) => f.line)
}

/**
 * Runs dist/cli.js on a directory holding `report` twice (a.md, b.md), with `recorder` preloaded
 * (NODE_OPTIONS=--require) into it and its checking processes; the recorder appends one JSON line
 * per process to the file named by the environment variable `logVariable`. Returns how many findings
 * the run reported and the recorder's lines.
 */
export function runCliWithRecorder<Line>(recorder: string, logVariable: string, report: string, args: string[]): { findings: number; lines: Line[] } {
  const root = new URL('..', import.meta.url).pathname
  const dir = mkdtempSync(join(tmpdir(), 'recount-recorded-'))
  for (const name of ['a.md', 'b.md']) writeFileSync(join(dir, name), report)
  const log = join(dir, 'recorded.jsonl')
  const { NODE_OPTIONS: _, ...inherited } = process.env
  const run = spawnSync(process.execPath, [join(root, 'dist', 'cli.js'), '--format', 'json', ...args, dir], {
    encoding: 'utf8',
    env: { ...inherited, NODE_OPTIONS: `--require ${recorder}`, [logVariable]: log }
  })
  expect(run.stderr).toBe('')
  const lines = readFileSync(log, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Line)
  return { findings: (JSON.parse(run.stdout) as { findings: unknown[] }).findings.length, lines }
}
