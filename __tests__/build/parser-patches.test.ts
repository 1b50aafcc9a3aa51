import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { parseMarkdown } from '../../src/parse/markdown.js'
import { generateDocument } from '../../scripts/fuzz-documents.mjs'
import { HOSTILE } from '../../scripts/bench/hostile.mjs'
import { applyPatch, PATCHES } from '../../scripts/build/parser-patches.mjs'

const root = new URL('../..', import.meta.url).pathname

function markdownUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
}

const handWritten = [
  '| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n  1. nested **bold _em_**\n\n> quote `code` [link][ref]\n\n[ref]: https://example.com "t"\n',
  '---\ntitle: x\n---\n\nSetext\n===\n\n    indented code\n\n```js\nfenced\n```\n\n<!-- comment -->\n\n![alt *text*](i.png) a\\\nb &amp; &#35; &copy;\n',
  '* unclosed [link\n\n| not | a table\n\n1) one\n2) two\n\n   lazy\ncontinuation\n\n***\n',
  // Tables and near-tables: where the delimiter row is, in what container, after which line ending.
  '\ufeff| a | b |\n|---|---|\n| 1 | 2 |\n',
  '| a | b |\r\n|:-:|--:|\r\n| 1 | 2 |\r\nafter\r\n',
  '| a | b |\r|---|---|\r| 1 | 2 |\r',
  '> | a |\n> | - |\n> | 1 |\n\n- | a |\n  | - |\n  | 1 |\n\n1. x | y\n   --|--\n',
  'a | b\n:: | ::\n\nc | d\n\n| e |\n| f - g |\n\nlast | line',
  'lead-in text\n| a | b |\n| - | - |\n\n| a |\n> | - |\n\n| a |\n\n| - |\n',
  '\t| a |\n\t| - |\n\n| a\t| b |\n|-\t|-|\n',
  // Runs of plain characters: up to a construct's first character, a tab, a NUL, a line ending, the end.
  'plain words then*emphasis*and_under_ score `code` a\\*b &amp;c [x](y) <z@w.io> ![i](j)\nnext line ends here',
  'tab\tin the\tmiddle\u0000nul and 👍 astral 𝔸 and é composed\r\nCRLF line  \nhard break\\\nescaped break',
  '- item text runs on\n  lazy continuation of it\n> quoted run with `code\n> across` lines\n\nlast paragraph without newline'
]

describe('the bundle’s patched Markdown parser', () => {
  it('builds the same tree as the library on examples, fixtures, generated and hostile documents', async () => {
    const bundled = (await import(pathToFileURL(join(root, 'dist', 'lib.js')).href)) as { parseMarkdown: typeof parseMarkdown }
    const documents = [
      ...handWritten,
      ...markdownUnder(join(root, 'examples')),
      ...markdownUnder(join(root, '__tests__', 'fixtures')),
      ...markdownUnder(join(root, 'docs')),
      ...Array.from({ length: 150 }, (_, seed) => generateDocument(seed, 40)),
      // (one shape is 50,000 blockquotes deep whatever the size asked: too deep to serialize)
      ...Object.values(HOSTILE).map((make) => make(800)).filter((text) => text.length <= 20_000)
    ]
    expect(documents.length).toBeGreaterThan(177)
    // Compared as JSON: deeply nested hostile shapes are beyond a recursive deep-equal's stack.
    for (const text of documents) expect(JSON.stringify(bundled.parseMarkdown(text))).toBe(JSON.stringify(parseMarkdown(text)))
  })

  it('stops the build when an edit meant to match n times matches another number of times, or has no g flag', () => {
    const patch = { name: 'two places', module: 'x.js', edits: [{ find: /a\(\)/g, replace: 'b()', count: 2 }] }
    expect(applyPatch(patch, 'a(); a();', 'x.js')).toBe('b(); b();')
    expect(() => applyPatch(patch, 'a();', 'x.js')).toThrow(/did not find the code it changes/)
    expect(() => applyPatch(patch, 'a(); a(); a();', 'x.js')).toThrow(/did not find the code it changes/)
    expect(() => applyPatch({ ...patch, edits: [{ find: /a\(\)/, replace: 'b()', count: 2 }] }, 'a(); a();', 'x.js')).toThrow(/global/)
  })

  it.each(PATCHES.map((patch) => [patch.name, patch] as const))('stops the build when the code patched for “%s” is not there', (_, patch) => {
    const library = readFileSync(join(root, 'node_modules', patch.module), 'utf8')
    expect(applyPatch(patch, library, 'index.js')).not.toBe(library)
    for (const edit of patch.edits) {
      expect(() => applyPatch(patch, library.replace(edit.find, ''), 'changed/index.js')).toThrow(/changed\/index\.js: recount's build patch ".+" did not find the code it changes/)
    }
  })
})
