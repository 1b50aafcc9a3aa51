import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { dirname, join } from 'node:path'

// What `npm pack` (and so `npm publish` and an install) ships, and what an install pulls in.
const root = new URL('../../', import.meta.url).pathname
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))

function packedFiles(): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
  return (JSON.parse(out)[0].files as Array<{ path: string }>).map((f) => f.path)
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return name === 'types' ? [] : jsFiles(path)
    return name.endsWith('.js') ? [path] : []
  })
}

test('the packed package holds the bundles, types, schema, action and docs, and nothing of the sources', () => {
  const files = packedFiles()
  for (const needed of [
    'dist/cli.js', 'dist/lib.js', 'dist/index.js', 'dist/worker.js', 'dist/remark.js', 'dist/markdownlint.js',
    'dist/types/index.d.ts', 'dist/types/remark-plugin.d.ts', 'dist/types/markdownlint-rule.d.ts',
    'action.yml', 'LICENSE', 'README.md', 'CHANGELOG.md', 'package.json', 'schema/recount.schema.json', 'docs/rules/sum-total.md'
  ]) expect(files).toContain(needed)
  for (const file of files) {
    expect(file).not.toMatch(/^(src|__tests__|scripts|\.ci|\.github|examples|accuracy|node_modules)\//)
    expect(file).not.toMatch(/^tsconfig|^jest\.config|^package-lock\.json$/)
  }
  // Every chunk a bundle loads is shipped.
  expect(files.filter((f) => f.startsWith('dist/chunks/')).sort()).toEqual(
    jsFiles(join(root, 'dist/chunks')).map((p) => p.slice(root.length)).sort())
})

test('the files exports and bin point at are shipped', () => {
  const files = packedFiles()
  const targets = [pkg.types, pkg.bin.recount, ...Object.values(pkg.exports as Record<string, string | Record<string, string>>)
    .flatMap((target) => typeof target === 'string' ? [target] : Object.values(target))]
  for (const target of targets) expect(files).toContain(String(target).replace(/^\.\//, ''))
})

test('the bundles load only Node built-ins and each other: no dependency is needed at run time', () => {
  const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)])
  const external = new Set<string>()
  for (const file of jsFiles(join(root, 'dist'))) {
    const code = readFileSync(file, 'utf8')
    // Static imports and exports, dynamic imports and require() calls of a bare specifier.
    const specifiers = [
      ...code.matchAll(/^\s*(?:import|export)\b[^'"\n;]*?\bfrom\s*["']([^"'.][^"']*)["']/gm),
      ...code.matchAll(/^\s*import\s*["']([^"'.][^"']*)["']/gm),
      ...code.matchAll(/\bimport\(\s*["']([^"'.][^"']*)["']\s*\)/g),
      ...code.matchAll(/\brequire\(\s*["']([^"'.][^"']*)["']\s*\)/g)
    ].map((m) => m[1]!)
    for (const specifier of specifiers) if (!builtins.has(specifier)) external.add(`${file.slice(root.length)}: ${specifier}`)
  }
  expect([...external]).toEqual([])
})

test('production dependencies are only the type packages the published declarations import', () => {
  const declared = Object.keys(pkg.dependencies ?? {})
  // Follow the declarations from the entries' types, as a consumer's tsc does.
  const bare = new Set<string>()
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    const text = readFileSync(file, 'utf8')
    const specifiers = [...text.matchAll(/^(?:import|export)\b[^'"\n]*?\bfrom ['"]([^'"]+)['"]/gm), ...text.matchAll(/\bimport\(['"]([^'"]+)['"]\)/g)].map((m) => m[1]!)
    for (const specifier of specifiers) {
      if (specifier.startsWith('.')) visit(join(dirname(file), specifier.replace(/\.js$/, '.d.ts')))
      else if (!specifier.startsWith('node:')) bare.add(specifier)
    }
  }
  const entries = [pkg.types, ...Object.values(pkg.exports as Record<string, string | Record<string, string>>).flatMap((t) => typeof t === 'string' ? [] : [t.types!])]
  for (const entry of entries) visit(join(root, entry))
  expect(seen.size).toBeGreaterThan(3)
  expect(declared.sort()).toEqual([...bare].map((s) => `@types/${s}`).sort())
})
