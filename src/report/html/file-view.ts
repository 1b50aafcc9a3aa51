import type { ClaimView, Finding } from '../../model.js'
import { escapeHtml, escapeText } from './escape.js'
import { ids, type ClaimMapFile } from './model.js'
import { sourceLines, withoutBom } from './source-lines.js'
import { mapVerdicts, MAP_VERDICTS, noVerdicts, VERDICT_LOOK, worstVerdict, type MapVerdict } from './verdicts.js'
import { countsText } from './counts-text.js'

/** Claims whose highlighted text overlaps share one highlight (and one tooltip listing each). */
interface Highlight {
  start: number
  end: number
  claims: number[]
}

interface BackLink {
  finding: number
  related: number
  from: number
  rule: string
}

/**
 * The view of one report: its source lines with line numbers, every claim highlighted by verdict
 * (focusable, its reading and arithmetic in a tooltip named by aria-describedby), each finding in a
 * note under its line with its related places linked, and on each related line a link back.
 * `index` numbers the file in its page: every id in the view starts with `f<index>-`. `verdicts`, one per
 * claim, can be given when the caller has them already.
 */
export function renderFileView(file: ClaimMapFile, index: number, verdicts: MapVerdict[] = mapVerdicts(file.result.claimList ?? [], file.result.findings)): string {
  const { result } = file
  const claims = result.claimList ?? []
  const lines = sourceLines(withoutBom(file.text))
  const highlights = highlightsByLine(claims, lines)
  const notes = new Map<number, number[]>()
  const backs = new Map<number, BackLink[]>()
  result.findings.forEach((finding, f) => {
    push(notes, finding.line, f)
    finding.related.forEach((place, r) => {
      if (!('line' in place) || place.line < 1 || place.line > lines.length) return
      // A finding citing one line twice links to it (and back) once.
      if (backs.get(place.line)?.some((b) => b.finding === f)) return
      push(backs, place.line, { finding: f, related: r, from: finding.line, rule: finding.rule })
    })
  })

  const counts = noVerdicts()
  for (const v of verdicts) counts[v]++
  let out = `<article class="file" id="${ids.file(index)}" aria-labelledby="${ids.heading(index)}">`
  out += `<h2 id="${ids.heading(index)}">${escapeHtml(file.path)}</h2>`
  out += `<p class="counts">${countsText(counts, claims.length)}; ${result.findings.length} finding${result.findings.length === 1 ? '' : 's'}</p>`
  if (result.error) out += `<p class="problem"><strong>Not checked:</strong> ${escapeHtml(result.error)}</p>`
  if (result.notice) out += `<p class="problem"><strong>Notice:</strong> ${escapeHtml(result.notice)}</p>`
  // A file check() did not run on (unreadable, skipped) has no text to show, only its message.
  if (!result.claimList && file.text === '') return out + '</article>'
  out += '<div class="src">'
  // Most lines are plain: a bare <div> (the style sheet numbers them, the script finds a line's div
  // by its number); a line something points at, or that holds a claim, carries its id.
  lines.forEach((text, i) => {
    const line = i + 1
    const marked = highlights.get(line)
    const lineBacks = backs.get(line)
    const lineNotes = notes.get(line)
    out += marked || lineBacks || lineNotes ? `<div id="${ids.line(index, line)}">` : '<div>'
    out += marked ? renderLineText(text, marked, claims, verdicts, index) : escapeText(text)
    for (const back of lineBacks ?? []) {
      out += ` <a class="back" id="${ids.back(index, back.finding, back.related)}" href="#${ids.note(index, back.finding)}">\u21a9 cited at line ${back.from} (${escapeHtml(back.rule)})</a>`
    }
    out += '</div>'
    for (const f of lineNotes ?? []) out += renderNote(result.findings[f] as Finding, f, index)
  })
  return out + '</div></article>'
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

/** Each claim's stretch of its first line (0-based, end exclusive), merged where they overlap. */
function highlightsByLine(claims: ClaimView[], lines: string[]): Map<number, Highlight[]> {
  const spans = new Map<number, Highlight[]>()
  claims.forEach((claim, c) => {
    const text = lines[claim.line - 1]
    if (text === undefined) return
    const start = Math.min(Math.max(0, claim.column - 1), text.length)
    let end = claim.endLine > claim.line ? text.length : Math.min(claim.endColumn - 1, text.length)
    if (end <= start) end = Math.min(start + 1, text.length)
    push(spans, claim.line, { start, end, claims: [c] })
  })
  for (const [line, list] of spans) {
    list.sort((a, b) => a.start - b.start || b.end - a.end)
    const merged: Highlight[] = []
    for (const span of list) {
      const last = merged[merged.length - 1]
      if (last && span.start < last.end) {
        last.end = Math.max(last.end, span.end)
        last.claims.push(...span.claims)
      } else if (last && span.start === last.start && span.end === last.end) {
        last.claims.push(...span.claims)
      } else merged.push({ ...span, claims: [...span.claims] })
    }
    spans.set(line, merged)
  }
  return spans
}

function renderLineText(text: string, highlights: Highlight[], claims: ClaimView[], verdicts: MapVerdict[], index: number): string {
  let out = ''
  let at = 0
  for (const h of highlights) {
    out += escapeText(text.slice(at, h.start))
    const shown = h.claims.map((c) => verdicts[c] as MapVerdict)
    const worst = worstVerdict(shown)
    const first = h.claims[0] as number
    out += `<mark class="claim v-${worst}" id="${ids.claim(index, first)}" tabindex="0" aria-describedby="${ids.tip(index, first)}" data-claims="${h.claims.join(' ')}" data-verdicts="${shown.join(' ')}">`
    out += `<span class="ic" aria-hidden="true">${VERDICT_LOOK[worst].icon}</span>${escapeText(text.slice(h.start, h.end))}</mark>`
    out += `<span class="tip" role="tooltip" id="${ids.tip(index, first)}">${bySeriousness(h.claims, verdicts).map((c) => claimTip(claims[c] as ClaimView, verdicts[c] as MapVerdict)).join('')}</span>`
    at = h.end
  }
  return out + escapeText(text.slice(at))
}

/** The claims of one highlight, the most serious verdict first (the one its colour and icon show). */
function bySeriousness(claims: number[], verdicts: MapVerdict[]): number[] {
  const rank = (c: number) => MAP_VERDICTS.indexOf(verdicts[c] as MapVerdict)
  return [...claims].sort((a, b) => rank(a) - rank(b) || a - b)
}

/** The tooltip part for one claim: its verdict in words, what recount read, and the arithmetic or the reason it was not checked. */
function claimTip(claim: ClaimView, verdict: MapVerdict): string {
  const look = VERDICT_LOOK[verdict]
  const severity = verdict === 'contradicted' && claim.severity ? ` (${claim.severity})` : ''
  let out = `<span class="tc"><span class="tv">${look.icon} ${look.label}${severity}</span> ${escapeHtml(claim.kind)}${claim.rule ? ` \u00b7 ${escapeHtml(claim.rule)}` : ''}`
  out += `<span class="tl">Read: ${escapeHtml(claim.reading)}</span>`
  if (claim.detail) out += `<span class="tl">${verdict === 'unverifiable' ? 'Not checked: ' : verdict === 'suppressed' ? 'Suppressed by a recount-disable comment: ' : ''}${escapeHtml(claim.detail)}</span>`
  out += `<span class="tl">About ${escapeHtml(claim.about)}${claim.section.length > 0 ? ` \u00b7 under ${escapeHtml(claim.section.join(' \u203a '))}` : ''}</span></span>`
  return out
}

/** A finding under its line: severity and rule in words, the message with its related lines as links. */
function renderNote(finding: Finding, f: number, index: number): string {
  let message = escapeHtml(finding.message)
  const unlinked: string[] = []
  const linked = new Set<number>()
  finding.related.forEach((place, r) => {
    if (!('line' in place)) {
      unlinked.push(`${escapeHtml(place.file)} (${escapeHtml(place.path)})`)
      return
    }
    if (linked.has(place.line)) return
    linked.add(place.line)
    const link = (text: string, label = '') => `<a class="rel" href="#${ids.line(index, place.line)}"${label} data-back="${ids.back(index, f, r)}">${text}</a>`
    const at = findNumber(message, `line ${place.line}`, 0)
    // "at lines 2410 and 2411": the number itself becomes the link.
    const listed = at < 0 && message.includes('lines ') ? findNumber(message, String(place.line), message.indexOf('lines ')) : -1
    if (at >= 0) message = message.slice(0, at) + link(`line ${place.line}`) + message.slice(at + `line ${place.line}`.length)
    else if (listed >= 0) message = message.slice(0, listed) + link(String(place.line), ` aria-label="line ${place.line}"`) + message.slice(listed + String(place.line).length)
    else unlinked.push(link(`line ${place.line}`))
  })
  let out = `<div class="note sev-${finding.severity}" id="${ids.note(index, f)}" role="note"><span class="sev">${finding.severity}</span> <span class="rule">${escapeHtml(finding.rule)}</span> ${message}`
  if (unlinked.length > 0) out += ` <span class="see">(see ${unlinked.join(', ')})</span>`
  if (finding.suggestion !== undefined) out += ` <span class="fix">\u00b7 suggested: <code>${escapeHtml(finding.suggestion)}</code></span>`
  return out + '</div>'
}

const isDigit = (code: number) => code >= 48 && code <= 57

/** Where `words` (ending in a number) stand in a message from `from` on, not inside a longer number, and outside a tag; or -1. */
function findNumber(message: string, words: string, from: number): number {
  let at = message.indexOf(words, from)
  while (at >= 0) {
    const inTag = message.lastIndexOf('<', at) > message.lastIndexOf('>', at)
    if (!inTag && !isDigit(message.charCodeAt(at + words.length)) && !isDigit(message.charCodeAt(at - 1))) return at
    at = message.indexOf(words, at + 1)
  }
  return -1
}
