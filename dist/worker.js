import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  enableCompileCache
} from "./chunks/chunk-SYMYYLAO.js";
import "./chunks/chunk-EL2LMYO2.js";

// src/start/worker.ts
enableCompileCache();
await import("./run-worker.js");
