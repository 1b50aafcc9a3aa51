import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  checkFileList,
  emptyCounts,
  sumCounts
} from "./chunk-6Z227LVU.js";
import {
  ConfigResolver,
  expandPaths
} from "./chunk-C46FPCXS.js";

// src/parallel.ts
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { stat } from "node:fs/promises";

// src/read/shard.ts
function shardOf(path, count) {
  let hash = 2166136261;
  for (let i = 0; i < path.length; i++) {
    hash ^= path.charCodeAt(i);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash % count;
}
function parseShard(text) {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return `expected i/n, such as 1/4, got "${text}"`;
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1 || index < 1 || index > count) return `expected 1 \u2264 i \u2264 n in i/n, got "${text}"`;
  return { index, count };
}

// src/parallel.ts
var YOUNG_GENERATION_MB = 192;
async function checkFilesInParallel(paths, options) {
  const expanded = await expandPaths(paths);
  const { explicit } = expanded;
  const shard = options.shard;
  const files = shard ? expanded.files.filter((f) => shardOf(f, shard.count) === shard.index - 1) : expanded.files;
  const errors = shard && shard.index !== 1 ? [] : expanded.errors;
  const results = errors.map(({ file, message }) => ({ file, findings: [], claims: emptyCounts(), error: `${file}: ${message}` }));
  const sizes = await Promise.all(files.map(async (f) => (await stat(f).catch(() => null))?.size ?? 0));
  const total = sizes.reduce((a, b) => a + b, 0);
  const threads = Math.min(availableParallelism(), 4, files.length);
  if (threads < 2 || total < (options.minBytes ?? 2 * 1024 * 1024)) {
    results.push(...await checkFileList(files, explicit, { metrics: options.metrics, configs: new ConfigResolver(options.configPath), reportUnusedDisable: options.reportUnusedDisable, maxFileBytes: options.maxFileBytes }));
    return { results, claims: sumCounts(results) };
  }
  const order = files.map((file, i) => ({ file, size: sizes[i] })).sort((a, b) => b.size - a.size);
  const shares = Array.from({ length: threads }, () => ({ files: [], bytes: 0 }));
  for (const { file, size } of order) {
    const lightest = shares.reduce((a, b) => b.bytes < a.bytes ? b : a);
    lightest.files.push(file);
    lightest.bytes += size;
  }
  const perWorker = await Promise.all(
    shares.map(
      (share) => new Promise((resolve, reject) => {
        const task = { files: share.files, explicit: share.files.filter((f) => explicit.has(f)), configPath: options.configPath, metrics: options.metrics, reportUnusedDisable: options.reportUnusedDisable, maxFileBytes: options.maxFileBytes };
        const worker = new Worker(options.workerUrl, { workerData: task, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
        worker.once("message", resolve);
        worker.once("error", reject);
        worker.once("exit", (code) => {
          if (code !== 0) reject(new Error(`a worker stopped with exit code ${code}`));
        });
      })
    )
  );
  const byFile = new Map(perWorker.flat().map((r) => [r.file, r]));
  for (const file of files) {
    const result = byFile.get(file);
    if (result) results.push(result);
  }
  return { results, claims: sumCounts(results) };
}

// src/report/json.ts
function formatJson(results, claims, otherErrors = [], docsBase) {
  const findings = results.flatMap((r) => r.findings).map((f) => docsBase && f.rule !== "directive" ? { ...f, url: `${docsBase}${f.rule}.md` } : f);
  const errors = [...results.filter((r) => r.error).map((r) => ({ file: r.file, message: r.error })), ...otherErrors];
  const notices = results.filter((r) => r.notice).map((r) => ({ file: r.file, message: r.notice }));
  return JSON.stringify({ version: 1, files: results.length, claims, findings, errors, notices }, null, 2) + "\n";
}

// src/model.ts
var SEVERITY_RANK = { notice: 1, warning: 2, error: 3, never: 99 };

// src/version.ts
var VERSION = "0.1.0";

export {
  parseShard,
  checkFilesInParallel,
  formatJson,
  SEVERITY_RANK,
  VERSION
};
