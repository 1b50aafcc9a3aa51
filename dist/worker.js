import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  startEngine
} from "./chunks/chunk-ZR4ZHR5O.js";
import "./chunks/chunk-WU6RB4E7.js";
import "./chunks/chunk-EL2LMYO2.js";

// src/start/worker.ts
startEngine(new URL("./engine.cjs", import.meta.url)).serveChecks();
