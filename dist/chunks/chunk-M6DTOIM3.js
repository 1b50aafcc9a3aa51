import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  ConfigError,
  check,
  describeIoError,
  isIncluded,
  readReport
} from "./chunk-LBNW64N5.js";

// src/check-files.ts
async function checkFileList(files, explicit, options = {}) {
  const results = [];
  for (const file of files) {
    let config;
    try {
      config = options.configs?.forFile(file);
    } catch (error) {
      results.push({ file, findings: [], claims: emptyCounts(), error: error.message });
      continue;
    }
    if (config && !explicit.has(file) && !isIncluded(config, file)) continue;
    let read;
    try {
      read = await readReport(file, options.maxFileBytes);
    } catch (error) {
      results.push({ file, findings: [], claims: emptyCounts(), error: `${file}: ${describeIoError(error)}` });
      continue;
    }
    if ("skipped" in read) {
      results.push({ file, findings: [], claims: emptyCounts(), notice: read.skipped });
      continue;
    }
    const source = read.text;
    try {
      const result = check(source, { file, metrics: options.metrics, config, reportUnusedDisable: options.reportUnusedDisable });
      results.push(read.notice ? { ...result, notice: read.notice } : result);
    } catch (error) {
      const message = error instanceof ConfigError ? error.message : `${file}: could not be checked: ${error instanceof Error ? error.message : String(error)}`;
      results.push({ file, findings: [], claims: emptyCounts(), error: message });
    }
  }
  return results;
}
function emptyCounts() {
  return { found: 0, verified: 0, contradicted: 0, unverifiable: 0 };
}
function sumCounts(results) {
  const total = emptyCounts();
  for (const r of results) {
    total.found += r.claims.found;
    total.verified += r.claims.verified;
    total.contradicted += r.claims.contradicted;
    total.unverifiable += r.claims.unverifiable;
  }
  return total;
}

export {
  checkFileList,
  emptyCounts,
  sumCounts
};
