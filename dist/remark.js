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
function ruleUrl(rule) {
  return rule === "config" || rule === "directive" ? void 0 : `https://github.com/recount-dev/recount/blob/main/docs/rules/${rule}.md`;
}

// src/remark-plugin.ts
function remarkRecount(options = {}) {
  const findingsFor = checkerForLinter(options);
  return (_tree, file) => {
    for (const finding of findingsFor(file.toString(), file.path || void 0)) {
      const message = file.message(finding.message, {
        place: { start: { line: finding.line, column: finding.column }, end: { line: finding.endLine, column: finding.endColumn } },
        ruleId: finding.rule,
        source: "recount"
      });
      message.fatal = finding.severity === "error" ? true : finding.severity === "warning" ? false : void 0;
      message.url = ruleUrl(finding.rule);
      if (finding.stated) message.actual = finding.stated;
      if (finding.suggestion !== void 0) message.expected = [finding.suggestion];
    }
  };
}
export {
  remarkRecount as default
};
