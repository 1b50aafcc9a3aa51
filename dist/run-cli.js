import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  VERSION,
  logSafe,
  parseShard
} from "./chunks/chunk-7HIEBK4Y.js";
import {
  parseRuleArguments
} from "./chunks/chunk-PMBNJB2Y.js";
import {
  SeverityOrOff,
  didYouMean,
  zod_parts_exports
} from "./chunks/chunk-GVNZ65TO.js";
import "./chunks/chunk-4ZAM6RHV.js";
import {
  METRICS_FORMATS
} from "./chunks/chunk-NIXWBOEZ.js";
import "./chunks/chunk-EL2LMYO2.js";

// src/cli.ts
import { existsSync } from "node:fs";

// src/cli-options.ts
import { parseArgs } from "node:util";
var FORMATS = ["stylish", "json", "github", "claims", "sarif", "html"];
var FAIL_ON = ["error", "warning", "notice", "never"];
var CliOptionsSchema = zod_parts_exports.object({
  paths: zod_parts_exports.array(zod_parts_exports.string().check(zod_parts_exports.minLength(1))).check(zod_parts_exports.minLength(1, "give at least one file, directory or glob")),
  format: zod_parts_exports.enum(FORMATS),
  output: zod_parts_exports.optional(zod_parts_exports.string().check(zod_parts_exports.minLength(1))),
  failOn: zod_parts_exports.enum(FAIL_ON),
  color: zod_parts_exports.boolean(),
  metrics: zod_parts_exports.array(zod_parts_exports.string().check(zod_parts_exports.minLength(1))),
  metricsFormat: zod_parts_exports.optional(zod_parts_exports.enum(METRICS_FORMATS)),
  config: zod_parts_exports.optional(zod_parts_exports.string().check(zod_parts_exports.minLength(1))),
  /** `--rule id=severity`, over every config file. */
  rules: zod_parts_exports.record(zod_parts_exports.string(), SeverityOrOff),
  reportUnusedDisable: zod_parts_exports.boolean(),
  fix: zod_parts_exports.boolean(),
  fixDryRun: zod_parts_exports.boolean(),
  maxFileSize: zod_parts_exports.number("takes a number of megabytes").check(zod_parts_exports.positive("must be more than 0")),
  shard: zod_parts_exports.optional(zod_parts_exports.object({ index: zod_parts_exports.number(), count: zod_parts_exports.number() })),
  jobs: zod_parts_exports.optional(zod_parts_exports.int("takes a whole number of processes").check(zod_parts_exports.positive("must be 1 or more"))),
  /** Where to keep results between runs (`--cache`), or undefined for no cache. */
  cacheLocation: zod_parts_exports.optional(zod_parts_exports.string().check(zod_parts_exports.minLength(1)))
});
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
var OPTIONS = {
  format: { type: "string", default: "stylish" },
  claims: { type: "boolean", default: false },
  output: { type: "string" },
  "fail-on": { type: "string", default: "error" },
  color: { type: "boolean" },
  metrics: { type: "string", multiple: true, default: [] },
  "metrics-format": { type: "string" },
  config: { type: "string" },
  rule: { type: "string", multiple: true, default: [] },
  "report-unused-disable": { type: "boolean", default: false },
  fix: { type: "boolean", default: false },
  "fix-dry-run": { type: "boolean", default: false },
  "max-file-size": { type: "string", default: "10" },
  shard: { type: "string" },
  jobs: { type: "string" },
  cache: { type: "boolean", default: false },
  "cache-location": { type: "string" },
  init: { type: "boolean", default: false },
  "print-config": { type: "string" },
  "no-color": { type: "boolean" },
  version: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" }
};
var EXPECTED = {
  paths: "give at least one file, directory or glob",
  format: `--format must be one of ${FORMATS.join(", ")}`,
  failOn: `--fail-on must be one of ${FAIL_ON.join(", ")}`,
  metrics: "--metrics must name a file or glob",
  metricsFormat: `--metrics-format must be one of ${METRICS_FORMATS.join(", ")}`,
  config: "--config must name a file",
  output: "--output must name a file",
  maxFileSize: "--max-file-size must be a number of megabytes > 0",
  jobs: "--jobs must be a whole number \u2265 1",
  cacheLocation: "--cache-location must name a file"
};
var ALLOWED = { format: FORMATS, failOn: FAIL_ON, metricsFormat: METRICS_FORMATS };
var OPTION_NAMES = Object.keys(OPTIONS).map((name) => `--${name}`);
function colorWanted(flag, env, isTTY) {
  if (flag !== void 0) return flag;
  const force = env.FORCE_COLOR;
  if (force !== void 0) return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR) return false;
  return isTTY;
}
function defaultCacheLocation(exists) {
  return exists("node_modules") ? "node_modules/.cache/recount/cache.json" : ".recountcache";
}
function parseError(error) {
  const message = error instanceof Error ? error.message : String(error);
  const code = error.code;
  const named = /'(-[^' ]*)/.exec(message)?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && named) return `unknown option ${named}${didYouMean(named, OPTION_NAMES, "")}`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && named) {
    return message.includes("argument missing") ? `${named} needs a value` : `${named} takes no value`;
  }
  return message.split("\n")[0];
}
function parseCommand(argv, isTTY, env = process.env, exists = () => false) {
  if (argv[0] === "merge") {
    const files = argv.slice(1);
    if (files.length === 0 || files.some((f) => f.startsWith("-"))) return { kind: "usage-error", message: "merge: give the JSON or SARIF files of the shards (recount merge a.json b.json)" };
    return { kind: "merge", files };
  }
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    return { kind: "usage-error", message: parseError(error) };
  }
  const values = parsed.values;
  if (values.help) return { kind: "help" };
  if (values.version) return { kind: "version" };
  if (values.init) return { kind: "init" };
  const rules = parseRuleArguments(values.rule);
  if (typeof rules === "string") return { kind: "usage-error", message: rules };
  if (values["print-config"] !== void 0) return { kind: "print-config", file: values["print-config"], config: values.config, rules };
  if (values.fix && values["fix-dry-run"]) return { kind: "usage-error", message: "--fix and --fix-dry-run: choose one" };
  if (values["cache-location"] !== void 0 && !values.cache) return { kind: "usage-error", message: "--cache-location is used only with --cache" };
  const shard = values.shard === void 0 ? void 0 : parseShard(values.shard);
  if (typeof shard === "string") return { kind: "usage-error", message: `--shard: ${shard}` };
  const input = {
    paths: parsed.positionals,
    format: values.claims ? "claims" : values.format,
    output: values.output,
    failOn: values["fail-on"],
    color: colorWanted(values["no-color"] ? false : values.color, env, isTTY),
    metrics: values.metrics,
    metricsFormat: values["metrics-format"],
    config: values.config,
    rules,
    reportUnusedDisable: values["report-unused-disable"],
    fix: values.fix,
    fixDryRun: values["fix-dry-run"],
    maxFileSize: Number(values["max-file-size"]),
    shard,
    jobs: values.jobs === void 0 ? void 0 : Number(values.jobs),
    cacheLocation: values.cache ? values["cache-location"] ?? defaultCacheLocation(exists) : void 0
  };
  const result = CliOptionsSchema.safeParse(input);
  if (!result.success) {
    const key = String(result.error.issues[0]?.path[0]);
    const given = input[key];
    const hint = typeof given === "string" && ALLOWED[key] ? didYouMean(given, ALLOWED[key], "") : "";
    const not = given !== void 0 && typeof given !== "object" && key !== "paths" ? `, not "${String(values[flagOf(key)] ?? given)}"` : "";
    return { kind: "usage-error", message: `${EXPECTED[key] ?? `--${flagOf(key)}: invalid value`}${not}${hint}` };
  }
  return { kind: "check", options: result.data };
}
var flagOf = (key) => key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

// src/cli.ts
async function main() {
  const command = parseCommand(process.argv.slice(2), Boolean(process.stdout.isTTY), process.env, existsSync);
  switch (command.kind) {
    case "help":
      process.stdout.write(USAGE + "\n");
      return 0;
    case "version":
      process.stdout.write(VERSION + "\n");
      return 0;
    case "usage-error":
      process.stderr.write(`recount: ${logSafe(command.message)}; see recount --help
`);
      return 2;
    default: {
      const { runCommand } = await import("./chunks/cli-commands-UIH2NI6I.js");
      return runCommand(command, { workerUrl: new URL("./worker.js", import.meta.url), rulePages: new URL("../docs/rules/", import.meta.url).href });
    }
  }
}
process.stdout.on("error", (error) => {
  if (error.code !== "EPIPE") throw error;
  process.exit(141);
});
main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`recount: ${(error instanceof Error ? error.stack ?? error.message : String(error)).split("\n").map(logSafe).join("\n")}
`);
    process.exitCode = 2;
  }
);
