// A checking process of the CLI's and the action's pool: the engine (dist/engine.cjs, kept beside
// this file), started with V8's settings and its compiled code.
import { startEngine } from './start-engine.js'

startEngine(new URL('./engine.cjs', import.meta.url)).serveChecks()
