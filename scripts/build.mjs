// Bundles the CLI, the library, the GitHub Action and the worker into dist/ (committed, so the action
// and `npx recount` need no install step). Code shared by the entries goes into dist/chunks/, so each
// entry loads only what it uses: `recount --version` does not load Octokit.
import { build } from 'esbuild'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { parserPatches } from './build/parser-patches.mjs'
import { noOptionalPicomatch } from './build/no-optional-picomatch.mjs'
import { asciiOnly } from './build/ascii-only.mjs'
import { buildLazyPackages, lazyPackages } from './build/lazy-packages.mjs'

rmSync('dist', { recursive: true, force: true })

// @actions/core imports its OIDC client, and with it undici (about 800 KB), at start; recount never
// asks for an OIDC token. The client is loaded when first used instead, so the action starts faster.
const lazyOidcClient = {
  name: 'lazy-oidc-client',
  setup(build) {
    build.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, async (args) => {
      if (!/[\\/]@actions[\\/]core[\\/]lib[\\/]core\.js$/.test(args.importer)) return undefined
      const real = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: 'real' })
      return { path: real.path, namespace: 'lazy-oidc-client' }
    })
    build.onLoad({ filter: /.*/, namespace: 'lazy-oidc-client' }, (args) => ({
      contents: `export class OidcClient { static async getIDToken(audience) { const { OidcClient } = await import(${JSON.stringify(args.path)}); return OidcClient.getIDToken(audience) } }`,
      loader: 'js',
      resolveDir: '.'
    }))
  }
}

// dist/index.js (the action) is a small entry (src/start/) that turns on Node's compile cache, loads the
// real entry (dist/run-action.js), sets V8's flags and runs it; the real entry must stay beside it: its code finds
// worker.js and the docs relative to its own file. dist/cli.js and dist/worker.js run the engine below.
const startThenRun = {
  name: 'start-then-run',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/action\.js$/ }, (args) =>
      /[\\/]src[\\/]start$/.test(args.resolveDir) ? { path: './run-action.js', external: true } : undefined)
  }
}

await build({
  entryPoints: {
    cli: 'src/start/cli.ts',
    index: 'src/start/action.ts',
    worker: 'src/start/worker.ts',
    'run-action': 'src/action.ts',
    lib: 'src/index.ts'
  },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [lazyOidcClient, parserPatches, noOptionalPicomatch, startThenRun],
  // Some bundled CommonJS dependencies call require(); give the ESM output one.
  banner: { js: "import { createRequire as __recountCreateRequire } from 'node:module';\nconst require = __recountCreateRequire(import.meta.url);" }
})

// The engine (the CLI's commands and the checking processes' loop) as one CommonJS file, which the
// entries run from a vm.Script so that V8's compiled code for it is kept between runs
// (src/start/compiled-code-cache.ts). Its import.meta.url is its own file's URL.
await build({
  entryPoints: { engine: 'src/start/engine.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [lazyPackages, parserPatches, noOptionalPicomatch],
  // A vm.Script has no module loader for import(): node's own modules are required instead.
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': '__recountEngineUrl' },
  banner: { js: "'use strict';\nconst __recountEngineUrl = require('node:url').pathToFileURL(__filename).href;" }
})

// The libraries the engine loads only when a run needs them, each in a file of its own beside it.
await buildLazyPackages('dist', { platform: 'node', target: 'node20', legalComments: 'none', logLevel: 'warning' })

for (const file of readdirSync('dist').filter((name) => /^engine.*\.cjs$/.test(name))) {
  if (/\bimport\(/.test(readFileSync(`dist/${file}`, 'utf8'))) throw new Error(`dist/${file} holds an import(), which fails in the vm.Script that runs it`)
}

const cli = 'dist/cli.js'
writeFileSync(cli, '#!/usr/bin/env node\n' + readFileSync(cli, 'utf8'))

// --- Package extras: the linter integrations, type declarations and the config JSON Schema. ---
// The remark plugin and the markdownlint rule load the library entry (./lib.js) instead of a copy.
const { resolve: resolvePath } = await import('node:path')
const libraryAsExternal = {
  name: 'library-as-external',
  setup(b) {
    b.onResolve({ filter: /index\.js$/ }, (args) =>
      resolvePath(args.resolveDir, args.path) === resolvePath('src/index.js') ? { path: './lib.js', external: true } : undefined)
  }
}
await build({
  entryPoints: { remark: 'src/remark-plugin.ts', markdownlint: 'src/markdownlint-rule.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [libraryAsExternal]
})

// Every bundled file in ASCII (scripts/build/ascii-only.mjs), so V8 holds each source as one-byte text.
for (const file of [...readdirSync('dist'), ...readdirSync('dist/chunks').map((name) => `chunks/${name}`)].filter((name) => /\.c?js$/.test(name))) {
  const path = `dist/${file}`
  writeFileSync(path, asciiOnly(readFileSync(path, 'utf8'), path, { module: file.endsWith('.js') }))
}

// Declarations only (no type check here: CI runs tsc --noEmit), from tsconfig.types.json.
const { execFileSync } = await import('node:child_process')
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.types.json', '--noCheck'], { stdio: 'inherit' })

// schema/recount.schema.json from the zod schema that validates .recount.yml.
const { outputFiles } = await build({
  entryPoints: ['src/config/json-schema.ts'], bundle: true, write: false, platform: 'node', format: 'esm', logLevel: 'warning'
})
const { configJsonSchema } = await import('data:text/javascript;base64,' + Buffer.from(outputFiles[0].text).toString('base64'))
const { mkdirSync } = await import('node:fs')
mkdirSync('schema', { recursive: true })
writeFileSync('schema/recount.schema.json', JSON.stringify(configJsonSchema(), null, 2) + '\n')

// `npm run build:site`: the browser playground into site/ (see scripts/build-site.mjs).
if (process.argv.includes('--site')) {
  const { buildSite } = await import('./build-site.mjs')
  await buildSite()
}
