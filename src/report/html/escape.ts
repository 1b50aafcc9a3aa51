const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text made safe for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITY[ch] as string)
}

/** Text made safe for element content (not attributes): quotes need no escape there, and reports are full of them. */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (ch) => ENTITY[ch] as string)
}

/**
 * Markup this renderer made, to sit in a <script type="text/x-recount-view"> until it is shown.
 * Report text in it is escaped (no `<` of its own), so it cannot hold `</script` or `<!--`;
 * should a tag ever spell them, its `<` is escaped all the same, so the element cannot end early.
 */
export function htmlForScript(html: string): string {
  return html.replace(/<(?=!--|\/?script)/gi, '&lt;')
}

const SCRIPT_ESCAPE: Record<string, string> = { '<': '\\u003c', '>': '\\u003e', '&': '\\u0026', '\u2028': '\\u2028', '\u2029': '\\u2029' }

/**
 * JSON that can sit inside a <script> element: no `<` survives, so neither `</script>` nor `<!--`
 * in a report's text can end or change the element; the value parses back unchanged.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (ch) => SCRIPT_ESCAPE[ch] as string)
}
