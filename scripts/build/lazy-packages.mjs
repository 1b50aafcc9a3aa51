// The libraries the engine loads only when a run needs them (src/start/lazy-bundle.ts says why), with
// the bindings recount imports from each. The engine imports stand-ins for those bindings; each
// library is bundled to a file of its own beside the engine. A named import of a binding not listed
// here fails the build (esbuild: no matching export).
import { build } from 'esbuild'
import { fileURLToPath } from 'node:url'

export const LAZY_PACKAGES = [
  { specifier: 'yaml', file: 'engine-yaml.cjs', bindings: ['parseDocument', 'visit'] },
  { specifier: 'saxes', file: 'engine-saxes.cjs', bindings: ['SaxesParser'] },
  { specifier: 'stream-json/streamers/stream-object.js', file: 'engine-stream-object.cjs', bindings: ['default'] },
  { specifier: 'diff', file: 'engine-diff.cjs', bindings: ['createTwoFilesPatch'] }
]

const lazyBundleModule = fileURLToPath(new URL('../../src/start/lazy-bundle.ts', import.meta.url))

/** The module the engine gets in place of `lazy`'s library: one stand-in per binding. */
export function standInModule(lazy) {
  const lines = [`import { lazyExport } from ${JSON.stringify(lazyBundleModule)}`]
  for (const binding of lazy.bindings) {
    const value = `lazyExport(${JSON.stringify(lazy.file)}, ${JSON.stringify(binding)})`
    lines.push(binding === 'default' ? `export default ${value}` : `export const ${binding} = ${value}`)
  }
  return lines.join('\n') + '\n'
}

/** An esbuild plugin for the engine's build: each lazy library is replaced by its stand-ins. */
export const lazyPackages = {
  name: 'lazy-packages',
  setup(b) {
    const bySpecifier = new Map(LAZY_PACKAGES.map((lazy) => [lazy.specifier, lazy]))
    const filter = new RegExp(`^(?:${LAZY_PACKAGES.map((lazy) => lazy.specifier.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`)
    b.onResolve({ filter }, (args) => ({ path: args.path, namespace: 'lazy-package' }))
    b.onLoad({ filter: /.*/, namespace: 'lazy-package' }, (args) => ({
      contents: standInModule(bySpecifier.get(args.path)),
      loader: 'js',
      resolveDir: process.cwd()
    }))
  }
}

/** Bundles each lazy library, exporting the listed bindings, to `outdir`/its file, as CommonJS. */
export async function buildLazyPackages(outdir, options) {
  for (const lazy of LAZY_PACKAGES) {
    const names = lazy.bindings.join(', ')
    await build({
      ...options,
      stdin: { contents: `export { ${names} } from ${JSON.stringify(lazy.specifier)}\n`, resolveDir: process.cwd(), sourcefile: `${lazy.file}.mjs`, loader: 'js' },
      outfile: `${outdir}/${lazy.file}`,
      bundle: true,
      format: 'cjs',
      // Run from a vm.Script, as the engine is: no module loader for import(), so node's modules are required.
      supported: { 'dynamic-import': false }
    })
  }
}
