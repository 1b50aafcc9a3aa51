// Bundles the CLI, the library, the GitHub Action and the worker into dist/ (committed, so the action
// and `npx recount` need no install step). Code shared by the entries goes into dist/chunks/, so each
// entry loads only what it uses: `recount --version` does not load Octokit.
import { build } from 'esbuild'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { parserPatches } from './build/parser-patches.mjs'

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

// dist/cli.js, dist/index.js (the action) and dist/worker.js are small entries (src/start/) that turn on
// Node's compile cache and set V8's flags, then load the real entry (dist/run-*.js), which must stay
// beside them: its code finds worker.js and the docs relative to its own file.
const RUN_ENTRIES = { cli: 'run-cli', action: 'run-action', worker: 'run-worker' }
const startThenRun = {
  name: 'start-then-run',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/(?:cli|action|worker)\.js$/ }, (args) =>
      /[\\/]src[\\/]start$/.test(args.resolveDir) ? { path: `./${RUN_ENTRIES[args.path.slice(3, -3)]}.js`, external: true } : undefined)
  }
}

await build({
  entryPoints: {
    cli: 'src/start/cli.ts',
    index: 'src/start/action.ts',
    worker: 'src/start/worker.ts',
    [RUN_ENTRIES.cli]: 'src/cli.ts',
    [RUN_ENTRIES.action]: 'src/action.ts',
    [RUN_ENTRIES.worker]: 'src/worker.ts',
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
  plugins: [lazyOidcClient, parserPatches, startThenRun],
  // Some bundled CommonJS dependencies call require(); give the ESM output one.
  banner: { js: "import { createRequire as __recountCreateRequire } from 'node:module';\nconst require = __recountCreateRequire(import.meta.url);" }
})

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
