import type { Severity } from '../../model.js'
import { escapeHtml } from './escape.js'
import { ids, type ClaimMapFile } from './model.js'
import { mapVerdicts, MAP_VERDICTS, noVerdicts, VERDICT_LOOK, type MapVerdict, type VerdictCounts } from './verdicts.js'

/** What the side list and the count tables need of one file, kept once its view is rendered. */
export interface FileSummary {
  index: number
  path: string
  claims: number
  counts: VerdictCounts
  /** Claim verdicts per rule ("" for claims no enabled rule checks). */
  byRule: Map<string, VerdictCounts>
  findings: Array<{ rule: string; severity: Severity; line: number; note: string }>
  problem?: 'not checked' | 'notice'
}

export function summariseFile(file: ClaimMapFile, index: number, verdicts: MapVerdict[] = mapVerdicts(file.result.claimList ?? [], file.result.findings)): FileSummary {
  const { result } = file
  const claims = result.claimList ?? []
  const counts = noVerdicts()
  const byRule = new Map<string, VerdictCounts>()
  claims.forEach((claim, c) => {
    const v = verdicts[c] as (typeof MAP_VERDICTS)[number]
    counts[v]++
    const rule = claim.rule ?? ''
    const ruleCounts = byRule.get(rule) ?? noVerdicts()
    ruleCounts[v]++
    byRule.set(rule, ruleCounts)
  })
  const summary: FileSummary = {
    index, path: file.path, claims: claims.length, counts, byRule,
    findings: result.findings.map((f, n) => ({ rule: f.rule, severity: f.severity, line: f.line, note: ids.note(index, n) }))
  }
  if (result.error) summary.problem = 'not checked'
  else if (result.notice) summary.problem = 'notice'
  return summary
}

/** The side list: every file with its counts, and its findings grouped by rule, each a link to its note. */
export function renderSideList(files: FileSummary[]): string {
  let out = '<nav class="side" aria-labelledby="side-h"><h2 id="side-h">Files and findings</h2><ul class="files">'
  for (const file of files) {
    out += `<li><a class="file-link" href="#${ids.file(file.index)}">${escapeHtml(file.path)}</a>`
    out += `<span class="fc">${compactCounts(file.counts, file.findings.length)}${file.problem ? ` <strong>${file.problem}</strong>` : ''}</span>`
    const rules = new Map<string, FileSummary['findings']>()
    for (const f of file.findings) rules.set(f.rule, [...(rules.get(f.rule) ?? []), f])
    if (rules.size > 0) {
      out += '<ul class="fr">'
      for (const [rule, list] of [...rules].sort(([a], [b]) => a.localeCompare(b))) {
        out += `<li><span class="rule">${escapeHtml(rule)}</span> ${list.map((f) => `<a class="sev-${f.severity}" href="#${f.note}">line ${f.line}<span class="sr"> (${f.severity})</span></a>`).join(' ')}</li>`
      }
      out += '</ul>'
    }
    out += '</li>'
  }
  return out + '</ul></nav>'
}

function compactCounts(counts: VerdictCounts, findings: number): string {
  const parts = MAP_VERDICTS.filter((v) => counts[v] > 0).map((v) => `<span class="cnt v-${v}"><span class="ic" aria-hidden="true">${VERDICT_LOOK[v].icon}</span>${counts[v]}<span class="sr"> ${VERDICT_LOOK[v].label}</span></span>`)
  if (findings > 0) parts.push(`<span class="cnt">${findings} finding${findings === 1 ? '' : 's'}</span>`)
  return parts.length > 0 ? parts.join(' ') : '<span class="cnt">no claims</span>'
}

/** Claims per rule by verdict, and findings per rule by severity, over every file. */
export function renderRuleTable(files: FileSummary[]): string {
  const claims = new Map<string, VerdictCounts>()
  const findings = new Map<string, Record<Severity, number>>()
  for (const file of files) {
    for (const [rule, counts] of file.byRule) {
      const total = claims.get(rule) ?? noVerdicts()
      for (const v of MAP_VERDICTS) total[v] += counts[v]
      claims.set(rule, total)
    }
    for (const f of file.findings) {
      const total = findings.get(f.rule) ?? { error: 0, warning: 0, notice: 0 }
      total[f.severity]++
      findings.set(f.rule, total)
    }
  }
  const rules = [...new Set([...claims.keys(), ...findings.keys()])].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)))
  let out = '<table class="rules"><caption class="sr">Claims and findings per rule</caption><thead><tr><th scope="col">Rule</th>'
  for (const v of MAP_VERDICTS) out += `<th scope="col"><span aria-hidden="true">${VERDICT_LOOK[v].icon} </span>${VERDICT_LOOK[v].label}</th>`
  out += '<th scope="col">Errors</th><th scope="col">Warnings</th><th scope="col">Notices</th></tr></thead><tbody>'
  for (const rule of rules) {
    const c = claims.get(rule) ?? noVerdicts()
    const f = findings.get(rule) ?? { error: 0, warning: 0, notice: 0 }
    out += `<tr><th scope="row">${rule === '' ? 'no enabled rule' : escapeHtml(rule)}</th>${MAP_VERDICTS.map((v) => `<td>${c[v]}</td>`).join('')}<td>${f.error}</td><td>${f.warning}</td><td>${f.notice}</td></tr>`
  }
  return out + '</tbody></table>'
}
