import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  setV8Flags,
  v8FlagsFor
} from "./chunk-Q55WFD33.js";

// src/start/compiled-code-cache.ts
import { createHash } from "node:crypto";
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";
function compiledCodeDirectory(env = process.env) {
  if (env.NODE_DISABLE_COMPILE_CACHE !== void 0) return null;
  return join(env.NODE_COMPILE_CACHE || join(tmpdir(), "node-compile-cache"), "recount");
}
var DIGEST_BYTES = 32;
var REACH_BYTES = 8;
var ENOUGH_REACH = 1e6;
var sha256 = (...parts) => parts.reduce((hash, part) => hash.update(part), createHash("sha256")).digest();
function loadBundleWithCodeCache(bundle, directory = compiledCodeDirectory()) {
  const file = fileURLToPath(bundle);
  const bytes = readFileSync(file);
  const cacheFile = directory && join(directory, `${sha256(bytes, runtimeKey()).toString("hex").slice(0, 40)}.v8`);
  const stored = cacheFile ? readCompiledCode(cacheFile) : void 0;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${bytes.toString("utf8")}
})`, { filename: file, cachedData: stored?.code });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  const storedReach = stored && !script.cachedDataRejected ? stored.reach : -1;
  let asked = false;
  const keepCompiledCode = (reach) => {
    if (!cacheFile || asked || storedReach >= ENOUGH_REACH) return;
    asked = true;
    process.once("exit", () => {
      const reached = reach();
      if (storedReach >= 0 && reached <= 2 * storedReach) return;
      const current = readCompiledCode(cacheFile);
      if (current && !current.digest.equals(stored?.digest ?? Buffer.alloc(0)) && reached <= 2 * current.reach) return;
      writeCompiledCode(script, cacheFile, reached);
    });
  };
  return { exports: module.exports, keepCompiledCode };
}
function runtimeKey() {
  return [process.version, process.platform, process.arch, ...process.execArgv, process.env.NODE_OPTIONS ?? "", ...v8FlagsFor(process.versions.v8)].join("\0");
}
function isPrivate(stat) {
  if (typeof process.getuid !== "function") return true;
  return stat.uid === process.getuid() && (stat.mode & 18) === 0;
}
function isPrivateDirectory(path) {
  const stat = lstatSync(path);
  return stat.isDirectory() && isPrivate(stat);
}
function readCompiledCode(cacheFile) {
  let fd;
  try {
    if (!isPrivateDirectory(dirname(cacheFile))) return void 0;
    fd = openSync(cacheFile, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
    const stat = fstatSync(fd);
    if (!stat.isFile() || !isPrivate(stat)) return void 0;
    const stored = readFileSync(fd);
    const digest = stored.subarray(0, DIGEST_BYTES);
    const rest = stored.subarray(DIGEST_BYTES);
    if (rest.length < REACH_BYTES || !sha256(rest).equals(digest)) return void 0;
    return { digest, reach: rest.readDoubleLE(0), code: rest.subarray(REACH_BYTES) };
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function writeCompiledCode(script, cacheFile, reach) {
  const partial = `${cacheFile}.${process.pid}`;
  let created = false;
  try {
    mkdirSync(dirname(cacheFile), { recursive: true, mode: 448 });
    if (!isPrivateDirectory(dirname(cacheFile))) return;
    const header = Buffer.alloc(REACH_BYTES);
    header.writeDoubleLE(reach);
    const rest = Buffer.concat([header, script.createCachedData()]);
    writeFileSync(partial, Buffer.concat([sha256(rest), rest]), { mode: 384, flag: "wx" });
    created = true;
    renameSync(partial, cacheFile);
  } catch {
    try {
      if (created) rmSync(partial, { force: true });
    } catch {
    }
  }
}

// src/start/start-engine.ts
function startEngine(bundle) {
  setV8Flags();
  const engine = loadBundleWithCodeCache(bundle);
  engine.keepCompiledCode(engine.exports.charactersCheckedSoFar);
  return engine.exports;
}

export {
  startEngine
};
