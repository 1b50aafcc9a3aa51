import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  MetricsError,
  trimNumber
} from "./chunk-NIXWBOEZ.js";

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
  /** A share in percent (0–100). */
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

// src/metrics/aliases.ts
var COVERAGE = {
  lines: ["coverage", "line coverage", "lines coverage", "code coverage", "test coverage", "lines"],
  statements: ["statement coverage", "statements coverage", "statements"],
  functions: ["function coverage", "functions coverage", "functions"],
  branches: ["branch coverage", "branches coverage", "branches"]
};
var TESTS = {
  total: ["tests", "total tests", "test count", "test cases"],
  passed: ["tests passing", "passing tests", "passed tests", "tests passed", "passed", "passing"],
  failed: ["failures", "failed tests", "test failures", "tests failed", "failing tests"],
  errors: ["test errors"],
  skipped: ["skipped", "skipped tests", "tests skipped"],
  passRate: ["test pass rate", "pass rate", "tests passing rate", "test success rate", "success rate"]
};
var LOAD = {
  p50: ["p50 latency", "latency p50", "p50", "median latency", "latency median"],
  p90: ["p90 latency", "latency p90", "p90"],
  p95: ["p95 latency", "latency p95", "p95"],
  p99: ["p99 latency", "latency p99", "p99"],
  average: ["average latency", "avg latency", "mean latency", "latency average", "latency"],
  max: ["max latency", "maximum latency", "latency max"],
  errorRate: ["error rate", "http error rate", "failure rate", "failed request rate"],
  requests: ["requests", "total requests", "request count", "http requests"],
  throughput: ["throughput", "requests per second", "rps", "request rate"],
  errors: ["errors", "request errors"],
  iterations: ["iterations"],
  vus: ["virtual users", "vus", "max vus", "peak users", "concurrent users"]
};

export {
  MetricList,
  COVERAGE,
  TESTS,
  LOAD
};
