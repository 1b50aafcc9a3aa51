import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  ConfigError,
  check,
  describeIoError,
  isIncluded,
  readReport
} from "./chunk-64RWZXJN.js";

// src/read/parse-cost.ts
var KIB = 1024;
var MIB = 1024 * KIB;
var PARSE_WEIGHTS = { byte: 128, tableCell: 8 * KIB, bracket: 6 * KIB, emphasisRun: 2 * KIB, containerLevel: 2 * KIB };
var PARSE_BUDGET = {
  /** Estimated parser memory per file (a normal report of about 6 MB, 250,000 table cells). */
  memoryBytes: 2048 * MIB,
  /** micromark's cost per line grows with the square of a blockquote's depth (one line 50,000 deep takes minutes). */
  quoteDepth: 100,
  /** Emphasis is matched per paragraph in time that grows faster than linearly with its markers. */
  emphasisRunsPerParagraph: 2e3,
  /**
   * Each list or blockquote closed by a line that is not its continuation makes micromark copy its
   * events for every line parsed so far (the lazy-line path of its document tokenizer): the sum of
   * those lines' numbers, about 160 ns each (50,000,000: about 8 s).
   */
  containerExitLines: 5e7
};
var GT = 62;
var SPACE = 32;
var TAB = 9;
var PIPE = 124;
var BRACKET = 91;
var STAR = 42;
var UNDERSCORE = 95;
var BACKTICK = 96;
var TILDE = 126;
var HASH = 35;
function estimateParseCost(text) {
  const cost = {
    memoryBytes: 0,
    tableCells: 0,
    brackets: 0,
    emphasisRuns: 0,
    containerLevels: 0,
    containerExitLines: 0,
    deepestQuote: { depth: 0, line: 0 },
    densestParagraph: { emphasisRuns: 0, line: 0 }
  };
  let lineNumber = 0;
  let lineStart = 0;
  let inFence = false;
  let inContainer = false;
  let previousBlank = true;
  let paragraphLine = 0;
  let paragraphRuns = 0;
  let pipeLines = 0;
  let previousPipes = 0;
  for (let end = 0; end <= text.length; end++) {
    const code = end < text.length ? text.charCodeAt(end) : 10;
    if (code !== 10 && code !== 13) continue;
    lineNumber++;
    const start = lineStart;
    lineStart = code === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    const lineEnd = end;
    end = lineStart - 1;
    let i = start;
    let quotes = 0;
    let indent = 0;
    for (; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === GT) quotes++;
      else if (c === SPACE) indent++;
      else if (c === TAB) indent += 4;
      else break;
    }
    const blank = i === lineEnd;
    if (quotes > cost.deepestQuote.depth) cost.deepestQuote = { depth: quotes, line: lineNumber };
    const first = text.charCodeAt(i);
    const listItem = !blank && isListMarker(text, i, lineEnd);
    cost.containerLevels += quotes + (indent >> 1) + (listItem ? 1 : 0);
    if ((first === BACKTICK || first === TILDE) && text.charCodeAt(i + 1) === first && text.charCodeAt(i + 2) === first) inFence = !inFence;
    if (blank) {
      paragraphRuns = 0;
      pipeLines = 0;
      previousPipes = 0;
    } else if (!inFence) {
      if (previousBlank) paragraphLine = lineNumber;
      const containerLine = quotes > 0 || listItem || inContainer && indent >= 2;
      if (!containerLine && inContainer && (previousBlank || first === HASH)) cost.containerExitLines += lineNumber;
      inContainer = containerLine || inContainer && !previousBlank;
      let pipes = 0;
      for (let k = i; k < lineEnd; k++) {
        const c = text.charCodeAt(k);
        if (c === PIPE) pipes++;
        else if (c === BRACKET) cost.brackets++;
        else if ((c === STAR || c === UNDERSCORE) && text.charCodeAt(k - 1) !== c) {
          cost.emphasisRuns++;
          paragraphRuns++;
        }
      }
      if (paragraphRuns > cost.densestParagraph.emphasisRuns) cost.densestParagraph = { emphasisRuns: paragraphRuns, line: paragraphLine };
      if (pipes > 0 && pipeLines > 0) cost.tableCells += pipes + (pipeLines === 1 ? previousPipes : 0);
      pipeLines = pipes > 0 ? pipeLines + 1 : 0;
      previousPipes = pipes;
    }
    previousBlank = blank;
  }
  cost.memoryBytes = text.length * PARSE_WEIGHTS.byte + cost.tableCells * PARSE_WEIGHTS.tableCell + cost.brackets * PARSE_WEIGHTS.bracket + cost.emphasisRuns * PARSE_WEIGHTS.emphasisRun + cost.containerLevels * PARSE_WEIGHTS.containerLevel;
  return cost;
}
function isListMarker(text, i, end) {
  const c = text.charCodeAt(i);
  if (c === 45 || c === STAR || c === 43) return i + 1 === end || text.charCodeAt(i + 1) === SPACE || text.charCodeAt(i + 1) === TAB;
  let k = i;
  while (k < end && k - i < 9 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
  if (k === i) return false;
  const d = text.charCodeAt(k);
  return (d === 46 || d === 41) && (k + 1 === end || text.charCodeAt(k + 1) === SPACE || text.charCodeAt(k + 1) === TAB);
}
var mib = (bytes) => Math.round(bytes / MIB).toLocaleString("en-US");
var count = (n) => n.toLocaleString("en-US");
function overBudget(cost) {
  if (cost.deepestQuote.depth > PARSE_BUDGET.quoteDepth) return `skipped: line ${cost.deepestQuote.line} nests blockquotes ${count(cost.deepestQuote.depth)} deep (more than ${PARSE_BUDGET.quoteDepth})`;
  if (cost.densestParagraph.emphasisRuns > PARSE_BUDGET.emphasisRunsPerParagraph) {
    return `skipped: the paragraph at line ${cost.densestParagraph.line} has more than ${count(PARSE_BUDGET.emphasisRunsPerParagraph)} emphasis markers (* or _)`;
  }
  if (cost.containerExitLines > PARSE_BUDGET.containerExitLines) {
    return `skipped: too many lists or blockquotes closed by a heading or paragraph for the file's length (the Markdown parser's time grows with their number times its lines)`;
  }
  if (cost.memoryBytes > PARSE_BUDGET.memoryBytes) {
    return `skipped: parsing would take about ${mib(cost.memoryBytes)} MB (${count(cost.tableCells)} table cells, ${count(cost.brackets)} brackets, ${count(cost.emphasisRuns)} emphasis markers, ${count(cost.containerLevels)} nesting levels), over the ${mib(PARSE_BUDGET.memoryBytes)} MB budget`;
  }
  return null;
}

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
  return overBudget(estimateParseCost(text));
}

// src/check-files.ts
async function checkFile(file, explicit, options = {}) {
  return checkReadFile(await readFileToCheck(file, explicit, options), options);
}
async function readFileToCheck(file, explicit, options = {}) {
  let config;
  try {
    config = options.configs?.forFile(file);
  } catch (error) {
    return { result: failedResult(file, error.message) };
  }
  if (config && !explicit && !isIncluded(config, file)) return { result: void 0 };
  let read;
  try {
    read = await readReport(file, options.maxFileBytes);
  } catch (error) {
    return { result: failedResult(file, `${file}: ${describeIoError(error)}`) };
  }
  if ("skipped" in read) return { result: skippedResult(file, read.skipped) };
  return { file, config, read };
}
function checkReadFile(toCheck, options = {}) {
  if ("result" in toCheck) return toCheck.result;
  const { file, config, read } = toCheck;
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
function skippedResult(file, notice) {
  return { file, findings: [], claims: emptyCounts(), notice };
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
  readFileToCheck,
  checkReadFile,
  failedResult,
  skippedResult,
  sumCounts
};
