import type { FileResult, Finding } from '../model.js'
import { escapeHtml, renderFileView, renderLegend as renderClaimMapLegend } from '../report/html/index.js'
import { ids } from '../report/html/model.js'

// The playground draws a report with the same renderer as `--format html` (src/report/html): one
// file's view, as file 0 of the page. renderClaimMap is the one function the page calls to draw it.

const FILE_NAME = 'report.md'
const FILE_INDEX = 0

function renderFinding(finding: Finding, f: number): string {
  let html = `<li class="s-${finding.severity}"><a href="#${ids.note(FILE_INDEX, f)}">line ${finding.line}</a> <strong>${finding.severity}</strong> <code>${escapeHtml(finding.rule)}</code> ${escapeHtml(finding.message)}`
  if (finding.computed !== undefined) html += ` <span class="detail">(the numbers give ${escapeHtml(finding.computed)})</span>`
  return html + '</li>'
}

/** The findings, each linked to its note in the claim map. */
function renderFindings(result: FileResult): string {
  if (result.findings.length === 0) return '<p class="none">No findings: no number contradicts another.</p>'
  return `<ol class="findings">${result.findings.map(renderFinding).join('')}</ol>`
}

/** The claim map of one report: `result` must come from check(source, { listClaims: true }). */
export function renderClaimMap(source: string, result: FileResult): string {
  return (
    `<section aria-labelledby="findings-title"><h2 id="findings-title">Findings</h2>${renderFindings(result)}</section>` +
    `<section aria-label="Claim map">${renderFileView({ path: FILE_NAME, text: source, result }, FILE_INDEX)}</section>`
  )
}

/** The verdicts' icons and words, as the claim map shows them. */
export const renderLegend = (): string => renderClaimMapLegend(false)

/** One line on what was found, for the page's live status: the findings, and the numbers as the CLI counts them. */
export function summarize(result: FileResult): string {
  const { found, verified, contradicted, unverifiable } = result.claims
  const findings = result.findings.length
  return (
    `${findings} finding${findings === 1 ? '' : 's'}; ${found} number${found === 1 ? '' : 's'} found: ` +
    `${verified} verified, ${contradicted} contradicted, ${unverifiable} could not be checked`
  )
}
