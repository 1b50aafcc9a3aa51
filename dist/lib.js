import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  ConfigError,
  ConfigResolver,
  RULES,
  check,
  loadMetrics,
  parseMarkdown
} from "./chunks/chunk-3SFRLJA2.js";
import "./chunks/chunk-HUWRBNLH.js";
import "./chunks/chunk-XKUJVVH5.js";
import "./chunks/chunk-UHEI46QV.js";
import "./chunks/chunk-42MYV6I2.js";
import "./chunks/chunk-EL2LMYO2.js";
export {
  ConfigError,
  ConfigResolver,
  RULES,
  check,
  loadMetrics,
  parseMarkdown
};
