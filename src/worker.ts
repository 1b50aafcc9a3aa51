// A checking process of the CheckerPool (started by dist/worker.js): receives its setup once, then
// files, and answers each file with its result in the order received. It exits when the pool
// disconnects.
import { checkFile, type CheckFilesOptions } from './check-files.js'
import { configResolver } from './config/rule-overrides.js'
import type { CheckerReply, CheckerRequest } from './checker-pool.js'

export function serveChecks(): void {
  let options: CheckFilesOptions = {}
  let queue = Promise.resolve()
  process.on('message', (request: CheckerRequest) => {
    if (request.kind === 'setup') {
      const { configPath, configSnapshot, rules, ...rest } = request.setup
      options = { ...rest, configs: configResolver(configPath, rules, configSnapshot) }
      return
    }
    queue = queue.then(async () => {
      const result = await checkFile(request.file, request.explicit, options)
      process.send?.({ result: result ?? null } satisfies CheckerReply)
    })
  })
  process.send?.({ ready: true } satisfies CheckerReply)
}
