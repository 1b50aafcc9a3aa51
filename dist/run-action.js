import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  DEFAULT_SARIF_CATEGORY,
  checkFilesInParallel,
  fingerprint,
  fingerprintMarker,
  fingerprintsIn,
  formatJson,
  shardCategory,
  toSarif,
  writeHtmlReport
} from "./chunks/chunk-JCKBCF45.js";
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
import {
  VERSION,
  codeSpan,
  parseShard,
  printable
} from "./chunks/chunk-7HIEBK4Y.js";
import {
  skippedResult
} from "./chunks/chunk-GBLUGVMH.js";
import "./chunks/chunk-PMBNJB2Y.js";
import {
  SEVERITY_RANK,
  loadMetrics,
  parseMarkdown
} from "./chunks/chunk-XLA46QLB.js";
import "./chunks/chunk-3DDWQK4X.js";
import {
  CONFIG_NAMES,
  ConfigResolver,
  MARKDOWN_EXTENSIONS,
  MAX_CONFIG_BYTES,
  decodeReport,
  glob,
  listMatching,
  repositoryRoot,
  require_picomatch,
  zod_parts_exports
} from "./chunks/chunk-GVNZ65TO.js";
import "./chunks/chunk-4ZAM6RHV.js";
import "./chunks/chunk-WHLAHZP4.js";
import "./chunks/chunk-NIXWBOEZ.js";
import {
  __toESM
} from "./chunks/chunk-EL2LMYO2.js";

// src/action/main.ts
import { mkdir, writeFile } from "node:fs/promises";
import { existsSync, readFileSync } from "node:fs";
import { dirname, isAbsolute as isAbsolute2, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";
var import_picomatch = __toESM(require_picomatch(), 1);

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
  if (unlisted > 0) lines.push("", `${unlisted} more finding${unlisted === 1 ? " is" : "s are"} not listed here, because a review body holds at most ${COMMENT_LIMIT.toLocaleString("en-US")} characters; ${elsewhere}. A later run lists them once there is room.`);
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
    overflow: (n) => `${notListed(n)} in this comment, because a comment holds at most ${COMMENT_LIMIT.toLocaleString("en-US")} characters; ${everyFinding}.`
  }));
  return { jobSummary, comment, everyFinding, annotationNote: note };
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
  const payload = JSON.parse(readFileSync(path, "utf8"));
  return { pullRequest: payload.pull_request ?? null };
}
function repository() {
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? "").split("/");
  return owner && repo ? { owner, repo } : null;
}
async function workspaceFiles(patterns) {
  const listing = await listMatching(patterns, process.cwd(), { followLinks: true });
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
      warning(`GitHub lists only the first ${LISTED_FILES_LIMIT.toLocaleString("en-US")} files of a pull request, and the workspace's git history could not name the others (${fromGit}; check out with fetch-depth: 0). recount checks every file matching "files" and reports findings anywhere in the files GitHub did not list.`);
      const listing = await workspaceFiles(inputs.files);
      const diffs2 = new Map(listing.files.map((file) => [toRepo(scope, file), { added: /* @__PURE__ */ new Set(), inHunks: /* @__PURE__ */ new Set(), wholeFile: true }]));
      for (const f of changed) diffs2.set(f.filename, parsePatch(f.patch));
      return { ...listing, diffs: diffs2 };
    }
    const listed = new Set(changed.map((f) => f.filename));
    const more = fromGit.filter((f) => !listed.has(f.filename) && wanted(f.filename));
    changed.push(...more);
    warning(`GitHub lists only the first ${LISTED_FILES_LIMIT.toLocaleString("en-US")} files of a pull request; recount read the other changed files from the workspace's git history (git diff base...head) and found ${plural(more.length, "more Markdown file")} to check.`);
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
    return existsSync(path) ? decodeReport(readFileSync(path)) : null;
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
  const ids = new Set(commentIds);
  for (const thread of threads) if (ids.has(thread.firstCommentId) && !thread.isResolved) await api.resolveReviewThread(thread.id);
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
  await writeFile(path, text);
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
    const count = (severity) => findings.filter((f) => f.severity === severity).length;
    setOutput("findings", findings.length);
    setOutput("errors", count("error"));
    setOutput("warnings", count("warning"));
    setOutput("notices", count("notice"));
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
      const counts = `${plural(count("error"), "error")}, ${plural(count("warning"), "warning")}, ${plural(count("notice"), "notice")}`;
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
await run();
