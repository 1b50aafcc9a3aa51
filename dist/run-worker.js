import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  checkFile
} from "./chunks/chunk-GBLUGVMH.js";
import {
  configResolver
} from "./chunks/chunk-PMBNJB2Y.js";
import "./chunks/chunk-XLA46QLB.js";
import "./chunks/chunk-3DDWQK4X.js";
import "./chunks/chunk-GVNZ65TO.js";
import "./chunks/chunk-4ZAM6RHV.js";
import "./chunks/chunk-WHLAHZP4.js";
import "./chunks/chunk-NIXWBOEZ.js";
import "./chunks/chunk-EL2LMYO2.js";

// src/worker.ts
var options = {};
var queue = Promise.resolve();
process.on("message", (request) => {
  if (request.kind === "setup") {
    const { configPath, configSnapshot, rules, ...rest } = request.setup;
    options = { ...rest, configs: configResolver(configPath, rules, configSnapshot) };
    return;
  }
  queue = queue.then(async () => {
    const result = await checkFile(request.file, request.explicit, options);
    process.send?.({ result: result ?? null });
  });
});
process.send?.({ ready: true });
