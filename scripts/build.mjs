// Bundles the CLI, the library, the GitHub Action and the worker into dist/ (committed, so the action
// and `npx recount` need no install step). Code shared by the entries goes into dist/chunks/, so each
// entry loads only what it uses: `recount --version` does not load Octokit.
import { build } from 'esbuild'
import { readFileSync, rmSync, writeFileSync } from 'node:fs'

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
  plugins: [lazyOidcClient],
  // Some bundled CommonJS dependencies call require(); give the ESM output one.
  banner: { js: "import { createRequire as __recountCreateRequire } from 'node:module';\nconst require = __recountCreateRequire(import.meta.url);" }
})

const cli = 'dist/cli.js'
writeFileSync(cli, '#!/usr/bin/env node\n' + readFileSync(cli, 'utf8'))
