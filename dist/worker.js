import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  checkFileList
} from "./chunks/chunk-6Z227LVU.js";
import {
  ConfigResolver
} from "./chunks/chunk-C46FPCXS.js";
import "./chunks/chunk-EL2LMYO2.js";

// src/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var task = workerData;
var results = await checkFileList(task.files, new Set(task.explicit), {
  metrics: task.metrics,
  configs: new ConfigResolver(task.configPath),
  reportUnusedDisable: task.reportUnusedDisable,
  maxFileBytes: task.maxFileBytes
});
parentPort?.postMessage(results);
