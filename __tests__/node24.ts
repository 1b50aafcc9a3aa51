import { existsSync } from 'node:fs'

// GitHub runs the action on node24; tests that need that Node use a Node 24 binary, from
// RECOUNT_NODE24 or the registry's node@24 package installed under .cache/node24 (see .ci/run).
const CACHED = new URL('../.cache/node24/node_modules/node/bin/node', import.meta.url).pathname
export const NODE24 = process.env.RECOUNT_NODE24 || (existsSync(CACHED) ? CACHED : '')
export const HOW_TO_GET_NODE24 = 'set RECOUNT_NODE24 to a Node 24 binary, or install one: mkdir -p .cache/node24 && cd .cache/node24 && npm init -y && npm i node@24'
/** In CI the binary must be there (.ci/run installs it); elsewhere its tests are skipped with HOW_TO_GET_NODE24. */
export const NODE24_REQUIRED = process.env.CI === 'true'
