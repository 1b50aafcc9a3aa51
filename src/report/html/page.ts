import { escapeHtml, htmlForScript } from './escape.js'
import type { ClaimMapFile } from './model.js'
import { renderFileView } from './file-view.js'
import { renderRuleTable, renderSideList, summariseFile, type FileSummary } from './summary.js'
import { countsText } from './counts-text.js'
import { mapVerdicts, MAP_VERDICTS, noVerdicts, VERDICT_LOOK } from './verdicts.js'
import { CLAIM_MAP_CSS } from './style.js'
import { CLAIM_MAP_SCRIPT } from './client-script.js'

export interface ClaimMapOptions {
  /** The page's title (default "recount claim map"). */
  title?: string
  /** A line under the title, e.g. the command or the commit. */
  subtitle?: string
}

/**
 * Builds the claim map one file at a time: each file's view is rendered when it is added and kept
 * as a string (the page embeds each in an inert script element and shows one when it is opened), with the few numbers
 * the side list and the tables need.
 */
export class ClaimMapBuilder {
  private readonly views: string[] = []
  private readonly summaries: FileSummary[] = []

  add(file: ClaimMapFile): void {
    const index = this.views.length
    const verdicts = mapVerdicts(file.result.claimList ?? [], file.result.findings)
    this.views.push(renderFileView(file, index, verdicts))
    this.summaries.push(summariseFile(file, index, verdicts))
  }

  finish(options: ClaimMapOptions = {}): string {
    const title = options.title ?? 'recount claim map'
    const files = this.summaries
    const totals = noVerdicts()
    let claims = 0
    let findings = 0
    for (const file of files) {
      for (const v of MAP_VERDICTS) totals[v] += file.counts[v]
      claims += file.claims
      findings += file.findings.length
    }
    const first = Math.max(0, files.findIndex((f) => f.findings.length > 0))
    return (
      '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">' +
      '<meta name="viewport" content="width=device-width, initial-scale=1">' +
      // Nothing is fetched: the page works offline and a report's text cannot make it call out.
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">` +
      `<title>${escapeHtml(title)}</title><style>${CLAIM_MAP_CSS}</style></head><body>` +
      '<header class="top"><a class="skip" href="#view">Skip to the report</a>' +
      `<h1>${escapeHtml(title)}</h1>${options.subtitle ? `<p>${escapeHtml(options.subtitle)}</p>` : ''}` +
      `<p>${files.length} file${files.length === 1 ? '' : 's'} \u00b7 ${countsText(totals, claims)} \u00b7 ${findings} finding${findings === 1 ? '' : 's'}</p>` +
      renderLegend() +
      '</header><div class="layout">' +
      renderSideList(files) +
      '<main id="main"><section class="summary" aria-labelledby="sum-h"><h2 id="sum-h">Counts</h2>' +
      `<details><summary>Claims and findings per rule</summary>${renderRuleTable(files)}</details>` +
      '<p class="hint">Open a file in the list. Each claim is highlighted; hover or focus it (Tab) for what recount read and why. Links in a finding jump to the lines it cites, and those lines link back.</p>' +
      `</section><section id="view" class="view" aria-label="Report" tabindex="-1" data-first="${first}">` +
      '<noscript><p>The reports are shown with JavaScript; the counts need none.</p></noscript></section></main></div>' +
      this.views.map((view, i) => `<script type="text/x-recount-view" id="v${i}">${htmlForScript(view)}</script>`).join('') +
      `<script>${CLAIM_MAP_SCRIPT}</script></body></html>\n`
    )
  }
}

const LEGEND_LINE = { contradicted: 'wavy underline', suppressed: 'dashed, a recount-disable comment hid it', unverifiable: 'dotted', verified: 'solid' } as const

/** The verdicts' icons and words, with (for the page's legend) how each is underlined. */
export function renderLegend(withLineStyle = true): string {
  const items = MAP_VERDICTS.map((v) => `<li><mark class="claim v-${v}"><span class="ic" aria-hidden="true">${VERDICT_LOOK[v].icon}</span> ${VERDICT_LOOK[v].label}</mark>${withLineStyle ? ` ${LEGEND_LINE[v]}` : ''}</li>`)
  return `<ul class="legend" aria-label="Legend">${items.join('')}</ul>`
}

/** The whole claim map page for these files: self-contained (inline style and script, no network). */
export function renderClaimMapDocument(files: ClaimMapFile[], options: ClaimMapOptions = {}): string {
  const builder = new ClaimMapBuilder()
  for (const file of files) builder.add(file)
  return builder.finish(options)
}
