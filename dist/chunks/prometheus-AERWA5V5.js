import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  MetricList,
  trimNumber
} from "./chunk-UHEI46QV.js";
import {
  MetricsError
} from "./chunk-42MYV6I2.js";
import "./chunk-EL2LMYO2.js";

// src/metrics/parsers/prometheus.ts
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
var SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+(\S+)(?:\s+-?\d+)?$/;
async function parsePrometheus(file) {
  const list = new MetricList(file);
  let lineNumber = 0;
  const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
  for await (const raw of lines) {
    lineNumber++;
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const match = SAMPLE.exec(line);
    if (!match) throw new MetricsError(file, String(lineNumber), "not a Prometheus sample (a name, optional {labels}, a value and an optional timestamp)");
    const [, name, labels, rawValue] = match;
    const value = Number(rawValue);
    if (Number.isNaN(value) && rawValue !== "NaN") throw new MetricsError(file, String(lineNumber), `${name}: the value is not a number`);
    if (!Number.isFinite(value)) continue;
    const series = `${name}${labels ?? ""}`;
    const path = `line ${lineNumber}: ${series}`;
    const aliases = labels ? [series] : [name, name.replace(/_(?:total|count)$/, "").replace(/_/g, " "), name.replace(/_/g, " ")];
    if (/_seconds$/.test(name)) list.add({ name: series, aliases, value, dimension: "duration", display: `${trimNumber(value, 6)} s`, path });
    else if (/_ratio$/.test(name)) list.rate(series, aliases, path, value);
    else if (/_percent$/.test(name)) list.percent(series, aliases, path, value);
    else if (/_bytes$/.test(name)) list.add({ name: series, aliases, value, dimension: "size", display: `${trimNumber(value, 0)} B`, path });
    else list.add({ name: series, aliases, value, dimension: "unitless", display: trimNumber(value, 6), path });
  }
  if (list.metrics.length === 0) throw new MetricsError(file, null, "no Prometheus samples found");
  return list.metrics;
}
export {
  parsePrometheus
};
