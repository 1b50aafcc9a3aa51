import { parseDocument, visit, type Document } from 'yaml'

/**
 * Flow collections (`[ ]`, `{ }`) nested deeper than this are refused before parsing: the YAML
 * parser recurses once per level and overflows its stack between 500 and 1,000 levels. A
 * configuration or metrics file needs fewer than ten.
 */
export const MAX_YAML_NESTING = 100
/** Aliases expanded at most when a document becomes values (an alias bomb grows exponentially). */
export const MAX_YAML_ALIASES = 100

/** A YAML or JSON text over one of the limits above; `offset` is where, when known. */
export class YamlLimitError extends Error {
  constructor(
    readonly offset: number | null,
    message: string
  ) {
    super(message)
  }
}

/**
 * Parses YAML (or JSON), refusing flow collections nested over MAX_YAML_NESTING first. Syntax
 * errors are left in `doc.errors`, as parseDocument leaves them.
 */
export function parseYaml(text: string): Document {
  const deep = flowNestingOver(text, MAX_YAML_NESTING)
  if (deep !== null) throw new YamlLimitError(deep, `[ ] and { } nested more than ${MAX_YAML_NESTING} levels deep (the limit is ${MAX_YAML_NESTING})`)
  const doc = parseDocument(text, { prettyErrors: false })
  // A nesting the scan could not see (inside what looked like a quoted string) still overflows.
  const overflow = doc.errors.find((e) => e.message.startsWith('Maximum call stack size exceeded'))
  if (overflow) throw new YamlLimitError(overflow.pos[0], `nested too deeply to parse (the limit is ${MAX_YAML_NESTING} levels of [ ] and { })`)
  return doc
}

/** The document (or one node of it) as plain values, refusing more than MAX_YAML_ALIASES alias expansions. */
export function yamlValue(doc: Document, node: unknown = doc): unknown {
  try {
    if (node === doc) return doc.toJS({ maxAliasCount: MAX_YAML_ALIASES })
    return node && typeof node === 'object' && 'toJS' in node ? (node as { toJS(doc: Document, options: object): unknown }).toJS(doc, { maxAliasCount: MAX_YAML_ALIASES }) : node
  } catch (error) {
    if (!(error instanceof ReferenceError) || !/alias/i.test(error.message)) throw error
    throw new YamlLimitError(firstAlias(doc), `aliases expand more than ${MAX_YAML_ALIASES} times (an alias bomb; the limit is ${MAX_YAML_ALIASES})`)
  }
}

function firstAlias(doc: Document): number | null {
  let offset: number | null = null
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0] ?? null
      return visit.BREAK
    }
  })
  return offset
}

/**
 * The offset of the first `[` or `{` that opens a level deeper than `limit`, or null. A linear scan
 * that skips quoted strings and comments; a quote counts only where a scalar can start, so an
 * apostrophe inside a word does not hide what follows.
 */
export function flowNestingOver(text: string, limit: number): number | null {
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    const before = i === 0 ? '\n' : (text[i - 1] as string)
    if (ch === '[' || ch === '{') {
      if (++depth > limit) return i
    } else if (ch === ']' || ch === '}') {
      if (depth > 0) depth--
    } else if ((ch === '"' || ch === "'") && ' \t\n\r:,[{-?'.includes(before)) {
      i = closingQuote(text, i)
    } else if (ch === '#' && ' \t\n\r'.includes(before)) {
      const end = text.indexOf('\n', i)
      i = end < 0 ? text.length : end
    }
  }
  return null
}

function closingQuote(text: string, open: number): number {
  const quote = text[open]
  for (let i = open + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++
    else if (text[i] === quote) return i
  }
  return text.length
}
