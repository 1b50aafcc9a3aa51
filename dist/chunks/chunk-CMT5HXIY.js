import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);

// src/start/process-settings.ts
import module from "node:module";
import { setFlagsFromString } from "node:v8";
function enableCompileCache() {
  ;
  module.enableCompileCache?.();
}
function compileRegexpsOnce() {
  setFlagsFromString("--no-regexp-tier-up");
}

export {
  enableCompileCache,
  compileRegexpsOnce
};
