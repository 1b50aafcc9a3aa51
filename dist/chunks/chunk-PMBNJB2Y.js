import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  ConfigResolver,
  RULE_IDS,
  didYouMean,
  mergeConfig
} from "./chunk-GVNZ65TO.js";

// src/config/rule-overrides.ts
var SEVERITIES = ["off", "notice", "warning", "error"];
function parseRuleArguments(args) {
  const severities = {};
  for (const arg of args) {
    const at = [arg.indexOf("="), arg.indexOf(":")].filter((i) => i > 0).sort((a, b) => a - b)[0];
    if (at === void 0) return `--rule takes id=severity, such as sum-total=warning, not "${arg}"`;
    const id = arg.slice(0, at).trim();
    const severity = arg.slice(at + 1).trim();
    if (!RULE_IDS.includes(id)) return `--rule: unknown rule "${id}"${didYouMean(id, RULE_IDS)}; expected one of ${RULE_IDS.join(", ")}`;
    if (!SEVERITIES.includes(severity)) return `--rule ${id}: the severity must be one of ${SEVERITIES.join(", ")}, not "${severity}"${didYouMean(severity, SEVERITIES)}`;
    severities[id] = severity;
  }
  return severities;
}
var RuleOverridingResolver = class extends ConfigResolver {
  constructor(explicitPath, severities, snapshot) {
    super(explicitPath, snapshot);
    this.severities = severities;
  }
  severities;
  overridden = /* @__PURE__ */ new WeakMap();
  forFile(file) {
    const base = super.forFile(file);
    let config = this.overridden.get(base);
    if (!config) {
      config = mergeConfig(base, { rules: this.severities }, null);
      this.overridden.set(base, config);
    }
    return config;
  }
};
function configResolver(explicitPath, severities, snapshot) {
  return severities && Object.keys(severities).length > 0 ? new RuleOverridingResolver(explicitPath, severities, snapshot) : new ConfigResolver(explicitPath, snapshot);
}

export {
  parseRuleArguments,
  configResolver
};
