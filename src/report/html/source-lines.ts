/** The lines of a text, split where recount's line index splits them (LF, CRLF or a lone CR). */
export function sourceLines(text: string): string[] {
  const lines: string[] = []
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    if (ch !== 10 && ch !== 13) continue
    lines.push(text.slice(start, i))
    if (ch === 13 && text.charCodeAt(i + 1) === 10) i++
    start = i + 1
  }
  lines.push(text.slice(start))
  return lines
}

/** The text as check() read it: without a leading byte order mark. */
export const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
