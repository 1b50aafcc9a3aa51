import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  HtmlWriter,
  JsonWriter,
  fingerprint,
  mergedCategoryId,
  streamFileResults,
  toSarif
} from "./chunk-JCKBCF45.js";
import {
  VERSION,
  jsonLogSafe,
  logSafe
} from "./chunk-7HIEBK4Y.js";
import {
  addCounts,
  emptyCounts
} from "./chunk-GBLUGVMH.js";
import {
  configResolver
} from "./chunk-PMBNJB2Y.js";
import {
  SEVERITY_RANK,
  check,
  configForReport,
  loadMetrics
} from "./chunk-XLA46QLB.js";
import {
  parseJson
} from "./chunk-3DDWQK4X.js";
import {
  ConfigError,
  RULES,
  decodeReport,
  describeIoError,
  isIncluded,
  repositoryRoot,
  sha256
} from "./chunk-GVNZ65TO.js";
import "./chunk-4ZAM6RHV.js";
import "./chunk-WHLAHZP4.js";
import "./chunk-NIXWBOEZ.js";
import "./chunk-EL2LMYO2.js";

// src/cli-commands.ts
import { createWriteStream, existsSync as existsSync2, openSync, readFileSync as readFileSync3, writeFileSync as writeFileSync2 } from "node:fs";
import { finished } from "node:stream/promises";

// src/report/stylish.ts
var paint = (on, code, text) => on ? `\x1B[${code}m${text}\x1B[0m` : text;
var StylishWriter = class {
  constructor(write, options) {
    this.write = write;
    this.options = options;
  }
  write;
  options;
  files = 0;
  errors = 0;
  warnings = 0;
  notices = 0;
  add(result) {
    if (!result.error) this.files++;
    const color = this.options.color;
    const lines = [];
    if (result.error) {
      lines.push(paint(color, 4, logSafe(result.file)), `  ${paint(color, 31, "error")}  ${logSafe(result.error)}`, "");
    } else {
      if (result.notice) lines.push(paint(color, 4, logSafe(result.file)), `  ${paint(color, 36, "notice")}  ${logSafe(result.notice)}`, ...result.findings.length === 0 ? [""] : []);
      if (result.findings.length > 0) {
        if (!result.notice) lines.push(paint(color, 4, logSafe(result.file)));
        const places = result.findings.map((f) => `${f.line}:${f.column}`);
        const width = Math.max(...places.map((p) => p.length));
        const severityWidth = Math.max(...result.findings.map((f) => f.severity.length));
        result.findings.forEach((finding, i) => {
          if (finding.severity === "error") this.errors++;
          else if (finding.severity === "warning") this.warnings++;
          else this.notices++;
          const colour = finding.severity === "error" ? 31 : finding.severity === "warning" ? 33 : 36;
          lines.push(`  ${places[i].padStart(width)}  ${paint(color, colour, finding.severity.padEnd(severityWidth))}  ${logSafe(finding.message)}  ${paint(color, 2, finding.rule)}`);
        });
        lines.push("");
      }
    }
    if (lines.length > 0) this.write(lines.join("\n") + "\n");
  }
  end(claims) {
    const { errors, warnings, notices, files } = this;
    const problems = errors + warnings + notices;
    const lines = [];
    if (problems > 0) lines.push(paint(this.options.color, 1, `\u2716 ${problems} problem${problems === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}, ${notices} notice${notices === 1 ? "" : "s"})`));
    lines.push(`${claims.found} numeric claims found in ${files} file${files === 1 ? "" : "s"}: ${claims.verified} verified, ${claims.contradicted} contradicted, ${claims.unverifiable} could not be checked`);
    this.write(lines.join("\n") + "\n");
  }
};

// src/report/github.ts
var escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
var GithubWriter = class {
  constructor(write) {
    this.write = write;
  }
  write;
  add(result) {
    const lines = [];
    if (result.error) lines.push(`::error file=${escapeProperty(result.file)},title=${escapeProperty("recount: unreadable file")}::${escapeData(result.error)}`);
    if (result.notice) lines.push(`::notice file=${escapeProperty(result.file)},title=recount::${escapeData(result.notice)}`);
    for (const f of result.findings) {
      const command = f.severity === "notice" ? "notice" : f.severity;
      const props = [`file=${f.file}`, `line=${f.line}`, `col=${f.column}`, `endLine=${f.endLine}`, `endColumn=${f.endColumn}`, `title=recount (${f.rule})`].map((p) => {
        const eq = p.indexOf("=");
        return `${p.slice(0, eq)}=${escapeProperty(p.slice(eq + 1))}`;
      }).join(",");
      lines.push(`::${command} ${props}::${escapeData(f.message)}`);
    }
    if (lines.length > 0) this.write(lines.join("\n") + "\n");
  }
  end() {
  }
};

// src/report/claims.ts
var paint2 = (on, code, text) => on ? `\x1B[${code}m${text}\x1B[0m` : text;
var VERDICT_COLOUR = { verified: 32, contradicted: 31, unverifiable: 2 };
var ClaimsWriter = class {
  constructor(write, options) {
    this.write = write;
    this.options = options;
  }
  write;
  options;
  files = 0;
  totals = { claims: 0, verified: 0, contradicted: 0, unverifiable: 0 };
  add(result) {
    if (!result.error) this.files++;
    const color = this.options.color;
    const lines = [paint2(color, 4, logSafe(result.file))];
    if (result.error) lines.push(`  ${paint2(color, 31, "error")}  ${logSafe(result.error)}`);
    if (result.notice) lines.push(`  ${paint2(color, 36, "notice")}  ${logSafe(result.notice)}`);
    const claims = result.claimList ?? [];
    if (claims.length === 0 && !result.error && !result.notice) lines.push("  no claims");
    const places = claims.map((c) => `${c.line}:${c.column}`);
    const width = Math.max(0, ...places.map((p) => p.length));
    claims.forEach((claim, i) => {
      this.totals.claims++;
      this.totals[claim.verdict]++;
      lines.push(`  ${places[i].padStart(width)}  ${paint2(color, VERDICT_COLOUR[claim.verdict], verdictText(claim))}  ${claim.kind} (${claim.binding}): ${logSafe(claim.reading)}`);
      const indent = " ".repeat(width + 4);
      lines.push(`${indent}${paint2(color, 2, `about ${logSafe(claim.about)}${claim.section.length > 0 ? ` \xB7 under ${logSafe(claim.section.join(" \u203A "))}` : ""}${claim.rule ? ` \xB7 ${claim.rule}` : ""}`)}`);
      if (claim.detail) lines.push(`${indent}${claim.verdict === "unverifiable" ? "not checked: " : ""}${logSafe(claim.detail)}`);
    });
    this.write(lines.join("\n") + "\n\n");
  }
  end(counts) {
    const { claims, verified, contradicted, unverifiable } = this.totals;
    this.write(
      `${claims} claim${claims === 1 ? "" : "s"} in ${this.files} file${this.files === 1 ? "" : "s"}: ${verified} verified, ${contradicted} contradicted, ${unverifiable} could not be checked
${counts.found} numbers found: ${counts.verified} verified, ${counts.contradicted} contradicted, ${counts.unverifiable} not checked
`
    );
  }
};
function verdictText(claim) {
  if (claim.verdict === "contradicted") return `contradicted${claim.severity ? ` (${claim.severity})` : ""}`;
  return claim.verdict;
}

// src/report/sarif-writer.ts
import { readFileSync } from "node:fs";

// src/report/repo-path.ts
import { isAbsolute, relative, resolve, sep } from "node:path";
function repositoryPath(file, cwd = process.cwd()) {
  const absolute = resolve(cwd, file);
  const root = repositoryRoot(absolute) ?? cwd;
  const inside = relative(root, absolute);
  if (inside === "" || inside.startsWith("..") || isAbsolute(inside)) return absolute.split(sep).join("/");
  return inside.split(sep).join("/");
}

// src/report/sarif-writer.ts
var SarifWriter = class {
  constructor(write, options) {
    this.write = write;
    this.options = options;
  }
  write;
  options;
  results = [];
  fingerprints = /* @__PURE__ */ new Map();
  add(result) {
    const file = repositoryPath(result.file);
    const lines = result.findings.length > 0 ? linesOf(result.file) : [];
    const findings = result.findings.map((finding) => {
      const shown = { ...finding, file };
      this.fingerprints.set(shown, fingerprint(shown, lines[finding.line - 1] ?? ""));
      return shown;
    });
    this.results.push({ ...result, file, findings });
  }
  end(_claims, otherErrors) {
    const others = otherErrors.map((e) => ({ file: repositoryPath(e.file), error: e.message, findings: [], claims: emptyCounts() }));
    const log = toSarif([...this.results, ...others], { ...this.options, fingerprint: (f) => this.fingerprints.get(f) ?? "" });
    this.write(jsonLogSafe(JSON.stringify(log, null, 2)) + "\n");
  }
};
function linesOf(file) {
  try {
    return decodeReport(readFileSync(file)).split(/\r\n|\r|\n/);
  } catch {
    return [];
  }
}

// src/cache/result-cache.ts
import { existsSync, mkdirSync, readFileSync as readFileSync2, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { lstat, readFile } from "node:fs/promises";
import { dirname, resolve as resolve2 } from "node:path";
import { fileURLToPath } from "node:url";

// src/cache/entry-shape.ts
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var strings = (o, keys) => keys.every((k) => typeof o[k] === "string");
var numbers = (o, keys) => keys.every((k) => typeof o[k] === "number" && Number.isFinite(o[k]));
var SEVERITIES = /* @__PURE__ */ new Set(["error", "warning", "notice"]);
function isFinding(v) {
  return isObject(v) && strings(v, ["file", "rule", "message", "stated"]) && numbers(v, ["line", "column", "endLine", "endColumn"]) && SEVERITIES.has(v.severity) && Array.isArray(v.related);
}
function isCachedEntry(v) {
  if (!isObject(v) || typeof v.key !== "string" || !isObject(v.result)) return false;
  const r = v.result;
  return typeof r.file === "string" && typeof r.digest === "string" && Array.isArray(r.findings) && r.findings.every(isFinding) && isObject(r.claims) && numbers(r.claims, ["found", "verified", "contradicted", "unverifiable"]) && (r.notice === void 0 || typeof r.notice === "string") && r.error === void 0 && (r.claimList === void 0 || Array.isArray(r.claimList));
}

// src/cache/result-cache.ts
var FORMAT = 1;
var ResultCache = class {
  constructor(location, context) {
    this.location = location;
    this.context = context;
    this.entries = this.load();
    this.runKey = sha256(Buffer.from(JSON.stringify([VERSION, buildDigest(), context.metrics, context.reportUnusedDisable, context.listClaims, context.maxFileBytes])));
  }
  location;
  context;
  /** Files whose stored result was reused, and files checked afresh, in this run. */
  reused = 0;
  checked = 0;
  entries;
  pending = /* @__PURE__ */ new Map();
  runKey;
  async reuse(file, explicit) {
    let config;
    try {
      config = this.context.configs.forFile(file);
    } catch {
      return void 0;
    }
    if (!explicit && !isIncluded(config, file)) return void 0;
    let digest;
    try {
      const info = await lstat(file);
      if (!info.isFile() || info.size > this.context.maxFileBytes) return void 0;
      digest = sha256(await readFile(file));
    } catch {
      return void 0;
    }
    const { policy: _derived, ...settings } = config;
    const key = sha256(Buffer.from(JSON.stringify([this.runKey, file, digest, settings])));
    this.pending.set(file, { key, digest });
    const entry = this.entries[resolve2(file)];
    if (entry?.key !== key) return void 0;
    this.reused++;
    return entry.result;
  }
  remember(file, result) {
    if (result) this.checked++;
    const pending = this.pending.get(file);
    this.pending.delete(file);
    if (!pending || !result || result.error || result.digest !== pending.digest) return;
    this.entries[resolve2(file)] = { key: pending.key, result };
  }
  /** Writes the cache file whole, through a temporary file and a rename, so a reader never sees half of it. */
  save() {
    for (const path of Object.keys(this.entries)) if (!existsSync(path)) delete this.entries[path];
    const temporary = `${this.location}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(resolve2(this.location)), { recursive: true });
      writeFileSync(temporary, JSON.stringify({ format: FORMAT, entries: this.entries }));
      renameSync(temporary, this.location);
    } catch (error) {
      this.context.warn(`${this.location}: the cache could not be written (${describeIoError(error)}); the results are not affected`);
      try {
        unlinkSync(temporary);
      } catch {
      }
    }
  }
  load() {
    let text;
    try {
      text = readFileSync2(this.location, "utf8");
    } catch (error) {
      if (error.code !== "ENOENT") this.context.warn(`${this.location}: the cache could not be read (${describeIoError(error)}); checking every file`);
      return {};
    }
    try {
      const parsed = JSON.parse(text);
      if (parsed?.format === FORMAT && parsed.entries && typeof parsed.entries === "object" && !Array.isArray(parsed.entries)) {
        const entries = /* @__PURE__ */ Object.create(null);
        let dropped = 0;
        for (const [path, entry] of Object.entries(parsed.entries)) {
          if (isCachedEntry(entry)) entries[path] = entry;
          else dropped++;
        }
        if (dropped > 0) this.context.warn(`${this.location}: ${dropped} cache entr${dropped === 1 ? "y is" : "ies are"} not of the expected shape; those files are checked again`);
        return entries;
      }
      if (typeof parsed?.format === "number" && parsed.format !== FORMAT) return {};
    } catch {
    }
    this.context.warn(`${this.location}: not a recount cache (corrupt or unknown format); checking every file and writing a new one`);
    return {};
  }
};
var build;
function buildDigest() {
  if (build === void 0) {
    try {
      build = sha256(readFileSync2(fileURLToPath(import.meta.url)));
    } catch {
      build = "";
    }
  }
  return build;
}

// src/report/output.ts
import { once } from "node:events";
var CHUNK = 64 * 1024;
var ChunkedOutput = class {
  constructor(stream) {
    this.stream = stream;
  }
  stream;
  pending = "";
  write = (text) => {
    this.pending += text;
  };
  /** Passes the text on once a chunk has gathered, or all of it when `all` is set. */
  async flush(all = false) {
    if (this.pending.length === 0 || !all && this.pending.length < CHUNK) return;
    const text = this.pending;
    this.pending = "";
    if (!this.stream.write(text)) await once(this.stream, "drain");
  }
};

// src/config/starter.ts
var SCHEMA_COMMENT = "# yaml-language-server: $schema=./node_modules/recount/schema/recount.schema.json";
var STARTER_CONFIG = `${SCHEMA_COMMENT}
# recount configuration. recount uses the nearest .recount.yml (or .recount.yaml, .recount.json)
# from a report's directory up to the repository root; \`recount --config FILE\` overrides it.
# A report's YAML front matter may set the same keys under \`recount:\` for that file alone.
# Every line below is an example: uncomment what you need. \`recount --print-config FILE\` shows
# what is in force for a report.

# Severity per rule: off, notice, warning or error. A rule may also take { severity, ignore }, where
# ignore lists labels the rule leaves alone (conflicting-values, metric-mismatch).
# rules:
#   list-count: warning
#   conflicting-values: { severity: warning, ignore: ["duration"] }

# How a stated number may have been rounded: half-up (the default; truncation is accepted too),
# half-even (truncation accepted too), truncate (only), any (either direction).
# rounding: half-up

# Extra slack, in percentage points, for percentages (default 0: none).
# tolerance: 0.5

# How much "~" / "about" widens a number, as a fraction of it (default 0.1: 10%).
# approximate: 0.1

# Which files directories and globs pick up (files named on the command line are always checked).
# include: ["docs/reports/**"]
# exclude:
#   - "CHANGELOG.md"
#   - "docs/archive/**"

# Fenced code blocks: auto (the default: read those that hold plain status text, never code),
# always, never.
# codeBlocks: auto

# More labels for a metric name, shared by metric-mismatch and conflicting-values.
# aliases:
#   p95_latency: ["response time p95", "p95 response time"]

# Which way is better for a metric, when "improvement" is written without a sign.
# changeBase:
#   queue depth: lower
`;

// src/fix/fix-result.ts
import { readFile as readFile2, writeFile } from "node:fs/promises";

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines) {
      return lines.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines = current.lines || splitLines(current.value);
      current.lines = lines;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines.length;
        } else {
          oldLine += lines.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines.length, context);
            for (const line of contextLines(lines.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines.length;
        newLine += lines.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName) {
    ret.push("Index: " + patch.oldFileName);
  }
  if (headerOptions.includeUnderline) {
    ret.push("===================================================================");
  }
  if (headerOptions.includeFileHeaders) {
    ret.push("--- " + patch.oldFileName + (typeof patch.oldHeader === "undefined" ? "" : "	" + patch.oldHeader));
    ret.push("+++ " + patch.newFileName + (typeof patch.newHeader === "undefined" ? "" : "	" + patch.newHeader));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    if (hunk.oldLines === 0) {
      hunk.oldStart -= 1;
    }
    if (hunk.newLines === 0) {
      hunk.newStart -= 1;
    }
    ret.push("@@ -" + hunk.oldStart + "," + hunk.oldLines + " +" + hunk.newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

// src/fix/apply.ts
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) starts.push(i + 1);
    else if (ch === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}
function applyFixes(source, findings) {
  const bom = source.charCodeAt(0) === 65279 ? "\uFEFF" : "";
  const text = bom ? source.slice(1) : source;
  const starts = lineStarts(text);
  const edits = [];
  const skipped = [];
  for (const finding of findings) {
    if (finding.suggestion === void 0 || finding.line !== finding.endLine) continue;
    const lineStart = starts[finding.line - 1];
    if (lineStart === void 0) continue;
    const start = lineStart + finding.column - 1;
    const end = lineStart + finding.endColumn - 1;
    if (text.slice(start, end) !== finding.stated) {
      skipped.push(finding);
      continue;
    }
    edits.push({ start, end, text: finding.suggestion, finding });
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const kept = [];
  for (const edit of edits) {
    const last = kept[kept.length - 1];
    if (last && last.start === edit.start && last.end === edit.end && last.text === edit.text) continue;
    if (last && edit.start < last.end) {
      kept.pop();
      skipped.push(last.finding, edit.finding);
      continue;
    }
    kept.push(edit);
  }
  let output = text;
  for (const edit of [...kept].reverse()) output = output.slice(0, edit.start) + edit.text + output.slice(edit.end);
  return { output: bom + output, applied: kept.map((e) => e.finding), skipped };
}

// src/fix/fix-result.ts
async function fixResult(result, options) {
  if (result.error || !result.findings.some((f) => f.suggestion !== void 0)) return { result, fixed: 0 };
  const raw = await readFile2(result.file);
  if (result.digest !== void 0 && sha256(raw) !== result.digest) {
    return { result, fixed: 0, notice: `${result.file}: not fixed: the file changed after it was checked; run recount again` };
  }
  const source = raw.toString("utf8");
  if (!Buffer.from(source, "utf8").equals(raw)) {
    return { result, fixed: 0, notice: `${result.file}: not fixed: the file is not valid UTF-8, and rewriting it would change bytes that are not findings` };
  }
  const { output, applied } = applyFixes(source, result.findings);
  if (output === source) return { result, fixed: 0 };
  if (options.dryRun) {
    const path = logSafe(repositoryPath(result.file));
    options.writeDiff(createTwoFilesPatch(`a/${path}`, `b/${path}`, source, output).replace(/^=+\n/, ""));
  } else await writeFile(result.file, output);
  const config = options.configs?.forFile(result.file);
  return { result: check(output, { file: result.file, metrics: options.metrics, config, reportUnusedDisable: options.reportUnusedDisable }), fixed: applied.length };
}

// src/report/merge.ts
var MergeError = class extends Error {
};
function mergeOutputs(inputs) {
  if (inputs.length === 0) throw new MergeError("merge: give the JSON or SARIF files of the shards");
  const parsed = inputs.map(({ file, text }) => {
    let value;
    try {
      value = parseJson(file, text);
    } catch (error) {
      throw new MergeError(error.message);
    }
    const kind = isRecount(value) ? "json" : isSarif(value) ? "sarif" : null;
    if (!kind) throw new MergeError(`${file}: neither recount --format json output (version 1) nor a SARIF 2.1.0 log`);
    return { file, kind, value };
  });
  const kinds = new Set(parsed.map((p) => p.kind));
  if (kinds.size > 1) throw new MergeError(`merge: the files mix JSON and SARIF (${parsed.map((p) => `${p.file}: ${p.kind}`).join(", ")})`);
  return parsed[0]?.kind === "json" ? mergeJson(parsed.map((p) => p.value)) : mergeSarif(parsed.map((p) => p.value));
}
function isRecount(value) {
  const v = value;
  return !!v && v.version === 1 && Array.isArray(v.findings) && typeof v.claims === "object";
}
function isSarif(value) {
  const v = value;
  return !!v && v.version === "2.1.0" && Array.isArray(v.runs);
}
function mergeJson(outputs) {
  const claims = { found: 0, verified: 0, contradicted: 0, unverifiable: 0 };
  for (const o of outputs) for (const key of Object.keys(claims)) claims[key] += o.claims[key] ?? 0;
  const findings = outputs.flatMap((o) => o.findings).sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  const merged = {
    version: 1,
    findings,
    errors: outputs.flatMap((o) => o.errors ?? []),
    notices: outputs.flatMap((o) => o.notices ?? []),
    files: outputs.reduce((n, o) => n + o.files, 0),
    claims
  };
  return JSON.stringify(merged, null, 2) + "\n";
}
function mergeSarif(logs) {
  const runs = /* @__PURE__ */ new Map();
  const categories = /* @__PURE__ */ new Map();
  for (const log of logs) {
    for (const run of log.runs) {
      const name = run.tool.driver.name;
      const existing = runs.get(name);
      if (existing) {
        existing.results = [...existing.results ?? [], ...run.results ?? []];
        existing.invocations = mergeInvocations(existing.invocations, run.invocations);
      } else runs.set(name, { ...run, results: [...run.results ?? []] });
      categories.set(name, [...categories.get(name) ?? [], run.automationDetails?.id]);
    }
  }
  for (const [name, run] of runs) {
    const id = mergedCategoryId(categories.get(name) ?? []);
    if (id === void 0) delete run.automationDetails;
    else run.automationDetails = { id };
  }
  const first = logs[0];
  return JSON.stringify({ ...first, runs: [...runs.values()] }, null, 2) + "\n";
}
function mergeInvocations(a, b) {
  if (!a || !b) return a ?? b;
  const all = [...a, ...b];
  const notifications = all.flatMap((i) => i.toolExecutionNotifications ?? []);
  return [{ ...all[0], executionSuccessful: all.every((i) => i.executionSuccessful), ...notifications.length > 0 || all.some((i) => i.toolExecutionNotifications) ? { toolExecutionNotifications: notifications } : {} }];
}

// src/cli-commands.ts
var say = (text) => process.stderr.write(`recount: ${logSafe(text)}
`);
function init() {
  if (existsSync2(".recount.yml")) {
    process.stderr.write("recount: .recount.yml already exists; not overwriting it\n");
    return 2;
  }
  writeFileSync2(".recount.yml", STARTER_CONFIG);
  process.stdout.write("Wrote .recount.yml\n");
  return 0;
}
function printConfig(file, explicit, rules) {
  const fromFile = configResolver(explicit, rules).forFile(file);
  const { config, frontMatter } = existsSync2(file) ? configForReport(file, readFileSync3(file, "utf8"), fromFile) : { config: fromFile, frontMatter: false };
  const { policy: _policy, severities, source, ...shown } = config;
  const inForce = Object.fromEntries(RULES.map((rule) => [rule.meta.id, severities[rule.meta.id] ?? rule.meta.severity]));
  process.stdout.write(jsonLogSafe(JSON.stringify({ source, severities: inForce, ...shown, frontMatter }, null, 2)) + "\n");
  return 0;
}
async function checkCommand(options, places) {
  const configs = configResolver(options.config, options.rules);
  const loaded = await loadMetrics(options.metrics, options.metricsFormat);
  const target = openOutput(options.output);
  if (!target) return 2;
  const output = new ChunkedOutput(target);
  const listClaims = options.format === "claims" || options.format === "html";
  const cache = options.cacheLocation === void 0 ? void 0 : new ResultCache(options.cacheLocation, {
    configs,
    metrics: loaded.metrics,
    reportUnusedDisable: options.reportUnusedDisable,
    listClaims,
    maxFileBytes: options.maxFileSize * 1024 * 1024,
    warn: say
  });
  const writer = options.fixDryRun ? void 0 : reportWriter(options, output.write, places.rulePages, cache);
  const threshold = SEVERITY_RANK[options.failOn];
  const claims = emptyCounts();
  const unreadable = [];
  const noticed = [];
  const fixNotices = [];
  let fixed = 0;
  let failing = false;
  const results = streamFileResults(options.paths, {
    metrics: loaded.metrics,
    configPath: options.config,
    reportUnusedDisable: options.reportUnusedDisable,
    workerUrl: places.workerUrl,
    jobs: options.jobs,
    onFallback: (reason) => say(`could not start checking processes (${reason}); checking every file in this process`),
    maxFileBytes: options.maxFileSize * 1024 * 1024,
    listClaims,
    shard: options.shard,
    rules: options.rules,
    cache,
    configs
  });
  for await (let result of results) {
    if (options.fix || options.fixDryRun) {
      const outcome = await fixResult(result, { dryRun: options.fixDryRun, metrics: loaded.metrics, configs, reportUnusedDisable: options.reportUnusedDisable, writeDiff: output.write });
      result = outcome.result;
      fixed += outcome.fixed;
      if (outcome.notice) fixNotices.push(outcome.notice);
    }
    addCounts(claims, result.claims);
    if (result.error) unreadable.push(result);
    if (result.notice) noticed.push(result);
    failing ||= result.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold);
    writer?.add(result);
    await output.flush();
  }
  cache?.save();
  writer?.end(claims, loaded.errors.map((e) => ({ file: e.file, message: e.message })));
  await output.flush(true);
  if (target !== process.stdout) {
    target.end();
    await finished(target);
  }
  if (options.fix || options.fixDryRun) process.stderr.write(`recount: ${fixed} correction${fixed === 1 ? "" : "s"} ${options.fixDryRun ? "would be applied" : "applied"}
`);
  const onStderr = options.format !== "stylish" || options.fixDryRun;
  if (onStderr) for (const r of unreadable) say(r.error);
  for (const notice of fixNotices) say(notice);
  if (onStderr) for (const r of noticed) say(`${r.file}: ${r.notice}`);
  for (const e of loaded.errors) say(e.message);
  if (unreadable.length > 0 || loaded.errors.length > 0) return 2;
  return failing ? 1 : 0;
}
function openOutput(file) {
  if (file === void 0) return process.stdout;
  try {
    return createWriteStream("", { fd: openSync(file, "w") });
  } catch (error) {
    say(`--output ${file}: cannot write it (${error.code ?? error.message})`);
    return void 0;
  }
}
function reportWriter(options, write, rulePages, cache) {
  if (options.format === "json") return new JsonWriter(write, rulePages, cache);
  if (options.format === "sarif") return new SarifWriter(write, { toolVersion: VERSION, helpUriBase: `https://github.com/recount-dev/recount/blob/v${VERSION}/docs/rules` });
  if (options.format === "github") return new GithubWriter(write);
  if (options.format === "claims") return new ClaimsWriter(write, { color: options.color });
  if (options.format === "html") return new HtmlWriter(write);
  return new StylishWriter(write, { color: options.color });
}
async function runCommand(command, places) {
  try {
    switch (command.kind) {
      case "init":
        return init();
      case "print-config":
        return printConfig(command.file, command.config, command.rules);
      case "merge":
        process.stdout.write(jsonLogSafe(mergeOutputs(command.files.map((file) => ({ file, text: readFileSync3(file, "utf8") })))));
        return 0;
      case "check":
        return await checkCommand(command.options, places);
    }
  } catch (error) {
    if (error instanceof ConfigError || error instanceof MergeError) {
      say(error.message);
      return 2;
    }
    if (error.code === "ENOENT" && command.kind === "merge") {
      say(`${error.path}: no such file`);
      return 2;
    }
    throw error;
  }
}
export {
  runCommand
};
