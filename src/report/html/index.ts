// The claim map's renderer: pure functions of the text and check()'s result, with nothing of Node,
// so that a page in the browser (the playground) can render the same views. A live page puts
// CLAIM_MAP_CSS in a <style>, runs CLAIM_MAP_SCRIPT once (links, focus, Escape; it does not touch
// the fragment there), and sets an element's innerHTML to
// renderFileView({ path, text, result: check(text, { listClaims: true }) }, 0) as the text changes.
export { renderClaimMapDocument, renderLegend, ClaimMapBuilder, type ClaimMapOptions } from './page.js'
export { renderFileView } from './file-view.js'
export { CLAIM_MAP_CSS } from './style.js'
export { CLAIM_MAP_SCRIPT } from './client-script.js'
export { escapeHtml } from './escape.js'
export { mapVerdicts, VERDICT_LOOK, type MapVerdict } from './verdicts.js'
export type { ClaimMapFile } from './model.js'
