import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  ConfigError,
  check,
  describeIoError,
  isIncluded,
  readReport
} from "./chunk-C46FPCXS.js";

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
    const hostile = pathology(source);
    if (hostile) {
      results.push({ file, findings: [], claims: emptyCounts(), notice: hostile });
      continue;
    }
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
