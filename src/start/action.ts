// The GitHub Action. Node's compile cache and V8's settings must be in place before the bundle's code
// loads, so this small entry sets them and then loads the real one.
import { enableCompileCache, setV8Flags } from './process-settings.js'

enableCompileCache()
setV8Flags()
await import('../action.js')
