import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  checkFile,
  configResolver
} from "./chunks/chunk-JZF4DLDB.js";
import "./chunks/chunk-NUFTEON3.js";
import "./chunks/chunk-34U3JJVX.js";
import "./chunks/chunk-IK7A6LUH.js";
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
