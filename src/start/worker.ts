// A checking process of the CLI's pool. Node's compile cache and V8's settings must be in place before
// the bundle's code loads, so this small entry sets them and then loads the real one.
import { compileRegexpsOnce, enableCompileCache } from './process-settings.js'

enableCompileCache()
compileRegexpsOnce()
await import('../worker.js')
