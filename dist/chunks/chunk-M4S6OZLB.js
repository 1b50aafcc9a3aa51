import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  checkFile,
  configResolver,
  failedResult,
  skippedResult,
  sumCounts
} from "./chunk-6FDO2SJ7.js";
import {
  expandPaths
} from "./chunk-QCXJHEMC.js";

// src/parallel.ts
import { availableParallelism } from "node:os";
import { stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";

// src/checker-pool.ts
import { fork } from "node:child_process";
var CheckerUnavailable = class extends Error {
};
var CHECKER_FLAGS = ["--single-threaded-gc", "--max-semi-space-size=64"];
var IN_FLIGHT = 2;
var MAX_FAILED_STARTS = 3;
var Checker = class {
  constructor(script, setup, giveBack) {
    this.script = script;
    this.setup = setup;
    this.giveBack = giveBack;
  }
  script;
  setup;
  giveBack;
  child;
  ready = false;
  sent = [];
  stderrTail = "";
  failedStarts = 0;
  closing = false;
  get load() {
    return this.sent.length;
  }
  get broken() {
    return this.failedStarts >= MAX_FAILED_STARTS;
  }
  send(job) {
    this.sent.push(job);
    if (!this.child) this.start();
    else this.child.send({ kind: "check", file: job.file, explicit: job.explicit });
  }
  close() {
    this.closing = true;
    if (this.child?.connected) this.child.disconnect();
  }
  start() {
    const child = fork(this.script, [], { execArgv: CHECKER_FLAGS, serialization: "advanced", stdio: ["ignore", "ignore", "pipe", "ipc"] });
    this.child = child;
    this.ready = false;
    this.stderrTail = "";
    child.stderr?.setEncoding("utf8").on("data", (text) => {
      this.stderrTail = (this.stderrTail + text).slice(-4e3);
    });
    child.on("message", (reply) => {
      if ("ready" in reply) {
        this.ready = true;
        this.failedStarts = 0;
      } else {
        this.sent.shift()?.resolve(reply.result ?? void 0);
      }
    });
    child.on("error", () => {
    });
    child.once("close", (code, signal) => this.stopped(child, code, signal));
    child.send({ kind: "setup", setup: this.setup });
    for (const job of this.sent) child.send({ kind: "check", file: job.file, explicit: job.explicit });
  }
  /**
   * A process that stops before it is ready failed to start: its files go to the next process, or
   * back to the pool when starting keeps failing. One that stops later stopped on the first
   * file outstanding: that file fails, and the rest go to a new process.
   */
  stopped(child, code, signal) {
    if (child !== this.child) return;
    this.child = void 0;
    if (this.closing || this.sent.length === 0) return;
    const reason = crashReason(this.stderrTail, code, signal);
    if (!this.ready) {
      this.failedStarts++;
      if (this.broken) {
        this.giveBack(this.sent.splice(0), reason);
        return;
      }
      this.start();
      return;
    }
    const culprit = this.sent.shift();
    if (this.sent.length > 0) this.start();
    culprit.resolve(failedResult(culprit.file, `${culprit.file}: could not be checked: the checking process stopped (${reason})`));
  }
};
function crashReason(stderr, code, signal) {
  const line = stderr.split("\n").map((l) => l.trim()).find((l) => /^(?:(?:[A-Z]\w*)?Error\b|FATAL ERROR\b)/.test(l));
  if (line) return line.slice(0, 200);
  return signal ? `signal ${signal}` : `exit code ${code}`;
}
var CheckerPool = class {
  checkers;
  queue = [];
  closed = false;
  startFailure = "";
  constructor(size, script, setup) {
    const giveBack = (jobs, reason) => {
      this.startFailure = reason;
      this.queue.unshift(...jobs);
      this.dispatch();
    };
    this.checkers = Array.from({ length: size }, () => new Checker(script, setup, giveBack));
  }
  check(file, explicit) {
    if (this.closed) throw new Error("the checker pool is closed");
    return new Promise((resolve, reject) => {
      const settled = () => this.dispatch();
      this.queue.push({
        file,
        explicit,
        resolve: (result) => {
          resolve(result);
          settled();
        },
        reject: (error) => {
          reject(error);
          settled();
        }
      });
      this.dispatch();
    });
  }
  close() {
    this.closed = true;
    for (const checker of this.checkers) checker.close();
  }
  dispatch() {
    while (this.queue.length > 0) {
      const working = this.checkers.filter((c) => !c.broken);
      if (working.length === 0) {
        for (const job of this.queue.splice(0)) job.reject(new CheckerUnavailable(`no checking process could be started (${this.startFailure})`));
        return;
      }
      const checker = working.reduce((a, b) => b.load < a.load ? b : a);
      if (checker.load >= IN_FLIGHT) return;
      checker.send(this.queue.shift());
    }
  }
};

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
var PARALLEL_MIN_BYTES = 2 * 1024 * 1024;
var MAX_JOBS = 4;
var REORDER_WINDOW = 64;
async function* streamFileResults(paths, options) {
  const expanded = await expandPaths(paths);
  const { explicit } = expanded;
  const shard = options.shard;
  const files = shard ? expanded.files.filter((f) => shardOf(f, shard.count) === shard.index - 1) : expanded.files;
  if (!shard || shard.index === 1) {
    for (const { file, message } of expanded.errors) yield failedResult(file, `${file}: ${message}`);
    for (const { file, notice } of expanded.skipped) yield skippedResult(file, notice);
  }
  const jobs = Math.min(options.jobs ?? await automaticJobs(files), files.length);
  const checkOptions = { metrics: options.metrics, configs: configResolver(options.configPath, options.rules, options.configSnapshot), reportUnusedDisable: options.reportUnusedDisable, maxFileBytes: options.maxFileBytes, listClaims: options.listClaims };
  if (jobs < 2) {
    for (const file of files) {
      const cached = await options.cache?.reuse(file, explicit.has(file));
      const result = cached ?? await checkFile(file, explicit.has(file), checkOptions);
      if (!cached) options.cache?.remember(file, result);
      if (result) yield result;
    }
    return;
  }
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
          (error) => {
            if (error instanceof CheckerUnavailable) return { unavailable: error.message };
            throw error;
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
function logSafe(text) {
  return printable(text).replace(/::/g, ":\\:").replace(/##\[/g, "##\\[");
}
function jsonLogSafe(json) {
  return json.replace(/::/g, ":\\u003a").replace(/##\[/g, "#\\u0023[").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}
function codeSpan(text) {
  const shown = printable(text);
  let longest = 0;
  for (const run of shown.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = "`".repeat(longest + 1);
  const pad = shown.startsWith("`") || shown.endsWith("`") ? " " : "";
  return `${fence}${pad}${shown}${pad}${fence}`;
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

// src/version.ts
var VERSION = "0.1.0";

// src/action/sarif.ts
var LEVEL = { error: "error", warning: "warning", notice: "note" };
function toSarif(findings, rules, fingerprints, docsBase) {
  const page = (id) => docsBase ? `${docsBase}/${id}.md` : `docs/rules/${id}.md in the recount repository`;
  const index = new Map(rules.map((r, i) => [r.meta.id, i]));
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "recount",
            version: VERSION,
            ...docsBase ? { informationUri: docsBase.includes("/blob/") ? docsBase.slice(0, docsBase.indexOf("/blob/")) : docsBase } : {},
            rules: rules.map((r) => ({
              id: r.meta.id,
              name: r.meta.id.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase()),
              shortDescription: { text: r.meta.description },
              fullDescription: { text: r.meta.description },
              help: { text: `${r.meta.description} See ${page(r.meta.id)}.` },
              ...docsBase ? { helpUri: page(r.meta.id) } : {},
              defaultConfiguration: { level: LEVEL[r.meta.severity] }
            }))
          }
        },
        results: findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: index.get(f.rule) ?? 0,
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file.replace(/^\.\//, ""), uriBaseId: "%SRCROOT%" },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn, snippet: { text: f.stated } }
              }
            }
          ],
          partialFingerprints: { recountFindingHash: fingerprints.get(f) ?? "" },
          ...f.related.some((r) => "line" in r) ? { relatedLocations: f.related.filter((r) => "line" in r).map((r, id) => ({ id, physicalLocation: { artifactLocation: { uri: f.file.replace(/^\.\//, ""), uriBaseId: "%SRCROOT%" }, region: { startLine: r.line, startColumn: r.column } } })) } : {}
        }))
      }
    ]
  };
}

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

export {
  parseShard,
  streamFileResults,
  checkFilesInParallel,
  printable,
  logSafe,
  jsonLogSafe,
  codeSpan,
  JsonWriter,
  formatJson,
  VERSION,
  toSarif,
  fingerprint,
  fingerprintMarker,
  fingerprintsIn
};
