// esbuild writes string literals in ASCII but leaves regular expression literals and comments as they
// are, so the engine's bundle held about 400 characters above U+007F (the claim readers' arrows,
// dashes and status marks, and comments from its dependencies). One such character makes V8 hold the
// whole 1.28 MB source as a two-byte string: twice the memory, a slower UTF-8 decode and slower
// scanning of every function compiled lazily. Written as \uXXXX escapes, the regular expressions match
// the same text: outside unicode mode an escape is the code unit it replaces, and in unicode mode a
// pair of surrogate escapes is the one code point the pair encodes, as the literal character was.
import { parse } from 'acorn'

const NON_ASCII = /[^\x00-\x7f]/g
const escape = (unit) => `\\u${unit.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`

/**
 * The bundle's source with every character above U+007F inside a comment or a regular expression
 * literal written as a \uXXXX escape. Throws, naming the file and line, if such a character stands
 * anywhere else (a tagged template's raw text, an identifier), where an escape could change the code.
 * `module`: the file is an ES module.
 */
export function asciiOnly(source, file, { module = false } = {}) {
  const spans = []
  parse(source, {
    ecmaVersion: 'latest',
    sourceType: module ? 'module' : 'script',
    allowHashBang: true,
    onComment: (_block, _text, start, end) => spans.push([start, end]),
    onToken: (token) => {
      if (token.type.label === 'regexp') spans.push([token.start, token.end])
    }
  })
  spans.sort((a, b) => a[0] - b[0])
  let result = ''
  let copied = 0
  for (const [start, end] of spans) {
    result += source.slice(copied, start) + source.slice(start, end).replace(NON_ASCII, escape)
    copied = end
  }
  result += source.slice(copied)
  const left = NON_ASCII.exec(result)
  NON_ASCII.lastIndex = 0
  if (left) {
    const line = result.slice(0, left.index).split('\n').length
    throw new Error(`${file}:${line}: a character above U+007F outside a comment or a regular expression; the bundle cannot be made ASCII-only (scripts/build/ascii-only.mjs)`)
  }
  return result
}
