// Text that came from files (their names, their words) on its way to a CI log. A line that starts
// with `::name …::` is a GitHub Actions workflow command, and so is a line holding `##[name]`
// anywhere (the runner's older syntax): a file named "x\n::error::forged" must not make one.

const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g

function escapeControl(ch: string): string {
  if (ch === '\n') return '\\n'
  if (ch === '\r') return '\\r'
  const code = ch.charCodeAt(0)
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`
}

/** Control characters and line separators as visible escapes (`\n`, `\r`, `\x1b`, `\u2028`); tabs stay. */
export function printable(text: string): string {
  return text.replace(CONTROL, escapeControl)
}

/** `printable`, with the marks that start a workflow command broken by a backslash (`:\:`, `##\[`). */
export function logSafe(text: string): string {
  return printable(text).replace(/::/g, ':\\:').replace(/##\[/g, '##\\[')
}

/**
 * The same for JSON text, which must stay valid JSON and mean the same: JSON.stringify already
 * escapes control characters; the command marks and line separators become \u escapes.
 */
export function jsonLogSafe(json: string): string {
  return json.replace(/::/g, ':\\u003a').replace(/##\[/g, '#\\u0023[').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}

/** A Markdown code span (for a summary or a review) that shows `text` as it is, whatever backticks it holds. */
export function codeSpan(text: string): string {
  const shown = printable(text)
  let longest = 0
  for (const run of shown.match(/`+/g) ?? []) longest = Math.max(longest, run.length)
  const fence = '`'.repeat(longest + 1)
  const pad = shown.startsWith('`') || shown.endsWith('`') ? ' ' : ''
  return `${fence}${pad}${shown}${pad}${fence}`
}
