import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);

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
  COVERAGE,
  TESTS,
  LOAD
};
