import { parentPort, workerData } from 'node:worker_threads'
import { checkFileList } from './check-files.js'
import { ConfigResolver } from './config/resolve.js'
import type { WorkerTask } from './parallel.js'

const task = workerData as WorkerTask
const results = await checkFileList(task.files, new Set(task.explicit), {
  metrics: task.metrics,
  configs: new ConfigResolver(task.configPath),
  reportUnusedDisable: task.reportUnusedDisable,
  maxFileBytes: task.maxFileBytes
})
parentPort?.postMessage(results)
