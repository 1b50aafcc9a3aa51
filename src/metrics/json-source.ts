import { parseDocument } from 'yaml'
import { MetricsError } from './model.js'
import { lineColumnOf } from '../parse/source-map.js'

/** JSON.parse with the place of a syntax error as line:column, which V8 gives only as an offset. */
export function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const message = (error as Error).message
    const offset = /position (\d+)/.exec(message)?.[1]
    const lineColumn = /line (\d+) column (\d+)/.exec(message)
    let place: string | null = null
    if (lineColumn) place = `${lineColumn[1]}:${lineColumn[2]}`
    else {
      // Some V8 messages carry no position; the YAML parser (YAML is a superset of JSON) finds it.
      const first = text.search(/\S/)
      const badStart = first >= 0 && !/[{["\-0-9tfn]/.test(text[first] as string) ? first : undefined
      const at = offset !== undefined ? Number(offset) : badStart ?? parseDocument(text).errors[0]?.pos[0]
      if (at !== undefined) place = lineColumnOf(text, at)
    }
    throw new MetricsError(file, place, `invalid JSON: ${withoutPlace(message)}`)
  }
}

/** Reads `path` ("total.lines.pct") from parsed JSON. */
export function at(value: unknown, path: string): unknown {
  let current = value
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined
    current = (current as Record<string, unknown>)[key]
  }
  return current
}

/** V8's message without the place it appends (" in JSON at position 42", " (line 3 column 5)"). */
function withoutPlace(message: string): string {
  const at = message.indexOf(' in JSON at position ')
  if (at >= 0) return message.slice(0, at)
  const line = message.lastIndexOf(' (line ')
  return line >= 0 && message.endsWith(')') ? message.slice(0, line) : message
}
