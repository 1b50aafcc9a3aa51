import type { ClaimView, FileResult, Finding } from '../model.js'

// The playground's view of one checked report: the source with every claim marked by its verdict, and
// the findings under it. renderClaimMap is the one function the page calls to draw it, so another
// renderer of the same (source, result) → HTML shape can replace it.

export type MarkVerdict = 'contradicted' | 'notice' | 'suppressed' | 'unverifiable' | 'verified'

/** The words and symbol shown beside a mark: colour is never the only signal. */
export const VERDICT_LABEL: Record<MarkVerdict, { symbol: string; text: string }> = {
  contradicted: { symbol: '✗', text: 'contradicted' },
  notice: { symbol: '!', text: 'notice' },
  suppressed: { symbol: '–', text: 'suppressed' },
  unverifiable: { symbol: '?', text: 'not checked' },
  verified: { symbol: '✓', text: 'verified' }
}

// A number one claim verifies and another cannot check (no metrics file, say) shows as verified; the
// tooltip lists every claim at it.
const RANK: Record<MarkVerdict, number> = { contradicted: 5, notice: 4, suppressed: 3, verified: 2, unverifiable: 1 }

interface Mark {
  line: number
  /** 0-based, in UTF-16 code units of the line, end exclusive. */
  start: number
  end: number
  verdict: MarkVerdict
  claims: ClaimView[]
  findings: Finding[]
}

export function escapeHtml(text: string): string {
  let out = ''
  for (const ch of text) {
    if (ch === '&') out += '&amp;'
    else if (ch === '<') out += '&lt;'
    else if (ch === '>') out += '&gt;'
    else if (ch === '"') out += '&quot;'
    else if (ch === "'") out += '&#39;'
    else out += ch
  }
  return out
}

/** Lines as recount counts them: CRLF, CR and LF each end one. */
export function splitLines(source: string): string[] {
  return source.split('\r\n').join('\n').split('\r').join('\n').split('\n')
}

const STOP = new Set([' ', '\t', '(', ')', '[', ']', '{', '}', '<', '>', '|', '*', '`', '"', '_'])
const TRAILING = new Set(['.', ',', ';', ':', '!', '?'])

/** The extent of the number a claim starts at: up to a space or bracket, without closing punctuation. */
function tokenEnd(text: string, start: number): number {
  let end = start
  while (end < text.length && !STOP.has(text[end] as string)) end++
  while (end > start + 1 && TRAILING.has(text[end - 1] as string)) end--
  return Math.max(end, Math.min(start + 1, text.length))
}

function claimVerdict(claim: ClaimView, hasFinding: boolean): MarkVerdict {
  if (claim.verdict === 'contradicted') return hasFinding ? 'contradicted' : 'suppressed'
  return claim.verdict
}

function findingVerdict(finding: Finding): MarkVerdict {
  return finding.severity === 'notice' ? 'notice' : 'contradicted'
}

function worse(a: MarkVerdict, b: MarkVerdict): MarkVerdict {
  return RANK[a] >= RANK[b] ? a : b
}

function buildMarks(lines: string[], result: FileResult): Mark[] {
  const byPlace = new Map<string, Mark>()
  for (const finding of result.findings) {
    const text = lines[finding.line - 1] ?? ''
    const start = Math.min(finding.column - 1, text.length)
    const end = finding.endLine === finding.line ? Math.min(finding.endColumn - 1, text.length) : text.length
    const key = `${finding.line}:${start}`
    const mark = byPlace.get(key)
    if (mark) {
      mark.findings.push(finding)
      mark.end = Math.max(mark.end, end)
      mark.verdict = worse(mark.verdict, findingVerdict(finding))
    } else byPlace.set(key, { line: finding.line, start, end: Math.max(end, start + 1), verdict: findingVerdict(finding), claims: [], findings: [finding] })
  }
  for (const claim of result.claimList ?? []) {
    const text = lines[claim.line - 1] ?? ''
    const start = Math.min(claim.column - 1, text.length)
    const key = `${claim.line}:${start}`
    const mark = byPlace.get(key)
    if (mark) {
      mark.claims.push(claim)
      mark.verdict = worse(mark.verdict, claimVerdict(claim, mark.findings.length > 0))
    } else byPlace.set(key, { line: claim.line, start, end: tokenEnd(text, start), verdict: claimVerdict(claim, false), claims: [claim], findings: [] })
  }
  const sorted = [...byPlace.values()].sort((a, b) => a.line - b.line || a.start - b.start)
  // Marks may not overlap inside a line: one that starts inside the previous joins it.
  const merged: Mark[] = []
  for (const mark of sorted) {
    const last = merged[merged.length - 1]
    if (last && last.line === mark.line && mark.start < last.end) {
      last.end = Math.max(last.end, mark.end)
      last.claims.push(...mark.claims)
      last.findings.push(...mark.findings)
      last.verdict = worse(last.verdict, mark.verdict)
    } else merged.push(mark)
  }
  return merged
}

export function markId(line: number, column: number): string {
  return `mark-${line}-${column}`
}

function describeMark(mark: Mark): string {
  const parts: string[] = []
  for (const finding of mark.findings) {
    let text = `${finding.rule} (${finding.severity}): ${finding.message}`
    if (finding.computed !== undefined) text += `; the numbers give ${finding.computed}`
    if (finding.suggestion !== undefined) text += `; suggested: ${finding.suggestion}`
    parts.push(text)
  }
  for (const claim of mark.claims) {
    let text = `${VERDICT_LABEL[claimVerdict(claim, mark.findings.length > 0)].text}: ${claim.kind}, ${claim.reading}`
    if (claim.detail && claim.verdict !== 'contradicted') text += ` (${claim.detail})`
    parts.push(text)
  }
  return parts.join('\n')
}

function renderMark(mark: Mark, text: string): string {
  const id = markId(mark.line, mark.start + 1)
  const label = VERDICT_LABEL[mark.verdict]
  return (
    `<mark class="claim v-${mark.verdict}" id="${id}" tabindex="0" aria-describedby="${id}-tip">` +
    escapeHtml(text.slice(mark.start, mark.end)) +
    `<span class="tag" aria-hidden="true">${label.symbol} ${label.text}</span>` +
    `<span class="tip" role="tooltip" id="${id}-tip">${escapeHtml(describeMark(mark))}</span></mark>`
  )
}

function renderSource(lines: string[], marks: Mark[]): string {
  const byLine = new Map<number, Mark[]>()
  for (const mark of marks) byLine.set(mark.line, [...(byLine.get(mark.line) ?? []), mark])
  const rows = lines.map((text, i) => {
    const line = i + 1
    let html = ''
    let at = 0
    for (const mark of byLine.get(line) ?? []) {
      html += escapeHtml(text.slice(at, mark.start)) + renderMark(mark, text)
      at = mark.end
    }
    html += escapeHtml(text.slice(at))
    return `<span class="line" id="L${line}"><span class="ln" aria-hidden="true">${line}</span>${html}</span>`
  })
  return `<pre class="source"><code>${rows.join('')}</code></pre>`
}

function renderFinding(finding: Finding): string {
  const id = markId(finding.line, finding.column)
  let html = `<li class="finding s-${finding.severity}"><a href="#${id}">line ${finding.line}:${finding.column}</a> <strong>${finding.severity}</strong> <code>${escapeHtml(finding.rule)}</code> ${escapeHtml(finding.message)}`
  const details: string[] = []
  if (finding.computed !== undefined) details.push(`the numbers give ${escapeHtml(finding.computed)}`)
  if (finding.suggestion !== undefined) details.push(`suggested: <code>${escapeHtml(finding.suggestion)}</code>`)
  for (const place of finding.related) {
    if ('line' in place) details.push(`see <a href="#L${place.line}">line ${place.line}</a>`)
    else details.push(`see ${escapeHtml(place.file)} ${escapeHtml(place.path)}`)
  }
  if (details.length > 0) html += ` <span class="detail">(${details.join('; ')})</span>`
  return html + '</li>'
}

/** One line on what was found, for the page's live status: the findings, and the numbers as the CLI counts them. */
export function summarize(result: FileResult): string {
  const { found, verified, contradicted, unverifiable } = result.claims
  const findings = result.findings.length
  return (
    `${findings} finding${findings === 1 ? '' : 's'}; ${found} number${found === 1 ? '' : 's'} found: ` +
    `${verified} verified, ${contradicted} contradicted, ${unverifiable} could not be checked`
  )
}

/** The claim map of one report: `result` must come from check(source, { listClaims: true }). */
export function renderClaimMap(source: string, result: FileResult): string {
  const lines = splitLines(source)
  const marks = buildMarks(lines, result)
  const findings =
    result.findings.length === 0
      ? '<p class="none">No findings: no number contradicts another.</p>'
      : `<ol class="findings">${result.findings.map(renderFinding).join('')}</ol>`
  return `<section aria-labelledby="findings-title"><h2 id="findings-title">Findings</h2>${findings}</section>` +
    `<section aria-labelledby="map-title"><h2 id="map-title">Claim map</h2>${renderSource(lines, marks)}</section>`
}
