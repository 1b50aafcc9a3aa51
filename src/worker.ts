// A checking process of the CheckerPool (started by dist/worker.js): receives its setup once, then
// files, and answers each file with its result in the order received. It exits when the pool
// disconnects.
import { checkReadFile, readFileToCheck, type CheckFilesOptions } from './check-files.js'
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
    // The file is read as soon as it is asked for, so that its read goes on while the files before
    // it are checked (each step of a read waits for the event loop to turn).
    const toCheck = readFileToCheck(request.file, request.explicit, options)
    toCheck.catch(() => {})
    queue = queue.then(async () => {
      const result = checkReadFile(await toCheck, options)
      process.send?.({ result: result ?? null } satisfies CheckerReply)
    })
  })
  process.send?.({ ready: true } satisfies CheckerReply)
}
