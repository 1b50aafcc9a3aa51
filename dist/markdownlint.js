// src/integrations/check-for-linter.ts
import { check, ConfigError, ConfigResolver } from "./lib.js";
function checkerForLinter(options = {}) {
  let resolver = null;
  return (text, path) => {
    const file = path ?? "<input>";
    try {
      resolver ??= new ConfigResolver(options.config);
      const config = path || options.config ? resolver.forFile(file) : void 0;
      const checkOptions = { file, config, rules: options.rules, metrics: options.metrics };
      return check(text, checkOptions).findings;
    } catch (error) {
      if (error instanceof ConfigError) return [configurationFinding(file, error)];
      throw error;
    }
  };
}
function configurationFinding(file, error) {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1, rule: "config", severity: "error", message: error.message, stated: "", related: [] };
}
function ruleUrl(rule2) {
  return rule2 === "config" || rule2 === "directive" ? void 0 : `https://github.com/recount-dev/recount/blob/main/docs/rules/${rule2}.md`;
}

// src/markdownlint-rule.ts
var checkers = /* @__PURE__ */ new Map();
function checkerFor(config) {
  const options = config !== null && typeof config === "object" ? config : {};
  const key = JSON.stringify(options);
  let checker = checkers.get(key);
  if (!checker) checkers.set(key, checker = checkerForLinter(options));
  return checker;
}
function toError(finding, frontMatterLength, lines, frontMatterLines) {
  const inFrontMatter = finding.line <= frontMatterLength;
  const lineNumber = inFrontMatter ? finding.line : finding.line - frontMatterLength;
  const line = (inFrontMatter ? frontMatterLines : lines)[lineNumber - 1] ?? "";
  const error = { lineNumber, detail: `[${finding.severity}] ${finding.message} (${finding.rule})` };
  if (inFrontMatter) error.frontMatter = true;
  const url = ruleUrl(finding.rule);
  if (url) error.information = new URL(url);
  const start = finding.column - 1;
  const written = finding.stated !== "" && line.startsWith(finding.stated, start);
  if (written) {
    error.context = finding.stated;
    error.range = [finding.column, finding.stated.length];
    if (finding.suggestion !== void 0 && !inFrontMatter) {
      error.fixInfo = { editColumn: finding.column, deleteCount: finding.stated.length, insertText: finding.suggestion };
    }
  }
  return error;
}
var rule = {
  names: ["recount"],
  description: "Numbers that contradict each other (recount)",
  information: new URL("https://github.com/recount-dev/recount#readme"),
  tags: ["numbers"],
  parser: "none",
  asynchronous: false,
  function: (params, onError) => {
    const text = [...params.frontMatterLines, ...params.lines].join("\n");
    const findings = checkerFor(params.config)(text, params.name);
    for (const finding of findings) onError(toError(finding, params.frontMatterLines.length, params.lines, params.frontMatterLines));
  }
};
var markdownlint_rule_default = rule;
export {
  markdownlint_rule_default as default
};
