import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LAZY_PACKAGES, standInModule } from '../../scripts/build/lazy-packages.mjs'

// The YAML parser, the XML and streaming-JSON readers and the diff writer are bundled beside the
// engine (dist/engine-*.cjs) and loaded on first use, each with its compiled code kept between runs.
const root = new URL('../..', import.meta.url).pathname
const dist = join(root, 'dist')
const engine = readFileSync(join(dist, 'engine.cjs'), 'utf8')

function run(cwd: string, cache: string, args: string[]) {
  const { NODE_DISABLE_COMPILE_CACHE: _, ...inherited } = process.env
  return spawnSync(process.execPath, [join(dist, 'cli.js'), ...args], { cwd, encoding: 'utf8', env: { ...inherited, NODE_COMPILE_CACHE: cache } })
}
const keptFiles = (cache: string) => readdirSync(join(cache, 'recount')).filter((name) => name.endsWith('.v8'))

describe('libraries a plain check never runs are loaded when a run needs them', () => {
  it('the engine holds a stand-in for each binding and none of the libraries’ code; each library is a bundle of its own', () => {
    for (const lazy of LAZY_PACKAGES) {
      const library = lazy.specifier.split('/')[0] as string
      expect([library, engine.includes(`// node_modules/${library}/`)]).toEqual([library, false])
      const bundle = createRequire(join(dist, 'engine.cjs'))(`./${lazy.file}`) as Record<string, unknown>
      for (const binding of lazy.bindings) {
        expect(engine).toContain(`lazyExport(${JSON.stringify(lazy.file)}, ${JSON.stringify(binding)})`)
        expect([binding, typeof bundle[binding]]).toEqual([binding, 'function'])
      }
    }
    expect(standInModule({ specifier: 'x', file: 'engine-x.cjs', bindings: ['a', 'default'] })).toMatch(
      /export const a = lazyExport\("engine-x\.cjs", "a"\)\nexport default lazyExport\("engine-x\.cjs", "default"\)\n$/
    )
  })

  it('a plain check loads none of them; a configuration, JUnit and coverage files and --fix-dry-run load theirs and work through the stand-ins', () => {
    const dir = mkdtempSync(join(tmpdir(), 'recount-lazy-'))
    const cache = mkdtempSync(join(tmpdir(), 'recount-lazy-cache-'))
    for (const name of ['release-report.md', 'junit.xml']) copyFileSync(join(root, 'examples', 'metrics', name), join(dir, name))
    // Coverage files of 16 MB and more are streamed (stream-json): the example's files, copied under
    // other names until it is that large, keep its percentages.
    const example = JSON.parse(readFileSync(join(root, 'examples', 'metrics', 'coverage-final.json'), 'utf8')) as Record<string, unknown>
    const copies = Math.ceil((17 * 1024 * 1024) / JSON.stringify(example).length)
    const large: Record<string, unknown> = {}
    for (let copy = 0; copy < copies; copy++) for (const [name, entry] of Object.entries(example)) large[`${copy}/${name}`] = entry
    writeFileSync(join(dir, 'coverage-final.json'), JSON.stringify(large))
    writeFileSync(join(dir, 'plain.md'), '# Tests\n\nThe suite grew from 40 to 50 tests (+30%).\n')

    const plain = run(dir, cache, ['--format', 'json', 'plain.md'])
    expect(JSON.parse(plain.stdout).findings.map((f: { rule: string }) => f.rule)).toEqual(['change-percent'])
    expect(keptFiles(cache)).toHaveLength(1)

    // The configuration (YAML) lowers metric-mismatch to a warning;
    // the JUnit file is read through SaxesParser (constructed), the coverage file through stream-json's streamer.
    writeFileSync(join(dir, '.recount.yml'), 'rules:\n  metric-mismatch: warning\n')
    const metrics = run(dir, cache, ['--format', 'json', '--metrics', 'junit.xml', '--metrics', 'coverage-final.json', 'release-report.md'])
    expect(metrics.stderr).toBe('')
    const findings = JSON.parse(metrics.stdout).findings as { rule: string; severity: string; message: string }[]
    const mismatches = findings.filter((f) => f.rule === 'metric-mismatch')
    expect(mismatches.map((f) => f.severity)).toEqual(mismatches.map(() => 'warning'))
    expect(mismatches.some((f) => f.message.includes('junit.xml has'))).toBe(true)
    expect(mismatches.some((f) => f.message.includes('coverage-final.json has'))).toBe(true)

    // An alias bomb in front matter is placed at its first alias, found by yaml's visit and its BREAK
    // (read through the stand-in): without the BREAK the place would be the last alias.
    const layer = (name: string, of: string) => `  ${name}: &${name} [${Array(10).fill(of).join(', ')}]`
    writeFileSync(join(dir, 'aliases.md'), ['---', 'recount:', layer('x0', '1'), layer('x1', '*x0'), layer('x2', '*x1'), '  rules: {}', '---', '', '# Notes', ''].join('\n'))
    const bomb = run(dir, cache, ['--format', 'json', 'aliases.md'])
    expect(JSON.parse(bomb.stdout).errors.map((e: { message: string }) => e.message)).toEqual(['aliases.md:4:12: refused: aliases expand more than 100 times (an alias bomb; the limit is 100)'])

    const fix = run(dir, cache, ['--fix-dry-run', 'plain.md'])
    expect(fix.stdout).toMatch(/^--- a\/plain\.md\n\+\+\+ b\/plain\.md\n[\s\S]*\n\+The suite grew from 40 to 50 tests \(\+25%\)\.\n/)

    // The engine's compiled code and one file for each library loaded: yaml, saxes, stream-json, diff.
    expect(keptFiles(cache)).toHaveLength(1 + LAZY_PACKAGES.length)
  })
})
