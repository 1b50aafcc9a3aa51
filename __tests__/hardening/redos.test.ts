import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { checkSync } from 'recheck'
import { MASK_PATTERNS } from '../../src/extract/masks.js'
import { UNIT } from '../../src/extract/quantity.js'
import { DATE_PATTERNS } from '../../src/extract/dates.js'
import { SEQUENCE_PATTERNS } from '../../src/claims/sequence-progress.js'

// Every regular expression recount runs on report text, checked by recheck for catastrophic
// (super-linear) backtracking: the literals in src/, and the patterns built at run time.
const SRC = new URL('../../src/', import.meta.url).pathname

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []))
}

function literals(): Array<{ where: string; source: string; flags: string }> {
  const found: Array<{ where: string; source: string; flags: string }> = []
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8')
    const tree = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true)
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const literal = node.getText(tree)
        const slash = literal.lastIndexOf('/')
        const line = tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1
        found.push({ where: `${file.slice(SRC.length)}:${line}`, source: literal.slice(1, slash), flags: literal.slice(slash + 1) })
      }
      ts.forEachChild(node, visit)
    }
    visit(tree)
  }
  return found
}

const patterns = [
  ...literals(),
  ...MASK_PATTERNS.map((r, i) => ({ where: `extract/masks.ts MASK_PATTERNS[${i}]`, source: r.source, flags: r.flags })),
  { where: 'extract/quantity.ts UNIT', source: UNIT.source, flags: UNIT.flags },
  ...DATE_PATTERNS.map((r, i) => ({ where: `extract/dates.ts DATE_PATTERNS[${i}]`, source: r.source, flags: r.flags })),
  ...SEQUENCE_PATTERNS.map((r, i) => ({ where: `claims/sequence-progress.ts SEQUENCE_PATTERNS[${i}]`, source: r.source, flags: r.flags }))
]

// recheck's fuzz checker measures some phases by the clock: on a busy machine an attack string that
// runs past a time limit is called "vulnerable", and a seeding phase cut short takes another path.
// With every time limit off, only step counts (characters the matcher reads) decide, and the fixed
// seed makes the fuzzing itself repeat exactly: the same verdict on every run.
const DETERMINISTIC = { randomSeed: 0, timeout: null, attackTimeout: null, incubationTimeout: null, seedingTimeout: null, recallTimeout: -1 } as const

function verdict(source: string, flags: string): { status: string; complexity?: string; attack?: string } {
  const d = checkSync(source, flags, DETERMINISTIC)
  return d.status === 'vulnerable' ? { status: d.status, complexity: d.complexity.type, attack: d.attack.pattern } : { status: d.status }
}

test('there are regular expressions to check', () => {
  expect(patterns.length).toBeGreaterThan(150)
})

test.each([
  ['^(a+)+$', 'exponential'],
  ['(\\w+\\s?)*:', 'exponential'],
  ['\\s+$', 'polynomial'],
  ['^\\d+\\s*\\d*x$', 'polynomial']
])('the check still catches /%s/ (%s)', (source, complexity) => {
  expect(verdict(source, '')).toMatchObject({ status: 'vulnerable', complexity })
})

test.each(patterns.map((p) => [p.where, p] as const))('%s has no super-linear backtracking', (_, pattern) => {
  const diagnostics = verdict(pattern.source, pattern.flags)
  if (diagnostics.status === 'vulnerable') throw new Error(`/${pattern.source}/${pattern.flags} is vulnerable (${diagnostics.complexity}); attack: ${JSON.stringify(diagnostics.attack ?? '')}`)
  expect(diagnostics.status).toBe('safe')
})
