#!/usr/bin/env node
import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  startEngine
} from "./chunks/chunk-CDLRPC2O.js";
import "./chunks/chunk-Q55WFD33.js";
import {
  VERSION
} from "./chunks/chunk-77U5QSCG.js";
import {
  METRICS_FORMATS
} from "./chunks/chunk-42MYV6I2.js";
import "./chunks/chunk-EL2LMYO2.js";

// src/cli-usage.ts
var USAGE = `Usage: recount [options] <file|directory|glob>...
       recount merge <shard output>...    merge the JSON or SARIF outputs of --shard runs

Checks the numbers in Markdown reports: percentages, changes, totals, counts and statuses.

Options:
  --format <stylish|json|github|claims|sarif|html>
                                   output format (default: stylish); claims lists every numeric
                                   claim read, with its reading, scope and verdict; sarif is a
                                   SARIF 2.1.0 log for code scanning; html is the claim map, one
                                   self-contained page with every claim highlighted
  --claims                         the same as --format claims
  --output <file>                  write the report to this file instead of stdout
  --fail-on <error|warning|notice|never>
                                   exit 1 when a finding at or above this severity exists (default: error)
  --metrics <path|glob>            a metrics file to check claims against (repeatable): JUnit XML,
                                   coverage-summary.json, coverage-final.json, lcov.info, k6 or
                                   autocannon JSON, Prometheus text, or a recount metrics file
  --metrics-format <format>        read every --metrics file as this format instead of detecting it:
                                   ${METRICS_FORMATS.join(", ")}
  --config <file>                  use this configuration file instead of the nearest .recount.yml
  --rule <id=severity>             set a rule's severity (off, notice, warning, error) over every
                                   config file (repeatable); front matter still applies over it
  --report-unused-disable          warn on <!-- recount-disable --> comments that suppressed nothing
  --fix                            apply the unambiguous corrections in place, then report what is left
  --fix-dry-run                    print the corrections as a unified diff instead of writing them
  --max-file-size <MB>             skip (with a notice) files larger than this (default: 10)
  --shard <i/n>                    check only shard i of n (by a stable hash of each path), for a CI matrix
  --jobs <n>                       check files in n processes (default: one per core, up to 4, once the
                                   files add up to 2 MB; 1 checks everything in this process)
  --cache                          reuse the results of files unchanged since the last --cache run
  --cache-location <path>          the cache file (default: node_modules/.cache/recount/cache.json
                                   when node_modules exists, else .recountcache)
  --init                           write a commented starter .recount.yml in this directory
  --print-config <file>            print the configuration in force for that report
  --color, --no-color              colours even when not on a terminal, or none even on one
                                   (FORCE_COLOR and NO_COLOR are honoured too)
  -v, --version                    print the version
  -h, --help                       print this help

Exit codes: 0 no findings at or above --fail-on, 1 there are, 2 usage or read errors.`;
function informationalAnswer(args) {
  if (args.length !== 1) return void 0;
  if (args[0] === "--help" || args[0] === "-h") return USAGE;
  if (args[0] === "--version" || args[0] === "-v") return VERSION;
  return void 0;
}

// src/start/cli.ts
process.stdout.on("error", (error) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(141);
});
var answer = informationalAnswer(process.argv.slice(2));
if (answer !== void 0) {
  process.stdout.write(answer + "\n");
} else {
  startEngine(new URL("./engine.cjs", import.meta.url)).runCli();
}
