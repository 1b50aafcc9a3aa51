import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);

// src/start/process-settings.ts
import module, { createRequire } from "node:module";
import { setFlagsFromString } from "node:v8";
function enableCompileCache() {
  ;
  module.enableCompileCache?.();
}
var INTERRUPT_BUDGET = 2e5;
var INLINED_BYTECODE_CUMULATIVE = 100;
function v8FlagsFor(version) {
  const flags = ["--no-regexp-tier-up", `--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE_CUMULATIVE}`];
  const [, major, minor] = /^(\d+)\.(\d+)\./.exec(version)?.map(Number) ?? [];
  if (major !== void 0 && minor !== void 0 && (major < 11 || major === 11 && minor <= 3)) flags.push(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  return flags;
}
function setV8Flags() {
  loadNodeModulesUsedLater();
  for (const flag of v8FlagsFor(process.versions.v8)) setFlagsFromString(flag);
}
function loadNodeModulesUsedLater() {
  const require2 = createRequire(import.meta.url);
  require2("node:fs/promises");
  require2("node:process");
  require2("node:vm");
  void require2("node:util").parseArgs;
  void globalThis.navigator;
}

export {
  enableCompileCache,
  v8FlagsFor,
  setV8Flags
};
