import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  loadBundleWithCodeCache
} from "./chunks/chunk-U7GDTFA4.js";
import {
  compileRegexpsOnce
} from "./chunks/chunk-CMT5HXIY.js";
import "./chunks/chunk-EL2LMYO2.js";

// src/start/worker.ts
compileRegexpsOnce();
var engine = loadBundleWithCodeCache(new URL("./engine.cjs", import.meta.url));
engine.keepCompiledCode(engine.exports.charactersCheckedSoFar);
engine.exports.serveChecks();
