// Builds the browser playground into site/ (not committed; the Pages workflow builds and publishes it):
// index.html, style.css and playground.js, one classic script, so the page also works opened from disk.
// The engine must reach the browser without Node: the build fails when the bundle imports a node: module.
import { build } from 'esbuild'
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parserPatches } from './build/parser-patches.mjs'

const PAGE_FILES = ['index.html', 'style.css']

/** The node: (or other Node built-in) modules the bundle imports, as "importer -> module". */
export function nodeImports(metafile) {
  const found = []
  for (const [file, input] of Object.entries(metafile.inputs)) {
    for (const imported of input.imports) if (imported.path.startsWith('node:') || imported.external) found.push(`${file} -> ${imported.path}`)
  }
  return found
}

export async function buildSite(outdir = 'site') {
  rmSync(outdir, { recursive: true, force: true })
  mkdirSync(outdir, { recursive: true })
  const result = await build({
    entryPoints: ['src/playground/main.ts'],
    outfile: join(outdir, 'playground.js'),
    bundle: true,
    platform: 'browser',
    target: ['chrome111', 'firefox113', 'safari16.4'],
    format: 'iife',
    minify: true,
    metafile: true,
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [parserPatches]
  })
  const node = nodeImports(result.metafile)
  if (node.length > 0) throw new Error(`the playground bundle imports Node modules:\n${node.join('\n')}`)
  for (const file of PAGE_FILES) copyFileSync(join('src/playground', file), join(outdir, file))
  return result.metafile
}

// node scripts/build-site.mjs [outdir] [metafile]: the metafile (esbuild's list of bundled inputs) is
// what the tests read to prove no Node module reaches the browser.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const metafile = await buildSite(process.argv[2])
  if (process.argv[3]) writeFileSync(process.argv[3], JSON.stringify(metafile))
}
