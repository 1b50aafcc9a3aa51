import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);

// src/metrics/model.ts
var MetricsError = class extends Error {
  constructor(file, place, detail) {
    super(`${file}${place ? `:${place}` : ""}: ${detail}`);
    this.file = file;
    this.place = place;
  }
  file;
  place;
};
var METRICS_FORMATS = ["recount", "junit", "coverage-summary", "coverage-final", "lcov", "k6", "autocannon", "prometheus"];

export {
  MetricsError,
  METRICS_FORMATS
};
