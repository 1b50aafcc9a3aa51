import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  jsonLogSafe,
  shardOf
} from "./chunk-7HIEBK4Y.js";
import {
  checkFile,
  failedResult,
  skippedResult,
  sumCounts
} from "./chunk-GBLUGVMH.js";
import {
  configResolver
} from "./chunk-PMBNJB2Y.js";
import {
  RULES,
  decodeReport,
  expandPaths,
  sha256
} from "./chunk-GVNZ65TO.js";

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
  const checkOptions = { metrics: options.metrics, configs: options.configs ?? configResolver(options.configPath, options.rules, options.configSnapshot), reportUnusedDisable: options.reportUnusedDisable, maxFileBytes: options.maxFileBytes, listClaims: options.listClaims };
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
  const list = map.get(key);
  if (list) list.push(value);
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
  for (const [line, list] of spans) {
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    const merged = [];
    for (const span of list) {
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
  const summary = {
    index,
    path: file.path,
    claims: claims.length,
    counts,
    byRule,
    findings: result.findings.map((f, n) => ({ rule: f.rule, severity: f.severity, line: f.line, note: ids.note(index, n) }))
  };
  if (result.error) summary.problem = "not checked";
  else if (result.notice) summary.problem = "notice";
  return summary;
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
      for (const [rule, list] of [...rules].sort(([a], [b]) => a.localeCompare(b))) {
        out += `<li><span class="rule">${escapeHtml(rule)}</span> ${list.map((f) => `<a class="sev-${f.severity}" href="#${f.note}">line ${f.line}<span class="sr"> (${f.severity})</span></a>`).join(" ")}</li>`;
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
var HtmlWriter = class {
  constructor(write, options = {}) {
    this.write = write;
    this.options = options;
  }
  write;
  options;
  builder = new ClaimMapBuilder();
  add(result) {
    this.builder.add(withText(result));
  }
  end() {
    this.write(this.builder.finish(this.options));
  }
};
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
  } catch (error) {
    return { path: result.file, text: "", result: { ...result, notice: `could not be read again to show it (${error.code ?? error.message})` } };
  }
  const text = decodeReport(bytes);
  if (result.digest && sha256(bytes) !== result.digest) return { path: result.file, text, result: { ...result, notice: "changed after it was checked: the highlights may stand at the wrong places" } };
  return { path: result.file, text, result };
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

// src/report/sarif.ts
import { createHash as createHash2 } from "node:crypto";
var LEVEL = { error: "error", warning: "warning", notice: "note" };
var DEFAULT_SARIF_CATEGORY = "recount";
var DIRECTIVE_RULE = { id: "directive", description: "A recount-disable comment names an unknown rule or suppresses nothing.", severity: "warning" };
function shardCategory(category, shard) {
  return `${category}/shard-${shard.index}-of-${shard.count}`;
}
function mergedCategoryId(ids2) {
  const distinct = [...new Set(ids2)];
  if (distinct.length === 1) return distinct[0];
  const bases = new Set(ids2.map((id) => {
    if (id === void 0) return void 0;
    const at = id.lastIndexOf("/shard-", id.length - 2);
    return at > 0 && /^\/shard-\d+-of-\d+\/$/.test(id.slice(at)) ? id.slice(0, at + 1) : void 0;
  }));
  const [base] = [...bases];
  return bases.size === 1 ? base : void 0;
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
  const repository = base?.includes("/blob/") ? base.slice(0, base.indexOf("/blob/")) : void 0;
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "recount",
            version: options.toolVersion,
            ...repository ? { informationUri: repository } : {},
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

export {
  streamFileResults,
  checkFilesInParallel,
  JsonWriter,
  formatJson,
  fingerprint,
  fingerprintMarker,
  fingerprintsIn,
  DEFAULT_SARIF_CATEGORY,
  shardCategory,
  mergedCategoryId,
  toSarif,
  HtmlWriter,
  writeHtmlReport
};
