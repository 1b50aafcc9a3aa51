import { MetricsError } from './model.js'

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
    else if (offset !== undefined) {
      const before = text.slice(0, Number(offset))
      const line = before.split('\n').length
      place = `${line}:${Number(offset) - before.lastIndexOf('\n')}`
    }
    throw new MetricsError(file, place, `invalid JSON: ${message.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '')}`)
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
