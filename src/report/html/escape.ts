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
