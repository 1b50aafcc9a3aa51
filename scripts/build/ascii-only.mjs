// esbuild writes string literals in ASCII but leaves regular expression literals and comments as they
// are, so the engine's bundle held about 400 characters above U+007F (the claim readers' arrows,
// dashes and status marks, and comments from its dependencies). One such character makes V8 hold the
// whole source (1.28 MB then) as a two-byte string: twice the memory, a slower UTF-8 decode and
// slower scanning of every function compiled lazily. Written as \uXXXX escapes, the regular
// expressions match the same text: outside unicode mode an escape is the code unit it replaces, and
// in unicode mode a pair of surrogate escapes is the one code point the pair encodes, as the literal
// character was.
import { parse } from 'acorn'

const NON_ASCII = /[^\x00-\x7f]/g
const unicodeEscape = (unit) => `\\u${unit.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`

/**
 * The bundle's source with every character above U+007F inside a comment or a regular expression
 * literal written as a \uXXXX escape. Throws, naming the file and line, if such a character stands
 * anywhere else (a tagged template's raw text, an identifier), where an escape could change the code,
 * or after a backslash in a regular expression. `module`: the file is an ES module.
 */
export function asciiOnly(source, file, { module = false } = {}) {
  const spans = []
  parseNamed(file, source, {
    ecmaVersion: 'latest',
    sourceType: module ? 'module' : 'script',
    allowHashBang: true,
    onComment: (_block, _text, start, end) => spans.push({ start, end, regex: false }),
    onToken: (token) => {
      if (token.type.label === 'regexp') spans.push({ start: token.start, end: token.end, regex: true })
    }
  })
  spans.sort((a, b) => a.start - b.start)
  const refuse = (at, what) => {
    const line = source.slice(0, at).split('\n').length
    throw new Error(`${file}:${line}: ${what}; the bundle cannot be made ASCII-only (scripts/build/ascii-only.mjs)`)
  }
  const plain = (from, to) => {
    const found = /[^\x00-\x7f]/.exec(source.slice(from, to))
    if (found) refuse(from + found.index, 'a character above U+007F outside a comment or a regular expression')
    return source.slice(from, to)
  }
  let result = ''
  let copied = 0
  for (const { start, end, regex } of spans) {
    const text = source.slice(start, end)
    // In a regular expression "\é" is "é", but "\\u00E9" would be a backslash and text.
    const escaped = regex && /(?<!\\)(?:\\\\)*\\[^\x00-\x7f]/.exec(text)
    if (escaped) refuse(start + escaped.index, 'a backslash before a character above U+007F in a regular expression')
    result += plain(copied, start) + text.replace(NON_ASCII, unicodeEscape)
    copied = end
  }
  result += plain(copied, source.length)
  // The escapes must leave code that still parses.
  parseNamed(file, result, { ecmaVersion: 'latest', sourceType: module ? 'module' : 'script', allowHashBang: true })
  return result
}

/** acorn's parse, its error naming the file. */
function parseNamed(file, source, options) {
  try {
    parse(source, options)
  } catch (error) {
    throw new Error(`${file}: ${error.message} (scripts/build/ascii-only.mjs)`)
  }
}
