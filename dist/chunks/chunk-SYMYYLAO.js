import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);

// src/start/compile-cache.ts
import module from "node:module";
function enableCompileCache() {
  ;
  module.enableCompileCache?.();
}

export {
  enableCompileCache
};
