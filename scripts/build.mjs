// Bundles the CLI, the library, the GitHub Action and the worker into dist/ (committed, so the action
// and `npx recount` need no install step). Code shared by the entries goes into dist/chunks/, so each
// entry loads only what it uses: `recount --version` does not load Octokit.
import { build } from 'esbuild'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'

rmSync('dist', { recursive: true, force: true })

await build({
  entryPoints: { cli: 'src/cli.ts', lib: 'src/index.ts', index: 'src/action.ts', worker: 'src/worker.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  // Some bundled CommonJS dependencies call require(); give the ESM output one.
  banner: { js: "import { createRequire as __recountCreateRequire } from 'node:module';\nconst require = __recountCreateRequire(import.meta.url);" }
})

const cli = 'dist/cli.js'
writeFileSync(cli, '#!/usr/bin/env node\n' + readFileSync(cli, 'utf8'))

// `npm run build:site`: the browser playground into site/ (see scripts/build-site.mjs).
if (process.argv.includes('--site')) {
  const { buildSite } = await import('./build-site.mjs')
  await buildSite()
}
