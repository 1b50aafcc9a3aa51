import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  enableCompileCache,
  setV8Flags
} from "./chunks/chunk-KBOEX2DC.js";
import "./chunks/chunk-EL2LMYO2.js";

// src/start/action.ts
enableCompileCache();
var { run } = await import("./run-action.js");
setV8Flags();
await run();
