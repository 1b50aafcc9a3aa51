// The checking engine, bundled on its own as CommonJS (dist/engine.cjs) so that it can be run from a
// vm.Script with its compiled code kept between runs (compiled-code-cache.ts): the command-line
// interface and the checking processes' loop.
export { runCli } from '../cli.js'
export { serveChecks } from '../worker.js'
export { charactersCheckedSoFar } from '../check-markdown.js'
