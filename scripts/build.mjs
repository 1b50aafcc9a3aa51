// Bundles the CLI, the library and the GitHub Action into dist/ (committed, so the action and `npx recount` need no install step).
import { build } from 'esbuild'
import { rmSync } from 'node:fs'

rmSync('dist', { recursive: true, force: true })

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  // Some bundled CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __recountCreateRequire } from 'node:module';\nconst require = __recountCreateRequire(import.meta.url);" }
}

await build({ ...shared, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node\n' + shared.banner.js } })
await build({ ...shared, entryPoints: ['src/index.ts'], outfile: 'dist/lib.js' })
await build({ ...shared, entryPoints: ['src/action.ts'], outfile: 'dist/index.js' })
