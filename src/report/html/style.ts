/**
 * The claim map's style sheet. Each verdict has an icon, words in its tooltip and its own underline
 * (wavy, dashed, dotted, solid) besides its colour; every colour pair passes WCAG AA contrast.
 */
export const CLAIM_MAP_CSS = `
:root { color-scheme: light; --ink: #1f2328; --muted: #4b535d; --line: #d0d7de; --focus: #0b57d0 }
* { box-sizing: border-box }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #fff }
a { color: #0a4fb0 }
a:focus-visible, .claim:focus-visible, [tabindex="-1"]:focus { outline: 3px solid var(--focus); outline-offset: 2px }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: 6px 10px; z-index: 20 }
.skip:focus { left: 8px }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap }
.top { padding: 12px 20px; border-bottom: 1px solid var(--line) }
.top h1 { margin: 0 0 4px; font-size: 1.4rem }
.top p { margin: 4px 0 }
.legend { list-style: none; padding: 0; margin: 6px 0 0; display: flex; flex-wrap: wrap; gap: 6px 18px }
.layout { display: grid; grid-template-columns: minmax(16rem, 24rem) 1fr; align-items: start }
.side { position: sticky; top: 0; max-height: 100vh; overflow: auto; padding: 8px 14px; border-right: 1px solid var(--line); font-size: 14px }
.side h2, .summary h2 { font-size: 1.1rem }
.files, .fr { list-style: none; padding: 0; margin: 0 }
.files > li { padding: 4px 0; border-bottom: 1px solid #eaeef2; overflow-wrap: anywhere }
.files a[aria-current] { font-weight: 700 }
.fc { display: block; color: var(--muted) }
.fr { margin-left: 10px }
.fr a { margin-right: 6px }
main { padding: 8px 20px 40px; min-width: 0 }
details > summary { cursor: pointer; font-weight: 600; margin-bottom: 6px }
table.rules { border-collapse: collapse; font-size: 14px; margin-bottom: 16px }
table.rules caption { text-align: left; font-weight: 700; padding: 4px 0 }
table.rules th, table.rules td { border: 1px solid var(--line); padding: 3px 8px; text-align: right }
table.rules th[scope=row], table.rules thead th:first-child { text-align: left }
.file h2 { font-size: 1.15rem; overflow-wrap: anywhere; margin-bottom: 2px }
.counts { margin-top: 0; color: var(--muted) }
.problem { background: #fff1c2; padding: 6px 10px; border-left: 4px solid #8a5300 }
.src { font: 13px/1.6 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; border: 1px solid var(--line); border-radius: 6px; padding: 6px 0; counter-reset: line }
.src > div:not(.note) { position: relative; min-height: 1.6em; padding: 0 10px 0 5.5em; white-space: pre-wrap; overflow-wrap: anywhere; counter-increment: line }
.src > div:not(.note)::before { content: counter(line); position: absolute; left: 0; width: 4.5em; text-align: right; color: var(--muted); user-select: none }
.src > div.flash { background: #fff8c5 }
mark.claim { color: inherit; border-radius: 3px; padding: 0 1px; text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; cursor: help }
.ic { font-weight: 700 }
.v-contradicted { background: #ffe1e0; text-decoration-style: wavy; text-decoration-color: #c21d1d }
.v-suppressed { background: #fff1c2; text-decoration-style: dashed; text-decoration-color: #8a5300 }
.v-unverifiable { background: #e8ebef; text-decoration-style: dotted; text-decoration-color: #4b535d }
.v-verified { background: #daf5e0; text-decoration-style: solid; text-decoration-color: #17733a }
.v-contradicted .ic { color: #a3141a }
.v-suppressed .ic { color: #6e4200 }
.v-unverifiable .ic { color: #3d444d }
.v-verified .ic { color: #115c2d }
.cnt { border-radius: 3px; padding: 0 3px; margin-right: 2px; white-space: nowrap; color: var(--ink) }
.tip { display: none; position: absolute; z-index: 10; top: 100%; left: 5.5em; max-width: min(42rem, 90%); padding: 6px 10px; background: #fff; color: var(--ink); border: 1px solid #57606a; border-radius: 6px; box-shadow: 0 4px 12px rgba(0,0,0,.18); font: 13px/1.45 system-ui, sans-serif; white-space: normal }
.claim:hover + .tip, .claim:focus + .tip, .tip:hover { display: block }
body.no-tips .tip { display: none !important }
.tc { display: block }
.tc + .tc { margin-top: 6px; padding-top: 6px; border-top: 1px solid var(--line) }
.tv { font-weight: 700 }
.tl { display: block }
.note { margin: 2px 10px 8px 5.5em; padding: 4px 10px; border-left: 4px solid #a3141a; background: #fff5f5; font: 13px/1.45 system-ui, sans-serif; overflow-wrap: anywhere }
.note.sev-warning { border-left-color: #8a5300; background: #fffaeb }
.note.sev-notice { border-left-color: #4b535d; background: #f6f8fa }
.sev { font-weight: 700; text-transform: uppercase; font-size: .8em; letter-spacing: .03em }
.rule { font-family: ui-monospace, monospace; font-size: .92em }
.back { font: 12px system-ui, sans-serif; margin-left: 8px; white-space: nowrap }
.hint { color: var(--muted) }
@media (max-width: 800px) { .layout { grid-template-columns: 1fr } .side { position: static; max-height: none; border-right: 0 } }
`
