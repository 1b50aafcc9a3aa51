// The action's code, loaded by its entry (src/start/action.ts), which runs it once V8's settings are in place.
export { run } from './action/main.js'
