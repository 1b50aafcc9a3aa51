import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  checkFile
} from "./chunks/chunk-VLPA4VCM.js";
import {
  ConfigResolver
} from "./chunks/chunk-NIVSRY7J.js";
import "./chunks/chunk-EL2LMYO2.js";

// src/worker.ts
var options = {};
var queue = Promise.resolve();
process.on("message", (request) => {
  if (request.kind === "setup") {
    const { configPath, configSnapshot, ...rest } = request.setup;
    options = { ...rest, configs: new ConfigResolver(configPath, configSnapshot) };
    return;
  }
  queue = queue.then(async () => {
    const result = await checkFile(request.file, request.explicit, options);
    process.send?.({ result: result ?? null });
  });
});
process.send?.({ ready: true });
