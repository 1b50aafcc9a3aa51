// A checking process of the CLI's pool. The cache must be on before the bundle's code is loaded (and so compiled), which is
// why this small entry loads the real one afterwards.
import { enableCompileCache } from './compile-cache.js'

enableCompileCache()
await import('../worker.js')
