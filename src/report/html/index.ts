// The claim map's renderer: pure functions of the text and check()'s result, with nothing of Node,
// so that a page in the browser (the playground) can render the same views.
export { renderClaimMapDocument, ClaimMapBuilder, type ClaimMapOptions } from './page.js'
export { renderFileView } from './file-view.js'
export { CLAIM_MAP_CSS } from './style.js'
export { CLAIM_MAP_SCRIPT } from './client-script.js'
export { escapeHtml, jsonForScript } from './escape.js'
export { mapVerdicts, VERDICT_LOOK, type MapVerdict } from './verdicts.js'
export type { ClaimMapFile } from './model.js'
