import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  lineColumnOf,
  require_dist
} from "./chunk-4ZAM6RHV.js";
import {
  MetricsError
} from "./chunk-NIXWBOEZ.js";
import {
  __toESM
} from "./chunk-EL2LMYO2.js";

// src/metrics/json-source.ts
var import_yaml = __toESM(require_dist(), 1);
function parseJson(file, text) {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error.message;
    const offset = /position (\d+)/.exec(message)?.[1];
    const lineColumn = /line (\d+) column (\d+)/.exec(message);
    let place = null;
    if (lineColumn) place = `${lineColumn[1]}:${lineColumn[2]}`;
    else {
      const first = text.search(/\S/);
      const badStart = first >= 0 && !/[{["\-0-9tfn]/.test(text[first]) ? first : void 0;
      const at2 = offset !== void 0 ? Number(offset) : badStart ?? (0, import_yaml.parseDocument)(text).errors[0]?.pos[0];
      if (at2 !== void 0) place = lineColumnOf(text, at2);
    }
    throw new MetricsError(file, place, `invalid JSON: ${withoutPlace(message)}`);
  }
}
function at(value, path) {
  let current = value;
  for (const key of path.split(".")) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[key];
  }
  return current;
}
function withoutPlace(message) {
  const at2 = message.indexOf(" in JSON at position ");
  if (at2 >= 0) return message.slice(0, at2);
  const line = message.lastIndexOf(" (line ");
  return line >= 0 && message.endsWith(")") ? message.slice(0, line) : message;
}

export {
  parseJson,
  at
};
