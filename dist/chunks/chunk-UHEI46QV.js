import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  MetricsError
} from "./chunk-42MYV6I2.js";

// src/extract/units.ts
var DURATIONS = [
  [/^(?:ns|nanoseconds?)$/i, 1e-9, "ns"],
  [/^(?:\u00B5s|\u03BCs|us|microseconds?)$/i, 1e-6, "\xB5s"],
  [/^(?:ms|msec|msecs|millis|milliseconds?)$/i, 1e-3, "ms"],
  [/^(?:s|sec|secs|seconds?)$/i, 1, "s"],
  [/^(?:m|min|mins|minutes?)$/i, 60, "min"],
  [/^(?:h|hr|hrs|hours?)$/i, 3600, "h"],
  [/^(?:d|days?)$/i, 86400, "days"],
  [/^(?:w|wk|wks|weeks?)$/i, 604800, "weeks"]
];
var SIZES = [
  [/^(?:B|bytes?)$/, 1, "B"],
  [/^(?:KB|kB|KiB)$/, 1024, "KB"],
  [/^(?:MB|MiB)$/, 1024 ** 2, "MB"],
  [/^(?:GB|GiB)$/, 1024 ** 3, "GB"],
  [/^(?:TB|TiB)$/, 1024 ** 4, "TB"]
];
function decimalSizeRatio(symbol) {
  const power = ["B", "KB", "MB", "GB", "TB"].indexOf(symbol ?? "");
  return power <= 0 ? 1 : 1e3 ** power / 1024 ** power;
}
var UNIT_PATTERN = "percentage points?|percent|pp|p\\.p\\.|%|req(?:uests)?/s(?:ec)?|rps|RPS|qps|QPS|ops/s(?:ec)?|tps|TPS|nanoseconds?|microseconds?|milliseconds?|millis|msecs?|ms|\xB5s|\u03BCs|us|ns|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|hr|h|days?|d|weeks?|wks?|wk|w|bytes?|KiB|MiB|GiB|TiB|KB|kB|MB|GB|TB|B|\xD7|x|X";
function unitInfo(raw) {
  if (raw === "%" || /^percent$/i.test(raw)) return { dimension: "percent", factor: 1, symbol: "%" };
  if (/^(?:pp|p\.p\.|percentage points?)$/i.test(raw)) return { dimension: "points", factor: 1, symbol: " pp" };
  if (/^(?:req(?:uests)?\/s(?:ec)?|rps|qps|ops\/s(?:ec)?|tps)$/i.test(raw)) return { dimension: "throughput", factor: 1, symbol: " req/s" };
  if (/^[\u00D7xX]$/.test(raw)) return { dimension: "multiplier", factor: 1, symbol: "\xD7" };
  for (const [pattern, factor, symbol] of DURATIONS) if (pattern.test(raw)) return { dimension: "duration", factor, symbol };
  for (const [pattern, factor, symbol] of SIZES) if (pattern.test(raw)) return { dimension: "size", factor, symbol };
  return null;
}
var MAGNITUDES = {
  k: 1e3,
  K: 1e3,
  thousand: 1e3,
  M: 1e6,
  million: 1e6,
  mn: 1e6,
  B: 1e9,
  bn: 1e9,
  billion: 1e9
};
var WORD_NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
var WORD_NUMBER_VALUES = Object.fromEntries(WORD_NUMBERS.map((w, i) => [w, i]));
function formatDuration(seconds) {
  if (seconds !== 0 && seconds < 1e-6) return `${trimNumber(seconds * 1e9)} ns`;
  if (seconds !== 0 && seconds < 1e-3) return `${trimNumber(seconds * 1e6)} \xB5s`;
  if (seconds < 1) return `${trimNumber(seconds * 1e3)} ms`;
  if (seconds < 120) return `${trimNumber(seconds)} s`;
  if (seconds < 7200) return `${trimNumber(seconds / 60)} min`;
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.round((seconds - hours * 3600) / 60);
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}
function trimNumber(value, digits = 2) {
  if (!Number.isFinite(value)) return String(value);
  return trimZeros(value.toFixed(digits));
}
function trimZeros(text) {
  if (!text.includes(".")) return text;
  let end = text.length;
  while (text[end - 1] === "0") end--;
  if (text[end - 1] === ".") end--;
  return text.slice(0, end);
}

// src/metrics/build.ts
var MetricList = class {
  constructor(file) {
    this.file = file;
  }
  file;
  metrics = [];
  source(path) {
    return { file: this.file, path };
  }
  checkNumber(path, value) {
    if (typeof value !== "number" || !Number.isFinite(value)) throw new MetricsError(this.file, path, `expected a number, got ${JSON.stringify(value)}`);
    return value;
  }
  count(name, aliases, path, value) {
    const n = this.checkNumber(path, value);
    if (n < 0) throw new MetricsError(this.file, path, `a count cannot be negative (${n})`);
    this.metrics.push({ name, aliases, value: n, dimension: "count", display: trimNumber(n, 4), source: this.source(path) });
    return n;
  }
  /** A share in percent (0\u2013100). */
  percent(name, aliases, path, value) {
    const n = this.checkNumber(path, value);
    if (n < 0 || n > 100) throw new MetricsError(this.file, path, `a percentage must lie between 0 and 100, got ${n}`);
    this.metrics.push({ name, aliases, value: n, dimension: "percent", display: `${trimNumber(n, 4)}%`, source: this.source(path) });
  }
  /** A rate between 0 and 1, reported as a percentage ("0.0002" is 0.02%). */
  rate(name, aliases, path, value) {
    const n = this.checkNumber(path, value);
    if (n < 0 || n > 1) throw new MetricsError(this.file, path, `a rate must lie between 0 and 1, got ${n}`);
    this.metrics.push({ name, aliases, value: n * 100, dimension: "percent", display: `${trimNumber(n, 6)} (${trimNumber(n * 100, 4)}%)`, source: this.source(path) });
  }
  /** A duration given in milliseconds. */
  milliseconds(name, aliases, path, value) {
    const n = this.checkNumber(path, value);
    if (n < 0) throw new MetricsError(this.file, path, `a duration cannot be negative (${n})`);
    this.metrics.push({ name, aliases, value: n / 1e3, dimension: "duration", display: `${trimNumber(n, 3)} ms`, source: this.source(path) });
  }
  perSecond(name, aliases, path, value) {
    const n = this.checkNumber(path, value);
    if (n < 0) throw new MetricsError(this.file, path, `a rate cannot be negative (${n})`);
    this.metrics.push({ name, aliases, value: n, dimension: "throughput", display: `${trimNumber(n, 3)} req/s`, source: this.source(path) });
  }
  add(metric) {
    const { path, ...rest } = metric;
    this.metrics.push({ ...rest, source: this.source(path) });
  }
};

export {
  decimalSizeRatio,
  UNIT_PATTERN,
  unitInfo,
  MAGNITUDES,
  WORD_NUMBER_VALUES,
  formatDuration,
  trimNumber,
  trimZeros,
  MetricList
};
