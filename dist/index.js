import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  enableCompileCache,
  setV8Flags
} from "./chunks/chunk-Q55WFD33.js";
import "./chunks/chunk-EL2LMYO2.js";

// src/start/action.ts
enableCompileCache();
var action = await import("./run-action.js");
await action.loadGitHubClientIfUsed();
setV8Flags();
await action.run();
