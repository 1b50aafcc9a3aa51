import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  ConfigError,
  check,
  describeIoError,
  isIncluded,
  readReport
} from "./chunk-6Q43HWW2.js";

// src/read/pathology.ts
var LIMITS = { indentColumns: 200, tableCells: 1e3, listRun: 2e4, tableRows: 5e3, inlineSyntax: 1e5 };
function pathology(text) {
  let listRun = 0;
  let tableRun = 0;
  let lineStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 10;
    if (code !== 10 && code !== 13) continue;
    const line = text.slice(lineStart, i);
    lineStart = i + 1;
    let indent = 0;
    while (indent < line.length && (line.charCodeAt(indent) === 32 || line.charCodeAt(indent) === 9)) indent++;
    if (indent > LIMITS.indentColumns && indent < line.length) return `skipped: a line indented ${indent} columns (nesting deeper than recount parses, ${LIMITS.indentColumns})`;
    const isItem = /^(?:[-*+]|\d{1,9}[.)])(?:\s|$)/.test(line.slice(indent, indent + 11));
    listRun = isItem ? listRun + 1 : line.trim() === "" ? listRun : 0;
    if (listRun > LIMITS.listRun) return `skipped: a list of more than ${LIMITS.listRun} items`;
    if (line.length > LIMITS.inlineSyntax) {
      let syntax = 0;
      for (let k = 0; k < line.length; k++) if ("*_[]()<>!`=-~".includes(line[k])) syntax++;
      if (syntax > LIMITS.inlineSyntax) return `skipped: a line with ${syntax} characters of inline Markdown syntax (more than ${LIMITS.inlineSyntax})`;
    }
    const hasPipe = line.includes("|");
    tableRun = hasPipe ? tableRun + 1 : 0;
    if (tableRun > LIMITS.tableRows) return `skipped: a table of more than ${LIMITS.tableRows} rows`;
    if (line.length > LIMITS.tableCells && hasPipe) {
      let cells = 0;
      for (let k = 0; k < line.length; k++) if (line.charCodeAt(k) === 124) cells++;
      if (cells > LIMITS.tableCells) return `skipped: a table row of ${cells} cells (more than ${LIMITS.tableCells})`;
    }
  }
  return null;
}

// src/check-files.ts
async function checkFile(file, explicit, options = {}) {
  let config;
  try {
    config = options.configs?.forFile(file);
  } catch (error) {
    return failedResult(file, error.message);
  }
  if (config && !explicit && !isIncluded(config, file)) return void 0;
  let read;
  try {
    read = await readReport(file, options.maxFileBytes);
  } catch (error) {
    return failedResult(file, `${file}: ${describeIoError(error)}`);
  }
  if ("skipped" in read) return { file, findings: [], claims: emptyCounts(), notice: read.skipped };
  const source = read.text;
  const hostile = pathology(source);
  if (hostile) return { file, findings: [], claims: emptyCounts(), notice: hostile };
  try {
    const result = { ...check(source, { file, metrics: options.metrics, config, reportUnusedDisable: options.reportUnusedDisable, listClaims: options.listClaims }), digest: read.digest };
    return read.notice ? { ...result, notice: read.notice } : result;
  } catch (error) {
    const message = error instanceof ConfigError ? error.message : `${file}: could not be checked: ${error instanceof Error ? error.message : String(error)}`;
    return failedResult(file, message);
  }
}
function failedResult(file, error) {
  return { file, findings: [], claims: emptyCounts(), error };
}
function emptyCounts() {
  return { found: 0, verified: 0, contradicted: 0, unverifiable: 0 };
}
function addCounts(total, more) {
  total.found += more.found;
  total.verified += more.verified;
  total.contradicted += more.contradicted;
  total.unverifiable += more.unverifiable;
}
function sumCounts(results) {
  const total = emptyCounts();
  for (const r of results) addCounts(total, r.claims);
  return total;
}

export {
  checkFile,
  failedResult,
  emptyCounts,
  addCounts,
  sumCounts
};
