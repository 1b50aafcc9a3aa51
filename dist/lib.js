import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  ConfigError,
  ConfigResolver,
  RULES,
  check,
  loadMetrics,
  parseMarkdown
} from "./chunks/chunk-TYEQ6J6I.js";
import "./chunks/chunk-34U3JJVX.js";
import "./chunks/chunk-IK7A6LUH.js";
import "./chunks/chunk-EL2LMYO2.js";
export {
  ConfigError,
  ConfigResolver,
  RULES,
  check,
  loadMetrics,
  parseMarkdown
};
