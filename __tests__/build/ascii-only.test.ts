import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { asciiOnly } from '../../scripts/build/ascii-only.mjs'

const root = new URL('../..', import.meta.url).pathname

/** The expressions a script assigns to `result`, run in a fresh context. */
const evaluate = (script: string): RegExp[] => {
  const context: { result?: RegExp[] } = {}
  runInNewContext(script, context)
  return context.result ?? []
}

describe('the bundle is written in ASCII', () => {
  // Each expression below holds characters above U+007F: a dash, an arrow, a check mark with its
  // variation selector, and an emoji outside the Basic Multilingual Plane, in and out of unicode mode.
  const script = [
    '// a dash — in a comment',
    '/* a block comment → with an arrow */',
    'result = [/^[–—]$/, /up ↑|down ↓/i, /^(?:✅|⚠️?)\\s*/u, /[📈📉]/, /^📈$/u, /[📈📉]/u];'
  ].join('\n')
  const samples = ['–', '—', '-', 'up ↑', 'DOWN ↓', '✅ done', '⚠ careful', '⚠️ careful', 'plain', '📈', '📉', '\ud83d', 'x📈', '📈📉']

  it('escapes the characters in comments and regular expression literals, and the expressions match exactly what they matched', () => {
    const ascii = asciiOnly(script, 'sample.js')
    expect(ascii).not.toMatch(/[^\x00-\x7f]/)
    expect(ascii).toContain('/^[\\u2013\\u2014]$/')
    expect(ascii).toContain('// a dash \\u2014 in a comment')
    const before = evaluate(script)
    const after = evaluate(ascii)
    expect(after.map((re) => re.flags)).toEqual(before.map((re) => re.flags))
    for (const [i, re] of before.entries()) {
      for (const sample of samples) expect([i, sample, after[i]?.exec(sample)?.[0]]).toEqual([i, sample, re.exec(sample)?.[0]])
    }
  })

  it('refuses, naming the file and line, a character that an escape could change (a raw template, a regular expression’s escaped character)', () => {
    const raw = 'const a = 1\nconst b = String.raw`—`\n'
    expect(() => asciiOnly(raw, 'dist/sample.js')).toThrow(/^dist\/sample\.js:2: a character above U\+007F outside a comment or a regular expression/)
    // "\é" in a regular expression is "é"; "\\u00E9" would be a backslash and text.
    expect(() => asciiOnly('const a = 1\nconst re = /\\é/\n', 'dist/escaped.js')).toThrow(/^dist\/escaped\.js:2: a backslash before a character above U\+007F in a regular expression/)
    expect(asciiOnly('const re = /\\\\é/\n', 'dist/literal-backslash.js')).toBe('const re = /\\\\\\u00E9/\n')
  })

  it('reads ES modules as modules', () => {
    expect(asciiOnly('import x from "y"\nexport const re = /→/ // →\n', 'm.js', { module: true })).toBe('import x from "y"\nexport const re = /\\u2192/ // \\u2192\n')
  })

  it('every bundled file in dist/ is ASCII', () => {
    const dist = join(root, 'dist')
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) => /\.c?js$/.test(name))
    expect(files).toContain('engine.cjs')
    expect(files.filter((name) => /[^\x00-\x7f]/.test(readFileSync(join(dist, name), 'utf8')))).toEqual([])
  })
})
