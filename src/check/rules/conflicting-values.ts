/**
 * conflicting-values: one metric, stated in two places of a report, with values that cannot both be true.
 *
 * Flags:      "Error Rate: 0.02%" and "Total errors: 1,456 (0.008% rate)";
 *             "zero errors" and "Total errors: 1,456"; "P95 Latency" 156ms in one table, 240ms in another.
 * Leaves:     targets, baselines and "before" values ("Error Rate: <0.5%" under objectives),
 *             values under different days or phases, one-word labels such as "Coverage" or "Duration"
 *             that name different things in different sections.
 */
import type { Rule, RuleContext } from '../rule.js'
import { agrees, overlaps, statedInterval } from '../rounding.js'
import type { Policy } from '../policy.js'
import { collectStatements, parallelSections, type Statement } from '../statements.js'

export const conflictingValues: Rule = {
  meta: { id: 'conflicting-values', description: 'The same metric must not be stated with incompatible values in one report.', severity: 'error' },
  check(context) {
    const groups = new Map<string, Statement[]>()
    const statements = collectStatements(context, context.doc)
    const parallel = parallelSections(statements)
    for (const statement of statements) {
      const group = groups.get(statement.key) ?? []
      group.push(statement)
      groups.set(statement.key, group)
    }
    for (const group of groups.values()) if (group.length > 1) checkGroup(context, group, parallel)
  }
}

function compatible(a: Statement, b: Statement, policy: Policy): boolean {
  return overlaps(statedInterval(a.quantity, false, policy), statedInterval(b.quantity, false, policy)) || agrees(a.quantity, statedInterval(b.quantity, false, policy), false, policy)
}

function lineOf(context: RuleContext, s: Statement): number {
  return context.doc.index.place(s.unit.sourceSpan(s.quantity.start, s.quantity.end).start).line
}

function checkGroup(context: RuleContext, group: Statement[], parallel: (a: Statement, b: Statement) => boolean): void {
  const clusters: Statement[][] = []
  for (const statement of group) {
    const home = clusters.find((c) => c.every((other) => compatible(statement, other, context.policy)))
    if (home) home.push(statement)
    else clusters.push([statement])
  }
  if (clusters.length === 1) {
    for (const s of group) context.verified(s.unit, s.quantity)
    return
  }
  // The value stated most often stands; each other value is reported where it first appears.
  const main = clusters.reduce((best, c) => (c.length > best.length ? c : best))
  for (const s of main) context.verified(s.unit, s.quantity)
  for (const cluster of clusters) {
    if (cluster === main) continue
    // Report where this value first appears against the main values it can be compared with.
    const first = cluster.find((s) => main.some((m) => !parallel(s, m)))
    if (!first) continue
    const cited = main.filter((m) => !parallel(first, m))
    const lines = cited.map((s) => lineOf(context, s))
    const others = [...new Set(cited.map((s) => s.quantity.raw))].join(' / ')
    context.report({
      at: { unit: first.unit, start: first.quantity.start, end: first.quantity.end },
      message: `${first.label} is ${first.quantity.raw} here but ${others} at line${lines.length > 1 ? 's' : ''} ${joinLines(lines)}`,
      computed: others,
      related: cited.map((s) => ({ unit: s.unit, start: s.quantity.start, end: s.quantity.end }))
    })
  }
}

function joinLines(lines: number[]): string {
  const unique = [...new Set(lines)]
  return unique.length <= 1 ? String(unique[0]) : `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`
}
