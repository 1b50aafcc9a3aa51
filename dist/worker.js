import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  startEngine
} from "./chunks/chunk-CDLRPC2O.js";
import "./chunks/chunk-Q55WFD33.js";
import "./chunks/chunk-EL2LMYO2.js";

// src/start/worker.ts
startEngine(new URL("./engine.cjs", import.meta.url)).serveChecks();
