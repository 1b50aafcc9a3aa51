import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  COVERAGE
} from "./chunk-XKUJVVH5.js";
import {
  MetricList
} from "./chunk-UHEI46QV.js";
import {
  MetricsError
} from "./chunk-42MYV6I2.js";
import "./chunk-EL2LMYO2.js";

// src/metrics/parsers/lcov.ts
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
var FIELDS = { LF: "lines found", LH: "lines hit", FNF: "functions found", FNH: "functions hit", BRF: "branches found", BRH: "branches hit" };
async function parseLcov(file) {
  const sums = { LF: 0, LH: 0, FNF: 0, FNH: 0, BRF: 0, BRH: 0 };
  let records = 0;
  let lineNumber = 0;
  const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  for await (const raw of lines) {
    lineNumber++;
    const line = raw.trim();
    if (line === "end_of_record") records++;
    const match = /^([A-Z]+):(.*)$/.exec(line);
    if (!match || !(match[1] in FIELDS)) continue;
    const value = Number(match[2]);
    if (!Number.isInteger(value) || value < 0) throw new MetricsError(file, String(lineNumber), `${match[1]}: expected a whole number, got "${match[2]}"`);
    sums[match[1]] += value;
  }
  if (records === 0) throw new MetricsError(file, null, "not an lcov file: no end_of_record");
  const list = new MetricList(file);
  const kinds = [["lines", "LF", "LH"], ["functions", "FNF", "FNH"], ["branches", "BRF", "BRH"]];
  for (const [kind, found, hit] of kinds) {
    if (sums[hit] > sums[found]) throw new MetricsError(file, null, `${hit} (${sums[hit]}) exceeds ${found} (${sums[found]})`);
    list.count(`${kind} total`, [], `\u03A3 ${found}`, sums[found]);
    list.count(`${kind} covered`, [`${kind} covered`, `covered ${kind}`], `\u03A3 ${hit}`, sums[hit]);
    if (sums[found] > 0) list.percent(`${kind} coverage`, COVERAGE[kind], `\u03A3 ${hit} / \u03A3 ${found}`, sums[hit] / sums[found] * 100);
  }
  return list.metrics;
}
export {
  parseLcov
};
