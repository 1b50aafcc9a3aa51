// The GitHub Action. Node's compile cache must be on before the bundle's code loads, and V8's
// settings in place before it runs. The bundle is loaded in between, so that the Node modules it
// imports are loaded before the settings change, with Node's compiled code for them (see
// setV8Flags); its own module-level code runs under Node's defaults. On a pull request the GitHub
// client is loaded in between too (src/action.ts). Node's compile cache keeps each module's code as
// it is compiled, before the settings change, so the next run finds it valid (checked on Node 24).
import { enableCompileCache, setV8Flags } from './process-settings.js'

enableCompileCache()
const action = await import('../action.js')
await action.loadGitHubClientIfUsed()
setV8Flags()
await action.run()
