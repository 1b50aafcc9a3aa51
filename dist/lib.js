import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  check,
  loadMetrics,
  parseMarkdown
} from "./chunks/chunk-XLA46QLB.js";
import "./chunks/chunk-3DDWQK4X.js";
import {
  ConfigError,
  ConfigResolver,
  RULES
} from "./chunks/chunk-GVNZ65TO.js";
import "./chunks/chunk-4ZAM6RHV.js";
import "./chunks/chunk-WHLAHZP4.js";
import "./chunks/chunk-NIXWBOEZ.js";
import "./chunks/chunk-EL2LMYO2.js";
export {
  ConfigError,
  ConfigResolver,
  RULES,
  check,
  loadMetrics,
  parseMarkdown
};
