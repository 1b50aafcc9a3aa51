import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);

// src/version.ts
var VERSION = "0.1.0";

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

export {
  shardOf,
  parseShard,
  VERSION,
  printable,
  logSafe,
  jsonLogSafe,
  codeSpan
};
