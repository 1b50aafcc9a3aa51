import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  emptyCounts,
  failedResult,
  skippedResult,
  sumCounts
} from "./chunks/chunk-6SP6ACMT.js";
import {
  VERSION
} from "./chunks/chunk-77U5QSCG.js";
import {
  CONFIG_NAMES,
  ConfigError,
  ConfigResolver,
  MARKDOWN_EXTENSIONS,
  MAX_CONFIG_BYTES,
  RULES,
  SEVERITY_RANK,
  check,
  decodeReport,
  describeIoError,
  expandPaths,
  glob,
  groupInteger,
  isIncluded,
  listMatching,
  loadMetrics,
  mergeConfig,
  parseMarkdown,
  readReport,
  repositoryRoot,
  require_picomatch,
  sha256,
  zod_parts_exports
} from "./chunks/chunk-3SFRLJA2.js";
import {
  error,
  getInput,
  info,
  notice,
  setFailed,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunks/chunk-EI22HG3V.js";
import "./chunks/chunk-HUWRBNLH.js";
import "./chunks/chunk-XKUJVVH5.js";
import "./chunks/chunk-UHEI46QV.js";
import "./chunks/chunk-42MYV6I2.js";
import {
  __toESM
} from "./chunks/chunk-EL2LMYO2.js";

// src/action/main.ts
import { mkdir, writeFile as writeFile2 } from "node:fs/promises";
import { existsSync, readFileSync as readFileSync2 } from "node:fs";
import { dirname, isAbsolute as isAbsolute2, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";
var import_picomatch = __toESM(require_picomatch(), 1);

// src/parallel.ts
import { availableParallelism } from "node:os";
import { stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";

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
    let indent2 = 0;
    for (; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === GT) quotes++;
      else if (c === SPACE) indent2++;
      else if (c === TAB) indent2 += 4;
      else break;
    }
    const blank = i === lineEnd;
    if (quotes > cost.deepestQuote.depth) cost.deepestQuote = { depth: quotes, line: lineNumber };
    const first = text.charCodeAt(i);
    const listItem = !blank && isListMarker(text, i, lineEnd);
    cost.containerLevels += quotes + (indent2 >> 1) + (listItem ? 1 : 0);
    if ((first === BACKTICK || first === TILDE) && text.charCodeAt(i + 1) === first && text.charCodeAt(i + 2) === first) inFence = !inFence;
    if (blank) {
      paragraphRuns = 0;
      pipeLines = 0;
      previousPipes = 0;
    } else if (!inFence) {
      if (previousBlank) paragraphLine = lineNumber;
      const containerLine = quotes > 0 || listItem || inContainer && indent2 >= 2;
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
var mib = (bytes) => groupInteger(Math.round(bytes / MIB));
var count = groupInteger;
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
    let indent2 = 0;
    while (indent2 < line.length && (line.charCodeAt(indent2) === 32 || line.charCodeAt(indent2) === 9)) indent2++;
    if (indent2 > LIMITS.indentColumns && indent2 < line.length) return `skipped: a line indented ${indent2} columns (nesting deeper than recount parses, ${LIMITS.indentColumns})`;
    const isItem = /^(?:[-*+]|\d{1,9}[.)])(?:\s|$)/.test(line.slice(indent2, indent2 + 11));
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
    if (config && !explicit && !isIncluded(config, file)) return { result: void 0 };
  } catch (error2) {
    return { result: failedResult(file, error2.message) };
  }
  let read;
  try {
    read = await readReport(file, options.maxFileBytes);
  } catch (error2) {
    return { result: failedResult(file, `${file}: ${describeIoError(error2)}`) };
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
  } catch (error2) {
    const message = error2 instanceof ConfigError ? error2.message : `${file}: could not be checked: ${error2 instanceof Error ? error2.message : String(error2)}`;
    return failedResult(file, message);
  }
}

// src/read/read-ahead.ts
var ReadAhead = class {
  constructor(count2, read, window, sizeOf = () => 0, budget = Infinity) {
    this.count = count2;
    this.read = read;
    this.window = window;
    this.sizeOf = sizeOf;
    this.budget = budget;
  }
  count;
  read;
  window;
  sizeOf;
  budget;
  started = /* @__PURE__ */ new Map();
  /** What each read started and not yet taken counts against the budget: its size once done. */
  charged = /* @__PURE__ */ new Map();
  held = 0;
  largest = 0;
  next = 0;
  /**
   * The read of item `index`, started now if it was not, after starting those up to `window` beyond
   * it. Items are taken in order; an item passed over (a file answered from the result cache) is
   * never read, or, if its read had started, is dropped.
   */
  take(index) {
    if (!Number.isInteger(index) || index < 0 || index >= this.count) throw new RangeError(`no item ${index} to read (there are ${this.count})`);
    if (index < this.next && !this.started.has(index)) throw new RangeError(`item ${index} was already taken or passed over`);
    for (const earlier of this.started.keys()) if (earlier < index) this.drop(earlier);
    const started = this.started.get(index);
    this.drop(index);
    const read = started ?? this.read(index);
    this.next = Math.max(this.next, index + 1);
    while (this.next < this.count && this.next <= index + this.window && this.held < this.budget) this.start(this.next++);
    return read;
  }
  drop(index) {
    this.held -= this.charged.get(index) ?? 0;
    this.charged.delete(index);
    this.started.delete(index);
  }
  start(index) {
    const read = this.read(index);
    this.started.set(index, read);
    this.charged.set(index, this.largest);
    this.held += this.largest;
    read.then((value) => this.done(index, value), () => {
    });
  }
  done(index, value) {
    const size = this.sizeOf(value);
    this.largest = Math.max(this.largest, size);
    if (!this.started.has(index)) return;
    this.held += size - (this.charged.get(index) ?? 0);
    this.charged.set(index, size);
  }
};

// src/read/shard.ts
function shardOf(path, count2) {
  let hash = 2166136261;
  for (let i = 0; i < path.length; i++) {
    hash ^= path.charCodeAt(i);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash % count2;
}
function parseShard(text) {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!match) return `expected i/n, such as 1/4, got "${text}"`;
  const index = Number(match[1]);
  const count2 = Number(match[2]);
  if (count2 < 1 || index < 1 || index > count2) return `expected 1 \u2264 i \u2264 n in i/n, got "${text}"`;
  return { index, count: count2 };
}

// src/config/rule-overrides.ts
var RuleOverridingResolver = class extends ConfigResolver {
  constructor(explicitPath, severities, snapshot) {
    super(explicitPath, snapshot);
    this.severities = severities;
  }
  severities;
  overridden = /* @__PURE__ */ new WeakMap();
  forFile(file) {
    const base = super.forFile(file);
    let config = this.overridden.get(base);
    if (!config) {
      config = mergeConfig(base, { rules: this.severities }, null);
      this.overridden.set(base, config);
    }
    return config;
  }
};
function configResolver(explicitPath, severities, snapshot) {
  return severities && Object.keys(severities).length > 0 ? new RuleOverridingResolver(explicitPath, severities, snapshot) : new ConfigResolver(explicitPath, snapshot);
}

// src/parallel.ts
var PARALLEL_MIN_BYTES = 2 * 1024 * 1024;
var MAX_JOBS = 4;
var REORDER_WINDOW = 64;
var READ_AHEAD = 8;
var READ_AHEAD_CHARACTERS = 16 * 1024 * 1024;
async function* streamFileResults(paths, options) {
  const expanded = await expandPaths(paths);
  const { explicit } = expanded;
  const shard = options.shard;
  const files = shard ? expanded.files.filter((f) => shardOf(f, shard.count) === shard.index - 1) : expanded.files;
  if (!shard || shard.index === 1) {
    for (const { file, message } of expanded.errors) yield failedResult(file, `${file}: ${message}`);
    for (const { file, notice: notice2 } of expanded.skipped) yield skippedResult(file, notice2);
  }
  const jobs = Math.min(options.jobs ?? await automaticJobs(files), files.length);
  const checkOptions = { metrics: options.metrics, configs: options.configs ?? configResolver(options.configPath, options.rules, options.configSnapshot), reportUnusedDisable: options.reportUnusedDisable, maxFileBytes: options.maxFileBytes, listClaims: options.listClaims };
  if (jobs < 2) {
    const reads = new ReadAhead(
      files.length,
      (i) => readFileToCheck(files[i], explicit.has(files[i]), checkOptions),
      options.cache ? 0 : READ_AHEAD,
      (toCheck) => "read" in toCheck ? toCheck.read.text.length : 0,
      READ_AHEAD_CHARACTERS
    );
    for (let i = 0; i < files.length; i++) {
      const file = files[i];
      const cached = await options.cache?.reuse(file, explicit.has(file));
      let result = cached;
      if (!cached) {
        const toCheck = await reads.take(i);
        result = checkReadFile(toCheck, checkOptions);
        options.cache?.remember(file, result);
      }
      if (result) yield result;
    }
    return;
  }
  const { CheckerPool, CheckerUnavailable } = await import("./chunks/checker-pool-UBX7TKLL.js");
  const pool = new CheckerPool(jobs, fileURLToPath(options.workerUrl), { configPath: options.configPath, configSnapshot: options.configSnapshot, rules: options.rules, metrics: options.metrics, reportUnusedDisable: options.reportUnusedDisable, maxFileBytes: options.maxFileBytes, listClaims: options.listClaims });
  let fellBack = false;
  try {
    const waiting = [];
    let next = 0;
    while (next < files.length || waiting.length > 0) {
      while (next < files.length && waiting.length < REORDER_WINDOW) {
        const file2 = files[next++];
        const cached = await options.cache?.reuse(file2, explicit.has(file2));
        if (cached) {
          waiting.push({ file: file2, outcome: Promise.resolve({ result: cached, cached: true }) });
          continue;
        }
        const outcome2 = pool.check(file2, explicit.has(file2)).then(
          (result2) => ({ result: result2 }),
          (error2) => {
            if (error2 instanceof CheckerUnavailable) return { unavailable: error2.message };
            throw error2;
          }
        );
        waiting.push({ file: file2, outcome: outcome2 });
      }
      const { file, outcome } = waiting.shift();
      const settled = await outcome;
      let result;
      if ("unavailable" in settled) {
        if (!fellBack) options.onFallback?.(settled.unavailable);
        fellBack = true;
        result = await checkFile(file, explicit.has(file), checkOptions);
      } else {
        result = settled.result;
      }
      if (!("cached" in settled)) options.cache?.remember(file, result);
      if (result) yield result;
    }
  } finally {
    pool.close();
  }
}
async function automaticJobs(files) {
  let total = 0;
  for (const file of files) {
    total += (await stat(file).catch(() => null))?.size ?? 0;
    if (total >= PARALLEL_MIN_BYTES) return Math.min(availableParallelism(), MAX_JOBS);
  }
  return 1;
}
async function checkFilesInParallel(paths, options) {
  const results = [];
  for await (const result of streamFileResults(paths, options)) results.push(result);
  return { results, claims: sumCounts(results) };
}

// src/action/base-config.ts
import { execFileSync } from "node:child_process";
import { posix } from "node:path";
var GIT_TIMEOUT_MS = 6e4;
function git(root, args) {
  return execFileSync("git", args, { cwd: root, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 512 * 1024 * 1024, timeout: GIT_TIMEOUT_MS });
}
function gitFailure(error2) {
  const stderr = error2.stderr?.toString("utf8").trim();
  const line = stderr?.split("\n").find((l) => l.trim() !== "");
  return line ?? error2.message.split("\n")[0] ?? "git failed";
}
function hasCommit(root, sha) {
  try {
    git(root, ["cat-file", "-e", `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}
function readBaseConfigs(root, sha, also = []) {
  if (!/^[0-9a-f]{40}$/.test(sha) && !/^[0-9a-f]{64}$/.test(sha)) throw new Error("the event names no base commit");
  const commit = sha.slice(0, 7);
  if (!hasCommit(root, sha)) {
    try {
      git(root, ["fetch", "--no-tags", "--no-recurse-submodules", "--depth=1", "origin", sha]);
    } catch (error2) {
      throw new Error(`the base commit ${commit} is not in the clone and could not be fetched: ${gitFailure(error2)}`);
    }
  }
  let listing;
  try {
    listing = git(root, ["ls-tree", "-r", "-z", "--long", sha]).toString("utf8");
  } catch (error2) {
    throw new Error(`could not list the base commit ${commit}: ${gitFailure(error2)}`);
  }
  const snapshot = { root, commit, files: {}, refused: {} };
  for (const entry of listing.split("\0")) {
    const tab = entry.indexOf("	");
    const path = entry.slice(tab + 1);
    if (tab < 0 || !(CONFIG_NAMES.includes(posix.basename(path)) || also.includes(path))) continue;
    const [mode, type, object, size] = entry.slice(0, tab).trim().split(/ +/);
    if (type !== "blob") continue;
    if (mode === "120000") snapshot.refused[path] = "a symbolic link in the base commit (not followed)";
    else if (Number(size) > MAX_CONFIG_BYTES) snapshot.refused[path] = `over the ${MAX_CONFIG_BYTES / 1024 / 1024} MB limit`;
    else snapshot.files[path] = git(root, ["cat-file", "blob", object]).toString("utf8");
  }
  return snapshot;
}

// src/report/writer.ts
function writeAll(makeWriter, results, claims, otherErrors = []) {
  let out = "";
  const writer = makeWriter((text) => {
    out += text;
  });
  for (const result of results) writer.add(result);
  writer.end(claims, otherErrors);
  return out;
}

// src/report/log-safe.ts
var CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;
function escapeControl(ch) {
  if (ch === "\n") return "\\n";
  if (ch === "\r") return "\\r";
  const code = ch.charCodeAt(0);
  return code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16)}`;
}
function printable(text) {
  return text.replace(CONTROL, escapeControl);
}
function jsonLogSafe(json) {
  return json.replace(/::/g, ":\\u003a").replace(/##\[/g, "#\\u0023[").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
function codeSpan(text) {
  const shown = printable(text);
  let longest = 0;
  for (const run2 of shown.match(/`+/g) ?? []) longest = Math.max(longest, run2.length);
  const fence = "`".repeat(longest + 1);
  const pad = shown.startsWith("`") || shown.endsWith("`") ? " " : "";
  return `${fence}${pad}${shown}${pad}${fence}`;
}

// src/report/json.ts
var JsonWriter = class {
  constructor(write, docsBase, cache) {
    this.docsBase = docsBase;
    this.cache = cache;
    this.write = (text) => write(jsonLogSafe(text));
    this.write('{\n  "version": 1,\n  "findings": [');
  }
  docsBase;
  cache;
  files = 0;
  findings = 0;
  errors = [];
  notices = [];
  /** `docsBase`: where the rules' pages are; each finding then links to its rule's page. */
  write;
  add(result) {
    if (!result.error) this.files++;
    if (result.error) this.errors.push({ file: result.file, message: result.error });
    if (result.notice) this.notices.push({ file: result.file, message: result.notice });
    let text = "";
    for (const finding of result.findings) {
      text += (this.findings++ === 0 ? "\n" : ",\n") + indent(JSON.stringify(this.withUrl(finding), null, 2), "    ");
    }
    if (text) this.write(text);
  }
  end(claims, otherErrors) {
    const cache = this.cache && { location: this.cache.location, reused: this.cache.reused, checked: this.cache.checked };
    const rest = JSON.stringify({ errors: [...this.errors, ...otherErrors], notices: this.notices, files: this.files, claims, ...cache ? { cache } : {} }, null, 2);
    this.write((this.findings > 0 ? "\n  ]" : "]") + ",\n" + rest.slice(2));
    this.write("\n");
  }
  withUrl(finding) {
    return this.docsBase && finding.rule !== "directive" ? { ...finding, url: `${this.docsBase}${finding.rule}.md` } : finding;
  }
};
var indent = (text, by) => by + text.replace(/\n/g, "\n" + by);
function formatJson(results, claims, otherErrors = [], docsBase) {
  return writeAll((write) => new JsonWriter(write, docsBase), results, claims, otherErrors);
}

// src/report/html-writer.ts
import { readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";

// src/report/html/escape.ts
var ENTITY = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (ch) => ENTITY[ch]);
}
function escapeText(text) {
  return text.replace(/[&<>]/g, (ch) => ENTITY[ch]);
}
function htmlForScript(html) {
  return html.replace(/<(?=!--|\/?script)/gi, "&lt;");
}

// src/report/html/model.ts
var ids = {
  file: (index) => `f${index}`,
  heading: (index) => `f${index}-h`,
  line: (index, line) => `f${index}-L${line}`,
  claim: (index, claim) => `f${index}-c${claim}`,
  tip: (index, claim) => `f${index}-t${claim}`,
  note: (index, finding) => `f${index}-n${finding}`,
  back: (index, finding, related) => `f${index}-b${finding}-${related}`
};

// src/report/html/source-lines.ts
function sourceLines(text) {
  const lines = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch !== 10 && ch !== 13) continue;
    lines.push(text.slice(start, i));
    if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  lines.push(text.slice(start));
  return lines;
}
var withoutBom = (text) => text.charCodeAt(0) === 65279 ? text.slice(1) : text;

// src/report/html/verdicts.ts
var MAP_VERDICTS = ["contradicted", "suppressed", "unverifiable", "verified"];
var VERDICT_LOOK = {
  contradicted: { icon: "\u2717", label: "contradicted" },
  suppressed: { icon: "\u2298", label: "suppressed" },
  unverifiable: { icon: "?", label: "could not be checked" },
  verified: { icon: "\u2713", label: "verified" }
};
function mapVerdicts(claims, findings) {
  const reported = new Set(findings.map((f) => `${f.rule}@${f.line}:${f.column}`));
  return claims.map((c) => {
    if (c.verdict !== "contradicted") return c.verdict;
    return reported.has(`${c.rule ?? ""}@${c.line}:${c.column}`) ? "contradicted" : "suppressed";
  });
}
function worstVerdict(verdicts) {
  for (const v of MAP_VERDICTS) if (verdicts.includes(v)) return v;
  return "verified";
}
var noVerdicts = () => ({ contradicted: 0, suppressed: 0, unverifiable: 0, verified: 0 });

// src/report/html/counts-text.ts
function countsText(counts, total) {
  const parts = MAP_VERDICTS.map((v) => `<span class="cnt v-${v}"><span class="ic" aria-hidden="true">${VERDICT_LOOK[v].icon}</span> ${counts[v]} ${VERDICT_LOOK[v].label}</span>`);
  return `${total} claim${total === 1 ? "" : "s"}: ${parts.join(" ")}`;
}

// src/report/html/file-view.ts
function renderFileView(file, index, verdicts = mapVerdicts(file.result.claimList ?? [], file.result.findings)) {
  const { result } = file;
  const claims = result.claimList ?? [];
  const lines = sourceLines(withoutBom(file.text));
  const highlights = highlightsByLine(claims, lines);
  const notes = /* @__PURE__ */ new Map();
  const backs = /* @__PURE__ */ new Map();
  result.findings.forEach((finding, f) => {
    push(notes, finding.line, f);
    finding.related.forEach((place, r) => {
      if (!("line" in place) || place.line < 1 || place.line > lines.length) return;
      if (backs.get(place.line)?.some((b) => b.finding === f)) return;
      push(backs, place.line, { finding: f, related: r, from: finding.line, rule: finding.rule });
    });
  });
  const counts = noVerdicts();
  for (const v of verdicts) counts[v]++;
  let out = `<article class="file" id="${ids.file(index)}" aria-labelledby="${ids.heading(index)}">`;
  out += `<h2 id="${ids.heading(index)}">${escapeHtml(file.path)}</h2>`;
  out += `<p class="counts">${countsText(counts, claims.length)}; ${result.findings.length} finding${result.findings.length === 1 ? "" : "s"}</p>`;
  if (result.error) out += `<p class="problem"><strong>Not checked:</strong> ${escapeHtml(result.error)}</p>`;
  if (result.notice) out += `<p class="problem"><strong>Notice:</strong> ${escapeHtml(result.notice)}</p>`;
  if (!result.claimList && file.text === "") return out + "</article>";
  out += '<div class="src">';
  lines.forEach((text, i) => {
    const line = i + 1;
    const marked = highlights.get(line);
    const lineBacks = backs.get(line);
    const lineNotes = notes.get(line);
    out += marked || lineBacks || lineNotes ? `<div id="${ids.line(index, line)}">` : "<div>";
    out += marked ? renderLineText(text, marked, claims, verdicts, index) : escapeText(text);
    for (const back of lineBacks ?? []) {
      out += ` <a class="back" id="${ids.back(index, back.finding, back.related)}" href="#${ids.note(index, back.finding)}">\u21A9 cited at line ${back.from} (${escapeHtml(back.rule)})</a>`;
    }
    out += "</div>";
    for (const f of lineNotes ?? []) out += renderNote(result.findings[f], f, index);
  });
  return out + "</div></article>";
}
function push(map, key, value) {
  const list2 = map.get(key);
  if (list2) list2.push(value);
  else map.set(key, [value]);
}
function highlightsByLine(claims, lines) {
  const spans = /* @__PURE__ */ new Map();
  claims.forEach((claim, c) => {
    const text = lines[claim.line - 1];
    if (text === void 0) return;
    const start = Math.min(Math.max(0, claim.column - 1), text.length);
    let end = claim.endLine > claim.line ? text.length : Math.min(claim.endColumn - 1, text.length);
    if (end <= start) end = Math.min(start + 1, text.length);
    push(spans, claim.line, { start, end, claims: [c] });
  });
  for (const [line, list2] of spans) {
    list2.sort((a, b) => a.start - b.start || b.end - a.end);
    const merged = [];
    for (const span of list2) {
      const last = merged[merged.length - 1];
      if (last && span.start < last.end) {
        last.end = Math.max(last.end, span.end);
        last.claims.push(...span.claims);
      } else if (last && span.start === last.start && span.end === last.end) {
        last.claims.push(...span.claims);
      } else merged.push({ ...span, claims: [...span.claims] });
    }
    spans.set(line, merged);
  }
  return spans;
}
function renderLineText(text, highlights, claims, verdicts, index) {
  let out = "";
  let at = 0;
  for (const h of highlights) {
    out += escapeText(text.slice(at, h.start));
    const shown = h.claims.map((c) => verdicts[c]);
    const worst = worstVerdict(shown);
    const first = h.claims[0];
    out += `<mark class="claim v-${worst}" id="${ids.claim(index, first)}" tabindex="0" aria-describedby="${ids.tip(index, first)}" data-claims="${h.claims.join(" ")}" data-verdicts="${shown.join(" ")}">`;
    out += `<span class="ic" aria-hidden="true">${VERDICT_LOOK[worst].icon}</span>${escapeText(text.slice(h.start, h.end))}</mark>`;
    out += `<span class="tip" role="tooltip" id="${ids.tip(index, first)}">${bySeriousness(h.claims, verdicts).map((c) => claimTip(claims[c], verdicts[c])).join("")}</span>`;
    at = h.end;
  }
  return out + escapeText(text.slice(at));
}
function bySeriousness(claims, verdicts) {
  const rank = (c) => MAP_VERDICTS.indexOf(verdicts[c]);
  return [...claims].sort((a, b) => rank(a) - rank(b) || a - b);
}
function claimTip(claim, verdict) {
  const look = VERDICT_LOOK[verdict];
  const severity = verdict === "contradicted" && claim.severity ? ` (${claim.severity})` : "";
  let out = `<span class="tc"><span class="tv">${look.icon} ${look.label}${severity}</span> ${escapeHtml(claim.kind)}${claim.rule ? ` \xB7 ${escapeHtml(claim.rule)}` : ""}`;
  out += `<span class="tl">Read: ${escapeHtml(claim.reading)}</span>`;
  if (claim.detail) out += `<span class="tl">${verdict === "unverifiable" ? "Not checked: " : verdict === "suppressed" ? "Suppressed by a recount-disable comment: " : ""}${escapeHtml(claim.detail)}</span>`;
  out += `<span class="tl">About ${escapeHtml(claim.about)}${claim.section.length > 0 ? ` \xB7 under ${escapeHtml(claim.section.join(" \u203A "))}` : ""}</span></span>`;
  return out;
}
function renderNote(finding, f, index) {
  let message = escapeHtml(finding.message);
  const unlinked = [];
  const linked = /* @__PURE__ */ new Set();
  finding.related.forEach((place, r) => {
    if (!("line" in place)) {
      unlinked.push(`${escapeHtml(place.file)} (${escapeHtml(place.path)})`);
      return;
    }
    if (linked.has(place.line)) return;
    linked.add(place.line);
    const link = (text, label = "") => `<a class="rel" href="#${ids.line(index, place.line)}"${label} data-back="${ids.back(index, f, r)}">${text}</a>`;
    const at = findNumber(message, `line ${place.line}`, 0);
    const listed = at < 0 && message.includes("lines ") ? findNumber(message, String(place.line), message.indexOf("lines ")) : -1;
    if (at >= 0) message = message.slice(0, at) + link(`line ${place.line}`) + message.slice(at + `line ${place.line}`.length);
    else if (listed >= 0) message = message.slice(0, listed) + link(String(place.line), ` aria-label="line ${place.line}"`) + message.slice(listed + String(place.line).length);
    else unlinked.push(link(`line ${place.line}`));
  });
  let out = `<div class="note sev-${finding.severity}" id="${ids.note(index, f)}" role="note"><span class="sev">${finding.severity}</span> <span class="rule">${escapeHtml(finding.rule)}</span> ${message}`;
  if (unlinked.length > 0) out += ` <span class="see">(see ${unlinked.join(", ")})</span>`;
  if (finding.suggestion !== void 0) out += ` <span class="fix">\xB7 suggested: <code>${escapeHtml(finding.suggestion)}</code></span>`;
  return out + "</div>";
}
var isDigit = (code) => code >= 48 && code <= 57;
function findNumber(message, words, from) {
  let at = message.indexOf(words, from);
  while (at >= 0) {
    const inTag = message.lastIndexOf("<", at) > message.lastIndexOf(">", at);
    if (!inTag && !isDigit(message.charCodeAt(at + words.length)) && !isDigit(message.charCodeAt(at - 1))) return at;
    at = message.indexOf(words, at + 1);
  }
  return -1;
}

// src/report/html/summary.ts
function summariseFile(file, index, verdicts = mapVerdicts(file.result.claimList ?? [], file.result.findings)) {
  const { result } = file;
  const claims = result.claimList ?? [];
  const counts = noVerdicts();
  const byRule = /* @__PURE__ */ new Map();
  claims.forEach((claim, c) => {
    const v = verdicts[c];
    counts[v]++;
    const rule = claim.rule ?? "";
    const ruleCounts = byRule.get(rule) ?? noVerdicts();
    ruleCounts[v]++;
    byRule.set(rule, ruleCounts);
  });
  const summary2 = {
    index,
    path: file.path,
    claims: claims.length,
    counts,
    byRule,
    findings: result.findings.map((f, n) => ({ rule: f.rule, severity: f.severity, line: f.line, note: ids.note(index, n) }))
  };
  if (result.error) summary2.problem = "not checked";
  else if (result.notice) summary2.problem = "notice";
  return summary2;
}
function renderSideList(files) {
  let out = '<nav class="side" aria-labelledby="side-h"><h2 id="side-h">Files and findings</h2><ul class="files">';
  for (const file of files) {
    out += `<li><a class="file-link" href="#${ids.file(file.index)}">${escapeHtml(file.path)}</a>`;
    out += `<span class="fc">${compactCounts(file.counts, file.findings.length)}${file.problem ? ` <strong>${file.problem}</strong>` : ""}</span>`;
    const rules = /* @__PURE__ */ new Map();
    for (const f of file.findings) rules.set(f.rule, [...rules.get(f.rule) ?? [], f]);
    if (rules.size > 0) {
      out += '<ul class="fr">';
      for (const [rule, list2] of [...rules].sort(([a], [b]) => a.localeCompare(b))) {
        out += `<li><span class="rule">${escapeHtml(rule)}</span> ${list2.map((f) => `<a class="sev-${f.severity}" href="#${f.note}">line ${f.line}<span class="sr"> (${f.severity})</span></a>`).join(" ")}</li>`;
      }
      out += "</ul>";
    }
    out += "</li>";
  }
  return out + "</ul></nav>";
}
function compactCounts(counts, findings) {
  const parts = MAP_VERDICTS.filter((v) => counts[v] > 0).map((v) => `<span class="cnt v-${v}"><span class="ic" aria-hidden="true">${VERDICT_LOOK[v].icon}</span>${counts[v]}<span class="sr"> ${VERDICT_LOOK[v].label}</span></span>`);
  if (findings > 0) parts.push(`<span class="cnt">${findings} finding${findings === 1 ? "" : "s"}</span>`);
  return parts.length > 0 ? parts.join(" ") : '<span class="cnt">no claims</span>';
}
function renderRuleTable(files) {
  const claims = /* @__PURE__ */ new Map();
  const findings = /* @__PURE__ */ new Map();
  for (const file of files) {
    for (const [rule, counts] of file.byRule) {
      const total = claims.get(rule) ?? noVerdicts();
      for (const v of MAP_VERDICTS) total[v] += counts[v];
      claims.set(rule, total);
    }
    for (const f of file.findings) {
      const total = findings.get(f.rule) ?? { error: 0, warning: 0, notice: 0 };
      total[f.severity]++;
      findings.set(f.rule, total);
    }
  }
  const rules = [.../* @__PURE__ */ new Set([...claims.keys(), ...findings.keys()])].sort((a, b) => a === "" ? 1 : b === "" ? -1 : a.localeCompare(b));
  let out = '<table class="rules"><caption class="sr">Claims and findings per rule</caption><thead><tr><th scope="col">Rule</th>';
  for (const v of MAP_VERDICTS) out += `<th scope="col"><span aria-hidden="true">${VERDICT_LOOK[v].icon} </span>${VERDICT_LOOK[v].label}</th>`;
  out += '<th scope="col">Errors</th><th scope="col">Warnings</th><th scope="col">Notices</th></tr></thead><tbody>';
  for (const rule of rules) {
    const c = claims.get(rule) ?? noVerdicts();
    const f = findings.get(rule) ?? { error: 0, warning: 0, notice: 0 };
    out += `<tr><th scope="row">${rule === "" ? "no enabled rule" : escapeHtml(rule)}</th>${MAP_VERDICTS.map((v) => `<td>${c[v]}</td>`).join("")}<td>${f.error}</td><td>${f.warning}</td><td>${f.notice}</td></tr>`;
  }
  return out + "</tbody></table>";
}

// src/report/html/style.ts
var CLAIM_MAP_CSS = `
:root { color-scheme: light; --ink: #1f2328; --muted: #4b535d; --line: #d0d7de; --focus: #0b57d0 }
* { box-sizing: border-box }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #fff }
a { color: #0a4fb0 }
a:focus-visible, .claim:focus-visible, [tabindex="-1"]:focus { outline: 3px solid var(--focus); outline-offset: 2px }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: 6px 10px; z-index: 20 }
.skip:focus { left: 8px }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap }
.top { padding: 12px 20px; border-bottom: 1px solid var(--line) }
.top h1 { margin: 0 0 4px; font-size: 1.4rem }
.top p { margin: 4px 0 }
.legend { list-style: none; padding: 0; margin: 6px 0 0; display: flex; flex-wrap: wrap; gap: 6px 18px }
.layout { display: grid; grid-template-columns: minmax(16rem, 24rem) 1fr; align-items: start }
.side { position: sticky; top: 0; max-height: 100vh; overflow: auto; padding: 8px 14px; border-right: 1px solid var(--line); font-size: 14px }
.side h2, .summary h2 { font-size: 1.1rem }
.files, .fr { list-style: none; padding: 0; margin: 0 }
.files > li { padding: 4px 0; border-bottom: 1px solid #eaeef2; overflow-wrap: anywhere }
.files a[aria-current] { font-weight: 700 }
.fc { display: block; color: var(--muted) }
.fr { margin-left: 10px }
.fr a { margin-right: 6px }
main { padding: 8px 20px 40px; min-width: 0 }
details > summary { cursor: pointer; font-weight: 600; margin-bottom: 6px }
table.rules { border-collapse: collapse; font-size: 14px; margin-bottom: 16px }
table.rules caption { text-align: left; font-weight: 700; padding: 4px 0 }
table.rules th, table.rules td { border: 1px solid var(--line); padding: 3px 8px; text-align: right }
table.rules th[scope=row], table.rules thead th:first-child { text-align: left }
.file h2 { font-size: 1.15rem; overflow-wrap: anywhere; margin-bottom: 2px }
.counts { margin-top: 0; color: var(--muted) }
.problem { background: #fff1c2; padding: 6px 10px; border-left: 4px solid #8a5300 }
.src { font: 13px/1.6 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; border: 1px solid var(--line); border-radius: 6px; padding: 6px 0; counter-reset: line }
.src > div:not(.note) { position: relative; min-height: 1.6em; padding: 0 10px 0 5.5em; white-space: pre-wrap; overflow-wrap: anywhere; counter-increment: line }
.src > div:not(.note)::before { content: counter(line); position: absolute; left: 0; width: 4.5em; text-align: right; color: var(--muted); user-select: none }
.src > div.flash { background: #fff8c5 }
mark.claim { color: inherit; border-radius: 3px; padding: 0 1px; text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; cursor: help }
.ic { font-weight: 700 }
.v-contradicted { background: #ffe1e0; text-decoration-style: wavy; text-decoration-color: #c21d1d }
.v-suppressed { background: #fff1c2; text-decoration-style: dashed; text-decoration-color: #8a5300 }
.v-unverifiable { background: #e8ebef; text-decoration-style: dotted; text-decoration-color: #4b535d }
.v-verified { background: #daf5e0; text-decoration-style: solid; text-decoration-color: #17733a }
.v-contradicted .ic { color: #a3141a }
.v-suppressed .ic { color: #6e4200 }
.v-unverifiable .ic { color: #3d444d }
.v-verified .ic { color: #115c2d }
.cnt { border-radius: 3px; padding: 0 3px; margin-right: 2px; white-space: nowrap; color: var(--ink) }
.tip { display: none; position: absolute; z-index: 10; top: 100%; left: 5.5em; max-width: min(42rem, 90%); padding: 6px 10px; background: #fff; color: var(--ink); border: 1px solid #57606a; border-radius: 6px; box-shadow: 0 4px 12px rgba(0,0,0,.18); font: 13px/1.45 system-ui, sans-serif; white-space: normal }
.claim:hover + .tip, .claim:focus + .tip, .tip:hover { display: block }
body.no-tips .tip { display: none !important }
.tc { display: block }
.tc + .tc { margin-top: 6px; padding-top: 6px; border-top: 1px solid var(--line) }
.tv { font-weight: 700 }
.tl { display: block }
.note { margin: 2px 10px 8px 5.5em; padding: 4px 10px; border-left: 4px solid #a3141a; background: #fff5f5; font: 13px/1.45 system-ui, sans-serif; overflow-wrap: anywhere }
.note.sev-warning { border-left-color: #8a5300; background: #fffaeb }
.note.sev-notice { border-left-color: #4b535d; background: #f6f8fa }
.sev { font-weight: 700; text-transform: uppercase; font-size: .8em; letter-spacing: .03em }
.rule { font-family: ui-monospace, monospace; font-size: .92em }
.back { font: 12px system-ui, sans-serif; margin-left: 8px; white-space: nowrap }
.hint { color: var(--muted) }
@media (max-width: 800px) { .layout { grid-template-columns: 1fr } .side { position: static; max-height: none; border-right: 0 } }
`;

// src/report/html/client-script.ts
var CLAIM_MAP_SCRIPT = `(function () {
  var views = document.querySelectorAll('script[type="text/x-recount-view"]');
  if (views.length === 0) views = null;
  var slot = document.getElementById('view');
  var shown = -1;
  function fileOf(id) {
    if (id.charAt(0) !== 'f') return -1;
    var end = 1;
    while (end < id.length && id.charCodeAt(end) >= 48 && id.charCodeAt(end) <= 57) end++;
    return end > 1 ? Number(id.slice(1, end)) : -1;
  }
  function open(i) {
    if (!views || !slot || i === shown || i < 0 || i >= views.length) return;
    slot.innerHTML = document.getElementById('v' + i).textContent;
    shown = i;
    var links = document.querySelectorAll('.file-link');
    for (var k = 0; k < links.length; k++) {
      if (links[k].getAttribute('href') === '#f' + i) links[k].setAttribute('aria-current', 'page');
      else links[k].removeAttribute('aria-current');
    }
  }
  // Lines nothing points at carry no id: f<i>-L<n> is the n-th line of file i's source.
  function plainLine(id) {
    var at = id.indexOf('-L');
    var article = document.getElementById(id.slice(0, at));
    if (at < 0 || !article) return null;
    var n = Number(id.slice(at + 2));
    var lines = article.querySelectorAll('.src > div:not(.note)');
    var line = n >= 1 && n <= lines.length ? lines[n - 1] : null;
    if (line) line.id = id;
    return line;
  }
  function go(id) {
    var i = fileOf(id);
    if (i < 0) return false;
    open(i);
    var target = document.getElementById(id) || plainLine(id);
    if (!target) return false;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    var old = document.querySelectorAll('.flash');
    for (var k = 0; k < old.length; k++) old[k].classList.remove('flash');
    if (target.parentElement && target.parentElement.classList.contains('src')) target.classList.add('flash');
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
    return true;
  }
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[href^="#f"]') : null;
    if (!link) return;
    var id = link.getAttribute('href').slice(1);
    if (go(id)) {
      event.preventDefault();
      // A live page (no embedded views) may keep its own state in the fragment: leave it alone.
      if (views && history.pushState) history.pushState(null, '', '#' + id);
    }
  });
  if (views) window.addEventListener('hashchange', function () { go(location.hash.slice(1)); });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') document.body.classList.add('no-tips');
  });
  document.addEventListener('focusin', function () { document.body.classList.remove('no-tips'); });
  document.addEventListener('mouseover', function (event) {
    if (event.target.classList && event.target.classList.contains('claim')) document.body.classList.remove('no-tips');
  });
  if (views && !(location.hash && go(location.hash.slice(1)))) {
    var first = slot ? Number(slot.getAttribute('data-first') || '0') : 0;
    open(first);
  }
})();`;

// src/report/html/page.ts
var ClaimMapBuilder = class {
  views = [];
  summaries = [];
  add(file) {
    const index = this.views.length;
    const verdicts = mapVerdicts(file.result.claimList ?? [], file.result.findings);
    this.views.push(renderFileView(file, index, verdicts));
    this.summaries.push(summariseFile(file, index, verdicts));
  }
  finish(options = {}) {
    const title = options.title ?? "recount claim map";
    const files = this.summaries;
    const totals = noVerdicts();
    let claims = 0;
    let findings = 0;
    for (const file of files) {
      for (const v of MAP_VERDICTS) totals[v] += file.counts[v];
      claims += file.claims;
      findings += file.findings.length;
    }
    const first = Math.max(0, files.findIndex((f) => f.findings.length > 0));
    return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"><title>${escapeHtml(title)}</title><style>${CLAIM_MAP_CSS}</style></head><body><header class="top"><a class="skip" href="#view">Skip to the report</a><h1>${escapeHtml(title)}</h1>${options.subtitle ? `<p>${escapeHtml(options.subtitle)}</p>` : ""}<p>${files.length} file${files.length === 1 ? "" : "s"} \xB7 ${countsText(totals, claims)} \xB7 ${findings} finding${findings === 1 ? "" : "s"}</p>` + renderLegend() + '</header><div class="layout">' + renderSideList(files) + `<main id="main"><section class="summary" aria-labelledby="sum-h"><h2 id="sum-h">Counts</h2><details><summary>Claims and findings per rule</summary>${renderRuleTable(files)}</details><p class="hint">Open a file in the list. Each claim is highlighted; hover or focus it (Tab) for what recount read and why. Links in a finding jump to the lines it cites, and those lines link back.</p></section><section id="view" class="view" aria-label="Report" tabindex="-1" data-first="${first}"><noscript><p>The reports are shown with JavaScript; the counts need none.</p></noscript></section></main></div>` + this.views.map((view, i) => `<script type="text/x-recount-view" id="v${i}">${htmlForScript(view)}</script>`).join("") + `<script>${CLAIM_MAP_SCRIPT}</script></body></html>
`;
  }
};
var LEGEND_LINE = { contradicted: "wavy underline", suppressed: "dashed, a recount-disable comment hid it", unverifiable: "dotted", verified: "solid" };
function renderLegend(withLineStyle = true) {
  const items = MAP_VERDICTS.map((v) => `<li><mark class="claim v-${v}"><span class="ic" aria-hidden="true">${VERDICT_LOOK[v].icon}</span> ${VERDICT_LOOK[v].label}</mark>${withLineStyle ? ` ${LEGEND_LINE[v]}` : ""}</li>`);
  return `<ul class="legend" aria-label="Legend">${items.join("")}</ul>`;
}

// src/report/html-writer.ts
async function writeHtmlReport(path, results, options = {}) {
  const builder = new ClaimMapBuilder();
  for (const result of results) builder.add(withText(result));
  await writeFile(path, builder.finish(options));
}
function withText(result) {
  if (!result.claimList) return { path: result.file, text: "", result };
  let bytes;
  try {
    bytes = readFileSync(result.file);
  } catch (error2) {
    return { path: result.file, text: "", result: { ...result, notice: `could not be read again to show it (${error2.code ?? error2.message})` } };
  }
  const text = decodeReport(bytes);
  if (result.digest && sha256(bytes) !== result.digest) return { path: result.file, text, result: { ...result, notice: "changed after it was checked: the highlights may stand at the wrong places" } };
  return { path: result.file, text, result };
}

// src/action/inputs.ts
var bool = (name) => zod_parts_exports.pipe(
  zod_parts_exports.string(),
  zod_parts_exports.transform((value, ctx) => {
    const v = value.trim().toLowerCase();
    if (v === "true") return true;
    if (v === "false") return false;
    ctx.issues.push({ code: "custom", message: `${name} must be "true" or "false", got "${value}"`, input: value });
    return false;
  })
);
var seconds = (name) => zod_parts_exports.pipe(
  zod_parts_exports.string(),
  zod_parts_exports.transform((value, ctx) => {
    const n = Number(value.trim());
    if (value.trim() !== "" && Number.isFinite(n) && n > 0) return n;
    ctx.issues.push({ code: "custom", message: `${name} must be a number of seconds above 0, got "${value}"`, input: value });
    return 0;
  })
);
var list = () => zod_parts_exports.pipe(zod_parts_exports.string(), zod_parts_exports.transform((v) => v.split(/[\n,]/).map((s) => s.trim()).filter((s) => s.length > 0)));
var ActionInputsSchema = zod_parts_exports.object({
  files: zod_parts_exports.pipe(list(), zod_parts_exports.array(zod_parts_exports.string()).check(zod_parts_exports.minLength(1, "files: give at least one glob"))),
  changedOnly: zod_parts_exports.union([zod_parts_exports.literal(""), bool("changed-only")]),
  filterMode: zod_parts_exports.enum(["added", "diff_context", "file", "nofilter"], "filter-mode must be one of added, diff_context, file, nofilter"),
  failOn: zod_parts_exports.enum(["error", "warning", "notice", "never"], "fail-on must be one of error, warning, notice, never"),
  review: bool("review"),
  summary: bool("summary"),
  sarifFile: zod_parts_exports.string().check(zod_parts_exports.trim()),
  jsonFile: zod_parts_exports.string().check(zod_parts_exports.trim()),
  htmlFile: zod_parts_exports.string().check(zod_parts_exports.trim()),
  githubToken: zod_parts_exports.string(),
  metrics: list(),
  config: zod_parts_exports.string().check(zod_parts_exports.trim()),
  configFrom: zod_parts_exports.enum(["base", "head"], "config-from must be base or head"),
  shard: zod_parts_exports.string().check(zod_parts_exports.trim()),
  workingDirectory: zod_parts_exports.string().check(zod_parts_exports.trim()),
  sarifCategory: zod_parts_exports.string().check(zod_parts_exports.trim()),
  requestTimeout: seconds("request-timeout"),
  maxRetryWait: seconds("max-retry-wait")
});
function readInputs(getInput2, isPullRequest) {
  const raw = {
    files: getInput2("files") || "**/*.md",
    changedOnly: getInput2("changed-only"),
    filterMode: getInput2("filter-mode") || "added",
    failOn: getInput2("fail-on") || "error",
    review: getInput2("review") || "true",
    summary: getInput2("summary") || "true",
    sarifFile: getInput2("sarif-file"),
    jsonFile: getInput2("json-file"),
    htmlFile: getInput2("html-file"),
    githubToken: getInput2("github-token"),
    metrics: getInput2("metrics"),
    config: getInput2("config"),
    configFrom: getInput2("config-from") || "base",
    shard: getInput2("shard"),
    workingDirectory: getInput2("working-directory"),
    sarifCategory: getInput2("sarif-category"),
    requestTimeout: getInput2("request-timeout") || "30",
    maxRetryWait: getInput2("max-retry-wait") || "60"
  };
  const parsed = ActionInputsSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`Invalid input: ${parsed.error.issues.map((i) => i.message).join("; ")}`);
  const { changedOnly, shard, ...rest } = parsed.data;
  const parsedShard = shard === "" ? void 0 : parseShard(shard);
  if (typeof parsedShard === "string") throw new Error(`Invalid input: shard: ${parsedShard}`);
  return { ...rest, changedOnly: changedOnly === "" ? isPullRequest : changedOnly, shard: parsedShard };
}

// src/action/diff.ts
var HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/;
function parsePatch(patch) {
  const added = /* @__PURE__ */ new Set();
  const inHunks = /* @__PURE__ */ new Set();
  const removedBefore = /* @__PURE__ */ new Set();
  if (!patch) return { added, inHunks, removedBefore };
  let line = 0;
  let inHunk = false;
  for (const text of patch.split("\n")) {
    const header = HUNK_HEADER.exec(text);
    if (header) {
      line = Number(header[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk || text.startsWith("\\")) continue;
    if (text.startsWith("+")) {
      added.add(line);
      inHunks.add(line);
      line++;
    } else if (text.startsWith("-")) {
      removedBefore.add(line);
    } else {
      inHunks.add(line);
      line++;
    }
  }
  return { added, inHunks, removedBefore };
}

// src/action/git-changes.ts
import { execFileSync as execFileSync2 } from "node:child_process";
var COMMIT = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
var MARKDOWN_PATHSPECS = [":(glob,icase)**/*.md", ":(glob,icase)**/*.markdown"];
var DIFF_OPTIONS = ["--no-color", "--no-ext-diff", "--no-textconv", "--no-renames", "--diff-filter=d"];
var MAX_OUTPUT = 256 * 1024 * 1024;
function git2(args) {
  return execFileSync2("git", args, { encoding: "utf8", maxBuffer: MAX_OUTPUT, stdio: ["ignore", "pipe", "pipe"] });
}
function gitChangedMarkdown(base, head) {
  if (!COMMIT.test(base) || !COMMIT.test(head)) return "the event names no base and head commits";
  const range = `${base}...${head}`;
  try {
    const names = git2(["diff", "-z", "--name-only", ...DIFF_OPTIONS, range, "--", ...MARKDOWN_PATHSPECS]).split("\0").filter((n) => n.length > 0);
    const patches = git2(["diff", "-U3", ...DIFF_OPTIONS, range, "--", ...MARKDOWN_PATHSPECS]).split(/^(?=diff --git )/m).filter((p) => p.startsWith("diff --git "));
    if (patches.length !== names.length) return `git diff named ${names.length} files but gave ${patches.length} patches`;
    return names.map((filename, i) => ({ filename, patch: patches[i] }));
  } catch (error2) {
    const stderr = String(error2.stderr ?? "").trim().split("\n")[0];
    return `git diff ${range} failed${stderr ? `: ${stderr}` : ""}`;
  }
}

// src/action/filter.ts
var ownPlace = (f) => [{ start: f.line, end: f.endLine, block: false }];
function touchedLine(span, diff, mode) {
  const lines = mode === "added" ? diff.added : diff.inHunks;
  for (let line = span.start; line <= span.end; line++) if (lines.has(line)) return line;
  if (!span.block) return null;
  let removal = null;
  for (const at of diff.removedBefore ?? []) if (at >= span.start && at <= span.end + 1 && (removal === null || at < removal)) removal = at;
  return removal === null ? null : Math.min(removal, span.end);
}
function changedPlace(finding, mode, diff, spansOf = ownPlace) {
  if (!diff) return null;
  if (mode === "file" || mode === "nofilter" || diff.wholeFile) return finding.line;
  let first = null;
  for (const [i, span] of spansOf(finding).entries()) {
    const line = touchedLine(span, diff, mode);
    if (line === null) continue;
    if (i === 0) return finding.line;
    if (first === null || line < first) first = line;
  }
  return first;
}
function filterFindings(findings, mode, diffs, spansOf = ownPlace) {
  if (!diffs || mode === "nofilter") return findings;
  return findings.filter((f) => changedPlace(f, mode, diffs.get(f.file), spansOf) !== null);
}
function atChangedPlace(finding, mode, diffs, spansOf, lineText) {
  if (!diffs || mode === "file" || mode === "nofilter") return finding;
  const line = changedPlace(finding, mode, diffs.get(finding.file), spansOf);
  if (line === null || line === finding.line) return finding;
  const moved = {
    ...finding,
    line,
    endLine: line,
    column: 1,
    endColumn: lineText(line).length + 1,
    message: `At line ${finding.line}: ${finding.message}`,
    related: [{ line: finding.line, column: finding.column }, ...finding.related.filter((r) => !("line" in r) || r.line !== line)]
  };
  delete moved.suggestion;
  return moved;
}

// src/action/finding-places.ts
var COUNTS_A_BLOCK = /* @__PURE__ */ new Set(["list-count", "sum-total"]);
function enclosingBlock(tree, line) {
  let found = null;
  const visit = (node) => {
    const at = node.position;
    if (at && (at.start.line > line || at.end.line < line)) return;
    if (at && (node.type === "list" || node.type === "table")) found = { start: at.start.line, end: at.end.line };
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return found;
}
function findingSpans(finding, tree) {
  const spans = [{ start: finding.line, end: finding.endLine, block: false }];
  for (const place of finding.related) {
    if (!("line" in place)) continue;
    const block = tree && COUNTS_A_BLOCK.has(finding.rule) ? enclosingBlock(tree, place.line) : null;
    spans.push(block ? { ...block, block: true } : { start: place.line, end: place.line, block: false });
  }
  return spans;
}
var SourceFiles = class {
  constructor(read) {
    this.read = read;
  }
  read;
  lines = /* @__PURE__ */ new Map();
  trees = /* @__PURE__ */ new Map();
  linesOf(file) {
    let lines = this.lines.get(file);
    if (!lines) {
      lines = (this.read(file) ?? "").split(/\r\n|\r|\n/);
      this.lines.set(file, lines);
    }
    return lines;
  }
  treeOf(file) {
    if (!this.trees.has(file)) {
      const text = this.read(file);
      this.trees.set(file, text === null ? null : parseMarkdown(text));
    }
    return this.trees.get(file) ?? null;
  }
  spansOf(finding) {
    const needsTree = COUNTS_A_BLOCK.has(finding.rule) && finding.related.some((r) => "line" in r);
    return findingSpans(finding, needsTree ? this.treeOf(finding.file) : null);
  }
};

// src/action/fingerprint.ts
import { createHash } from "node:crypto";
function fingerprint(finding, lineText) {
  return createHash("sha256").update([finding.file, finding.rule, finding.stated, lineText.trim()].join("\n")).digest("hex").slice(0, 16);
}
var MARKER = /<!-- recount-fingerprint: ([0-9a-f]{16}) -->/g;
function fingerprintMarker(id) {
  return `<!-- recount-fingerprint: ${id} -->`;
}
function fingerprintsIn(body) {
  return [...(body ?? "").matchAll(MARKER)].map((m) => m[1]);
}

// src/action/limits.ts
var COMMENT_LIMIT = 65536;
var JOB_SUMMARY_LIMIT = 1024 * 1024;
var INLINE_COMMENTS_PER_REVIEW = 100;
var byteLength = (text) => Buffer.byteLength(text, "utf8");
function everyFindingIn(artifacts) {
  const files = artifacts.filter((a) => a.length > 0).map((a) => `\`${a}\``);
  return files.length > 0 ? `every finding is in ${files.join(" and ")} and in this step's log as an annotation line` : "every finding is in this step's log as an annotation line (set json-file or sarif-file to keep them in a file)";
}

// src/action/review.ts
var RESOLVED_MARKER = "<!-- recount-resolved -->";
function suggestedLine(item) {
  const { finding, lineText } = item;
  if (finding.suggestion === void 0 || finding.line !== finding.endLine) return null;
  const before = lineText.slice(0, finding.column - 1);
  const stated = lineText.slice(finding.column - 1, finding.endColumn - 1);
  if (stated !== finding.stated) return null;
  return `${before}${finding.suggestion}${lineText.slice(finding.endColumn - 1)}`;
}
var BODY_ROOM = 1024;
var MESSAGE_CUT = 2e3;
function commentBody(item) {
  const { finding } = item;
  const build = (message, withSuggestion) => {
    const lines = [`**recount** (\`${finding.rule}\`, ${finding.severity}): ${message}`];
    const citedLines = finding.related.flatMap((r) => "line" in r ? [r.line] : []);
    const sources = finding.related.flatMap((r) => "path" in r ? [`${codeSpan(r.file)} (${r.path})`] : []);
    if (citedLines.length > 0) lines.push("", `See also line${citedLines.length > 1 ? "s" : ""} ${citedLines.join(", ")}.`);
    if (sources.length > 0) lines.push("", `Measured in ${sources.join(", ")}.`);
    const suggestion = withSuggestion ? suggestedLine(item) : null;
    if (suggestion !== null) lines.push("", "```suggestion", suggestion, "```");
    lines.push("", fingerprintMarker(item.fingerprint));
    return lines.join("\n");
  };
  const full = build(finding.message, true);
  if (byteLength(full) <= COMMENT_LIMIT - BODY_ROOM) return full;
  const plain = build(finding.message, false);
  if (byteLength(plain) <= COMMENT_LIMIT - BODY_ROOM) return plain;
  return build(`${finding.message.slice(0, MESSAGE_CUT)}\u2026`, false);
}
function planReview(all, diffs, existingComments, earlierReviewBodies, headSha, elsewhere = "the job summary lists every finding") {
  const items = all.filter((i) => i.finding.severity !== "notice");
  const live = existingComments.filter((c) => fingerprintsIn(c.body).length > 0 && !c.body.includes(RESOLVED_MARKER));
  const posted = /* @__PURE__ */ new Set([...live.flatMap((c) => fingerprintsIn(c.body)), ...earlierReviewBodies.flatMap(fingerprintsIn)]);
  const current = new Set(items.map((i) => i.fingerprint));
  const comments = [];
  const outsideDiff = [];
  const notInline = [];
  for (const item of items) {
    if (posted.has(item.fingerprint)) continue;
    const path = item.finding.file.replace(/^\.\//, "");
    if (!diffs.get(item.finding.file)?.inHunks.has(item.finding.line)) outsideDiff.push(item);
    else if (comments.length < INLINE_COMMENTS_PER_REVIEW) comments.push({ path, line: item.finding.line, body: commentBody(item) });
    else notInline.push(item);
  }
  const resolved = live.filter((c) => !fingerprintsIn(c.body).some((fp) => current.has(fp))).map((c) => ({
    id: c.id,
    body: `~~${firstLine(c.body)}~~

\u2705 Resolved: recount no longer finds this at ${headSha.slice(0, 7)}.

${RESOLVED_MARKER}
${fingerprintsIn(c.body).map(fingerprintMarker).join("\n")}`
  }));
  const { body, unlisted } = reviewBody(comments.length, outsideDiff, notInline, elsewhere);
  return { comments, outsideDiff, notInline, unlisted, resolved, body };
}
function firstLine(body) {
  return (body.split("\n")[0] ?? "").replace(/~~/g, "");
}
function reviewBody(inline, outside, notInline, elsewhere) {
  const total = inline + outside.length + notInline.length;
  const lines = [`recount found ${total} new numeric contradiction${total === 1 ? "" : "s"} in this pull request.`];
  let size = byteLength(lines[0]);
  let listed = 0;
  const sections = [
    [`On changed lines, beyond the ${INLINE_COMMENTS_PER_REVIEW} inline comments one review takes:`, notInline],
    ["Outside the lines this pull request changes:", outside]
  ];
  let full = false;
  for (const [heading, items] of sections) {
    if (items.length === 0 || full) continue;
    const add = (...more) => {
      const extra = byteLength(more.join("\n")) + more.length;
      if (size + extra > COMMENT_LIMIT - BODY_ROOM) return false;
      lines.push(...more);
      size += extra;
      return true;
    };
    full = !add("", heading, "");
    for (const item of full ? [] : items) {
      if (full = !add(`- ${codeSpan(`${item.finding.file.replace(/^\.\//, "")}:${item.finding.line}`)} (\`${item.finding.rule}\`): ${item.finding.message.slice(0, MESSAGE_CUT)} ${fingerprintMarker(item.fingerprint)}`)) break;
      listed++;
    }
  }
  const unlisted = outside.length + notInline.length - listed;
  if (unlisted > 0) lines.push("", `${unlisted} more finding${unlisted === 1 ? " is" : "s are"} not listed here, because a review body holds at most ${groupInteger(COMMENT_LIMIT)} characters; ${elsewhere}. A later run lists them once there is room.`);
  return { body: lines.join("\n"), unlisted };
}

// src/action/summary.ts
var SUMMARY_MARKER = "<!-- recount:summary -->";
var escapeCell = (text) => printable(text.replace(/\|/g, "\\|").replace(/\r?\n/g, " "));
function summaryMarker(shard, directory = "") {
  const parts = [directory.split("--").join("-%2D"), shard ? `${shard.index}/${shard.count}` : ""].filter((p) => p !== "");
  return parts.length > 0 ? `<!-- recount:summary:${parts.join(":")} -->` : SUMMARY_MARKER;
}
var FILES_LISTED = 20;
var TOP_FINDING_CUT = 140;
var RANK = { error: 3, warning: 2, notice: 1 };
function topFinding(findings) {
  let top;
  for (const f of findings) if (!top || RANK[f.severity] > RANK[top.severity]) top = f;
  return top;
}
function claimsPerFile(results, listed = FILES_LISTED) {
  const rows = results.filter((r) => r.claims.found > 0 || r.findings.length > 0);
  if (rows.length === 0) return [];
  rows.sort((a, b) => b.claims.contradicted - a.claims.contradicted || b.findings.length - a.findings.length || b.claims.found - a.claims.found || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const lines = ["### Claims per file", "", "| file | found | verified | contradicted | could not be checked | findings | top finding |", "| --- | ---: | ---: | ---: | ---: | ---: | --- |"];
  for (const r of rows.slice(0, listed)) {
    const top = topFinding(r.findings);
    const text = top ? `line ${top.line}: ${top.message.length > TOP_FINDING_CUT ? `${top.message.slice(0, TOP_FINDING_CUT - 1)}\u2026` : top.message}` : "";
    lines.push(`| ${escapeCell(codeSpan(r.file))} | ${r.claims.found} | ${r.claims.verified} | ${r.claims.contradicted} | ${r.claims.unverifiable} | ${r.findings.length} | ${escapeCell(text)} |`);
  }
  const rest = rows.slice(listed);
  if (rest.length > 0) {
    const sum = (key) => rest.reduce((n, r) => n + r.claims[key], 0);
    lines.push("", `\u2026and ${rest.length} more file${rest.length === 1 ? "" : "s"} (${sum("found")} claims, ${sum("contradicted")} contradicted).`);
  }
  return [...lines, ""];
}
var OVERFLOW_NOTE_ROOM = 1024;
function renderSummary(input, notes = [], limit) {
  const { findings, claims, shard, directory = "" } = input;
  const scope = [directory ? codeSpan(directory) : "", shard ? `shard ${shard.index} of ${shard.count}` : ""].filter((p) => p !== "");
  const head = [summaryMarker(shard, directory), scope.length > 0 ? `## recount (${scope.join(", ")})` : "## recount", ""];
  head.push("| claims found | verified | contradicted | could not be checked |", "| ---: | ---: | ---: | ---: |");
  head.push(`| ${claims.found} | ${claims.verified} | ${claims.contradicted} | ${claims.unverifiable} |`, "");
  head.push(...claimsPerFile(input.results));
  const tail = notes.map((note) => `
> ${note}`);
  if (findings.length === 0) return [...head, "No contradictions found.", ...tail].join("\n") + "\n";
  const budget = limit ? limit.bytes - byteLength([...head, ...tail].join("\n")) - OVERFLOW_NOTE_ROOM : Infinity;
  const body = [];
  let used = 0;
  let listed = 0;
  const add = (lines) => {
    const size = byteLength(lines.join("\n")) + 1;
    if (used + size > budget) return false;
    body.push(...lines);
    used += size;
    return true;
  };
  const byFile = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const own = byFile.get(f.file);
    if (own) own.push(f);
    else byFile.set(f.file, [f]);
  }
  fill: for (const [file, own] of byFile) {
    if (!add([`### ${codeSpan(file)} (${own.length})`, "", "| line | severity | rule | finding |", "| ---: | --- | --- | --- |"])) break;
    for (const f of own) {
      if (!add([`| ${f.line} | ${f.severity} | \`${f.rule}\` | ${escapeCell(f.message)}${f.suggestion ? ` \u2192 suggested: \`${escapeCell(f.suggestion)}\`` : ""} |`])) break fill;
      listed++;
    }
    body.push("");
    used += 1;
  }
  const overflow = limit && listed < findings.length ? [`
> ${limit.overflow(findings.length - listed)}`] : [];
  return [...head, ...body, ...tail, ...overflow].join("\n") + "\n";
}
function fitComment(markdown, limit = COMMENT_LIMIT - 536) {
  if (byteLength(markdown) <= limit) return markdown;
  let cut = markdown.lastIndexOf("\n", limit - 200);
  while (cut > 0 && byteLength(markdown.slice(0, cut)) > limit - 200) cut = markdown.lastIndexOf("\n", cut - 1);
  return `${markdown.slice(0, Math.max(cut, 0))}

> The summary was cut to fit GitHub's comment size limit.
`;
}

// src/action/placement.ts
var ANNOTATIONS_PER_LEVEL = 10;
var ANNOTATIONS_PER_JOB = 50;
var NOTE_ROOM = 4096;
var plural = (n, what) => `${n} ${what}${n === 1 ? "" : "s"}`;
var notListed = (n) => `${plural(n, "more finding")} ${n === 1 ? "is" : "are"} not listed`;
function annotationNote(findings, where) {
  const per = (s) => findings.filter((f) => f.severity === s).length;
  if (findings.length <= ANNOTATIONS_PER_JOB && ["error", "warning", "notice"].every((s) => per(s) <= ANNOTATIONS_PER_LEVEL)) return null;
  return `recount reported ${findings.length} findings; GitHub shows at most ${ANNOTATIONS_PER_LEVEL} annotations of each level per step and ${ANNOTATIONS_PER_JOB} per job, so some are not shown as annotations (${plural(per("error"), "error")}, ${plural(per("warning"), "warning")}, ${plural(per("notice"), "notice")}); ${where}.`;
}
function renderSummaries(input, artifacts) {
  const { findings } = input;
  const inFiles = everyFindingIn(artifacts);
  const holdsAll = byteLength(renderSummary(input)) + NOTE_ROOM <= JOB_SUMMARY_LIMIT;
  const everyFinding = holdsAll ? "the job summary lists every finding" : inFiles;
  const note = annotationNote(findings, everyFinding);
  const notes = note ? [note] : [];
  const jobSummary = renderSummary(input, notes, holdsAll ? void 0 : {
    bytes: JOB_SUMMARY_LIMIT,
    overflow: (n) => `${notListed(n)} here, because GitHub takes at most 1 MiB of job summary per step; ${inFiles}.`
  });
  const comment = byteLength(jobSummary) <= COMMENT_LIMIT ? jobSummary : fitComment(renderSummary(input, notes, {
    bytes: COMMENT_LIMIT,
    overflow: (n) => `${notListed(n)} in this comment, because a comment holds at most ${groupInteger(COMMENT_LIMIT)} characters; ${everyFinding}.`
  }));
  return { jobSummary, comment, everyFinding, annotationNote: note };
}

// src/report/sarif.ts
import { createHash as createHash2 } from "node:crypto";
var LEVEL = { error: "error", warning: "warning", notice: "note" };
var DEFAULT_SARIF_CATEGORY = "recount";
var DIRECTIVE_RULE = { id: "directive", description: "A recount-disable comment names an unknown rule or suppresses nothing.", severity: "warning" };
function shardCategory(category, shard) {
  return `${category}/shard-${shard.index}-of-${shard.count}`;
}
function defaultFingerprint(f) {
  return createHash2("sha256").update([f.file, f.rule, f.stated, f.message].join("\n")).digest("hex").slice(0, 16);
}
function withoutTrailingSlashes(text) {
  let end = text.length;
  while (end > 0 && text[end - 1] === "/") end--;
  return text.slice(0, end);
}
var uriOf = (file) => file.startsWith("./") ? file.slice(2) : file;
function ruleName(id) {
  return id.split("-").map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join("");
}
function toSarif(results, options) {
  const base = options.helpUriBase === void 0 ? void 0 : withoutTrailingSlashes(options.helpUriBase);
  const page = (id) => base ? `${base}/${id}.md` : `docs/rules/${id}.md in the recount repository`;
  const findings = results.flatMap((r) => r.findings);
  const metas = findings.some((f) => f.rule === DIRECTIVE_RULE.id) ? [...RULES.map((r) => r.meta), DIRECTIVE_RULE] : RULES.map((r) => r.meta);
  const index = new Map(metas.map((m, i) => [m.id, i]));
  const fingerprint2 = options.fingerprint ?? defaultFingerprint;
  const category = withoutTrailingSlashes(options.category ?? DEFAULT_SARIF_CATEGORY) || DEFAULT_SARIF_CATEGORY;
  const unreadable = results.filter((r) => r.error);
  const repository2 = base?.includes("/blob/") ? base.slice(0, base.indexOf("/blob/")) : void 0;
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "recount",
            version: options.toolVersion,
            ...repository2 ? { informationUri: repository2 } : {},
            rules: metas.map((m) => ({
              id: m.id,
              name: ruleName(m.id),
              shortDescription: { text: m.description },
              fullDescription: { text: m.description },
              help: { text: `${m.description} See ${page(m.id)}.` },
              ...base ? { helpUri: page(m.id) } : {},
              defaultConfiguration: { level: LEVEL[m.severity] }
            }))
          }
        },
        // The category ends with "/": code scanning reads everything before the last slash as the category.
        automationDetails: { id: `${category}/` },
        invocations: [
          {
            executionSuccessful: unreadable.length === 0,
            toolExecutionNotifications: unreadable.map((r) => ({ level: "error", message: { text: r.error }, locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(r.file), uriBaseId: "%SRCROOT%" } } }] }))
          }
        ],
        results: findings.map((f) => {
          const cited = f.related.filter((r) => "line" in r);
          return {
            ruleId: f.rule,
            ...index.has(f.rule) ? { ruleIndex: index.get(f.rule) } : {},
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: uriOf(f.file), uriBaseId: "%SRCROOT%" },
                  region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn, snippet: { text: f.stated } }
                }
              }
            ],
            partialFingerprints: { recountFindingHash: fingerprint2(f) },
            ...cited.length > 0 ? { relatedLocations: cited.map((r, id) => ({ id, physicalLocation: { artifactLocation: { uri: uriOf(f.file), uriBaseId: "%SRCROOT%" }, region: { startLine: r.line, startColumn: r.column } } })) } : {}
          };
        })
      }
    ]
  };
}

// src/action/working-directory.ts
import { realpathSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
var posix2 = (path) => path.split(sep).join("/");
function enterWorkingDirectory(workingDirectory, workspace) {
  if (workingDirectory !== "") {
    const target = resolve(workspace, workingDirectory);
    const inside = relative(realpathSync(workspace), realpathOr(target));
    if (isAbsolute(workingDirectory) || inside.startsWith("..") || isAbsolute(inside)) throw new Error(`Invalid input: working-directory must be a directory inside the workspace, got "${workingDirectory}"`);
    if (!isDirectory(target)) throw new Error(`Invalid input: working-directory "${workingDirectory}" is not a directory in the workspace`);
    process.chdir(target);
  }
  const here = realpathSync(process.cwd());
  const root = realpathSync(repositoryRoot(here) ?? realpathOr(workspace));
  const prefix = posix2(relative(root, here));
  return prefix.startsWith("..") ? { root: here, prefix: "" } : { root, prefix };
}
function realpathOr(path) {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
function isDirectory(path) {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
function toRepo(scope, path) {
  if (isAbsolute(path)) return posix2(relative(scope.root, path));
  const clean = path.startsWith("./") ? path.slice(2) : path;
  return scope.prefix === "" ? clean : `${scope.prefix}/${clean}`;
}
function fromRepo(scope, path) {
  if (scope.prefix === "") return path;
  return path.startsWith(`${scope.prefix}/`) ? path.slice(scope.prefix.length + 1) : null;
}
function onDisk(scope, path) {
  return resolve(scope.root, path);
}

// src/action/main.ts
var LISTED_FILES_LIMIT = 3e3;
function readEvent() {
  const path = process.env.GITHUB_EVENT_PATH;
  if (!path || !existsSync(path)) return { pullRequest: null };
  const payload = JSON.parse(readFileSync2(path, "utf8"));
  return { pullRequest: payload.pull_request ?? null };
}
function repository() {
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? "").split("/");
  return owner && repo ? { owner, repo } : null;
}
async function workspaceFiles(patterns) {
  let listing;
  try {
    listing = await listMatching(patterns, process.cwd(), { followLinks: true });
  } catch (error2) {
    throw new Error(`files: ${error2 instanceof Error ? error2.message : String(error2)}`);
  }
  return { files: listing.files.filter((m) => MARKDOWN_EXTENSIONS.test(m)).sort(), skipped: listing.skipped };
}
async function selectFiles(inputs, scope, api, pullRequest) {
  const prFiles = api ? await api.listFiles() : null;
  if (!prFiles) return { ...await workspaceFiles(inputs.files), diffs: null };
  const matches = (0, import_picomatch.default)(inputs.files, { dot: false });
  const wanted = (name) => {
    const local = fromRepo(scope, name);
    return local !== null && MARKDOWN_EXTENSIONS.test(local) && matches(local);
  };
  const changed = prFiles.filter((f) => f.status !== "removed" && wanted(f.filename));
  if (prFiles.length >= LISTED_FILES_LIMIT) {
    const fromGit = gitChangedMarkdown(pullRequest?.base?.sha ?? "", pullRequest?.head.sha ?? "");
    if (typeof fromGit === "string") {
      warning(`GitHub lists only the first ${groupInteger(LISTED_FILES_LIMIT)} files of a pull request, and the workspace's git history could not name the others (${fromGit}; check out with fetch-depth: 0). recount checks every file matching "files" and reports findings anywhere in the files GitHub did not list.`);
      const listing = await workspaceFiles(inputs.files);
      const diffs2 = new Map(listing.files.map((file) => [toRepo(scope, file), { added: /* @__PURE__ */ new Set(), inHunks: /* @__PURE__ */ new Set(), wholeFile: true }]));
      for (const f of changed) diffs2.set(f.filename, parsePatch(f.patch));
      return { ...listing, diffs: diffs2 };
    }
    const listed = new Set(changed.map((f) => f.filename));
    const more = fromGit.filter((f) => !listed.has(f.filename) && wanted(f.filename));
    changed.push(...more);
    warning(`GitHub lists only the first ${groupInteger(LISTED_FILES_LIMIT)} files of a pull request; recount read the other changed files from the workspace's git history (git diff base...head) and found ${plural(more.length, "more Markdown file")} to check.`);
  }
  const diffs = new Map(changed.map((f) => [f.filename, parsePatch(f.patch)]));
  return { ...inputs.changedOnly ? { files: changed.map((f) => fromRepo(scope, f.filename)), skipped: [] } : await workspaceFiles(inputs.files), diffs };
}
function inRepository(scope, result) {
  if (scope.prefix === "") return result;
  return { ...result, file: toRepo(scope, result.file), findings: result.findings.map((f) => ({ ...f, file: toRepo(scope, f.file) })) };
}
function annotate(findings, results) {
  for (const r of results) if (r.error) error(r.error, { title: "recount: unreadable file", file: r.file });
  for (const r of results) if (r.notice) notice(`${r.file}: ${r.notice}`, { title: "recount", file: r.file });
  for (const f of findings) {
    const properties = { title: `recount (${f.rule})`, file: f.file, startLine: f.line, endLine: f.endLine };
    if (f.line === f.endLine) Object.assign(properties, { startColumn: f.column, endColumn: f.endColumn });
    if (f.severity === "error") error(f.message, properties);
    else if (f.severity === "warning") warning(f.message, properties);
    else notice(f.message, properties);
  }
}
function locate(findings, sources) {
  return findings.map((finding) => {
    const lineText = sources.linesOf(finding.file)[finding.line - 1] ?? "";
    return { finding, lineText, fingerprint: fingerprint(finding, lineText) };
  });
}
function readSource(path) {
  try {
    return existsSync(path) ? decodeReport(readFileSync2(path)) : null;
  } catch {
    return null;
  }
}
async function postReview(api, ref, located, diffs, checkedFiles, everyFinding) {
  const listed = await api.listReviewComments();
  const bodies = await api.listReviewBodies();
  if (listed === null || bodies === null) return;
  const existing = await ownComments(api, listed.filter((c) => c.path !== void 0 && checkedFiles.has(c.path)));
  const plan = planReview(located, diffs, existing, bodies, ref.headSha, everyFinding);
  if (plan.unlisted > 0) info(`recount: the review lists ${plan.comments.length + plan.outsideDiff.length + plan.notInline.length - plan.unlisted} new findings; ${plan.unlisted} more do not fit in it (${everyFinding})`);
  if (plan.comments.length > 0 || plan.outsideDiff.length > 0 || plan.notInline.length > 0) await api.createReview(plan.body, plan.comments);
  for (const r of plan.resolved) await api.updateReviewComment(r.id, r.body);
  if (plan.resolved.length > 0) await resolveThreads(api, plan.resolved.map((r) => r.id));
}
async function ownComments(api, comments) {
  const own = [];
  for (const c of comments) if (await api.isOwn(c)) own.push(c);
  return own;
}
async function resolveThreads(api, commentIds) {
  const threads = await api.listReviewThreads();
  if (threads === null) return;
  const ids2 = new Set(commentIds);
  for (const thread of threads) if (ids2.has(thread.firstCommentId) && !thread.isResolved) await api.resolveReviewThread(thread.id);
}
async function postStickySummary(api, markdown, marker) {
  const comments = await api.listIssueComments();
  if (comments === null) return;
  let mine;
  for (const c of comments) {
    if (c.body.startsWith(marker) && await api.isOwn(c)) {
      mine = c;
      break;
    }
  }
  await api.upsertIssueComment(mine?.id ?? null, markdown);
}
async function baseConfiguration(pullRequest, explicitConfig) {
  const root = repositoryRoot(process.cwd()) ?? process.cwd();
  const sha = pullRequest.base?.sha ?? "";
  try {
    const snapshot = readBaseConfigs(root, sha, explicitConfig ? [relative2(root, resolve2(explicitConfig)).split(sep2).join("/")] : []);
    const found = Object.keys(snapshot.files).length + Object.keys(snapshot.refused).length;
    info(`recount: configuration from the base commit ${snapshot.commit} (${found} config file${found === 1 ? "" : "s"}); set config-from: head to use the pull request's`);
    return snapshot;
  } catch (error2) {
    const message = `recount could not read the configuration of the pull request's base commit (${error2.message}); checking with the default configuration. Fetch the base commit (actions/checkout with fetch-depth: 0) or set config-from: head.`;
    const configured = explicitConfig !== "" || (await glob(CONFIG_NAMES.map((name) => `**/${name}`), { dot: true, ignore: ["**/node_modules/**", "**/.git/**"] })).length > 0;
    if (configured) warning(message);
    else info(message);
    return { root, commit: sha.slice(0, 7) || "base", files: {}, refused: {}, unreadable: error2.message };
  }
}
async function writeOutput(path, text) {
  await mkdir(dirname(resolve2(path)), { recursive: true });
  await writeFile2(path, text);
}
function rulePages() {
  const repository2 = process.env.GITHUB_ACTION_REPOSITORY;
  if (repository2) return `${process.env.GITHUB_SERVER_URL ?? "https://github.com"}/${repository2}/blob/${process.env.GITHUB_ACTION_REF || "main"}/docs/rules`;
  return new URL("../docs/rules", import.meta.url).href;
}
function outputPath(workspace, path) {
  if (path === "") return "";
  const from = relative2(workspace, resolve2(path)).split(sep2).join("/");
  return from.startsWith("..") || isAbsolute2(path) ? path : from;
}
async function run() {
  try {
    const { pullRequest } = readEvent();
    const inputs = readInputs((name) => getInput(name), pullRequest !== null);
    if (inputs.githubToken) setSecret(inputs.githubToken);
    if (process.env.GITHUB_WORKSPACE) process.chdir(process.env.GITHUB_WORKSPACE);
    const workspace = process.cwd();
    const scope = enterWorkingDirectory(inputs.workingDirectory, workspace);
    if (scope.prefix) info(`recount: working directory ${scope.prefix}; files are named from the repository root in annotations, comments and SARIF`);
    const repo = repository();
    const ref = pullRequest && repo ? { ...repo, number: pullRequest.number, headSha: pullRequest.head.sha } : null;
    if (ref && !inputs.githubToken) warning("recount has no github-token: it cannot read the pull request diff or post a review. Findings are reported as annotations and in the job summary.");
    const api = ref && inputs.githubToken ? new (await import("./chunks/pull-request-api-ZKZLMLSY.js")).PullRequestApi(inputs.githubToken, ref, (m) => warning(m), (m) => info(m), inputs) : null;
    const { files, diffs, skipped } = await selectFiles(inputs, scope, api, pullRequest);
    info(`recount: checking ${plural(files.length, "Markdown file")}`);
    const loaded = await loadMetrics(inputs.metrics);
    for (const e of loaded.errors) error(e.message, { title: "recount: bad metrics file", file: toRepo(scope, e.file) });
    const configSnapshot = pullRequest && inputs.configFrom === "base" ? await baseConfiguration(pullRequest, inputs.config) : void 0;
    new ConfigResolver(inputs.config || void 0, configSnapshot);
    const checked = await checkFilesInParallel(files, { metrics: loaded.metrics, configPath: inputs.config || void 0, configSnapshot, workerUrl: new URL("./worker.js", import.meta.url), shard: inputs.shard, listClaims: inputs.htmlFile !== "", onFallback: (reason) => warning(`recount: could not start checking processes (${reason}); checking every file in one process`) });
    const unchecked = !inputs.shard || inputs.shard.index === 1 ? skipped.map((s) => skippedResult(s.file, s.notice)) : [];
    const inWorkingDirectory = [...unchecked, ...checked.results];
    const results = inWorkingDirectory.map((r) => inRepository(scope, r));
    const claims = checked.claims;
    const sources = new SourceFiles((file) => readSource(onDisk(scope, file)));
    const spansOf = (f) => sources.spansOf(f);
    const kept = filterFindings(results.flatMap((r) => r.findings), inputs.filterMode, diffs, spansOf);
    const findings = kept.map((f) => atChangedPlace(f, inputs.filterMode, diffs, spansOf, (line) => sources.linesOf(f.file)[line - 1] ?? ""));
    const located = locate(findings, sources);
    const reportedAt = new Map(kept.map((f, i) => [f, findings[i]]));
    annotate(findings, results);
    const reported = results.map((r) => ({ ...r, findings: r.findings.flatMap((f) => reportedAt.get(f) ?? []) }));
    const summaries = renderSummaries({ findings, results: reported, claims, shard: inputs.shard, directory: scope.prefix }, [inputs.jsonFile, inputs.sarifFile]);
    if (summaries.annotationNote) info(summaries.annotationNote);
    const checkedFiles = new Set(results.map((r) => r.file));
    if (api && ref && diffs && inputs.review) await postReview(api, ref, located, diffs, checkedFiles, inputs.summary ? summaries.everyFinding : everyFindingIn([inputs.jsonFile, inputs.sarifFile]));
    if (inputs.summary) {
      if (process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(summaries.jobSummary).write();
      if (api) await postStickySummary(api, summaries.comment, summaryMarker(inputs.shard, scope.prefix));
    }
    const pages = rulePages();
    if (inputs.sarifFile) {
      const fingerprints = new Map(located.map((l) => [l.finding, l.fingerprint]));
      const category = inputs.shard ? shardCategory(inputs.sarifCategory || DEFAULT_SARIF_CATEGORY, inputs.shard) : inputs.sarifCategory || void 0;
      const log = toSarif(reported, { category, toolVersion: VERSION, helpUriBase: pages, fingerprint: (f) => fingerprints.get(f) ?? "" });
      await writeOutput(inputs.sarifFile, JSON.stringify(log, null, 2) + "\n");
    }
    if (inputs.htmlFile) {
      await mkdir(dirname(resolve2(inputs.htmlFile)), { recursive: true });
      await writeHtmlReport(inputs.htmlFile, inWorkingDirectory);
    }
    if (inputs.jsonFile) await writeOutput(inputs.jsonFile, formatJson(results.map((r) => ({ ...r, findings: r.findings.filter((f) => reportedAt.has(f)) })), claims, [], `${pages}/`));
    const count2 = (severity) => findings.filter((f) => f.severity === severity).length;
    setOutput("findings", findings.length);
    setOutput("errors", count2("error"));
    setOutput("warnings", count2("warning"));
    setOutput("notices", count2("notice"));
    setOutput("claims-found", claims.found);
    setOutput("claims-verified", claims.verified);
    setOutput("claims-contradicted", claims.contradicted);
    setOutput("claims-unverifiable", claims.unverifiable);
    setOutput("sarif-file", outputPath(workspace, inputs.sarifFile));
    setOutput("json-file", outputPath(workspace, inputs.jsonFile));
    setOutput("html-file", outputPath(workspace, inputs.htmlFile));
    const unreadable = results.filter((r) => r.error);
    const threshold = SEVERITY_RANK[inputs.failOn];
    const failing = findings.filter((f) => SEVERITY_RANK[f.severity] >= threshold);
    if (failing.length > 0) {
      const counts = `${plural(count2("error"), "error")}, ${plural(count2("warning"), "warning")}, ${plural(count2("notice"), "notice")}`;
      setFailed(`recount found ${plural(failing.length, "finding")} at or above "${inputs.failOn}" (${counts}) in ${plural(new Set(failing.map((f) => f.file)).size, "file")}`);
    } else if (unreadable.length > 0) {
      setFailed(`recount could not read ${plural(unreadable.length, "file")}: ${unreadable.map((r) => r.file).join(", ")}`);
    } else if (loaded.errors.length > 0) {
      setFailed(`recount could not use ${plural(loaded.errors.length, "metrics file")}: ${loaded.errors.map((e) => e.message).join("; ")}`);
    }
  } catch (error2) {
    setFailed(error2 instanceof Error ? error2.message : String(error2));
  }
}

// src/action.ts
async function loadGitHubClientIfUsed(env = process.env) {
  const token = (env["INPUT_GITHUB-TOKEN"] ?? "").trim();
  if (token === "" || !(env.GITHUB_EVENT_NAME ?? "").startsWith("pull_request")) return;
  try {
    await import("./chunks/pull-request-api-ZKZLMLSY.js");
  } catch {
  }
}
export {
  loadGitHubClientIfUsed,
  run
};
