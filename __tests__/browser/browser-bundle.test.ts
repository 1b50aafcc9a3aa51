import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// The playground runs check() in the browser: the bundle of src/playground/main.ts must import no Node
// built-in, and must hold the engine itself rather than a stub.

interface Metafile {
  inputs: Record<string, { imports: Array<{ path: string; external?: boolean }> }>
}

let dir: string
let metafile: Metafile

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'recount-site-'))
  execFileSync(process.execPath, ['scripts/build-site.mjs', join(dir, 'site'), join(dir, 'meta.json')], { stdio: 'pipe' })
  metafile = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as Metafile
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

test('the browser bundle imports no node: module and nothing external', () => {
  const imports = Object.entries(metafile.inputs).flatMap(([file, input]) => input.imports.map((i) => ({ file, ...i })))
  expect(imports.length).toBeGreaterThan(100)
  expect(imports.filter((i) => i.path.startsWith('node:') || i.external)).toEqual([])
})

test('the bundle holds the engine, and none of the file-reading modules', () => {
  const inputs = Object.keys(metafile.inputs)
  expect(inputs).toContain('src/check-markdown.ts')
  expect(inputs).toContain('src/check/run.ts')
  expect(inputs).toContain('src/config/front-matter.ts')
  expect(inputs.filter((f) => f.startsWith('src/read/') || f === 'src/config/load.ts' || f === 'src/config/resolve.ts' || f.startsWith('src/metrics/parsers/'))).toEqual([])
})

test('the bundle names no Node global', () => {
  const script = readFileSync(join(dir, 'site', 'playground.js'), 'utf8')
  for (const name of ['process.env', 'process.cwd', 'require("', '__dirname']) expect(script).not.toContain(name)
})
