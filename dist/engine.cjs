'use strict';
const __recountEngineUrl = require('node:url').pathToFileURL(__filename).href;
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all2) => {
  for (var name in all2)
    __defProp(target, name, { get: all2[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/metrics/model.ts
var MetricsError, METRICS_FORMATS;
var init_model = __esm({
  "src/metrics/model.ts"() {
    "use strict";
    MetricsError = class extends Error {
      constructor(file, place, detail) {
        super(`${file}${place ? `:${place}` : ""}: ${detail}`);
        this.file = file;
        this.place = place;
      }
      file;
      place;
    };
    METRICS_FORMATS = ["recount", "junit", "coverage-summary", "coverage-final", "lcov", "k6", "autocannon", "prometheus"];
  }
});

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports2, module2) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR2 = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR: STAR2,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module2.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports2) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports2.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports2.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports2.isRegexChar = (str) => str.length === 1 && exports2.hasRegexChars(str);
    exports2.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports2.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports2.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports2.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports2.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports2.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports2.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports2.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports2.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports2, module2) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts2 = [];
      let str = input;
      let index2 = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished2 = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index2 >= length;
      const peek = () => str.charCodeAt(index2 + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index2);
      };
      while (index2 < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished2 = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished2 = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished2 = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index2);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished2 === true) continue;
          if (prev === CHAR_DOT && index2 === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index2 + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished2 = true;
            if (code === CHAR_EXCLAMATION_MARK && index2 === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished2 = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished2 = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished2 = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished2 = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index2 === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished2 = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished2 = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob3 = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob3 = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob3 = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob3) glob3 = utils.removeBackslashes(glob3);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob3,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value3 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value3;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts2.push(value3);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value2 = input.slice(n);
        parts2.push(value2);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value2;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts2;
      }
      return state;
    };
    module2.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports2, module2) {
    "use strict";
    var constants3 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants3;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value2 = `[${args.join("-")}]`;
      try {
        new RegExp(value2);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value2;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts2 = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value2 = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value2 += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value2 += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value2 += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts2.push(value2);
              value2 = "";
              continue;
            }
          }
        }
        value2 += ch;
      }
      parts2.push(value2);
      return parts2;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value2 = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value2)) {
          value2 = value2.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value2)) {
        return;
      }
      return value2.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index2 = 0;
      const chars = [];
      while (index2 < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index2), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index2 += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value2 = pattern.trim();
      let match = parseRepeatedExtglob(value2);
      while (match) {
        depth++;
        value2 = match.body.trim();
        match = parseRepeatedExtglob(value2);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants3.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal2 = normalizeSimpleBranch(branch);
        if (literal2 && literal2.length === 1) {
          safeChars.push(literal2);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse3 = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants3.globChars(opts.windows);
      const EXTGLOB_CHARS = constants3.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR: STAR2,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR2;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value2;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value3 = "", num = 0) => {
        state.consumed += value3;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count2 = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count2++;
        }
        if (count2 % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push3 = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value3) => {
        const token = { ...EXTGLOB_CHARS[value3], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push3({ type, value: value3, output: state.output ? "" : ONE_CHAR });
        push3({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal2 = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open2 = tokens[token.tokensIndex];
          open2.type = "text";
          open2.value = literal2;
          open2.output = safeOutput || utils.escapeRegex(literal2);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open2.output;
          state.backtrack = true;
          push3({ type: "paren", extglob: true, value: value2, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse3(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push3({ type: "paren", extglob: true, value: value2, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc2, chars, first, rest, index2) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc2) {
              return esc2 + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index2 === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc2) {
              return esc2 + first + (rest ? star : "");
            }
            return star;
          }
          return esc2 ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value2 = advance();
        if (value2 === "\0") {
          continue;
        }
        if (value2 === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value2 += "\\";
            push3({ type: "text", value: value2 });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value2 += "\\";
            }
          }
          if (opts.unescape === true) {
            value2 = advance();
          } else {
            value2 += advance();
          }
          if (state.brackets === 0) {
            push3({ type: "text", value: value2 });
            continue;
          }
        }
        if (state.brackets > 0 && (value2 !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value2 === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value2 === "[" && peek() !== ":" || value2 === "-" && peek() === "]") {
            value2 = `\\${value2}`;
          }
          if (value2 === "]" && (prev.value === "[" || prev.value === "[^")) {
            value2 = `\\${value2}`;
          }
          if (opts.posix === true && value2 === "!" && prev.value === "[") {
            value2 = "^";
          }
          prev.value += value2;
          append({ value: value2 });
          continue;
        }
        if (state.quotes === 1 && value2 !== '"') {
          value2 = utils.escapeRegex(value2);
          prev.value += value2;
          append({ value: value2 });
          continue;
        }
        if (value2 === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push3({ type: "text", value: value2 });
          }
          continue;
        }
        if (value2 === "(") {
          increment("parens");
          push3({ type: "paren", value: value2 });
          continue;
        }
        if (value2 === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push3({ type: "paren", value: value2, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value2 === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value2 = `\\${value2}`;
          } else {
            increment("brackets");
          }
          push3({ type: "bracket", value: value2 });
          continue;
        }
        if (value2 === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push3({ type: "text", value: value2, output: `\\${value2}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push3({ type: "text", value: value2, output: `\\${value2}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value2 = `/${value2}`;
          }
          prev.value += value2;
          append({ value: value2 });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value2 === "{" && opts.nobrace !== true) {
          increment("braces");
          const open2 = {
            type: "brace",
            value: value2,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push3(open2);
          continue;
        }
        if (value2 === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push3({ type: "text", value: value2, output: value2 });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value2 = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push3({ type: "brace", value: value2, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value2 === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push3({ type: "text", value: value2 });
          continue;
        }
        if (value2 === ",") {
          let output = value2;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push3({ type: "comma", value: value2, output });
          continue;
        }
        if (value2 === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push3({ type: "slash", value: value2, output: SLASH_LITERAL });
          continue;
        }
        if (value2 === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value2;
            prev.value += value2;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push3({ type: "text", value: value2, output: DOT_LITERAL });
            continue;
          }
          push3({ type: "dot", value: value2, output: DOT_LITERAL });
          continue;
        }
        if (value2 === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value2);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value2;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value2}`;
            }
            push3({ type: "text", value: value2, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push3({ type: "qmark", value: value2, output: QMARK_NO_DOT });
            continue;
          }
          push3({ type: "qmark", value: value2, output: QMARK });
          continue;
        }
        if (value2 === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value2);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value2 === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value2);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push3({ type: "plus", value: value2, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push3({ type: "plus", value: value2 });
            continue;
          }
          push3({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value2 === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push3({ type: "at", extglob: true, value: value2, output: "" });
            continue;
          }
          push3({ type: "text", value: value2 });
          continue;
        }
        if (value2 !== "*") {
          if (value2 === "$" || value2 === "^") {
            value2 = `\\${value2}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value2 += match[0];
            state.index += match[0].length;
          }
          push3({ type: "text", value: value2 });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value2;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value2);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value2);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value2);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push3({ type: "star", value: value2, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push3({ type: "star", value: value2, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value2;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value2);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value2;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value2);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value2;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value2 + advance());
            push3({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value2;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value2 + advance());
            push3({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value2;
          state.output += prev.output;
          state.globstar = true;
          consume(value2);
          continue;
        }
        const token = { type: "star", value: value2, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push3(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value2;
          push3(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push3(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push3({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse3.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR: STAR2,
        START_ANCHOR
      } = constants3.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR2;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create2 = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create2(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create2(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module2.exports = parse3;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports2, module2) {
    "use strict";
    var scan = require_scan();
    var parse3 = require_parse();
    var utils = require_utils();
    var constants3 = require_constants();
    var isObject3 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch4 = (glob3, options, returnState = false) => {
      if (Array.isArray(glob3)) {
        const fns = glob3.map((input) => picomatch4(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject3(glob3) && glob3.tokens && glob3.input;
      if (glob3 === "" || typeof glob3 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch4.compileRe(glob3, options) : picomatch4.makeRe(glob3, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch4(opts.ignore, ignoreOpts, returnState);
      }
      const matcher2 = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch4.test(input, regex, options, { glob: glob3, posix: posix2 });
        const result = { glob: glob3, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher2.state = state;
      }
      return matcher2;
    };
    picomatch4.test = (input, regex, options, { glob: glob3, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob3;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob3;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch4.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch4.matchBase = (input, glob3, options, posix2 = options && options.windows) => {
      const regex = glob3 instanceof RegExp ? glob3 : picomatch4.makeRe(glob3, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch4.isMatch = (str, patterns, options) => picomatch4(patterns, options)(str);
    picomatch4.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch4.parse(p, options));
      return parse3(pattern, { ...options, fastpaths: false });
    };
    picomatch4.scan = (input, options) => scan(input, options);
    picomatch4.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch4.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch4.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse3.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse3(input, options);
      }
      return picomatch4.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch4.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch4.constants = constants3;
    module2.exports = picomatch4;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports2, module2) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch4(glob3, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob3, options, returnState);
    }
    Object.assign(picomatch4, pico);
    module2.exports = picomatch4;
  }
});

// src/extract/units.ts
function decimalSizeRatio(symbol) {
  const power = ["B", "KB", "MB", "GB", "TB"].indexOf(symbol ?? "");
  return power <= 0 ? 1 : 1e3 ** power / 1024 ** power;
}
function unitInfo(raw) {
  if (raw === "%" || /^percent$/i.test(raw)) return { dimension: "percent", factor: 1, symbol: "%" };
  if (/^(?:pp|p\.p\.|percentage points?)$/i.test(raw)) return { dimension: "points", factor: 1, symbol: " pp" };
  if (/^(?:req(?:uests)?\/s(?:ec)?|rps|qps|ops\/s(?:ec)?|tps)$/i.test(raw)) return { dimension: "throughput", factor: 1, symbol: " req/s" };
  if (/^[\u00D7xX]$/.test(raw)) return { dimension: "multiplier", factor: 1, symbol: "\xD7" };
  for (const [pattern, factor, symbol] of DURATIONS) if (pattern.test(raw)) return { dimension: "duration", factor, symbol };
  for (const [pattern, factor, symbol] of SIZES) if (pattern.test(raw)) return { dimension: "size", factor, symbol };
  return null;
}
function formatDuration(seconds) {
  if (seconds !== 0 && seconds < 1e-6) return `${trimNumber(seconds * 1e9)} ns`;
  if (seconds !== 0 && seconds < 1e-3) return `${trimNumber(seconds * 1e6)} \xB5s`;
  if (seconds < 1) return `${trimNumber(seconds * 1e3)} ms`;
  if (seconds < 120) return `${trimNumber(seconds)} s`;
  if (seconds < 7200) return `${trimNumber(seconds / 60)} min`;
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.round((seconds - hours * 3600) / 60);
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}
function trimNumber(value2, digits = 2) {
  if (!Number.isFinite(value2)) return String(value2);
  return trimZeros(value2.toFixed(digits));
}
function trimZeros(text3) {
  if (!text3.includes(".")) return text3;
  let end = text3.length;
  while (text3[end - 1] === "0") end--;
  if (text3[end - 1] === ".") end--;
  return text3.slice(0, end);
}
var DURATIONS, SIZES, UNIT_PATTERN, MAGNITUDES, WORD_NUMBERS, WORD_NUMBER_VALUES;
var init_units = __esm({
  "src/extract/units.ts"() {
    "use strict";
    DURATIONS = [
      [/^(?:ns|nanoseconds?)$/i, 1e-9, "ns"],
      [/^(?:\u00B5s|\u03BCs|us|microseconds?)$/i, 1e-6, "\xB5s"],
      [/^(?:ms|msec|msecs|millis|milliseconds?)$/i, 1e-3, "ms"],
      [/^(?:s|sec|secs|seconds?)$/i, 1, "s"],
      [/^(?:m|min|mins|minutes?)$/i, 60, "min"],
      [/^(?:h|hr|hrs|hours?)$/i, 3600, "h"],
      [/^(?:d|days?)$/i, 86400, "days"],
      [/^(?:w|wk|wks|weeks?)$/i, 604800, "weeks"]
    ];
    SIZES = [
      [/^(?:B|bytes?)$/, 1, "B"],
      [/^(?:KB|kB|KiB)$/, 1024, "KB"],
      [/^(?:MB|MiB)$/, 1024 ** 2, "MB"],
      [/^(?:GB|GiB)$/, 1024 ** 3, "GB"],
      [/^(?:TB|TiB)$/, 1024 ** 4, "TB"]
    ];
    UNIT_PATTERN = "percentage points?|percent|pp|p\\.p\\.|%|req(?:uests)?/s(?:ec)?|rps|RPS|qps|QPS|ops/s(?:ec)?|tps|TPS|nanoseconds?|microseconds?|milliseconds?|millis|msecs?|ms|\xB5s|\u03BCs|us|ns|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|hr|h|days?|d|weeks?|wks?|wk|w|bytes?|KiB|MiB|GiB|TiB|KB|kB|MB|GB|TB|B|\xD7|x|X";
    MAGNITUDES = {
      k: 1e3,
      K: 1e3,
      thousand: 1e3,
      M: 1e6,
      million: 1e6,
      mn: 1e6,
      B: 1e9,
      bn: 1e9,
      billion: 1e9
    };
    WORD_NUMBERS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
    WORD_NUMBER_VALUES = Object.fromEntries(WORD_NUMBERS.map((w, i) => [w, i]));
  }
});

// src/parse/source-map.ts
function lineColumnOf(text3, offset) {
  const before = text3.slice(0, offset);
  return `${before.split("\n").length}:${offset - before.lastIndexOf("\n")}`;
}
var LineIndex;
var init_source_map = __esm({
  "src/parse/source-map.ts"() {
    "use strict";
    LineIndex = class {
      constructor(source) {
        this.source = source;
        for (let i = 0; i < source.length; i++) {
          const ch = source.charCodeAt(i);
          if (ch === 10) this.starts.push(i + 1);
          else if (ch === 13 && source.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
        }
      }
      source;
      starts = [0];
      place(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
          const mid = lo + hi + 1 >> 1;
          if (this.starts[mid] <= offset) lo = mid;
          else hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.starts[lo] + 1 };
      }
    };
  }
});

// src/start/process-settings.ts
function v8FlagsFor(version2) {
  const flags = ["--no-regexp-tier-up", `--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE_CUMULATIVE}`];
  const [, major, minor] = /^(\d+)\.(\d+)\./.exec(version2)?.map(Number) ?? [];
  if (major !== void 0 && minor !== void 0 && (major < 11 || major === 11 && minor <= 3)) flags.push(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  return flags;
}
var INTERRUPT_BUDGET, INLINED_BYTECODE_CUMULATIVE;
var init_process_settings = __esm({
  "src/start/process-settings.ts"() {
    "use strict";
    INTERRUPT_BUDGET = 2e5;
    INLINED_BYTECODE_CUMULATIVE = 100;
  }
});

// src/start/compiled-code-cache.ts
function compiledCodeDirectory(env = process.env) {
  if (env.NODE_DISABLE_COMPILE_CACHE !== void 0) return null;
  return (0, import_node_path.join)(env.NODE_COMPILE_CACHE || (0, import_node_path.join)((0, import_node_os.tmpdir)(), "node-compile-cache"), "recount");
}
function loadBundleWithCodeCache(bundle, directory = compiledCodeDirectory()) {
  const file = (0, import_node_url.fileURLToPath)(bundle);
  const bytes = (0, import_node_fs.readFileSync)(file);
  const cacheFile = directory && (0, import_node_path.join)(directory, `${sha256(bytes, runtimeKey()).toString("hex").slice(0, 40)}.v8`);
  const stored = cacheFile ? readCompiledCode(cacheFile) : void 0;
  const script = new import_node_vm.Script(`(function (exports, require, module, __filename, __dirname) {${bytes.toString("utf8")}
})`, { filename: file, cachedData: stored?.code });
  const module2 = { exports: {} };
  script.runInThisContext()(module2.exports, (0, import_node_module.createRequire)(file), module2, file, (0, import_node_path.dirname)(file));
  const storedReach = stored && !script.cachedDataRejected ? stored.reach : -1;
  let asked = false;
  const keepCompiledCode = (reach) => {
    if (!cacheFile || asked || storedReach >= ENOUGH_REACH) return;
    asked = true;
    process.once("exit", () => {
      const reached = reach();
      if (storedReach >= 0 && reached <= 2 * storedReach) return;
      const current = readCompiledCode(cacheFile);
      if (current && !current.digest.equals(stored?.digest ?? Buffer.alloc(0)) && reached <= 2 * current.reach) return;
      writeCompiledCode(script, cacheFile, reached);
    });
  };
  return { exports: module2.exports, keepCompiledCode };
}
function runtimeKey() {
  return [process.version, process.platform, process.arch, ...process.execArgv, process.env.NODE_OPTIONS ?? "", ...v8FlagsFor(process.versions.v8)].join("\0");
}
function isPrivate(stat7) {
  if (typeof process.getuid !== "function") return true;
  return stat7.uid === process.getuid() && (stat7.mode & 18) === 0;
}
function isPrivateDirectory(path) {
  const stat7 = (0, import_node_fs.lstatSync)(path);
  return stat7.isDirectory() && isPrivate(stat7);
}
function readCompiledCode(cacheFile) {
  let fd;
  try {
    if (!isPrivateDirectory((0, import_node_path.dirname)(cacheFile))) return void 0;
    fd = (0, import_node_fs.openSync)(cacheFile, import_node_fs.constants.O_RDONLY | (import_node_fs.constants.O_NOFOLLOW ?? 0));
    const stat7 = (0, import_node_fs.fstatSync)(fd);
    if (!stat7.isFile() || !isPrivate(stat7)) return void 0;
    const stored = (0, import_node_fs.readFileSync)(fd);
    const digest = stored.subarray(0, DIGEST_BYTES);
    const rest = stored.subarray(DIGEST_BYTES);
    if (rest.length < REACH_BYTES || !sha256(rest).equals(digest)) return void 0;
    return { digest, reach: rest.readDoubleLE(0), code: rest.subarray(REACH_BYTES) };
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) (0, import_node_fs.closeSync)(fd);
  }
}
function writeCompiledCode(script, cacheFile, reach) {
  const partial2 = `${cacheFile}.${process.pid}`;
  let created = false;
  try {
    (0, import_node_fs.mkdirSync)((0, import_node_path.dirname)(cacheFile), { recursive: true, mode: 448 });
    if (!isPrivateDirectory((0, import_node_path.dirname)(cacheFile))) return;
    const header = Buffer.alloc(REACH_BYTES);
    header.writeDoubleLE(reach);
    const rest = Buffer.concat([header, script.createCachedData()]);
    (0, import_node_fs.writeFileSync)(partial2, Buffer.concat([sha256(rest), rest]), { mode: 384, flag: "wx" });
    created = true;
    (0, import_node_fs.renameSync)(partial2, cacheFile);
  } catch {
    try {
      if (created) (0, import_node_fs.rmSync)(partial2, { force: true });
    } catch {
    }
  }
}
var import_node_crypto, import_node_fs, import_node_module, import_node_os, import_node_path, import_node_url, import_node_vm, DIGEST_BYTES, REACH_BYTES, ENOUGH_REACH, sha256;
var init_compiled_code_cache = __esm({
  "src/start/compiled-code-cache.ts"() {
    "use strict";
    import_node_crypto = require("node:crypto");
    import_node_fs = require("node:fs");
    import_node_module = require("node:module");
    import_node_os = require("node:os");
    import_node_path = require("node:path");
    import_node_url = require("node:url");
    import_node_vm = require("node:vm");
    init_process_settings();
    DIGEST_BYTES = 32;
    REACH_BYTES = 8;
    ENOUGH_REACH = 1e6;
    sha256 = (...parts2) => parts2.reduce((hash, part) => hash.update(part), (0, import_node_crypto.createHash)("sha256")).digest();
  }
});

// src/start/lazy-bundle.ts
function loadLazyBundle(file) {
  let exports2 = loaded.get(file);
  if (!exports2) {
    const bundle = loadBundleWithCodeCache(new URL(`./${file}`, __recountEngineUrl));
    bundle.keepCompiledCode(() => 1);
    exports2 = bundle.exports;
    loaded.set(file, exports2);
  }
  return exports2;
}
function lazyExport(file, name) {
  const real = () => loadLazyBundle(file)[name];
  return new Proxy(function standIn() {
  }, {
    apply: (_target, self, args) => Reflect.apply(real(), self, args),
    construct: (_target, args) => Reflect.construct(real(), args),
    get: (_target, property) => Reflect.get(real(), property)
  });
}
var loaded;
var init_lazy_bundle = __esm({
  "src/start/lazy-bundle.ts"() {
    "use strict";
    init_compiled_code_cache();
    loaded = /* @__PURE__ */ new Map();
  }
});

// lazy-package:yaml
var parseDocument, visit;
var init_yaml = __esm({
  "lazy-package:yaml"() {
    init_lazy_bundle();
    parseDocument = lazyExport("engine-yaml.cjs", "parseDocument");
    visit = lazyExport("engine-yaml.cjs", "visit");
  }
});

// src/file-results.ts
function failedResult(file, error2) {
  return { file, findings: [], claims: emptyCounts(), error: error2 };
}
function skippedResult(file, notice) {
  return { file, findings: [], claims: emptyCounts(), notice };
}
function emptyCounts() {
  return { found: 0, verified: 0, contradicted: 0, unverifiable: 0 };
}
function addCounts(total, more) {
  total.found += more.found;
  total.verified += more.verified;
  total.contradicted += more.contradicted;
  total.unverifiable += more.unverifiable;
}
var init_file_results = __esm({
  "src/file-results.ts"() {
    "use strict";
  }
});

// node_modules/extend/index.js
var require_extend = __commonJS({
  "node_modules/extend/index.js"(exports2, module2) {
    "use strict";
    var hasOwn = Object.prototype.hasOwnProperty;
    var toStr = Object.prototype.toString;
    var defineProperty = Object.defineProperty;
    var gOPD = Object.getOwnPropertyDescriptor;
    var isArray = function isArray2(arr) {
      if (typeof Array.isArray === "function") {
        return Array.isArray(arr);
      }
      return toStr.call(arr) === "[object Array]";
    };
    var isPlainObject3 = function isPlainObject4(obj) {
      if (!obj || toStr.call(obj) !== "[object Object]") {
        return false;
      }
      var hasOwnConstructor = hasOwn.call(obj, "constructor");
      var hasIsPrototypeOf = obj.constructor && obj.constructor.prototype && hasOwn.call(obj.constructor.prototype, "isPrototypeOf");
      if (obj.constructor && !hasOwnConstructor && !hasIsPrototypeOf) {
        return false;
      }
      var key;
      for (key in obj) {
      }
      return typeof key === "undefined" || hasOwn.call(obj, key);
    };
    var setProperty = function setProperty2(target, options) {
      if (defineProperty && options.name === "__proto__") {
        defineProperty(target, options.name, {
          enumerable: true,
          configurable: true,
          value: options.newValue,
          writable: true
        });
      } else {
        target[options.name] = options.newValue;
      }
    };
    var getProperty = function getProperty2(obj, name) {
      if (name === "__proto__") {
        if (!hasOwn.call(obj, name)) {
          return void 0;
        } else if (gOPD) {
          return gOPD(obj, name).value;
        }
      }
      return obj[name];
    };
    module2.exports = function extend3() {
      var options, name, src, copy, copyIsArray, clone2;
      var target = arguments[0];
      var i = 1;
      var length = arguments.length;
      var deep = false;
      if (typeof target === "boolean") {
        deep = target;
        target = arguments[1] || {};
        i = 2;
      }
      if (target == null || typeof target !== "object" && typeof target !== "function") {
        target = {};
      }
      for (; i < length; ++i) {
        options = arguments[i];
        if (options != null) {
          for (name in options) {
            src = getProperty(target, name);
            copy = getProperty(options, name);
            if (target !== copy) {
              if (deep && copy && (isPlainObject3(copy) || (copyIsArray = isArray(copy)))) {
                if (copyIsArray) {
                  copyIsArray = false;
                  clone2 = src && isArray(src) ? src : [];
                } else {
                  clone2 = src && isPlainObject3(src) ? src : {};
                }
                setProperty(target, { name, newValue: extend3(deep, clone2, copy) });
              } else if (typeof copy !== "undefined") {
                setProperty(target, { name, newValue: copy });
              }
            }
          }
        }
      }
      return target;
    };
  }
});

// node_modules/format/format.js
var require_format = __commonJS({
  "node_modules/format/format.js"(exports2, module2) {
    (function() {
      var namespace;
      if (typeof module2 !== "undefined") {
        namespace = module2.exports = format;
      } else {
        namespace = (function() {
          return this || (1, eval)("this");
        })();
      }
      namespace.format = format;
      namespace.vsprintf = vsprintf;
      if (typeof console !== "undefined" && typeof console.log === "function") {
        namespace.printf = printf;
      }
      function printf() {
        console.log(format.apply(null, arguments));
      }
      function vsprintf(fmt, replacements) {
        return format.apply(null, [fmt].concat(replacements));
      }
      function format(fmt) {
        var argIndex = 1, args = [].slice.call(arguments), i = 0, n = fmt.length, result = "", c, escaped = false, arg, tmp, leadingZero = false, precision, nextArg = function() {
          return args[argIndex++];
        }, slurpNumber = function() {
          var digits = "";
          while (/\d/.test(fmt[i])) {
            digits += fmt[i++];
            c = fmt[i];
          }
          return digits.length > 0 ? parseInt(digits) : null;
        };
        for (; i < n; ++i) {
          c = fmt[i];
          if (escaped) {
            escaped = false;
            if (c == ".") {
              leadingZero = false;
              c = fmt[++i];
            } else if (c == "0" && fmt[i + 1] == ".") {
              leadingZero = true;
              i += 2;
              c = fmt[i];
            } else {
              leadingZero = true;
            }
            precision = slurpNumber();
            switch (c) {
              case "b":
                result += parseInt(nextArg(), 10).toString(2);
                break;
              case "c":
                arg = nextArg();
                if (typeof arg === "string" || arg instanceof String)
                  result += arg;
                else
                  result += String.fromCharCode(parseInt(arg, 10));
                break;
              case "d":
                result += parseInt(nextArg(), 10);
                break;
              case "f":
                tmp = String(parseFloat(nextArg()).toFixed(precision || 6));
                result += leadingZero ? tmp : tmp.replace(/^0/, "");
                break;
              case "j":
                result += JSON.stringify(nextArg());
                break;
              case "o":
                result += "0" + parseInt(nextArg(), 10).toString(8);
                break;
              case "s":
                result += nextArg();
                break;
              case "x":
                result += "0x" + parseInt(nextArg(), 10).toString(16);
                break;
              case "X":
                result += "0x" + parseInt(nextArg(), 10).toString(16).toUpperCase();
                break;
              default:
                result += c;
                break;
            }
          } else if (c === "%") {
            escaped = true;
          } else {
            result += c;
          }
        }
        return result;
      }
    })();
  }
});

// src/metrics/build.ts
var MetricList;
var init_build = __esm({
  "src/metrics/build.ts"() {
    "use strict";
    init_units();
    init_model();
    MetricList = class {
      constructor(file) {
        this.file = file;
      }
      file;
      metrics = [];
      source(path) {
        return { file: this.file, path };
      }
      checkNumber(path, value2) {
        if (typeof value2 !== "number" || !Number.isFinite(value2)) throw new MetricsError(this.file, path, `expected a number, got ${JSON.stringify(value2)}`);
        return value2;
      }
      count(name, aliases, path, value2) {
        const n = this.checkNumber(path, value2);
        if (n < 0) throw new MetricsError(this.file, path, `a count cannot be negative (${n})`);
        this.metrics.push({ name, aliases, value: n, dimension: "count", display: trimNumber(n, 4), source: this.source(path) });
        return n;
      }
      /** A share in percent (0\u2013100). */
      percent(name, aliases, path, value2) {
        const n = this.checkNumber(path, value2);
        if (n < 0 || n > 100) throw new MetricsError(this.file, path, `a percentage must lie between 0 and 100, got ${n}`);
        this.metrics.push({ name, aliases, value: n, dimension: "percent", display: `${trimNumber(n, 4)}%`, source: this.source(path) });
      }
      /** A rate between 0 and 1, reported as a percentage ("0.0002" is 0.02%). */
      rate(name, aliases, path, value2) {
        const n = this.checkNumber(path, value2);
        if (n < 0 || n > 1) throw new MetricsError(this.file, path, `a rate must lie between 0 and 1, got ${n}`);
        this.metrics.push({ name, aliases, value: n * 100, dimension: "percent", display: `${trimNumber(n, 6)} (${trimNumber(n * 100, 4)}%)`, source: this.source(path) });
      }
      /** A duration given in milliseconds. */
      milliseconds(name, aliases, path, value2) {
        const n = this.checkNumber(path, value2);
        if (n < 0) throw new MetricsError(this.file, path, `a duration cannot be negative (${n})`);
        this.metrics.push({ name, aliases, value: n / 1e3, dimension: "duration", display: `${trimNumber(n, 3)} ms`, source: this.source(path) });
      }
      perSecond(name, aliases, path, value2) {
        const n = this.checkNumber(path, value2);
        if (n < 0) throw new MetricsError(this.file, path, `a rate cannot be negative (${n})`);
        this.metrics.push({ name, aliases, value: n, dimension: "throughput", display: `${trimNumber(n, 3)} req/s`, source: this.source(path) });
      }
      add(metric) {
        const { path, ...rest } = metric;
        this.metrics.push({ ...rest, source: this.source(path) });
      }
    };
  }
});

// src/metrics/aliases.ts
var COVERAGE, TESTS, LOAD;
var init_aliases = __esm({
  "src/metrics/aliases.ts"() {
    "use strict";
    COVERAGE = {
      lines: ["coverage", "line coverage", "lines coverage", "code coverage", "test coverage", "lines"],
      statements: ["statement coverage", "statements coverage", "statements"],
      functions: ["function coverage", "functions coverage", "functions"],
      branches: ["branch coverage", "branches coverage", "branches"]
    };
    TESTS = {
      total: ["tests", "total tests", "test count", "test cases"],
      passed: ["tests passing", "passing tests", "passed tests", "tests passed", "passed", "passing"],
      failed: ["failures", "failed tests", "test failures", "tests failed", "failing tests"],
      errors: ["test errors"],
      skipped: ["skipped", "skipped tests", "tests skipped"],
      passRate: ["test pass rate", "pass rate", "tests passing rate", "test success rate", "success rate"]
    };
    LOAD = {
      p50: ["p50 latency", "latency p50", "p50", "median latency", "latency median"],
      p90: ["p90 latency", "latency p90", "p90"],
      p95: ["p95 latency", "latency p95", "p95"],
      p99: ["p99 latency", "latency p99", "p99"],
      average: ["average latency", "avg latency", "mean latency", "latency average", "latency"],
      max: ["max latency", "maximum latency", "latency max"],
      errorRate: ["error rate", "http error rate", "failure rate", "failed request rate"],
      requests: ["requests", "total requests", "request count", "http requests"],
      throughput: ["throughput", "requests per second", "rps", "request rate"],
      errors: ["errors", "request errors"],
      iterations: ["iterations"],
      vus: ["virtual users", "vus", "max vus", "peak users", "concurrent users"]
    };
  }
});

// src/metrics/json-source.ts
function parseJson(file, text3) {
  try {
    return JSON.parse(text3);
  } catch (error2) {
    const message = error2.message;
    const offset = /position (\d+)/.exec(message)?.[1];
    const lineColumn = /line (\d+) column (\d+)/.exec(message);
    let place = null;
    if (lineColumn) place = `${lineColumn[1]}:${lineColumn[2]}`;
    else {
      const first = text3.search(/\S/);
      const badStart = first >= 0 && !/[{["\-0-9tfn]/.test(text3[first]) ? first : void 0;
      const at2 = offset !== void 0 ? Number(offset) : badStart ?? parseDocument(text3).errors[0]?.pos[0];
      if (at2 !== void 0) place = lineColumnOf(text3, at2);
    }
    throw new MetricsError(file, place, `invalid JSON: ${withoutPlace(message)}`);
  }
}
function at(value2, path) {
  let current = value2;
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
var init_json_source = __esm({
  "src/metrics/json-source.ts"() {
    "use strict";
    init_yaml();
    init_model();
    init_source_map();
  }
});

// lazy-package:saxes
var SaxesParser;
var init_saxes = __esm({
  "lazy-package:saxes"() {
    init_lazy_bundle();
    SaxesParser = lazyExport("engine-saxes.cjs", "SaxesParser");
  }
});

// src/metrics/parsers/junit.ts
var junit_exports = {};
__export(junit_exports, {
  parseJunit: () => parseJunit
});
async function parseJunit(file) {
  const parser = new SaxesParser({ fileName: file, position: true });
  const suites = [];
  let root = null;
  let rootDeclared = null;
  let inCase = false;
  let caseOutcome = null;
  let error2 = null;
  const declared = (attributes, element) => {
    if (attributes.tests === void 0) return null;
    const read = (name) => {
      const raw = attributes[name];
      if (raw === void 0 || raw === "") return null;
      const n = Number(raw);
      if (!Number.isInteger(n) || n < 0) throw new MetricsError(file, `${parser.line}:${parser.column}`, `<${element} ${name}="${raw}">: expected a whole number of tests, not negative`);
      return n;
    };
    const skipped = read("skipped");
    const disabled = read("disabled");
    return { tests: read("tests"), failures: read("failures"), errors: read("errors"), skipped: skipped === null && disabled === null ? null : (skipped ?? 0) + (disabled ?? 0) };
  };
  parser.on("opentag", (tag) => {
    const attributes = tag.attributes;
    if (root === null) {
      root = tag.name;
      if (root !== "testsuites" && root !== "testsuite") throw new MetricsError(file, `${parser.line}:${parser.column}`, `not a JUnit XML file: the root element is <${root}>, expected <testsuites> or <testsuite>`);
      if (root === "testsuites") rootDeclared = declared(attributes, root);
    }
    if (tag.name === "testsuite") suites.push({ name: attributes.name ?? `suite ${suites.length + 1}`, declared: declared(attributes, "testsuite"), counted: zero() });
    else if (tag.name === "testcase") {
      inCase = true;
      caseOutcome = null;
    } else if (inCase && (tag.name === "failure" || tag.name === "error" || tag.name === "skipped")) {
      caseOutcome = tag.name === "failure" ? "failures" : tag.name === "error" ? "errors" : "skipped";
    }
  });
  parser.on("closetag", (tag) => {
    if (tag.name !== "testcase") return;
    inCase = false;
    const suite = suites[suites.length - 1];
    if (!suite) return;
    suite.counted.tests++;
    if (caseOutcome) suite.counted[caseOutcome]++;
  });
  parser.on("error", (e) => {
    error2 ??= e;
  });
  await new Promise((resolve13, reject) => {
    const stream = (0, import_node_fs6.createReadStream)(file, { encoding: "utf8" });
    stream.on("data", (chunk) => {
      try {
        parser.write(chunk);
      } catch (e) {
        stream.destroy();
        reject(e);
      }
      if (error2) {
        stream.destroy();
        reject(error2);
      }
    });
    stream.on("end", () => {
      try {
        parser.close();
        if (error2) reject(error2);
        else resolve13();
      } catch (e) {
        reject(e);
      }
    });
    stream.on("error", reject);
  }).catch((e) => {
    if (e instanceof MetricsError) throw e;
    const message = e.message;
    const place = /:(\d+:\d+): /.exec(message)?.[1] ?? null;
    throw new MetricsError(file, place, `invalid XML: ${message.replace(/^.*?:\d+:\d+: /, "")}`);
  });
  if (root === null) throw new MetricsError(file, null, "not a JUnit XML file: no root element");
  const suiteCounts = suites.map((s) => resolve10(s.declared, s.counted));
  const summed = suiteCounts.reduce(add, zero());
  const totals = rootDeclared ? resolve10(rootDeclared, summed) : summed;
  const list2 = new MetricList(file);
  const fromRoot = (field) => rootDeclared?.[field] != null ? `testsuites@${field}` : `\u03A3 testsuite@${field}`;
  addCounts2(list2, totals, "", { tests: fromRoot("tests"), failures: fromRoot("failures"), errors: fromRoot("errors"), skipped: fromRoot("skipped") });
  if (suites.length > 1) {
    suites.forEach((s, i) => {
      const at2 = (field) => `testsuite[name="${s.name}"]${s.declared?.[field] != null ? `@${field}` : ` (counted <testcase>s)`}`;
      addCounts2(list2, suiteCounts[i], `${s.name} `, { tests: at2("tests"), failures: at2("failures"), errors: at2("errors"), skipped: at2("skipped") });
    });
  }
  return list2.metrics;
}
function resolve10(declared, fallback) {
  if (!declared) return fallback;
  return { tests: declared.tests ?? fallback.tests, failures: declared.failures ?? fallback.failures, errors: declared.errors ?? fallback.errors, skipped: declared.skipped ?? fallback.skipped };
}
function add(a, b) {
  return { tests: a.tests + b.tests, failures: a.failures + b.failures, errors: a.errors + b.errors, skipped: a.skipped + b.skipped };
}
function addCounts2(list2, c, prefix, from) {
  const passed = c.tests - c.failures - c.errors - c.skipped;
  if (passed < 0) throw new MetricsError(list2.file, from.tests, `failures, errors and skipped (${c.failures + c.errors + c.skipped}) exceed the ${c.tests} tests`);
  const names2 = (aliases) => aliases.map((a) => `${prefix}${a}`);
  list2.count(`${prefix}tests`, names2(TESTS.total), from.tests, c.tests);
  list2.count(`${prefix}failures`, names2(TESTS.failed), from.failures, c.failures);
  list2.count(`${prefix}errors`, names2(TESTS.errors), from.errors, c.errors);
  list2.count(`${prefix}skipped`, names2(TESTS.skipped), from.skipped, c.skipped);
  list2.count(`${prefix}passed`, names2(TESTS.passed), `tests \u2212 failures \u2212 errors \u2212 skipped (${from.tests})`, passed);
  const executed = c.tests - c.skipped;
  if (executed > 0) list2.percent(`${prefix}pass rate`, names2(TESTS.passRate), `passed / (tests \u2212 skipped) (${from.tests})`, passed / executed * 100);
}
var import_node_fs6, zero;
var init_junit = __esm({
  "src/metrics/parsers/junit.ts"() {
    "use strict";
    import_node_fs6 = require("node:fs");
    init_saxes();
    init_build();
    init_aliases();
    init_model();
    zero = () => ({ tests: 0, failures: 0, errors: 0, skipped: 0 });
  }
});

// lazy-package:stream-json/streamers/stream-object.js
var stream_object_default;
var init_stream_object = __esm({
  "lazy-package:stream-json/streamers/stream-object.js"() {
    init_lazy_bundle();
    stream_object_default = lazyExport("engine-stream-object.cjs", "default");
  }
});

// src/metrics/parsers/coverage.ts
var coverage_exports = {};
__export(coverage_exports, {
  parseCoverageFinal: () => parseCoverageFinal,
  parseCoverageSummary: () => parseCoverageSummary
});
function parseCoverageSummary(file, text3) {
  const json = parseJson(file, text3);
  if (at(json, "total") === void 0) throw new MetricsError(file, null, 'not a coverage summary: no "total" block');
  const list2 = new MetricList(file);
  for (const kind of KINDS) {
    const block = at(json, `total.${kind}`);
    if (block === void 0) continue;
    const total = list2.count(`${kind} total`, [`${singular2(kind)} total`], `total.${kind}.total`, at(json, `total.${kind}.total`));
    const covered = list2.count(`${kind} covered`, [`${kind} covered`, `covered ${kind}`], `total.${kind}.covered`, at(json, `total.${kind}.covered`));
    if (covered > total) throw new MetricsError(file, `total.${kind}`, `covered (${covered}) exceeds total (${total})`);
    const pct = at(json, `total.${kind}.pct`);
    if (pct !== "Unknown" && total > 0) list2.percent(`${kind} coverage`, COVERAGE[kind], `total.${kind}.pct`, pct);
  }
  return list2.metrics;
}
async function parseCoverageFinal(file) {
  const tallies = { lines: { covered: 0, total: 0 }, statements: { covered: 0, total: 0 }, functions: { covered: 0, total: 0 }, branches: { covered: 0, total: 0 } };
  const addFile = (name, entry) => {
    if (entry === null || typeof entry !== "object" || typeof entry.s !== "object") throw new MetricsError(file, name, 'not an Istanbul file coverage entry (no "s" statement counts)');
    const lines = /* @__PURE__ */ new Map();
    for (const [id, hits] of Object.entries(entry.s ?? {})) {
      if (typeof hits !== "number" || hits < 0) throw new MetricsError(file, `${name}.s.${id}`, `expected a hit count, got ${JSON.stringify(hits)}`);
      tallies.statements.total++;
      if (hits > 0) tallies.statements.covered++;
      const line = entry.statementMap?.[id]?.start?.line;
      if (line !== void 0) lines.set(line, (lines.get(line) ?? false) || hits > 0);
    }
    for (const covered of lines.values()) {
      tallies.lines.total++;
      if (covered) tallies.lines.covered++;
    }
    for (const hits of Object.values(entry.f ?? {})) {
      tallies.functions.total++;
      if (hits > 0) tallies.functions.covered++;
    }
    for (const branch of Object.values(entry.b ?? {})) {
      for (const hits of branch) {
        tallies.branches.total++;
        if (hits > 0) tallies.branches.covered++;
      }
    }
  };
  if ((await (0, import_promises3.stat)(file)).size < 16 * 1024 * 1024) {
    const json = parseJson(file, await (0, import_promises3.readFile)(file, "utf8"));
    if (json === null || typeof json !== "object" || Array.isArray(json)) throw new MetricsError(file, null, "not an Istanbul coverage-final.json: expected an object of files");
    for (const [name, entry] of Object.entries(json)) addFile(name, entry);
  } else {
    await new Promise((resolve13, reject) => {
      const pipeline = (0, import_node_fs7.createReadStream)(file).pipe(stream_object_default.withParserAsStream());
      pipeline.on("data", ({ key, value: value2 }) => {
        try {
          addFile(key, value2);
        } catch (e) {
          pipeline.destroy();
          reject(e);
        }
      });
      pipeline.on("end", resolve13);
      pipeline.on("error", (e) => reject(e instanceof MetricsError ? e : new MetricsError(file, null, `invalid JSON: ${e.message}`)));
    });
  }
  const list2 = new MetricList(file);
  for (const kind of KINDS) {
    const { covered, total } = tallies[kind];
    list2.count(`${kind} total`, [`${singular2(kind)} total`], `\u03A3 ${kind} (computed)`, total);
    list2.count(`${kind} covered`, [`${kind} covered`, `covered ${kind}`], `\u03A3 covered ${kind} (computed)`, covered);
    if (total > 0) list2.percent(`${kind} coverage`, COVERAGE[kind], `\u03A3 covered ${kind} / \u03A3 ${kind} (computed)`, covered / total * 100);
  }
  return list2.metrics;
}
function singular2(kind) {
  return kind === "branches" ? "branch" : kind.slice(0, -1);
}
var import_node_fs7, import_promises3, KINDS;
var init_coverage = __esm({
  "src/metrics/parsers/coverage.ts"() {
    "use strict";
    import_node_fs7 = require("node:fs");
    import_promises3 = require("node:fs/promises");
    init_stream_object();
    init_build();
    init_aliases();
    init_model();
    init_json_source();
    KINDS = ["lines", "statements", "functions", "branches"];
  }
});

// src/metrics/parsers/lcov.ts
var lcov_exports = {};
__export(lcov_exports, {
  parseLcov: () => parseLcov
});
async function parseLcov(file) {
  const sums = { LF: 0, LH: 0, FNF: 0, FNH: 0, BRF: 0, BRH: 0 };
  let records = 0;
  let lineNumber = 0;
  const lines = (0, import_node_readline.createInterface)({ input: (0, import_node_fs8.createReadStream)(file, { encoding: "utf8" }), crlfDelay: Infinity });
  for await (const raw of lines) {
    lineNumber++;
    const line = raw.trim();
    if (line === "end_of_record") records++;
    const match = /^([A-Z]+):(.*)$/.exec(line);
    if (!match || !(match[1] in FIELDS)) continue;
    const value2 = Number(match[2]);
    if (!Number.isInteger(value2) || value2 < 0) throw new MetricsError(file, String(lineNumber), `${match[1]}: expected a whole number, got "${match[2]}"`);
    sums[match[1]] += value2;
  }
  if (records === 0) throw new MetricsError(file, null, "not an lcov file: no end_of_record");
  const list2 = new MetricList(file);
  const kinds = [["lines", "LF", "LH"], ["functions", "FNF", "FNH"], ["branches", "BRF", "BRH"]];
  for (const [kind, found, hit] of kinds) {
    if (sums[hit] > sums[found]) throw new MetricsError(file, null, `${hit} (${sums[hit]}) exceeds ${found} (${sums[found]})`);
    list2.count(`${kind} total`, [], `\u03A3 ${found}`, sums[found]);
    list2.count(`${kind} covered`, [`${kind} covered`, `covered ${kind}`], `\u03A3 ${hit}`, sums[hit]);
    if (sums[found] > 0) list2.percent(`${kind} coverage`, COVERAGE[kind], `\u03A3 ${hit} / \u03A3 ${found}`, sums[hit] / sums[found] * 100);
  }
  return list2.metrics;
}
var import_node_fs8, import_node_readline, FIELDS;
var init_lcov = __esm({
  "src/metrics/parsers/lcov.ts"() {
    "use strict";
    import_node_fs8 = require("node:fs");
    import_node_readline = require("node:readline");
    init_build();
    init_aliases();
    init_model();
    FIELDS = { LF: "lines found", LH: "lines hit", FNF: "functions found", FNH: "functions hit", BRF: "branches found", BRH: "branches hit" };
  }
});

// src/metrics/parsers/prometheus.ts
var prometheus_exports = {};
__export(prometheus_exports, {
  parsePrometheus: () => parsePrometheus
});
async function parsePrometheus(file) {
  const list2 = new MetricList(file);
  let lineNumber = 0;
  const lines = (0, import_node_readline2.createInterface)({ input: (0, import_node_fs9.createReadStream)(file, { encoding: "utf8" }), crlfDelay: Infinity });
  for await (const raw of lines) {
    lineNumber++;
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const match = SAMPLE.exec(line);
    if (!match) throw new MetricsError(file, String(lineNumber), "not a Prometheus sample (a name, optional {labels}, a value and an optional timestamp)");
    const [, name, labels, rawValue] = match;
    const value2 = Number(rawValue);
    if (Number.isNaN(value2) && rawValue !== "NaN") throw new MetricsError(file, String(lineNumber), `${name}: the value is not a number`);
    if (!Number.isFinite(value2)) continue;
    const series = `${name}${labels ?? ""}`;
    const path = `line ${lineNumber}: ${series}`;
    const aliases = labels ? [series] : [name, name.replace(/_(?:total|count)$/, "").replace(/_/g, " "), name.replace(/_/g, " ")];
    if (/_seconds$/.test(name)) list2.add({ name: series, aliases, value: value2, dimension: "duration", display: `${trimNumber(value2, 6)} s`, path });
    else if (/_ratio$/.test(name)) list2.rate(series, aliases, path, value2);
    else if (/_percent$/.test(name)) list2.percent(series, aliases, path, value2);
    else if (/_bytes$/.test(name)) list2.add({ name: series, aliases, value: value2, dimension: "size", display: `${trimNumber(value2, 0)} B`, path });
    else list2.add({ name: series, aliases, value: value2, dimension: "unitless", display: trimNumber(value2, 6), path });
  }
  if (list2.metrics.length === 0) throw new MetricsError(file, null, "no Prometheus samples found");
  return list2.metrics;
}
var import_node_fs9, import_node_readline2, SAMPLE;
var init_prometheus = __esm({
  "src/metrics/parsers/prometheus.ts"() {
    "use strict";
    import_node_fs9 = require("node:fs");
    import_node_readline2 = require("node:readline");
    init_build();
    init_model();
    init_units();
    SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+(\S+)(?:\s+-?\d+)?$/;
  }
});

// src/checker-pool.ts
var checker_pool_exports = {};
__export(checker_pool_exports, {
  CHECKER_FLAGS: () => CHECKER_FLAGS,
  CheckerPool: () => CheckerPool,
  CheckerUnavailable: () => CheckerUnavailable
});
function crashReason(stderr, code, signal) {
  const line = stderr.split("\n").map((l) => l.trim()).find((l) => /^(?:(?:[A-Z]\w*)?Error\b|FATAL ERROR\b)/.test(l));
  if (line) return line.slice(0, 200);
  return signal ? `signal ${signal}` : `exit code ${code}`;
}
var import_node_child_process, CheckerUnavailable, CHECKER_FLAGS, IN_FLIGHT, MAX_FAILED_STARTS, Checker, CheckerPool;
var init_checker_pool = __esm({
  "src/checker-pool.ts"() {
    "use strict";
    import_node_child_process = require("node:child_process");
    init_file_results();
    CheckerUnavailable = class extends Error {
    };
    CHECKER_FLAGS = ["--single-threaded-gc"];
    IN_FLIGHT = 4;
    MAX_FAILED_STARTS = 3;
    Checker = class {
      constructor(script, setup, giveBack) {
        this.script = script;
        this.setup = setup;
        this.giveBack = giveBack;
      }
      script;
      setup;
      giveBack;
      child;
      ready = false;
      sent = [];
      stderrTail = "";
      failedStarts = 0;
      closing = false;
      get load() {
        return this.sent.length;
      }
      get broken() {
        return this.failedStarts >= MAX_FAILED_STARTS;
      }
      send(job) {
        this.sent.push(job);
        if (!this.child) this.start();
        else this.child.send({ kind: "check", file: job.file, explicit: job.explicit });
      }
      close() {
        this.closing = true;
        if (this.child?.connected) this.child.disconnect();
      }
      start() {
        const child = (0, import_node_child_process.fork)(this.script, [], { execArgv: CHECKER_FLAGS, serialization: "advanced", stdio: ["ignore", "ignore", "pipe", "ipc"] });
        this.child = child;
        this.ready = false;
        this.stderrTail = "";
        child.stderr?.setEncoding("utf8").on("data", (text3) => {
          this.stderrTail = (this.stderrTail + text3).slice(-4e3);
        });
        child.on("message", (reply) => {
          if ("ready" in reply) {
            this.ready = true;
            this.failedStarts = 0;
          } else {
            this.sent.shift()?.resolve(reply.result ?? void 0);
          }
        });
        child.on("error", () => {
        });
        child.once("close", (code, signal) => this.stopped(child, code, signal));
        child.send({ kind: "setup", setup: this.setup });
        for (const job of this.sent) child.send({ kind: "check", file: job.file, explicit: job.explicit });
      }
      /**
       * A process that stops before it is ready failed to start: its files go to the next process, or
       * back to the pool when starting keeps failing. One that stops later stopped on the first
       * file outstanding: that file fails, and the rest go to a new process.
       */
      stopped(child, code, signal) {
        if (child !== this.child) return;
        this.child = void 0;
        if (this.closing || this.sent.length === 0) return;
        const reason = crashReason(this.stderrTail, code, signal);
        if (!this.ready) {
          this.failedStarts++;
          if (this.broken) {
            this.giveBack(this.sent.splice(0), reason);
            return;
          }
          this.start();
          return;
        }
        const culprit = this.sent.shift();
        if (this.sent.length > 0) this.start();
        culprit.resolve(failedResult(culprit.file, `${culprit.file}: could not be checked: the checking process stopped (${reason})`));
      }
    };
    CheckerPool = class {
      checkers;
      queue = [];
      closed = false;
      startFailure = "";
      constructor(size, script, setup) {
        const giveBack = (jobs, reason) => {
          this.startFailure = reason;
          this.queue.unshift(...jobs);
          this.dispatch();
        };
        this.checkers = Array.from({ length: size }, () => new Checker(script, setup, giveBack));
      }
      check(file, explicit) {
        if (this.closed) throw new Error("the checker pool is closed");
        return new Promise((resolve13, reject) => {
          const settled = () => this.dispatch();
          this.queue.push({
            file,
            explicit,
            resolve: (result) => {
              resolve13(result);
              settled();
            },
            reject: (error2) => {
              reject(error2);
              settled();
            }
          });
          this.dispatch();
        });
      }
      close() {
        this.closed = true;
        for (const checker of this.checkers) checker.close();
      }
      dispatch() {
        while (this.queue.length > 0) {
          const working = this.checkers.filter((c) => !c.broken);
          if (working.length === 0) {
            for (const job of this.queue.splice(0)) job.reject(new CheckerUnavailable(`no checking process could be started (${this.startFailure})`));
            return;
          }
          const checker = working.reduce((a, b) => b.load < a.load ? b : a);
          if (checker.load >= IN_FLIGHT) return;
          checker.send(this.queue.shift());
        }
      }
    };
  }
});

// src/start/engine.ts
var engine_exports = {};
__export(engine_exports, {
  charactersCheckedSoFar: () => charactersCheckedSoFar,
  runCli: () => runCli,
  serveChecks: () => serveChecks
});
module.exports = __toCommonJS(engine_exports);

// src/cli.ts
var import_node_fs14 = require("node:fs");

// src/cli-options.ts
var import_node_util = require("node:util");

// src/zod-parts.ts
var zod_parts_exports = {};
__export(zod_parts_exports, {
  array: () => array,
  boolean: () => boolean2,
  config: () => config,
  enum: () => _enum,
  int: () => int,
  literal: () => literal,
  maxLength: () => _maxLength,
  maximum: () => _lte,
  minLength: () => _minLength,
  minimum: () => _gte,
  number: () => number2,
  object: () => object,
  optional: () => optional,
  pipe: () => pipe,
  positive: () => _positive,
  record: () => record,
  strictObject: () => strictObject,
  string: () => string2,
  transform: () => transform,
  trim: () => _trim,
  union: () => union
});

// node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v) => typeof v === "number");
  const values = Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value2) {
  if (typeof value2 === "bigint")
    return value2.toString();
  return value2;
}
var Cached = class {
  constructor(getter) {
    this._getter = getter;
    this._value = void 0;
  }
  get value() {
    const getter = this._getter;
    if (getter !== void 0) {
      this._value = getter();
      this._getter = void 0;
    }
    return this._value;
  }
};
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function assignProp(target, prop, value2) {
  Object.defineProperty(target, prop, {
    value: value2,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
};
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
var propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function stringifyPrimitive(value2) {
  if (typeof value2 === "bigint")
    return value2.toString() + "n";
  if (typeof value2 === "string")
    return `"${value2}"`;
  return `${value2}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k) => {
    return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
  });
}
var NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-2147483648, 2147483647],
  uint32: [0, 4294967295],
  float32: [-34028234663852886e22, 34028234663852886e22],
  float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
function aborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x, startIndex = 0) {
  if (x.aborted === true)
    return true;
  for (let i = startIndex; i < x.issues.length; i++) {
    if (x.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a2;
    (_a2 = iss).path ?? (_a2.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d.check))
      break;
    const max = d.maximum ?? d.length ?? d.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a2;
  for (let i = start; i < issues.length; i++) {
    (_a2 = issues[i]).schema ?? (_a2.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a2;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a2 = iss).schema ?? (_a2.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k of Object.keys(iss)) {
    if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__")
      continue;
    full[k] = iss[k];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count2 = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count2--;
      i++;
    }
  }
  return count2;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t;
}
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value2, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value: value2 });
  return value2;
}
function hide(inst, key, value2) {
  return own(inst, key, value2, false);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value2) {
      own(this, key, value2);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
  configurable: true,
  get() {
    broke = true;
    return void 0;
  }
};
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value2 = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value: value2 });
        broke = broke || outer;
        return value2;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value2) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value: value2 });
    }
  });
}
function installLazyProp(inst, key, make2, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make2(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value2) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value: value2 });
    }
  });
}

// node_modules/zod/v4/core/core.js
var _a;
var _zodDesc = { value: void 0, enumerable: false };
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
  const E = _E;
  if (E) {
    const saved = E.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init2(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer2(inst, def);
    if (initialized) {
      const own6 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own6;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own6;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _.prototype;
    for (const k in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k))
        continue;
      if (!(k in inst)) {
        inst[k] = proto2[k].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init2(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_, "init", { value: init2 });
  Object.defineProperty(_, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_, "name", { value: name });
  return _;
}
var $ZodAsyncError = class extends Error {
  constructor() {
    super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
  }
};
var $ZodEncodeError = class extends Error {
  constructor(name) {
    super(`Encountered unidirectional transform during encode: ${name}`);
    this.name = "ZodEncodeError";
  }
};
(_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value2) {
  this._zod.message = value2;
}
var _messageDesc = {
  get: _getMessage,
  set: _setMessage,
  enumerable: true,
  configurable: true
};
var _issuesDesc = { value: void 0, enumerable: false };
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer = (inst, def) => {
  inst.name = "$ZodError";
  _issuesDesc.value = def;
  Object.defineProperty(inst, "issues", _issuesDesc);
  _issuesDesc.value = void 0;
  Object.defineProperty(inst, "message", _messageDesc);
  const proto = Object.getPrototypeOf(inst);
  if (!_installedToString.has(proto)) {
    _installedToString.add(proto);
    Object.defineProperty(proto, "toString", {
      configurable: true,
      enumerable: false,
      get() {
        const value2 = () => this.message;
        Object.defineProperty(this, "toString", { value: value2, configurable: true, writable: true });
        return value2;
      },
      set(value2) {
        Object.defineProperty(this, "toString", { value: value2, configurable: true, writable: true });
      }
    });
  }
};
var $ZodError = $constructor("$ZodError", initializer);
var $ZodRealError = $constructor("$ZodError", initializer, void 0, {
  Parent: Error
});

// node_modules/zod/v4/core/parse.js
var _parse = (_Err) => {
  const fn = (schema, value2, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value: value2, issues: [] }, ctx);
    if (result instanceof Promise) {
      throw new $ZodAsyncError();
    }
    if (result.issues.length) {
      const e = new (_params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, _params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parse = /* @__PURE__ */ _parse($ZodRealError);
var _parseAsync = (_Err) => {
  const fn = async (schema, value2, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value: value2, issues: [] }, ctx);
    if (result instanceof Promise)
      result = await result;
    if (result.issues.length) {
      const e = new (params?.Err ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
      captureStackTrace(e, params?.callee ?? fn);
      throw e;
    }
    return result.value;
  };
  return fn;
};
var parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
var _safeParse = (_Err) => (schema, value2, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value: value2, issues: [] }, ctx);
  if (result instanceof Promise) {
    throw new $ZodAsyncError();
  }
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _safeParseAsync = (_Err) => async (schema, value2, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value: value2, issues: [] }, ctx);
  if (result instanceof Promise)
    result = await result;
  return result.issues.length ? failure(_Err, result.issues, ctx) : { success: true, data: result.value };
};
var safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);

// node_modules/zod/v4/core/regexes.js
var anyString = /^[\s\S]{0,}$/;
var number = /^-?\d+(?:\.\d+)?$/;
var boolean = /^(?:true|false)$/i;

// node_modules/zod/v4/core/checks.js
var $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
  var _a2;
  inst._zod ?? (inst._zod = {});
  inst._zod.def = def;
  (_a2 = inst._zod).onattach ?? (_a2.onattach = []);
});
var _whenHasLength = (payload) => {
  const val = payload.value;
  return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
  number: "number",
  bigint: "bigint",
  object: "date"
};
var $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_big",
      maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
  $ZodCheck.init(inst, def);
  const origin = numericOriginMap[typeof def.value];
  inst._zod.check = (payload) => {
    if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
      return;
    }
    payload.issues.push({
      origin: numericOriginMap[typeof payload.value] ?? origin,
      code: "too_small",
      minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
      input: payload.value,
      inclusive: def.inclusive,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
  $ZodCheck.init(inst, def);
  def.format = def.format || "float64";
  const isInt = def.format?.includes("int");
  const origin = isInt ? "int" : "number";
  const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
  inst._zod.check = (payload) => {
    const input = payload.value;
    if (isInt) {
      if (!Number.isInteger(input)) {
        payload.issues.push({
          expected: origin,
          format: def.format,
          code: "invalid_type",
          continue: false,
          input,
          inst
        });
        return;
      }
      if (!Number.isSafeInteger(input)) {
        if (input > 0) {
          payload.issues.push({
            input,
            code: "too_big",
            maximum: Number.MAX_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        } else {
          payload.issues.push({
            input,
            code: "too_small",
            minimum: Number.MIN_SAFE_INTEGER,
            note: "Integers must be within the safe integer range.",
            inst,
            origin,
            inclusive: true,
            continue: !def.abort
          });
        }
        return;
      }
    }
    if (input < minimum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_small",
        minimum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
    if (input > maximum) {
      payload.issues.push({
        origin: "number",
        input,
        code: "too_big",
        maximum,
        inclusive: true,
        inst,
        continue: !def.abort
      });
    }
  };
});
var $ZodCheckMaxLength = /* @__PURE__ */ $constructor("$ZodCheckMaxLength", (inst, def) => {
  var _a2;
  $ZodCheck.init(inst, def);
  (_a2 = inst._zod.def).when ?? (_a2.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units > def.maximum ? codePointLength(input) : units;
    if (length <= def.maximum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_big",
      maximum: def.maximum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
  var _a2;
  $ZodCheck.init(inst, def);
  (_a2 = inst._zod.def).when ?? (_a2.when = _whenHasLength);
  inst._zod.check = (payload) => {
    const input = payload.value;
    const units = input.length;
    const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
    if (length >= def.minimum)
      return;
    const origin = getLengthableOrigin(input);
    payload.issues.push({
      origin,
      code: "too_small",
      minimum: def.minimum,
      inclusive: true,
      input,
      inst,
      continue: !def.abort
    });
  };
});
var $ZodCheckOverwrite = /* @__PURE__ */ $constructor("$ZodCheckOverwrite", (inst, def) => {
  $ZodCheck.init(inst, def);
  inst._zod.check = (payload) => {
    payload.value = def.tx(payload.value);
  };
});

// node_modules/zod/v4/core/versions.js
var version = {
  major: 4,
  minor: 6,
  patch: 7
};

// node_modules/zod/v4/core/schemas.js
var $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
  var _a2;
  inst ?? (inst = {});
  inst._zod.def = def;
  inst._zod.bag = inst._zod.bag || {};
  inst._zod.version = version;
  const defChecks = inst._zod.def.checks;
  const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
  for (const ch of checks) {
    for (const fn of ch._zod.onattach) {
      fn(inst);
    }
  }
  if (checks.length === 0) {
    (_a2 = inst._zod).deferred ?? (_a2.deferred = []);
    inst._zod.deferred?.push(() => {
      inst._zod.run = inst._zod.parse;
    });
  } else {
    const runChecks = (payload, checks2, ctx) => {
      if (payload.memo)
        return payload;
      let isAborted = aborted(payload);
      let asyncResult;
      for (const ch of checks2) {
        if (ch._zod.def.when) {
          if (explicitlyAborted(payload))
            continue;
          const shouldRun = ch._zod.def.when(payload);
          if (!shouldRun)
            continue;
        } else if (isAborted) {
          continue;
        }
        const currLen = payload.issues.length;
        const _ = ch._zod.check(payload);
        if (_ instanceof Promise && ctx?.async === false) {
          throw new $ZodAsyncError();
        }
        if (asyncResult || _ instanceof Promise) {
          asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
            await _;
            const nextLen = payload.issues.length;
            if (nextLen === currLen)
              return;
            attachSchema(payload.issues, currLen, inst);
            if (!isAborted)
              isAborted = aborted(payload, currLen);
          });
        } else {
          const nextLen = payload.issues.length;
          if (nextLen === currLen)
            continue;
          attachSchema(payload.issues, currLen, inst);
          if (!isAborted)
            isAborted = aborted(payload, currLen);
        }
      }
      if (asyncResult) {
        return asyncResult.then(() => {
          return payload;
        });
      }
      return payload;
    };
    const handleCanaryResult = (canary, payload, ctx) => {
      if (aborted(canary)) {
        canary.aborted = true;
        return canary;
      }
      const checkResult = runChecks(payload, checks, ctx);
      if (checkResult instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
      }
      return inst._zod.parse(checkResult, ctx);
    };
    inst._zod.run = (payload, ctx) => {
      if (ctx.skipChecks) {
        return inst._zod.parse(payload, ctx);
      }
      if (ctx.direction === "backward") {
        const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
        if (canary instanceof Promise) {
          return canary.then((canary2) => {
            return handleCanaryResult(canary2, payload, ctx);
          });
        }
        return handleCanaryResult(canary, payload, ctx);
      }
      const result = inst._zod.parse(payload, ctx);
      if (result instanceof Promise) {
        if (ctx.async === false)
          throw new $ZodAsyncError();
        return result.then((result2) => runChecks(result2, checks, ctx));
      }
      return runChecks(result, checks, ctx);
    };
  }
}, {
  // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
  get "~standard"() {
    return hide(this, "~standard", standardProps(this));
  },
  set "~standard"(value2) {
    own(this, "~standard", value2);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value2) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value: value2, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value2) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value: value2, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync(inst, value2);
    },
    vendor: "zod",
    version: 1
  };
}
var $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = def.pattern ?? anyString;
  inst._zod.parse = (payload, _) => {
    if (def.coerce)
      try {
        payload.value = String(payload.value);
      } catch (_2) {
      }
    if (typeof payload.value === "string")
      return payload;
    payload.issues.push({
      expected: "string",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
var $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = number;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Number(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
      return payload;
    }
    const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
    payload.issues.push({
      expected: "number",
      code: "invalid_type",
      input,
      inst,
      ...received ? { received } : {}
    });
    return payload;
  };
});
var $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
  $ZodCheckNumberFormat.init(inst, def);
  $ZodNumber.init(inst, def);
});
var $ZodBoolean = /* @__PURE__ */ $constructor("$ZodBoolean", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.pattern = boolean;
  inst._zod.parse = (payload, _ctx) => {
    if (def.coerce)
      try {
        payload.value = Boolean(payload.value);
      } catch (_) {
      }
    const input = payload.value;
    if (typeof input === "boolean")
      return payload;
    payload.issues.push({
      expected: "boolean",
      code: "invalid_type",
      input,
      inst
    });
    return payload;
  };
});
var $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.parse = (payload, _ctx) => {
    payload.issues.push({
      expected: "never",
      code: "invalid_type",
      input: payload.value,
      inst
    });
    return payload;
  };
});
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse3 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse3(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index2) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index2, result.issues));
  }
  final.value[index2] = result.value;
}
var $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!Array.isArray(input)) {
      payload.issues.push({
        expected: "array",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
    const proms = [];
    const abortEarly = ctx?.abortEarly;
    for (let i = 0; i < input.length; i++) {
      const item = input[i];
      const result = def.element._zod.run({
        value: item,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        proms.push(result.then((result2) => handleArrayResult(result2, payload, i)));
      } else {
        handleArrayResult(result, payload, i);
        if (abortEarly && result.issues.length !== 0 && aborted(result))
          break;
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
  capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result.value;
  }
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k of allKeys) {
    if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
var $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
  $ZodType.init(inst, def);
  const desc = Object.getOwnPropertyDescriptor(def, "shape");
  const sh = desc?.get ? desc.get.raw : def.shape ?? {};
  if (sh) {
    const get = () => {
      const newSh = { ...sh };
      Object.defineProperty(def, "shape", { value: newSh });
      get.raw = newSh;
      return newSh;
    };
    get.raw = sh;
    Object.defineProperty(def, "shape", { get });
  }
  const _normalized = cached(() => normalizeDef(def));
  defineLazyInternal(inst, "propValues", (zod) => {
    const shape = zod.def.shape;
    const propValues = {};
    for (const key in shape) {
      const field = shape[key]._zod;
      if (field.values) {
        if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
          assignProp(propValues, key, /* @__PURE__ */ new Set());
        }
        for (const v of field.values)
          propValues[key].add(v);
        if (field.optin !== void 0)
          propValues[key].add(void 0);
      }
    }
    return propValues;
  });
  const isObject3 = isObject;
  const catchall = def.catchall;
  let value2;
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value2 ?? (value2 = _normalized.value);
    const input = payload.value;
    if (!isObject3(input)) {
      payload.issues.push({
        expected: "object",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
    const proms = [];
    const shape = value2.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value2.allKeys) {
      if (abortEarly && payload.issues.length !== seen) {
        if (aborted(payload, seen))
          break;
        seen = payload.issues.length;
      }
      if (key === "__proto__")
        continue;
      const el = shape[key];
      const optin = el._zod.optin;
      const optout = el._zod.optout;
      const r = el._zod.run({ value: input[key], issues: [] }, ctx);
      if (r instanceof Promise) {
        proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
      } else {
        handlePropertyResult(r, payload, key, input, optin, optout);
      }
    }
    if (!catchall) {
      return proms.length ? Promise.all(proms).then(() => payload) : payload;
    }
    return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
  };
});
function handleUnionResults(results, final, inst, ctx) {
  for (const result of results) {
    if (result.issues.length === 0) {
      final.value = result.value;
      return final;
    }
  }
  const nonaborted = results.filter((r) => !aborted(r));
  if (nonaborted.length === 1) {
    final.value = nonaborted[0].value;
    return nonaborted[0];
  }
  final.issues.push({
    code: "invalid_union",
    input: final.value,
    inst,
    errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
  });
  return final;
}
var $ZodUnion = /* @__PURE__ */ $constructor("$ZodUnion", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
  defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
  defineLazyInternal(inst, "values", (zod) => {
    if (zod.def.options.every((o) => o._zod.values)) {
      return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
    }
    return void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    if (zod.def.options.every((o) => o._zod.pattern)) {
      const patterns = zod.def.options.map((o) => o._zod.pattern);
      return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
    }
    return void 0;
  });
  const first = def.options.length === 1 ? def.options[0]._zod.run : null;
  inst._zod.parse = (payload, ctx) => {
    if (first) {
      return first(payload, ctx);
    }
    let async = false;
    const results = [];
    for (const option of def.options) {
      const result = option._zod.run({
        value: payload.value,
        issues: []
      }, ctx);
      if (result instanceof Promise) {
        results.push(result);
        async = true;
      } else {
        if (result.issues.length === 0)
          return result;
        results.push(result);
      }
    }
    if (!async)
      return handleUnionResults(results, payload, inst, ctx);
    return Promise.all(results).then((results2) => {
      return handleUnionResults(results2, payload, inst, ctx);
    });
  };
});
var $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
  $ZodType.init(inst, def);
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    const input = payload.value;
    if (!isPlainObject(input)) {
      payload.issues.push({
        expected: "record",
        code: "invalid_type",
        input,
        inst
      });
      return payload;
    }
    const proms = [];
    const values = def.keyType._zod.values;
    if (values && !def.partial) {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      const recordKeys = /* @__PURE__ */ new Set();
      for (const key of values) {
        if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
          recordKeys.add(typeof key === "number" ? key.toString() : key);
          if (key === "__proto__")
            continue;
          const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
          if (keyResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (keyResult.issues.length) {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
            continue;
          }
          const outKey = keyResult.value;
          if (outKey === "__proto__")
            continue;
          const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
          if (result instanceof Promise) {
            proms.push(result.then((result2) => {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key, result2.issues));
              }
              payload.value[outKey] = result2.value;
            }));
          } else {
            if (result.issues.length) {
              payload.issues.push(...prefixIssues(key, result.issues));
            }
            payload.value[outKey] = result.value;
          }
        }
      }
      let unrecognized;
      for (const key in input) {
        if (!recordKeys.has(key)) {
          if (def.mode === "loose") {
            if (key === "__proto__")
              continue;
            payload.value[key] = input[key];
          } else {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          }
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    } else {
      payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
      let unrecognized;
      for (const key of Reflect.ownKeys(input)) {
        if (key === "__proto__")
          continue;
        if (!Object.prototype.propertyIsEnumerable.call(input, key))
          continue;
        let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
        if (keyResult instanceof Promise) {
          throw new Error("Async schemas not supported in object keys currently");
        }
        const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
        if (checkNumericKey) {
          const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
          if (retryResult instanceof Promise) {
            throw new Error("Async schemas not supported in object keys currently");
          }
          if (retryResult.issues.length === 0) {
            keyResult = retryResult;
          }
        }
        if (keyResult.issues.length) {
          if (def.mode === "loose") {
            payload.value[key] = input[key];
          } else if (values) {
            unrecognized = unrecognized ?? [];
            unrecognized.push(key);
          } else {
            payload.issues.push({
              code: "invalid_key",
              origin: "record",
              issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
              input: key,
              path: [key],
              inst
            });
          }
          continue;
        }
        const outKey = keyResult.value;
        if (outKey === "__proto__")
          continue;
        const result = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
        if (result instanceof Promise) {
          proms.push(result.then((result2) => {
            if (result2.issues.length) {
              payload.issues.push(...prefixIssues(key, result2.issues));
            }
            payload.value[outKey] = result2.value;
          }));
        } else {
          if (result.issues.length) {
            payload.issues.push(...prefixIssues(key, result.issues));
          }
          payload.value[outKey] = result.value;
        }
      }
      if (unrecognized && unrecognized.length > 0) {
        payload.issues.push({
          code: "unrecognized_keys",
          input,
          inst,
          keys: unrecognized,
          continue: true
        });
      }
    }
    if (proms.length) {
      return Promise.all(proms).then(() => payload);
    }
    return payload;
  };
});
var $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
  $ZodType.init(inst, def);
  const values = getEnumValues(def.entries);
  const valuesSet = new Set(values);
  inst._zod.values = valuesSet;
  defineLazyInternal(inst, "pattern", (zod) => {
    const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
    return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (valuesSet.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
  $ZodType.init(inst, def);
  const values = new Set(def.values);
  inst._zod.values = values;
  defineLazyInternal(inst, "pattern", (zod) => {
    const vals = zod.def.values;
    return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
  });
  inst._zod.parse = (payload, _ctx) => {
    const input = payload.value;
    if (values.has(input)) {
      return payload;
    }
    payload.issues.push({
      code: "invalid_value",
      values: def.values,
      input,
      inst
    });
    return payload;
  };
});
var $ZodTransform = /* @__PURE__ */ $constructor("$ZodTransform", (inst, def) => {
  $ZodType.init(inst, def);
  inst._zod.optin = "optional";
  globalConfig.memoizer?.guard(inst);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      throw new $ZodEncodeError(inst.constructor.name);
    }
    const _out = def.transform(payload.value, payload);
    if (ctx.async) {
      const output = _out instanceof Promise ? _out : Promise.resolve(_out);
      return output.then((output2) => {
        payload.value = output2;
        return payload;
      });
    }
    if (_out instanceof Promise) {
      throw new $ZodAsyncError();
    }
    payload.value = _out;
    return payload;
  };
});
function handleOptionalResult(payload, result) {
  payload.value = result.issues.length ? void 0 : result.value;
  return payload;
}
var $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
  inst._zod.optout = "optional";
  defineLazyInternal(inst, "values", (zod) => {
    const values = zod.def.innerType._zod.values;
    return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
  });
  defineLazyInternal(inst, "pattern", (zod) => {
    const pattern = zod.def.innerType._zod.pattern;
    return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
  });
  inst._zod.parse = (payload, ctx) => {
    if (payload.value === void 0) {
      if (def.innerType._zod.optin !== "defaulted")
        return payload;
      const result = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
      if (result instanceof Promise)
        return result.then((result2) => handleOptionalResult(payload, result2));
      return handleOptionalResult(payload, result);
    }
    return def.innerType._zod.run(payload, ctx);
  };
});
var $ZodPipe = /* @__PURE__ */ $constructor("$ZodPipe", (inst, def) => {
  $ZodType.init(inst, def);
  defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
  defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
  defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
  defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
  inst._zod.parse = (payload, ctx) => {
    if (ctx.direction === "backward") {
      const right = def.out._zod.run(payload, ctx);
      if (right instanceof Promise) {
        return right.then((right2) => handlePipeResult(right2, def.in, ctx));
      }
      return handlePipeResult(right, def.in, ctx);
    }
    const left = def.in._zod.run(payload, ctx);
    if (left instanceof Promise) {
      return left.then((left2) => handlePipeResult(left2, def.out, ctx));
    }
    return handlePipeResult(left, def.out, ctx);
  };
});
function handlePipeResult(left, next, ctx) {
  if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
    left.aborted = true;
    return left;
  }
  return next._zod.run({ value: left.value, issues: left.issues }, ctx);
}

// node_modules/zod/v4/locales/en.js
var error = () => {
  const Sizable = {
    string: { unit: "characters", verb: "to have" },
    file: { unit: "bytes", verb: "to have" },
    array: { unit: "items", verb: "to have" },
    set: { unit: "items", verb: "to have" },
    map: { unit: "entries", verb: "to have" }
  };
  function getSizing(origin) {
    return Sizable[origin] ?? null;
  }
  const FormatDictionary = {
    regex: "input",
    email: "email address",
    url: "URL",
    emoji: "emoji",
    uuid: "UUID",
    uuidv4: "UUIDv4",
    uuidv6: "UUIDv6",
    nanoid: "nanoid",
    guid: "GUID",
    cuid: "cuid",
    cuid2: "cuid2",
    ulid: "ULID",
    xid: "XID",
    ksuid: "KSUID",
    datetime: "ISO datetime",
    date: "ISO date",
    time: "ISO time",
    duration: "ISO duration",
    ipv4: "IPv4 address",
    ipv6: "IPv6 address",
    mac: "MAC address",
    cidrv4: "IPv4 range",
    cidrv6: "IPv6 range",
    base64: "base64-encoded string",
    base64url: "base64url-encoded string",
    json_string: "JSON string",
    e164: "E.164 number",
    currency_code: "currency code",
    credit_card: "credit card number",
    iban: "IBAN",
    jwt: "JWT",
    template_literal: "input"
  };
  const TypeDictionary = {
    // Compatibility: "nan" -> "NaN" for display
    nan: "NaN"
    // All other type names omitted - they fall back to raw values via ?? operator
  };
  function getTypeName(type, input) {
    if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
      return String(input);
    }
    return TypeDictionary[type] ?? type;
  }
  return (issue2) => {
    switch (issue2.code) {
      case "invalid_type": {
        const expected = getTypeName(issue2.expected);
        const receivedType = parsedType(issue2.input);
        const received = getTypeName(receivedType, issue2.input);
        return `Invalid input: expected ${expected}, received ${received}`;
      }
      case "invalid_value":
        if (issue2.values.length === 1)
          return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
        return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
      case "too_big": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
        const sizing = getSizing(issue2.origin);
        if (sizing)
          return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
        return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
      }
      case "too_small": {
        const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
        const sizing = getSizing(issue2.origin);
        if (sizing) {
          return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
        }
        return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
      }
      case "invalid_format": {
        const _issue = issue2;
        if (_issue.format === "starts_with") {
          return `Invalid string: must start with "${_issue.prefix}"`;
        }
        if (_issue.format === "ends_with")
          return `Invalid string: must end with "${_issue.suffix}"`;
        if (_issue.format === "includes")
          return `Invalid string: must include "${_issue.includes}"`;
        if (_issue.format === "regex")
          return `Invalid string: must match pattern ${_issue.pattern}`;
        return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
      }
      case "not_multiple_of":
        return `Invalid number: must be a multiple of ${issue2.divisor}`;
      case "unrecognized_keys":
        return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
      case "invalid_key":
        return `Invalid key in ${issue2.origin}`;
      case "invalid_union":
        if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
          const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
          return `Invalid discriminator value. Expected ${opts}`;
        }
        if (issue2.inclusive === false) {
          return "Invalid input: more than one option matched";
        }
        return "Invalid input";
      case "invalid_element":
        return `Invalid value in ${issue2.origin}`;
      default:
        return `Invalid input`;
    }
  };
};
function en_default() {
  return {
    localeError: error()
  };
}

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
  return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
  return new Class(snapshotChecks({ type: "number", checks: [], ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
  return new Class({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
  return new Class({
    type: "boolean",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
  return new Class({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value2, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value: value2,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value2, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value: value2,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value2, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value: value2,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _positive(params) {
  return /* @__PURE__ */ _gt(0, params);
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
  const ch = new $ZodCheckMaxLength({
    check: "max_length",
    ...normalizeParams(params),
    maximum
  });
  return ch;
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
  return new $ZodCheckOverwrite({
    check: "overwrite",
    tx
  });
}
// @__NO_SIDE_EFFECTS__
function _trim() {
  return /* @__PURE__ */ _overwrite((input) => input.trim());
}

// node_modules/zod/v4/mini/schemas.js
var ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
  if (!inst._zod)
    throw new Error("Uninitialized schema in ZodMiniType.");
  $ZodType.init(inst, def);
  inst.def = def;
  inst.type = def.type;
}, {
  // `with` is an alias for `check`: the same function object, not a wrapper.
  get with() {
    return this.check;
  },
  set with(value2) {
    own(this, "with", value2);
  },
  parse(data, params) {
    return parse(this, data, params, { callee: this.parse });
  },
  parseAsync(data, params) {
    return parseAsync(this, data, params, { callee: this.parseAsync });
  },
  safeParse(data, params) {
    return safeParse(this, data, params);
  },
  safeParseAsync(data, params) {
    return safeParseAsync(this, data, params);
  },
  check(...checks) {
    const def = this.def;
    return this.clone({
      ...def,
      checks: [
        ...def.checks ?? [],
        ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
      ]
    }, { parent: true });
  },
  clone(_def, params) {
    return clone(this, _def, params);
  },
  brand() {
    return this;
  },
  register(reg, meta2) {
    reg.add(this, meta2);
    return this;
  },
  apply(fn, ...args) {
    return args.length === 0 ? fn(this) : fn(this, ...args);
  }
});
var ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
  $ZodString.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
var ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
  $ZodNumber.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function number2(params) {
  return _number(ZodMiniNumber, params);
}
var ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
  $ZodNumberFormat.init(inst, def);
  ZodMiniNumber.init(inst, def);
});
function int(params) {
  return _int(ZodMiniNumberFormat, params);
}
var ZodMiniBoolean = /* @__PURE__ */ $constructor("ZodMiniBoolean", (inst, def) => {
  $ZodBoolean.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function boolean2(params) {
  return _boolean(ZodMiniBoolean, params);
}
var ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
  $ZodNever.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function never(params) {
  return _never(ZodMiniNever, params);
}
var ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
  $ZodArray.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
var ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
  $ZodObject.init(inst, def);
  ZodMiniType.init(inst, def);
  installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
});
// @__NO_SIDE_EFFECTS__
function object(shape, params) {
  const def = {
    type: "object",
    shape: shape ?? {},
    ...normalizeParams(params)
  };
  return new ZodMiniObject(def);
}
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ never(),
    ...normalizeParams(params)
  });
}
var ZodMiniUnion = /* @__PURE__ */ $constructor("ZodMiniUnion", (inst, def) => {
  $ZodUnion.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function union(options, params) {
  return new ZodMiniUnion({
    type: "union",
    options,
    ...normalizeParams(params)
  });
}
var ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def) => {
  $ZodRecord.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodMiniRecord({
      type: "record",
      keyType: /* @__PURE__ */ string2(),
      valueType: keyType,
      ...normalizeParams(valueType)
    });
  }
  return new ZodMiniRecord({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
var ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
  $ZodEnum.init(inst, def);
  ZodMiniType.init(inst, def);
  inst.options = [...inst._zod.values];
});
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
var ZodMiniLiteral = /* @__PURE__ */ $constructor("ZodMiniLiteral", (inst, def) => {
  $ZodLiteral.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function literal(value2, params) {
  return new ZodMiniLiteral({
    type: "literal",
    values: Array.isArray(value2) ? value2 : [value2],
    ...normalizeParams(params)
  });
}
var ZodMiniTransform = /* @__PURE__ */ $constructor("ZodMiniTransform", (inst, def) => {
  $ZodTransform.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function transform(fn) {
  return new ZodMiniTransform({
    type: "transform",
    transform: fn
  });
}
var ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
  $ZodOptional.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
var ZodMiniPipe = /* @__PURE__ */ $constructor("ZodMiniPipe", (inst, def) => {
  $ZodPipe.init(inst, def);
  ZodMiniType.init(inst, def);
});
// @__NO_SIDE_EFFECTS__
function pipe(in_, out) {
  return new ZodMiniPipe({
    type: "pipe",
    in: in_,
    out
  });
}

// src/schema-zod.ts
config(en_default());

// src/cli-options.ts
init_model();

// src/read/shard.ts
function shardOf(path, count2) {
  let hash = 2166136261;
  for (let i = 0; i < path.length; i++) {
    hash ^= path.charCodeAt(i);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash % count2;
}
function parseShard(text3) {
  const match = /^(\d+)\/(\d+)$/.exec(text3.trim());
  if (!match) return `expected i/n, such as 1/4, got "${text3}"`;
  const index2 = Number(match[1]);
  const count2 = Number(match[2]);
  if (count2 < 1 || index2 < 1 || index2 > count2) return `expected 1 \u2264 i \u2264 n in i/n, got "${text3}"`;
  return { index: index2, count: count2 };
}

// src/config/did-you-mean.ts
function editDistance(a, b) {
  const rows = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        ;
        rows[0][j] = j;
        continue;
      }
      const row = rows[i];
      const above = rows[i - 1];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(above[j] + 1, row[j - 1] + 1, above[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2][j - 2] + 1);
      row[j] = best;
    }
  }
  return rows[a.length][b.length];
}
function closest(given, allowed) {
  const lower = given.toLowerCase();
  const begun = lower.length >= 3 ? allowed.filter((a) => a.toLowerCase().startsWith(lower)) : [];
  if (begun.length === 1) return begun[0];
  let best;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best === void 0 || bestDistance === 0 && best === given) return void 0;
  return bestDistance <= Math.max(1, Math.floor(best.length / 3)) ? best : void 0;
}
function didYouMean(given, allowed, quote = '"') {
  const match = closest(given, allowed);
  return match === void 0 ? "" : ` (did you mean ${quote}${match}${quote}?)`;
}

// src/config/resolve.ts
var import_node_path8 = require("node:path");
var import_picomatch3 = __toESM(require_picomatch2(), 1);

// src/config/load.ts
var import_node_fs5 = require("node:fs");
var import_node_path6 = require("node:path");

// src/check/rule.ts
var verified = (...checked) => ({ status: "verified", checked });
var unverifiable = (reason) => ({ status: "unverifiable", reason });
function placesOf(unit, ...spans) {
  return spans.map((s) => ({ unit, start: s.start, end: s.end }));
}
function defineRule(rule) {
  return rule;
}

// src/extract/interval.ts
function operandInterval(q, wholes = "exact") {
  if (q.bound || q.rangeHigh !== null) return null;
  const unit = 10 ** -q.decimals;
  const measured = q.dimension === "money" || wholes === "all rounded" || wholes === "measurements rounded" && q.dimension !== "count";
  let half = q.decimals > 0 || measured || q.factor >= 1e3 && q.dimension === "count" ? unit / 2 : 0;
  if (q.approx) half = Math.max(half, Math.abs(q.written) * 0.05, unit / 2, Math.min(roundingStep(q.written) / 2, Math.abs(q.written) * 0.1));
  return { low: (q.written - half) * q.factor, high: (q.written + half) * q.factor };
}
function roundingStep(written) {
  let step = 1;
  let n = Math.abs(written);
  if (!Number.isInteger(n) || n === 0) return 1;
  while (n % 10 === 0) {
    n /= 10;
    step *= 10;
  }
  return step;
}
function sub(a, b) {
  return { low: a.low - b.high, high: a.high - b.low };
}
function div(a, b) {
  if (b.low <= 0 && b.high >= 0) return null;
  const candidates = [a.low / b.low, a.low / b.high, a.high / b.low, a.high / b.high];
  return { low: Math.min(...candidates), high: Math.max(...candidates) };
}
function scale(a, factor) {
  const x = a.low * factor;
  const y = a.high * factor;
  return { low: Math.min(x, y), high: Math.max(x, y) };
}
function relativeChange(before, after) {
  const ratio = div(after, before);
  return ratio && { low: (ratio.low - 1) * 100, high: (ratio.high - 1) * 100 };
}
function midpoint(a) {
  return (a.low + a.high) / 2;
}

// src/extract/labels.ts
var LEADING_NOISE = /^[\s\p{P}\p{S}\p{Emoji_Presentation}\uFE0F\u200D]+/u;
var STATUS_WORDS = /^(?:(?:\u2705|\u274C|\u26A0\uFE0F?|\u2714\uFE0F?|\u2717|\uD83D\uDFE2|\uD83D\uDFE1|\uD83D\uDD34)\s*)+/u;
var TASK_BOX = /^[\s*_]*\[[ xX\u2713\u2714]?\][ \t]*/u;
var NEUTRAL_WORDS = /* @__PURE__ */ new Set(["total", "overall", "current", "final", "actual", "achieved", "measured", "observed", "the", "our", "all"]);
function cleanLabel(raw) {
  return raw.replace(TASK_BOX, "").replace(STATUS_WORDS, "").replace(LEADING_NOISE, "").replace(/[*_`]+/g, "").replace(/\s+/g, " ").trim();
}
function singular(word) {
  if (/(?:ss|us|is)$/i.test(word) || word.length <= 3) return word;
  if (/ies$/i.test(word)) return word.slice(0, -3) + "y";
  if (/(?:(?<!cac)hes|xes|sses|[^aeiou]uses)$/i.test(word) && !/[^cs]hes$/i.test(word)) return word.slice(0, -2);
  if (/s$/i.test(word)) return word.slice(0, -1);
  return word;
}
var PARENTHETICAL = /(?<!\()\([^()]*\)/g;
function normalizeLabel(raw) {
  const words3 = cleanLabel(raw).toLowerCase().replace(PARENTHETICAL, " ").replace(/[^\p{L}\p{N}\s]/gu, " ").split(/\s+/).filter((w) => w.length > 0 && !NEUTRAL_WORDS.has(w));
  if (words3.length > 0) words3[words3.length - 1] = singular(words3[words3.length - 1]);
  return words3.join(" ");
}
var LOWER_IS_BETTER = /\b(?:latency|latencies|time|times|duration|error|errors|failure|failures|fail|cost|costs|debt|complexity|lag|rto|rpo|mttr|mttd|downtime|wait|delay|size|memory|cpu|incident|incidents|bug|bugs|defect|defects|vulnerabilit\w*|churn|p\d{2}|response)\b/i;
var HIGHER_IS_BETTER = /\b(?:mtbf|time between failures|uptime|availability|coverage|score|pass|passing|success|hit|throughput|health|healthy|satisfaction|nps|apdex|accuracy|reuse|rps|requests per|revenue|conversion|adoption|completion|complete|efficiency|productivity|utilization|velocity|savings)\b/i;
var AMOUNT_OF_IMPROVEMENT = /\b(?:reduction|reductions|savings?|saved|decrease|improvement|speedup|speed-up|gain|gains)\b/i;
function polarity(label, ofMetric = false) {
  if (ofMetric) label = label.replace(new RegExp(AMOUNT_OF_IMPROVEMENT.source, "gi"), " ");
  else if (AMOUNT_OF_IMPROVEMENT.test(label)) return 1;
  if (/\b(?:mtbf|time between failures)\b/i.test(label)) return 1;
  const words3 = label.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  for (let i = words3.length - 1; i >= 0; i--) {
    const word = words3[i];
    if (LOWER_IS_BETTER.test(word)) return -1;
    if (HIGHER_IS_BETTER.test(word)) return 1;
  }
  if (LOWER_IS_BETTER.test(label)) return -1;
  if (HIGHER_IS_BETTER.test(label)) return 1;
  return 0;
}
var NOT_CURRENT = /\b(?:target|targets|goal|goals|baseline|before|previous|prior|old|was|expected|estimate|estimated|projected|planned|plan|budget|threshold|limit|objective|objectives|slo|sla|requirement|required|max|min|maximum|minimum|initial|start|starting|original|forecast)\b/i;

// src/check/policy.ts
var DEFAULT_POLICY = { rounding: "half-up", tolerance: 0, approximate: 0.1, changeBase: /* @__PURE__ */ new Map(), aliases: /* @__PURE__ */ new Map() };
function canonicalLabel(normalized, policy) {
  return policy.aliases.get(normalized) ?? normalized;
}
function polarityOf(label, policy, ofMetric = false) {
  const normal = normalizeLabel(label);
  for (const [name, direction] of policy.changeBase) if (normal.includes(name)) return direction;
  return polarity(label, ofMetric);
}

// src/check/rounding.ts
init_units();
var EPSILON = 1e-9;
function statedInterval(q, magnitude2 = false, policy = DEFAULT_POLICY) {
  const written = magnitude2 ? Math.abs(q.written) : q.written;
  const unit = 10 ** -q.decimals;
  const open2 = unit * (1 - 1e-6);
  let low = written;
  let high = written;
  if (policy.rounding === "any") {
    low = written - open2;
    high = written + open2;
  } else {
    if (policy.rounding !== "truncate") {
      const lastDigitEven = Math.round(Math.abs(written) / unit) % 2 === 0;
      const tie = policy.rounding === "half-even" && !lastDigitEven ? open2 / 2 : unit / 2;
      low = written - tie;
      high = written + tie;
    }
    if (written >= 0) high = Math.max(high, written + open2);
    else low = Math.min(low, written - open2);
  }
  if (q.dimension === "percent" || q.dimension === "points") {
    low -= policy.tolerance;
    high += policy.tolerance;
  }
  if (q.approx) {
    const slack = Math.max(unit, Math.abs(written) * policy.approximate);
    low = Math.min(low, written - slack);
    high = Math.max(high, written + slack);
  }
  if (q.rangeHigh !== null) high = Math.max(high, q.rangeHigh / q.factor + unit / 2);
  if (q.bound === "<" || q.bound === "<=") low = -Infinity;
  if (q.bound === ">" || q.bound === ">=") high = Infinity;
  return { low: low * q.factor, high: high * q.factor };
}
function overlaps(a, b) {
  const tolerance = EPSILON * Math.max(1, Math.abs(a.low), Math.abs(a.high));
  return a.low <= b.high + tolerance && b.low <= a.high + tolerance;
}
function agrees(stated2, computed, magnitude2 = false, policy = DEFAULT_POLICY) {
  return overlaps(statedInterval(stated2, magnitude2, policy), computed);
}
function formatLike(value2, stated2, maxDecimals = 2) {
  const decimals = stated2 ? Math.min(stated2.decimals + 1, Math.max(maxDecimals, stated2.decimals + 1)) : maxDecimals;
  return trimZeros(value2.toFixed(decimals));
}
function signedPercent(value2, decimals = 1) {
  const text3 = trimZeros(Math.abs(value2).toFixed(decimals));
  return `${value2 < 0 ? "-" : "+"}${text3}%`;
}

// src/report/grouped-digits.ts
function groupDigits(plain) {
  const point3 = plain.indexOf(".");
  const whole = point3 < 0 ? plain : plain.slice(0, point3);
  let text3 = "";
  for (let i = 0; i < whole.length; i++) text3 += (i > 0 && (whole.length - i) % 3 === 0 ? "," : "") + whole[i];
  return point3 < 0 ? text3 : text3 + plain.slice(point3);
}
function groupedLike(digits, written) {
  return /\d,\d{3}/.test(written) ? digits.replace(/^([-+]?)(\d+)/, (_, sign, whole) => sign + groupDigits(whole)) : digits;
}
function groupInteger(n) {
  return Number.isSafeInteger(n) && n >= 0 ? groupDigits(String(n)) : n.toLocaleString("en-US");
}
var PLAIN_DECIMAL = /^\d+(?:\.\d+)?$/;
var EXACT_DIGITS = 15;
function groupDecimal(plain, decimals) {
  if (PLAIN_DECIMAL.test(plain) && plain.replace(".", "").replace(/^0+/, "").length <= EXACT_DIGITS) return groupDigits(plain);
  return Number(plain).toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

// src/check/suggest.ts
function replaceNumber(text3, q, value2, signed = q.sign !== null, decimals = q.decimals) {
  const magnitude2 = Math.abs(value2);
  let digits = magnitude2.toFixed(decimals);
  if (/,/.test(text3.slice(q.digitsStart, q.digitsEnd))) digits = groupDecimal(digits, decimals);
  const sign = signed ? value2 < 0 ? text3[q.start] === "\u2212" ? "\u2212" : "-" : "+" : value2 < 0 ? "-" : "";
  const prefix = text3.slice(q.start, q.digitsStart).replace(/[+\-\u2212\u2013]$/, "");
  const suffix = text3.slice(q.digitsEnd, q.end);
  return `${prefix}${sign}${digits}${suffix}`;
}

// src/check/rules/ratio-percent.ts
var TARGET = /\b(?:target|goal|threshold|expected|required|objective|planned|budget)\b/i;
var ratioPercent = defineRule({
  meta: {
    id: "ratio-percent",
    description: 'A fraction ("7/8", "24 of 45", "week 3 of 12") and the percentage beside it must agree.',
    severity: "error",
    claims: ["fraction-percent", "percent-of-count", "sequence-progress"]
  },
  verify(claim3, context) {
    if (claim3.kind === "sequence-progress") return verifySequence(claim3, context);
    return claim3.kind === "fraction-percent" ? verifyFraction(claim3, context) : verifyPercentOfCount(claim3, context);
  }
});
function verifyFraction(claim3, context) {
  const { fraction, percent, at: at2 } = claim3;
  const numerator = operandInterval(fraction.numerator);
  const denominator = operandInterval(fraction.denominator);
  const ratio = numerator && denominator && div(numerator, denominator);
  if (!ratio) return unverifiable("the fraction has no single value");
  const computed = scale(ratio, 100);
  if (agrees(percent, computed, false, context.policy)) return verified(...placesOf(at2.unit, fraction.numerator, fraction.denominator, percent));
  if (TARGET.test(claim3.about) && Math.abs(percent.value / 100 * fraction.denominator.value - fraction.numerator.value) < 0.5) return verified(...placesOf(at2.unit, fraction.numerator, fraction.denominator, percent));
  const few = fraction.denominator.value;
  const nearest2 = Math.round(percent.value / 100 * few);
  if (percent.decimals > 0 && Number.isInteger(few) && few <= 10 && nearest2 === fraction.numerator.value && nearest2 > 0 && nearest2 < few && Math.abs(percent.value - 100 * nearest2 / few) <= 1) {
    return unverifiable(`${fraction.numerator.raw} of ${fraction.denominator.raw} is ${percent.raw} rounded to a fraction of ${fraction.denominator.raw}`);
  }
  const step = 10 ** -percent.decimals;
  if (claim3.partOfWhole && Math.abs(percent.value - (computed.low + computed.high) / 2) < step) {
    return unverifiable(`${percent.raw} is ${fraction.numerator.raw}/${fraction.denominator.raw} rounded the other way, as percentages of parts are so that they add up to 100%`);
  }
  if (agrees(percent, { low: 100 - computed.high, high: 100 - computed.low }, false, context.policy)) {
    return unverifiable(`${percent.raw} is 100% minus ${fraction.numerator.raw}/${fraction.denominator.raw}: it describes the other part`);
  }
  const value2 = (computed.low + computed.high) / 2;
  const shown = formatLike(value2, percent);
  const fractionText = at2.unit.text.slice(fraction.start, fraction.end);
  return {
    status: "contradicted",
    message: `"${percent.raw}" does not match ${fractionText}: ${fraction.numerator.raw} / ${fraction.denominator.raw} = ${shown}%`,
    computed: `${shown}%`,
    suggestion: replaceNumber(at2.unit.text, percent, Number(value2.toFixed(percent.decimals)))
  };
}
function verifyPercentOfCount(claim3, context) {
  const { percent, whole, at: at2, words: words3 } = claim3;
  if (words3) return verifyWordShare(claim3, words3);
  if (!percent) return unverifiable("no share is stated");
  if (percent.value > 100) return unverifiable(`${percent.raw} of ${whole.raw} is a multiple of it, not a part`);
  const total = whole.written;
  let best = 0;
  for (let k = 0; k <= total; k++) {
    if (agrees(percent, { low: k / total * 100, high: k / total * 100 }, false, context.policy)) return verified(...placesOf(at2.unit, percent, whole));
    if (Math.abs(k / total * 100 - percent.written) < Math.abs(best / total * 100 - percent.written)) best = k;
  }
  const nearest2 = formatLike(best / total * 100, percent);
  return {
    status: "contradicted",
    message: `"${percent.raw}" of ${whole.raw} cannot be a whole count: the nearest is ${best} of ${total} = ${nearest2}%`,
    computed: `${nearest2}%`
  };
}
function verifyWordShare(claim3, words3) {
  const { whole, at: at2 } = claim3;
  const { part, numerator, denominator, raw } = words3;
  const exact = whole.written * numerator / denominator;
  if (Math.abs(part.written - exact) < 1 - 1e-9) return verified(...placesOf(at2.unit, whole, part));
  const shown = Number.isInteger(exact) ? `${exact}` : `${formatLike(exact, null)}, so ${Math.floor(exact)} or ${Math.ceil(exact)}`;
  return {
    status: "contradicted",
    message: `"${part.raw}" is not ${raw.toLowerCase()} of ${whole.raw}: ${whole.raw} \xD7 ${numerator}/${denominator} = ${shown}`,
    computed: Number.isInteger(exact) ? `${exact}` : `${Math.floor(exact)}\u2013${Math.ceil(exact)}`
  };
}
var WORK_DONE = /\b(?:complete|completed|completion|done|progress|finished|implemented)\b/i;
function verifySequence(claim3, context) {
  const { position: position2, length, percent, at: at2, sequence } = claim3;
  const done = position2 / length * 100;
  const begun = (position2 - 1) / length * 100;
  if (agrees(percent, { low: begun, high: done }, false, context.policy)) return verified(at2);
  const step = 50 / length;
  if (length >= 4 && WORK_DONE.test(at2.unit.text) && agrees(percent, { low: Math.max(0, begun - step), high: Math.min(100, done + step) }, false, context.policy)) return unverifiable(`${percent.raw} of the work may run half a step ahead of or behind ${claim3.step} ${position2} of ${length}`);
  const named = at2.unit.text.slice(sequence.start, sequence.end);
  return {
    status: "contradicted",
    message: `"${percent.raw}" does not match ${named}: ${position2} / ${length} = ${formatLike(done, percent)}%, or ${position2 - 1} / ${length} = ${formatLike(begun, percent)}% while ${claim3.step} ${position2} is under way`,
    computed: `${formatLike(done, percent)}%`
  };
}

// src/check/change-readings.ts
var DECREASE_WORDS = /[\u2193\u2B07\uD83D\uDD3B\uD83D\uDCC9]|\b(?:reduction|reduced|reduce|decrease|decreased|fewer|less|lower|drop|dropped|down|cut|savings?|saved|shorter|smaller|faster|quicker|decline|declined)\b/i;
var INCREASE_WORDS = /[\u2191\u2B06\uD83D\uDD3A\uD83D\uDCC8]|\b(?:increase|increased|growth|grew|more|higher|up|gain|rise|rose|larger|longer|slower|boost)\b/i;
var SAVING_WORDS = /\b(?:savings?|saved)\b/i;
var EVERY_SAVING_WORD = new RegExp(SAVING_WORDS.source, "gi");
var IMPROVE_WORDS = /\b(?:improvement|improved|better|gain)\b/i;
var WORSEN_WORDS = /\b(?:worse|regression|degradation|degraded)\b/i;
function claimedDirection(change, words3, label, policy) {
  if (change.sign) return change.sign === "-" ? -1 : 1;
  if (SPEED_WORDS.test(words3) && polarityOf(label, policy, true) === 1) return /\b(?:slower|slowdown)\b/i.test(words3) ? -1 : 1;
  if (DECREASE_WORDS.test(words3)) return -1;
  if (INCREASE_WORDS.test(words3)) return 1;
  const better = IMPROVE_WORDS.test(words3) ? 1 : WORSEN_WORDS.test(words3) ? -1 : 0;
  const good = polarityOf(label, policy, true);
  return better === 0 || good === 0 ? 0 : better * good;
}
var ABSOLUTE_WORD = /^\s*(?:absolute|abs\.?)\b/i;
var SPEED_WORDS = /\b(?:faster|quicker|speedup|speed-up|slower|slowdown)\b/i;
function betterOrWorse(words3, label, before, policy) {
  if (!IMPROVE_WORDS.test(words3) && !SPEED_WORDS.test(words3) && !WORSEN_WORDS.test(words3)) return false;
  const polarity2 = polarityOf(label, policy, true);
  return polarity2 === -1 || polarity2 === 0 && before.dimension === "duration";
}
function fitsTimeImprovement(change, words3, before, after, policy) {
  const worse = change.sign === "-" || !change.sign && (WORSEN_WORDS.test(words3) || /\b(?:slower|slowdown)\b/i.test(words3));
  const relative8 = relativeChange(before.value, after.value);
  const ratio = div(before.value, after.value);
  const readings2 = [];
  if (relative8) readings2.push({ low: -relative8.high, high: -relative8.low });
  if (ratio) readings2.push({ low: (ratio.low - 1) * 100, high: (ratio.high - 1) * 100 });
  const stated2 = { ...change, written: worse ? -Math.abs(change.written) : Math.abs(change.written), sign: null };
  return readings2.some((r) => agrees(stated2, r, false, policy));
}
function restatesFactor(change, factor, policy) {
  if (factor.low <= 0) return false;
  const saved = { low: (1 - 1 / factor.low) * 100, high: (1 - 1 / factor.high) * 100 };
  const gained = { low: (factor.low - 1) * 100, high: (factor.high - 1) * 100 };
  const size = { ...change, written: Math.abs(change.written), sign: null };
  return [saved, gained].some((r) => agrees(size, r, false, policy));
}
function describeDelta(before, after) {
  if (before.denominator !== null && before.denominator === after.denominator) return `${before.shown} \u2192 ${after.shown}`;
  return `${before.raw} \u2192 ${after.raw}`;
}
function pointsOf(before, after) {
  return before.share && after.share ? sub(after.share, before.share) : null;
}
function writtenRatio(before, after) {
  return midpoint(after) / midpoint(before);
}
function judgeChange(text3, writtenBefore, writtenAfter, change, words3, label, policy) {
  const precise = change.decimals > Math.min(writtenBefore.quantity.decimals, writtenAfter.quantity.decimals);
  const before = precise ? asRounded(writtenBefore) : writtenBefore;
  const after = precise ? asRounded(writtenAfter) : writtenAfter;
  const delta = describeDelta(before, after);
  const points = pointsOf(before, after);
  const direction = claimedDirection(change, words3, label, policy);
  if (change.dimension === "percent") {
    const relative8 = relativeChange(before.value, after.value);
    if (!relative8) return null;
    if (betterOrWorse(words3, label, before, policy) && fitsTimeImprovement(change, words3, before, after, policy)) return { ok: true };
    if (before.dimension === "multiplier" && after.dimension === "multiplier" && restatesFactor(change, after.value, policy)) return { ok: true };
    const negativeBase = before.value.high < 0;
    const magnitudeOnly = direction === 0 || negativeBase;
    const stated2 = negativeBase ? { ...change, written: Math.abs(change.written), sign: null } : direction === -1 && !change.sign ? { ...change, written: -change.written } : change;
    const fits = (interval) => agrees(stated2, magnitudeOnly ? magnitude(interval) : interval, false, policy);
    if (relative8.low < 0 && relative8.high > 0 && magnitudeOnly) return null;
    const rel = (writtenRatio(before.value, after.value) - 1) * 100;
    const relText = signedPercent(rel);
    const exactly = (x) => fits({ low: x, high: x });
    if (exactly(rel)) return { ok: true };
    if (!points && change.decimals === 0 && change.written % 5 === 0 && Math.abs(rel) >= 20 && exactly(Math.round(rel / 5) * 5)) return { ok: true };
    if (points && (exactly(midpoint(points)) || precise && fits(points))) {
      if (ABSOLUTE_WORD.test(text3.slice(change.end, change.end + 12))) return { ok: true };
      const pp = `${midpoint(points) < 0 ? "" : "+"}${formatLike(midpoint(points), null)} pp`;
      return {
        ok: false,
        message: exactly(midpoint(points)) ? `"${change.raw}" does not follow from ${before.raw} \u2192 ${after.raw}: that is the difference in percentage points (${pp}); the relative change is ${relText}` : `"${change.raw}" does not follow from ${before.raw} \u2192 ${after.raw}: it reads as a difference in percentage points (${pp} as written, the rest rounding); the relative change is ${relText}`,
        computed: relText,
        atMost: "warning"
      };
    }
    if (fits(relative8)) return { ok: true };
    if (roundingExplains(stated2, rel, relativeChange(rounded(before), rounded(after)), fits)) return { ok: true };
    const pointsText = points ? ` (or ${midpoint(points) < 0 ? "" : "+"}${formatLike(midpoint(points), null)} percentage points)` : "";
    const base = `"${change.raw}" does not follow from ${before.raw} \u2192 ${after.raw}: ${delta} is ${relText}`;
    const flipped = { ...stated2, written: -stated2.written };
    if (!change.sign && SAVING_WORDS.test(words3) && !DECREASE_WORDS.test(words3.replace(EVERY_SAVING_WORD, " ")) && polarityOf(label, policy, true) === 1 && agrees(flipped, relative8, false, policy)) return { ok: true };
    if (!magnitudeOnly && agrees(flipped, relative8, false, policy)) {
      return { ok: false, message: `"${change.raw}" has the wrong sign: ${delta} is ${relText}`, computed: relText, suggestion: suggestion(text3, change, rel, direction) };
    }
    const ratio = div(after.value, before.value);
    if (ratio && agrees({ ...change, written: Math.abs(change.written), sign: null }, scale(ratio, 100), false, policy)) {
      return {
        ok: false,
        message: `${base}${pointsText}; ${change.raw.replace(/^[+-]/, "")} is the ratio ${trim(writtenRatio(before.value, after.value))}\xD7, not the change`,
        computed: relText,
        suggestion: suggestion(text3, change, rel, direction)
      };
    }
    return { ok: false, message: `${base}${pointsText}`, computed: relText, suggestion: suggestion(text3, change, rel, direction) };
  }
  if (change.dimension === "points") {
    if (!points) return null;
    const stated2 = direction === -1 && !change.sign ? { ...change, written: -change.written } : change;
    const target = direction === 0 ? { low: Math.abs(points.low), high: Math.abs(points.high) } : points;
    if (agrees(stated2, { low: Math.min(target.low, target.high), high: Math.max(target.low, target.high) }, false, policy)) return { ok: true };
    const value2 = midpoint(points);
    return {
      ok: false,
      message: `"${change.raw}" does not follow from ${before.raw} \u2192 ${after.raw}: the difference is ${value2 < 0 ? "" : "+"}${formatLike(value2, change)} percentage points`,
      computed: `${formatLike(value2, change)} pp`,
      suggestion: replaceNumber(text3, change, Number(value2.toFixed(change.decimals)), change.sign !== null)
    };
  }
  if (change.dimension === "multiplier") {
    const up = div(after.value, before.value);
    const down = div(before.value, after.value);
    if (up && agrees(change, up, false, policy) || down && agrees(change, down, false, policy)) return { ok: true };
    const fitsRatio = (interval) => agrees(change, interval, false, policy);
    for (const [ratio2, widened] of [[up && writtenRatio(before.value, after.value), div(rounded(after), rounded(before))], [down && writtenRatio(after.value, before.value), div(rounded(before), rounded(after))]]) {
      if (ratio2 && roundingExplains(change, ratio2, widened, fitsRatio)) return { ok: true };
    }
    if (precise) {
      const [from, to] = [rounded(writtenBefore, true), rounded(writtenAfter, true)];
      for (const [ratio2, widened] of [[up, div(to, from)], [down, div(from, to)]]) {
        if (ratio2 && roundingExplains(change, midpoint(ratio2), widened, fitsRatio)) return { ok: true };
      }
    }
    if (!up || !down) return null;
    const ratio = Math.max(writtenRatio(before.value, after.value), writtenRatio(after.value, before.value));
    const digits = change.decimals === 0 ? String(Math.round(change.written)) : "";
    let zeros = 0;
    while (zeros < digits.length - 1 && digits[digits.length - 1 - zeros] === "0") zeros++;
    if (zeros > 0 && change.written >= 100 && Number(ratio.toPrecision(digits.length - zeros)) === change.written) return { ok: true };
    return { ok: false, message: `"${change.raw}" does not follow from ${before.raw} \u2192 ${after.raw}: the ratio is ${trim(ratio)}\xD7`, computed: `${trim(ratio)}\xD7` };
  }
  if (change.sign && change.dimension === before.dimension && before.denominator === null && !before.asShare) {
    const difference = sub(after.value, before.value);
    if (agrees(change, difference, false, policy)) return { ok: true };
    const value2 = midpoint(difference) / change.factor;
    return {
      ok: false,
      message: `"${change.raw}" does not follow from ${before.raw} \u2192 ${after.raw}: the difference is ${value2 < 0 ? "-" : "+"}${formatLike(Math.abs(value2), change)}${change.unitSymbol ?? ""}`,
      computed: `${value2 < 0 ? "-" : "+"}${formatLike(Math.abs(value2), change)}${change.unitSymbol ?? ""}`,
      suggestion: replaceNumber(text3, change, Number(value2.toFixed(change.decimals)), true)
    };
  }
  return null;
}
function asRounded(operand) {
  if (operand.denominator !== null) return operand;
  const value2 = rounded(operand);
  return { ...operand, value: value2, share: operand.share && value2 };
}
function rounded(operand, counts = false) {
  return (operand.denominator === null ? operandInterval(operand.quantity, counts ? "all rounded" : "measurements rounded") : null) ?? operand.value;
}
function roundingExplains(stated2, exact, widened, fits) {
  return widened !== null && fits(widened) && Math.abs(Math.abs(stated2.written) - Math.abs(exact)) <= 0.05 * Math.abs(exact);
}
function magnitude(interval) {
  const a = Math.abs(interval.low);
  const b = Math.abs(interval.high);
  return { low: Math.min(a, b), high: Math.max(a, b) };
}
function suggestion(text3, change, value2, direction) {
  const rounded2 = Number(value2.toFixed(change.decimals));
  if (change.sign) return replaceNumber(text3, change, rounded2, true);
  if (direction !== 0 && Math.sign(rounded2) === direction) return replaceNumber(text3, change, Math.abs(rounded2), false);
  return void 0;
}
function trim(value2) {
  return formatLike(value2, null, 2);
}

// src/check/rules/change-percent.ts
init_units();
var changePercent = defineRule({
  meta: { id: "change-percent", description: 'A stated change ("+350%", "95% reduction", "-3.4 pp") must follow from the before and after values.', severity: "error", claims: ["change"] },
  verify(claim3, context) {
    const judge4 = (change) => judgeChange(claim3.at.unit.text, claim3.before, claim3.after, change, claim3.words, claim3.label, context.policy);
    const verdict = judge4(claim3.change);
    if (!verdict) return { status: "unverifiable", reason: "the change has no single value for these numbers" };
    if (verdict.ok) return verified(claim3.at);
    if (claim3.before.dimension === "size" && claim3.before.unitSymbol !== claim3.after.unitSymbol) {
      const decimal = judgeChange(claim3.at.unit.text, inDecimalUnits(claim3.before), inDecimalUnits(claim3.after), claim3.change, claim3.words, claim3.label, context.policy);
      if (decimal?.ok) return verified(claim3.at);
    }
    if (verdict.atMost === "warning" && claim3.alternatives.some((other) => judge4(other)?.ok)) return verified(claim3.at);
    return { status: "contradicted", message: verdict.message, computed: verdict.computed, suggestion: verdict.suggestion, atMost: verdict.atMost };
  }
});
function inDecimalUnits(operand) {
  const ratio = decimalSizeRatio(operand.unitSymbol);
  return { ...operand, value: scale(operand.value, ratio) };
}

// src/check/rules/sum-total.ts
init_units();
var sumTotal = defineRule({
  meta: { id: "sum-total", description: 'A stated total ("11 alerts", a Total row) must equal the sum of its stated parts.', severity: "error", claims: ["total-parts"] },
  verify(claim3, context) {
    const { total, parts: parts2 } = claim3;
    const exact = [total, ...parts2.map((p) => p.quantity)].every(isExactCount);
    let low = 0;
    let high = 0;
    for (const part of parts2) {
      const interval = exact ? { low: part.quantity.written, high: part.quantity.written } : operandInterval(part.quantity);
      if (!interval) return unverifiable(`${part.quantity.raw} is not a single value`);
      low += interval.low;
      high += interval.high;
    }
    const stated2 = exact ? { low: total.written, high: total.written } : statedInterval(total, false, context.policy);
    if (overlaps(stated2, { low, high })) return verified(claim3.at, ...parts2.map((p) => p.place));
    if (!exact && roundingExplains2(total, parts2.map((p) => p.quantity), (low + high) / 2)) return verified(claim3.at, ...parts2.map((p) => p.place));
    if (!claim3.complete && high < stated2.low) return unverifiable(`the parts add up to less than ${total.raw}; they may name only some of it`);
    if (measuredWholeAbove(total, stated2, high)) return unverifiable(`the parts add up to a little less than ${total.raw}; a measured whole may hold small parts they leave out`);
    const sum = show(total, (low + high) / 2, exact);
    const terms = parts2.map((p, i) => {
      const magnitude2 = p.quantity.raw.replace(/^[+\-\u2212\u2013]/, "");
      return i === 0 ? p.quantity.sign === "-" ? `\u2212${magnitude2}` : magnitude2 : `${p.quantity.sign === "-" ? "\u2212" : "+"} ${magnitude2}`;
    }).join(" ");
    const message = claim3.where === "sibling headings" ? `The parts of ${total.raw} stated in sibling headings add up to ${sum} (${terms}), more than the whole of ${total.raw}` : `"${claim3.phrase}" but the ${claim3.where} ${/^(?:sub-sections|lines|items|row's|counts)\b/.test(claim3.where) ? "add up" : "sums"} to ${sum} (${terms})`;
    const first = parts2[0]?.place;
    return {
      status: "contradicted",
      message,
      computed: sum,
      related: claim3.where === "breakdown" ? [] : claim3.where === "sibling headings" ? parts2.slice(0, -1).map((p) => p.place) : first ? [first] : []
    };
  }
});
function roundingExplains2(total, parts2, sum) {
  if (total.dimension === "count" || total.dimension === "money" || parts2.some((q) => q.dimension !== total.dimension)) return false;
  const intervals = [total, ...parts2].map((q) => operandInterval(q, "measurements rounded"));
  if (intervals.some((i) => i === null)) return false;
  const [stated2, ...rest] = intervals;
  const low = rest.reduce((a, i) => a + i.low, 0);
  const high = rest.reduce((a, i) => a + i.high, 0);
  return overlaps(stated2, { low, high }) && Math.abs(total.value - sum) <= 0.02 * Math.abs(sum);
}
function measuredWholeAbove(total, stated2, partsHigh) {
  if (total.dimension !== "size" && total.dimension !== "duration") return false;
  return stated2.low > partsHigh && stated2.low - partsHigh <= 0.02 * partsHigh;
}
function isExactCount(q) {
  return q.dimension === "count" && q.factor === 1 && q.decimals === 0 && !q.approx && q.rangeHigh === null;
}
function show(total, value2, exact) {
  const grouped = (digits) => groupedLike(digits, total.raw);
  if (exact) return grouped(String(Math.round(value2)));
  if (total.dimension === "duration") return formatDuration(value2);
  const written = value2 / total.factor;
  const text3 = `${total.sign && written > 0 ? "+" : ""}${grouped(trimNumber(written, Math.max(total.decimals, 2)))}`;
  if (total.dimension === "money") return `${total.unitSymbol ?? ""}${text3}`;
  const spaced = total.unitSymbol && /^\s/.test(total.raw.slice(total.digitsEnd - total.start)) && !total.unitSymbol.startsWith(" ");
  return `${text3}${spaced ? " " : ""}${total.unitSymbol ?? ""}`;
}

// src/check/rules/list-count.ts
var listCount = defineRule({
  meta: { id: "list-count", description: 'A stated count of items ("Modified Files (5)", "6 key wins:") must match the list or sections that follow.', severity: "error", claims: ["count-items"] },
  verify(claim3) {
    const { count: count2, items } = claim3;
    if (items === count2.written) return verified(claim3.at);
    const stated2 = claim3.at.unit.text.trim();
    return {
      status: "contradicted",
      message: `"${stated2.length > 60 ? `${stated2.slice(0, 57)}\u2026` : stated2}" states ${count2.written} but ${items} ${claim3.what} follow`,
      computed: String(items),
      related: claim3.first ? [claim3.first] : []
    };
  }
});

// src/check/rules/conflicting-values.ts
var conflictingValues = defineRule({
  meta: { id: "conflicting-values", description: "The same metric must not be stated with incompatible values in one report.", severity: "error", claims: ["same-metric"] },
  verify(claim3, context) {
    if (context.ignoredLabels.has(canonicalLabel(normalizeLabel(claim3.label), context.policy))) return unverifiable("configuration tells this rule to leave the label alone");
    return claim3.restatement === null ? verifyPeers(claim3, context) : verifyRestatement(claim3, claim3.restatement, context);
  }
});
function compatible(a, b, policy) {
  return overlaps(statedInterval(a, false, policy), statedInterval(b, false, policy)) || agrees(a, statedInterval(b, false, policy), false, policy);
}
function contradiction(claim3, at2, cited, context) {
  const lines = [...new Set(cited.map((s) => context.lineOf(s.place)))];
  const others = [...new Set(cited.map((s) => s.value.raw))].join(" / ");
  const where = lines.length <= 1 ? String(lines[0]) : `${lines.slice(0, -1).join(", ")} and ${lines[lines.length - 1]}`;
  return {
    status: "contradicted",
    at: at2.place,
    message: `${claim3.label} is ${at2.value.raw} here but ${others} at line${lines.length > 1 ? "s" : ""} ${where}${claim3.restatement !== null ? " (the summary restates the body)" : ""}`,
    computed: others,
    related: cited.map((s) => s.place)
  };
}
function verifyRestatement(claim3, index2, context) {
  const summary = claim3.values[index2];
  const body = claim3.values.filter((_, i) => i !== index2);
  const disagreeing = body.filter((b) => !compatible(summary.value, b.value, context.policy));
  if (disagreeing.length === 0) return verified(...claim3.values.map((v) => v.place));
  return contradiction(claim3, summary, disagreeing, context);
}
function verifyPeers(claim3, context) {
  const clusters = [];
  for (const stated2 of claim3.values) {
    const home = clusters.find((c) => c.every((other) => compatible(stated2.value, other.value, context.policy)));
    if (home) home.push(stated2);
    else clusters.push([stated2]);
  }
  if (clusters.length === 1) return verified(...claim3.values.map((v) => v.place));
  const main2 = clusters.reduce((best, c) => c.length > best.length ? c : best);
  const odd = clusters.find((c) => c !== main2);
  return contradiction(claim3, odd[0], main2, context);
}

// src/check/rules/threshold-status.ts
init_units();
var thresholdStatus = defineRule({
  meta: { id: "threshold-status", description: "A status mark (\u2705, PASS, \u274C, MISSED) must agree with the target and the actual value beside it.", severity: "error", claims: ["target-status"] },
  verify(claim3, context) {
    const judged = claim3.checks.map((check2) => ({ check: check2, judgement: meets(check2.actual, check2.target, `${claim3.label} ${check2.name}`, context.policy) }));
    const known = judged.filter((j) => j.judgement !== null);
    if (known.length === 0) return unverifiable("the target does not say which way is better");
    const failing = known.filter((j) => !j.judgement.passes);
    const inline = claim3.at !== claim3.statusPlace;
    if (claim3.status === "pass" && failing.length > 0) {
      const first = failing[0];
      return {
        status: "contradicted",
        message: inline ? `Marked as met but ${first.judgement.explanation}` : `"${claim3.statusPlace.unit.text}" for ${claim3.label} but ${first.check.name ? `${first.check.name} ` : ""}${first.judgement.explanation}`,
        computed: "fail",
        related: inline ? [claim3.statusPlace] : failing.map((f) => f.check.actualPlace)
      };
    }
    if (claim3.status === "fail" && !claim3.unreadable && known.length === judged.length && failing.length === 0) {
      return {
        status: "contradicted",
        message: inline ? `Marked as missed but ${known.map((j) => j.judgement.explanation).join("; ")}` : `"${claim3.statusPlace.unit.text}" for ${claim3.label} but ${known.map((j) => j.judgement.explanation).join("; ")}`,
        computed: "pass",
        related: inline ? [claim3.statusPlace] : []
      };
    }
    return verified(...known.map((j) => j.check.actualPlace));
  }
});
function show2(q, value2, other) {
  if (q.dimension === "duration") {
    const factor = Math.min(q.factor, other?.factor ?? q.factor);
    return factor === 60 ? `${trimNumber(value2 / 60)} min` : factor === 3600 ? `${trimNumber(value2 / 3600)} h` : formatDuration(value2);
  }
  if (q.dimension === "percent") return `${trimNumber(value2, 4)}%`;
  return `${trimNumber(value2 / (q.factor || 1), 4)}${q.unitSymbol ?? ""}`;
}
function meets(actual, target, label, policy) {
  if (actual.dimension !== target.dimension || actual.rangeHigh !== null || target.rangeHigh !== null || actual.approx) return null;
  let bound = target.bound;
  if (!bound && target.sign === "-" && actual.sign === "-") bound = "<=";
  if (!bound) {
    const direction = polarityOf(label, policy);
    if (direction === 0) return null;
    bound = direction < 0 ? "<=" : ">=";
  }
  const value2 = actual.value;
  const t = target.value;
  const { low, high } = actual.bound ? { low: value2, high: value2 } : statedInterval(actual, false, policy);
  let passes;
  if (bound === "<") passes = actual.bound === "<" ? value2 <= t : low < t;
  else if (bound === "<=") passes = low <= t;
  else if (bound === ">") passes = actual.bound === ">" ? value2 >= t : high > t;
  else passes = high >= t;
  const relation = { "<": "under", "<=": "at most", ">": "over", ">=": "at least" }[bound];
  const detail = actual.unitSymbol !== target.unitSymbol ? ` (${show2(actual, value2, target)} vs ${show2(target, t, actual)})` : "";
  return { passes, explanation: `${actual.raw} is ${passes ? "" : "not "}${relation} ${target.raw.replace(/^[<>\u2264\u2265=\s]+/, "")}${detail}` };
}

// src/check/rules/derived-rate.ts
var derivedRate = defineRule({
  meta: { id: "derived-rate", description: 'A count with a stated rate ("1,456 errors (0.008% rate)") must agree with the total in its list.', severity: "error", claims: ["count-rate"] },
  verify(claim3, context) {
    const { count: count2, total, rate, at: at2 } = claim3;
    const part = operandInterval(count2);
    const whole = operandInterval(total);
    const ratio = part && whole && div(part, whole);
    if (!ratio) return unverifiable("the count or the total has no single value");
    const computed = scale(ratio, 100);
    if (agrees(rate, computed, false, context.policy)) return verified(at2);
    if (agrees(rate, { low: 100 - computed.high, high: 100 - computed.low }, false, context.policy)) {
      return unverifiable(`${rate.raw} is 100% minus ${count2.raw} of ${total.raw}: it describes the other part`);
    }
    const value2 = (computed.low + computed.high) / 2;
    const totalLine = context.lineOf(claim3.totalPlace);
    return {
      status: "contradicted",
      message: `"${rate.raw}" does not match ${count2.raw} of ${total.raw} (${claim3.totalLabel}${totalLine === context.lineOf(at2) ? "" : `, line ${totalLine}`}): ${count2.raw} / ${total.raw} = ${formatLike(value2, rate, 4)}%`,
      computed: `${formatLike(value2, rate, 4)}%`,
      suggestion: replaceNumber(at2.unit.text, rate, value2, false, significantDecimals(value2, rate.decimals)),
      related: [claim3.totalPlace]
    };
  }
});
function significantDecimals(value2, stated2) {
  let decimals = stated2;
  while (decimals < 6 && Number(value2.toFixed(decimals)) !== 0 && Math.abs(Number(value2.toFixed(decimals)) - value2) / value2 > 0.05) decimals++;
  while (decimals < 6 && Number(value2.toFixed(decimals)) === 0) decimals++;
  return decimals;
}

// src/check/rules/time-arithmetic.ts
init_units();

// src/extract/dates.ts
var MONTH_NAME = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
var MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
var ORDINAL = "(?:st|nd|rd|th)?";
var YEAR = "((?:19|20)\\d{2})";
var ISO = /(?<![\w./-])((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?![\d_/-]|\.\d|[A-SU-Za-z])/g;
var MONTH_DAY = new RegExp(`\\b(${MONTH_NAME})\\.?[ \\t]+(\\d{1,2})${ORDINAL}\\b(?:[ \\t]*[-\u2013][ \\t]*(\\d{1,2})${ORDINAL}\\b)?(?:,?[ \\t]+${YEAR}\\b)?(?![.,]?\\d|:\\d)`, "g");
var DAY_MONTH = new RegExp(`(?<![\\w.,:/-])(\\d{1,2})${ORDINAL}(?:[ \\t]*[-\u2013][ \\t]*(\\d{1,2})${ORDINAL})?[ \\t]+(?:of[ \\t]+)?(${MONTH_NAME})\\b\\.?(?:,?[ \\t]+${YEAR}\\b)?(?![.,]?\\d|:\\d)`, "g");
var SLASHED = /(?<![\w./-])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?![\w/.-]|\.\d)/g;
var RANGE_JOIN = /^[ \t]*(?:[-\u2013\u2014]|\u2192|->|to|through|thru|until|till|and)[ \t]*$/;
var BETWEEN_BEFORE = /\bbetween[ \t]+$/i;
var MAY_HOLD_DATE = /\d[-/]\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function dayNumber(year, month, day) {
  return Date.UTC(year, month - 1, day) / 864e5;
}
function monthOf(name) {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}
function valid(year, month, day) {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year ?? 2024, month);
}
function findDates(text3) {
  const none = { dates: [], ranges: [] };
  if (!MAY_HOLD_DATE.test(text3)) return none;
  const dates = [];
  const ranges = [];
  const taken = [];
  const free = (start, end) => taken.every(([a, b]) => end <= a || start >= b);
  const add2 = (date2) => {
    if (!valid(date2.year, date2.month, date2.day) || !free(date2.start, date2.end)) return false;
    dates.push(date2);
    taken.push([date2.start, date2.end]);
    return true;
  };
  for (const m of text3.matchAll(ISO)) {
    add2({ start: m.index, end: m.index + m[0].length, year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  }
  for (const [pattern, order2] of [[MONTH_DAY, "month-day"], [DAY_MONTH, "day-month"]]) {
    for (const m of text3.matchAll(pattern)) {
      const [name, first, second] = order2 === "month-day" ? [m[1], m[2], m[3]] : [m[3], m[1], m[2]];
      const month = monthOf(name);
      const year = m[4] ? Number(m[4]) : null;
      const start = m.index;
      const end = m.index + m[0].length;
      if (!free(start, end)) continue;
      if (second === void 0) {
        add2({ start, end, year, month, day: Number(first) });
        continue;
      }
      const from = { start, end, year, month, day: Number(first) };
      const to = { start, end, year, month, day: Number(second) };
      if (from.day >= to.day || !valid(year, month, from.day) || !valid(year, month, to.day)) continue;
      dates.push(from, to);
      taken.push([start, end]);
      ranges.push({ start, end, from, to });
    }
  }
  for (const m of text3.matchAll(SLASHED)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 === b > 12) continue;
    add2({ start: m.index, end: m.index + m[0].length, year: Number(m[3]), month: a > 12 ? b : a, day: a > 12 ? a : b });
  }
  dates.sort((x, y) => x.start - y.start || x.day - y.day);
  for (let k = 0; k + 1 < dates.length; k++) {
    const from = dates[k];
    const to = dates[k + 1];
    if (from.start === to.start) continue;
    const join6 = text3.slice(from.end, to.start);
    if (!RANGE_JOIN.test(join6)) continue;
    if (/\band\b/.test(join6) && !BETWEEN_BEFORE.test(text3.slice(Math.max(0, from.start - 12), from.start).replace(/\bfrom[ \t]+$/i, ""))) continue;
    fillYears(from, to);
    ranges.push({ start: from.start, end: to.end, from, to });
  }
  ranges.sort((x, y) => x.start - y.start);
  return { dates, ranges };
}
function fillYears(from, to) {
  const wraps = from.month > to.month || from.month === to.month && from.day > to.day;
  if (from.year === null && to.year !== null) from.year = wraps ? to.year - 1 : to.year;
  else if (to.year === null && from.year !== null) to.year = wraps ? from.year + 1 : from.year;
}
function daysBetween(from, to) {
  if (from.year !== null && to.year !== null) return [dayNumber(to.year, to.month, to.day) - dayNumber(from.year, from.month, from.day)];
  const wraps = from.month > to.month || from.month === to.month && from.day > to.day;
  const spans = /* @__PURE__ */ new Set();
  for (const year of [2023, 2024, 2025]) {
    const fromYear = from.year ?? (to.year !== null ? wraps ? to.year - 1 : to.year : year);
    const toYear = to.year ?? (wraps ? fromYear + 1 : fromYear);
    if (!valid(fromYear, from.month, from.day) || !valid(toYear, to.month, to.day)) continue;
    spans.add(dayNumber(toYear, to.month, to.day) - dayNumber(fromYear, from.month, from.day));
  }
  return [...spans].sort((a, b) => a - b);
}
function weekdaysBetween(from, to) {
  if (from.year === null || to.year === null) return null;
  const first = dayNumber(from.year, from.month, from.day);
  const last = dayNumber(to.year, to.month, to.day);
  let exclusive = 0;
  for (let d = first + 1; d <= last; d++) if (isWeekday(d)) exclusive++;
  return { exclusive, inclusive: exclusive + (isWeekday(first) ? 1 : 0) };
}
function isWeekday(dayNumber2) {
  const weekday = ((dayNumber2 + 4) % 7 + 7) % 7;
  return weekday !== 0 && weekday !== 6;
}

// src/claims/date-spans.ts
var NONE = { dates: [], ranges: [] };
var WORKING = /^[ \t]+(calendar|business|working|work)[ \t]+days?\b/i;
var INCLUSIVE = /^[^()]{0,24}?\b(?:inclusive|incl\.|counting both)/i;
var LENGTH_OPEN = /^[ \t]*(?:\([ \t]*(?:(?:about|approx\.?|approximately|around|roughly)[ \t]*)?|[:=][ \t]*)$/i;
var LENGTH_CLOSE = /^[ \t]*(?:(?:inclusive|total|in total|long|elapsed|span)[ \t]*)?(?:\)|[,;]|[\u2014\u2013-][ \t]|$)/i;
var LENGTH_BEFORE_RANGE = /^[ \t]*\([ \t]*(?:from[ \t]+|between[ \t]+)?$/i;
var COUNTDOWN_AFTER = /^[ \t]*(?:remaining|left|to go|remain)\b|^[ \t]*(?:until|till)\b/i;
var COUNTDOWN_LABEL = /\b(days?|weeks?|time)[ \t]+(?:remaining|left|to[ \t]+go|(?:until|till)\b[^:\uFF1A=]{0,30})[ \t]*[:\uFF1A=][ \t]*$|\b(?:remaining|left)[ \t]+(days?|weeks?|time)[ \t]*[:\uFF1A=][ \t]*$/i;
var TARGET2 = /\b(?:until|till|to)[ \t]+(?:the[ \t]+)?([A-Za-z][A-Za-z-]{2,})/i;
var TARGET_AFTER = /^[ \t]*(?:(?:remaining|left|to go|remain)[ \t]+)?(?:in|of|on|for|before|until|till|to)[ \t]+(?:(?:the|this|our|current)[ \t]+)?([A-Za-z][A-Za-z-]{2,})/i;
var BESIDE = /^[ \t]*(?:\(|[,:\u2014\u2013-])[ \t]*(?:about[ \t]+)?$/i;
var UNTIL_DATE = /^[ \t]*(?:(?:remaining|left|to go|remain)[ \t]+)?(?:until|till|to|before)[ \t]+(?:the[ \t]+)?$/i;
var GENERIC_TARGET = /^(?:deadline|due|end|go|date|completion|finish)$/i;
var AGO_AFTER = /^[ \t]*ago\b/i;
var SPENT_BEFORE = /\b(?:for|took|takes|lasted|spent|ran|after|within|every|per|over)[ \t]+(?:~|about[ \t]+)?$/i;
var REPORT_LABEL = /^(?:report(?:ing)?[ \t]+date|date[ \t]+of[ \t]+(?:the[ \t]+)?report|status[ \t]+date|(?:status|report)[ \t]+as[ \t]+of)(?:[ \t]*[:\uFF1A\u2013\u2014-])?[ \t]*$/i;
var TOP_LABEL = /^(?:date|as[ \t]+of|today(?:'s[ \t]+date)?)(?:[ \t]*[:\uFF1A\u2013\u2014-])?[ \t]*$/i;
var EDITED_LABEL = /^(?:last[ \t]+)?(?:updated|modified|revised|edited|generated|prepared|created|written|compiled)(?:[ \t]+(?:on|at))?(?:[ \t]*[:\uFF1A\u2013\u2014-])?[ \t]*$/i;
var WEEKDAY_BEFORE = /(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\.?,?[ \t]*$/;
var DEADLINE_WORDS = /\b(?:deadline|due|target|launch(?:es|ing)?|release|go[ -]?live|ship(?:s|ping)?|cut-?off|submission|end(?:s|ing)?|expir\w*|delivery|completion|finish|closes?|closing|freeze|demo|ga)\b/i;
var SHORT_LABEL = /^[^\d]{0,40}$/;
function readDateSpans(context) {
  const { doc } = context;
  const dated = /* @__PURE__ */ new Map();
  for (const line of doc.lines) {
    const found = findDates(line.unit.text);
    if (found.dates.length > 0) dated.set(line, found);
  }
  const references = pageReferences(dated, doc.headings.find((h) => h.depth === 1)?.unit);
  const headingDates = /* @__PURE__ */ new Map();
  for (const [line, found] of dated) if (line.kind === "heading") headingDates.set(line.unit, { line, found });
  const deadlines = pageDeadlines(dated, references);
  const claims = [];
  for (const line of doc.lines) {
    const found = dated.get(line) ?? NONE;
    const counts = countsIn(context, line);
    if (counts.length === 0) continue;
    const used = /* @__PURE__ */ new Set();
    claims.push(...rangeLengths(line, found, counts, used));
    claims.push(...countdowns(line, found, counts.filter((c) => !used.has(c)), referencesFor(line, references, headingDates), deadlines));
  }
  return claims;
}
function countsIn(context, line) {
  const text3 = line.unit.text;
  if (!/da?y|wee?k|\dd\b|\dw\b/i.test(text3)) return [];
  const counts = [];
  for (const q of context.tokens(line.unit).quantities) {
    if (q.bound || q.rangeHigh !== null || q.sign || q.written < 0) continue;
    let counts_ = null;
    let end = q.end;
    if (q.dimension === "duration" && q.factor === 86400) counts_ = "days";
    else if (q.dimension === "duration" && q.factor === 604800) counts_ = "weeks";
    else if (q.dimension === "count" && q.factor === 1) {
      const working = WORKING.exec(text3.slice(q.end));
      if (working) {
        counts_ = /calendar/i.test(working[1]) ? "days" : "business-days";
        end = q.end + working[0].length;
      } else counts_ = labelUnit(text3.slice(0, q.start));
    }
    if (!counts_) continue;
    counts.push({ quantity: q, end, counts: counts_, inclusive: INCLUSIVE.test(text3.slice(end)) });
  }
  return counts;
}
function labelUnit(before) {
  const label = COUNTDOWN_LABEL.exec(before);
  const word = (label?.[1] ?? label?.[2] ?? "").toLowerCase();
  return word.startsWith("day") ? "days" : word.startsWith("week") ? "weeks" : null;
}
function role(label) {
  let end = label.length;
  while (end > 0 && /[\s:\uFF1A\u2013\u2014-]/.test(label[end - 1])) end--;
  return label.slice(0, end).toLowerCase();
}
function writtenDate(d) {
  return d.place.unit.text.slice(d.place.start, d.place.end);
}
function dateAt(line, date2, role2) {
  return { date: date2, place: { unit: line.unit, start: date2.start, end: date2.end }, role: role2 };
}
function rangeLengths(line, found, counts, used) {
  const text3 = line.unit.text;
  const claims = [];
  for (const range of found.ranges) {
    const count2 = counts.find(
      (c) => !used.has(c) && (c.quantity.start >= range.end && LENGTH_OPEN.test(text3.slice(range.end, c.quantity.start)) && LENGTH_CLOSE.test(text3.slice(c.end)) || c.end <= range.start && LENGTH_BEFORE_RANGE.test(text3.slice(c.end, range.start)) && /^[ \t]*\)/.test(text3.slice(range.end)))
    );
    if (!count2) continue;
    used.add(count2);
    const span = text3.slice(range.start, range.end);
    claims.push(spanClaim(line, count2, [dateAt(line, range.from, "")], [dateAt(line, range.to, "")], "tight", false, span));
  }
  return claims;
}
function spanClaim(line, count2, from, to, binding, countdown, about) {
  const q = count2.quantity;
  const text3 = line.unit.text;
  const ends = (side) => side.map(writtenDate).join(" | ");
  const span = from.length === 1 && to.length === 1 && from[0]?.place.start === to[0]?.place.start ? ends(from) : `${ends(from)} \u2192 ${ends(to)}`;
  return {
    kind: "date-span",
    at: { unit: line.unit, start: q.start, end: count2.end },
    binding,
    from,
    to,
    stated: q,
    counts: count2.counts,
    countdown,
    inclusive: count2.inclusive,
    about,
    reading: `${span} \u2194 ${text3.slice(q.start, count2.end)}`
  };
}
function countdowns(line, found, counts, references, deadlines) {
  const text3 = line.unit.text;
  const claims = [];
  const inRange = (d) => found.ranges.some((r) => d.start >= r.start && d.end <= r.end);
  const single = found.dates.filter((d) => !inRange(d));
  for (const count2 of counts) {
    const q = count2.quantity;
    const before = text3.slice(0, q.start);
    const after = text3.slice(count2.end);
    if (SPENT_BEFORE.test(before)) continue;
    const ago = AGO_AFTER.test(after);
    if (!ago && !COUNTDOWN_AFTER.test(after) && !COUNTDOWN_LABEL.test(before)) continue;
    const own6 = references.filter((r) => r.line === line);
    const others = single.filter((d) => !own6.some((r) => r.at.date === d));
    if (others.length > 1) continue;
    const inLine = others[0];
    const refs = own6.length > 0 ? own6 : references;
    if (refs.length === 0) continue;
    const anchors = distinct(refs.map((r) => r.at));
    let binding = own6.length > 0 ? "tight" : refs.some((r) => r.kind === "report") ? "inferred" : "weak";
    const label = cleanLabel(before).replace(/[:\uFF1A=]$/, "");
    if (ago) {
      if (inLine && agoOf(text3, inLine, count2)) claims.push(spanClaim(line, count2, [dateAt(line, inLine, "")], anchors, binding, true, label || text3.slice(inLine.start, inLine.end)));
      continue;
    }
    let deadline = null;
    if (inLine) deadline = countsDownTo(text3, inLine, count2, COUNTDOWN_LABEL.test(before)) ? dateAt(line, inLine, "") : null;
    else {
      deadline = deadlineFor(line, text3.slice(count2.end), deadlines);
      if (binding === "tight") binding = "inferred";
    }
    if (deadline) claims.push(spanClaim(line, count2, anchors, [deadline], binding, true, label || "days remaining"));
  }
  return claims;
}
function distinct(dates) {
  return dates.filter((d, k) => dates.findIndex((e) => e.date.year === d.date.year && e.date.month === d.date.month && e.date.day === d.date.day) === k);
}
function countsDownTo(text3, date2, count2, labelled2) {
  if (count2.quantity.start >= date2.end) return DEADLINE_WORDS.test(text3.slice(0, date2.start)) && BESIDE.test(text3.slice(date2.end, count2.quantity.start));
  const between = text3.slice(count2.end, date2.start);
  return date2.start >= count2.end && (UNTIL_DATE.test(between) || labelled2 && /^[ \t]*\([ \t]*$/.test(between));
}
function agoOf(text3, date2, count2) {
  if (count2.quantity.start >= date2.end) return BESIDE.test(text3.slice(date2.end, count2.quantity.start));
  return date2.start >= count2.end && /^[ \t]*ago[ \t]*(?:\([ \t]*|[,:\u2014\u2013-][ \t]*)(?:on[ \t]+)?$/i.test(text3.slice(count2.end, date2.start));
}
function deadlineFor(line, after, deadlines) {
  const target = (TARGET_AFTER.exec(after) ?? TARGET2.exec(line.unit.text))?.[1] ?? "";
  const matching = GENERIC_TARGET.test(target) || target === "" ? deadlines : deadlines.filter((d) => new RegExp(`\\b${target.slice(0, 5)}`, "i").test(d.words));
  const section = line.headings[line.headings.length - 1];
  const inSection = matching.filter((d) => d.line.headings[d.line.headings.length - 1] === section);
  return oneDate(inSection) ?? (inSection.length === 0 ? oneDate(matching) : null);
}
function oneDate(deadlines) {
  const first = deadlines[0];
  if (!first) return null;
  const same = (a, b) => (a.year === b.year || a.year === null || b.year === null) && a.month === b.month && a.day === b.day;
  if (!deadlines.every((d) => same(d.at.date, first.at.date))) return null;
  return deadlines.find((d) => d.at.date.year !== null)?.at ?? first.at;
}
function pageReferences(dated, title) {
  const references = [];
  for (const [line, found] of dated) {
    if (line.kind === "cell") continue;
    const text3 = line.unit.text;
    const atTop = line.headings.every((h) => h.depth <= 1);
    for (const date2 of found.dates) {
      if (date2.year === null || found.ranges.some((r) => date2.start >= r.start && date2.end <= r.end)) continue;
      const label = cleanLabel(text3.slice(0, date2.start)).replace(WEEKDAY_BEFORE, "").trim();
      if (REPORT_LABEL.test(label) || atTop && line.kind !== "heading" && TOP_LABEL.test(label)) {
        references.push({ at: dateAt(line, date2, "report date"), line, kind: "report" });
      } else if (EDITED_LABEL.test(label)) {
        references.push({ at: dateAt(line, date2, role(label)), line, kind: "edited" });
      }
    }
    if (line.unit === title && found.dates.length === 1 && found.ranges.length === 0 && !DEADLINE_WORDS.test(text3)) {
      const date2 = found.dates[0];
      if (date2.year !== null && !references.some((r) => r.line === line)) references.push({ at: dateAt(line, date2, "title"), line, kind: "report" });
    }
  }
  return references;
}
function referencesFor(line, references, headingDates) {
  for (let k = line.headings.length - 1; k >= 0; k--) {
    const heading = line.headings[k];
    if (!heading || heading.depth === 1) break;
    const entry = headingDates.get(heading.unit);
    if (!entry) continue;
    const date2 = entry.found.dates[0];
    if (entry.found.dates.length !== 1 || entry.found.ranges.length > 0 || date2.year === null) break;
    return [{ at: dateAt(entry.line, date2, "entry date"), line: entry.line, kind: "report" }, ...references];
  }
  return references;
}
function pageDeadlines(dated, references) {
  const deadlines = [];
  for (const [line, found] of dated) {
    if (line.kind === "cell" || line.kind === "heading") continue;
    const single = found.dates.filter((d) => !found.ranges.some((r) => d.start >= r.start && d.end <= r.end));
    if (single.length !== 1) continue;
    const date2 = single[0];
    if (references.some((r) => r.at.date === date2)) continue;
    const label = cleanLabel(line.unit.text.slice(0, date2.start)).replace(WEEKDAY_BEFORE, "");
    if (!SHORT_LABEL.test(label)) continue;
    const heading = line.headings[line.headings.length - 1]?.unit.text ?? "";
    const named = DEADLINE_WORDS.test(label) ? label : /^date(?:[ \t]*[:\uFF1A])?[ \t]*$/i.test(label) && DEADLINE_WORDS.test(heading) ? heading : null;
    if (named === null) continue;
    deadlines.push({ at: dateAt(line, date2, role(named)), line, words: `${label} ${heading}` });
  }
  return deadlines;
}

// src/check/date-span.ts
function verifyDateSpan(claim3, context) {
  const readings2 = [];
  for (const from of claim3.from) {
    for (const to of claim3.to) {
      for (const days of daysBetween(from.date, to.date)) if (days >= 0) readings2.push({ from, to, days });
    }
  }
  if (readings2.length === 0) return unverifiable("the dates run backwards: the deadline is before the report date");
  let why = "";
  for (const reading of readings2) {
    const verdict = judge(claim3, reading, context);
    if (verdict === true) return verified(claim3.at);
    if (verdict !== false) why = verdict;
  }
  if (why) return unverifiable(why);
  return contradiction2(claim3, nearest(claim3, readings2), context);
}
function judge(claim3, { from, to, days }, context) {
  const { stated: stated2, counts } = claim3;
  const calendar = claim3.inclusive ? { low: days + 1, high: days + 1 } : { low: Math.max(0, days - 1), high: days + 1 };
  if (agrees(stated2, inUnit(claim3, calendar), false, context.policy)) return true;
  const unitDays = stated2.dimension === "duration" ? stated2.factor / 86400 : counts === "weeks" ? 7 : 1;
  if (unitDays >= 7 && Number.isInteger(stated2.written) && stated2.written >= Math.floor(days / unitDays) && stated2.written <= Math.ceil((days + 1) / unitDays)) return true;
  if (counts === "weeks" && claim3.countdown && stated2.written === Math.ceil(days / 7)) return true;
  if (counts === "weeks") return false;
  const weekdays = weekdaysBetween(from.date, to.date);
  if (weekdays && agrees(stated2, inUnit(claim3, { low: weekdays.exclusive, high: weekdays.inclusive }), false, context.policy)) return true;
  const over = statedDays(claim3) > days + 1;
  if (counts === "business-days") return over ? false : "working days may leave out holidays";
  if (!claim3.countdown && !over) return "fewer days than the span: they may be working or active days";
  return false;
}
function inUnit(claim3, days) {
  const scale2 = claim3.stated.dimension === "duration" ? 86400 : claim3.counts === "weeks" ? 1 / 7 : 1;
  return { low: days.low * scale2, high: days.high * scale2 };
}
function statedDays(claim3) {
  const { stated: stated2 } = claim3;
  return stated2.dimension === "duration" ? stated2.value / 86400 : claim3.counts === "weeks" ? stated2.value * 7 : stated2.value;
}
function nearest(claim3, readings2) {
  const target = statedDays(claim3);
  return readings2.reduce((best, r) => Math.abs(r.days - target) < Math.abs(best.days - target) ? r : best);
}
function contradiction2(claim3, { from, to, days }, context) {
  const { stated: stated2, at: at2 } = claim3;
  const unit = at2.unit;
  const statedText = unit.text.slice(at2.start, at2.end);
  const cite = (d) => {
    const written = writtenDate(d);
    const where = [d.role, d.place.unit === unit ? "" : `line ${context.lineOf(d.place)}`].filter((s) => s !== "").join(", ");
    return where ? `${written} (${where})` : written;
  };
  const weeks = claim3.counts === "weeks" ? ` (${+(days / 7).toFixed(1)} weeks)` : "";
  const ends = claim3.countdown || claim3.inclusive ? "" : ` (${days + 1} counting both ends)`;
  const weekdays = claim3.counts === "business-days" ? `, at most ${weekdaysBetween(from.date, to.date)?.inclusive ?? days + 1} of them weekdays` : "";
  const result = `${days} day${days === 1 ? "" : "s"}${weeks}${ends}${weekdays}`;
  const exact = claim3.inclusive ? days + 1 : days;
  const value2 = stated2.dimension === "duration" ? exact * 86400 / stated2.factor : claim3.counts === "weeks" ? exact / 7 : exact;
  const single = (claim3.countdown || claim3.inclusive) && claim3.counts !== "business-days" && Number.isInteger(value2);
  return {
    status: "contradicted",
    message: `"${statedText}" does not match ${from.place.start === to.place.start && from.place.unit === to.place.unit ? cite(from) : `${cite(from)} \u2192 ${cite(to)}`}: that is ${result}`,
    computed: `${exact} days`,
    suggestion: single ? replaceNumber(unit.text, stated2, value2) : void 0,
    related: [from.place, to.place].filter((p) => p.unit !== unit)
  };
}

// src/claims/durations.ts
var ELAPSED_AFTER = /^\s*(?:elapsed|later|passed|in total|total|duration|long)\b/i;
var ELAPSED_BEFORE = /^[^\d()]{0,24}\(\s*(?:~|about\s+)?$/;
var FACTOR_BEFORE = /\d[^\d]{0,24}?\s*[\u00D7x*]\s*$/;
function readDurations(context) {
  const claims = [];
  for (const line of context.doc.lines) claims.push(...clockSpans(context, line.unit), ...restated(context, line.unit));
  for (const table of context.doc.tables) claims.push(...tableSpans(context, table));
  return claims;
}
var MERIDIEM = /^[ \t]?([ap])\.?m\b\.?/i;
var ZONE = /^[ \t]*([A-Z]{2,5}(?:[+-]\d{1,2}(?::\d\d)?)?)(?![\w+-])/;
var RANGE_JOIN2 = /^(?:[-\u2013\u2014~]|to|until|till|through|thru|\u2192|\u27F6|\u21D2|\u279C|\u27A1\uFE0F?|->|-->|=>|\u2014>)$/i;
var END_JOIN = /^[,;]?\s*(?:and |then )?(?:finished|ended|end|done|completed|complete|resolved|mitigated|restored|recovered|stopped|closed)(?: at| by|:)?$/i;
var ATTACH_PAREN = /^\( ?(?:(?:elapsed|duration|total) ?:? ?)?(?:(?:about|around|roughly|approx\.?|approximately) ?)?$/i;
var ATTACH_DASH = /^(?:[\u2014\u2013]|-|--|:|=)(?: ?(?:total |in total )?(?:wall[- ]clock time|wall time|elapsed time|elapsed|duration|time taken|run time|runtime|took)(?: ?:)?)?$/i;
function readClock(text3, time2) {
  const [h, m, sec] = text3.slice(time2.start, time2.end).split(":");
  const marked = MERIDIEM.exec(text3.slice(time2.end, time2.end + 8));
  const end = time2.end + (marked ? marked[0].length : 0);
  const zone = ZONE.exec(text3.slice(end, end + 16));
  return {
    time: time2,
    end,
    text: text3.slice(time2.start, end),
    hours: Number(h),
    minutes: Number(m),
    seconds: sec === void 0 ? null : Number(sec),
    meridiem: marked ? marked[1].toLowerCase() : null,
    zone: zone ? zone[1] : null,
    after: end + (zone ? zone[0].length : 0)
  };
}
function readings(clock, meridiem) {
  const rest = clock.minutes * 60 + (clock.seconds ?? 0);
  if (meridiem) return clock.hours >= 1 && clock.hours <= 12 ? [(clock.hours % 12 + (meridiem === "p" ? 12 : 0)) * 3600 + rest] : [];
  return [clock.hours * 3600 + rest];
}
function spansBetween(from, to) {
  const pairs = [];
  if (from.meridiem && to.meridiem) pairs.push([readings(from, from.meridiem), readings(to, to.meridiem)]);
  else if (from.meridiem || to.meridiem) {
    const mark = from.meridiem ?? to.meridiem;
    const other = mark === "a" ? "p" : "a";
    if (from.meridiem) pairs.push([readings(from, mark), readings(to, mark)], [readings(from, mark), readings(to, other)]);
    else pairs.push([readings(from, mark), readings(to, mark)], [readings(from, other), readings(to, mark)]);
  } else {
    pairs.push([readings(from, null), readings(to, null)]);
    if (to.hours >= 1 && to.hours <= 12 && from.hours <= 12 && to.hours * 60 + to.minutes < from.hours * 60 + from.minutes) pairs.push([readings(from, null), readings(to, "p")]);
  }
  const spans = [];
  for (const [a, b] of pairs) {
    if (a.length === 0 || b.length === 0) continue;
    const span = (b[0] - a[0] + 86400) % 86400;
    if (span > 0 && !spans.includes(span)) spans.push(span);
  }
  return spans;
}
function clockSpans(context, unit) {
  const { times, quantities } = context.tokens(unit);
  const text3 = unit.text;
  const claims = [];
  for (let k = 0; k + 1 < times.length; k++) {
    const from = readClock(text3, times[k]);
    const to = readClock(text3, times[k + 1]);
    const elapsed = quantities.find((q) => q.start >= to.end && q.dimension === "duration") ?? durationBefore(text3, quantities, from, to);
    if (!elapsed || elapsed.bound || elapsed.rangeHigh !== null || elapsed.sign) continue;
    if (elapsed.factor < 60 && (from.seconds === null || to.seconds === null)) continue;
    const opened = quantities.reduce((at2, q) => q.end <= from.time.start && q.dimension === "duration" ? q.end : at2, 0);
    if (k > 0 && times[k - 1].start >= opened) continue;
    if (from.zone && to.zone && from.zone !== to.zone) continue;
    if (!(elapsed.end <= from.time.start || stated(text3, to, elapsed) || tight(text3, from, to, elapsed))) continue;
    const claim3 = spanClaim2(unit, from, to, elapsed);
    if (claim3) claims.push(claim3);
  }
  return claims;
}
function spanClaim2(unit, from, to, elapsed) {
  const spans = spansBetween(from, to);
  if (spans.length === 0) return null;
  const span = `${from.text} \u2192 ${to.text}`;
  return {
    kind: "clock-duration",
    at: { unit, start: elapsed.start, end: elapsed.end },
    binding: "tight",
    from: from.time,
    to: to.time,
    elapsed,
    spans,
    resolution: from.seconds !== null && to.seconds !== null ? 1 : 60,
    fromText: from.text,
    toText: to.text,
    about: span,
    reading: `${span} \u2194 ${elapsed.raw}`
  };
}
function durationBefore(text3, quantities, from, to) {
  const elapsed = [...quantities].reverse().find((q) => q.end <= from.time.start);
  if (!elapsed || elapsed.dimension !== "duration" || !/^[ \t]*\([ \t]*(?:from[ \t]+)?$/i.test(text3.slice(elapsed.end, from.time.start))) return void 0;
  const join6 = text3.slice(from.after, to.time.start).trim();
  return RANGE_JOIN2.test(join6) && /^[ \t]*\)/.test(text3.slice(to.after)) ? elapsed : void 0;
}
function stated(text3, to, elapsed) {
  const between = text3.slice(to.after, elapsed.start);
  const after = text3.slice(elapsed.end);
  return (ELAPSED_BEFORE.test(between) || between.trim().length < 4 && ELAPSED_AFTER.test(after)) && ELAPSED_AFTER.test(after);
}
function tight(text3, from, to, elapsed) {
  const join6 = text3.slice(from.after, to.time.start).trim();
  const joined = RANGE_JOIN2.test(join6) || END_JOIN.test(join6) || join6.toLowerCase() === "and" && /\bbetween\s?$/i.test(text3.slice(Math.max(0, from.time.start - 9), from.time.start));
  if (!joined) return false;
  const attach = text3.slice(to.after, elapsed.start).trim().replace(/\s+/g, " ");
  const after = text3.slice(elapsed.end);
  if (ATTACH_PAREN.test(attach)) return /^\s*\)/.test(after) || /^\s*(?:elapsed|total|in total|long)\s*\)/i.test(after);
  if (ATTACH_DASH.test(attach)) return /^\s*(?:[.;,)]|$)/.test(after) || ELAPSED_AFTER.test(after);
  return false;
}
var START_HEADER = /^(?:start|starts|started|started at|start time|begin|began|from)$/;
var END_HEADER = /^(?:end|ends|ended|ended at|end time|finish|finished|finished at|stop|stopped|until|to)$/;
var DURATION_HEADER = /^(?:duration|elapsed|elapsed time|took|time taken|length|wall time|wall clock|wall-clock time|run time|runtime)$/;
function headerName(unit) {
  const name = unit ? cleanLabel(unit.text).toLowerCase() : "";
  const open2 = name.endsWith(")") ? name.lastIndexOf("(") : -1;
  return open2 < 0 ? name : name.slice(0, open2).trim();
}
function tableSpans(context, table) {
  const names2 = table.header.map(headerName);
  const column = (pattern) => {
    const found = names2.flatMap((name, c) => pattern.test(name) ? [c] : []);
    return found.length === 1 ? found[0] : -1;
  };
  const [startColumn, endColumn, durationColumn] = [column(START_HEADER), column(END_HEADER), column(DURATION_HEADER)];
  if (startColumn < 0 || endColumn < 0 || durationColumn < 0) return [];
  const claims = [];
  for (const cells2 of table.rows) {
    const from = onlyTime(context, cells2[startColumn]);
    const to = onlyTime(context, cells2[endColumn]);
    const cell = cells2[durationColumn];
    if (!from || !to || !cell) continue;
    const { quantities } = context.tokens(cell);
    const elapsed = quantities[0];
    if (quantities.length !== 1 || !elapsed || elapsed.dimension !== "duration" || elapsed.bound || elapsed.rangeHigh !== null || elapsed.sign) continue;
    if (cell.text.slice(0, elapsed.start).replace(/[\s*_~\u2248]/g, "") !== "" || cell.text.slice(elapsed.end).replace(/[\s*_]/g, "") !== "") continue;
    if (elapsed.value >= 86400 || elapsed.factor < 60 && (from.seconds === null || to.seconds === null)) continue;
    if (from.zone && to.zone && from.zone !== to.zone) continue;
    const claim3 = spanClaim2(cell, from, to, elapsed);
    if (claim3) claims.push(claim3);
  }
  return claims;
}
function onlyTime(context, cell) {
  if (!cell) return null;
  const { times, quantities } = context.tokens(cell);
  if (times.length !== 1 || quantities.length > 0) return null;
  const clock = readClock(cell.text, times[0]);
  const bare = (text3) => text3.replace(/[\s*_]/g, "") === "";
  return bare(cell.text.slice(0, clock.time.start)) && bare(cell.text.slice(clock.after)) ? clock : null;
}
function restated(context, unit) {
  const { quantities } = context.tokens(unit);
  const claims = [];
  for (let k = 0; k + 1 < quantities.length; k++) {
    const first = quantities[k];
    const second = quantities[k + 1];
    const compound = isCompound(first) || isCompound(second);
    if (first.dimension !== "duration" || second.dimension !== "duration" || first.factor === second.factor && !compound) continue;
    if (first.bound || second.bound || first.rangeHigh !== null || second.rangeHigh !== null || first.approx || second.approx) continue;
    const opener2 = unit.text.slice(first.end, second.start);
    if (!/^\s*(?:\(\s*|=\s*|\u2248\s*|\(\s*=\s*|\(\s*(?:i\.e\.|that is),?\s*)$/.test(opener2)) continue;
    if (opener2.includes("(") && !/^\s*\)/.test(unit.text.slice(second.end))) continue;
    if (/[=\u2248]/.test(opener2) && /[-+\u00D7*/\u00F7\u2212]\s*$/.test(unit.text.slice(Math.max(0, first.start - 3), first.start))) continue;
    if (/^\s*(?:\/|per\b|each\b|a piece\b)/i.test(unit.text.slice(second.end))) continue;
    if (FACTOR_BEFORE.test(unit.text.slice(Math.max(0, first.start - 32), first.start))) continue;
    if (/(?:\u2192|->|\u27F6|=>|\bto)\s*$/i.test(unit.text.slice(Math.max(0, first.start - 6), first.start)) && quantities.some((q) => q.end <= first.start && q.dimension === "duration")) continue;
    if (/[=\u2248]/.test(opener2) && /\d[^\d=]{0,20}\b(?:in|within|over|every|per)\s*$/i.test(unit.text.slice(Math.max(0, first.start - 32), first.start))) continue;
    if (first.factor >= 86400 !== second.factor >= 86400 && !calendarPair(first, second)) continue;
    claims.push({ kind: "restated-duration", at: { unit, start: second.start, end: second.end }, binding: "tight", first, second, about: first.raw, reading: `${first.raw} \u2194 ${second.raw}` });
  }
  return claims;
}
function calendarPair(a, b) {
  const units = [a.unitSymbol, b.unitSymbol].sort().join(" ");
  const plain = !isCompound(a) && !isCompound(b);
  return plain && (units === "days h" || units === "days weeks");
}
function isCompound(q) {
  return /[A-Za-z\u00B5][ \t,]*(?:and[ \t]+)?\d/.test(q.raw);
}

// src/check/rules/time-arithmetic.ts
var timeArithmetic = defineRule({
  meta: {
    id: "time-arithmetic",
    description: "Elapsed time between two clock times or two dates, and a duration restated in another unit, must agree.",
    severity: "error",
    claims: ["clock-duration", "restated-duration", "date-span"]
  },
  verify(claim3, context) {
    const { at: at2 } = claim3;
    if (claim3.kind === "date-span") return verifyDateSpan(claim3, context);
    if (claim3.kind === "clock-duration") {
      const { elapsed, spans, resolution, fromText, toText } = claim3;
      const slack = resolution - 1;
      if (spans.some((s) => agrees(elapsed, { low: s - slack, high: s + slack }, false, context.policy))) return verified(at2);
      const seconds = spans[0];
      const across = toMinutes(toText) < toMinutes(fromText);
      return {
        status: "contradicted",
        message: `"${elapsed.raw}" does not match ${fromText} \u2192 ${toText}: that is ${spanText(seconds)}${across ? " (across midnight)" : ""}${spans.length > 1 ? `, or ${spans.slice(1).map(spanText).join(", ")} on a 12-hour clock` : ""}`,
        computed: spanText(seconds),
        suggestion: spans.length === 1 && (elapsed.factor === 60 || elapsed.factor === 3600 || elapsed.factor === 1) && Number.isInteger(seconds / elapsed.factor) ? replaceNumber(at2.unit.text, elapsed, seconds / elapsed.factor) : void 0
      };
    }
    const { first, second } = claim3;
    if (overlaps(statedInterval(first, false, context.policy), statedInterval(second, false, context.policy))) return verified(at2, { unit: at2.unit, start: first.start, end: first.end });
    if (workingCalendar(first, second, context.policy)) return verified(at2, { unit: at2.unit, start: first.start, end: first.end });
    const compound = /[A-Za-z\u00B5][ \t,]*\d/.test(second.raw);
    const computed = compound ? formatDuration(first.value) : inUnitOf(second, first.value);
    return {
      status: "contradicted",
      message: `"${second.raw}" does not match ${first.raw}: that is ${computed}${workingNote(first, second)}`,
      computed,
      suggestion: !compound && Number.isInteger(first.value / second.factor) ? replaceNumber(at2.unit.text, second, first.value / second.factor) : void 0
    };
  }
});
function spanText(seconds) {
  if (seconds < 120 || seconds >= 7200 || !Number.isInteger(seconds) || seconds % 60 === 0) return formatDuration(seconds);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}
function inUnitOf(q, seconds) {
  return `${trimNumber(seconds / q.factor, 2)}${q.unitSymbol === "min" ? " minutes" : q.unitSymbol === "h" ? " hours" : ` ${q.unitSymbol ?? ""}`}`;
}
function toMinutes(time2) {
  const [h, m] = time2.split(":").map((part) => parseInt(part, 10));
  const pm2 = /p\.?m/i.test(time2);
  const am = /a\.?m/i.test(time2);
  return ((pm2 || am ? h % 12 : h) + (pm2 ? 12 : 0)) * 60 + m;
}
function workingCalendar(first, second, policy) {
  if (!calendarPair(first, second)) return false;
  const [large, small] = first.factor > second.factor ? [first, second] : [second, first];
  return statedInterval(small, false, policy).low <= statedInterval(large, false, policy).high / large.factor * perLarge(large);
}
var perLarge = (large) => large.unitSymbol === "weeks" ? 7 * 86400 : 12 * 3600;
function workingNote(first, second) {
  const [large, small] = first.factor > second.factor ? [first, second] : [second, first];
  if (!calendarPair(first, second) || large.unitSymbol === "weeks") return "";
  return `, and ${large.raw} hold at most ${trimNumber(large.written * perLarge(large) / small.factor)} ${small.unitSymbol === "h" ? "hours" : small.unitSymbol} even as 12-hour working days`;
}

// src/check/rules/impossible-value.ts
var impossibleValue = defineRule({
  meta: { id: "impossible-value", description: "A share cannot exceed 100%, and a part cannot be larger than its whole.", severity: "error", claims: ["share-bound", "part-of-whole"] },
  verify(claim3) {
    if (claim3.kind === "share-bound") {
      const q = claim3.quantity;
      return { status: "contradicted", message: `"${q.raw}"${claim3.about ? ` (${claim3.about})` : ""} is a share of a whole, which cannot pass 100%`, computed: "\u2264 100%" };
    }
    const f = claim3.fraction;
    if (f.numerator.written <= f.denominator.written) return verified(claim3.at);
    return { status: "contradicted", message: `"${claim3.about}": ${f.numerator.raw} is more than the whole of ${f.denominator.raw}`, computed: `\u2264 ${f.denominator.raw}` };
  }
});

// src/claims/counting.ts
function isPlainCount(q) {
  return q.dimension === "count" && q.factor === 1 && q.decimals === 0 && !q.approx && q.rangeHigh === null && !q.sign && (!q.bound || q.bound === ">=");
}
var MEASURED_DIMENSIONS = /* @__PURE__ */ new Set(["duration", "money", "size"]);
var STOP_WORDS = /* @__PURE__ */ new Set(["of", "the", "a", "an", "and", "or", "in", "on", "for", "to", "with", "by", "at", "from", "all", "are", "is", "was", "were", "new", "key", "total"]);
function countedWords(text3, q, limit = 3) {
  const words3 = text3.slice(q.end).match(/^[\s*_]*((?:[\p{L}][\p{L}'-]*[\s*_]*){1,6})/u)?.[1] ?? "";
  return words3.split(/[\s*_]+/).filter((w) => w.length > 2 && !STOP_WORDS.has(w.toLowerCase())).slice(0, limit).map((w) => singular(w.toLowerCase()));
}
function mentionsAny(text3, words3) {
  const present = new Set(text3.toLowerCase().split(/[^\p{L}]+/u).map(singular));
  return words3.some((w) => present.has(w));
}
function mentionsAnyInPlural(text3, words3) {
  return text3.toLowerCase().split(/[^\p{L}'-]+/u).some((w) => {
    const one2 = singular(w);
    return one2 !== w && words3.includes(one2);
  });
}
function leadingCount(text3, tokens) {
  const first = tokens.quantities[0];
  if (!first || !isPlainCount(first) || first.word) return null;
  return /^[\s\p{P}\p{S}\uFE0F]*$/u.test(text3.slice(0, first.start)) ? first : null;
}

// src/check/rules/aggregate.ts
function exactOrInterval(q) {
  return isPlainCount(q) ? { low: q.value, high: q.value } : operandInterval(q, "measurements rounded");
}
var aggregate = defineRule({
  meta: {
    id: "aggregate",
    description: "An overall or average figure must follow from the rows it summarises (\u03A3 passing / \u03A3 total, the mean).",
    severity: "error",
    claims: ["overall-share", "average-row", "overall-fraction"]
  },
  verify(claim3, context) {
    const { at: at2 } = claim3;
    if (claim3.kind === "overall-share") {
      const value2 = claim3.passing / claim3.total * 100;
      if (agrees(claim3.percent, { low: value2, high: value2 }, false, context.policy)) return verified(at2);
      const shares2 = claim3.shares?.map((q) => operandInterval(q));
      if (shares2 && shares2.length > 0 && shares2.every((i) => i)) {
        const low2 = shares2.reduce((sum, i) => sum + i.low, 0) / shares2.length;
        const high2 = shares2.reduce((sum, i) => sum + i.high, 0) / shares2.length;
        if (agrees(claim3.percent, { low: low2, high: high2 }, false, context.policy)) return verified(at2);
      }
      return {
        status: "contradicted",
        message: `"${claim3.percent.raw}" overall does not follow from the ${claim3.how.includes("items") ? "items" : "rows"}: ${claim3.passing} / ${claim3.total} = ${formatLike(value2, claim3.percent)}% (${claim3.how})`,
        computed: `${formatLike(value2, claim3.percent)}%`,
        suggestion: replaceNumber(at2.unit.text, claim3.percent, Number(value2.toFixed(claim3.percent.decimals)))
      };
    }
    if (claim3.kind === "overall-fraction" && claim3.scores) {
      const { numerator, denominator } = claim3.fraction;
      const intervals2 = claim3.scores.map((q) => exactOrInterval(q));
      if (intervals2.some((i) => !i)) return unverifiable("a score has no single value");
      const low2 = intervals2.reduce((sum, i) => sum + i.low, 0) / intervals2.length;
      const high2 = intervals2.reduce((sum, i) => sum + i.high, 0) / intervals2.length;
      if (agrees(numerator, { low: low2, high: high2 }, false, context.policy)) return verified(at2);
      const mean2 = (low2 + high2) / 2;
      const onHalves = numerator.written % 1 === 0.5 && claim3.scores.every((q) => q.decimals === 0);
      if (onHalves && Math.round(mean2 * 2) / 2 === numerator.written) return unverifiable(`${numerator.raw} is the mean of the scores, ${formatLike(mean2, numerator, 2)}, rounded to the nearest half point`);
      const shown2 = formatLike(mean2, numerator, 2);
      return {
        status: "contradicted",
        message: `"${at2.unit.text.slice(at2.start, at2.end)}" overall is not the mean of the ${intervals2.length} scores above it: (${claim3.scores.map((q) => q.raw).join(" + ")}) / ${intervals2.length} = ${shown2}/${denominator.raw} (no weights are given)`,
        computed: `${shown2}/${denominator.raw}`,
        suggestion: `${mean2.toFixed(numerator.decimals)}/${denominator.raw}`
      };
    }
    if (claim3.kind === "overall-fraction") {
      const { numerator, denominator } = claim3.fraction;
      if (numerator.written === claim3.passing && denominator.written === claim3.total) return verified(at2);
      return {
        status: "contradicted",
        message: `"${at2.unit.text.slice(at2.start, at2.end)}" overall does not follow from the items: they sum to ${claim3.passing}/${claim3.total}`,
        computed: `${claim3.passing}/${claim3.total}`,
        suggestion: `${claim3.passing}/${claim3.total}`
      };
    }
    const { stated: stated2, values } = claim3;
    const intervals = values.map((q) => exactOrInterval(q));
    if (intervals.some((i) => !i)) return unverifiable("a row has no single value");
    const low = intervals.reduce((s, i) => s + i.low, 0) / values.length;
    const high = intervals.reduce((s, i) => s + i.high, 0) / values.length;
    if (agrees(stated2, { low, high }, false, context.policy)) return verified(at2);
    const mean = (low + high) / 2 / stated2.factor;
    const number3 = formatLike(mean, stated2);
    const shown = stated2.dimension === "money" ? `${stated2.unitSymbol ?? ""}${number3}` : `${number3}${stated2.unitSymbol === "%" ? "%" : stated2.unitSymbol ?? ""}`;
    return {
      status: "contradicted",
      message: `"${stated2.raw}" is not the mean of the ${values.length} ${claim3.across ? "columns beside it" : "rows"}: (${values.map((q) => q.raw).join(" + ")}) / ${values.length} = ${shown}`,
      computed: shown,
      suggestion: replaceNumber(at2.unit.text, stated2, Number(mean.toFixed(stated2.decimals)))
    };
  }
});

// src/check/rules/metric-mismatch.ts
init_units();
var metricMismatch = defineRule({
  meta: { id: "metric-mismatch", description: "A claim about a measured metric must agree with the metrics files given (test results, coverage, load tests).", severity: "error", claims: ["metric-value"] },
  verify(claim3, context) {
    const current = context.metrics.filter((m) => !m.target);
    if (current.length === 0) return unverifiable("no metrics file to compare it with (--metrics)");
    const label = canonicalLabel(normalizeLabel(claim3.label), context.policy);
    if (context.ignoredLabels.has(label)) return unverifiable("configuration tells this rule to leave the label alone");
    if (claim3.key.slice(0, claim3.key.lastIndexOf("|")).endsWith(")")) return unverifiable("the label qualifies the metric, and no metrics file names that qualifier");
    const candidates = (metricsByAlias(current, context.policy).get(label) ?? []).filter((m) => comparable(claim3.value, m));
    if (candidates.length === 0) return unverifiable("no metric in the metrics files has this name");
    return judge2(claim3, candidates, context);
  }
});
var aliasCache = /* @__PURE__ */ new WeakMap();
function metricsByAlias(metrics, policy) {
  let byAlias = aliasCache.get(metrics);
  if (!byAlias) {
    byAlias = /* @__PURE__ */ new Map();
    for (const metric of metrics) {
      for (const alias of new Set([metric.name, ...metric.aliases].map((a) => canonicalLabel(normalizeLabel(a), policy)))) {
        byAlias.set(alias, [...byAlias.get(alias) ?? [], metric]);
      }
    }
    aliasCache.set(metrics, byAlias);
  }
  return byAlias;
}
function comparable(q, metric) {
  return metric.dimension === "unitless" || metric.dimension === q.dimension;
}
function claimFor(q, metric) {
  if (metric.dimension !== "unitless") return q;
  const unitFactor = q.unitSymbol ? unitInfo(q.unitSymbol.trim())?.factor ?? 1 : 1;
  return { ...q, factor: q.factor / unitFactor };
}
function judge2(claim3, candidates, context) {
  const { at: at2, value: quantity } = claim3;
  const fits = (m) => agrees(claimFor(quantity, m), { low: m.value, high: m.value }, false, context.policy);
  const verdicts = new Set(candidates.map(fits));
  if (verdicts.size > 1) {
    const message = `${claim3.label} ${quantity.raw} was not checked: it matches several metrics with different values (${candidates.map((m) => `${m.source.file}: ${m.source.path} = ${m.display}`).join("; ")})`;
    return { status: "unverifiable", reason: message, notice: { message, sources: candidates.map((m) => m.source) } };
  }
  const metric = candidates[0];
  if (fits(metric)) return verified(at2);
  return {
    status: "contradicted",
    message: `${claim3.label} is ${quantity.raw} here but ${metric.source.file} has ${metric.source.path} = ${metric.display}`,
    computed: metric.display,
    sources: [metric.source]
  };
}

// src/check/rules/written-arithmetic.ts
init_units();
var writtenArithmetic = defineRule({
  meta: { id: "written-arithmetic", description: 'Arithmetic written out ("(85 + 92 + 90) / 3 = 89%") must give the result written after it.', severity: "error", claims: ["arithmetic"] },
  verify(claim3, context) {
    const verdict = judge3(claim3, context);
    if (verdict.status !== "contradicted" || claim3.result.dimension !== "size") return verdict;
    const bytes = claim3.terms.map(asBytes);
    if (bytes.every((t, i) => t === claim3.terms[i])) return verdict;
    const other = judge3({ ...claim3, terms: bytes }, context);
    if (other.status !== "contradicted") return other;
    const distance = (terms) => Math.abs(Math.log((evaluate(terms, true)?.interval.low ?? 0) / claim3.result.value));
    return distance(bytes) < distance(claim3.terms) ? other : verdict;
  }
});
function judge3(claim3, context) {
  const value2 = evaluate(claim3.terms);
  if (!value2) return unverifiable("the expression combines numbers in a way recount does not evaluate");
  const { result, at: at2 } = claim3;
  const readings2 = [...readingsFor(value2, result), ...decimalReadings(claim3.terms, result)];
  if (readings2.length === 0) return unverifiable(`the expression gives a ${value2.dimension}, the result is a ${result.dimension}`);
  if (readings2.some((r) => agrees(result, r, false, context.policy))) return verified(at2, ...claim3.terms.flatMap((t) => t.kind === "number" ? [{ unit: at2.unit, start: t.quantity.start, end: t.quantity.end }] : []));
  const exact = evaluate(claim3.terms, true);
  const points = exact ? [...readingsFor(exact, result), ...decimalReadings(claim3.terms, result, true)] : [];
  const middles = (points.length === readings2.length ? points : readings2).map((r) => (r.low + r.high) / 2);
  const middle = middles.reduce((best, m) => Math.abs(m - result.value) < Math.abs(best - result.value) ? m : best);
  const shown = show3(middle, result);
  if (namesGridSize(claim3)) return unverifiable(`${claim3.expression} may be the size of a grid or table, and ${result.raw} a count of something in it`);
  const per = perThousands(claim3, result, middle);
  if (per) return unverifiable(`${result.raw} is ${claim3.expression} with ${per} counted in thousands: a price or rate per thousand, as prices per 1K are written`);
  return {
    status: "contradicted",
    message: `"${result.raw}" does not follow from ${claim3.expression}: that is ${shown}`,
    computed: shown,
    suggestion: result.dimension === "duration" && result.factor < 60 ? void 0 : replaceNumber(at2.unit.text, result, Number((middle / result.factor).toFixed(result.decimals)))
  };
}
function perThousands(claim3, result, value2) {
  const scaled = claim3.terms.filter((t) => t.kind === "number" && t.quantity.dimension === "count" && (t.quantity.factor === 1e3 || t.quantity.factor === 1e6));
  const [only] = scaled;
  if (scaled.length !== 1 || !only || result.dimension !== "money" || !claim3.terms.some((t) => t.kind === "number" && t.quantity.dimension === "money")) return null;
  const rescaled = value2 / only.quantity.factor;
  return Math.abs(rescaled - result.value) <= Math.max(Math.abs(result.value) * 0.05, 10 ** -(result.decimals + 1)) ? only.quantity.raw : null;
}
function asBytes(term) {
  if (term.kind !== "number" || term.quantity.dimension !== "count" || term.quantity.factor !== 1e9 || !/\dB$/.test(term.quantity.raw)) return term;
  const q = term.quantity;
  return { ...term, quantity: { ...q, dimension: "size", factor: 1, value: q.written, unitSymbol: "B" } };
}
function namesGridSize(claim3) {
  const [a, times, b, ...rest] = claim3.terms;
  if (rest.length > 0 || a?.kind !== "number" || times?.kind !== "operator" || times.op !== "*" || b?.kind !== "number") return false;
  const text3 = claim3.at.unit.text;
  const plain = (q) => q.dimension === "count" && q.factor === 1 && q.decimals === 0 && !q.sign;
  return plain(a.quantity) && plain(b.quantity) && /^[x\u00D7]$/.test(text3.slice(a.quantity.end, b.quantity.start)) && new RegExp("^\\s*\\p{L}", "u").test(text3.slice(claim3.result.end));
}
function readingsFor(value2, result) {
  if (value2.dimension === result.dimension) return [value2.interval];
  if (value2.dimension === "count" && result.dimension === "percent") {
    return [value2.interval, { low: value2.interval.low * 100, high: value2.interval.high * 100 }];
  }
  if (value2.dimension === "count" && result.dimension !== "count" && value2.bare) {
    const inUnits = UNIT_STEPS.flatMap((step) => [step, 1 / step]).map((step) => ({ low: value2.interval.low * result.factor * step, high: value2.interval.high * result.factor * step }));
    return result.dimension === "size" ? [...inUnits, value2.interval] : inUnits;
  }
  return [];
}
function decimalReadings(terms, result, exact = false) {
  const sized = result.dimension === "size" || terms.some((t) => t.kind === "number" && t.quantity.dimension === "size");
  const value2 = sized ? evaluate(terms, exact, true) : null;
  if (!value2) return [];
  const ratio = result.dimension === "size" ? decimalSizeRatio(result.unitSymbol) : 1;
  return readingsFor(value2, result).map((r) => ({ low: r.low / ratio, high: r.high / ratio }));
}
var UNIT_STEPS = [1, 1e3, 1024, 1e6, 1024 * 1024, 60, 3600, 24, 7];
function show3(value2, result) {
  if (result.dimension === "duration") return formatDuration(value2);
  const written = value2 / result.factor;
  const text3 = groupedLike(formatLike(written, result, 2), result.raw);
  if (result.dimension === "percent") return `${text3}%`;
  if (result.dimension === "money") {
    const before = result.raw.slice(0, result.digitsStart - result.start).replace(/[\s~\u2248+\-\u2212]/g, "");
    return `${before || result.unitSymbol || ""}${text3}${result.raw.slice(result.digitsEnd - result.start).trim()}`;
  }
  return `${text3}${result.unitSymbol ?? ""}`;
}
function numberValue(q, exact = false, decimalSizes = false) {
  const value2 = numberInterval(q, exact);
  const ratio = decimalSizes && q.dimension === "size" ? decimalSizeRatio(q.unitSymbol) : 1;
  return value2 && { ...value2, interval: { low: value2.interval.low * ratio, high: value2.interval.high * ratio } };
}
function numberInterval(q, exact) {
  const bare = q.dimension === "count";
  if (exact) return { interval: { low: Math.abs(q.value), high: Math.abs(q.value) }, dimension: q.dimension, bare };
  const magnitude2 = { ...q, written: Math.abs(q.written), sign: null };
  const interval = q.decimals === 0 && q.factor === 1 && q.dimension === "count" && !q.approx ? { low: magnitude2.written, high: magnitude2.written } : operandInterval(magnitude2);
  return interval ? { interval, dimension: q.dimension, bare } : null;
}
function combine(a, op, b) {
  const bare = a.bare && b.bare;
  if (op === "+" || op === "-") {
    if (a.dimension !== b.dimension) return null;
    return { dimension: a.dimension, bare, interval: op === "+" ? { low: a.interval.low + b.interval.low, high: a.interval.high + b.interval.high } : { low: a.interval.low - b.interval.high, high: a.interval.high - b.interval.low } };
  }
  if (op === "*") {
    if (a.dimension === "percent" && b.dimension !== "percent" || b.dimension === "percent" && a.dimension !== "percent") {
      const [share, amount] = a.dimension === "percent" ? [a, b] : [b, a];
      return { dimension: amount.dimension, bare: amount.bare, interval: { low: share.interval.low * amount.interval.low / 100, high: share.interval.high * amount.interval.high / 100 } };
    }
    if (a.dimension !== "count" && b.dimension !== "count") return null;
    const products = [a.interval.low * b.interval.low, a.interval.low * b.interval.high, a.interval.high * b.interval.low, a.interval.high * b.interval.high];
    return { dimension: a.dimension === "count" ? b.dimension : a.dimension, bare, interval: { low: Math.min(...products), high: Math.max(...products) } };
  }
  const quotient = div(a.interval, b.interval);
  if (!quotient) return null;
  if (b.dimension === "count") return { dimension: a.dimension, bare, interval: quotient };
  return a.dimension === b.dimension ? { dimension: "count", bare, interval: quotient } : null;
}
function evaluate(terms, exact = false, decimalSizes = false) {
  let position2 = 0;
  const peek = () => terms[position2];
  const level = (operators, next) => () => {
    let left = next();
    while (left && peek()?.kind === "operator" && operators.includes(peek().op)) {
      const op = terms[position2++].op;
      const right = next();
      left = right && combine(left, op, right);
    }
    return left;
  };
  const product = level(["*", "/"], () => factor());
  const expression = level(["+", "-"], product);
  const factor = () => {
    const term = terms[position2++];
    if (!term) return null;
    if (term.kind === "number") return numberValue(term.quantity, exact, decimalSizes);
    if (term.kind === "operator" && term.op === "-") {
      const inner = factor();
      return inner && { ...inner, interval: { low: -inner.interval.high, high: -inner.interval.low } };
    }
    if (term.kind === "open") {
      const inner = expression();
      if (terms[position2++]?.kind !== "close") return null;
      return inner;
    }
    return null;
  };
  const value2 = expression();
  return value2 && position2 === terms.length ? value2 : null;
}

// src/check/rules/rank-order.ts
var UNCOUNTABLE = /(?:^|\s)(?:accuracy|coverage|latency|throughput|memory|importance|efficiency|precision|recall|usage|performance|speed|uptime|availability|revenue|quality|size|overall|total|value)$/i;
function plainKey(key) {
  const label = key.replace(/\([^()]*\)/g, " ").replace(/\s+/g, " ").trim();
  return /^[A-Za-z][a-z]*(?: [A-Za-z][a-z]*)*$/.test(label) ? label.toLowerCase() : null;
}
function pluralOf(words3) {
  if (/(?:s|x|ch|sh)$/.test(words3)) return `${words3}es`;
  if (/[^aeiou]y$/.test(words3)) return `${words3.slice(0, -1)}ies`;
  return `${words3}s`;
}
function ranksFirst(key, direction) {
  const adjective = direction === 1 ? "higher" : "lower";
  const plain = plainKey(key);
  if (plain && !UNCOUNTABLE.test(plain)) return `${adjective} ${/s$/.test(plain) ? plain : pluralOf(plain)} rank first`;
  if (plain) return `${adjective} ${plain} ranks first`;
  return `a ${adjective} ${key} ranks first`;
}
function valuesOf(key) {
  const plain = plainKey(key);
  if (plain && !UNCOUNTABLE.test(plain)) return /s$/.test(plain) ? plain : pluralOf(plain);
  return `${plain ?? key} values`;
}
function compare(a, b, policy) {
  const x = statedInterval(a.value, false, policy);
  const y = statedInterval(b.value, false, policy);
  if (overlaps(x, y)) return 0;
  return x.low > y.high ? 1 : -1;
}
function byRank(entries) {
  const groups = [];
  for (const entry of entries) {
    const last = groups[groups.length - 1];
    if (last && last[0].rank === entry.rank) last.push(entry);
    else groups.push([entry]);
  }
  return groups;
}
var quoted = (e) => `"${e.name}" (${e.value.raw})`;
var rankOrder = defineRule({
  meta: {
    id: "rank-order",
    description: "A ranking must agree with the values it ranks: no worse value ranked above a better one, no shared rank over different values unless a tie is marked.",
    severity: "error",
    claims: ["rank-order"]
  },
  verify(claim3, context) {
    const groups = byRank(claim3.entries);
    const checked = claim3.entries.map((e) => e.place);
    const pairs = [];
    for (let g = 0; g + 1 < groups.length; g++) {
      for (const upper2 of groups[g]) {
        for (const lower2 of groups[g + 1]) {
          const order2 = compare(upper2, lower2, context.policy);
          if (order2 !== 0) pairs.push({ upper: upper2, lower: lower2, order: order2 });
        }
      }
    }
    const higherFirst = pairs.filter((p) => p.order === 1).length;
    const lowerFirst = pairs.length - higherFirst;
    if (higherFirst === 0 || lowerFirst === 0) {
      if (!claim3.tiesMarked) {
        for (const group of groups) {
          const other = group.find((e) => compare(group[0], e, context.policy) !== 0);
          if (other) {
            const first = group[0];
            return {
              status: "contradicted",
              at: other.place,
              related: [first.place],
              message: `${quoted(first)} and ${quoted(other)} are both ranked ${first.rank}, but their ${valuesOf(claim3.key)} differ and no tie is marked`
            };
          }
        }
      }
      return pairs.length > 0 ? verified(...checked) : unverifiable("the values may all be equal as written");
    }
    let direction = claim3.direction;
    let fromOthers = false;
    if (direction === 0) {
      if (Math.min(higherFirst, lowerFirst) !== 1 || Math.max(higherFirst, lowerFirst) < 2) return unverifiable("the ranking runs both ways and the text does not say which way is better");
      direction = higherFirst > lowerFirst ? 1 : -1;
      fromOthers = true;
    }
    const against = pairs.filter((p) => p.order !== direction);
    const agreeing = pairs.length - against.length;
    const breaksOnce = against.length === 1 && agreeing >= 1;
    if (!breaksOnce && !(claim3.named && agreeing >= against.length && agreeing >= 1)) {
      return unverifiable(`${against.length} of ${pairs.length} neighbouring pairs go against the ${claim3.key}: the ranking may follow something else`);
    }
    const { upper, lower } = against[0];
    const consecutive = lower.rank === upper.rank + 1;
    return {
      status: "contradicted",
      at: lower.place,
      related: [upper.place],
      message: `${quoted(lower)} is ranked ${lower.rank} below ${quoted(upper)}${consecutive ? "" : ` at ${upper.rank}`}, but ${ranksFirst(claim3.key, direction)}${fromOthers ? ", as in every other pair of neighbouring entries" : ""}`
    };
  }
});

// src/check/rules/index.ts
var RULES = [ratioPercent, changePercent, sumTotal, listCount, conflictingValues, thresholdStatus, derivedRate, timeArithmetic, impossibleValue, aggregate, metricMismatch, writtenArithmetic, rankOrder];

// src/config/glob-limit.ts
var MAX_GLOB_LENGTH = 64 * 1024;
var GLOB_TOO_LONG = `a glob may be at most ${groupInteger(MAX_GLOB_LENGTH)} characters long`;
function globTooLong(glob3) {
  return glob3.length > MAX_GLOB_LENGTH ? `${GLOB_TOO_LONG} (this one is ${groupInteger(glob3.length)})` : null;
}

// src/config/schema.ts
var RULE_IDS = RULES.map((r) => r.meta.id);
var SEVERITY_MESSAGE = 'expected "off" | "notice" | "warning" | "error"';
var SeverityOrOff = zod_parts_exports.enum(["off", "notice", "warning", "error"], SEVERITY_MESSAGE);
var nonEmpty = () => zod_parts_exports.string().check(zod_parts_exports.minLength(1));
var glob = () => zod_parts_exports.string().check(zod_parts_exports.minLength(1), zod_parts_exports.maxLength(MAX_GLOB_LENGTH, GLOB_TOO_LONG));
function buildSchemas() {
  const ruleObject = zod_parts_exports.strictObject({
    severity: zod_parts_exports.optional(SeverityOrOff),
    /** Labels this rule never reads (conflicting-values, metric-mismatch). */
    ignore: zod_parts_exports.optional(zod_parts_exports.array(nonEmpty()))
  });
  const ruleSetting = zod_parts_exports.union([SeverityOrOff, ruleObject]);
  const config2 = zod_parts_exports.strictObject({
    rules: zod_parts_exports.optional(zod_parts_exports.strictObject(Object.fromEntries(RULE_IDS.map((id) => [id, zod_parts_exports.optional(ruleSetting)])))),
    rounding: zod_parts_exports.optional(zod_parts_exports.enum(["half-up", "half-even", "truncate", "any"], 'expected "half-up" | "half-even" | "truncate" | "any"')),
    tolerance: zod_parts_exports.optional(zod_parts_exports.number("expected a number of percentage points (e.g. 0.5)").check(zod_parts_exports.minimum(0, "must not be negative"))),
    approximate: zod_parts_exports.optional(zod_parts_exports.number("expected a fraction such as 0.1 (10%)").check(zod_parts_exports.minimum(0, "must not be negative"), zod_parts_exports.maximum(1, "must be at most 1 (100%)"))),
    include: zod_parts_exports.optional(zod_parts_exports.array(glob(), "expected a list of globs")),
    exclude: zod_parts_exports.optional(zod_parts_exports.array(glob(), "expected a list of globs")),
    codeBlocks: zod_parts_exports.optional(zod_parts_exports.enum(["auto", "always", "never"], 'expected "auto" | "always" | "never"')),
    aliases: zod_parts_exports.optional(zod_parts_exports.record(nonEmpty(), zod_parts_exports.array(nonEmpty()), "expected a map of a metric name to a list of labels")),
    changeBase: zod_parts_exports.optional(zod_parts_exports.record(nonEmpty(), zod_parts_exports.enum(["higher", "lower"], 'expected "higher" (higher is better) | "lower" (lower is better)')))
  });
  return { config: config2, ruleObject };
}
var built;
var schemas = () => built ??= buildSchemas();
var configSchema = () => schemas().config;
var topLevelKeys = () => Object.keys(schemas().config.shape);
var ruleOptionKeys = () => Object.keys(schemas().ruleObject.shape);

// src/config/zod-issue.ts
function deepestIssue(issue2, input) {
  if (issue2.code !== "invalid_union") return issue2;
  if (typeof input === "string") {
    const stringBranch = issue2.errors.find((branch) => branch.every((inner) => inner.code !== "invalid_type" || inner.expected !== "object"));
    const first = stringBranch?.[0];
    if (first) return { ...first, path: [...issue2.path, ...first.path] };
  }
  let best = issue2;
  for (const branch of issue2.errors) {
    for (const inner of branch) {
      const candidate = deepestIssue({ ...inner, path: [...issue2.path, ...inner.path] });
      if (candidate.path.length > best.path.length) best = candidate;
    }
  }
  return best;
}

// src/config/parse-config.ts
init_source_map();

// src/config/yaml-limits.ts
init_yaml();
var MAX_YAML_NESTING = 100;
var MAX_YAML_ALIASES = 100;
var YamlLimitError = class extends Error {
  constructor(offset, message) {
    super(message);
    this.offset = offset;
  }
  offset;
};
function parseYaml(text3) {
  const deep = flowNestingOver(text3, MAX_YAML_NESTING);
  if (deep !== null) throw new YamlLimitError(deep, `[ ] and { } nested more than ${MAX_YAML_NESTING} levels deep (the limit is ${MAX_YAML_NESTING})`);
  const doc = parseDocument(text3, { prettyErrors: false });
  const overflow = doc.errors.find((e) => e.message.startsWith("Maximum call stack size exceeded"));
  if (overflow) throw new YamlLimitError(overflow.pos[0], `nested too deeply to parse (the limit is ${MAX_YAML_NESTING} levels of [ ] and { })`);
  return doc;
}
function yamlValue(doc, node2 = doc) {
  try {
    if (node2 === doc) return doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    return node2 && typeof node2 === "object" && "toJS" in node2 ? node2.toJS(doc, { maxAliasCount: MAX_YAML_ALIASES }) : node2;
  } catch (error2) {
    if (!(error2 instanceof ReferenceError) || !/alias/i.test(error2.message)) throw error2;
    throw new YamlLimitError(firstAlias(doc), `aliases expand more than ${MAX_YAML_ALIASES} times (an alias bomb; the limit is ${MAX_YAML_ALIASES})`);
  }
}
function firstAlias(doc) {
  let offset = null;
  visit(doc, {
    Alias(_, node2) {
      offset = node2.range?.[0] ?? null;
      return visit.BREAK;
    }
  });
  return offset;
}
function flowNestingOver(text3, limit) {
  let depth = 0;
  for (let i = 0; i < text3.length; i++) {
    const ch = text3[i];
    const before = i === 0 ? "\n" : text3[i - 1];
    if (ch === "[" || ch === "{") {
      if (++depth > limit) return i;
    } else if (ch === "]" || ch === "}") {
      if (depth > 0) depth--;
    } else if ((ch === '"' || ch === "'") && " 	\n\r:,[{-?".includes(before)) {
      i = closingQuote(text3, i);
    } else if (ch === "#" && " 	\n\r".includes(before)) {
      const end = text3.indexOf("\n", i);
      i = end < 0 ? text3.length : end;
    }
  }
  return null;
}
function closingQuote(text3, open2) {
  const quote = text3[open2];
  for (let i = open2 + 1; i < text3.length; i++) {
    if (quote === '"' && text3[i] === "\\") i++;
    else if (text3[i] === quote) return i;
  }
  return text3.length;
}

// src/config/parse-config.ts
var ConfigError = class extends Error {
};
function parseConfig(file, text3, baseLine = 0, key = []) {
  const place = (offset) => {
    const [line, column] = lineColumnOf(text3, offset).split(":").map(Number);
    return `${line + baseLine}:${column}`;
  };
  const refused = (error2) => {
    if (!(error2 instanceof YamlLimitError)) throw error2;
    throw new ConfigError(`${file}${error2.offset === null ? "" : `:${place(error2.offset)}`}: refused: ${error2.message}`);
  };
  let doc;
  let value2;
  try {
    doc = parseYaml(text3);
    const syntax = doc.errors[0];
    if (syntax) throw new ConfigError(`${file}:${place(syntax.pos[0])}: invalid YAML/JSON: ${syntax.message.split("\n")[0]}`);
    value2 = yamlValue(doc, key.length > 0 ? doc.getIn(key, true) : doc);
  } catch (error2) {
    return refused(error2);
  }
  const parsed = configSchema().safeParse(value2 ?? {});
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  const valueAt = (path2) => path2.reduce((v, k) => v && typeof v === "object" ? v[k] : void 0, value2);
  const input = valueAt(first.path);
  const issue2 = deepestIssue(first, input);
  const path = [...key, ...issue2.path.map(String)];
  const node2 = doc.getIn(path, true);
  const where = node2?.range ? place(node2.range[0]) : null;
  let message = issue2.message;
  const given = valueAt(issue2.path);
  if (issue2.code === "invalid_value" && typeof given === "string") message += didYouMean(given, issue2.values.map(String));
  if (issue2.code === "unrecognized_keys") {
    const keys = issue2.keys;
    const what = issue2.path.length === 0 ? "key" : issue2.path.length === 1 && issue2.path[0] === "rules" ? "rule" : "option";
    const allowed = what === "key" ? topLevelKeys() : what === "rule" ? RULE_IDS : ruleOptionKeys();
    message = `unknown ${what} ${keys.map((k) => `"${k}"`).join(", ")}${didYouMean(keys[0], allowed)}; expected one of ${allowed.join(", ")}`;
    const keyNode = doc.getIn([...path, keys[0]], true);
    const keyPlace = findKey(text3, keys[0]);
    return fail(`${file}:${keyPlace !== null ? place(keyPlace) : keyNode?.range ? place(keyNode.range[0]) : where ?? "1:1"}: ${path.length > 0 ? `${path.join(".")}: ` : ""}${message}`);
  }
  return fail(`${file}${where ? `:${where}` : ""}: ${path.join(".") || "(top level)"}: ${message}`);
}
function findKey(text3, key) {
  const match = new RegExp(`(^|[\\s{,"'])${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?\\s*:`, "m").exec(text3);
  return match ? match.index + match[1].length : null;
}
function fail(message) {
  throw new ConfigError(message);
}

// src/read/guarded-file.ts
var import_node_fs3 = require("node:fs");
var import_node_path3 = require("node:path");

// src/read/repository-root.ts
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");
function repositoryRoot(from) {
  for (let dir = (0, import_node_path2.resolve)(from); ; dir = (0, import_node_path2.dirname)(dir)) {
    if ((0, import_node_fs2.existsSync)((0, import_node_path2.join)(dir, ".git"))) return dir;
    if ((0, import_node_path2.dirname)(dir) === dir) return null;
  }
}

// src/read/guarded-file.ts
var MAX_CONFIG_BYTES = 1024 * 1024;
var MAX_METRICS_BYTES = 256 * 1024 * 1024;
var RefusedFile = class extends Error {
  constructor(file, reason) {
    super(`${file}: not read: ${reason}`);
    this.file = file;
    this.reason = reason;
  }
  file;
  reason;
};
var inside = (root, path) => {
  const rel = (0, import_node_path3.relative)(root, path);
  return rel === "" || !rel.startsWith("..") && !(0, import_node_path3.isAbsolute)(rel);
};
var megabytes = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
function workspaceRoot(cwd = process.cwd()) {
  return repositoryRoot(cwd) ?? (0, import_node_path3.resolve)(cwd);
}
function refusal(file, maxBytes, root = workspaceRoot()) {
  const link = (0, import_node_fs3.lstatSync)(file);
  const target = (0, import_node_fs3.realpathSync)(file);
  const lexical = (0, import_node_path3.resolve)(file);
  if (!inside((0, import_node_fs3.realpathSync)(root), target) && (link.isSymbolicLink() || inside((0, import_node_path3.resolve)(root), lexical))) return `a symbolic link to ${target}, outside the workspace (${root})`;
  const info = link.isSymbolicLink() ? (0, import_node_fs3.lstatSync)(target) : link;
  if (!info.isFile()) return "not a regular file (a directory, device, FIFO or socket)";
  if (info.size > maxBytes) return `${megabytes(info.size)} is over the ${megabytes(maxBytes)} limit`;
  return null;
}
function readGuardedFile(file, maxBytes, root = workspaceRoot()) {
  const why = refusal(file, maxBytes, root);
  if (why) throw new RefusedFile(file, why);
  const fd = (0, import_node_fs3.openSync)(file, import_node_fs3.constants.O_RDONLY | import_node_fs3.constants.O_NONBLOCK);
  try {
    const info = (0, import_node_fs3.fstatSync)(fd);
    if (!info.isFile()) throw new RefusedFile(file, "not a regular file (a directory, device, FIFO or socket)");
    const chunks = [];
    let length = 0;
    for (; ; ) {
      const chunk = Buffer.alloc(Math.min(64 * 1024, maxBytes + 1 - length));
      const n = (0, import_node_fs3.readSync)(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      length += n;
      if (length > maxBytes) throw new RefusedFile(file, `over the ${megabytes(maxBytes)} limit`);
    }
    return Buffer.concat(chunks, length);
  } finally {
    (0, import_node_fs3.closeSync)(fd);
  }
}

// src/read/files.ts
var import_node_crypto2 = require("node:crypto");
var import_promises2 = require("node:fs/promises");
var import_node_path5 = require("node:path");

// src/read/listing.ts
var import_node_fs4 = require("node:fs");
var import_promises = require("node:fs/promises");
var import_node_path4 = require("node:path");
var import_picomatch2 = __toESM(require_picomatch2(), 1);

// node_modules/tinyglobby/dist/index.mjs
var import_fs = require("fs");
var import_path2 = require("path");
var import_url = require("url");

// node_modules/tinyglobby/node_modules/fdir/dist/index.mjs
var import_path = require("path");
var nativeFs = __toESM(require("fs"), 1);
function cleanPath(path) {
  let normalized = (0, import_path.normalize)(path);
  if (normalized.length > 1 && normalized[normalized.length - 1] === import_path.sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
  return path.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
  return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
  if (resolvePaths) path = (0, import_path.resolve)(path);
  if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
  if (path === ".") return "";
  const needsSeperator = path[path.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes((0, import_path.relative)(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path = directoryPath || ".";
  if (filters.every((filter) => filter(path, true))) paths.push(path);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path, (error2, resolvedPath) => {
    if (error2) return queue.dequeue(suppressErrors ? null : error2, state);
    fs.stat(resolvedPath, (error$1, stat7) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat7.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat7, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path);
    const stat7 = fs.statSync(resolvedPath);
    if (stat7.isDirectory() && isRecursive(path, resolvedPath, state)) return;
    callback$1(stat7, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = (0, import_path.dirname)(path);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = (0, import_path.dirname)(parent);
  }
  state.symlinks.set(path, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error2, callback$1) => {
  report(error2, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error2, callback$1, output, suppressErrors) {
  if (error2 && !suppressErrors) callback$1(error2, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error2, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error2, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error2, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error2)) {
      this.onQueueEmpty(error2, output);
      if (error2) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error2, state) => this.callbackInvoker(state, error2, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path)) continue;
        this.pushDirectory(path, paths, filters);
        this.walkDirectory(this.state, path, path, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path, this.state, (stat7, resolvedPath) => {
          if (stat7.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path;
            const filename = (0, import_path.basename)(resolvedPath);
            const directoryPath$1 = normalizePath((0, import_path.dirname)(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: import_path.sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path) => isMatch(path));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch2(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers2 = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts2 = splitPattern(patterns[i]);
    patternsParts[i] = parts2;
    const partsCount = parts2.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts2[j], options);
    matchers2[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher2 = matchers2[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher2[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir ? result.slice(0, -1) : result;
    };
    return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => import_path2.posix.relative(cwd, p) || ".";
  return (p) => import_path2.posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = import_path2.posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path) {
  return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path) {
  var _result$parts;
  const result = import_picomatch.default.scan(path, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value2) {
  return typeof value2 === "string" ? [value2] : value2 !== null && value2 !== void 0 ? value2 : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = (0, import_path2.isAbsolute)(result.replace(ESCAPING_BACKSLASHES, "")) ? import_path2.posix.relative(escapedCwd, result) : import_path2.posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts2 = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts2[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts2[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = import_path2.posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts2);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts2.length);
    for (let i = 0; i < length; i++) {
      const part = parts2[i];
      if (part === "**" && !parts2[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts2.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? import_path2.posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher2 = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path = format(p, isDirectory);
      const matches = matcher2(path) && !ignore(path);
      if (matches) log(`matched ${path}`);
      return matches;
    } : (p, isDirectory) => {
      const path = format(p, isDirectory);
      return matcher2(path) && !ignore(path);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? (0, import_url.fileURLToPath)(opts.cwd) : (0, import_path2.resolve)(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || import_fs.readdir,
    readdirSync: opts.fs.readdirSync || import_fs.readdirSync,
    realpath: opts.fs.realpath || import_fs.realpath,
    realpathSync: opts.fs.realpathSync || import_fs.realpathSync,
    stat: opts.fs.stat || import_fs.stat,
    statSync: opts.fs.statSync || import_fs.statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob2(globInput, options) {
  const [crawler, relative8] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative8) : [];
}

// src/read/io-error.ts
function describeIoError(error2) {
  const code = error2.code;
  if (code === "ENOENT") return "no such file or directory";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory";
  return error2 instanceof Error ? error2.message : String(error2);
}

// src/read/listing.ts
var MARKDOWN_EXTENSIONS = /\.(?:md|markdown)$/i;
var IGNORED_DIRECTORIES = ["**/node_modules/**", "**/.git/**"];
async function listMatching(patterns, cwd, options = {}) {
  const listDirectory = options.listDirectory ?? import_node_fs4.readdir;
  const unreadable = [];
  const others = [];
  const recordingReaddir = (path, readOptions, callback2) => listDirectory(path, readOptions, (error2, entries) => {
    if (error2) unreadable.push({ directory: path, error: error2 });
    else for (const entry of entries) if (!entry.isFile() && !entry.isDirectory()) others.push((0, import_node_path4.join)(path, entry.name));
    callback2(error2, entries);
  });
  const root = (0, import_node_path4.resolve)(cwd);
  const list2 = Array.isArray(patterns) ? patterns : [patterns];
  for (const pattern of list2) {
    const why = globTooLong((0, import_node_path4.resolve)(root, pattern));
    if (why) throw new RangeError(`${why}, with the directory it is read from`);
  }
  const files = await glob2(patterns, {
    cwd,
    ignore: IGNORED_DIRECTORIES,
    dot: false,
    followSymbolicLinks: options.followLinks ?? false,
    fs: { readdir: recordingReaddir }
  });
  const found = new Set(files.map((f) => (0, import_node_path4.resolve)(root, f)));
  const matches = (0, import_picomatch2.default)(list2.map((p) => (0, import_node_path4.resolve)(root, p)), { dot: false });
  const ignored = (0, import_picomatch2.default)(IGNORED_DIRECTORIES, { dot: true });
  const skipped = [];
  for (const { directory, error: error2 } of unreadable) {
    skipped.push({ file: (0, import_node_path4.relative)(root, directory), notice: `skipped: a directory that could not be read (${describeIoError(error2)}); the files in it were not checked` });
  }
  for (const path of others) {
    if (found.has(path) || !MARKDOWN_EXTENSIONS.test(path) || !matches(path) || ignored(path)) continue;
    skipped.push({ file: (0, import_node_path4.relative)(root, path), notice: await whyNotChecked(path) });
  }
  skipped.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return { files, skipped };
}
async function whyNotChecked(path) {
  try {
    const own6 = await (0, import_promises.lstat)(path);
    if (own6.isFIFO()) return "skipped: a FIFO, not a regular file";
    if (own6.isCharacterDevice() || own6.isBlockDevice()) return "skipped: a device, not a regular file";
    if (own6.isSocket()) return "skipped: a socket, not a regular file";
    const target = await (0, import_promises.stat)(path).catch(() => null);
    if (!target) return "skipped: a broken symbolic link (its target does not exist)";
    if (!target.isFile()) return "skipped: a symbolic link to something that is not a regular file";
    return "skipped: a symbolic link; directory and glob expansion does not follow links (name the file to check it)";
  } catch (error2) {
    return `skipped: ${describeIoError(error2)}`;
  }
}

// src/read/files.ts
async function expandPaths(args, cwd = process.cwd()) {
  const files = /* @__PURE__ */ new Set();
  const explicit = /* @__PURE__ */ new Set();
  const errors = [];
  const skipped = [];
  for (const arg of args) {
    if (/[*?{[]/.test(arg) && !await exists(arg)) {
      let listing;
      try {
        listing = await listMatching(arg, cwd);
      } catch (error2) {
        errors.push({ file: arg.length > 80 ? `${arg.slice(0, 77)}...` : arg, message: error2 instanceof RangeError ? error2.message : describeIoError(error2) });
        continue;
      }
      const markdown = listing.files.filter((m) => MARKDOWN_EXTENSIONS.test(m));
      if (markdown.length === 0 && listing.skipped.length === 0) errors.push({ file: arg, message: "no Markdown files match this pattern" });
      for (const m of markdown) files.add(m);
      for (const entry of listing.skipped) skipped.push({ file: entry.file || ".", notice: entry.notice });
      continue;
    }
    try {
      const info = await (0, import_promises2.stat)(arg);
      if (info.isDirectory()) {
        let end = arg.length;
        while (end > 1 && (arg[end - 1] === "/" || arg[end - 1] === "\\")) end--;
        const prefix = arg.slice(0, end);
        const listing = await listMatching("**/*.{md,markdown,MD}", (0, import_node_path5.resolve)(cwd, arg));
        for (const m of listing.files) files.add(`${prefix}/${m}`);
        for (const entry of listing.skipped) skipped.push({ file: entry.file ? `${prefix}/${entry.file}` : prefix, notice: entry.notice });
      } else {
        files.add(arg);
        explicit.add(arg);
      }
    } catch (error2) {
      errors.push({ file: arg, message: describeIoError(error2) });
    }
  }
  return { files: [...files].sort(), explicit, errors, skipped };
}
var exists = (path) => (0, import_promises2.lstat)(path).then(
  () => true,
  () => false
);
var DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;
async function readReport(file, maxBytes = DEFAULT_MAX_FILE_BYTES, root = process.cwd()) {
  const link = await (0, import_promises2.lstat)(file);
  if (link.isSymbolicLink()) {
    const target = await (0, import_promises2.realpath)(file);
    const inside2 = (0, import_node_path5.relative)(await (0, import_promises2.realpath)(root), target);
    if (inside2.startsWith("..") || (0, import_node_path5.isAbsolute)(inside2)) return { skipped: `skipped: a symbolic link to ${target}, outside the working directory` };
  }
  const info = link.isSymbolicLink() ? await (0, import_promises2.stat)(file) : link;
  if (!info.isFile()) return { skipped: "skipped: not a regular file" };
  if (info.size > maxBytes) return { skipped: `skipped: ${(info.size / 1024 / 1024).toFixed(1)} MB is over the ${(maxBytes / 1024 / 1024).toFixed(1)} MB limit (--max-file-size)` };
  const bytes = await (0, import_promises2.readFile)(file);
  const digest = sha2562(bytes);
  const utf16 = decodeUtf16(bytes);
  if (utf16 !== null) return { text: utf16, digest };
  if (bytes.subarray(0, 8192).includes(0)) return { skipped: "skipped: looks like a binary file (it holds NUL bytes)" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), digest };
  } catch {
    return { text: new TextDecoder("utf-8").decode(bytes), digest, notice: "holds invalid UTF-8; the bad bytes were read as U+FFFD" };
  }
}
function decodeReport(bytes) {
  return decodeUtf16(bytes) ?? new TextDecoder("utf-8").decode(bytes);
}
function decodeUtf16(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 254 && bytes[1] === 255) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return null;
}
var sha2562 = (bytes) => (0, import_node_crypto2.createHash)("sha256").update(bytes).digest("hex");

// src/config/load.ts
var CONFIG_NAMES = [".recount.yml", ".recount.yaml", ".recount.json"];
function findConfigFile(directory) {
  const stop = repositoryRoot(directory);
  for (let dir = (0, import_node_path6.resolve)(directory); ; dir = (0, import_node_path6.dirname)(dir)) {
    for (const name of CONFIG_NAMES) {
      const candidate = (0, import_node_path6.join)(dir, name);
      if ((0, import_node_fs5.existsSync)(candidate)) return candidate;
    }
    if (dir === stop || (0, import_node_path6.dirname)(dir) === dir) return null;
  }
}
function readConfigFile(file) {
  let text3;
  try {
    text3 = readGuardedFile(file, MAX_CONFIG_BYTES).toString("utf8");
  } catch (error2) {
    if (error2 instanceof RefusedFile) throw new ConfigError(error2.message);
    throw new ConfigError(`${file}: ${error2.code === "ENOENT" ? "no such file" : describeIoError(error2)}`);
  }
  return parseConfig(file, text3);
}

// src/config/effective.ts
function defaultConfig(baseDir = ".") {
  return {
    source: null,
    severities: {},
    ignore: {},
    policy: DEFAULT_POLICY,
    codeBlocks: "auto",
    include: [],
    exclude: [],
    baseDir,
    aliases: {},
    changeBase: {},
    rounding: DEFAULT_POLICY.rounding,
    tolerance: DEFAULT_POLICY.tolerance,
    approximate: DEFAULT_POLICY.approximate
  };
}
function mergeConfig(base, file, source, baseDir) {
  const severities = { ...base.severities };
  const ignore = { ...base.ignore };
  for (const [rule, setting] of Object.entries(file.rules ?? {})) {
    if (setting === void 0) continue;
    if (typeof setting === "string") severities[rule] = setting;
    else {
      if (setting.severity) severities[rule] = setting.severity;
      if (setting.ignore) ignore[rule] = setting.ignore;
    }
  }
  const merged = {
    ...base,
    source: source ?? base.source,
    severities,
    ignore,
    codeBlocks: file.codeBlocks ?? base.codeBlocks,
    include: file.include ?? base.include,
    exclude: file.exclude ?? base.exclude,
    baseDir: file.include || file.exclude ? baseDir ?? base.baseDir : base.baseDir,
    aliases: { ...base.aliases, ...file.aliases ?? {} },
    changeBase: { ...base.changeBase, ...file.changeBase ?? {} },
    rounding: file.rounding ?? base.rounding,
    tolerance: file.tolerance ?? base.tolerance,
    approximate: file.approximate ?? base.approximate
  };
  return { ...merged, policy: toPolicy(merged) };
}
function toPolicy(config2) {
  const changeBase = new Map(Object.entries(config2.changeBase).map(([label, better]) => [normalizeLabel(label), better === "higher" ? 1 : -1]));
  const aliases = /* @__PURE__ */ new Map();
  for (const [name, labels] of Object.entries(config2.aliases)) for (const label of labels) aliases.set(normalizeLabel(label), normalizeLabel(name));
  return { rounding: config2.rounding, tolerance: config2.tolerance, approximate: config2.approximate, changeBase, aliases };
}

// src/config/snapshot.ts
var import_node_path7 = require("node:path");
var inRepository = (snapshot, path) => (0, import_node_path7.relative)(snapshot.root, (0, import_node_path7.resolve)(path)).split(import_node_path7.sep).join("/");
var snapshotName = (snapshot, path) => `${snapshot.commit}:${inRepository(snapshot, path)}`;
function findSnapshotConfig(snapshot, directory) {
  for (let dir = (0, import_node_path7.resolve)(directory); ; dir = (0, import_node_path7.dirname)(dir)) {
    for (const name of CONFIG_NAMES) {
      const path = inRepository(snapshot, (0, import_node_path7.join)(dir, name));
      if (path in snapshot.files || path in snapshot.refused) return (0, import_node_path7.join)(dir, name);
    }
    if (dir === (0, import_node_path7.resolve)(snapshot.root) || (0, import_node_path7.dirname)(dir) === dir) return null;
  }
}
function readSnapshotConfig(snapshot, path) {
  const key = inRepository(snapshot, path);
  const name = snapshotName(snapshot, path);
  if (snapshot.unreadable) throw new ConfigError(`${name}: not read: ${snapshot.unreadable}`);
  const refused = snapshot.refused[key];
  if (refused !== void 0) throw new ConfigError(`${name}: not read: ${refused}`);
  const text3 = snapshot.files[key];
  if (text3 === void 0) throw new ConfigError(`${name}: no such file in the base commit (set config-from: head to use the pull request's)`);
  return parseConfig(name, text3);
}

// src/config/resolve.ts
function defaultConfig2(baseDir = process.cwd()) {
  return defaultConfig(baseDir);
}
var matchers = /* @__PURE__ */ new Map();
function matcher(patterns) {
  const key = JSON.stringify(patterns);
  let match = matchers.get(key);
  if (!match) matchers.set(key, match = (0, import_picomatch3.default)([...patterns], { dot: true }));
  return match;
}
function isIncluded(config2, file) {
  const path = (0, import_node_path8.relative)(config2.baseDir, (0, import_node_path8.resolve)(file)).split("\\").join("/");
  if (config2.include.length > 0 && !matcher(config2.include)(path)) return false;
  return !(config2.exclude.length > 0 && matcher(config2.exclude)(path));
}
var ConfigResolver = class {
  constructor(explicitPath, snapshot) {
    this.snapshot = snapshot;
    this.explicit = explicitPath ? this.load(explicitPath) : null;
  }
  snapshot;
  byDirectory = /* @__PURE__ */ new Map();
  explicit;
  forFile(file) {
    if (this.explicit) return this.explicit;
    const directory = (0, import_node_path8.dirname)((0, import_node_path8.resolve)(file));
    let config2 = this.byDirectory.get(directory);
    if (!config2) {
      const absolute = this.snapshot ? findSnapshotConfig(this.snapshot, directory) : findConfigFile(directory);
      const found = absolute && (absolute.startsWith(process.cwd()) ? (0, import_node_path8.relative)(process.cwd(), absolute) : absolute);
      config2 = found ? this.load(found) : defaultConfig2();
      this.byDirectory.set(directory, config2);
    }
    return config2;
  }
  load(path) {
    const baseDir = (0, import_node_path8.dirname)((0, import_node_path8.resolve)(path));
    if (this.snapshot) return mergeConfig(defaultConfig2(baseDir), readSnapshotConfig(this.snapshot, path), snapshotName(this.snapshot, path), baseDir);
    return mergeConfig(defaultConfig2(baseDir), readConfigFile(path), path, baseDir);
  }
};

// src/config/rule-overrides.ts
var SEVERITIES = ["off", "notice", "warning", "error"];
function parseRuleArguments(args) {
  const severities = {};
  for (const arg of args) {
    const at2 = [arg.indexOf("="), arg.indexOf(":")].filter((i) => i > 0).sort((a, b) => a - b)[0];
    if (at2 === void 0) return `--rule takes id=severity, such as sum-total=warning, not "${arg}"`;
    const id = arg.slice(0, at2).trim();
    const severity = arg.slice(at2 + 1).trim();
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
    let config2 = this.overridden.get(base);
    if (!config2) {
      config2 = mergeConfig(base, { rules: this.severities }, null);
      this.overridden.set(base, config2);
    }
    return config2;
  }
};
function configResolver(explicitPath, severities, snapshot) {
  return severities && Object.keys(severities).length > 0 ? new RuleOverridingResolver(explicitPath, severities, snapshot) : new ConfigResolver(explicitPath, snapshot);
}

// src/cli-options.ts
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
function defaultCacheLocation(exists2) {
  return exists2("node_modules") ? "node_modules/.cache/recount/cache.json" : ".recountcache";
}
function parseError(error2) {
  const message = error2 instanceof Error ? error2.message : String(error2);
  const code = error2.code;
  const named = /'(-[^' ]*)/.exec(message)?.[1];
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && named) return `unknown option ${named}${didYouMean(named, OPTION_NAMES, "")}`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && named) {
    return message.includes("argument missing") ? `${named} needs a value` : `${named} takes no value`;
  }
  return message.split("\n")[0];
}
function parseCommand(argv, isTTY, env = process.env, exists2 = () => false) {
  if (argv[0] === "merge") {
    const files = argv.slice(1);
    if (files.length === 0 || files.some((f) => f.startsWith("-"))) return { kind: "usage-error", message: "merge: give the JSON or SARIF files of the shards (recount merge a.json b.json)" };
    return { kind: "merge", files };
  }
  let parsed;
  try {
    parsed = (0, import_node_util.parseArgs)({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error2) {
    return { kind: "usage-error", message: parseError(error2) };
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
    cacheLocation: values.cache ? values["cache-location"] ?? defaultCacheLocation(exists2) : void 0
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

// src/cli-usage.ts
init_model();

// src/version.ts
var VERSION = "0.1.0";

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

// src/report/log-safe.ts
var CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;
function escapeControl(ch) {
  if (ch === "\n") return "\\n";
  if (ch === "\r") return "\\r";
  const code = ch.charCodeAt(0);
  return code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16)}`;
}
function printable(text3) {
  return text3.replace(CONTROL, escapeControl);
}
function logSafe(text3) {
  return printable(text3).replace(/::/g, ":\\:").replace(/##\[/g, "##\\[");
}
function jsonLogSafe(json) {
  return json.replace(/::/g, ":\\u003a").replace(/##\[/g, "#\\u0023[").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

// src/cli-commands.ts
var import_node_fs13 = require("node:fs");
var import_promises8 = require("node:stream/promises");
init_file_results();

// src/parallel.ts
var import_node_os2 = require("node:os");
var import_promises5 = require("node:fs/promises");
var import_node_url3 = require("node:url");

// node_modules/mdast-util-to-string/lib/index.js
var emptyOptions = {};
function toString(value2, options) {
  const settings = options || emptyOptions;
  const includeImageAlt = typeof settings.includeImageAlt === "boolean" ? settings.includeImageAlt : true;
  const includeHtml = typeof settings.includeHtml === "boolean" ? settings.includeHtml : true;
  return one(value2, includeImageAlt, includeHtml);
}
function one(value2, includeImageAlt, includeHtml) {
  if (node(value2)) {
    if ("value" in value2) {
      return value2.type === "html" && !includeHtml ? "" : value2.value;
    }
    if (includeImageAlt && "alt" in value2 && value2.alt) {
      return value2.alt;
    }
    if ("children" in value2) {
      return all(value2.children, includeImageAlt, includeHtml);
    }
  }
  if (Array.isArray(value2)) {
    return all(value2, includeImageAlt, includeHtml);
  }
  return "";
}
function all(values, includeImageAlt, includeHtml) {
  const result = [];
  let index2 = -1;
  while (++index2 < values.length) {
    result[index2] = one(values[index2], includeImageAlt, includeHtml);
  }
  return result.join("");
}
function node(value2) {
  return Boolean(value2 && typeof value2 === "object");
}

// node_modules/bail/index.js
function bail(error2) {
  if (error2) {
    throw error2;
  }
}

// node_modules/unified/lib/index.js
var import_extend = __toESM(require_extend(), 1);

// node_modules/devlop/lib/default.js
function ok() {
}

// node_modules/is-plain-obj/index.js
function isPlainObject2(value2) {
  if (typeof value2 !== "object" || value2 === null) {
    return false;
  }
  const prototype = Object.getPrototypeOf(value2);
  return (prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null) && !(Symbol.toStringTag in value2) && !(Symbol.iterator in value2);
}

// node_modules/trough/lib/index.js
function trough() {
  const fns = [];
  const pipeline = { run, use };
  return pipeline;
  function run(...values) {
    let middlewareIndex = -1;
    const callback2 = values.pop();
    if (typeof callback2 !== "function") {
      throw new TypeError("Expected function as last argument, not " + callback2);
    }
    next(null, ...values);
    function next(error2, ...output) {
      const fn = fns[++middlewareIndex];
      let index2 = -1;
      if (error2) {
        callback2(error2);
        return;
      }
      while (++index2 < values.length) {
        if (output[index2] === null || output[index2] === void 0) {
          output[index2] = values[index2];
        }
      }
      values = output;
      if (fn) {
        wrap(fn, next)(...output);
      } else {
        callback2(null, ...output);
      }
    }
  }
  function use(middelware) {
    if (typeof middelware !== "function") {
      throw new TypeError(
        "Expected `middelware` to be a function, not " + middelware
      );
    }
    fns.push(middelware);
    return pipeline;
  }
}
function wrap(middleware, callback2) {
  let called;
  return wrapped;
  function wrapped(...parameters) {
    const fnExpectsCallback = middleware.length > parameters.length;
    let result;
    if (fnExpectsCallback) {
      parameters.push(done);
    }
    try {
      result = middleware.apply(this, parameters);
    } catch (error2) {
      const exception = (
        /** @type {Error} */
        error2
      );
      if (fnExpectsCallback && called) {
        throw exception;
      }
      return done(exception);
    }
    if (!fnExpectsCallback) {
      if (result && result.then && typeof result.then === "function") {
        result.then(then, done);
      } else if (result instanceof Error) {
        done(result);
      } else {
        then(result);
      }
    }
  }
  function done(error2, ...output) {
    if (!called) {
      called = true;
      callback2(error2, ...output);
    }
  }
  function then(value2) {
    done(null, value2);
  }
}

// node_modules/unist-util-stringify-position/lib/index.js
function stringifyPosition(value2) {
  if (!value2 || typeof value2 !== "object") {
    return "";
  }
  if ("position" in value2 || "type" in value2) {
    return position(value2.position);
  }
  if ("start" in value2 || "end" in value2) {
    return position(value2);
  }
  if ("line" in value2 || "column" in value2) {
    return point(value2);
  }
  return "";
}
function point(point3) {
  return index(point3 && point3.line) + ":" + index(point3 && point3.column);
}
function position(pos) {
  return point(pos && pos.start) + "-" + point(pos && pos.end);
}
function index(value2) {
  return value2 && typeof value2 === "number" ? value2 : 1;
}

// node_modules/vfile-message/lib/index.js
var VFileMessage = class extends Error {
  /**
   * Create a message for `reason`.
   *
   * > \uD83E\uDEA6 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Options | null | undefined} [options]
   *   Configuration (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | null | undefined} parent
   *   Node or node-like, used for `ancestors` and `place`.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {Point | Position | null | undefined} place
   *   Place of message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {string} reason
   *   Reason for message, should use markdown.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {Node | NodeLike | null | undefined} parent
   *   Node or node-like, used for `ancestors` and `place`.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {Point | Position | null | undefined} place
   *   Place of message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @overload
   * @param {Error | VFileMessage} cause
   *   Original error cause of the message.
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (optional).
   * @returns
   *   Instance of `VFileMessage`.
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | Options | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns
   *   Instance of `VFileMessage`.
   */
  // eslint-disable-next-line complexity
  constructor(causeOrReason, optionsOrParentOrPlace, origin) {
    super();
    if (typeof optionsOrParentOrPlace === "string") {
      origin = optionsOrParentOrPlace;
      optionsOrParentOrPlace = void 0;
    }
    let reason = "";
    let options = {};
    let legacyCause = false;
    if (optionsOrParentOrPlace) {
      if ("line" in optionsOrParentOrPlace && "column" in optionsOrParentOrPlace) {
        options = { place: optionsOrParentOrPlace };
      } else if ("start" in optionsOrParentOrPlace && "end" in optionsOrParentOrPlace) {
        options = { place: optionsOrParentOrPlace };
      } else if ("type" in optionsOrParentOrPlace) {
        options = {
          ancestors: [optionsOrParentOrPlace],
          place: optionsOrParentOrPlace.position
        };
      } else {
        options = { ...optionsOrParentOrPlace };
      }
    }
    if (typeof causeOrReason === "string") {
      reason = causeOrReason;
    } else if (!options.cause && causeOrReason) {
      legacyCause = true;
      reason = causeOrReason.message;
      options.cause = causeOrReason;
    }
    if (!options.ruleId && !options.source && typeof origin === "string") {
      const index2 = origin.indexOf(":");
      if (index2 === -1) {
        options.ruleId = origin;
      } else {
        options.source = origin.slice(0, index2);
        options.ruleId = origin.slice(index2 + 1);
      }
    }
    if (!options.place && options.ancestors) {
      const parent = options.ancestors[options.ancestors.length - 1];
      if (parent) {
        options.place = parent.position;
      }
    }
    const start = options.place && "start" in options.place ? options.place.start : options.place;
    this.ancestors = options.ancestors || void 0;
    this.cause = options.cause || void 0;
    this.column = start ? start.column : void 0;
    this.fatal = void 0;
    this.file = "";
    this.message = reason;
    this.line = start ? start.line : void 0;
    this.name = stringifyPosition(options.place) || "1:1";
    this.place = options.place || void 0;
    this.reason = this.message;
    this.ruleId = options.ruleId || void 0;
    this.source = options.source || void 0;
    this.stack = legacyCause && options.cause && typeof options.cause.stack === "string" ? options.cause.stack : "";
    this.actual = void 0;
    this.expected = void 0;
    this.note = void 0;
    this.url = void 0;
  }
};
Object.defineProperties(VFileMessage.prototype, {
  file: { configurable: true, enumerable: true, value: "", writable: true },
  name: { configurable: true, enumerable: true, value: "", writable: true },
  reason: { configurable: true, enumerable: true, value: "", writable: true },
  message: { configurable: true, enumerable: true, value: "", writable: true },
  stack: { configurable: true, enumerable: true, value: "", writable: true },
  column: { configurable: true, enumerable: true, writable: true },
  line: { configurable: true, enumerable: true, writable: true },
  ancestors: { configurable: true, enumerable: true, writable: true },
  cause: { configurable: true, enumerable: true, writable: true },
  fatal: { configurable: true, enumerable: true, writable: true },
  place: { configurable: true, enumerable: true, writable: true },
  ruleId: { configurable: true, enumerable: true, writable: true },
  source: { configurable: true, enumerable: true, writable: true }
});

// node_modules/vfile/lib/minpath.js
var import_node_path9 = __toESM(require("node:path"), 1);

// node_modules/vfile/lib/minproc.js
var import_node_process = __toESM(require("node:process"), 1);

// node_modules/vfile/lib/minurl.js
var import_node_url2 = require("node:url");

// node_modules/vfile/lib/minurl.shared.js
function isUrl(fileUrlOrPath) {
  return Boolean(
    fileUrlOrPath !== null && typeof fileUrlOrPath === "object" && "href" in fileUrlOrPath && fileUrlOrPath.href && "protocol" in fileUrlOrPath && fileUrlOrPath.protocol && // @ts-expect-error: indexing is fine.
    fileUrlOrPath.auth === void 0
  );
}

// node_modules/vfile/lib/index.js
var order = (
  /** @type {const} */
  [
    "history",
    "path",
    "basename",
    "stem",
    "extname",
    "dirname"
  ]
);
var VFile = class {
  /**
   * Create a new virtual file.
   *
   * `options` is treated as:
   *
   * *   `string` or `Uint8Array` \u2014 `{value: options}`
   * *   `URL` \u2014 `{path: options}`
   * *   `VFile` \u2014 shallow copies its data over to the new file
   * *   `object` \u2014 all fields are shallow copied over to the new file
   *
   * Path related fields are set in the following order (least specific to
   * most specific): `history`, `path`, `basename`, `stem`, `extname`,
   * `dirname`.
   *
   * You cannot set `dirname` or `extname` without setting either `history`,
   * `path`, `basename`, or `stem` too.
   *
   * @param {Compatible | null | undefined} [value]
   *   File value.
   * @returns
   *   New instance.
   */
  constructor(value2) {
    let options;
    if (!value2) {
      options = {};
    } else if (isUrl(value2)) {
      options = { path: value2 };
    } else if (typeof value2 === "string" || isUint8Array(value2)) {
      options = { value: value2 };
    } else {
      options = value2;
    }
    this.cwd = "cwd" in options ? "" : import_node_process.default.cwd();
    this.data = {};
    this.history = [];
    this.messages = [];
    this.value;
    this.map;
    this.result;
    this.stored;
    let index2 = -1;
    while (++index2 < order.length) {
      const field2 = order[index2];
      if (field2 in options && options[field2] !== void 0 && options[field2] !== null) {
        this[field2] = field2 === "history" ? [...options[field2]] : options[field2];
      }
    }
    let field;
    for (field in options) {
      if (!order.includes(field)) {
        this[field] = options[field];
      }
    }
  }
  /**
   * Get the basename (including extname) (example: `'index.min.js'`).
   *
   * @returns {string | undefined}
   *   Basename.
   */
  get basename() {
    return typeof this.path === "string" ? import_node_path9.default.basename(this.path) : void 0;
  }
  /**
   * Set basename (including extname) (`'index.min.js'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be nullified (use `file.path = file.dirname` instead).
   *
   * @param {string} basename
   *   Basename.
   * @returns {undefined}
   *   Nothing.
   */
  set basename(basename2) {
    assertNonEmpty(basename2, "basename");
    assertPart(basename2, "basename");
    this.path = import_node_path9.default.join(this.dirname || "", basename2);
  }
  /**
   * Get the parent path (example: `'~'`).
   *
   * @returns {string | undefined}
   *   Dirname.
   */
  get dirname() {
    return typeof this.path === "string" ? import_node_path9.default.dirname(this.path) : void 0;
  }
  /**
   * Set the parent path (example: `'~'`).
   *
   * Cannot be set if there\u2019s no `path` yet.
   *
   * @param {string | undefined} dirname
   *   Dirname.
   * @returns {undefined}
   *   Nothing.
   */
  set dirname(dirname8) {
    assertPath(this.basename, "dirname");
    this.path = import_node_path9.default.join(dirname8 || "", this.basename);
  }
  /**
   * Get the extname (including dot) (example: `'.js'`).
   *
   * @returns {string | undefined}
   *   Extname.
   */
  get extname() {
    return typeof this.path === "string" ? import_node_path9.default.extname(this.path) : void 0;
  }
  /**
   * Set the extname (including dot) (example: `'.js'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be set if there\u2019s no `path` yet.
   *
   * @param {string | undefined} extname
   *   Extname.
   * @returns {undefined}
   *   Nothing.
   */
  set extname(extname) {
    assertPart(extname, "extname");
    assertPath(this.dirname, "extname");
    if (extname) {
      if (extname.codePointAt(0) !== 46) {
        throw new Error("`extname` must start with `.`");
      }
      if (extname.includes(".", 1)) {
        throw new Error("`extname` cannot contain multiple dots");
      }
    }
    this.path = import_node_path9.default.join(this.dirname, this.stem + (extname || ""));
  }
  /**
   * Get the full path (example: `'~/index.min.js'`).
   *
   * @returns {string}
   *   Path.
   */
  get path() {
    return this.history[this.history.length - 1];
  }
  /**
   * Set the full path (example: `'~/index.min.js'`).
   *
   * Cannot be nullified.
   * You can set a file URL (a `URL` object with a `file:` protocol) which will
   * be turned into a path with `url.fileURLToPath`.
   *
   * @param {URL | string} path
   *   Path.
   * @returns {undefined}
   *   Nothing.
   */
  set path(path) {
    if (isUrl(path)) {
      path = (0, import_node_url2.fileURLToPath)(path);
    }
    assertNonEmpty(path, "path");
    if (this.path !== path) {
      this.history.push(path);
    }
  }
  /**
   * Get the stem (basename w/o extname) (example: `'index.min'`).
   *
   * @returns {string | undefined}
   *   Stem.
   */
  get stem() {
    return typeof this.path === "string" ? import_node_path9.default.basename(this.path, this.extname) : void 0;
  }
  /**
   * Set the stem (basename w/o extname) (example: `'index.min'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be nullified (use `file.path = file.dirname` instead).
   *
   * @param {string} stem
   *   Stem.
   * @returns {undefined}
   *   Nothing.
   */
  set stem(stem) {
    assertNonEmpty(stem, "stem");
    assertPart(stem, "stem");
    this.path = import_node_path9.default.join(this.dirname || "", stem + (this.extname || ""));
  }
  // Normal prototypal methods.
  /**
   * Create a fatal message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `true` (error; file not usable)
   * and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > \uD83E\uDEA6 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {never}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {never}
   *   Never.
   * @throws {VFileMessage}
   *   Message.
   */
  fail(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = this.message(causeOrReason, optionsOrParentOrPlace, origin);
    message.fatal = true;
    throw message;
  }
  /**
   * Create an info message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `undefined` (info; change
   * likely not needed) and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > \uD83E\uDEA6 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {VFileMessage}
   *   Message.
   */
  info(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = this.message(causeOrReason, optionsOrParentOrPlace, origin);
    message.fatal = void 0;
    return message;
  }
  /**
   * Create a message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `false` (warning; change may be
   * needed) and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > \uD83E\uDEA6 **Note**: also has obsolete signatures.
   *
   * @overload
   * @param {string} reason
   * @param {MessageOptions | null | undefined} [options]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {string} reason
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Node | NodeLike | null | undefined} parent
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {Point | Position | null | undefined} place
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @overload
   * @param {Error | VFileMessage} cause
   * @param {string | null | undefined} [origin]
   * @returns {VFileMessage}
   *
   * @param {Error | VFileMessage | string} causeOrReason
   *   Reason for message, should use markdown.
   * @param {Node | NodeLike | MessageOptions | Point | Position | string | null | undefined} [optionsOrParentOrPlace]
   *   Configuration (optional).
   * @param {string | null | undefined} [origin]
   *   Place in code where the message originates (example:
   *   `'my-package:my-rule'` or `'my-rule'`).
   * @returns {VFileMessage}
   *   Message.
   */
  message(causeOrReason, optionsOrParentOrPlace, origin) {
    const message = new VFileMessage(
      // @ts-expect-error: the overloads are fine.
      causeOrReason,
      optionsOrParentOrPlace,
      origin
    );
    if (this.path) {
      message.name = this.path + ":" + message.name;
      message.file = this.path;
    }
    message.fatal = false;
    this.messages.push(message);
    return message;
  }
  /**
   * Serialize the file.
   *
   * > **Note**: which encodings are supported depends on the engine.
   * > For info on Node.js, see:
   * > <https://nodejs.org/api/util.html#whatwg-supported-encodings>.
   *
   * @param {string | null | undefined} [encoding='utf8']
   *   Character encoding to understand `value` as when it\u2019s a `Uint8Array`
   *   (default: `'utf-8'`).
   * @returns {string}
   *   Serialized file.
   */
  toString(encoding) {
    if (this.value === void 0) {
      return "";
    }
    if (typeof this.value === "string") {
      return this.value;
    }
    const decoder = new TextDecoder(encoding || void 0);
    return decoder.decode(this.value);
  }
};
function assertPart(part, name) {
  if (part && part.includes(import_node_path9.default.sep)) {
    throw new Error(
      "`" + name + "` cannot be a path: did not expect `" + import_node_path9.default.sep + "`"
    );
  }
}
function assertNonEmpty(part, name) {
  if (!part) {
    throw new Error("`" + name + "` cannot be empty");
  }
}
function assertPath(path, name) {
  if (!path) {
    throw new Error("Setting `" + name + "` requires `path` to be set too");
  }
}
function isUint8Array(value2) {
  return Boolean(
    value2 && typeof value2 === "object" && "byteLength" in value2 && "byteOffset" in value2
  );
}

// node_modules/unified/lib/callable-instance.js
var CallableInstance = (
  /**
   * @type {new <Parameters extends Array<unknown>, Result>(property: string | symbol) => (...parameters: Parameters) => Result}
   */
  /** @type {unknown} */
  /**
   * @this {Function}
   * @param {string | symbol} property
   * @returns {(...parameters: Array<unknown>) => unknown}
   */
  (function(property) {
    const self = this;
    const constr = self.constructor;
    const proto = (
      /** @type {Record<string | symbol, Function>} */
      // Prototypes do exist.
      // type-coverage:ignore-next-line
      constr.prototype
    );
    const value2 = proto[property];
    const apply = function() {
      return value2.apply(apply, arguments);
    };
    Object.setPrototypeOf(apply, proto);
    return apply;
  })
);

// node_modules/unified/lib/index.js
var own2 = {}.hasOwnProperty;
var Processor = class _Processor extends CallableInstance {
  /**
   * Create a processor.
   */
  constructor() {
    super("copy");
    this.Compiler = void 0;
    this.Parser = void 0;
    this.attachers = [];
    this.compiler = void 0;
    this.freezeIndex = -1;
    this.frozen = void 0;
    this.namespace = {};
    this.parser = void 0;
    this.transformers = trough();
  }
  /**
   * Copy a processor.
   *
   * @deprecated
   *   This is a private internal method and should not be used.
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   New *unfrozen* processor ({@linkcode Processor}) that is
   *   configured to work the same as its ancestor.
   *   When the descendant processor is configured in the future it does not
   *   affect the ancestral processor.
   */
  copy() {
    const destination = (
      /** @type {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>} */
      new _Processor()
    );
    let index2 = -1;
    while (++index2 < this.attachers.length) {
      const attacher = this.attachers[index2];
      destination.use(...attacher);
    }
    destination.data((0, import_extend.default)(true, {}, this.namespace));
    return destination;
  }
  /**
   * Configure the processor with info available to all plugins.
   * Information is stored in an object.
   *
   * Typically, options can be given to a specific plugin, but sometimes it
   * makes sense to have information shared with several plugins.
   * For example, a list of HTML elements that are self-closing, which is
   * needed during all phases.
   *
   * > **Note**: setting information cannot occur on *frozen* processors.
   * > Call the processor first to create a new unfrozen processor.
   *
   * > **Note**: to register custom data in TypeScript, augment the
   * > {@linkcode Data} interface.
   *
   * @example
   *   This example show how to get and set info:
   *
   *   ```js
   *   import {unified} from 'unified'
   *
   *   const processor = unified().data('alpha', 'bravo')
   *
   *   processor.data('alpha') // => 'bravo'
   *
   *   processor.data() // => {alpha: 'bravo'}
   *
   *   processor.data({charlie: 'delta'})
   *
   *   processor.data() // => {charlie: 'delta'}
   *   ```
   *
   * @template {keyof Data} Key
   *
   * @overload
   * @returns {Data}
   *
   * @overload
   * @param {Data} dataset
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {Key} key
   * @returns {Data[Key]}
   *
   * @overload
   * @param {Key} key
   * @param {Data[Key]} value
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @param {Data | Key} [key]
   *   Key to get or set, or entire dataset to set, or nothing to get the
   *   entire dataset (optional).
   * @param {Data[Key]} [value]
   *   Value to set (optional).
   * @returns {unknown}
   *   The current processor when setting, the value at `key` when getting, or
   *   the entire dataset when getting without key.
   */
  data(key, value2) {
    if (typeof key === "string") {
      if (arguments.length === 2) {
        assertUnfrozen("data", this.frozen);
        this.namespace[key] = value2;
        return this;
      }
      return own2.call(this.namespace, key) && this.namespace[key] || void 0;
    }
    if (key) {
      assertUnfrozen("data", this.frozen);
      this.namespace = key;
      return this;
    }
    return this.namespace;
  }
  /**
   * Freeze a processor.
   *
   * Frozen processors are meant to be extended and not to be configured
   * directly.
   *
   * When a processor is frozen it cannot be unfrozen.
   * New processors working the same way can be created by calling the
   * processor.
   *
   * It\u2019s possible to freeze processors explicitly by calling `.freeze()`.
   * Processors freeze automatically when `.parse()`, `.run()`, `.runSync()`,
   * `.stringify()`, `.process()`, or `.processSync()` are called.
   *
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   The current processor.
   */
  freeze() {
    if (this.frozen) {
      return this;
    }
    const self = (
      /** @type {Processor} */
      /** @type {unknown} */
      this
    );
    while (++this.freezeIndex < this.attachers.length) {
      const [attacher, ...options] = this.attachers[this.freezeIndex];
      if (options[0] === false) {
        continue;
      }
      if (options[0] === true) {
        options[0] = void 0;
      }
      const transformer = attacher.call(self, ...options);
      if (typeof transformer === "function") {
        this.transformers.use(transformer);
      }
    }
    this.frozen = true;
    this.freezeIndex = Number.POSITIVE_INFINITY;
    return this;
  }
  /**
   * Parse text to a syntax tree.
   *
   * > **Note**: `parse` freezes the processor if not already *frozen*.
   *
   * > **Note**: `parse` performs the parse phase, not the run phase or other
   * > phases.
   *
   * @param {Compatible | undefined} [file]
   *   file to parse (optional); typically `string` or `VFile`; any value
   *   accepted as `x` in `new VFile(x)`.
   * @returns {ParseTree extends undefined ? Node : ParseTree}
   *   Syntax tree representing `file`.
   */
  parse(file) {
    this.freeze();
    const realFile = vfile(file);
    const parser = this.parser || this.Parser;
    assertParser("parse", parser);
    return parser(String(realFile), realFile);
  }
  /**
   * Process the given file as configured on the processor.
   *
   * > **Note**: `process` freezes the processor if not already *frozen*.
   *
   * > **Note**: `process` performs the parse, run, and stringify phases.
   *
   * @overload
   * @param {Compatible | undefined} file
   * @param {ProcessCallback<VFileWithOutput<CompileResult>>} done
   * @returns {undefined}
   *
   * @overload
   * @param {Compatible | undefined} [file]
   * @returns {Promise<VFileWithOutput<CompileResult>>}
   *
   * @param {Compatible | undefined} [file]
   *   File (optional); typically `string` or `VFile`]; any value accepted as
   *   `x` in `new VFile(x)`.
   * @param {ProcessCallback<VFileWithOutput<CompileResult>> | undefined} [done]
   *   Callback (optional).
   * @returns {Promise<VFile> | undefined}
   *   Nothing if `done` is given.
   *   Otherwise a promise, rejected with a fatal error or resolved with the
   *   processed file.
   *
   *   The parsed, transformed, and compiled value is available at
   *   `file.value` (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most
   *   > compilers return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you\u2019re using a compiler that doesn\u2019t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  process(file, done) {
    const self = this;
    this.freeze();
    assertParser("process", this.parser || this.Parser);
    assertCompiler("process", this.compiler || this.Compiler);
    return done ? executor(void 0, done) : new Promise(executor);
    function executor(resolve13, reject) {
      const realFile = vfile(file);
      const parseTree = (
        /** @type {HeadTree extends undefined ? Node : HeadTree} */
        /** @type {unknown} */
        self.parse(realFile)
      );
      self.run(parseTree, realFile, function(error2, tree, file2) {
        if (error2 || !tree || !file2) {
          return realDone(error2);
        }
        const compileTree = (
          /** @type {CompileTree extends undefined ? Node : CompileTree} */
          /** @type {unknown} */
          tree
        );
        const compileResult = self.stringify(compileTree, file2);
        if (looksLikeAValue(compileResult)) {
          file2.value = compileResult;
        } else {
          file2.result = compileResult;
        }
        realDone(
          error2,
          /** @type {VFileWithOutput<CompileResult>} */
          file2
        );
      });
      function realDone(error2, file2) {
        if (error2 || !file2) {
          reject(error2);
        } else if (resolve13) {
          resolve13(file2);
        } else {
          ok(done, "`done` is defined if `resolve` is not");
          done(void 0, file2);
        }
      }
    }
  }
  /**
   * Process the given file as configured on the processor.
   *
   * An error is thrown if asynchronous transforms are configured.
   *
   * > **Note**: `processSync` freezes the processor if not already *frozen*.
   *
   * > **Note**: `processSync` performs the parse, run, and stringify phases.
   *
   * @param {Compatible | undefined} [file]
   *   File (optional); typically `string` or `VFile`; any value accepted as
   *   `x` in `new VFile(x)`.
   * @returns {VFileWithOutput<CompileResult>}
   *   The processed file.
   *
   *   The parsed, transformed, and compiled value is available at
   *   `file.value` (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most
   *   > compilers return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you\u2019re using a compiler that doesn\u2019t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  processSync(file) {
    let complete = false;
    let result;
    this.freeze();
    assertParser("processSync", this.parser || this.Parser);
    assertCompiler("processSync", this.compiler || this.Compiler);
    this.process(file, realDone);
    assertDone("processSync", "process", complete);
    ok(result, "we either bailed on an error or have a tree");
    return result;
    function realDone(error2, file2) {
      complete = true;
      bail(error2);
      result = file2;
    }
  }
  /**
   * Run *transformers* on a syntax tree.
   *
   * > **Note**: `run` freezes the processor if not already *frozen*.
   *
   * > **Note**: `run` performs the run phase, not other phases.
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} done
   * @returns {undefined}
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {Compatible | undefined} file
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} done
   * @returns {undefined}
   *
   * @overload
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   * @param {Compatible | undefined} [file]
   * @returns {Promise<TailTree extends undefined ? Node : TailTree>}
   *
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   *   Tree to transform and inspect.
   * @param {(
   *   RunCallback<TailTree extends undefined ? Node : TailTree> |
   *   Compatible
   * )} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @param {RunCallback<TailTree extends undefined ? Node : TailTree>} [done]
   *   Callback (optional).
   * @returns {Promise<TailTree extends undefined ? Node : TailTree> | undefined}
   *   Nothing if `done` is given.
   *   Otherwise, a promise rejected with a fatal error or resolved with the
   *   transformed tree.
   */
  run(tree, file, done) {
    assertNode(tree);
    this.freeze();
    const transformers = this.transformers;
    if (!done && typeof file === "function") {
      done = file;
      file = void 0;
    }
    return done ? executor(void 0, done) : new Promise(executor);
    function executor(resolve13, reject) {
      ok(
        typeof file !== "function",
        "`file` can\u2019t be a `done` anymore, we checked"
      );
      const realFile = vfile(file);
      transformers.run(tree, realFile, realDone);
      function realDone(error2, outputTree, file2) {
        const resultingTree = (
          /** @type {TailTree extends undefined ? Node : TailTree} */
          outputTree || tree
        );
        if (error2) {
          reject(error2);
        } else if (resolve13) {
          resolve13(resultingTree);
        } else {
          ok(done, "`done` is defined if `resolve` is not");
          done(void 0, resultingTree, file2);
        }
      }
    }
  }
  /**
   * Run *transformers* on a syntax tree.
   *
   * An error is thrown if asynchronous transforms are configured.
   *
   * > **Note**: `runSync` freezes the processor if not already *frozen*.
   *
   * > **Note**: `runSync` performs the run phase, not other phases.
   *
   * @param {HeadTree extends undefined ? Node : HeadTree} tree
   *   Tree to transform and inspect.
   * @param {Compatible | undefined} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @returns {TailTree extends undefined ? Node : TailTree}
   *   Transformed tree.
   */
  runSync(tree, file) {
    let complete = false;
    let result;
    this.run(tree, file, realDone);
    assertDone("runSync", "run", complete);
    ok(result, "we either bailed on an error or have a tree");
    return result;
    function realDone(error2, tree2) {
      bail(error2);
      result = tree2;
      complete = true;
    }
  }
  /**
   * Compile a syntax tree.
   *
   * > **Note**: `stringify` freezes the processor if not already *frozen*.
   *
   * > **Note**: `stringify` performs the stringify phase, not the run phase
   * > or other phases.
   *
   * @param {CompileTree extends undefined ? Node : CompileTree} tree
   *   Tree to compile.
   * @param {Compatible | undefined} [file]
   *   File associated with `node` (optional); any value accepted as `x` in
   *   `new VFile(x)`.
   * @returns {CompileResult extends undefined ? Value : CompileResult}
   *   Textual representation of the tree (see note).
   *
   *   > **Note**: unified typically compiles by serializing: most compilers
   *   > return `string` (or `Uint8Array`).
   *   > Some compilers, such as the one configured with
   *   > [`rehype-react`][rehype-react], return other values (in this case, a
   *   > React tree).
   *   > If you\u2019re using a compiler that doesn\u2019t serialize, expect different
   *   > result values.
   *   >
   *   > To register custom results in TypeScript, add them to
   *   > {@linkcode CompileResultMap}.
   *
   *   [rehype-react]: https://github.com/rehypejs/rehype-react
   */
  stringify(tree, file) {
    this.freeze();
    const realFile = vfile(file);
    const compiler2 = this.compiler || this.Compiler;
    assertCompiler("stringify", compiler2);
    assertNode(tree);
    return compiler2(tree, realFile);
  }
  /**
   * Configure the processor to use a plugin, a list of usable values, or a
   * preset.
   *
   * If the processor is already using a plugin, the previous plugin
   * configuration is changed based on the options that are passed in.
   * In other words, the plugin is not added a second time.
   *
   * > **Note**: `use` cannot be called on *frozen* processors.
   * > Call the processor first to create a new unfrozen processor.
   *
   * @example
   *   There are many ways to pass plugins to `.use()`.
   *   This example gives an overview:
   *
   *   ```js
   *   import {unified} from 'unified'
   *
   *   unified()
   *     // Plugin with options:
   *     .use(pluginA, {x: true, y: true})
   *     // Passing the same plugin again merges configuration (to `{x: true, y: false, z: true}`):
   *     .use(pluginA, {y: false, z: true})
   *     // Plugins:
   *     .use([pluginB, pluginC])
   *     // Two plugins, the second with options:
   *     .use([pluginD, [pluginE, {}]])
   *     // Preset with plugins and settings:
   *     .use({plugins: [pluginF, [pluginG, {}]], settings: {position: false}})
   *     // Settings only:
   *     .use({settings: {position: false}})
   *   ```
   *
   * @template {Array<unknown>} [Parameters=[]]
   * @template {Node | string | undefined} [Input=undefined]
   * @template [Output=Input]
   *
   * @overload
   * @param {Preset | null | undefined} [preset]
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {PluggableList} list
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *
   * @overload
   * @param {Plugin<Parameters, Input, Output>} plugin
   * @param {...(Parameters | [boolean])} parameters
   * @returns {UsePlugin<ParseTree, HeadTree, TailTree, CompileTree, CompileResult, Input, Output>}
   *
   * @param {PluggableList | Plugin | Preset | null | undefined} value
   *   Usable value.
   * @param {...unknown} parameters
   *   Parameters, when a plugin is given as a usable value.
   * @returns {Processor<ParseTree, HeadTree, TailTree, CompileTree, CompileResult>}
   *   Current processor.
   */
  use(value2, ...parameters) {
    const attachers = this.attachers;
    const namespace = this.namespace;
    assertUnfrozen("use", this.frozen);
    if (value2 === null || value2 === void 0) {
    } else if (typeof value2 === "function") {
      addPlugin(value2, parameters);
    } else if (typeof value2 === "object") {
      if (Array.isArray(value2)) {
        addList(value2);
      } else {
        addPreset(value2);
      }
    } else {
      throw new TypeError("Expected usable value, not `" + value2 + "`");
    }
    return this;
    function add2(value3) {
      if (typeof value3 === "function") {
        addPlugin(value3, []);
      } else if (typeof value3 === "object") {
        if (Array.isArray(value3)) {
          const [plugin, ...parameters2] = (
            /** @type {PluginTuple<Array<unknown>>} */
            value3
          );
          addPlugin(plugin, parameters2);
        } else {
          addPreset(value3);
        }
      } else {
        throw new TypeError("Expected usable value, not `" + value3 + "`");
      }
    }
    function addPreset(result) {
      if (!("plugins" in result) && !("settings" in result)) {
        throw new Error(
          "Expected usable value but received an empty preset, which is probably a mistake: presets typically come with `plugins` and sometimes with `settings`, but this has neither"
        );
      }
      addList(result.plugins);
      if (result.settings) {
        namespace.settings = (0, import_extend.default)(true, namespace.settings, result.settings);
      }
    }
    function addList(plugins) {
      let index2 = -1;
      if (plugins === null || plugins === void 0) {
      } else if (Array.isArray(plugins)) {
        while (++index2 < plugins.length) {
          const thing = plugins[index2];
          add2(thing);
        }
      } else {
        throw new TypeError("Expected a list of plugins, not `" + plugins + "`");
      }
    }
    function addPlugin(plugin, parameters2) {
      let index2 = -1;
      let entryIndex = -1;
      while (++index2 < attachers.length) {
        if (attachers[index2][0] === plugin) {
          entryIndex = index2;
          break;
        }
      }
      if (entryIndex === -1) {
        attachers.push([plugin, ...parameters2]);
      } else if (parameters2.length > 0) {
        let [primary, ...rest] = parameters2;
        const currentPrimary = attachers[entryIndex][1];
        if (isPlainObject2(currentPrimary) && isPlainObject2(primary)) {
          primary = (0, import_extend.default)(true, currentPrimary, primary);
        }
        attachers[entryIndex] = [plugin, primary, ...rest];
      }
    }
  }
};
var unified = new Processor().freeze();
function assertParser(name, value2) {
  if (typeof value2 !== "function") {
    throw new TypeError("Cannot `" + name + "` without `parser`");
  }
}
function assertCompiler(name, value2) {
  if (typeof value2 !== "function") {
    throw new TypeError("Cannot `" + name + "` without `compiler`");
  }
}
function assertUnfrozen(name, frozen) {
  if (frozen) {
    throw new Error(
      "Cannot call `" + name + "` on a frozen processor.\nCreate a new processor first, by calling it: use `processor()` instead of `processor`."
    );
  }
}
function assertNode(node2) {
  if (!isPlainObject2(node2) || typeof node2.type !== "string") {
    throw new TypeError("Expected node, got `" + node2 + "`");
  }
}
function assertDone(name, asyncName, complete) {
  if (!complete) {
    throw new Error(
      "`" + name + "` finished async. Use `" + asyncName + "` instead"
    );
  }
}
function vfile(value2) {
  return looksLikeAVFile(value2) ? value2 : new VFile(value2);
}
function looksLikeAVFile(value2) {
  return Boolean(
    value2 && typeof value2 === "object" && "message" in value2 && "messages" in value2
  );
}
function looksLikeAValue(value2) {
  return typeof value2 === "string" || isUint8Array2(value2);
}
function isUint8Array2(value2) {
  return Boolean(
    value2 && typeof value2 === "object" && "byteLength" in value2 && "byteOffset" in value2
  );
}

// node_modules/character-entities/index.js
var characterEntities = {
  AElig: "\xC6",
  AMP: "&",
  Aacute: "\xC1",
  Abreve: "\u0102",
  Acirc: "\xC2",
  Acy: "\u0410",
  Afr: "\u{1D504}",
  Agrave: "\xC0",
  Alpha: "\u0391",
  Amacr: "\u0100",
  And: "\u2A53",
  Aogon: "\u0104",
  Aopf: "\u{1D538}",
  ApplyFunction: "\u2061",
  Aring: "\xC5",
  Ascr: "\u{1D49C}",
  Assign: "\u2254",
  Atilde: "\xC3",
  Auml: "\xC4",
  Backslash: "\u2216",
  Barv: "\u2AE7",
  Barwed: "\u2306",
  Bcy: "\u0411",
  Because: "\u2235",
  Bernoullis: "\u212C",
  Beta: "\u0392",
  Bfr: "\u{1D505}",
  Bopf: "\u{1D539}",
  Breve: "\u02D8",
  Bscr: "\u212C",
  Bumpeq: "\u224E",
  CHcy: "\u0427",
  COPY: "\xA9",
  Cacute: "\u0106",
  Cap: "\u22D2",
  CapitalDifferentialD: "\u2145",
  Cayleys: "\u212D",
  Ccaron: "\u010C",
  Ccedil: "\xC7",
  Ccirc: "\u0108",
  Cconint: "\u2230",
  Cdot: "\u010A",
  Cedilla: "\xB8",
  CenterDot: "\xB7",
  Cfr: "\u212D",
  Chi: "\u03A7",
  CircleDot: "\u2299",
  CircleMinus: "\u2296",
  CirclePlus: "\u2295",
  CircleTimes: "\u2297",
  ClockwiseContourIntegral: "\u2232",
  CloseCurlyDoubleQuote: "\u201D",
  CloseCurlyQuote: "\u2019",
  Colon: "\u2237",
  Colone: "\u2A74",
  Congruent: "\u2261",
  Conint: "\u222F",
  ContourIntegral: "\u222E",
  Copf: "\u2102",
  Coproduct: "\u2210",
  CounterClockwiseContourIntegral: "\u2233",
  Cross: "\u2A2F",
  Cscr: "\u{1D49E}",
  Cup: "\u22D3",
  CupCap: "\u224D",
  DD: "\u2145",
  DDotrahd: "\u2911",
  DJcy: "\u0402",
  DScy: "\u0405",
  DZcy: "\u040F",
  Dagger: "\u2021",
  Darr: "\u21A1",
  Dashv: "\u2AE4",
  Dcaron: "\u010E",
  Dcy: "\u0414",
  Del: "\u2207",
  Delta: "\u0394",
  Dfr: "\u{1D507}",
  DiacriticalAcute: "\xB4",
  DiacriticalDot: "\u02D9",
  DiacriticalDoubleAcute: "\u02DD",
  DiacriticalGrave: "`",
  DiacriticalTilde: "\u02DC",
  Diamond: "\u22C4",
  DifferentialD: "\u2146",
  Dopf: "\u{1D53B}",
  Dot: "\xA8",
  DotDot: "\u20DC",
  DotEqual: "\u2250",
  DoubleContourIntegral: "\u222F",
  DoubleDot: "\xA8",
  DoubleDownArrow: "\u21D3",
  DoubleLeftArrow: "\u21D0",
  DoubleLeftRightArrow: "\u21D4",
  DoubleLeftTee: "\u2AE4",
  DoubleLongLeftArrow: "\u27F8",
  DoubleLongLeftRightArrow: "\u27FA",
  DoubleLongRightArrow: "\u27F9",
  DoubleRightArrow: "\u21D2",
  DoubleRightTee: "\u22A8",
  DoubleUpArrow: "\u21D1",
  DoubleUpDownArrow: "\u21D5",
  DoubleVerticalBar: "\u2225",
  DownArrow: "\u2193",
  DownArrowBar: "\u2913",
  DownArrowUpArrow: "\u21F5",
  DownBreve: "\u0311",
  DownLeftRightVector: "\u2950",
  DownLeftTeeVector: "\u295E",
  DownLeftVector: "\u21BD",
  DownLeftVectorBar: "\u2956",
  DownRightTeeVector: "\u295F",
  DownRightVector: "\u21C1",
  DownRightVectorBar: "\u2957",
  DownTee: "\u22A4",
  DownTeeArrow: "\u21A7",
  Downarrow: "\u21D3",
  Dscr: "\u{1D49F}",
  Dstrok: "\u0110",
  ENG: "\u014A",
  ETH: "\xD0",
  Eacute: "\xC9",
  Ecaron: "\u011A",
  Ecirc: "\xCA",
  Ecy: "\u042D",
  Edot: "\u0116",
  Efr: "\u{1D508}",
  Egrave: "\xC8",
  Element: "\u2208",
  Emacr: "\u0112",
  EmptySmallSquare: "\u25FB",
  EmptyVerySmallSquare: "\u25AB",
  Eogon: "\u0118",
  Eopf: "\u{1D53C}",
  Epsilon: "\u0395",
  Equal: "\u2A75",
  EqualTilde: "\u2242",
  Equilibrium: "\u21CC",
  Escr: "\u2130",
  Esim: "\u2A73",
  Eta: "\u0397",
  Euml: "\xCB",
  Exists: "\u2203",
  ExponentialE: "\u2147",
  Fcy: "\u0424",
  Ffr: "\u{1D509}",
  FilledSmallSquare: "\u25FC",
  FilledVerySmallSquare: "\u25AA",
  Fopf: "\u{1D53D}",
  ForAll: "\u2200",
  Fouriertrf: "\u2131",
  Fscr: "\u2131",
  GJcy: "\u0403",
  GT: ">",
  Gamma: "\u0393",
  Gammad: "\u03DC",
  Gbreve: "\u011E",
  Gcedil: "\u0122",
  Gcirc: "\u011C",
  Gcy: "\u0413",
  Gdot: "\u0120",
  Gfr: "\u{1D50A}",
  Gg: "\u22D9",
  Gopf: "\u{1D53E}",
  GreaterEqual: "\u2265",
  GreaterEqualLess: "\u22DB",
  GreaterFullEqual: "\u2267",
  GreaterGreater: "\u2AA2",
  GreaterLess: "\u2277",
  GreaterSlantEqual: "\u2A7E",
  GreaterTilde: "\u2273",
  Gscr: "\u{1D4A2}",
  Gt: "\u226B",
  HARDcy: "\u042A",
  Hacek: "\u02C7",
  Hat: "^",
  Hcirc: "\u0124",
  Hfr: "\u210C",
  HilbertSpace: "\u210B",
  Hopf: "\u210D",
  HorizontalLine: "\u2500",
  Hscr: "\u210B",
  Hstrok: "\u0126",
  HumpDownHump: "\u224E",
  HumpEqual: "\u224F",
  IEcy: "\u0415",
  IJlig: "\u0132",
  IOcy: "\u0401",
  Iacute: "\xCD",
  Icirc: "\xCE",
  Icy: "\u0418",
  Idot: "\u0130",
  Ifr: "\u2111",
  Igrave: "\xCC",
  Im: "\u2111",
  Imacr: "\u012A",
  ImaginaryI: "\u2148",
  Implies: "\u21D2",
  Int: "\u222C",
  Integral: "\u222B",
  Intersection: "\u22C2",
  InvisibleComma: "\u2063",
  InvisibleTimes: "\u2062",
  Iogon: "\u012E",
  Iopf: "\u{1D540}",
  Iota: "\u0399",
  Iscr: "\u2110",
  Itilde: "\u0128",
  Iukcy: "\u0406",
  Iuml: "\xCF",
  Jcirc: "\u0134",
  Jcy: "\u0419",
  Jfr: "\u{1D50D}",
  Jopf: "\u{1D541}",
  Jscr: "\u{1D4A5}",
  Jsercy: "\u0408",
  Jukcy: "\u0404",
  KHcy: "\u0425",
  KJcy: "\u040C",
  Kappa: "\u039A",
  Kcedil: "\u0136",
  Kcy: "\u041A",
  Kfr: "\u{1D50E}",
  Kopf: "\u{1D542}",
  Kscr: "\u{1D4A6}",
  LJcy: "\u0409",
  LT: "<",
  Lacute: "\u0139",
  Lambda: "\u039B",
  Lang: "\u27EA",
  Laplacetrf: "\u2112",
  Larr: "\u219E",
  Lcaron: "\u013D",
  Lcedil: "\u013B",
  Lcy: "\u041B",
  LeftAngleBracket: "\u27E8",
  LeftArrow: "\u2190",
  LeftArrowBar: "\u21E4",
  LeftArrowRightArrow: "\u21C6",
  LeftCeiling: "\u2308",
  LeftDoubleBracket: "\u27E6",
  LeftDownTeeVector: "\u2961",
  LeftDownVector: "\u21C3",
  LeftDownVectorBar: "\u2959",
  LeftFloor: "\u230A",
  LeftRightArrow: "\u2194",
  LeftRightVector: "\u294E",
  LeftTee: "\u22A3",
  LeftTeeArrow: "\u21A4",
  LeftTeeVector: "\u295A",
  LeftTriangle: "\u22B2",
  LeftTriangleBar: "\u29CF",
  LeftTriangleEqual: "\u22B4",
  LeftUpDownVector: "\u2951",
  LeftUpTeeVector: "\u2960",
  LeftUpVector: "\u21BF",
  LeftUpVectorBar: "\u2958",
  LeftVector: "\u21BC",
  LeftVectorBar: "\u2952",
  Leftarrow: "\u21D0",
  Leftrightarrow: "\u21D4",
  LessEqualGreater: "\u22DA",
  LessFullEqual: "\u2266",
  LessGreater: "\u2276",
  LessLess: "\u2AA1",
  LessSlantEqual: "\u2A7D",
  LessTilde: "\u2272",
  Lfr: "\u{1D50F}",
  Ll: "\u22D8",
  Lleftarrow: "\u21DA",
  Lmidot: "\u013F",
  LongLeftArrow: "\u27F5",
  LongLeftRightArrow: "\u27F7",
  LongRightArrow: "\u27F6",
  Longleftarrow: "\u27F8",
  Longleftrightarrow: "\u27FA",
  Longrightarrow: "\u27F9",
  Lopf: "\u{1D543}",
  LowerLeftArrow: "\u2199",
  LowerRightArrow: "\u2198",
  Lscr: "\u2112",
  Lsh: "\u21B0",
  Lstrok: "\u0141",
  Lt: "\u226A",
  Map: "\u2905",
  Mcy: "\u041C",
  MediumSpace: "\u205F",
  Mellintrf: "\u2133",
  Mfr: "\u{1D510}",
  MinusPlus: "\u2213",
  Mopf: "\u{1D544}",
  Mscr: "\u2133",
  Mu: "\u039C",
  NJcy: "\u040A",
  Nacute: "\u0143",
  Ncaron: "\u0147",
  Ncedil: "\u0145",
  Ncy: "\u041D",
  NegativeMediumSpace: "\u200B",
  NegativeThickSpace: "\u200B",
  NegativeThinSpace: "\u200B",
  NegativeVeryThinSpace: "\u200B",
  NestedGreaterGreater: "\u226B",
  NestedLessLess: "\u226A",
  NewLine: "\n",
  Nfr: "\u{1D511}",
  NoBreak: "\u2060",
  NonBreakingSpace: "\xA0",
  Nopf: "\u2115",
  Not: "\u2AEC",
  NotCongruent: "\u2262",
  NotCupCap: "\u226D",
  NotDoubleVerticalBar: "\u2226",
  NotElement: "\u2209",
  NotEqual: "\u2260",
  NotEqualTilde: "\u2242\u0338",
  NotExists: "\u2204",
  NotGreater: "\u226F",
  NotGreaterEqual: "\u2271",
  NotGreaterFullEqual: "\u2267\u0338",
  NotGreaterGreater: "\u226B\u0338",
  NotGreaterLess: "\u2279",
  NotGreaterSlantEqual: "\u2A7E\u0338",
  NotGreaterTilde: "\u2275",
  NotHumpDownHump: "\u224E\u0338",
  NotHumpEqual: "\u224F\u0338",
  NotLeftTriangle: "\u22EA",
  NotLeftTriangleBar: "\u29CF\u0338",
  NotLeftTriangleEqual: "\u22EC",
  NotLess: "\u226E",
  NotLessEqual: "\u2270",
  NotLessGreater: "\u2278",
  NotLessLess: "\u226A\u0338",
  NotLessSlantEqual: "\u2A7D\u0338",
  NotLessTilde: "\u2274",
  NotNestedGreaterGreater: "\u2AA2\u0338",
  NotNestedLessLess: "\u2AA1\u0338",
  NotPrecedes: "\u2280",
  NotPrecedesEqual: "\u2AAF\u0338",
  NotPrecedesSlantEqual: "\u22E0",
  NotReverseElement: "\u220C",
  NotRightTriangle: "\u22EB",
  NotRightTriangleBar: "\u29D0\u0338",
  NotRightTriangleEqual: "\u22ED",
  NotSquareSubset: "\u228F\u0338",
  NotSquareSubsetEqual: "\u22E2",
  NotSquareSuperset: "\u2290\u0338",
  NotSquareSupersetEqual: "\u22E3",
  NotSubset: "\u2282\u20D2",
  NotSubsetEqual: "\u2288",
  NotSucceeds: "\u2281",
  NotSucceedsEqual: "\u2AB0\u0338",
  NotSucceedsSlantEqual: "\u22E1",
  NotSucceedsTilde: "\u227F\u0338",
  NotSuperset: "\u2283\u20D2",
  NotSupersetEqual: "\u2289",
  NotTilde: "\u2241",
  NotTildeEqual: "\u2244",
  NotTildeFullEqual: "\u2247",
  NotTildeTilde: "\u2249",
  NotVerticalBar: "\u2224",
  Nscr: "\u{1D4A9}",
  Ntilde: "\xD1",
  Nu: "\u039D",
  OElig: "\u0152",
  Oacute: "\xD3",
  Ocirc: "\xD4",
  Ocy: "\u041E",
  Odblac: "\u0150",
  Ofr: "\u{1D512}",
  Ograve: "\xD2",
  Omacr: "\u014C",
  Omega: "\u03A9",
  Omicron: "\u039F",
  Oopf: "\u{1D546}",
  OpenCurlyDoubleQuote: "\u201C",
  OpenCurlyQuote: "\u2018",
  Or: "\u2A54",
  Oscr: "\u{1D4AA}",
  Oslash: "\xD8",
  Otilde: "\xD5",
  Otimes: "\u2A37",
  Ouml: "\xD6",
  OverBar: "\u203E",
  OverBrace: "\u23DE",
  OverBracket: "\u23B4",
  OverParenthesis: "\u23DC",
  PartialD: "\u2202",
  Pcy: "\u041F",
  Pfr: "\u{1D513}",
  Phi: "\u03A6",
  Pi: "\u03A0",
  PlusMinus: "\xB1",
  Poincareplane: "\u210C",
  Popf: "\u2119",
  Pr: "\u2ABB",
  Precedes: "\u227A",
  PrecedesEqual: "\u2AAF",
  PrecedesSlantEqual: "\u227C",
  PrecedesTilde: "\u227E",
  Prime: "\u2033",
  Product: "\u220F",
  Proportion: "\u2237",
  Proportional: "\u221D",
  Pscr: "\u{1D4AB}",
  Psi: "\u03A8",
  QUOT: '"',
  Qfr: "\u{1D514}",
  Qopf: "\u211A",
  Qscr: "\u{1D4AC}",
  RBarr: "\u2910",
  REG: "\xAE",
  Racute: "\u0154",
  Rang: "\u27EB",
  Rarr: "\u21A0",
  Rarrtl: "\u2916",
  Rcaron: "\u0158",
  Rcedil: "\u0156",
  Rcy: "\u0420",
  Re: "\u211C",
  ReverseElement: "\u220B",
  ReverseEquilibrium: "\u21CB",
  ReverseUpEquilibrium: "\u296F",
  Rfr: "\u211C",
  Rho: "\u03A1",
  RightAngleBracket: "\u27E9",
  RightArrow: "\u2192",
  RightArrowBar: "\u21E5",
  RightArrowLeftArrow: "\u21C4",
  RightCeiling: "\u2309",
  RightDoubleBracket: "\u27E7",
  RightDownTeeVector: "\u295D",
  RightDownVector: "\u21C2",
  RightDownVectorBar: "\u2955",
  RightFloor: "\u230B",
  RightTee: "\u22A2",
  RightTeeArrow: "\u21A6",
  RightTeeVector: "\u295B",
  RightTriangle: "\u22B3",
  RightTriangleBar: "\u29D0",
  RightTriangleEqual: "\u22B5",
  RightUpDownVector: "\u294F",
  RightUpTeeVector: "\u295C",
  RightUpVector: "\u21BE",
  RightUpVectorBar: "\u2954",
  RightVector: "\u21C0",
  RightVectorBar: "\u2953",
  Rightarrow: "\u21D2",
  Ropf: "\u211D",
  RoundImplies: "\u2970",
  Rrightarrow: "\u21DB",
  Rscr: "\u211B",
  Rsh: "\u21B1",
  RuleDelayed: "\u29F4",
  SHCHcy: "\u0429",
  SHcy: "\u0428",
  SOFTcy: "\u042C",
  Sacute: "\u015A",
  Sc: "\u2ABC",
  Scaron: "\u0160",
  Scedil: "\u015E",
  Scirc: "\u015C",
  Scy: "\u0421",
  Sfr: "\u{1D516}",
  ShortDownArrow: "\u2193",
  ShortLeftArrow: "\u2190",
  ShortRightArrow: "\u2192",
  ShortUpArrow: "\u2191",
  Sigma: "\u03A3",
  SmallCircle: "\u2218",
  Sopf: "\u{1D54A}",
  Sqrt: "\u221A",
  Square: "\u25A1",
  SquareIntersection: "\u2293",
  SquareSubset: "\u228F",
  SquareSubsetEqual: "\u2291",
  SquareSuperset: "\u2290",
  SquareSupersetEqual: "\u2292",
  SquareUnion: "\u2294",
  Sscr: "\u{1D4AE}",
  Star: "\u22C6",
  Sub: "\u22D0",
  Subset: "\u22D0",
  SubsetEqual: "\u2286",
  Succeeds: "\u227B",
  SucceedsEqual: "\u2AB0",
  SucceedsSlantEqual: "\u227D",
  SucceedsTilde: "\u227F",
  SuchThat: "\u220B",
  Sum: "\u2211",
  Sup: "\u22D1",
  Superset: "\u2283",
  SupersetEqual: "\u2287",
  Supset: "\u22D1",
  THORN: "\xDE",
  TRADE: "\u2122",
  TSHcy: "\u040B",
  TScy: "\u0426",
  Tab: "	",
  Tau: "\u03A4",
  Tcaron: "\u0164",
  Tcedil: "\u0162",
  Tcy: "\u0422",
  Tfr: "\u{1D517}",
  Therefore: "\u2234",
  Theta: "\u0398",
  ThickSpace: "\u205F\u200A",
  ThinSpace: "\u2009",
  Tilde: "\u223C",
  TildeEqual: "\u2243",
  TildeFullEqual: "\u2245",
  TildeTilde: "\u2248",
  Topf: "\u{1D54B}",
  TripleDot: "\u20DB",
  Tscr: "\u{1D4AF}",
  Tstrok: "\u0166",
  Uacute: "\xDA",
  Uarr: "\u219F",
  Uarrocir: "\u2949",
  Ubrcy: "\u040E",
  Ubreve: "\u016C",
  Ucirc: "\xDB",
  Ucy: "\u0423",
  Udblac: "\u0170",
  Ufr: "\u{1D518}",
  Ugrave: "\xD9",
  Umacr: "\u016A",
  UnderBar: "_",
  UnderBrace: "\u23DF",
  UnderBracket: "\u23B5",
  UnderParenthesis: "\u23DD",
  Union: "\u22C3",
  UnionPlus: "\u228E",
  Uogon: "\u0172",
  Uopf: "\u{1D54C}",
  UpArrow: "\u2191",
  UpArrowBar: "\u2912",
  UpArrowDownArrow: "\u21C5",
  UpDownArrow: "\u2195",
  UpEquilibrium: "\u296E",
  UpTee: "\u22A5",
  UpTeeArrow: "\u21A5",
  Uparrow: "\u21D1",
  Updownarrow: "\u21D5",
  UpperLeftArrow: "\u2196",
  UpperRightArrow: "\u2197",
  Upsi: "\u03D2",
  Upsilon: "\u03A5",
  Uring: "\u016E",
  Uscr: "\u{1D4B0}",
  Utilde: "\u0168",
  Uuml: "\xDC",
  VDash: "\u22AB",
  Vbar: "\u2AEB",
  Vcy: "\u0412",
  Vdash: "\u22A9",
  Vdashl: "\u2AE6",
  Vee: "\u22C1",
  Verbar: "\u2016",
  Vert: "\u2016",
  VerticalBar: "\u2223",
  VerticalLine: "|",
  VerticalSeparator: "\u2758",
  VerticalTilde: "\u2240",
  VeryThinSpace: "\u200A",
  Vfr: "\u{1D519}",
  Vopf: "\u{1D54D}",
  Vscr: "\u{1D4B1}",
  Vvdash: "\u22AA",
  Wcirc: "\u0174",
  Wedge: "\u22C0",
  Wfr: "\u{1D51A}",
  Wopf: "\u{1D54E}",
  Wscr: "\u{1D4B2}",
  Xfr: "\u{1D51B}",
  Xi: "\u039E",
  Xopf: "\u{1D54F}",
  Xscr: "\u{1D4B3}",
  YAcy: "\u042F",
  YIcy: "\u0407",
  YUcy: "\u042E",
  Yacute: "\xDD",
  Ycirc: "\u0176",
  Ycy: "\u042B",
  Yfr: "\u{1D51C}",
  Yopf: "\u{1D550}",
  Yscr: "\u{1D4B4}",
  Yuml: "\u0178",
  ZHcy: "\u0416",
  Zacute: "\u0179",
  Zcaron: "\u017D",
  Zcy: "\u0417",
  Zdot: "\u017B",
  ZeroWidthSpace: "\u200B",
  Zeta: "\u0396",
  Zfr: "\u2128",
  Zopf: "\u2124",
  Zscr: "\u{1D4B5}",
  aacute: "\xE1",
  abreve: "\u0103",
  ac: "\u223E",
  acE: "\u223E\u0333",
  acd: "\u223F",
  acirc: "\xE2",
  acute: "\xB4",
  acy: "\u0430",
  aelig: "\xE6",
  af: "\u2061",
  afr: "\u{1D51E}",
  agrave: "\xE0",
  alefsym: "\u2135",
  aleph: "\u2135",
  alpha: "\u03B1",
  amacr: "\u0101",
  amalg: "\u2A3F",
  amp: "&",
  and: "\u2227",
  andand: "\u2A55",
  andd: "\u2A5C",
  andslope: "\u2A58",
  andv: "\u2A5A",
  ang: "\u2220",
  ange: "\u29A4",
  angle: "\u2220",
  angmsd: "\u2221",
  angmsdaa: "\u29A8",
  angmsdab: "\u29A9",
  angmsdac: "\u29AA",
  angmsdad: "\u29AB",
  angmsdae: "\u29AC",
  angmsdaf: "\u29AD",
  angmsdag: "\u29AE",
  angmsdah: "\u29AF",
  angrt: "\u221F",
  angrtvb: "\u22BE",
  angrtvbd: "\u299D",
  angsph: "\u2222",
  angst: "\xC5",
  angzarr: "\u237C",
  aogon: "\u0105",
  aopf: "\u{1D552}",
  ap: "\u2248",
  apE: "\u2A70",
  apacir: "\u2A6F",
  ape: "\u224A",
  apid: "\u224B",
  apos: "'",
  approx: "\u2248",
  approxeq: "\u224A",
  aring: "\xE5",
  ascr: "\u{1D4B6}",
  ast: "*",
  asymp: "\u2248",
  asympeq: "\u224D",
  atilde: "\xE3",
  auml: "\xE4",
  awconint: "\u2233",
  awint: "\u2A11",
  bNot: "\u2AED",
  backcong: "\u224C",
  backepsilon: "\u03F6",
  backprime: "\u2035",
  backsim: "\u223D",
  backsimeq: "\u22CD",
  barvee: "\u22BD",
  barwed: "\u2305",
  barwedge: "\u2305",
  bbrk: "\u23B5",
  bbrktbrk: "\u23B6",
  bcong: "\u224C",
  bcy: "\u0431",
  bdquo: "\u201E",
  becaus: "\u2235",
  because: "\u2235",
  bemptyv: "\u29B0",
  bepsi: "\u03F6",
  bernou: "\u212C",
  beta: "\u03B2",
  beth: "\u2136",
  between: "\u226C",
  bfr: "\u{1D51F}",
  bigcap: "\u22C2",
  bigcirc: "\u25EF",
  bigcup: "\u22C3",
  bigodot: "\u2A00",
  bigoplus: "\u2A01",
  bigotimes: "\u2A02",
  bigsqcup: "\u2A06",
  bigstar: "\u2605",
  bigtriangledown: "\u25BD",
  bigtriangleup: "\u25B3",
  biguplus: "\u2A04",
  bigvee: "\u22C1",
  bigwedge: "\u22C0",
  bkarow: "\u290D",
  blacklozenge: "\u29EB",
  blacksquare: "\u25AA",
  blacktriangle: "\u25B4",
  blacktriangledown: "\u25BE",
  blacktriangleleft: "\u25C2",
  blacktriangleright: "\u25B8",
  blank: "\u2423",
  blk12: "\u2592",
  blk14: "\u2591",
  blk34: "\u2593",
  block: "\u2588",
  bne: "=\u20E5",
  bnequiv: "\u2261\u20E5",
  bnot: "\u2310",
  bopf: "\u{1D553}",
  bot: "\u22A5",
  bottom: "\u22A5",
  bowtie: "\u22C8",
  boxDL: "\u2557",
  boxDR: "\u2554",
  boxDl: "\u2556",
  boxDr: "\u2553",
  boxH: "\u2550",
  boxHD: "\u2566",
  boxHU: "\u2569",
  boxHd: "\u2564",
  boxHu: "\u2567",
  boxUL: "\u255D",
  boxUR: "\u255A",
  boxUl: "\u255C",
  boxUr: "\u2559",
  boxV: "\u2551",
  boxVH: "\u256C",
  boxVL: "\u2563",
  boxVR: "\u2560",
  boxVh: "\u256B",
  boxVl: "\u2562",
  boxVr: "\u255F",
  boxbox: "\u29C9",
  boxdL: "\u2555",
  boxdR: "\u2552",
  boxdl: "\u2510",
  boxdr: "\u250C",
  boxh: "\u2500",
  boxhD: "\u2565",
  boxhU: "\u2568",
  boxhd: "\u252C",
  boxhu: "\u2534",
  boxminus: "\u229F",
  boxplus: "\u229E",
  boxtimes: "\u22A0",
  boxuL: "\u255B",
  boxuR: "\u2558",
  boxul: "\u2518",
  boxur: "\u2514",
  boxv: "\u2502",
  boxvH: "\u256A",
  boxvL: "\u2561",
  boxvR: "\u255E",
  boxvh: "\u253C",
  boxvl: "\u2524",
  boxvr: "\u251C",
  bprime: "\u2035",
  breve: "\u02D8",
  brvbar: "\xA6",
  bscr: "\u{1D4B7}",
  bsemi: "\u204F",
  bsim: "\u223D",
  bsime: "\u22CD",
  bsol: "\\",
  bsolb: "\u29C5",
  bsolhsub: "\u27C8",
  bull: "\u2022",
  bullet: "\u2022",
  bump: "\u224E",
  bumpE: "\u2AAE",
  bumpe: "\u224F",
  bumpeq: "\u224F",
  cacute: "\u0107",
  cap: "\u2229",
  capand: "\u2A44",
  capbrcup: "\u2A49",
  capcap: "\u2A4B",
  capcup: "\u2A47",
  capdot: "\u2A40",
  caps: "\u2229\uFE00",
  caret: "\u2041",
  caron: "\u02C7",
  ccaps: "\u2A4D",
  ccaron: "\u010D",
  ccedil: "\xE7",
  ccirc: "\u0109",
  ccups: "\u2A4C",
  ccupssm: "\u2A50",
  cdot: "\u010B",
  cedil: "\xB8",
  cemptyv: "\u29B2",
  cent: "\xA2",
  centerdot: "\xB7",
  cfr: "\u{1D520}",
  chcy: "\u0447",
  check: "\u2713",
  checkmark: "\u2713",
  chi: "\u03C7",
  cir: "\u25CB",
  cirE: "\u29C3",
  circ: "\u02C6",
  circeq: "\u2257",
  circlearrowleft: "\u21BA",
  circlearrowright: "\u21BB",
  circledR: "\xAE",
  circledS: "\u24C8",
  circledast: "\u229B",
  circledcirc: "\u229A",
  circleddash: "\u229D",
  cire: "\u2257",
  cirfnint: "\u2A10",
  cirmid: "\u2AEF",
  cirscir: "\u29C2",
  clubs: "\u2663",
  clubsuit: "\u2663",
  colon: ":",
  colone: "\u2254",
  coloneq: "\u2254",
  comma: ",",
  commat: "@",
  comp: "\u2201",
  compfn: "\u2218",
  complement: "\u2201",
  complexes: "\u2102",
  cong: "\u2245",
  congdot: "\u2A6D",
  conint: "\u222E",
  copf: "\u{1D554}",
  coprod: "\u2210",
  copy: "\xA9",
  copysr: "\u2117",
  crarr: "\u21B5",
  cross: "\u2717",
  cscr: "\u{1D4B8}",
  csub: "\u2ACF",
  csube: "\u2AD1",
  csup: "\u2AD0",
  csupe: "\u2AD2",
  ctdot: "\u22EF",
  cudarrl: "\u2938",
  cudarrr: "\u2935",
  cuepr: "\u22DE",
  cuesc: "\u22DF",
  cularr: "\u21B6",
  cularrp: "\u293D",
  cup: "\u222A",
  cupbrcap: "\u2A48",
  cupcap: "\u2A46",
  cupcup: "\u2A4A",
  cupdot: "\u228D",
  cupor: "\u2A45",
  cups: "\u222A\uFE00",
  curarr: "\u21B7",
  curarrm: "\u293C",
  curlyeqprec: "\u22DE",
  curlyeqsucc: "\u22DF",
  curlyvee: "\u22CE",
  curlywedge: "\u22CF",
  curren: "\xA4",
  curvearrowleft: "\u21B6",
  curvearrowright: "\u21B7",
  cuvee: "\u22CE",
  cuwed: "\u22CF",
  cwconint: "\u2232",
  cwint: "\u2231",
  cylcty: "\u232D",
  dArr: "\u21D3",
  dHar: "\u2965",
  dagger: "\u2020",
  daleth: "\u2138",
  darr: "\u2193",
  dash: "\u2010",
  dashv: "\u22A3",
  dbkarow: "\u290F",
  dblac: "\u02DD",
  dcaron: "\u010F",
  dcy: "\u0434",
  dd: "\u2146",
  ddagger: "\u2021",
  ddarr: "\u21CA",
  ddotseq: "\u2A77",
  deg: "\xB0",
  delta: "\u03B4",
  demptyv: "\u29B1",
  dfisht: "\u297F",
  dfr: "\u{1D521}",
  dharl: "\u21C3",
  dharr: "\u21C2",
  diam: "\u22C4",
  diamond: "\u22C4",
  diamondsuit: "\u2666",
  diams: "\u2666",
  die: "\xA8",
  digamma: "\u03DD",
  disin: "\u22F2",
  div: "\xF7",
  divide: "\xF7",
  divideontimes: "\u22C7",
  divonx: "\u22C7",
  djcy: "\u0452",
  dlcorn: "\u231E",
  dlcrop: "\u230D",
  dollar: "$",
  dopf: "\u{1D555}",
  dot: "\u02D9",
  doteq: "\u2250",
  doteqdot: "\u2251",
  dotminus: "\u2238",
  dotplus: "\u2214",
  dotsquare: "\u22A1",
  doublebarwedge: "\u2306",
  downarrow: "\u2193",
  downdownarrows: "\u21CA",
  downharpoonleft: "\u21C3",
  downharpoonright: "\u21C2",
  drbkarow: "\u2910",
  drcorn: "\u231F",
  drcrop: "\u230C",
  dscr: "\u{1D4B9}",
  dscy: "\u0455",
  dsol: "\u29F6",
  dstrok: "\u0111",
  dtdot: "\u22F1",
  dtri: "\u25BF",
  dtrif: "\u25BE",
  duarr: "\u21F5",
  duhar: "\u296F",
  dwangle: "\u29A6",
  dzcy: "\u045F",
  dzigrarr: "\u27FF",
  eDDot: "\u2A77",
  eDot: "\u2251",
  eacute: "\xE9",
  easter: "\u2A6E",
  ecaron: "\u011B",
  ecir: "\u2256",
  ecirc: "\xEA",
  ecolon: "\u2255",
  ecy: "\u044D",
  edot: "\u0117",
  ee: "\u2147",
  efDot: "\u2252",
  efr: "\u{1D522}",
  eg: "\u2A9A",
  egrave: "\xE8",
  egs: "\u2A96",
  egsdot: "\u2A98",
  el: "\u2A99",
  elinters: "\u23E7",
  ell: "\u2113",
  els: "\u2A95",
  elsdot: "\u2A97",
  emacr: "\u0113",
  empty: "\u2205",
  emptyset: "\u2205",
  emptyv: "\u2205",
  emsp13: "\u2004",
  emsp14: "\u2005",
  emsp: "\u2003",
  eng: "\u014B",
  ensp: "\u2002",
  eogon: "\u0119",
  eopf: "\u{1D556}",
  epar: "\u22D5",
  eparsl: "\u29E3",
  eplus: "\u2A71",
  epsi: "\u03B5",
  epsilon: "\u03B5",
  epsiv: "\u03F5",
  eqcirc: "\u2256",
  eqcolon: "\u2255",
  eqsim: "\u2242",
  eqslantgtr: "\u2A96",
  eqslantless: "\u2A95",
  equals: "=",
  equest: "\u225F",
  equiv: "\u2261",
  equivDD: "\u2A78",
  eqvparsl: "\u29E5",
  erDot: "\u2253",
  erarr: "\u2971",
  escr: "\u212F",
  esdot: "\u2250",
  esim: "\u2242",
  eta: "\u03B7",
  eth: "\xF0",
  euml: "\xEB",
  euro: "\u20AC",
  excl: "!",
  exist: "\u2203",
  expectation: "\u2130",
  exponentiale: "\u2147",
  fallingdotseq: "\u2252",
  fcy: "\u0444",
  female: "\u2640",
  ffilig: "\uFB03",
  fflig: "\uFB00",
  ffllig: "\uFB04",
  ffr: "\u{1D523}",
  filig: "\uFB01",
  fjlig: "fj",
  flat: "\u266D",
  fllig: "\uFB02",
  fltns: "\u25B1",
  fnof: "\u0192",
  fopf: "\u{1D557}",
  forall: "\u2200",
  fork: "\u22D4",
  forkv: "\u2AD9",
  fpartint: "\u2A0D",
  frac12: "\xBD",
  frac13: "\u2153",
  frac14: "\xBC",
  frac15: "\u2155",
  frac16: "\u2159",
  frac18: "\u215B",
  frac23: "\u2154",
  frac25: "\u2156",
  frac34: "\xBE",
  frac35: "\u2157",
  frac38: "\u215C",
  frac45: "\u2158",
  frac56: "\u215A",
  frac58: "\u215D",
  frac78: "\u215E",
  frasl: "\u2044",
  frown: "\u2322",
  fscr: "\u{1D4BB}",
  gE: "\u2267",
  gEl: "\u2A8C",
  gacute: "\u01F5",
  gamma: "\u03B3",
  gammad: "\u03DD",
  gap: "\u2A86",
  gbreve: "\u011F",
  gcirc: "\u011D",
  gcy: "\u0433",
  gdot: "\u0121",
  ge: "\u2265",
  gel: "\u22DB",
  geq: "\u2265",
  geqq: "\u2267",
  geqslant: "\u2A7E",
  ges: "\u2A7E",
  gescc: "\u2AA9",
  gesdot: "\u2A80",
  gesdoto: "\u2A82",
  gesdotol: "\u2A84",
  gesl: "\u22DB\uFE00",
  gesles: "\u2A94",
  gfr: "\u{1D524}",
  gg: "\u226B",
  ggg: "\u22D9",
  gimel: "\u2137",
  gjcy: "\u0453",
  gl: "\u2277",
  glE: "\u2A92",
  gla: "\u2AA5",
  glj: "\u2AA4",
  gnE: "\u2269",
  gnap: "\u2A8A",
  gnapprox: "\u2A8A",
  gne: "\u2A88",
  gneq: "\u2A88",
  gneqq: "\u2269",
  gnsim: "\u22E7",
  gopf: "\u{1D558}",
  grave: "`",
  gscr: "\u210A",
  gsim: "\u2273",
  gsime: "\u2A8E",
  gsiml: "\u2A90",
  gt: ">",
  gtcc: "\u2AA7",
  gtcir: "\u2A7A",
  gtdot: "\u22D7",
  gtlPar: "\u2995",
  gtquest: "\u2A7C",
  gtrapprox: "\u2A86",
  gtrarr: "\u2978",
  gtrdot: "\u22D7",
  gtreqless: "\u22DB",
  gtreqqless: "\u2A8C",
  gtrless: "\u2277",
  gtrsim: "\u2273",
  gvertneqq: "\u2269\uFE00",
  gvnE: "\u2269\uFE00",
  hArr: "\u21D4",
  hairsp: "\u200A",
  half: "\xBD",
  hamilt: "\u210B",
  hardcy: "\u044A",
  harr: "\u2194",
  harrcir: "\u2948",
  harrw: "\u21AD",
  hbar: "\u210F",
  hcirc: "\u0125",
  hearts: "\u2665",
  heartsuit: "\u2665",
  hellip: "\u2026",
  hercon: "\u22B9",
  hfr: "\u{1D525}",
  hksearow: "\u2925",
  hkswarow: "\u2926",
  hoarr: "\u21FF",
  homtht: "\u223B",
  hookleftarrow: "\u21A9",
  hookrightarrow: "\u21AA",
  hopf: "\u{1D559}",
  horbar: "\u2015",
  hscr: "\u{1D4BD}",
  hslash: "\u210F",
  hstrok: "\u0127",
  hybull: "\u2043",
  hyphen: "\u2010",
  iacute: "\xED",
  ic: "\u2063",
  icirc: "\xEE",
  icy: "\u0438",
  iecy: "\u0435",
  iexcl: "\xA1",
  iff: "\u21D4",
  ifr: "\u{1D526}",
  igrave: "\xEC",
  ii: "\u2148",
  iiiint: "\u2A0C",
  iiint: "\u222D",
  iinfin: "\u29DC",
  iiota: "\u2129",
  ijlig: "\u0133",
  imacr: "\u012B",
  image: "\u2111",
  imagline: "\u2110",
  imagpart: "\u2111",
  imath: "\u0131",
  imof: "\u22B7",
  imped: "\u01B5",
  in: "\u2208",
  incare: "\u2105",
  infin: "\u221E",
  infintie: "\u29DD",
  inodot: "\u0131",
  int: "\u222B",
  intcal: "\u22BA",
  integers: "\u2124",
  intercal: "\u22BA",
  intlarhk: "\u2A17",
  intprod: "\u2A3C",
  iocy: "\u0451",
  iogon: "\u012F",
  iopf: "\u{1D55A}",
  iota: "\u03B9",
  iprod: "\u2A3C",
  iquest: "\xBF",
  iscr: "\u{1D4BE}",
  isin: "\u2208",
  isinE: "\u22F9",
  isindot: "\u22F5",
  isins: "\u22F4",
  isinsv: "\u22F3",
  isinv: "\u2208",
  it: "\u2062",
  itilde: "\u0129",
  iukcy: "\u0456",
  iuml: "\xEF",
  jcirc: "\u0135",
  jcy: "\u0439",
  jfr: "\u{1D527}",
  jmath: "\u0237",
  jopf: "\u{1D55B}",
  jscr: "\u{1D4BF}",
  jsercy: "\u0458",
  jukcy: "\u0454",
  kappa: "\u03BA",
  kappav: "\u03F0",
  kcedil: "\u0137",
  kcy: "\u043A",
  kfr: "\u{1D528}",
  kgreen: "\u0138",
  khcy: "\u0445",
  kjcy: "\u045C",
  kopf: "\u{1D55C}",
  kscr: "\u{1D4C0}",
  lAarr: "\u21DA",
  lArr: "\u21D0",
  lAtail: "\u291B",
  lBarr: "\u290E",
  lE: "\u2266",
  lEg: "\u2A8B",
  lHar: "\u2962",
  lacute: "\u013A",
  laemptyv: "\u29B4",
  lagran: "\u2112",
  lambda: "\u03BB",
  lang: "\u27E8",
  langd: "\u2991",
  langle: "\u27E8",
  lap: "\u2A85",
  laquo: "\xAB",
  larr: "\u2190",
  larrb: "\u21E4",
  larrbfs: "\u291F",
  larrfs: "\u291D",
  larrhk: "\u21A9",
  larrlp: "\u21AB",
  larrpl: "\u2939",
  larrsim: "\u2973",
  larrtl: "\u21A2",
  lat: "\u2AAB",
  latail: "\u2919",
  late: "\u2AAD",
  lates: "\u2AAD\uFE00",
  lbarr: "\u290C",
  lbbrk: "\u2772",
  lbrace: "{",
  lbrack: "[",
  lbrke: "\u298B",
  lbrksld: "\u298F",
  lbrkslu: "\u298D",
  lcaron: "\u013E",
  lcedil: "\u013C",
  lceil: "\u2308",
  lcub: "{",
  lcy: "\u043B",
  ldca: "\u2936",
  ldquo: "\u201C",
  ldquor: "\u201E",
  ldrdhar: "\u2967",
  ldrushar: "\u294B",
  ldsh: "\u21B2",
  le: "\u2264",
  leftarrow: "\u2190",
  leftarrowtail: "\u21A2",
  leftharpoondown: "\u21BD",
  leftharpoonup: "\u21BC",
  leftleftarrows: "\u21C7",
  leftrightarrow: "\u2194",
  leftrightarrows: "\u21C6",
  leftrightharpoons: "\u21CB",
  leftrightsquigarrow: "\u21AD",
  leftthreetimes: "\u22CB",
  leg: "\u22DA",
  leq: "\u2264",
  leqq: "\u2266",
  leqslant: "\u2A7D",
  les: "\u2A7D",
  lescc: "\u2AA8",
  lesdot: "\u2A7F",
  lesdoto: "\u2A81",
  lesdotor: "\u2A83",
  lesg: "\u22DA\uFE00",
  lesges: "\u2A93",
  lessapprox: "\u2A85",
  lessdot: "\u22D6",
  lesseqgtr: "\u22DA",
  lesseqqgtr: "\u2A8B",
  lessgtr: "\u2276",
  lesssim: "\u2272",
  lfisht: "\u297C",
  lfloor: "\u230A",
  lfr: "\u{1D529}",
  lg: "\u2276",
  lgE: "\u2A91",
  lhard: "\u21BD",
  lharu: "\u21BC",
  lharul: "\u296A",
  lhblk: "\u2584",
  ljcy: "\u0459",
  ll: "\u226A",
  llarr: "\u21C7",
  llcorner: "\u231E",
  llhard: "\u296B",
  lltri: "\u25FA",
  lmidot: "\u0140",
  lmoust: "\u23B0",
  lmoustache: "\u23B0",
  lnE: "\u2268",
  lnap: "\u2A89",
  lnapprox: "\u2A89",
  lne: "\u2A87",
  lneq: "\u2A87",
  lneqq: "\u2268",
  lnsim: "\u22E6",
  loang: "\u27EC",
  loarr: "\u21FD",
  lobrk: "\u27E6",
  longleftarrow: "\u27F5",
  longleftrightarrow: "\u27F7",
  longmapsto: "\u27FC",
  longrightarrow: "\u27F6",
  looparrowleft: "\u21AB",
  looparrowright: "\u21AC",
  lopar: "\u2985",
  lopf: "\u{1D55D}",
  loplus: "\u2A2D",
  lotimes: "\u2A34",
  lowast: "\u2217",
  lowbar: "_",
  loz: "\u25CA",
  lozenge: "\u25CA",
  lozf: "\u29EB",
  lpar: "(",
  lparlt: "\u2993",
  lrarr: "\u21C6",
  lrcorner: "\u231F",
  lrhar: "\u21CB",
  lrhard: "\u296D",
  lrm: "\u200E",
  lrtri: "\u22BF",
  lsaquo: "\u2039",
  lscr: "\u{1D4C1}",
  lsh: "\u21B0",
  lsim: "\u2272",
  lsime: "\u2A8D",
  lsimg: "\u2A8F",
  lsqb: "[",
  lsquo: "\u2018",
  lsquor: "\u201A",
  lstrok: "\u0142",
  lt: "<",
  ltcc: "\u2AA6",
  ltcir: "\u2A79",
  ltdot: "\u22D6",
  lthree: "\u22CB",
  ltimes: "\u22C9",
  ltlarr: "\u2976",
  ltquest: "\u2A7B",
  ltrPar: "\u2996",
  ltri: "\u25C3",
  ltrie: "\u22B4",
  ltrif: "\u25C2",
  lurdshar: "\u294A",
  luruhar: "\u2966",
  lvertneqq: "\u2268\uFE00",
  lvnE: "\u2268\uFE00",
  mDDot: "\u223A",
  macr: "\xAF",
  male: "\u2642",
  malt: "\u2720",
  maltese: "\u2720",
  map: "\u21A6",
  mapsto: "\u21A6",
  mapstodown: "\u21A7",
  mapstoleft: "\u21A4",
  mapstoup: "\u21A5",
  marker: "\u25AE",
  mcomma: "\u2A29",
  mcy: "\u043C",
  mdash: "\u2014",
  measuredangle: "\u2221",
  mfr: "\u{1D52A}",
  mho: "\u2127",
  micro: "\xB5",
  mid: "\u2223",
  midast: "*",
  midcir: "\u2AF0",
  middot: "\xB7",
  minus: "\u2212",
  minusb: "\u229F",
  minusd: "\u2238",
  minusdu: "\u2A2A",
  mlcp: "\u2ADB",
  mldr: "\u2026",
  mnplus: "\u2213",
  models: "\u22A7",
  mopf: "\u{1D55E}",
  mp: "\u2213",
  mscr: "\u{1D4C2}",
  mstpos: "\u223E",
  mu: "\u03BC",
  multimap: "\u22B8",
  mumap: "\u22B8",
  nGg: "\u22D9\u0338",
  nGt: "\u226B\u20D2",
  nGtv: "\u226B\u0338",
  nLeftarrow: "\u21CD",
  nLeftrightarrow: "\u21CE",
  nLl: "\u22D8\u0338",
  nLt: "\u226A\u20D2",
  nLtv: "\u226A\u0338",
  nRightarrow: "\u21CF",
  nVDash: "\u22AF",
  nVdash: "\u22AE",
  nabla: "\u2207",
  nacute: "\u0144",
  nang: "\u2220\u20D2",
  nap: "\u2249",
  napE: "\u2A70\u0338",
  napid: "\u224B\u0338",
  napos: "\u0149",
  napprox: "\u2249",
  natur: "\u266E",
  natural: "\u266E",
  naturals: "\u2115",
  nbsp: "\xA0",
  nbump: "\u224E\u0338",
  nbumpe: "\u224F\u0338",
  ncap: "\u2A43",
  ncaron: "\u0148",
  ncedil: "\u0146",
  ncong: "\u2247",
  ncongdot: "\u2A6D\u0338",
  ncup: "\u2A42",
  ncy: "\u043D",
  ndash: "\u2013",
  ne: "\u2260",
  neArr: "\u21D7",
  nearhk: "\u2924",
  nearr: "\u2197",
  nearrow: "\u2197",
  nedot: "\u2250\u0338",
  nequiv: "\u2262",
  nesear: "\u2928",
  nesim: "\u2242\u0338",
  nexist: "\u2204",
  nexists: "\u2204",
  nfr: "\u{1D52B}",
  ngE: "\u2267\u0338",
  nge: "\u2271",
  ngeq: "\u2271",
  ngeqq: "\u2267\u0338",
  ngeqslant: "\u2A7E\u0338",
  nges: "\u2A7E\u0338",
  ngsim: "\u2275",
  ngt: "\u226F",
  ngtr: "\u226F",
  nhArr: "\u21CE",
  nharr: "\u21AE",
  nhpar: "\u2AF2",
  ni: "\u220B",
  nis: "\u22FC",
  nisd: "\u22FA",
  niv: "\u220B",
  njcy: "\u045A",
  nlArr: "\u21CD",
  nlE: "\u2266\u0338",
  nlarr: "\u219A",
  nldr: "\u2025",
  nle: "\u2270",
  nleftarrow: "\u219A",
  nleftrightarrow: "\u21AE",
  nleq: "\u2270",
  nleqq: "\u2266\u0338",
  nleqslant: "\u2A7D\u0338",
  nles: "\u2A7D\u0338",
  nless: "\u226E",
  nlsim: "\u2274",
  nlt: "\u226E",
  nltri: "\u22EA",
  nltrie: "\u22EC",
  nmid: "\u2224",
  nopf: "\u{1D55F}",
  not: "\xAC",
  notin: "\u2209",
  notinE: "\u22F9\u0338",
  notindot: "\u22F5\u0338",
  notinva: "\u2209",
  notinvb: "\u22F7",
  notinvc: "\u22F6",
  notni: "\u220C",
  notniva: "\u220C",
  notnivb: "\u22FE",
  notnivc: "\u22FD",
  npar: "\u2226",
  nparallel: "\u2226",
  nparsl: "\u2AFD\u20E5",
  npart: "\u2202\u0338",
  npolint: "\u2A14",
  npr: "\u2280",
  nprcue: "\u22E0",
  npre: "\u2AAF\u0338",
  nprec: "\u2280",
  npreceq: "\u2AAF\u0338",
  nrArr: "\u21CF",
  nrarr: "\u219B",
  nrarrc: "\u2933\u0338",
  nrarrw: "\u219D\u0338",
  nrightarrow: "\u219B",
  nrtri: "\u22EB",
  nrtrie: "\u22ED",
  nsc: "\u2281",
  nsccue: "\u22E1",
  nsce: "\u2AB0\u0338",
  nscr: "\u{1D4C3}",
  nshortmid: "\u2224",
  nshortparallel: "\u2226",
  nsim: "\u2241",
  nsime: "\u2244",
  nsimeq: "\u2244",
  nsmid: "\u2224",
  nspar: "\u2226",
  nsqsube: "\u22E2",
  nsqsupe: "\u22E3",
  nsub: "\u2284",
  nsubE: "\u2AC5\u0338",
  nsube: "\u2288",
  nsubset: "\u2282\u20D2",
  nsubseteq: "\u2288",
  nsubseteqq: "\u2AC5\u0338",
  nsucc: "\u2281",
  nsucceq: "\u2AB0\u0338",
  nsup: "\u2285",
  nsupE: "\u2AC6\u0338",
  nsupe: "\u2289",
  nsupset: "\u2283\u20D2",
  nsupseteq: "\u2289",
  nsupseteqq: "\u2AC6\u0338",
  ntgl: "\u2279",
  ntilde: "\xF1",
  ntlg: "\u2278",
  ntriangleleft: "\u22EA",
  ntrianglelefteq: "\u22EC",
  ntriangleright: "\u22EB",
  ntrianglerighteq: "\u22ED",
  nu: "\u03BD",
  num: "#",
  numero: "\u2116",
  numsp: "\u2007",
  nvDash: "\u22AD",
  nvHarr: "\u2904",
  nvap: "\u224D\u20D2",
  nvdash: "\u22AC",
  nvge: "\u2265\u20D2",
  nvgt: ">\u20D2",
  nvinfin: "\u29DE",
  nvlArr: "\u2902",
  nvle: "\u2264\u20D2",
  nvlt: "<\u20D2",
  nvltrie: "\u22B4\u20D2",
  nvrArr: "\u2903",
  nvrtrie: "\u22B5\u20D2",
  nvsim: "\u223C\u20D2",
  nwArr: "\u21D6",
  nwarhk: "\u2923",
  nwarr: "\u2196",
  nwarrow: "\u2196",
  nwnear: "\u2927",
  oS: "\u24C8",
  oacute: "\xF3",
  oast: "\u229B",
  ocir: "\u229A",
  ocirc: "\xF4",
  ocy: "\u043E",
  odash: "\u229D",
  odblac: "\u0151",
  odiv: "\u2A38",
  odot: "\u2299",
  odsold: "\u29BC",
  oelig: "\u0153",
  ofcir: "\u29BF",
  ofr: "\u{1D52C}",
  ogon: "\u02DB",
  ograve: "\xF2",
  ogt: "\u29C1",
  ohbar: "\u29B5",
  ohm: "\u03A9",
  oint: "\u222E",
  olarr: "\u21BA",
  olcir: "\u29BE",
  olcross: "\u29BB",
  oline: "\u203E",
  olt: "\u29C0",
  omacr: "\u014D",
  omega: "\u03C9",
  omicron: "\u03BF",
  omid: "\u29B6",
  ominus: "\u2296",
  oopf: "\u{1D560}",
  opar: "\u29B7",
  operp: "\u29B9",
  oplus: "\u2295",
  or: "\u2228",
  orarr: "\u21BB",
  ord: "\u2A5D",
  order: "\u2134",
  orderof: "\u2134",
  ordf: "\xAA",
  ordm: "\xBA",
  origof: "\u22B6",
  oror: "\u2A56",
  orslope: "\u2A57",
  orv: "\u2A5B",
  oscr: "\u2134",
  oslash: "\xF8",
  osol: "\u2298",
  otilde: "\xF5",
  otimes: "\u2297",
  otimesas: "\u2A36",
  ouml: "\xF6",
  ovbar: "\u233D",
  par: "\u2225",
  para: "\xB6",
  parallel: "\u2225",
  parsim: "\u2AF3",
  parsl: "\u2AFD",
  part: "\u2202",
  pcy: "\u043F",
  percnt: "%",
  period: ".",
  permil: "\u2030",
  perp: "\u22A5",
  pertenk: "\u2031",
  pfr: "\u{1D52D}",
  phi: "\u03C6",
  phiv: "\u03D5",
  phmmat: "\u2133",
  phone: "\u260E",
  pi: "\u03C0",
  pitchfork: "\u22D4",
  piv: "\u03D6",
  planck: "\u210F",
  planckh: "\u210E",
  plankv: "\u210F",
  plus: "+",
  plusacir: "\u2A23",
  plusb: "\u229E",
  pluscir: "\u2A22",
  plusdo: "\u2214",
  plusdu: "\u2A25",
  pluse: "\u2A72",
  plusmn: "\xB1",
  plussim: "\u2A26",
  plustwo: "\u2A27",
  pm: "\xB1",
  pointint: "\u2A15",
  popf: "\u{1D561}",
  pound: "\xA3",
  pr: "\u227A",
  prE: "\u2AB3",
  prap: "\u2AB7",
  prcue: "\u227C",
  pre: "\u2AAF",
  prec: "\u227A",
  precapprox: "\u2AB7",
  preccurlyeq: "\u227C",
  preceq: "\u2AAF",
  precnapprox: "\u2AB9",
  precneqq: "\u2AB5",
  precnsim: "\u22E8",
  precsim: "\u227E",
  prime: "\u2032",
  primes: "\u2119",
  prnE: "\u2AB5",
  prnap: "\u2AB9",
  prnsim: "\u22E8",
  prod: "\u220F",
  profalar: "\u232E",
  profline: "\u2312",
  profsurf: "\u2313",
  prop: "\u221D",
  propto: "\u221D",
  prsim: "\u227E",
  prurel: "\u22B0",
  pscr: "\u{1D4C5}",
  psi: "\u03C8",
  puncsp: "\u2008",
  qfr: "\u{1D52E}",
  qint: "\u2A0C",
  qopf: "\u{1D562}",
  qprime: "\u2057",
  qscr: "\u{1D4C6}",
  quaternions: "\u210D",
  quatint: "\u2A16",
  quest: "?",
  questeq: "\u225F",
  quot: '"',
  rAarr: "\u21DB",
  rArr: "\u21D2",
  rAtail: "\u291C",
  rBarr: "\u290F",
  rHar: "\u2964",
  race: "\u223D\u0331",
  racute: "\u0155",
  radic: "\u221A",
  raemptyv: "\u29B3",
  rang: "\u27E9",
  rangd: "\u2992",
  range: "\u29A5",
  rangle: "\u27E9",
  raquo: "\xBB",
  rarr: "\u2192",
  rarrap: "\u2975",
  rarrb: "\u21E5",
  rarrbfs: "\u2920",
  rarrc: "\u2933",
  rarrfs: "\u291E",
  rarrhk: "\u21AA",
  rarrlp: "\u21AC",
  rarrpl: "\u2945",
  rarrsim: "\u2974",
  rarrtl: "\u21A3",
  rarrw: "\u219D",
  ratail: "\u291A",
  ratio: "\u2236",
  rationals: "\u211A",
  rbarr: "\u290D",
  rbbrk: "\u2773",
  rbrace: "}",
  rbrack: "]",
  rbrke: "\u298C",
  rbrksld: "\u298E",
  rbrkslu: "\u2990",
  rcaron: "\u0159",
  rcedil: "\u0157",
  rceil: "\u2309",
  rcub: "}",
  rcy: "\u0440",
  rdca: "\u2937",
  rdldhar: "\u2969",
  rdquo: "\u201D",
  rdquor: "\u201D",
  rdsh: "\u21B3",
  real: "\u211C",
  realine: "\u211B",
  realpart: "\u211C",
  reals: "\u211D",
  rect: "\u25AD",
  reg: "\xAE",
  rfisht: "\u297D",
  rfloor: "\u230B",
  rfr: "\u{1D52F}",
  rhard: "\u21C1",
  rharu: "\u21C0",
  rharul: "\u296C",
  rho: "\u03C1",
  rhov: "\u03F1",
  rightarrow: "\u2192",
  rightarrowtail: "\u21A3",
  rightharpoondown: "\u21C1",
  rightharpoonup: "\u21C0",
  rightleftarrows: "\u21C4",
  rightleftharpoons: "\u21CC",
  rightrightarrows: "\u21C9",
  rightsquigarrow: "\u219D",
  rightthreetimes: "\u22CC",
  ring: "\u02DA",
  risingdotseq: "\u2253",
  rlarr: "\u21C4",
  rlhar: "\u21CC",
  rlm: "\u200F",
  rmoust: "\u23B1",
  rmoustache: "\u23B1",
  rnmid: "\u2AEE",
  roang: "\u27ED",
  roarr: "\u21FE",
  robrk: "\u27E7",
  ropar: "\u2986",
  ropf: "\u{1D563}",
  roplus: "\u2A2E",
  rotimes: "\u2A35",
  rpar: ")",
  rpargt: "\u2994",
  rppolint: "\u2A12",
  rrarr: "\u21C9",
  rsaquo: "\u203A",
  rscr: "\u{1D4C7}",
  rsh: "\u21B1",
  rsqb: "]",
  rsquo: "\u2019",
  rsquor: "\u2019",
  rthree: "\u22CC",
  rtimes: "\u22CA",
  rtri: "\u25B9",
  rtrie: "\u22B5",
  rtrif: "\u25B8",
  rtriltri: "\u29CE",
  ruluhar: "\u2968",
  rx: "\u211E",
  sacute: "\u015B",
  sbquo: "\u201A",
  sc: "\u227B",
  scE: "\u2AB4",
  scap: "\u2AB8",
  scaron: "\u0161",
  sccue: "\u227D",
  sce: "\u2AB0",
  scedil: "\u015F",
  scirc: "\u015D",
  scnE: "\u2AB6",
  scnap: "\u2ABA",
  scnsim: "\u22E9",
  scpolint: "\u2A13",
  scsim: "\u227F",
  scy: "\u0441",
  sdot: "\u22C5",
  sdotb: "\u22A1",
  sdote: "\u2A66",
  seArr: "\u21D8",
  searhk: "\u2925",
  searr: "\u2198",
  searrow: "\u2198",
  sect: "\xA7",
  semi: ";",
  seswar: "\u2929",
  setminus: "\u2216",
  setmn: "\u2216",
  sext: "\u2736",
  sfr: "\u{1D530}",
  sfrown: "\u2322",
  sharp: "\u266F",
  shchcy: "\u0449",
  shcy: "\u0448",
  shortmid: "\u2223",
  shortparallel: "\u2225",
  shy: "\xAD",
  sigma: "\u03C3",
  sigmaf: "\u03C2",
  sigmav: "\u03C2",
  sim: "\u223C",
  simdot: "\u2A6A",
  sime: "\u2243",
  simeq: "\u2243",
  simg: "\u2A9E",
  simgE: "\u2AA0",
  siml: "\u2A9D",
  simlE: "\u2A9F",
  simne: "\u2246",
  simplus: "\u2A24",
  simrarr: "\u2972",
  slarr: "\u2190",
  smallsetminus: "\u2216",
  smashp: "\u2A33",
  smeparsl: "\u29E4",
  smid: "\u2223",
  smile: "\u2323",
  smt: "\u2AAA",
  smte: "\u2AAC",
  smtes: "\u2AAC\uFE00",
  softcy: "\u044C",
  sol: "/",
  solb: "\u29C4",
  solbar: "\u233F",
  sopf: "\u{1D564}",
  spades: "\u2660",
  spadesuit: "\u2660",
  spar: "\u2225",
  sqcap: "\u2293",
  sqcaps: "\u2293\uFE00",
  sqcup: "\u2294",
  sqcups: "\u2294\uFE00",
  sqsub: "\u228F",
  sqsube: "\u2291",
  sqsubset: "\u228F",
  sqsubseteq: "\u2291",
  sqsup: "\u2290",
  sqsupe: "\u2292",
  sqsupset: "\u2290",
  sqsupseteq: "\u2292",
  squ: "\u25A1",
  square: "\u25A1",
  squarf: "\u25AA",
  squf: "\u25AA",
  srarr: "\u2192",
  sscr: "\u{1D4C8}",
  ssetmn: "\u2216",
  ssmile: "\u2323",
  sstarf: "\u22C6",
  star: "\u2606",
  starf: "\u2605",
  straightepsilon: "\u03F5",
  straightphi: "\u03D5",
  strns: "\xAF",
  sub: "\u2282",
  subE: "\u2AC5",
  subdot: "\u2ABD",
  sube: "\u2286",
  subedot: "\u2AC3",
  submult: "\u2AC1",
  subnE: "\u2ACB",
  subne: "\u228A",
  subplus: "\u2ABF",
  subrarr: "\u2979",
  subset: "\u2282",
  subseteq: "\u2286",
  subseteqq: "\u2AC5",
  subsetneq: "\u228A",
  subsetneqq: "\u2ACB",
  subsim: "\u2AC7",
  subsub: "\u2AD5",
  subsup: "\u2AD3",
  succ: "\u227B",
  succapprox: "\u2AB8",
  succcurlyeq: "\u227D",
  succeq: "\u2AB0",
  succnapprox: "\u2ABA",
  succneqq: "\u2AB6",
  succnsim: "\u22E9",
  succsim: "\u227F",
  sum: "\u2211",
  sung: "\u266A",
  sup1: "\xB9",
  sup2: "\xB2",
  sup3: "\xB3",
  sup: "\u2283",
  supE: "\u2AC6",
  supdot: "\u2ABE",
  supdsub: "\u2AD8",
  supe: "\u2287",
  supedot: "\u2AC4",
  suphsol: "\u27C9",
  suphsub: "\u2AD7",
  suplarr: "\u297B",
  supmult: "\u2AC2",
  supnE: "\u2ACC",
  supne: "\u228B",
  supplus: "\u2AC0",
  supset: "\u2283",
  supseteq: "\u2287",
  supseteqq: "\u2AC6",
  supsetneq: "\u228B",
  supsetneqq: "\u2ACC",
  supsim: "\u2AC8",
  supsub: "\u2AD4",
  supsup: "\u2AD6",
  swArr: "\u21D9",
  swarhk: "\u2926",
  swarr: "\u2199",
  swarrow: "\u2199",
  swnwar: "\u292A",
  szlig: "\xDF",
  target: "\u2316",
  tau: "\u03C4",
  tbrk: "\u23B4",
  tcaron: "\u0165",
  tcedil: "\u0163",
  tcy: "\u0442",
  tdot: "\u20DB",
  telrec: "\u2315",
  tfr: "\u{1D531}",
  there4: "\u2234",
  therefore: "\u2234",
  theta: "\u03B8",
  thetasym: "\u03D1",
  thetav: "\u03D1",
  thickapprox: "\u2248",
  thicksim: "\u223C",
  thinsp: "\u2009",
  thkap: "\u2248",
  thksim: "\u223C",
  thorn: "\xFE",
  tilde: "\u02DC",
  times: "\xD7",
  timesb: "\u22A0",
  timesbar: "\u2A31",
  timesd: "\u2A30",
  tint: "\u222D",
  toea: "\u2928",
  top: "\u22A4",
  topbot: "\u2336",
  topcir: "\u2AF1",
  topf: "\u{1D565}",
  topfork: "\u2ADA",
  tosa: "\u2929",
  tprime: "\u2034",
  trade: "\u2122",
  triangle: "\u25B5",
  triangledown: "\u25BF",
  triangleleft: "\u25C3",
  trianglelefteq: "\u22B4",
  triangleq: "\u225C",
  triangleright: "\u25B9",
  trianglerighteq: "\u22B5",
  tridot: "\u25EC",
  trie: "\u225C",
  triminus: "\u2A3A",
  triplus: "\u2A39",
  trisb: "\u29CD",
  tritime: "\u2A3B",
  trpezium: "\u23E2",
  tscr: "\u{1D4C9}",
  tscy: "\u0446",
  tshcy: "\u045B",
  tstrok: "\u0167",
  twixt: "\u226C",
  twoheadleftarrow: "\u219E",
  twoheadrightarrow: "\u21A0",
  uArr: "\u21D1",
  uHar: "\u2963",
  uacute: "\xFA",
  uarr: "\u2191",
  ubrcy: "\u045E",
  ubreve: "\u016D",
  ucirc: "\xFB",
  ucy: "\u0443",
  udarr: "\u21C5",
  udblac: "\u0171",
  udhar: "\u296E",
  ufisht: "\u297E",
  ufr: "\u{1D532}",
  ugrave: "\xF9",
  uharl: "\u21BF",
  uharr: "\u21BE",
  uhblk: "\u2580",
  ulcorn: "\u231C",
  ulcorner: "\u231C",
  ulcrop: "\u230F",
  ultri: "\u25F8",
  umacr: "\u016B",
  uml: "\xA8",
  uogon: "\u0173",
  uopf: "\u{1D566}",
  uparrow: "\u2191",
  updownarrow: "\u2195",
  upharpoonleft: "\u21BF",
  upharpoonright: "\u21BE",
  uplus: "\u228E",
  upsi: "\u03C5",
  upsih: "\u03D2",
  upsilon: "\u03C5",
  upuparrows: "\u21C8",
  urcorn: "\u231D",
  urcorner: "\u231D",
  urcrop: "\u230E",
  uring: "\u016F",
  urtri: "\u25F9",
  uscr: "\u{1D4CA}",
  utdot: "\u22F0",
  utilde: "\u0169",
  utri: "\u25B5",
  utrif: "\u25B4",
  uuarr: "\u21C8",
  uuml: "\xFC",
  uwangle: "\u29A7",
  vArr: "\u21D5",
  vBar: "\u2AE8",
  vBarv: "\u2AE9",
  vDash: "\u22A8",
  vangrt: "\u299C",
  varepsilon: "\u03F5",
  varkappa: "\u03F0",
  varnothing: "\u2205",
  varphi: "\u03D5",
  varpi: "\u03D6",
  varpropto: "\u221D",
  varr: "\u2195",
  varrho: "\u03F1",
  varsigma: "\u03C2",
  varsubsetneq: "\u228A\uFE00",
  varsubsetneqq: "\u2ACB\uFE00",
  varsupsetneq: "\u228B\uFE00",
  varsupsetneqq: "\u2ACC\uFE00",
  vartheta: "\u03D1",
  vartriangleleft: "\u22B2",
  vartriangleright: "\u22B3",
  vcy: "\u0432",
  vdash: "\u22A2",
  vee: "\u2228",
  veebar: "\u22BB",
  veeeq: "\u225A",
  vellip: "\u22EE",
  verbar: "|",
  vert: "|",
  vfr: "\u{1D533}",
  vltri: "\u22B2",
  vnsub: "\u2282\u20D2",
  vnsup: "\u2283\u20D2",
  vopf: "\u{1D567}",
  vprop: "\u221D",
  vrtri: "\u22B3",
  vscr: "\u{1D4CB}",
  vsubnE: "\u2ACB\uFE00",
  vsubne: "\u228A\uFE00",
  vsupnE: "\u2ACC\uFE00",
  vsupne: "\u228B\uFE00",
  vzigzag: "\u299A",
  wcirc: "\u0175",
  wedbar: "\u2A5F",
  wedge: "\u2227",
  wedgeq: "\u2259",
  weierp: "\u2118",
  wfr: "\u{1D534}",
  wopf: "\u{1D568}",
  wp: "\u2118",
  wr: "\u2240",
  wreath: "\u2240",
  wscr: "\u{1D4CC}",
  xcap: "\u22C2",
  xcirc: "\u25EF",
  xcup: "\u22C3",
  xdtri: "\u25BD",
  xfr: "\u{1D535}",
  xhArr: "\u27FA",
  xharr: "\u27F7",
  xi: "\u03BE",
  xlArr: "\u27F8",
  xlarr: "\u27F5",
  xmap: "\u27FC",
  xnis: "\u22FB",
  xodot: "\u2A00",
  xopf: "\u{1D569}",
  xoplus: "\u2A01",
  xotime: "\u2A02",
  xrArr: "\u27F9",
  xrarr: "\u27F6",
  xscr: "\u{1D4CD}",
  xsqcup: "\u2A06",
  xuplus: "\u2A04",
  xutri: "\u25B3",
  xvee: "\u22C1",
  xwedge: "\u22C0",
  yacute: "\xFD",
  yacy: "\u044F",
  ycirc: "\u0177",
  ycy: "\u044B",
  yen: "\xA5",
  yfr: "\u{1D536}",
  yicy: "\u0457",
  yopf: "\u{1D56A}",
  yscr: "\u{1D4CE}",
  yucy: "\u044E",
  yuml: "\xFF",
  zacute: "\u017A",
  zcaron: "\u017E",
  zcy: "\u0437",
  zdot: "\u017C",
  zeetrf: "\u2128",
  zeta: "\u03B6",
  zfr: "\u{1D537}",
  zhcy: "\u0436",
  zigrarr: "\u21DD",
  zopf: "\u{1D56B}",
  zscr: "\u{1D4CF}",
  zwj: "\u200D",
  zwnj: "\u200C"
};

// node_modules/decode-named-character-reference/index.js
var own3 = {}.hasOwnProperty;
function decodeNamedCharacterReference(value2) {
  return own3.call(characterEntities, value2) ? characterEntities[value2] : false;
}

// node_modules/micromark-util-chunked/index.js
function splice(list2, start, remove, items) {
  const end = list2.length;
  let chunkStart = 0;
  let parameters;
  if (start < 0) {
    start = -start > end ? 0 : end + start;
  } else {
    start = start > end ? end : start;
  }
  remove = remove > 0 ? remove : 0;
  if (items.length < 1e4) {
    parameters = Array.from(items);
    parameters.unshift(start, remove);
    list2.splice(...parameters);
  } else {
    if (remove) list2.splice(start, remove);
    while (chunkStart < items.length) {
      parameters = items.slice(chunkStart, chunkStart + 1e4);
      parameters.unshift(start, 0);
      list2.splice(...parameters);
      chunkStart += 1e4;
      start += 1e4;
    }
  }
}
function push(list2, items) {
  if (list2.length > 0) {
    splice(list2, list2.length, 0, items);
    return list2;
  }
  return items;
}

// node_modules/micromark-util-combine-extensions/index.js
var hasOwnProperty = {}.hasOwnProperty;
function combineExtensions(extensions) {
  const all2 = {};
  let index2 = -1;
  while (++index2 < extensions.length) {
    syntaxExtension(all2, extensions[index2]);
  }
  return all2;
}
function syntaxExtension(all2, extension2) {
  let hook;
  for (hook in extension2) {
    const maybe = hasOwnProperty.call(all2, hook) ? all2[hook] : void 0;
    const left = maybe || (all2[hook] = {});
    const right = extension2[hook];
    let code;
    if (right) {
      for (code in right) {
        if (!hasOwnProperty.call(left, code)) left[code] = [];
        const value2 = right[code];
        constructs(
          // @ts-expect-error Looks like a list.
          left[code],
          Array.isArray(value2) ? value2 : value2 ? [value2] : []
        );
      }
    }
  }
}
function constructs(existing, list2) {
  let index2 = -1;
  const before = [];
  while (++index2 < list2.length) {
    ;
    (list2[index2].add === "after" ? existing : before).push(list2[index2]);
  }
  splice(existing, 0, 0, before);
}

// node_modules/micromark-util-decode-numeric-character-reference/index.js
function decodeNumericCharacterReference(value2, base) {
  const code = Number.parseInt(value2, base);
  if (
    // C0 except for HT, LF, FF, CR, space.
    code < 9 || code === 11 || code > 13 && code < 32 || // Control character (DEL) of C0, and C1 controls.
    code > 126 && code < 160 || // Lone high surrogates and low surrogates.
    code > 55295 && code < 57344 || // Noncharacters.
    code > 64975 && code < 65008 || /* eslint-disable no-bitwise */
    (code & 65535) === 65535 || (code & 65535) === 65534 || /* eslint-enable no-bitwise */
    // Out of range
    code > 1114111
  ) {
    return "\uFFFD";
  }
  return String.fromCodePoint(code);
}

// node_modules/micromark-util-normalize-identifier/index.js
function normalizeIdentifier(value2) {
  return value2.replace(/[\t\n\r ]+/g, " ").replace(/^ | $/g, "").toLowerCase().toUpperCase();
}

// node_modules/micromark-util-character/index.js
var asciiAlpha = regexCheck(/[A-Za-z]/);
var asciiAlphanumeric = regexCheck(/[\dA-Za-z]/);
var asciiAtext = regexCheck(/[#-'*+\--9=?A-Z^-~]/);
function asciiControl(code) {
  return (
    // Special whitespace codes (which have negative values), C0 and Control
    // character DEL
    code !== null && (code < 32 || code === 127)
  );
}
var asciiDigit = regexCheck(/\d/);
var asciiHexDigit = regexCheck(/[\dA-Fa-f]/);
var asciiPunctuation = regexCheck(/[!-/:-@[-`{-~]/);
function markdownLineEnding(code) {
  return code !== null && code < -2;
}
function markdownLineEndingOrSpace(code) {
  return code !== null && (code < 0 || code === 32);
}
function markdownSpace(code) {
  return code === -2 || code === -1 || code === 32;
}
var unicodePunctuation = regexCheck(new RegExp("\\p{P}|\\p{S}", "u"));
var unicodeWhitespace = regexCheck(/\s/);
function regexCheck(regex) {
  return check2;
  function check2(code) {
    return code !== null && code > -1 && regex.test(String.fromCharCode(code));
  }
}

// node_modules/micromark-factory-space/index.js
function factorySpace(effects, ok2, type, max) {
  const limit = max ? max - 1 : Infinity;
  let size = 0;
  return start;
  function start(code) {
    if (markdownSpace(code)) {
      effects.enter(type);
      return prefix(code);
    }
    return ok2(code);
  }
  function prefix(code) {
    if (markdownSpace(code) && size++ < limit) {
      effects.consume(code);
      return prefix;
    }
    effects.exit(type);
    return ok2(code);
  }
}
function factorySpaceMinMax(effects, ok2, nok, type, min, max) {
  let size = 0;
  return start;
  function start(code) {
    if (max > 0 && markdownSpace(code)) {
      effects.enter(type);
      return prefix(code);
    }
    return after(code);
  }
  function prefix(code) {
    if (markdownSpace(code) && size < max) {
      effects.consume(code);
      size++;
      return prefix;
    }
    effects.exit(type);
    return after(code);
  }
  function after(code) {
    return size >= min ? ok2(code) : nok(code);
  }
}

// node_modules/micromark/lib/initialize/content.js
var content = {
  tokenize: initializeContent
};
function initializeContent(effects) {
  const contentStart = effects.attempt(this.parser.constructs.contentInitial, afterContentStartConstruct, paragraphInitial);
  let previous2;
  return contentStart;
  function afterContentStartConstruct(code) {
    if (code === null) {
      effects.consume(code);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return factorySpace(effects, contentStart, "linePrefix");
  }
  function paragraphInitial(code) {
    effects.enter("paragraph");
    return lineStart(code);
  }
  function lineStart(code) {
    const token = effects.enter("chunkText", {
      contentType: "text",
      previous: previous2
    });
    if (previous2) {
      previous2.next = token;
    }
    previous2 = token;
    return data(code);
  }
  function data(code) {
    if (code === null) {
      effects.exit("chunkText");
      effects.exit("paragraph");
      effects.consume(code);
      return;
    }
    if (markdownLineEnding(code)) {
      effects.consume(code);
      effects.exit("chunkText");
      return lineStart;
    }
    effects.consume(code);
    effects.consumeRun();
    return data;
  }
}

// node_modules/micromark-util-edit-map/index.js
var EditMap = class {
  /**
   * Create a new edit map.
   *
   * @returns
   *   New instance.
   */
  constructor() {
    this.index = /* @__PURE__ */ new Map();
    this.map = [];
  }
  /**
   * Create an edit: a remove and/or add at a certain place.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  add(index2, remove, add2) {
    addImplementation(this, index2, remove, add2, false);
  }
  /**
   * Create an edit: but insert `add` before existing additions, instead of
   * after them.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  addBefore(index2, remove, add2) {
    addImplementation(this, index2, remove, add2, true);
  }
  /**
   * Done, change the events.
   *
   * @param {Array<Event>} events
   *   List of events to apply the edits to.
   * @returns {undefined}
   *   Nothing.
   */
  consume(events) {
    this.map.sort(function(a, b) {
      return a[0] - b[0];
    });
    if (this.map.length === 0) {
      return;
    }
    let index2 = this.map.length;
    const vecs = [];
    while (index2 > 0) {
      index2 -= 1;
      vecs.push(events.slice(this.map[index2][0] + this.map[index2][1]), this.map[index2][2]);
      events.length = this.map[index2][0];
    }
    vecs.push(events.slice());
    events.length = 0;
    let slice = vecs.pop();
    while (slice) {
      for (const element of slice) {
        events.push(element);
      }
      slice = vecs.pop();
    }
    this.map.length = 0;
    this.index.clear();
  }
};
function addImplementation(editMap, at2, remove, add2, before) {
  if (remove === 0 && add2.length === 0) {
    return;
  }
  const existing = editMap.index.get(at2);
  if (existing) {
    existing[1] += remove;
    if (before) {
      add2.push(...existing[2]);
      existing[2] = add2;
    } else {
      existing[2].push(...add2);
    }
    return;
  }
  const change = [at2, remove, add2];
  editMap.map.push(change);
  editMap.index.set(at2, change);
}

// node_modules/micromark/lib/initialize/document.js
var document = {
  tokenize: initializeDocument
};
var containerConstruct = {
  tokenize: tokenizeContainer
};
function initializeDocument(effects) {
  const self = this;
  const stack = [];
  let continued = 0;
  let childFlow;
  let childToken;
  let lineStartOffset;
  return start;
  function start(code) {
    if (continued < stack.length) {
      const item = stack[continued];
      self.containerState = item[1];
      return effects.attempt(item[0].continuation, documentContinue, checkNewContainers)(code);
    }
    return checkNewContainers(code);
  }
  function documentContinue(code) {
    continued++;
    if (self.containerState._closeFlow) {
      self.containerState._closeFlow = void 0;
      if (childFlow) {
        closeFlow();
      }
      const indexBeforeExits = self.events.length;
      let indexBeforeFlow = indexBeforeExits;
      let point3;
      while (indexBeforeFlow--) {
        if (self.events[indexBeforeFlow][0] === "exit" && self.events[indexBeforeFlow][1].type === "chunkFlow") {
          point3 = self.events[indexBeforeFlow][1].end;
          break;
        }
      }
      exitContainers(continued);
      let index2 = indexBeforeExits;
      while (index2 < self.events.length) {
        self.events[index2][1].end = {
          ...point3
        };
        index2++;
      }
      const editMap = new EditMap();
      editMap.add(indexBeforeFlow + 1, 0, self.events.slice(indexBeforeExits));
      editMap.add(indexBeforeExits, index2 - indexBeforeExits, []);
      editMap.consume(self.events);
      return checkNewContainers(code);
    }
    return start(code);
  }
  function checkNewContainers(code) {
    if (continued === stack.length) {
      if (!childFlow) {
        return documentContinued(code);
      }
      if (childFlow.currentConstruct && childFlow.currentConstruct.concrete) {
        return flowStart(code);
      }
      self.interrupt = Boolean(childFlow.currentConstruct && !childFlow._gfmTableDynamicInterruptHack);
    }
    self.containerState = {};
    return effects.check(containerConstruct, thereIsANewContainer, thereIsNoNewContainer)(code);
  }
  function thereIsANewContainer(code) {
    if (childFlow) {
      closeFlow();
    }
    exitContainers(continued);
    return documentContinued(code);
  }
  function thereIsNoNewContainer(code) {
    self.parser.lazy[self.now().line] = continued !== stack.length;
    lineStartOffset = self.now().offset;
    return flowStart(code);
  }
  function documentContinued(code) {
    self.containerState = {};
    return effects.attempt(containerConstruct, containerContinue, flowStart)(code);
  }
  function containerContinue(code) {
    continued++;
    stack.push([self.currentConstruct, self.containerState]);
    return documentContinued(code);
  }
  function flowStart(code) {
    if (code === null) {
      if (childFlow) {
        closeFlow();
      }
      exitContainers(0);
      effects.consume(code);
      return;
    }
    childFlow = childFlow || self.parser.flow(self.now());
    effects.enter("chunkFlow", {
      _tokenizer: childFlow,
      contentType: "flow",
      previous: childToken
    });
    return flowContinue(code);
  }
  function flowContinue(code) {
    if (code === null) {
      writeToChild(effects.exit("chunkFlow"), true);
      exitContainers(0);
      effects.consume(code);
      return;
    }
    if (markdownLineEnding(code)) {
      effects.consume(code);
      writeToChild(effects.exit("chunkFlow"));
      continued = 0;
      self.interrupt = void 0;
      return start;
    }
    effects.consume(code);
    effects.consumeRun();
    return flowContinue;
  }
  function writeToChild(token, endOfFile) {
    const stream = self.sliceStream(token);
    if (endOfFile) {
      stream.push(null);
    }
    token.previous = childToken;
    if (childToken) {
      childToken.next = token;
    }
    childToken = token;
    childFlow.defineSkip(token.start);
    childFlow.write(stream);
    if (self.parser.lazy[token.start.line]) {
      let index2 = childFlow.events.length;
      while (index2--) {
        if (
          // The token starts before the line ending\u2026
          childFlow.events[index2][1].start.offset < lineStartOffset && // \u2026and either is not ended yet\u2026
          (!childFlow.events[index2][1].end || // \u2026or ends after it.
          childFlow.events[index2][1].end.offset > lineStartOffset)
        ) {
          return;
        }
      }
      const indexBeforeExits = self.events.length;
      let indexBeforeFlow = indexBeforeExits;
      let seen;
      let point3;
      while (indexBeforeFlow--) {
        if (self.events[indexBeforeFlow][0] === "exit" && self.events[indexBeforeFlow][1].type === "chunkFlow") {
          if (seen) {
            point3 = self.events[indexBeforeFlow][1].end;
            break;
          }
          seen = true;
        }
      }
      exitContainers(continued);
      index2 = indexBeforeExits;
      while (index2 < self.events.length) {
        self.events[index2][1].end = {
          ...point3
        };
        index2++;
      }
      const editMap = new EditMap();
      editMap.add(indexBeforeFlow + 1, 0, self.events.slice(indexBeforeExits));
      editMap.add(indexBeforeExits, index2 - indexBeforeExits, []);
      editMap.consume(self.events);
    }
  }
  function exitContainers(size) {
    let index2 = stack.length;
    while (index2-- > size) {
      const entry = stack[index2];
      self.containerState = entry[1];
      entry[0].exit.call(self, effects);
    }
    stack.length = size;
  }
  function closeFlow() {
    childFlow.write([null]);
    childToken = void 0;
    childFlow = void 0;
    self.containerState._closeFlow = void 0;
  }
}
function tokenizeContainer(effects, ok2, nok) {
  return factorySpace(effects, effects.attempt(this.parser.constructs.document, ok2, nok), "linePrefix", this.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4);
}

// node_modules/micromark-util-classify-character/index.js
function classifyCharacter(code) {
  if (code === null || markdownLineEndingOrSpace(code) || unicodeWhitespace(code)) {
    return 1;
  }
  if (unicodePunctuation(code)) {
    return 2;
  }
}

// node_modules/micromark-util-resolve-all/index.js
function resolveAll(constructs2, events, context) {
  const called = [];
  let index2 = -1;
  while (++index2 < constructs2.length) {
    const resolve13 = constructs2[index2].resolveAll;
    if (resolve13 && !called.includes(resolve13)) {
      events = resolve13(events, context);
      called.push(resolve13);
    }
  }
  return events;
}

// node_modules/micromark-core-commonmark/lib/attention.js
var attention = {
  name: "attention",
  resolveAll: resolveAllAttention,
  tokenize: tokenizeAttention
};
function resolveAllAttention(events, context) {
  let index2 = -1;
  let nextEvents;
  while (++index2 < events.length) {
    if (events[index2][0] === "enter" && events[index2][1].type === "attentionSequence" && events[index2][1]._close) {
      let open2 = index2;
      while (open2--) {
        if (events[open2][0] === "exit" && events[open2][1].type === "attentionSequence" && events[open2][1]._open && // If the markers are the same:
        context.sliceSerialize(events[open2][1]).charCodeAt(0) === context.sliceSerialize(events[index2][1]).charCodeAt(0)) {
          if ((events[open2][1]._close || events[index2][1]._open) && (events[index2][1].end.offset - events[index2][1].start.offset) % 3 && !((events[open2][1].end.offset - events[open2][1].start.offset + events[index2][1].end.offset - events[index2][1].start.offset) % 3)) {
            continue;
          }
          const use = events[open2][1].end.offset - events[open2][1].start.offset > 1 && events[index2][1].end.offset - events[index2][1].start.offset > 1 ? 2 : 1;
          const start = {
            ...events[open2][1].end
          };
          const end = {
            ...events[index2][1].start
          };
          movePoint(start, -use);
          movePoint(end, use);
          const openingSequence = {
            type: use > 1 ? "strongSequence" : "emphasisSequence",
            start,
            end: {
              ...events[open2][1].end
            }
          };
          const closingSequence = {
            type: use > 1 ? "strongSequence" : "emphasisSequence",
            start: {
              ...events[index2][1].start
            },
            end
          };
          const text3 = {
            type: use > 1 ? "strongText" : "emphasisText",
            start: {
              ...events[open2][1].end
            },
            end: {
              ...events[index2][1].start
            }
          };
          const group = {
            type: use > 1 ? "strong" : "emphasis",
            start: {
              ...openingSequence.start
            },
            end: {
              ...closingSequence.end
            }
          };
          events[open2][1].end = {
            ...openingSequence.start
          };
          events[index2][1].start = {
            ...closingSequence.end
          };
          nextEvents = [];
          if (events[open2][1].end.offset - events[open2][1].start.offset) {
            nextEvents = push(nextEvents, [["enter", events[open2][1], context], ["exit", events[open2][1], context]]);
          }
          nextEvents = push(nextEvents, [["enter", group, context], ["enter", openingSequence, context], ["exit", openingSequence, context], ["enter", text3, context]]);
          nextEvents = push(nextEvents, resolveAll(context.parser.constructs.insideSpan.null, events.slice(open2 + 1, index2), context));
          nextEvents = push(nextEvents, [["exit", text3, context], ["enter", closingSequence, context], ["exit", closingSequence, context], ["exit", group, context]]);
          let offset = 0;
          if (events[index2][1].end.offset - events[index2][1].start.offset) {
            offset = 2;
            nextEvents = push(nextEvents, [["enter", events[index2][1], context], ["exit", events[index2][1], context]]);
          }
          splice(events, open2 - 1, index2 - open2 + 3, nextEvents);
          index2 = open2 + nextEvents.length - offset - 2;
          break;
        }
      }
    }
  }
  index2 = -1;
  while (++index2 < events.length) {
    if (events[index2][1].type === "attentionSequence") {
      events[index2][1].type = "data";
    }
  }
  return events;
}
function tokenizeAttention(effects, ok2) {
  const attentionMarkers2 = this.parser.constructs.attentionMarkers.null;
  const previous2 = this.previous;
  const before = classifyCharacter(previous2);
  let marker;
  return start;
  function start(code) {
    marker = code;
    effects.enter("attentionSequence");
    return inside2(code);
  }
  function inside2(code) {
    if (code === marker) {
      effects.consume(code);
      return inside2;
    }
    const token = effects.exit("attentionSequence");
    const after = classifyCharacter(code);
    const open2 = !after || after === 2 && before || attentionMarkers2.includes(code) && code !== 42 && code !== 95;
    const close2 = !before || before === 2 && after || attentionMarkers2.includes(previous2) && previous2 !== 42 && previous2 !== 95;
    token._open = Boolean(marker === 42 ? open2 : open2 && (before || !close2));
    token._close = Boolean(marker === 42 ? close2 : close2 && (after || !open2));
    return ok2(code);
  }
}
function movePoint(point3, offset) {
  point3.column += offset;
  point3.offset += offset;
  point3._bufferIndex += offset;
}

// node_modules/micromark-core-commonmark/lib/autolink.js
var autolink = {
  name: "autolink",
  tokenize: tokenizeAutolink
};
function tokenizeAutolink(effects, ok2, nok) {
  let size = 0;
  return start;
  function start(code) {
    effects.enter("autolink");
    effects.enter("autolinkMarker");
    effects.consume(code);
    effects.exit("autolinkMarker");
    effects.enter("autolinkProtocol");
    return open2;
  }
  function open2(code) {
    if (asciiAlpha(code)) {
      effects.consume(code);
      return schemeOrEmailAtext;
    }
    if (code === 64) {
      return nok(code);
    }
    return emailAtext(code);
  }
  function schemeOrEmailAtext(code) {
    if (code === 43 || code === 45 || code === 46 || asciiAlphanumeric(code)) {
      size = 1;
      return schemeInsideOrEmailAtext(code);
    }
    return emailAtext(code);
  }
  function schemeInsideOrEmailAtext(code) {
    if (code === 58) {
      effects.consume(code);
      size = 0;
      return urlInside;
    }
    if ((code === 43 || code === 45 || code === 46 || asciiAlphanumeric(code)) && size++ < 32) {
      effects.consume(code);
      return schemeInsideOrEmailAtext;
    }
    size = 0;
    return emailAtext(code);
  }
  function urlInside(code) {
    if (code === 62) {
      effects.exit("autolinkProtocol");
      effects.enter("autolinkMarker");
      effects.consume(code);
      effects.exit("autolinkMarker");
      effects.exit("autolink");
      return ok2;
    }
    if (code === null || code === 32 || code === 60 || asciiControl(code)) {
      return nok(code);
    }
    effects.consume(code);
    return urlInside;
  }
  function emailAtext(code) {
    if (code === 64) {
      effects.consume(code);
      return emailAtSignOrDot;
    }
    if (asciiAtext(code)) {
      effects.consume(code);
      return emailAtext;
    }
    return nok(code);
  }
  function emailAtSignOrDot(code) {
    return asciiAlphanumeric(code) ? emailLabel(code) : nok(code);
  }
  function emailLabel(code) {
    if (code === 46) {
      effects.consume(code);
      size = 0;
      return emailAtSignOrDot;
    }
    if (code === 62) {
      effects.exit("autolinkProtocol").type = "autolinkEmail";
      effects.enter("autolinkMarker");
      effects.consume(code);
      effects.exit("autolinkMarker");
      effects.exit("autolink");
      return ok2;
    }
    return emailValue(code);
  }
  function emailValue(code) {
    if ((code === 45 || asciiAlphanumeric(code)) && size++ < 63) {
      const next = code === 45 ? emailValue : emailLabel;
      effects.consume(code);
      return next;
    }
    return nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/blank-line.js
var blankLine = {
  partial: true,
  tokenize: tokenizeBlankLine
};
function tokenizeBlankLine(effects, ok2, nok) {
  return start;
  function start(code) {
    return markdownSpace(code) ? factorySpace(effects, after, "linePrefix")(code) : after(code);
  }
  function after(code) {
    return code === null || markdownLineEnding(code) ? ok2(code) : nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/block-quote.js
var blockQuote = {
  continuation: {
    tokenize: tokenizeBlockQuoteContinuation
  },
  exit,
  name: "blockQuote",
  tokenize: tokenizeBlockQuoteStart
};
function tokenizeBlockQuoteStart(effects, ok2, nok) {
  const self = this;
  return start;
  function start(code) {
    if (code === 62) {
      const state = self.containerState;
      if (!state.open) {
        effects.enter("blockQuote", {
          _container: true
        });
        state.open = true;
      }
      effects.enter("blockQuotePrefix");
      effects.enter("blockQuoteMarker");
      effects.consume(code);
      effects.exit("blockQuoteMarker");
      return after;
    }
    return nok(code);
  }
  function after(code) {
    if (markdownSpace(code)) {
      effects.enter("blockQuotePrefixWhitespace");
      effects.consume(code);
      effects.exit("blockQuotePrefixWhitespace");
      effects.exit("blockQuotePrefix");
      return ok2;
    }
    effects.exit("blockQuotePrefix");
    return ok2(code);
  }
}
function tokenizeBlockQuoteContinuation(effects, ok2, nok) {
  const self = this;
  return contStart;
  function contStart(code) {
    if (markdownSpace(code)) {
      return factorySpace(effects, contBefore, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code);
    }
    return contBefore(code);
  }
  function contBefore(code) {
    return effects.attempt(blockQuote, ok2, nok)(code);
  }
}
function exit(effects) {
  effects.exit("blockQuote");
}

// node_modules/micromark-core-commonmark/lib/character-escape.js
var characterEscape = {
  name: "characterEscape",
  tokenize: tokenizeCharacterEscape
};
function tokenizeCharacterEscape(effects, ok2, nok) {
  return start;
  function start(code) {
    effects.enter("characterEscape");
    effects.enter("escapeMarker");
    effects.consume(code);
    effects.exit("escapeMarker");
    return inside2;
  }
  function inside2(code) {
    if (asciiPunctuation(code)) {
      effects.enter("characterEscapeValue");
      effects.consume(code);
      effects.exit("characterEscapeValue");
      effects.exit("characterEscape");
      return ok2;
    }
    return nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/character-reference.js
var characterReference = {
  name: "characterReference",
  tokenize: tokenizeCharacterReference
};
function tokenizeCharacterReference(effects, ok2, nok) {
  const self = this;
  let size = 0;
  let max;
  let test;
  return start;
  function start(code) {
    effects.enter("characterReference");
    effects.enter("characterReferenceMarker");
    effects.consume(code);
    effects.exit("characterReferenceMarker");
    return open2;
  }
  function open2(code) {
    if (code === 35) {
      effects.enter("characterReferenceMarkerNumeric");
      effects.consume(code);
      effects.exit("characterReferenceMarkerNumeric");
      return numeric;
    }
    effects.enter("characterReferenceValue");
    max = 31;
    test = asciiAlphanumeric;
    return value2(code);
  }
  function numeric(code) {
    if (code === 88 || code === 120) {
      effects.enter("characterReferenceMarkerHexadecimal");
      effects.consume(code);
      effects.exit("characterReferenceMarkerHexadecimal");
      effects.enter("characterReferenceValue");
      max = 6;
      test = asciiHexDigit;
      return value2;
    }
    effects.enter("characterReferenceValue");
    max = 7;
    test = asciiDigit;
    return value2(code);
  }
  function value2(code) {
    if (code === 59 && size) {
      const token = effects.exit("characterReferenceValue");
      if (test === asciiAlphanumeric && !decodeNamedCharacterReference(self.sliceSerialize(token))) {
        return nok(code);
      }
      effects.enter("characterReferenceMarker");
      effects.consume(code);
      effects.exit("characterReferenceMarker");
      effects.exit("characterReference");
      return ok2;
    }
    if (test(code) && size++ < max) {
      effects.consume(code);
      return value2;
    }
    return nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/partial-non-lazy-continuation.js
var nonLazyContinuation = {
  partial: true,
  tokenize: tokenizeNonLazyContinuation
};
function tokenizeNonLazyContinuation(effects, ok2, nok) {
  const self = this;
  return start;
  function start(code) {
    if (code === null) {
      return nok(code);
    }
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return after;
  }
  function after(code) {
    return self.parser.lazy[self.now().line] ? nok(code) : ok2(code);
  }
}

// node_modules/micromark-core-commonmark/lib/code-fenced.js
var codeFenced = {
  concrete: true,
  name: "codeFenced",
  tokenize: tokenizeCodeFenced
};
function tokenizeCodeFenced(effects, ok2, nok) {
  const self = this;
  const closeStart = {
    partial: true,
    tokenize: tokenizeCloseStart
  };
  let initialPrefix = 0;
  let sizeOpen = 0;
  let marker;
  return start;
  function start(code) {
    return beforeSequenceOpen(code);
  }
  function beforeSequenceOpen(code) {
    const tail = self.events[self.events.length - 1];
    initialPrefix = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
    marker = code;
    effects.enter("codeFenced");
    effects.enter("codeFencedFence");
    effects.enter("codeFencedFenceSequence");
    return sequenceOpen(code);
  }
  function sequenceOpen(code) {
    if (code === marker) {
      sizeOpen++;
      effects.consume(code);
      return sequenceOpen;
    }
    if (sizeOpen < 3) {
      return nok(code);
    }
    effects.exit("codeFencedFenceSequence");
    return markdownSpace(code) ? factorySpace(effects, infoBefore, "whitespace")(code) : infoBefore(code);
  }
  function infoBefore(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("codeFencedFence");
      return self.interrupt ? ok2(code) : effects.check(nonLazyContinuation, atNonLazyBreak, after)(code);
    }
    effects.enter("codeFencedFenceInfo");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return info(code);
  }
  function info(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceInfo");
      return infoBefore(code);
    }
    if (markdownSpace(code)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceInfo");
      return factorySpace(effects, metaBefore, "whitespace")(code);
    }
    if (code === 96 && code === marker) {
      return nok(code);
    }
    effects.consume(code);
    return info;
  }
  function metaBefore(code) {
    if (code === null || markdownLineEnding(code)) {
      return infoBefore(code);
    }
    effects.enter("codeFencedFenceMeta");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return meta2(code);
  }
  function meta2(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceMeta");
      return infoBefore(code);
    }
    if (code === 96 && code === marker) {
      return nok(code);
    }
    effects.consume(code);
    return meta2;
  }
  function atNonLazyBreak(code) {
    return effects.attempt(closeStart, after, contentBefore)(code);
  }
  function contentBefore(code) {
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return contentStart;
  }
  function contentStart(code) {
    return initialPrefix > 0 && markdownSpace(code) ? factorySpace(effects, beforeContentChunk, "linePrefix", initialPrefix + 1)(code) : beforeContentChunk(code);
  }
  function beforeContentChunk(code) {
    if (code === null || markdownLineEnding(code)) {
      return effects.check(nonLazyContinuation, atNonLazyBreak, after)(code);
    }
    effects.enter("codeFlowValue");
    return contentChunk(code);
  }
  function contentChunk(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("codeFlowValue");
      return beforeContentChunk(code);
    }
    effects.consume(code);
    return contentChunk;
  }
  function after(code) {
    effects.exit("codeFenced");
    return ok2(code);
  }
  function tokenizeCloseStart(effects2, ok3, nok2) {
    let size = 0;
    return startBefore;
    function startBefore(code) {
      effects2.enter("lineEnding");
      effects2.consume(code);
      effects2.exit("lineEnding");
      return start2;
    }
    function start2(code) {
      effects2.enter("codeFencedFence");
      return markdownSpace(code) ? factorySpace(effects2, beforeSequenceClose, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code) : beforeSequenceClose(code);
    }
    function beforeSequenceClose(code) {
      if (code === marker) {
        effects2.enter("codeFencedFenceSequence");
        return sequenceClose(code);
      }
      return nok2(code);
    }
    function sequenceClose(code) {
      if (code === marker) {
        size++;
        effects2.consume(code);
        return sequenceClose;
      }
      if (size >= sizeOpen) {
        effects2.exit("codeFencedFenceSequence");
        return markdownSpace(code) ? factorySpace(effects2, sequenceCloseAfter, "whitespace")(code) : sequenceCloseAfter(code);
      }
      return nok2(code);
    }
    function sequenceCloseAfter(code) {
      if (code === null || markdownLineEnding(code)) {
        effects2.exit("codeFencedFence");
        return ok3(code);
      }
      return nok2(code);
    }
  }
}

// node_modules/micromark-core-commonmark/lib/code-indented.js
var codeIndented = {
  name: "codeIndented",
  tokenize: tokenizeCodeIndented
};
var furtherStart = {
  partial: true,
  tokenize: tokenizeFurtherStart
};
function tokenizeCodeIndented(effects, ok2, nok) {
  return start;
  function start(code) {
    effects.enter("codeIndented");
    return factorySpaceMinMax(effects, atBreak, nok, "linePrefix", 4, 4)(code);
  }
  function atBreak(code) {
    if (code === null) {
      return after(code);
    }
    if (markdownLineEnding(code)) {
      return effects.attempt(furtherStart, atBreak, after)(code);
    }
    effects.enter("codeFlowValue");
    return inside2(code);
  }
  function inside2(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("codeFlowValue");
      return atBreak(code);
    }
    effects.consume(code);
    return inside2;
  }
  function after(code) {
    effects.exit("codeIndented");
    return ok2(code);
  }
}
function tokenizeFurtherStart(effects, ok2, nok) {
  const self = this;
  return furtherStart2;
  function furtherStart2(code) {
    if (self.parser.lazy[self.now().line]) {
      return nok(code);
    }
    if (markdownLineEnding(code)) {
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return furtherStart2;
    }
    return factorySpaceMinMax(effects, ok2, onNotEnoughPrefix, "linePrefix", 4, 4)(code);
  }
  function onNotEnoughPrefix(code) {
    return markdownLineEnding(code) ? furtherStart2(code) : nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/code-text.js
var codeText = {
  name: "codeText",
  previous,
  resolve: resolveCodeText,
  tokenize: tokenizeCodeText
};
function resolveCodeText(events) {
  let tailExitIndex = events.length - 4;
  let headEnterIndex = 3;
  let index2;
  let enter;
  if ((events[headEnterIndex][1].type === "lineEnding" || events[headEnterIndex][1].type === "space") && (events[tailExitIndex][1].type === "lineEnding" || events[tailExitIndex][1].type === "space")) {
    index2 = headEnterIndex;
    while (++index2 < tailExitIndex) {
      if (events[index2][1].type === "codeTextData") {
        events[headEnterIndex][1].type = "codeTextPadding";
        events[tailExitIndex][1].type = "codeTextPadding";
        headEnterIndex += 2;
        tailExitIndex -= 2;
        break;
      }
    }
  }
  index2 = headEnterIndex - 1;
  tailExitIndex++;
  while (++index2 <= tailExitIndex) {
    if (enter === void 0) {
      if (index2 !== tailExitIndex && events[index2][1].type !== "lineEnding") {
        enter = index2;
      }
    } else if (index2 === tailExitIndex || events[index2][1].type === "lineEnding") {
      events[enter][1].type = "codeTextData";
      if (index2 !== enter + 2) {
        events[enter][1].end = events[index2 - 1][1].end;
        events.splice(enter + 2, index2 - enter - 2);
        tailExitIndex -= index2 - enter - 2;
        index2 = enter + 2;
      }
      enter = void 0;
    }
  }
  return events;
}
function previous(code) {
  return code !== 96 || this.events[this.events.length - 1][1].type === "characterEscape";
}
function tokenizeCodeText(effects, ok2, nok) {
  const self = this;
  let sizeOpen = 0;
  let size;
  let token;
  return start;
  function start(code) {
    effects.enter("codeText");
    effects.enter("codeTextSequence");
    return sequenceOpen(code);
  }
  function sequenceOpen(code) {
    if (code === 96) {
      effects.consume(code);
      sizeOpen++;
      return sequenceOpen;
    }
    effects.exit("codeTextSequence");
    return between(code);
  }
  function between(code) {
    if (code === null) {
      return nok(code);
    }
    if (code === 32) {
      effects.enter("space");
      effects.consume(code);
      effects.exit("space");
      return between;
    }
    if (code === 96) {
      token = effects.enter("codeTextSequence");
      size = 0;
      return sequenceClose(code);
    }
    if (markdownLineEnding(code)) {
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return between;
    }
    effects.enter("codeTextData");
    return data(code);
  }
  function data(code) {
    if (code === null || code === 32 || code === 96 || markdownLineEnding(code)) {
      effects.exit("codeTextData");
      return between(code);
    }
    effects.consume(code);
    return data;
  }
  function sequenceClose(code) {
    if (code === 96) {
      effects.consume(code);
      size++;
      return sequenceClose;
    }
    if (size === sizeOpen) {
      effects.exit("codeTextSequence");
      effects.exit("codeText");
      return ok2(code);
    }
    token.type = "codeTextData";
    return data(code);
  }
}

// node_modules/micromark-util-subtokenize/lib/splice-buffer.js
var SpliceBuffer = class {
  /**
   * @param {ReadonlyArray<T> | null | undefined} [initial]
   *   Initial items (optional).
   * @returns
   *   Splice buffer.
   */
  constructor(initial) {
    this.left = initial ? [...initial] : [];
    this.right = [];
  }
  /**
   * Array access;
   * does not move the cursor.
   *
   * @param {number} index
   *   Index.
   * @return {T}
   *   Item.
   */
  get(index2) {
    if (index2 < 0 || index2 >= this.left.length + this.right.length) {
      throw new RangeError("Cannot access index `" + index2 + "` in a splice buffer of size `" + (this.left.length + this.right.length) + "`");
    }
    if (index2 < this.left.length) return this.left[index2];
    return this.right[this.right.length - index2 + this.left.length - 1];
  }
  /**
   * The length of the splice buffer, one greater than the largest index in the
   * array.
   */
  get length() {
    return this.left.length + this.right.length;
  }
  /**
   * Remove and return `list[0]`;
   * moves the cursor to `0`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  shift() {
    this.setCursor(0);
    return this.right.pop();
  }
  /**
   * Slice the buffer to get an array;
   * does not move the cursor.
   *
   * @param {number} start
   *   Start.
   * @param {number | null | undefined} [end]
   *   End (optional).
   * @returns {Array<T>}
   *   Array of items.
   */
  slice(start, end) {
    const stop = end === null || end === void 0 ? Number.POSITIVE_INFINITY : end;
    if (stop < this.left.length) {
      return this.left.slice(start, stop);
    }
    if (start > this.left.length) {
      return this.right.slice(this.right.length - stop + this.left.length, this.right.length - start + this.left.length).reverse();
    }
    return this.left.slice(start).concat(this.right.slice(this.right.length - stop + this.left.length).reverse());
  }
  /**
   * Mimics the behavior of Array.prototype.splice() except for the change of
   * interface necessary to avoid segfaults when patching in very large arrays.
   *
   * This operation moves cursor is moved to `start` and results in the cursor
   * placed after any inserted items.
   *
   * @param {number} start
   *   Start;
   *   zero-based index at which to start changing the array;
   *   negative numbers count backwards from the end of the array and values
   *   that are out-of bounds are clamped to the appropriate end of the array.
   * @param {number | null | undefined} [deleteCount=0]
   *   Delete count (default: `0`);
   *   maximum number of elements to delete, starting from start.
   * @param {Array<T> | null | undefined} [items=[]]
   *   Items to include in place of the deleted items (default: `[]`).
   * @return {Array<T>}
   *   Any removed items.
   */
  splice(start, deleteCount, items) {
    const count2 = deleteCount || 0;
    this.setCursor(Math.trunc(start));
    const removed = this.right.splice(this.right.length - count2, Number.POSITIVE_INFINITY);
    if (items) chunkedPush(this.left, items);
    return removed.reverse();
  }
  /**
   * Remove and return the highest-numbered item in the array, so
   * `list[list.length - 1]`;
   * Moves the cursor to `length`.
   *
   * @returns {T | undefined}
   *   Item, optional.
   */
  pop() {
    this.setCursor(Number.POSITIVE_INFINITY);
    return this.left.pop();
  }
  /**
   * Inserts a single item to the high-numbered side of the array;
   * moves the cursor to `length`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  push(item) {
    this.setCursor(Number.POSITIVE_INFINITY);
    this.left.push(item);
  }
  /**
   * Inserts many items to the high-numbered side of the array.
   * Moves the cursor to `length`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  pushMany(items) {
    this.setCursor(Number.POSITIVE_INFINITY);
    chunkedPush(this.left, items);
  }
  /**
   * Inserts a single item to the low-numbered side of the array;
   * Moves the cursor to `0`.
   *
   * @param {T} item
   *   Item.
   * @returns {undefined}
   *   Nothing.
   */
  unshift(item) {
    this.setCursor(0);
    this.right.push(item);
  }
  /**
   * Inserts many items to the low-numbered side of the array;
   * moves the cursor to `0`.
   *
   * @param {Array<T>} items
   *   Items.
   * @returns {undefined}
   *   Nothing.
   */
  unshiftMany(items) {
    this.setCursor(0);
    chunkedPush(this.right, items.reverse());
  }
  /**
   * Move the cursor to a specific position in the array. Requires
   * time proportional to the distance moved.
   *
   * If `n < 0`, the cursor will end up at the beginning.
   * If `n > length`, the cursor will end up at the end.
   *
   * @param {number} n
   *   Position.
   * @return {undefined}
   *   Nothing.
   */
  setCursor(n) {
    if (n === this.left.length || n > this.left.length && this.right.length === 0 || n < 0 && this.left.length === 0) return;
    if (n < this.left.length) {
      const removed = this.left.splice(n, Number.POSITIVE_INFINITY);
      chunkedPush(this.right, removed.reverse());
    } else {
      const removed = this.right.splice(this.left.length + this.right.length - n, Number.POSITIVE_INFINITY);
      chunkedPush(this.left, removed.reverse());
    }
  }
};
function chunkedPush(list2, right) {
  let chunkStart = 0;
  if (right.length < 1e4) {
    list2.push(...right);
  } else {
    while (chunkStart < right.length) {
      list2.push(...right.slice(chunkStart, chunkStart + 1e4));
      chunkStart += 1e4;
    }
  }
}

// node_modules/micromark-util-subtokenize/index.js
function subtokenize(eventsArray) {
  const jumps = /* @__PURE__ */ new Map();
  let index2 = -1;
  let event;
  let lineIndex;
  let otherIndex;
  let otherEvent;
  let parameters;
  let subevents;
  let more;
  const events = new SpliceBuffer(eventsArray);
  while (++index2 < events.length) {
    while (jumps.has(index2)) {
      index2 = jumps.get(index2);
    }
    event = events.get(index2);
    if (index2 && event[1].type === "chunkFlow" && events.get(index2 - 1)[1].type === "listItemPrefix") {
      subevents = event[1]._tokenizer.events;
      otherIndex = 0;
      if (otherIndex < subevents.length && subevents[otherIndex][1].type === "lineEndingBlank") {
        otherIndex += 2;
      }
      if (otherIndex < subevents.length && subevents[otherIndex][1].type === "content") {
        while (++otherIndex < subevents.length) {
          if (subevents[otherIndex][1].type === "content") {
            break;
          }
          if (subevents[otherIndex][1].type === "chunkText") {
            subevents[otherIndex][1]._isInFirstContentOfListItem = true;
            otherIndex++;
          }
        }
      }
    }
    if (event[0] === "enter") {
      if (event[1].contentType) {
        const gaps = subcontent(events, index2);
        for (let gap = 0; gap < gaps.length; gap += 2) jumps.set(gaps[gap], gaps[gap + 1]);
        index2 = jumps.get(index2);
        if (expandedMore) more = true;
      }
    } else if (event[1]._container) {
      otherIndex = index2;
      lineIndex = void 0;
      while (otherIndex--) {
        otherEvent = events.get(otherIndex);
        if (otherEvent[1].type === "lineEnding" || otherEvent[1].type === "lineEndingBlank") {
          if (otherEvent[0] === "enter") {
            if (lineIndex) {
              events.get(lineIndex)[1].type = "lineEndingBlank";
            }
            otherEvent[1].type = "lineEnding";
            lineIndex = otherIndex;
          }
        } else if (otherEvent[1].type === "linePrefix" || otherEvent[1].type === "listItemIndent") {
        } else {
          break;
        }
      }
      if (lineIndex) {
        event[1].end = {
          ...events.get(lineIndex)[1].start
        };
        parameters = events.slice(lineIndex, index2);
        parameters.unshift(event);
        events.splice(lineIndex, index2 - lineIndex + 1, parameters);
      }
    }
  }
  splice(eventsArray, 0, Number.POSITIVE_INFINITY, events.slice(0));
  return !more;
}
var expandedMore = false;
function subcontent(events, eventIndex) {
  expandedMore = false;
  const token = events.get(eventIndex)[1];
  const context = events.get(eventIndex)[2];
  let startPosition = eventIndex - 1;
  const startPositions = [];
  let tokenizer = token._tokenizer;
  if (!tokenizer) {
    tokenizer = context.parser[token.contentType](token.start);
    if (token._contentTypeTextTrailing) {
      tokenizer._contentTypeTextTrailing = true;
    }
  }
  const childEvents = tokenizer.events;
  const jumps = [];
  const gaps = [];
  let stream;
  let previous2;
  let index2 = -1;
  let current = token;
  let adjust = 0;
  let start = 0;
  const breaks = [start];
  while (current) {
    while (events.get(++startPosition)[1] !== current) {
    }
    startPositions.push(startPosition);
    if (!current._tokenizer) {
      stream = context.sliceStream(current);
      if (!current.next) {
        stream.push(null);
      }
      if (previous2) {
        tokenizer.defineSkip(current.start);
      }
      if (current._isInFirstContentOfListItem) {
        tokenizer._gfmTasklistFirstContentOfListItem = true;
      }
      tokenizer.write(stream);
      if (current._isInFirstContentOfListItem) {
        tokenizer._gfmTasklistFirstContentOfListItem = void 0;
      }
    }
    previous2 = current;
    current = current.next;
  }
  current = token;
  while (++index2 < childEvents.length) {
    if (childEvents[index2][0] === "enter" ? childEvents[index2][1].contentType : childEvents[index2][1]._container) expandedMore = true;
    if (
      // Find a void token that includes a break.
      childEvents[index2][0] === "exit" && childEvents[index2 - 1][0] === "enter" && childEvents[index2][1].type === childEvents[index2 - 1][1].type && childEvents[index2][1].start.line !== childEvents[index2][1].end.line
    ) {
      start = index2 + 1;
      breaks.push(start);
      current._tokenizer = void 0;
      current.previous = void 0;
      current = current.next;
    }
  }
  tokenizer.events = [];
  if (current) {
    current._tokenizer = void 0;
    current.previous = void 0;
  } else {
    breaks.pop();
  }
  index2 = breaks.length;
  while (index2--) {
    const slice = childEvents.slice(breaks[index2], breaks[index2 + 1]);
    const start2 = startPositions.pop();
    jumps.push([start2, start2 + slice.length - 1]);
    events.splice(start2, 2, slice);
  }
  jumps.reverse();
  index2 = -1;
  while (++index2 < jumps.length) {
    gaps.push(adjust + jumps[index2][0], adjust + jumps[index2][1]);
    adjust += jumps[index2][1] - jumps[index2][0] - 1;
  }
  return gaps;
}

// node_modules/micromark-core-commonmark/lib/content.js
var content2 = {
  resolve: resolveContent,
  tokenize: tokenizeContent
};
var continuationConstruct = {
  partial: true,
  tokenize: tokenizeContinuation
};
function resolveContent(events) {
  subtokenize(events);
  return events;
}
function tokenizeContent(effects, ok2) {
  let previous2;
  return chunkStart;
  function chunkStart(code) {
    effects.enter("content");
    previous2 = effects.enter("chunkContent", {
      contentType: "content"
    });
    return chunkInside(code);
  }
  function chunkInside(code) {
    if (code === null) {
      return contentEnd(code);
    }
    if (markdownLineEnding(code)) {
      return effects.check(continuationConstruct, contentContinue, contentEnd)(code);
    }
    effects.consume(code);
    effects.consumeRun();
    return chunkInside;
  }
  function contentEnd(code) {
    effects.exit("chunkContent");
    effects.exit("content");
    return ok2(code);
  }
  function contentContinue(code) {
    effects.consume(code);
    effects.exit("chunkContent");
    previous2.next = effects.enter("chunkContent", {
      contentType: "content",
      previous: previous2
    });
    previous2 = previous2.next;
    return chunkInside;
  }
}
function tokenizeContinuation(effects, ok2, nok) {
  const self = this;
  return startLookahead;
  function startLookahead(code) {
    effects.exit("chunkContent");
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return factorySpace(effects, prefixed, "linePrefix");
  }
  function prefixed(code) {
    if (code === null || markdownLineEnding(code)) {
      return nok(code);
    }
    const tail = self.events[self.events.length - 1];
    if (!self.parser.constructs.disable.null.includes("codeIndented") && tail && tail[1].type === "linePrefix" && tail[2].sliceSerialize(tail[1], true).length >= 4) {
      return ok2(code);
    }
    return effects.interrupt(self.parser.constructs.flow, nok, ok2)(code);
  }
}

// node_modules/micromark-factory-destination/index.js
function factoryDestination(effects, ok2, nok, type, literalType, literalMarkerType, rawType, stringType, max) {
  const limit = max || Number.POSITIVE_INFINITY;
  let balance = 0;
  return start;
  function start(code) {
    if (code === 60) {
      effects.enter(type);
      effects.enter(literalType);
      effects.enter(literalMarkerType);
      effects.consume(code);
      effects.exit(literalMarkerType);
      return enclosedBefore;
    }
    if (code === null || code === 32 || code === 41 || asciiControl(code)) {
      return nok(code);
    }
    effects.enter(type);
    effects.enter(rawType);
    effects.enter(stringType);
    effects.enter("chunkString", {
      contentType: "string"
    });
    return raw(code);
  }
  function enclosedBefore(code) {
    if (code === 62) {
      effects.enter(literalMarkerType);
      effects.consume(code);
      effects.exit(literalMarkerType);
      effects.exit(literalType);
      effects.exit(type);
      return ok2;
    }
    effects.enter(stringType);
    effects.enter("chunkString", {
      contentType: "string"
    });
    return enclosed(code);
  }
  function enclosed(code) {
    if (code === 62) {
      effects.exit("chunkString");
      effects.exit(stringType);
      return enclosedBefore(code);
    }
    if (code === null || code === 60 || markdownLineEnding(code)) {
      return nok(code);
    }
    effects.consume(code);
    return code === 92 ? enclosedEscape : enclosed;
  }
  function enclosedEscape(code) {
    if (code === 60 || code === 62 || code === 92) {
      effects.consume(code);
      return enclosed;
    }
    return enclosed(code);
  }
  function raw(code) {
    if (!balance && (code === null || code === 41 || markdownLineEndingOrSpace(code))) {
      effects.exit("chunkString");
      effects.exit(stringType);
      effects.exit(rawType);
      effects.exit(type);
      return ok2(code);
    }
    if (balance < limit && code === 40) {
      effects.consume(code);
      balance++;
      return raw;
    }
    if (code === 41) {
      effects.consume(code);
      balance--;
      return raw;
    }
    if (code === null || code === 32 || code === 40 || asciiControl(code)) {
      return nok(code);
    }
    effects.consume(code);
    return code === 92 ? rawEscape : raw;
  }
  function rawEscape(code) {
    if (code === 40 || code === 41 || code === 92) {
      effects.consume(code);
      return raw;
    }
    return raw(code);
  }
}

// node_modules/micromark-factory-label/index.js
function factoryLabel(effects, ok2, nok, type, markerType, stringType) {
  const self = this;
  let size = 0;
  let seen;
  return start;
  function start(code) {
    effects.enter(type);
    effects.enter(markerType);
    effects.consume(code);
    effects.exit(markerType);
    effects.enter(stringType);
    return atBreak;
  }
  function atBreak(code) {
    if (size > 999 || code === null || code === 91 || code === 93 && !seen || // To do: remove in the future once we\u2019ve switched from
    // `micromark-extension-footnote` to `micromark-extension-gfm-footnote`,
    // which doesn\u2019t need this.
    // Hidden footnotes hook.
    /* c8 ignore next 3 */
    code === 94 && !size && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code);
    }
    if (code === 93) {
      effects.exit(stringType);
      effects.enter(markerType);
      effects.consume(code);
      effects.exit(markerType);
      effects.exit(type);
      return ok2;
    }
    if (markdownLineEnding(code)) {
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return atBreak;
    }
    effects.enter("chunkString", {
      contentType: "string"
    });
    return labelInside(code);
  }
  function labelInside(code) {
    if (code === null || code === 91 || code === 93 || markdownLineEnding(code) || size++ > 999) {
      effects.exit("chunkString");
      return atBreak(code);
    }
    effects.consume(code);
    if (!seen) seen = !markdownSpace(code);
    return code === 92 ? labelEscape : labelInside;
  }
  function labelEscape(code) {
    if (code === 91 || code === 92 || code === 93) {
      effects.consume(code);
      size++;
      return labelInside;
    }
    return labelInside(code);
  }
}

// node_modules/micromark-factory-title/index.js
function factoryTitle(effects, ok2, nok, type, markerType, stringType) {
  let marker;
  return start;
  function start(code) {
    if (code === 34 || code === 39 || code === 40) {
      effects.enter(type);
      effects.enter(markerType);
      effects.consume(code);
      effects.exit(markerType);
      marker = code === 40 ? 41 : code;
      return begin;
    }
    return nok(code);
  }
  function begin(code) {
    if (code === marker) {
      effects.enter(markerType);
      effects.consume(code);
      effects.exit(markerType);
      effects.exit(type);
      return ok2;
    }
    effects.enter(stringType);
    return atBreak(code);
  }
  function atBreak(code) {
    if (code === marker) {
      effects.exit(stringType);
      return begin(marker);
    }
    if (code === null) {
      return nok(code);
    }
    if (markdownLineEnding(code)) {
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return factorySpace(effects, atBreak, "linePrefix");
    }
    effects.enter("chunkString", {
      contentType: "string"
    });
    return inside2(code);
  }
  function inside2(code) {
    if (code === marker || code === null || markdownLineEnding(code)) {
      effects.exit("chunkString");
      return atBreak(code);
    }
    effects.consume(code);
    return code === 92 ? escape : inside2;
  }
  function escape(code) {
    if (code === marker || code === 92) {
      effects.consume(code);
      return inside2;
    }
    return inside2(code);
  }
}

// node_modules/micromark-factory-whitespace/index.js
function factoryWhitespace(effects, ok2) {
  let seen;
  return start;
  function start(code) {
    if (markdownLineEnding(code)) {
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      seen = true;
      return start;
    }
    if (markdownSpace(code)) {
      return factorySpace(effects, start, seen ? "linePrefix" : "lineSuffix")(code);
    }
    return ok2(code);
  }
}

// node_modules/micromark-core-commonmark/lib/definition.js
var definition = {
  name: "definition",
  tokenize: tokenizeDefinition
};
var titleBefore = {
  partial: true,
  tokenize: tokenizeTitleBefore
};
function tokenizeDefinition(effects, ok2, nok) {
  const self = this;
  let identifier;
  return start;
  function start(code) {
    effects.enter("definition");
    return before(code);
  }
  function before(code) {
    return factoryLabel.call(
      self,
      effects,
      labelAfter,
      // Note: we don\u2019t need to reset the way `markdown-rs` does.
      nok,
      "definitionLabel",
      "definitionLabelMarker",
      "definitionLabelString"
    )(code);
  }
  function labelAfter(code) {
    identifier = normalizeIdentifier(self.sliceSerialize(self.events[self.events.length - 1][1]).slice(1, -1));
    if (code === 58) {
      effects.enter("definitionMarker");
      effects.consume(code);
      effects.exit("definitionMarker");
      return markerAfter;
    }
    return nok(code);
  }
  function markerAfter(code) {
    return markdownLineEndingOrSpace(code) ? factoryWhitespace(effects, destinationBefore)(code) : destinationBefore(code);
  }
  function destinationBefore(code) {
    return factoryDestination(
      effects,
      destinationAfter,
      // Note: we don\u2019t need to reset the way `markdown-rs` does.
      nok,
      "definitionDestination",
      "definitionDestinationLiteral",
      "definitionDestinationLiteralMarker",
      "definitionDestinationRaw",
      "definitionDestinationString"
    )(code);
  }
  function destinationAfter(code) {
    return effects.attempt(titleBefore, after, after)(code);
  }
  function after(code) {
    return markdownSpace(code) ? factorySpace(effects, afterWhitespace, "whitespace")(code) : afterWhitespace(code);
  }
  function afterWhitespace(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("definition");
      self.parser.defined.push(identifier);
      return ok2(code);
    }
    return nok(code);
  }
}
function tokenizeTitleBefore(effects, ok2, nok) {
  return titleBefore2;
  function titleBefore2(code) {
    return markdownLineEndingOrSpace(code) ? factoryWhitespace(effects, beforeMarker)(code) : nok(code);
  }
  function beforeMarker(code) {
    return factoryTitle(effects, titleAfter, nok, "definitionTitle", "definitionTitleMarker", "definitionTitleString")(code);
  }
  function titleAfter(code) {
    return markdownSpace(code) ? factorySpace(effects, titleAfterOptionalWhitespace, "whitespace")(code) : titleAfterOptionalWhitespace(code);
  }
  function titleAfterOptionalWhitespace(code) {
    return code === null || markdownLineEnding(code) ? ok2(code) : nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/hard-break-escape.js
var hardBreakEscape = {
  name: "hardBreakEscape",
  tokenize: tokenizeHardBreakEscape
};
function tokenizeHardBreakEscape(effects, ok2, nok) {
  return start;
  function start(code) {
    effects.enter("hardBreakEscape");
    effects.consume(code);
    return after;
  }
  function after(code) {
    if (markdownLineEnding(code)) {
      effects.exit("hardBreakEscape");
      return ok2(code);
    }
    return nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/heading-atx.js
var headingAtx = {
  name: "headingAtx",
  resolve: resolveHeadingAtx,
  tokenize: tokenizeHeadingAtx
};
function resolveHeadingAtx(events, context) {
  let contentEnd = events.length - 2;
  let contentStart = 3;
  if (events[contentStart][1].type === "whitespace") {
    contentStart += 2;
  }
  if (contentEnd - 2 > contentStart && events[contentEnd][1].type === "whitespace") {
    contentEnd -= 2;
  }
  if (events[contentEnd][1].type === "atxHeadingSequence" && (contentStart === contentEnd - 1 || contentEnd - 4 > contentStart && events[contentEnd - 2][1].type === "whitespace")) {
    contentEnd -= contentStart + 1 === contentEnd ? 2 : 4;
  }
  if (contentEnd > contentStart) {
    const content3 = {
      type: "atxHeadingText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end
    };
    const text3 = {
      type: "chunkText",
      start: events[contentStart][1].start,
      end: events[contentEnd][1].end,
      contentType: "text"
    };
    splice(events, contentStart, contentEnd - contentStart + 1, [["enter", content3, context], ["enter", text3, context], ["exit", text3, context], ["exit", content3, context]]);
  }
  return events;
}
function tokenizeHeadingAtx(effects, ok2, nok) {
  let size = 0;
  return start;
  function start(code) {
    effects.enter("atxHeading");
    return before(code);
  }
  function before(code) {
    effects.enter("atxHeadingSequence");
    return sequenceOpen(code);
  }
  function sequenceOpen(code) {
    if (code === 35 && size++ < 6) {
      effects.consume(code);
      return sequenceOpen;
    }
    if (code === null || markdownLineEndingOrSpace(code)) {
      effects.exit("atxHeadingSequence");
      return atBreak(code);
    }
    return nok(code);
  }
  function atBreak(code) {
    if (code === 35) {
      effects.enter("atxHeadingSequence");
      return sequenceFurther(code);
    }
    if (code === null || markdownLineEnding(code)) {
      effects.exit("atxHeading");
      return ok2(code);
    }
    if (markdownSpace(code)) {
      return factorySpace(effects, atBreak, "whitespace")(code);
    }
    effects.enter("atxHeadingText");
    return data(code);
  }
  function sequenceFurther(code) {
    if (code === 35) {
      effects.consume(code);
      return sequenceFurther;
    }
    effects.exit("atxHeadingSequence");
    return atBreak(code);
  }
  function data(code) {
    if (code === null || code === 35 || markdownLineEndingOrSpace(code)) {
      effects.exit("atxHeadingText");
      return atBreak(code);
    }
    effects.consume(code);
    return data;
  }
}

// node_modules/micromark-util-html-tag-name/index.js
var htmlBlockNames = [
  "address",
  "article",
  "aside",
  "base",
  "basefont",
  "blockquote",
  "body",
  "caption",
  "center",
  "col",
  "colgroup",
  "dd",
  "details",
  "dialog",
  "dir",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "frame",
  "frameset",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "head",
  "header",
  "hr",
  "html",
  "iframe",
  "legend",
  "li",
  "link",
  "main",
  "menu",
  "menuitem",
  "nav",
  "noframes",
  "ol",
  "optgroup",
  "option",
  "p",
  "param",
  "search",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "title",
  "tr",
  "track",
  "ul"
];
var htmlRawNames = ["pre", "script", "style", "textarea"];

// node_modules/micromark-core-commonmark/lib/html-flow.js
var htmlFlow = {
  concrete: true,
  name: "htmlFlow",
  resolveTo: resolveToHtmlFlow,
  tokenize: tokenizeHtmlFlow
};
var blankLineBefore = {
  partial: true,
  tokenize: tokenizeBlankLineBefore
};
function resolveToHtmlFlow(events) {
  let index2 = events.length;
  while (index2--) {
    if (events[index2][0] === "enter" && events[index2][1].type === "htmlFlow") {
      break;
    }
  }
  if (index2 > 1 && events[index2 - 2][1].type === "linePrefix") {
    events[index2][1].start = events[index2 - 2][1].start;
    events[index2 + 1][1].start = events[index2 - 2][1].start;
    events.splice(index2 - 2, 2);
  }
  return events;
}
function tokenizeHtmlFlow(effects, ok2, nok) {
  const self = this;
  let marker;
  let closingTag;
  let buffer;
  let index2;
  let markerB;
  return start;
  function start(code) {
    return before(code);
  }
  function before(code) {
    effects.enter("htmlFlow");
    effects.enter("htmlFlowData");
    effects.consume(code);
    return open2;
  }
  function open2(code) {
    if (code === 33) {
      effects.consume(code);
      return declarationOpen;
    }
    if (code === 47) {
      effects.consume(code);
      closingTag = true;
      return tagCloseStart;
    }
    if (code === 63) {
      effects.consume(code);
      marker = 3;
      return self.interrupt ? ok2 : continuationDeclarationInside;
    }
    if (asciiAlpha(code)) {
      effects.consume(code);
      buffer = String.fromCharCode(code);
      return tagName;
    }
    return nok(code);
  }
  function declarationOpen(code) {
    if (code === 45) {
      effects.consume(code);
      marker = 2;
      return commentOpenInside;
    }
    if (code === 91) {
      effects.consume(code);
      marker = 5;
      index2 = 0;
      return cdataOpenInside;
    }
    if (asciiAlpha(code)) {
      effects.consume(code);
      marker = 4;
      return self.interrupt ? ok2 : continuationDeclarationInside;
    }
    return nok(code);
  }
  function commentOpenInside(code) {
    if (code === 45) {
      effects.consume(code);
      return self.interrupt ? ok2 : continuationDeclarationInside;
    }
    return nok(code);
  }
  function cdataOpenInside(code) {
    const value2 = "CDATA[";
    if (code === value2.charCodeAt(index2++)) {
      effects.consume(code);
      if (index2 === value2.length) {
        return self.interrupt ? ok2 : continuation;
      }
      return cdataOpenInside;
    }
    return nok(code);
  }
  function tagCloseStart(code) {
    if (asciiAlpha(code)) {
      effects.consume(code);
      buffer = String.fromCharCode(code);
      return tagName;
    }
    return nok(code);
  }
  function tagName(code) {
    if (code === null || code === 47 || code === 62 || markdownLineEndingOrSpace(code)) {
      const slash = code === 47;
      const name = buffer.toLowerCase();
      if (!slash && !closingTag && htmlRawNames.includes(name)) {
        marker = 1;
        return self.interrupt ? ok2(code) : continuation(code);
      }
      if (htmlBlockNames.includes(buffer.toLowerCase())) {
        marker = 6;
        if (slash) {
          effects.consume(code);
          return basicSelfClosing;
        }
        return self.interrupt ? ok2(code) : continuation(code);
      }
      marker = 7;
      return self.interrupt && !self.parser.lazy[self.now().line] ? nok(code) : closingTag ? completeClosingTagAfter(code) : completeAttributeNameBefore(code);
    }
    if (code === 45 || asciiAlphanumeric(code)) {
      effects.consume(code);
      buffer += String.fromCharCode(code);
      return tagName;
    }
    return nok(code);
  }
  function basicSelfClosing(code) {
    if (code === 62) {
      effects.consume(code);
      return self.interrupt ? ok2 : continuation;
    }
    return nok(code);
  }
  function completeClosingTagAfter(code) {
    if (markdownSpace(code)) {
      effects.consume(code);
      return completeClosingTagAfter;
    }
    return completeEnd(code);
  }
  function completeAttributeNameBefore(code) {
    if (code === 47) {
      effects.consume(code);
      return completeEnd;
    }
    if (code === 58 || code === 95 || asciiAlpha(code)) {
      effects.consume(code);
      return completeAttributeName;
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return completeAttributeNameBefore;
    }
    return completeEnd(code);
  }
  function completeAttributeName(code) {
    if (code === 45 || code === 46 || code === 58 || code === 95 || asciiAlphanumeric(code)) {
      effects.consume(code);
      return completeAttributeName;
    }
    return completeAttributeNameAfter(code);
  }
  function completeAttributeNameAfter(code) {
    if (code === 61) {
      effects.consume(code);
      return completeAttributeValueBefore;
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return completeAttributeNameAfter;
    }
    return completeAttributeNameBefore(code);
  }
  function completeAttributeValueBefore(code) {
    if (code === null || code === 60 || code === 61 || code === 62 || code === 96) {
      return nok(code);
    }
    if (code === 34 || code === 39) {
      effects.consume(code);
      markerB = code;
      return completeAttributeValueQuoted;
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return completeAttributeValueBefore;
    }
    return completeAttributeValueUnquoted(code);
  }
  function completeAttributeValueQuoted(code) {
    if (code === markerB) {
      effects.consume(code);
      markerB = null;
      return completeAttributeValueQuotedAfter;
    }
    if (code === null || markdownLineEnding(code)) {
      return nok(code);
    }
    effects.consume(code);
    return completeAttributeValueQuoted;
  }
  function completeAttributeValueUnquoted(code) {
    if (code === null || code === 34 || code === 39 || code === 47 || code === 60 || code === 61 || code === 62 || code === 96 || markdownLineEndingOrSpace(code)) {
      return completeAttributeNameAfter(code);
    }
    effects.consume(code);
    return completeAttributeValueUnquoted;
  }
  function completeAttributeValueQuotedAfter(code) {
    if (code === 47 || code === 62 || markdownSpace(code)) {
      return completeAttributeNameBefore(code);
    }
    return nok(code);
  }
  function completeEnd(code) {
    if (code === 62) {
      effects.consume(code);
      return completeAfter;
    }
    return nok(code);
  }
  function completeAfter(code) {
    if (code === null || markdownLineEnding(code)) {
      return continuation(code);
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return completeAfter;
    }
    return nok(code);
  }
  function continuation(code) {
    if (code === 45 && marker === 2) {
      effects.consume(code);
      return continuationCommentInside;
    }
    if (code === 60 && marker === 1) {
      effects.consume(code);
      return continuationRawTagOpen;
    }
    if (code === 62 && marker === 4) {
      effects.consume(code);
      return continuationClose;
    }
    if (code === 63 && marker === 3) {
      effects.consume(code);
      return continuationDeclarationInside;
    }
    if (code === 93 && marker === 5) {
      effects.consume(code);
      return continuationCdataInside;
    }
    if (markdownLineEnding(code) && (marker === 6 || marker === 7)) {
      effects.exit("htmlFlowData");
      return effects.check(blankLineBefore, continuationAfter, continuationStart)(code);
    }
    if (code === null || markdownLineEnding(code)) {
      effects.exit("htmlFlowData");
      return continuationStart(code);
    }
    effects.consume(code);
    return continuation;
  }
  function continuationStart(code) {
    return effects.check(nonLazyContinuation, continuationStartNonLazy, continuationAfter)(code);
  }
  function continuationStartNonLazy(code) {
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return continuationBefore;
  }
  function continuationBefore(code) {
    if (code === null || markdownLineEnding(code)) {
      return continuationStart(code);
    }
    effects.enter("htmlFlowData");
    return continuation(code);
  }
  function continuationCommentInside(code) {
    if (code === 45) {
      effects.consume(code);
      return continuationDeclarationInside;
    }
    return continuation(code);
  }
  function continuationRawTagOpen(code) {
    if (code === 47) {
      effects.consume(code);
      buffer = "";
      return continuationRawEndTag;
    }
    return continuation(code);
  }
  function continuationRawEndTag(code) {
    if (code === 62) {
      const name = buffer.toLowerCase();
      if (htmlRawNames.includes(name)) {
        effects.consume(code);
        return continuationClose;
      }
      return continuation(code);
    }
    if (asciiAlpha(code) && buffer.length < 8) {
      effects.consume(code);
      buffer += String.fromCharCode(code);
      return continuationRawEndTag;
    }
    return continuation(code);
  }
  function continuationCdataInside(code) {
    if (code === 93) {
      effects.consume(code);
      return continuationDeclarationInside;
    }
    return continuation(code);
  }
  function continuationDeclarationInside(code) {
    if (code === 62) {
      effects.consume(code);
      return continuationClose;
    }
    if (code === 45 && marker === 2) {
      effects.consume(code);
      return continuationDeclarationInside;
    }
    return continuation(code);
  }
  function continuationClose(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("htmlFlowData");
      return continuationAfter(code);
    }
    effects.consume(code);
    return continuationClose;
  }
  function continuationAfter(code) {
    effects.exit("htmlFlow");
    return ok2(code);
  }
}
function tokenizeBlankLineBefore(effects, ok2, nok) {
  return start;
  function start(code) {
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return effects.attempt(blankLine, ok2, nok);
  }
}

// node_modules/micromark-core-commonmark/lib/html-text.js
var htmlText = {
  name: "htmlText",
  tokenize: tokenizeHtmlText
};
function tokenizeHtmlText(effects, ok2, nok) {
  const self = this;
  let marker;
  let index2;
  let returnState;
  return start;
  function start(code) {
    effects.enter("htmlText");
    effects.enter("htmlTextData");
    effects.consume(code);
    return open2;
  }
  function open2(code) {
    if (code === 33) {
      effects.consume(code);
      return declarationOpen;
    }
    if (code === 47) {
      effects.consume(code);
      return tagCloseStart;
    }
    if (code === 63) {
      effects.consume(code);
      return instruction;
    }
    if (asciiAlpha(code)) {
      effects.consume(code);
      return tagOpen;
    }
    return nok(code);
  }
  function declarationOpen(code) {
    if (code === 45) {
      effects.consume(code);
      return commentOpenInside;
    }
    if (code === 91) {
      effects.consume(code);
      index2 = 0;
      return cdataOpenInside;
    }
    if (asciiAlpha(code)) {
      effects.consume(code);
      return declaration;
    }
    return nok(code);
  }
  function commentOpenInside(code) {
    if (code === 45) {
      effects.consume(code);
      return commentEnd;
    }
    return nok(code);
  }
  function comment(code) {
    if (code === null) {
      return nok(code);
    }
    if (code === 45) {
      effects.consume(code);
      return commentClose;
    }
    if (markdownLineEnding(code)) {
      returnState = comment;
      return lineEndingBefore(code);
    }
    effects.consume(code);
    return comment;
  }
  function commentClose(code) {
    if (code === 45) {
      effects.consume(code);
      return commentEnd;
    }
    return comment(code);
  }
  function commentEnd(code) {
    return code === 62 ? end(code) : code === 45 ? commentClose(code) : comment(code);
  }
  function cdataOpenInside(code) {
    const value2 = "CDATA[";
    if (code === value2.charCodeAt(index2++)) {
      effects.consume(code);
      return index2 === value2.length ? cdata : cdataOpenInside;
    }
    return nok(code);
  }
  function cdata(code) {
    if (code === null) {
      return nok(code);
    }
    if (code === 93) {
      effects.consume(code);
      return cdataClose;
    }
    if (markdownLineEnding(code)) {
      returnState = cdata;
      return lineEndingBefore(code);
    }
    effects.consume(code);
    return cdata;
  }
  function cdataClose(code) {
    if (code === 93) {
      effects.consume(code);
      return cdataEnd;
    }
    return cdata(code);
  }
  function cdataEnd(code) {
    if (code === 62) {
      return end(code);
    }
    if (code === 93) {
      effects.consume(code);
      return cdataEnd;
    }
    return cdata(code);
  }
  function declaration(code) {
    if (code === null || code === 62) {
      return end(code);
    }
    if (markdownLineEnding(code)) {
      returnState = declaration;
      return lineEndingBefore(code);
    }
    effects.consume(code);
    return declaration;
  }
  function instruction(code) {
    if (code === null) {
      return nok(code);
    }
    if (code === 63) {
      effects.consume(code);
      return instructionClose;
    }
    if (markdownLineEnding(code)) {
      returnState = instruction;
      return lineEndingBefore(code);
    }
    effects.consume(code);
    return instruction;
  }
  function instructionClose(code) {
    return code === 62 ? end(code) : instruction(code);
  }
  function tagCloseStart(code) {
    if (asciiAlpha(code)) {
      effects.consume(code);
      return tagClose;
    }
    return nok(code);
  }
  function tagClose(code) {
    if (code === 45 || asciiAlphanumeric(code)) {
      effects.consume(code);
      return tagClose;
    }
    return tagCloseBetween(code);
  }
  function tagCloseBetween(code) {
    if (markdownLineEnding(code)) {
      returnState = tagCloseBetween;
      return lineEndingBefore(code);
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return tagCloseBetween;
    }
    return end(code);
  }
  function tagOpen(code) {
    if (code === 45 || asciiAlphanumeric(code)) {
      effects.consume(code);
      return tagOpen;
    }
    if (code === 47 || code === 62 || markdownLineEndingOrSpace(code)) {
      return tagOpenBetween(code);
    }
    return nok(code);
  }
  function tagOpenBetween(code) {
    if (code === 47) {
      effects.consume(code);
      return end;
    }
    if (code === 58 || code === 95 || asciiAlpha(code)) {
      effects.consume(code);
      return tagOpenAttributeName;
    }
    if (markdownLineEnding(code)) {
      returnState = tagOpenBetween;
      return lineEndingBefore(code);
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return tagOpenBetween;
    }
    return end(code);
  }
  function tagOpenAttributeName(code) {
    if (code === 45 || code === 46 || code === 58 || code === 95 || asciiAlphanumeric(code)) {
      effects.consume(code);
      return tagOpenAttributeName;
    }
    return tagOpenAttributeNameAfter(code);
  }
  function tagOpenAttributeNameAfter(code) {
    if (code === 61) {
      effects.consume(code);
      return tagOpenAttributeValueBefore;
    }
    if (markdownLineEnding(code)) {
      returnState = tagOpenAttributeNameAfter;
      return lineEndingBefore(code);
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return tagOpenAttributeNameAfter;
    }
    return tagOpenBetween(code);
  }
  function tagOpenAttributeValueBefore(code) {
    if (code === null || code === 60 || code === 61 || code === 62 || code === 96) {
      return nok(code);
    }
    if (code === 34 || code === 39) {
      effects.consume(code);
      marker = code;
      return tagOpenAttributeValueQuoted;
    }
    if (markdownLineEnding(code)) {
      returnState = tagOpenAttributeValueBefore;
      return lineEndingBefore(code);
    }
    if (markdownSpace(code)) {
      effects.consume(code);
      return tagOpenAttributeValueBefore;
    }
    effects.consume(code);
    return tagOpenAttributeValueUnquoted;
  }
  function tagOpenAttributeValueQuoted(code) {
    if (code === marker) {
      effects.consume(code);
      marker = void 0;
      return tagOpenAttributeValueQuotedAfter;
    }
    if (code === null) {
      return nok(code);
    }
    if (markdownLineEnding(code)) {
      returnState = tagOpenAttributeValueQuoted;
      return lineEndingBefore(code);
    }
    effects.consume(code);
    return tagOpenAttributeValueQuoted;
  }
  function tagOpenAttributeValueUnquoted(code) {
    if (code === null || code === 34 || code === 39 || code === 60 || code === 61 || code === 96) {
      return nok(code);
    }
    if (code === 47 || code === 62 || markdownLineEndingOrSpace(code)) {
      return tagOpenBetween(code);
    }
    effects.consume(code);
    return tagOpenAttributeValueUnquoted;
  }
  function tagOpenAttributeValueQuotedAfter(code) {
    if (code === 47 || code === 62 || markdownLineEndingOrSpace(code)) {
      return tagOpenBetween(code);
    }
    return nok(code);
  }
  function end(code) {
    if (code === 62) {
      effects.consume(code);
      effects.exit("htmlTextData");
      effects.exit("htmlText");
      return ok2;
    }
    return nok(code);
  }
  function lineEndingBefore(code) {
    effects.exit("htmlTextData");
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return lineEndingAfter;
  }
  function lineEndingAfter(code) {
    return markdownSpace(code) ? factorySpace(effects, lineEndingAfterPrefix, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code) : lineEndingAfterPrefix(code);
  }
  function lineEndingAfterPrefix(code) {
    effects.enter("htmlTextData");
    return returnState(code);
  }
}

// node_modules/micromark-core-commonmark/lib/label-end.js
var labelEnd = {
  name: "labelEnd",
  resolveAll: resolveAllLabelEnd,
  resolveTo: resolveToLabelEnd,
  tokenize: tokenizeLabelEnd
};
var resourceConstruct = {
  tokenize: tokenizeResource
};
var referenceFullConstruct = {
  tokenize: tokenizeReferenceFull
};
var referenceCollapsedConstruct = {
  tokenize: tokenizeReferenceCollapsed
};
function resolveAllLabelEnd(events) {
  let index2 = -1;
  const newEvents = [];
  while (++index2 < events.length) {
    const token = events[index2][1];
    newEvents.push(events[index2]);
    if (token.type === "labelImage" || token.type === "labelLink" || token.type === "labelEnd") {
      const offset = token.type === "labelImage" ? 4 : 2;
      token.type = "data";
      index2 += offset;
    }
  }
  if (events.length !== newEvents.length) {
    splice(events, 0, events.length, newEvents);
  }
  return events;
}
function resolveToLabelEnd(events, context) {
  let index2 = events.length;
  let offset = 0;
  let open2;
  let close2;
  let media;
  while (index2--) {
    const token = events[index2][1];
    if (open2) {
      if (token.type === "link" || token.type === "labelLink" && token._inactive) {
        break;
      }
      if (events[index2][0] === "enter" && token.type === "labelLink") {
        token._inactive = true;
      }
    } else if (close2) {
      if (events[index2][0] === "enter" && (token.type === "labelImage" || token.type === "labelLink") && !token._balanced) {
        open2 = index2;
        if (token.type !== "labelLink") {
          offset = 2;
          break;
        }
      }
    } else if (token.type === "labelEnd") {
      close2 = index2;
    }
  }
  const group = {
    type: events[open2][1].type === "labelLink" ? "link" : "image",
    start: {
      ...events[open2][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  };
  const label = {
    type: "label",
    start: {
      ...events[open2][1].start
    },
    end: {
      ...events[close2][1].end
    }
  };
  const text3 = {
    type: "labelText",
    start: {
      ...events[open2 + offset + 2][1].end
    },
    end: {
      ...events[close2 - 2][1].start
    }
  };
  media = [["enter", group, context], ["enter", label, context]];
  media = push(media, events.slice(open2 + 1, open2 + offset + 3));
  media = push(media, [["enter", text3, context]]);
  media = push(media, resolveAll(context.parser.constructs.insideSpan.null, events.slice(open2 + offset + 4, close2 - 3), context));
  media = push(media, [["exit", text3, context], events[close2 - 2], events[close2 - 1], ["exit", label, context]]);
  media = push(media, events.slice(close2 + 1));
  media = push(media, [["exit", group, context]]);
  splice(events, open2, events.length, media);
  return events;
}
function tokenizeLabelEnd(effects, ok2, nok) {
  const self = this;
  const labelStarts = self._labelStarts;
  let labelStart;
  let defined;
  if (labelStarts) {
    while (labelStarts.length > 0 && labelStarts[labelStarts.length - 1]._balanced) {
      labelStarts.pop();
    }
    labelStart = labelStarts[labelStarts.length - 1];
  }
  return start;
  function start(code) {
    if (!labelStart) {
      return nok(code);
    }
    if (labelStart._inactive) {
      return labelEndNok(code);
    }
    defined = self.parser.defined.includes(normalizeIdentifier(self.sliceSerialize({
      start: labelStart.end,
      end: self.now()
    })));
    effects.enter("labelEnd");
    effects.enter("labelMarker");
    effects.consume(code);
    effects.exit("labelMarker");
    effects.exit("labelEnd");
    return after;
  }
  function after(code) {
    if (code === 40) {
      return effects.attempt(resourceConstruct, labelEndOk, defined ? labelEndOk : labelEndNok)(code);
    }
    if (code === 91) {
      return effects.attempt(referenceFullConstruct, labelEndOk, defined ? referenceNotFull : labelEndNok)(code);
    }
    return defined ? labelEndOk(code) : labelEndNok(code);
  }
  function referenceNotFull(code) {
    return effects.attempt(referenceCollapsedConstruct, labelEndOk, labelEndNok)(code);
  }
  function labelEndOk(code) {
    labelStarts.pop();
    return ok2(code);
  }
  function labelEndNok(code) {
    labelStart._balanced = true;
    return nok(code);
  }
}
function tokenizeResource(effects, ok2, nok) {
  return resourceStart;
  function resourceStart(code) {
    effects.enter("resource");
    effects.enter("resourceMarker");
    effects.consume(code);
    effects.exit("resourceMarker");
    return resourceBefore;
  }
  function resourceBefore(code) {
    return markdownLineEndingOrSpace(code) ? factoryWhitespace(effects, resourceOpen)(code) : resourceOpen(code);
  }
  function resourceOpen(code) {
    if (code === 41) {
      return resourceEnd(code);
    }
    return factoryDestination(effects, resourceDestinationAfter, resourceDestinationMissing, "resourceDestination", "resourceDestinationLiteral", "resourceDestinationLiteralMarker", "resourceDestinationRaw", "resourceDestinationString", 32)(code);
  }
  function resourceDestinationAfter(code) {
    return markdownLineEndingOrSpace(code) ? factoryWhitespace(effects, resourceBetween)(code) : resourceEnd(code);
  }
  function resourceDestinationMissing(code) {
    return nok(code);
  }
  function resourceBetween(code) {
    if (code === 34 || code === 39 || code === 40) {
      return factoryTitle(effects, resourceTitleAfter, nok, "resourceTitle", "resourceTitleMarker", "resourceTitleString")(code);
    }
    return resourceEnd(code);
  }
  function resourceTitleAfter(code) {
    return markdownLineEndingOrSpace(code) ? factoryWhitespace(effects, resourceEnd)(code) : resourceEnd(code);
  }
  function resourceEnd(code) {
    if (code === 41) {
      effects.enter("resourceMarker");
      effects.consume(code);
      effects.exit("resourceMarker");
      effects.exit("resource");
      return ok2;
    }
    return nok(code);
  }
}
function tokenizeReferenceFull(effects, ok2, nok) {
  const self = this;
  return referenceFull;
  function referenceFull(code) {
    return factoryLabel.call(self, effects, referenceFullAfter, referenceFullMissing, "reference", "referenceMarker", "referenceString")(code);
  }
  function referenceFullAfter(code) {
    return self.parser.defined.includes(normalizeIdentifier(self.sliceSerialize(self.events[self.events.length - 1][1]).slice(1, -1))) ? ok2(code) : nok(code);
  }
  function referenceFullMissing(code) {
    return nok(code);
  }
}
function tokenizeReferenceCollapsed(effects, ok2, nok) {
  return referenceCollapsedStart;
  function referenceCollapsedStart(code) {
    effects.enter("reference");
    effects.enter("referenceMarker");
    effects.consume(code);
    effects.exit("referenceMarker");
    return referenceCollapsedOpen;
  }
  function referenceCollapsedOpen(code) {
    if (code === 93) {
      effects.enter("referenceMarker");
      effects.consume(code);
      effects.exit("referenceMarker");
      effects.exit("reference");
      return ok2;
    }
    return nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/label-start-image.js
var labelStartImage = {
  name: "labelStartImage",
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartImage
};
function tokenizeLabelStartImage(effects, ok2, nok) {
  const self = this;
  let labelImage;
  return start;
  function start(code) {
    effects.enter("labelImage");
    effects.enter("labelImageMarker");
    effects.consume(code);
    effects.exit("labelImageMarker");
    return open2;
  }
  function open2(code) {
    if (code === 91) {
      effects.enter("labelMarker");
      effects.consume(code);
      effects.exit("labelMarker");
      labelImage = effects.exit("labelImage");
      return after;
    }
    return nok(code);
  }
  function after(code) {
    if (code === 94 && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code);
    }
    self._labelStarts = self._labelStarts || [];
    self._labelStarts.push(labelImage);
    return ok2(code);
  }
}

// node_modules/micromark-core-commonmark/lib/label-start-link.js
var labelStartLink = {
  name: "labelStartLink",
  resolveAll: labelEnd.resolveAll,
  tokenize: tokenizeLabelStartLink
};
function tokenizeLabelStartLink(effects, ok2, nok) {
  const self = this;
  let labelLink;
  return start;
  function start(code) {
    effects.enter("labelLink");
    effects.enter("labelMarker");
    effects.consume(code);
    effects.exit("labelMarker");
    labelLink = effects.exit("labelLink");
    return after;
  }
  function after(code) {
    if (code === 94 && "_hiddenFootnoteSupport" in self.parser.constructs) {
      return nok(code);
    }
    self._labelStarts = self._labelStarts || [];
    self._labelStarts.push(labelLink);
    return ok2(code);
  }
}

// node_modules/micromark-core-commonmark/lib/line-ending.js
var lineEnding = {
  name: "lineEnding",
  tokenize: tokenizeLineEnding
};
function tokenizeLineEnding(effects, ok2) {
  return start;
  function start(code) {
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    return factorySpace(effects, ok2, "linePrefix");
  }
}

// node_modules/micromark-core-commonmark/lib/thematic-break.js
var thematicBreak = {
  name: "thematicBreak",
  tokenize: tokenizeThematicBreak
};
function tokenizeThematicBreak(effects, ok2, nok) {
  let size = 0;
  let marker;
  return start;
  function start(code) {
    effects.enter("thematicBreak");
    return before(code);
  }
  function before(code) {
    marker = code;
    return atBreak(code);
  }
  function atBreak(code) {
    if (code === marker) {
      effects.enter("thematicBreakSequence");
      return sequence(code);
    }
    if (size >= 3 && (code === null || markdownLineEnding(code))) {
      effects.exit("thematicBreak");
      return ok2(code);
    }
    return nok(code);
  }
  function sequence(code) {
    if (code === marker) {
      effects.consume(code);
      size++;
      return sequence;
    }
    effects.exit("thematicBreakSequence");
    return markdownSpace(code) ? factorySpace(effects, atBreak, "whitespace")(code) : atBreak(code);
  }
}

// node_modules/micromark-core-commonmark/lib/list.js
var list = {
  continuation: {
    tokenize: tokenizeListContinuation
  },
  exit: tokenizeListEnd,
  name: "list",
  tokenize: tokenizeListStart
};
var listItemPrefixWhitespaceConstruct = {
  partial: true,
  tokenize: tokenizeListItemPrefixWhitespace
};
var indentConstruct = {
  partial: true,
  tokenize: tokenizeIndent
};
function tokenizeListStart(effects, ok2, nok) {
  const self = this;
  const tail = self.events[self.events.length - 1];
  let initialSize = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
  let size = 0;
  return start;
  function start(code) {
    const kind = self.containerState.type || (code === 42 || code === 43 || code === 45 ? "listUnordered" : "listOrdered");
    if (kind === "listUnordered" ? !self.containerState.marker || code === self.containerState.marker : asciiDigit(code)) {
      if (!self.containerState.type) {
        self.containerState.type = kind;
        effects.enter(kind, {
          _container: true
        });
      }
      if (kind === "listUnordered") {
        effects.enter("listItemPrefix");
        return code === 42 || code === 45 ? effects.check(thematicBreak, nok, atMarker)(code) : atMarker(code);
      }
      if (!self.interrupt || code === 49) {
        effects.enter("listItemPrefix");
        effects.enter("listItemValue");
        return inside2(code);
      }
    }
    return nok(code);
  }
  function inside2(code) {
    if (asciiDigit(code) && ++size < 10) {
      effects.consume(code);
      return inside2;
    }
    if ((!self.interrupt || size < 2) && (self.containerState.marker ? code === self.containerState.marker : code === 41 || code === 46)) {
      effects.exit("listItemValue");
      return atMarker(code);
    }
    return nok(code);
  }
  function atMarker(code) {
    effects.enter("listItemMarker");
    effects.consume(code);
    effects.exit("listItemMarker");
    self.containerState.marker = self.containerState.marker || code;
    return effects.check(
      blankLine,
      // Can\u2019t be empty when interrupting.
      self.interrupt ? nok : onBlank,
      effects.attempt(listItemPrefixWhitespaceConstruct, endOfPrefix, otherPrefix)
    );
  }
  function onBlank(code) {
    self.containerState.initialBlankLine = true;
    initialSize++;
    return endOfPrefix(code);
  }
  function otherPrefix(code) {
    if (markdownSpace(code)) {
      effects.enter("listItemPrefixWhitespace");
      effects.consume(code);
      effects.exit("listItemPrefixWhitespace");
      return endOfPrefix;
    }
    return nok(code);
  }
  function endOfPrefix(code) {
    self.containerState.size = initialSize + self.sliceSerialize(effects.exit("listItemPrefix"), true).length;
    return ok2(code);
  }
}
function tokenizeListContinuation(effects, ok2, nok) {
  const self = this;
  self.containerState._closeFlow = void 0;
  return effects.check(blankLine, onBlank, notBlank);
  function onBlank(code) {
    self.containerState.furtherBlankLines = self.containerState.furtherBlankLines || self.containerState.initialBlankLine;
    return factorySpace(effects, ok2, "listItemIndent", self.containerState.size + 1)(code);
  }
  function notBlank(code) {
    if (self.containerState.furtherBlankLines || !markdownSpace(code)) {
      self.containerState.furtherBlankLines = void 0;
      self.containerState.initialBlankLine = void 0;
      return notInCurrentItem(code);
    }
    self.containerState.furtherBlankLines = void 0;
    self.containerState.initialBlankLine = void 0;
    return effects.attempt(indentConstruct, ok2, notInCurrentItem)(code);
  }
  function notInCurrentItem(code) {
    self.containerState._closeFlow = true;
    self.interrupt = void 0;
    return factorySpace(effects, effects.attempt(list, ok2, nok), "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code);
  }
}
function tokenizeIndent(effects, ok2, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "listItemIndent", self.containerState.size + 1);
  function afterPrefix(code) {
    const tail = self.events[self.events.length - 1];
    return tail && tail[1].type === "listItemIndent" && tail[2].sliceSerialize(tail[1], true).length === self.containerState.size ? ok2(code) : nok(code);
  }
}
function tokenizeListEnd(effects) {
  effects.exit(this.containerState.type);
}
function tokenizeListItemPrefixWhitespace(effects, ok2, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "listItemPrefixWhitespace", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4 + 1);
  function afterPrefix(code) {
    const tail = self.events[self.events.length - 1];
    return !markdownSpace(code) && tail && tail[1].type === "listItemPrefixWhitespace" ? ok2(code) : nok(code);
  }
}

// node_modules/micromark-core-commonmark/lib/setext-underline.js
var setextUnderline = {
  name: "setextUnderline",
  resolveTo: resolveToSetextUnderline,
  tokenize: tokenizeSetextUnderline
};
function resolveToSetextUnderline(events, context) {
  const editMap = new EditMap();
  let index2 = events.length;
  let content3;
  let text3;
  let definition2;
  while (index2--) {
    if (events[index2][0] === "enter") {
      if (events[index2][1].type === "content") {
        content3 = index2;
        break;
      }
      if (events[index2][1].type === "paragraph") {
        text3 = index2;
      }
    } else {
      if (events[index2][1].type === "content") {
        editMap.add(index2, 1, []);
      }
      if (!definition2 && events[index2][1].type === "definition") {
        definition2 = index2;
      }
    }
  }
  const heading = {
    type: "setextHeading",
    start: {
      ...events[content3][1].start
    },
    end: {
      ...events[events.length - 1][1].end
    }
  };
  events[text3][1].type = "setextHeadingText";
  if (definition2) {
    editMap.add(text3, 0, [["enter", heading, context]]);
    editMap.add(definition2 + 1, 0, [["exit", events[content3][1], context]]);
    events[content3][1].end = {
      ...events[definition2][1].end
    };
  } else {
    events[content3][1] = heading;
  }
  editMap.add(events.length, 0, [["exit", heading, context]]);
  editMap.consume(events);
  return events;
}
function tokenizeSetextUnderline(effects, ok2, nok) {
  const self = this;
  let marker;
  return start;
  function start(code) {
    let index2 = self.events.length;
    let paragraph;
    while (index2--) {
      if (self.events[index2][1].type !== "lineEnding" && self.events[index2][1].type !== "linePrefix" && self.events[index2][1].type !== "content") {
        paragraph = self.events[index2][1].type === "paragraph";
        break;
      }
    }
    if (!self.parser.lazy[self.now().line] && (self.interrupt || paragraph)) {
      effects.enter("setextHeadingLine");
      marker = code;
      return before(code);
    }
    return nok(code);
  }
  function before(code) {
    effects.enter("setextHeadingLineSequence");
    return inside2(code);
  }
  function inside2(code) {
    if (code === marker) {
      effects.consume(code);
      return inside2;
    }
    effects.exit("setextHeadingLineSequence");
    return markdownSpace(code) ? factorySpace(effects, after, "lineSuffix")(code) : after(code);
  }
  function after(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("setextHeadingLine");
      return ok2(code);
    }
    return nok(code);
  }
}

// node_modules/micromark/lib/initialize/flow.js
var flow = {
  tokenize: initializeFlow
};
function initializeFlow(effects) {
  const self = this;
  const initial = effects.attempt(
    // Try to parse a blank line.
    blankLine,
    atBlankEnding,
    // Try to parse initial flow (essentially, only code).
    effects.attempt(this.parser.constructs.flowInitial, afterConstruct, factorySpace(effects, effects.attempt(this.parser.constructs.flow, afterConstruct, effects.attempt(content2, afterConstruct)), "linePrefix"))
  );
  return initial;
  function atBlankEnding(code) {
    if (code === null) {
      effects.consume(code);
      return;
    }
    effects.enter("lineEndingBlank");
    effects.consume(code);
    effects.exit("lineEndingBlank");
    self.currentConstruct = void 0;
    return initial;
  }
  function afterConstruct(code) {
    if (code === null) {
      effects.consume(code);
      return;
    }
    effects.enter("lineEnding");
    effects.consume(code);
    effects.exit("lineEnding");
    self.currentConstruct = void 0;
    return initial;
  }
}

// node_modules/micromark/lib/initialize/text.js
var resolver = {
  resolveAll: createResolver()
};
var string3 = initializeFactory("string");
var text = initializeFactory("text");
function initializeFactory(field) {
  return {
    resolveAll: createResolver(field === "text" ? resolveAllLineSuffixes : void 0),
    tokenize: initializeText
  };
  function initializeText(effects) {
    const self = this;
    const constructs2 = this.parser.constructs[field];
    const text3 = effects.attempt(constructs2, start, notText);
    return start;
    function start(code) {
      return atBreak(code) ? text3(code) : notText(code);
    }
    function notText(code) {
      if (code === null) {
        effects.consume(code);
        return;
      }
      effects.enter("data");
      effects.consume(code);
      return data;
    }
    function data(code) {
      if (atBreak(code)) {
        effects.exit("data");
        return text3(code);
      }
      effects.consume(code);
      effects.consumeRun(constructs2);
      return data;
    }
    function atBreak(code) {
      if (code === null) {
        return true;
      }
      const list2 = constructs2[code];
      let index2 = -1;
      if (list2) {
        while (++index2 < list2.length) {
          const item = list2[index2];
          if (!item.previous || item.previous.call(self, self.previous)) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
function createResolver(extraResolver) {
  return resolveAllText;
  function resolveAllText(events, context) {
    let index2 = -1;
    let enter;
    while (++index2 <= events.length) {
      if (enter === void 0) {
        if (events[index2] && events[index2][1].type === "data") {
          enter = index2;
          index2++;
        }
      } else if (!events[index2] || events[index2][1].type !== "data") {
        if (index2 !== enter + 2) {
          events[enter][1].end = events[index2 - 1][1].end;
          events.splice(enter + 2, index2 - enter - 2);
          index2 = enter + 2;
        }
        enter = void 0;
      }
    }
    return extraResolver ? extraResolver(events, context) : events;
  }
}
function resolveAllLineSuffixes(events, context) {
  const editMap = new EditMap();
  let eventIndex = 0;
  while (++eventIndex <= events.length) {
    if ((eventIndex === events.length || events[eventIndex][1].type === "lineEnding") && events[eventIndex - 1][1].type === "data") {
      const data = events[eventIndex - 1][1];
      const chunks = context.sliceStream(data);
      let index2 = chunks.length;
      let bufferIndex = -1;
      let size = 0;
      let tabs;
      while (index2--) {
        const chunk = chunks[index2];
        if (typeof chunk === "string") {
          bufferIndex = chunk.length;
          while (chunk.charCodeAt(bufferIndex - 1) === 32) {
            size++;
            bufferIndex--;
          }
          if (bufferIndex) {
            break;
          }
          bufferIndex = -1;
        } else if (chunk === -2) {
          tabs = true;
          size++;
        } else if (chunk === -1) {
        } else {
          index2++;
          break;
        }
      }
      if (context._contentTypeTextTrailing && eventIndex === events.length) {
        size = 0;
      }
      if (size) {
        const token = {
          type: eventIndex === events.length || tabs || size < 2 ? "lineSuffix" : "hardBreakTrailing",
          start: {
            _bufferIndex: index2 ? bufferIndex : data.start._bufferIndex + bufferIndex,
            _index: data.start._index + index2,
            line: data.end.line,
            column: data.end.column - size,
            offset: data.end.offset - size
          },
          end: {
            ...data.end
          }
        };
        data.end = {
          ...token.start
        };
        if (data.start.offset === data.end.offset) {
          Object.assign(data, token);
        } else {
          editMap.add(eventIndex, 0, [["enter", token, context], ["exit", token, context]]);
        }
      }
      eventIndex++;
    }
  }
  editMap.consume(events);
  return events;
}

// node_modules/micromark/lib/constructs.js
var constructs_exports = {};
__export(constructs_exports, {
  attentionMarkers: () => attentionMarkers,
  contentInitial: () => contentInitial,
  disable: () => disable,
  document: () => document2,
  flow: () => flow2,
  flowInitial: () => flowInitial,
  insideSpan: () => insideSpan,
  string: () => string4,
  text: () => text2
});
var document2 = {
  [42]: list,
  [43]: list,
  [45]: list,
  [48]: list,
  [49]: list,
  [50]: list,
  [51]: list,
  [52]: list,
  [53]: list,
  [54]: list,
  [55]: list,
  [56]: list,
  [57]: list,
  [62]: blockQuote
};
var contentInitial = {
  [91]: definition
};
var flowInitial = {
  [-2]: codeIndented,
  [-1]: codeIndented,
  [32]: codeIndented
};
var flow2 = {
  [35]: headingAtx,
  [42]: thematicBreak,
  [45]: [setextUnderline, thematicBreak],
  [60]: htmlFlow,
  [61]: setextUnderline,
  [95]: thematicBreak,
  [96]: codeFenced,
  [126]: codeFenced
};
var string4 = {
  [38]: characterReference,
  [92]: characterEscape
};
var text2 = {
  [-5]: lineEnding,
  [-4]: lineEnding,
  [-3]: lineEnding,
  [33]: labelStartImage,
  [38]: characterReference,
  [42]: attention,
  [60]: [autolink, htmlText],
  [91]: labelStartLink,
  [92]: [hardBreakEscape, characterEscape],
  [93]: labelEnd,
  [95]: attention,
  [96]: codeText
};
var insideSpan = {
  null: [attention, resolver]
};
var attentionMarkers = {
  null: [42, 95]
};
var disable = {
  null: []
};

// node_modules/micromark/lib/create-tokenizer.js
function createTokenizer(parser, initialize, from) {
  let point3 = {
    _bufferIndex: -1,
    _index: 0,
    line: from && from.line || 1,
    column: from && from.column || 1,
    offset: from && from.offset || 0
  };
  const columnStart = {};
  const resolveAllConstructs = [];
  let chunks = [];
  let stack = [];
  let consumed = true;
  const effects = {
    attempt: constructFactory(onsuccessfulconstruct),
    check: constructFactory(onsuccessfulcheck),
    consume,
    consumeRun,
    enter,
    exit: exit3,
    interrupt: constructFactory(onsuccessfulcheck, {
      interrupt: true
    })
  };
  const context = {
    code: null,
    containerState: {},
    defineSkip,
    events: [],
    now,
    parser,
    previous: null,
    sliceSerialize,
    sliceStream,
    write
  };
  let state = initialize.tokenize.call(context, effects);
  let expectedCode;
  if (initialize.resolveAll) {
    resolveAllConstructs.push(initialize);
  }
  return context;
  function write(slice) {
    chunks = push(chunks, slice);
    main2();
    if (chunks[chunks.length - 1] !== null) {
      return [];
    }
    addResult(initialize, 0);
    context.events = resolveAll(resolveAllConstructs, context.events, context);
    return context.events;
  }
  function sliceSerialize(token, expandTabs) {
    return serializeChunks(sliceStream(token), expandTabs);
  }
  function sliceStream(token) {
    return sliceChunks(chunks, token);
  }
  function now() {
    const {
      _bufferIndex,
      _index,
      line,
      column,
      offset
    } = point3;
    return {
      _bufferIndex,
      _index,
      line,
      column,
      offset
    };
  }
  function defineSkip(value2) {
    columnStart[value2.line] = value2.column;
    accountForPotentialSkip();
  }
  function main2() {
    while (point3._index < chunks.length) {
      const chunk = chunks[point3._index];
      if (typeof chunk === "string") {
        const chunkIndex = point3._index;
        if (point3._bufferIndex < 0) {
          point3._bufferIndex = 0;
        }
        while (point3._index === chunkIndex && point3._bufferIndex < chunk.length) {
          go(chunk.charCodeAt(point3._bufferIndex));
        }
      } else {
        go(chunk);
      }
    }
  }
  function go(code) {
    consumed = void 0;
    expectedCode = code;
    state = state(code);
  }
  function consumeRun(stops) {
    if (point3._bufferIndex < 0) return;
    const chunk = chunks[point3._index];
    const from2 = point3._bufferIndex;
    let at2 = from2;
    if (stops === void 0) at2 = chunk.length;
    else while (at2 < chunk.length && stops[chunk.charCodeAt(at2)] === void 0) at2++;
    if (at2 === from2) return;
    point3.column += at2 - from2;
    point3.offset += at2 - from2;
    context.previous = chunk.charCodeAt(at2 - 1);
    if (at2 === chunk.length) {
      point3._bufferIndex = -1;
      point3._index++;
    } else {
      point3._bufferIndex = at2;
    }
  }
  function consume(code) {
    if (markdownLineEnding(code)) {
      point3.line++;
      point3.column = 1;
      point3.offset += code === -3 ? 2 : 1;
      accountForPotentialSkip();
    } else if (code !== -1) {
      point3.column++;
      point3.offset++;
    }
    if (point3._bufferIndex < 0) {
      point3._index++;
    } else {
      point3._bufferIndex++;
      if (point3._bufferIndex === // Points w/ non-negative `_bufferIndex` reference
      // strings.
      /** @type {string} */
      chunks[point3._index].length) {
        point3._bufferIndex = -1;
        point3._index++;
      }
    }
    context.previous = code;
    consumed = true;
  }
  function enter(type, fields) {
    const token = fields || {};
    token.type = type;
    token.start = now();
    context.events.push(["enter", token, context]);
    stack.push(token);
    return token;
  }
  function exit3(type) {
    const token = stack.pop();
    token.end = now();
    context.events.push(["exit", token, context]);
    return token;
  }
  function onsuccessfulconstruct(construct, info) {
    addResult(construct, info.from);
  }
  function onsuccessfulcheck(_, info) {
    info.restore();
  }
  function constructFactory(onreturn, fields) {
    return hook;
    function hook(constructs2, returnState, bogusState) {
      let listOfConstructs;
      let constructIndex;
      let currentConstruct;
      let info;
      return Array.isArray(constructs2) ? (
        /* c8 ignore next 1 */
        handleListOfConstructs(constructs2)
      ) : "tokenize" in constructs2 ? (
        // Looks like a construct.
        handleListOfConstructs([
          /** @type {Construct} */
          constructs2
        ])
      ) : handleMapOfConstructs(constructs2);
      function handleMapOfConstructs(map) {
        return start;
        function start(code) {
          const left = code !== null && map[code];
          const all2 = code !== null && map.null;
          const list2 = [
            // To do: add more extension tests.
            /* c8 ignore next 2 */
            ...Array.isArray(left) ? left : left ? [left] : [],
            ...Array.isArray(all2) ? all2 : all2 ? [all2] : []
          ];
          return handleListOfConstructs(list2)(code);
        }
      }
      function handleListOfConstructs(list2) {
        listOfConstructs = list2;
        constructIndex = 0;
        if (list2.length === 0) {
          return bogusState;
        }
        return handleConstruct(list2[constructIndex]);
      }
      function handleConstruct(construct) {
        return start;
        function start(code) {
          info = store();
          currentConstruct = construct;
          if (!construct.partial) {
            context.currentConstruct = construct;
          }
          if (construct.name && context.parser.constructs.disable.null.includes(construct.name)) {
            return nok(code);
          }
          return construct.tokenize.call(
            // If we do have fields, create an object w/ `context` as its
            // prototype.
            // This allows a \u201Clive binding\u201D, which is needed for `interrupt`.
            fields ? Object.assign(Object.create(context), fields) : context,
            effects,
            ok2,
            nok
          )(code);
        }
      }
      function ok2(code) {
        consumed = true;
        onreturn(currentConstruct, info);
        return returnState;
      }
      function nok(code) {
        consumed = true;
        info.restore();
        if (++constructIndex < listOfConstructs.length) {
          return handleConstruct(listOfConstructs[constructIndex]);
        }
        return bogusState;
      }
    }
  }
  function addResult(construct, from2) {
    if (construct.resolveAll && !resolveAllConstructs.includes(construct)) {
      resolveAllConstructs.push(construct);
    }
    if (construct.resolve) {
      splice(context.events, from2, context.events.length - from2, construct.resolve(context.events.slice(from2), context));
    }
    if (construct.resolveTo) {
      context.events = construct.resolveTo(context.events, context);
    }
  }
  function store() {
    const startPoint = now();
    const startPrevious = context.previous;
    const startCurrentConstruct = context.currentConstruct;
    const startEventsIndex = context.events.length;
    const startStack = Array.from(stack);
    return {
      from: startEventsIndex,
      restore
    };
    function restore() {
      point3 = startPoint;
      context.previous = startPrevious;
      context.currentConstruct = startCurrentConstruct;
      context.events.length = startEventsIndex;
      stack = startStack;
      accountForPotentialSkip();
    }
  }
  function accountForPotentialSkip() {
    if (point3.line in columnStart && point3.column < 2) {
      point3.column = columnStart[point3.line];
      point3.offset += columnStart[point3.line] - 1;
    }
  }
}
function sliceChunks(chunks, token) {
  const startIndex = token.start._index;
  const startBufferIndex = token.start._bufferIndex;
  const endIndex = token.end._index;
  const endBufferIndex = token.end._bufferIndex;
  let view;
  if (startIndex === endIndex) {
    view = [chunks[startIndex].slice(startBufferIndex, endBufferIndex)];
  } else {
    view = chunks.slice(startIndex, endIndex);
    if (startBufferIndex > -1) {
      const head2 = view[0];
      if (typeof head2 === "string") {
        view[0] = head2.slice(startBufferIndex);
      } else {
        view.shift();
      }
    }
    if (endBufferIndex > 0) {
      view.push(chunks[endIndex].slice(0, endBufferIndex));
    }
  }
  return view;
}
function serializeChunks(chunks, expandTabs) {
  let index2 = -1;
  const result = [];
  let atTab;
  while (++index2 < chunks.length) {
    const chunk = chunks[index2];
    let value2;
    if (typeof chunk === "string") {
      value2 = chunk;
    } else {
      switch (chunk) {
        case -5: {
          value2 = "\r";
          break;
        }
        case -4: {
          value2 = "\n";
          break;
        }
        case -3: {
          value2 = "\r\n";
          break;
        }
        case -2: {
          value2 = expandTabs ? " " : "	";
          break;
        }
        case -1: {
          if (!expandTabs && atTab) {
            continue;
          }
          value2 = " ";
          break;
        }
        default: {
          value2 = String.fromCharCode(chunk);
        }
      }
    }
    atTab = chunk === -2;
    result.push(value2);
  }
  return result.join("");
}

// node_modules/micromark/lib/parse.js
function parse2(options) {
  const settings = options || {};
  const constructs2 = (
    /** @type {FullNormalizedExtension} */
    combineExtensions([constructs_exports, ...settings.extensions || []])
  );
  const parser = {
    constructs: constructs2,
    content: create2(content),
    defined: [],
    document: create2(document),
    flow: create2(flow),
    lazy: {},
    string: create2(string3),
    text: create2(text)
  };
  return parser;
  function create2(initial) {
    return creator;
    function creator(from) {
      return createTokenizer(parser, initial, from);
    }
  }
}

// node_modules/micromark/lib/postprocess.js
function postprocess(events) {
  while (!subtokenize(events)) {
  }
  return events;
}

// node_modules/micromark/lib/preprocess.js
var search = /[\0\t\n\r]/g;
function preprocess() {
  let column = 1;
  let buffer = "";
  let start = true;
  let atCarriageReturn;
  return preprocessor;
  function preprocessor(value2, encoding, end) {
    value2 = buffer + (typeof value2 === "string" ? value2.toString() : new TextDecoder(encoding || void 0).decode(value2));
    const chunks = [];
    let startPosition = 0;
    buffer = "";
    if (start) {
      if (value2.charCodeAt(0) === 65279) {
        startPosition++;
      }
      start = void 0;
    }
    while (startPosition < value2.length) {
      search.lastIndex = startPosition;
      const match = search.exec(value2);
      const endPosition = match && match.index !== void 0 ? match.index : value2.length;
      const code = value2.charCodeAt(endPosition);
      if (!match) {
        buffer = value2.slice(startPosition);
        break;
      }
      if (code === 10 && startPosition === endPosition && atCarriageReturn) {
        chunks.push(-3);
        atCarriageReturn = void 0;
      } else {
        if (atCarriageReturn) {
          chunks.push(-5);
          atCarriageReturn = void 0;
        }
        if (startPosition < endPosition) {
          chunks.push(value2.slice(startPosition, endPosition));
          column += endPosition - startPosition;
        }
        switch (code) {
          case 0: {
            chunks.push(65533);
            column++;
            break;
          }
          case 9: {
            const next = Math.ceil(column / 4) * 4;
            chunks.push(-2);
            while (column++ < next) {
              chunks.push(-1);
            }
            break;
          }
          case 10: {
            chunks.push(-4);
            column = 1;
            break;
          }
          default: {
            atCarriageReturn = true;
            column = 1;
          }
        }
      }
      startPosition = endPosition + 1;
    }
    if (end) {
      if (atCarriageReturn) {
        chunks.push(-5);
      }
      if (buffer) {
        chunks.push(buffer);
      }
      chunks.push(null);
    }
    return chunks;
  }
}

// node_modules/micromark-util-decode-string/index.js
var characterEscapeOrReference = /\\([!-/:-@[-`{-~])|&(#(?:\d{1,7}|x[\da-f]{1,6})|[\da-z]{1,31});/gi;
function decodeString(value2) {
  return value2.replace(characterEscapeOrReference, decode2);
}
function decode2($0, $1, $2) {
  if ($1) {
    return $1;
  }
  const head2 = $2.charCodeAt(0);
  if (head2 === 35) {
    const head3 = $2.charCodeAt(1);
    const hex = head3 === 120 || head3 === 88;
    return decodeNumericCharacterReference($2.slice(hex ? 2 : 1), hex ? 16 : 10);
  }
  return decodeNamedCharacterReference($2) || $0;
}

// node_modules/mdast-util-from-markdown/lib/index.js
var own4 = {}.hasOwnProperty;
function fromMarkdown(value2, encoding, options) {
  if (encoding && typeof encoding === "object") {
    options = encoding;
    encoding = void 0;
  }
  return compiler(options)(postprocess(Object.assign(parse2(options), { recountSource: typeof value2 !== "string" ? void 0 : value2.charCodeAt(0) === 65279 ? value2.slice(1) : value2 }).document().write(preprocess()(value2, encoding, true))));
}
function compiler(options) {
  const config2 = {
    afterExit: [],
    beforeEnter: [],
    transforms: [],
    canContainEols: ["emphasis", "fragment", "heading", "paragraph", "strong"],
    enter: {
      autolink: opener2(link),
      autolinkProtocol: onenterdata,
      autolinkEmail: onenterdata,
      atxHeading: opener2(heading),
      blockQuote: opener2(blockQuote2),
      characterEscape: onenterdata,
      characterReference: onenterdata,
      codeFenced: opener2(codeFlow),
      codeFencedFenceInfo: buffer,
      codeFencedFenceMeta: buffer,
      codeIndented: opener2(codeFlow, buffer),
      codeText: opener2(codeText2, buffer),
      codeTextData: onenterdata,
      data: onenterdata,
      codeFlowValue: onenterdata,
      definition: opener2(definition2),
      definitionDestinationString: buffer,
      definitionLabelString: buffer,
      definitionTitleString: buffer,
      emphasis: opener2(emphasis),
      hardBreakEscape: opener2(hardBreak),
      hardBreakTrailing: opener2(hardBreak),
      htmlFlow: opener2(html, buffer),
      htmlFlowData: onenterdata,
      htmlText: opener2(html, buffer),
      htmlTextData: onenterdata,
      image: opener2(image),
      label: buffer,
      link: opener2(link),
      listItem: opener2(listItem),
      listItemValue: onenterlistitemvalue,
      listOrdered: opener2(list2, onenterlistordered),
      listUnordered: opener2(list2),
      paragraph: opener2(paragraph),
      reference: onenterreference,
      referenceString: buffer,
      resourceDestinationString: buffer,
      resourceTitleString: buffer,
      setextHeading: opener2(heading),
      strong: opener2(strong),
      thematicBreak: opener2(thematicBreak2)
    },
    exit: {
      atxHeading: closer(),
      atxHeadingSequence: onexitatxheadingsequence,
      autolink: closer(),
      autolinkEmail: onexitautolinkemail,
      autolinkProtocol: onexitautolinkprotocol,
      blockQuote: closer(),
      characterEscapeValue: onexitdata,
      characterReferenceMarkerHexadecimal: onexitcharacterreferencemarker,
      characterReferenceMarkerNumeric: onexitcharacterreferencemarker,
      characterReferenceValue: onexitcharacterreferencevalue,
      characterReference: onexitcharacterreference,
      codeFenced: closer(onexitcodefenced),
      codeFencedFence: onexitcodefencedfence,
      codeFencedFenceInfo: onexitcodefencedfenceinfo,
      codeFencedFenceMeta: onexitcodefencedfencemeta,
      codeFlowValue: onexitdata,
      codeIndented: closer(onexitcodeindented),
      codeText: closer(onexitcodetext),
      codeTextData: onexitdata,
      data: onexitdata,
      definition: closer(),
      definitionDestinationString: onexitdefinitiondestinationstring,
      definitionLabelString: onexitdefinitionlabelstring,
      definitionTitleString: onexitdefinitiontitlestring,
      emphasis: closer(),
      hardBreakEscape: closer(onexithardbreak),
      hardBreakTrailing: closer(onexithardbreak),
      htmlFlow: closer(onexithtmlflow),
      htmlFlowData: onexitdata,
      htmlText: closer(onexithtmltext),
      htmlTextData: onexitdata,
      image: closer(onexitimage),
      label: onexitlabel,
      labelText: onexitlabeltext,
      lineEnding: onexitlineending,
      link: closer(onexitlink),
      listItem: closer(),
      listOrdered: closer(),
      listUnordered: closer(),
      paragraph: closer(),
      referenceString: onexitreferencestring,
      resourceDestinationString: onexitresourcedestinationstring,
      resourceTitleString: onexitresourcetitlestring,
      resource: onexitresource,
      setextHeading: closer(onexitsetextheading),
      setextHeadingLineSequence: onexitsetextheadinglinesequence,
      setextHeadingText: onexitsetextheadingtext,
      strong: closer(),
      thematicBreak: closer()
    }
  };
  configure(config2, (options || {}).mdastExtensions || []);
  const data = {};
  return compile2;
  function compile2(events) {
    let tree = {
      type: "root",
      children: [],
      position: void 0
    };
    const context = {
      stack: [tree],
      tokenStack: [],
      config: config2,
      enter,
      exit: exit3,
      buffer,
      resume,
      data
    };
    const listStack = [];
    const prepared = [];
    let index2 = -1;
    while (++index2 < events.length) {
      prepared.push(events[index2]);
      if (events[index2][1].type === "listOrdered" || events[index2][1].type === "listUnordered") {
        if (events[index2][0] === "enter") {
          listStack.push(prepared.length - 1);
        } else {
          const tail = listStack.pop();
          prepareList(prepared, tail);
        }
      }
    }
    events = prepared;
    index2 = -1;
    const eventContext = { ...context, sliceSerialize: void 0 };
    while (++index2 < events.length) {
      const event = events[index2];
      const handler2 = config2[event[0]];
      eventContext.sliceSerialize = event[2].sliceSerialize;
      if (event[0] === "enter" && config2.beforeEnter.length > 0) callListeners(config2.beforeEnter, eventContext, event[1]);
      if (own4.call(handler2, event[1].type)) handler2[event[1].type].call(eventContext, event[1]);
      if (event[0] === "exit" && config2.afterExit.length > 0) callListeners(config2.afterExit, eventContext, event[1]);
    }
    if (context.tokenStack.length > 0) {
      const tail = context.tokenStack[context.tokenStack.length - 1];
      const handler2 = tail[1] || defaultOnError;
      handler2.call(context, void 0, tail[0]);
    }
    tree.position = {
      start: point2(events.length > 0 ? events[0][1].start : {
        line: 1,
        column: 1,
        offset: 0
      }),
      end: point2(events.length > 0 ? events[events.length - 2][1].end : {
        line: 1,
        column: 1,
        offset: 0
      })
    };
    index2 = -1;
    while (++index2 < config2.transforms.length) {
      tree = config2.transforms[index2](tree) || tree;
    }
    return tree;
  }
  function callListeners(listeners, context, token) {
    let index2 = -1;
    while (++index2 < listeners.length) {
      listeners[index2].call(context, token);
    }
  }
  function prepareList(events, start) {
    const end = events.length - 1;
    let index2 = start - 1;
    let containerBalance = -1;
    let listSpread = false;
    let listItem2;
    let lineIndex;
    let firstBlankLineIndex;
    let atMarker;
    const insertions = [];
    while (++index2 <= end) {
      const event = events[index2];
      switch (event[1].type) {
        case "listUnordered":
        case "listOrdered":
        case "blockQuote": {
          if (event[0] === "enter") {
            containerBalance++;
          } else {
            containerBalance--;
          }
          atMarker = void 0;
          break;
        }
        case "lineEndingBlank": {
          if (event[0] === "enter") {
            if (listItem2 && !atMarker && !containerBalance && !firstBlankLineIndex) {
              firstBlankLineIndex = index2;
            }
            atMarker = void 0;
          }
          break;
        }
        case "linePrefix":
        case "listItemValue":
        case "listItemMarker":
        case "listItemPrefix":
        case "listItemPrefixWhitespace": {
          break;
        }
        default: {
          atMarker = void 0;
        }
      }
      if (!containerBalance && event[0] === "enter" && event[1].type === "listItemPrefix" || containerBalance === -1 && event[0] === "exit" && (event[1].type === "listUnordered" || event[1].type === "listOrdered")) {
        if (listItem2) {
          let tailIndex = index2;
          lineIndex = void 0;
          while (tailIndex--) {
            const tailEvent = events[tailIndex];
            if (tailEvent[1].type === "lineEnding" || tailEvent[1].type === "lineEndingBlank") {
              if (tailEvent[0] === "exit") continue;
              if (lineIndex) {
                events[lineIndex][1].type = "lineEndingBlank";
                listSpread = true;
              }
              tailEvent[1].type = "lineEnding";
              lineIndex = tailIndex;
            } else if (tailEvent[1].type === "linePrefix" || tailEvent[1].type === "blockQuotePrefix" || tailEvent[1].type === "blockQuotePrefixWhitespace" || tailEvent[1].type === "blockQuoteMarker" || tailEvent[1].type === "listItemIndent") {
            } else {
              break;
            }
          }
          if (firstBlankLineIndex && (!lineIndex || firstBlankLineIndex < lineIndex)) {
            listItem2._spread = true;
          }
          listItem2.end = Object.assign({}, lineIndex ? events[lineIndex][1].start : event[1].end);
          insertions.push({
            at: lineIndex || index2,
            event: ["exit", listItem2, event[2]]
          });
        }
        if (event[1].type === "listItemPrefix") {
          const item = {
            type: "listItem",
            _spread: false,
            start: Object.assign({}, event[1].start),
            // @ts-expect-error: we\u2019ll add `end` in a second.
            end: void 0
          };
          listItem2 = item;
          insertions.push({
            at: index2,
            event: ["enter", item, event[2]]
          });
          firstBlankLineIndex = void 0;
          atMarker = true;
        }
      }
    }
    const listEvents = events.splice(start);
    let insertion = 0;
    index2 = -1;
    while (++index2 < listEvents.length) {
      while (insertion < insertions.length && insertions[insertion].at === start + index2) {
        events.push(insertions[insertion++].event);
      }
      events.push(listEvents[index2]);
    }
    events[start][1]._spread = listSpread;
  }
  function opener2(create2, and) {
    return open2;
    function open2(token) {
      enter.call(this, create2(token), token);
      if (and) and.call(this, token);
    }
  }
  function buffer() {
    this.stack.push({
      type: "fragment",
      children: []
    });
  }
  function enter(node2, token, errorHandler) {
    const parent = this.stack[this.stack.length - 1];
    const siblings = parent.children;
    siblings.push(node2);
    this.stack.push(node2);
    this.tokenStack.push([token, errorHandler || void 0]);
    node2.position = {
      start: point2(token.start),
      // @ts-expect-error: `end` will be patched later.
      end: void 0
    };
  }
  function closer(and) {
    return close2;
    function close2(token) {
      if (and) and.call(this, token);
      exit3.call(this, token);
    }
  }
  function exit3(token, onExitError) {
    const node2 = this.stack.pop();
    const open2 = this.tokenStack.pop();
    if (!open2) {
      throw new Error("Cannot close `" + token.type + "` (" + stringifyPosition({
        start: token.start,
        end: token.end
      }) + "): it\u2019s not open");
    }
    if (open2[0].type !== token.type) {
      if (onExitError) {
        onExitError.call(this, token, open2[0]);
      } else {
        const handler2 = open2[1] || defaultOnError;
        handler2.call(this, token, open2[0]);
      }
    }
    node2.position.end = point2(token.end);
  }
  function resume() {
    return toString(this.stack.pop());
  }
  function onenterlistordered() {
    this.data.expectingFirstListItemValue = true;
  }
  function onenterlistitemvalue(token) {
    if (this.data.expectingFirstListItemValue) {
      const ancestor = this.stack[this.stack.length - 2];
      ancestor.start = Number.parseInt(this.sliceSerialize(token), 10);
      this.data.expectingFirstListItemValue = void 0;
    }
  }
  function onexitcodefencedfenceinfo() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.lang = data2;
  }
  function onexitcodefencedfencemeta() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.meta = data2;
  }
  function onexitcodefencedfence() {
    if (this.data.flowCodeInside) return;
    this.buffer();
    this.data.flowCodeInside = true;
  }
  function onexitcodefenced() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, "");
    this.data.flowCodeInside = void 0;
  }
  function onexitcodeindented() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2.replace(/(\r?\n|\r)$/g, "");
  }
  function onexitdefinitionlabelstring(token) {
    const label = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.label = label;
    node2.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
  }
  function onexitdefinitiontitlestring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.title = data2;
  }
  function onexitdefinitiondestinationstring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.url = data2;
  }
  function onexitatxheadingsequence(token) {
    const node2 = this.stack[this.stack.length - 1];
    if (!node2.depth) {
      const depth = this.sliceSerialize(token).length;
      node2.depth = depth;
    }
  }
  function onexitsetextheadingtext() {
    this.data.setextHeadingSlurpLineEnding = true;
  }
  function onexitsetextheadinglinesequence(token) {
    const node2 = this.stack[this.stack.length - 1];
    node2.depth = this.sliceSerialize(token).codePointAt(0) === 61 ? 1 : 2;
  }
  function onexitsetextheading() {
    this.data.setextHeadingSlurpLineEnding = void 0;
  }
  function onenterdata(token) {
    const node2 = this.stack[this.stack.length - 1];
    const siblings = node2.children;
    let tail = siblings[siblings.length - 1];
    if (!tail || tail.type !== "text") {
      tail = text3();
      tail.position = {
        start: point2(token.start),
        // @ts-expect-error: we\u2019ll add `end` later.
        end: void 0
      };
      siblings.push(tail);
    }
    this.stack.push(tail);
  }
  function onexitdata(token) {
    const tail = this.stack.pop();
    tail.value += this.sliceSerialize(token);
    tail.position.end = point2(token.end);
  }
  function onexitlineending(token) {
    const context = this.stack[this.stack.length - 1];
    if (this.data.atHardBreak) {
      const tail = context.children[context.children.length - 1];
      tail.position.end = point2(token.end);
      this.data.atHardBreak = void 0;
      return;
    }
    if (!this.data.setextHeadingSlurpLineEnding && config2.canContainEols.includes(context.type)) {
      onenterdata.call(this, token);
      onexitdata.call(this, token);
    }
  }
  function onexithardbreak() {
    this.data.atHardBreak = true;
  }
  function onexithtmlflow() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexithtmltext() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexitcodetext() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexitlink() {
    const node2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      const referenceType = this.data.referenceType || "shortcut";
      node2.type += "Reference";
      node2.referenceType = referenceType;
      delete node2.url;
      delete node2.title;
    } else {
      delete node2.identifier;
      delete node2.label;
    }
    this.data.referenceType = void 0;
  }
  function onexitimage() {
    const node2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      const referenceType = this.data.referenceType || "shortcut";
      node2.type += "Reference";
      node2.referenceType = referenceType;
      delete node2.url;
      delete node2.title;
    } else {
      delete node2.identifier;
      delete node2.label;
    }
    this.data.referenceType = void 0;
  }
  function onexitlabeltext(token) {
    const string5 = this.sliceSerialize(token);
    const ancestor = this.stack[this.stack.length - 2];
    ancestor.label = decodeString(string5);
    ancestor.identifier = normalizeIdentifier(string5).toLowerCase();
  }
  function onexitlabel() {
    const fragment = this.stack[this.stack.length - 1];
    const value2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    this.data.inReference = true;
    if (node2.type === "link") {
      const children = fragment.children;
      node2.children = children;
    } else {
      node2.alt = value2;
    }
  }
  function onexitresourcedestinationstring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.url = data2;
  }
  function onexitresourcetitlestring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.title = data2;
  }
  function onexitresource() {
    this.data.inReference = void 0;
  }
  function onenterreference() {
    this.data.referenceType = "collapsed";
  }
  function onexitreferencestring(token) {
    const label = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.label = label;
    node2.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
    this.data.referenceType = "full";
  }
  function onexitcharacterreferencemarker(token) {
    this.data.characterReferenceType = token.type;
  }
  function onexitcharacterreferencevalue(token) {
    const data2 = this.sliceSerialize(token);
    const type = this.data.characterReferenceType;
    let value2;
    if (type) {
      value2 = decodeNumericCharacterReference(data2, type === "characterReferenceMarkerNumeric" ? 10 : 16);
      this.data.characterReferenceType = void 0;
    } else {
      const result = decodeNamedCharacterReference(data2);
      value2 = result;
    }
    const tail = this.stack[this.stack.length - 1];
    tail.value += value2;
  }
  function onexitcharacterreference(token) {
    const tail = this.stack.pop();
    tail.position.end = point2(token.end);
  }
  function onexitautolinkprotocol(token) {
    onexitdata.call(this, token);
    const node2 = this.stack[this.stack.length - 1];
    node2.url = this.sliceSerialize(token);
  }
  function onexitautolinkemail(token) {
    onexitdata.call(this, token);
    const node2 = this.stack[this.stack.length - 1];
    node2.url = "mailto:" + this.sliceSerialize(token);
  }
  function blockQuote2() {
    return {
      type: "blockquote",
      children: [],
      position: void 0
    };
  }
  function codeFlow() {
    return {
      type: "code",
      lang: null,
      meta: null,
      value: "",
      position: void 0
    };
  }
  function codeText2() {
    return {
      type: "inlineCode",
      value: "",
      position: void 0
    };
  }
  function definition2() {
    return {
      type: "definition",
      identifier: "",
      label: null,
      title: null,
      url: "",
      position: void 0
    };
  }
  function emphasis() {
    return {
      type: "emphasis",
      children: [],
      position: void 0
    };
  }
  function heading() {
    return {
      type: "heading",
      // @ts-expect-error `depth` will be set later.
      depth: 0,
      children: [],
      position: void 0
    };
  }
  function hardBreak() {
    return {
      type: "break",
      position: void 0
    };
  }
  function html() {
    return {
      type: "html",
      value: "",
      position: void 0
    };
  }
  function image() {
    return {
      type: "image",
      title: null,
      url: "",
      alt: null,
      position: void 0
    };
  }
  function link() {
    return {
      type: "link",
      title: null,
      url: "",
      children: [],
      position: void 0
    };
  }
  function list2(token) {
    return {
      type: "list",
      ordered: token.type === "listOrdered",
      start: null,
      spread: token._spread,
      children: [],
      position: void 0
    };
  }
  function listItem(token) {
    return {
      type: "listItem",
      spread: token._spread,
      checked: null,
      children: [],
      position: void 0
    };
  }
  function paragraph() {
    return {
      type: "paragraph",
      children: [],
      position: void 0
    };
  }
  function strong() {
    return {
      type: "strong",
      children: [],
      position: void 0
    };
  }
  function text3() {
    return {
      type: "text",
      value: "",
      position: void 0
    };
  }
  function thematicBreak2() {
    return {
      type: "thematicBreak",
      position: void 0
    };
  }
}
function point2(d) {
  return {
    line: d.line,
    column: d.column,
    offset: d.offset
  };
}
function configure(combined, extensions) {
  let index2 = -1;
  while (++index2 < extensions.length) {
    const value2 = extensions[index2];
    if (Array.isArray(value2)) {
      configure(combined, value2);
    } else {
      extension(combined, value2);
    }
  }
}
function extension(combined, extension2) {
  let key;
  for (key in extension2) {
    if (own4.call(extension2, key)) {
      switch (key) {
        case "canContainEols": {
          const right = extension2[key];
          if (right) {
            combined[key].push(...right);
          }
          break;
        }
        case "transforms": {
          const right = extension2[key];
          if (right) {
            combined[key].push(...right);
          }
          break;
        }
        case "afterExit":
        case "beforeEnter": {
          const right = extension2[key];
          if (right) {
            combined[key].push(right);
          }
          break;
        }
        case "enter":
        case "exit": {
          const right = extension2[key];
          if (right) {
            Object.assign(combined[key], right);
          }
          break;
        }
      }
    }
  }
}
function defaultOnError(left, right) {
  if (left) {
    throw new Error("Cannot close `" + left.type + "` (" + stringifyPosition({
      start: left.start,
      end: left.end
    }) + "): a different token (`" + right.type + "`, " + stringifyPosition({
      start: right.start,
      end: right.end
    }) + ") is open");
  }
  throw new Error("Cannot close document, a token (`" + right.type + "`, " + stringifyPosition({
    start: right.start,
    end: right.end
  }) + ") is still open");
}

// node_modules/remark-parse/lib/index.js
function remarkParse(options) {
  const self = this;
  self.parser = parser;
  function parser(doc) {
    return fromMarkdown(doc, {
      ...self.data("settings"),
      ...options,
      // Note: these options are not in the readme.
      // The goal is for them to be set by plugins on `data` instead of being
      // passed by users.
      extensions: self.data("micromarkExtensions") || [],
      mdastExtensions: self.data("fromMarkdownExtensions") || []
    });
  }
}

// node_modules/fault/index.js
var import_format = __toESM(require_format(), 1);
var fault = Object.assign(create(Error), {
  eval: create(EvalError),
  range: create(RangeError),
  reference: create(ReferenceError),
  syntax: create(SyntaxError),
  type: create(TypeError),
  uri: create(URIError)
});
function create(Constructor) {
  FormattedError.displayName = Constructor.displayName || Constructor.name;
  return FormattedError;
  function FormattedError(format, ...values) {
    const reason = format ? (0, import_format.default)(format, ...values) : format;
    return new Constructor(reason);
  }
}

// node_modules/micromark-extension-frontmatter/lib/to-matters.js
var own5 = {}.hasOwnProperty;
var markers = {
  yaml: "-",
  toml: "+"
};
function toMatters(options) {
  const result = [];
  let index2 = -1;
  const presetsOrMatters = Array.isArray(options) ? options : options ? [options] : ["yaml"];
  while (++index2 < presetsOrMatters.length) {
    result[index2] = matter(presetsOrMatters[index2]);
  }
  return result;
}
function matter(option) {
  let result = option;
  if (typeof result === "string") {
    if (!own5.call(markers, result)) {
      throw fault("Missing matter definition for `%s`", result);
    }
    result = {
      type: result,
      marker: markers[result]
    };
  } else if (typeof result !== "object") {
    throw fault("Expected matter to be an object, not `%j`", result);
  }
  if (!own5.call(result, "type")) {
    throw fault("Missing `type` in matter `%j`", result);
  }
  if (!own5.call(result, "fence") && !own5.call(result, "marker")) {
    throw fault("Missing `marker` or `fence` in matter `%j`", result);
  }
  return result;
}

// node_modules/micromark-extension-frontmatter/lib/syntax.js
function frontmatter(options) {
  const matters = toMatters(options);
  const flow3 = {};
  let index2 = -1;
  while (++index2 < matters.length) {
    const matter2 = matters[index2];
    const code = fence(matter2, "open").charCodeAt(0);
    const construct = createConstruct(matter2);
    const existing = flow3[code];
    if (Array.isArray(existing)) {
      existing.push(construct);
    } else {
      flow3[code] = [construct];
    }
  }
  return {
    flow: flow3
  };
}
function createConstruct(matter2) {
  const anywhere = matter2.anywhere;
  const frontmatterType = (
    /** @type {TokenType} */
    matter2.type
  );
  const fenceType = (
    /** @type {TokenType} */
    frontmatterType + "Fence"
  );
  const sequenceType = (
    /** @type {TokenType} */
    fenceType + "Sequence"
  );
  const valueType = (
    /** @type {TokenType} */
    frontmatterType + "Value"
  );
  const closingFenceConstruct = {
    tokenize: tokenizeClosingFence,
    partial: true
  };
  let buffer;
  let bufferIndex = 0;
  return {
    tokenize: tokenizeFrontmatter,
    concrete: true
  };
  function tokenizeFrontmatter(effects, ok2, nok) {
    const self = this;
    return start;
    function start(code) {
      const position2 = self.now();
      if (
        // Indent not allowed.
        position2.column === 1 && // Normally, only allowed in first line.
        (position2.line === 1 || anywhere)
      ) {
        buffer = fence(matter2, "open");
        bufferIndex = 0;
        if (code === buffer.charCodeAt(bufferIndex)) {
          effects.enter(frontmatterType);
          effects.enter(fenceType);
          effects.enter(sequenceType);
          return openSequence(code);
        }
      }
      return nok(code);
    }
    function openSequence(code) {
      if (bufferIndex === buffer.length) {
        effects.exit(sequenceType);
        if (markdownSpace(code)) {
          effects.enter("whitespace");
          return openSequenceWhitespace(code);
        }
        return openAfter(code);
      }
      if (code === buffer.charCodeAt(bufferIndex++)) {
        effects.consume(code);
        return openSequence;
      }
      return nok(code);
    }
    function openSequenceWhitespace(code) {
      if (markdownSpace(code)) {
        effects.consume(code);
        return openSequenceWhitespace;
      }
      effects.exit("whitespace");
      return openAfter(code);
    }
    function openAfter(code) {
      if (markdownLineEnding(code)) {
        effects.exit(fenceType);
        effects.enter("lineEnding");
        effects.consume(code);
        effects.exit("lineEnding");
        buffer = fence(matter2, "close");
        bufferIndex = 0;
        return effects.attempt(closingFenceConstruct, after, contentStart);
      }
      return nok(code);
    }
    function contentStart(code) {
      if (code === null || markdownLineEnding(code)) {
        return contentEnd(code);
      }
      effects.enter(valueType);
      return contentInside(code);
    }
    function contentInside(code) {
      if (code === null || markdownLineEnding(code)) {
        effects.exit(valueType);
        return contentEnd(code);
      }
      effects.consume(code);
      return contentInside;
    }
    function contentEnd(code) {
      if (code === null) {
        return nok(code);
      }
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return effects.attempt(closingFenceConstruct, after, contentStart);
    }
    function after(code) {
      effects.exit(frontmatterType);
      return ok2(code);
    }
  }
  function tokenizeClosingFence(effects, ok2, nok) {
    let bufferIndex2 = 0;
    return closeStart;
    function closeStart(code) {
      if (code === buffer.charCodeAt(bufferIndex2)) {
        effects.enter(fenceType);
        effects.enter(sequenceType);
        return closeSequence(code);
      }
      return nok(code);
    }
    function closeSequence(code) {
      if (bufferIndex2 === buffer.length) {
        effects.exit(sequenceType);
        if (markdownSpace(code)) {
          effects.enter("whitespace");
          return closeSequenceWhitespace(code);
        }
        return closeAfter(code);
      }
      if (code === buffer.charCodeAt(bufferIndex2++)) {
        effects.consume(code);
        return closeSequence;
      }
      return nok(code);
    }
    function closeSequenceWhitespace(code) {
      if (markdownSpace(code)) {
        effects.consume(code);
        return closeSequenceWhitespace;
      }
      effects.exit("whitespace");
      return closeAfter(code);
    }
    function closeAfter(code) {
      if (code === null || markdownLineEnding(code)) {
        effects.exit(fenceType);
        return ok2(code);
      }
      return nok(code);
    }
  }
}
function fence(matter2, prop) {
  return matter2.marker ? pick2(matter2.marker, prop).repeat(3) : (
    // @ts-expect-error: They\u2019re mutually exclusive.
    pick2(matter2.fence, prop)
  );
}
function pick2(schema, prop) {
  return typeof schema === "string" ? schema : schema[prop];
}

// node_modules/escape-string-regexp/index.js
function escapeStringRegexp(string5) {
  if (typeof string5 !== "string") {
    throw new TypeError("Expected a string");
  }
  return string5.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&").replace(/-/g, "\\x2d");
}

// node_modules/mdast-util-frontmatter/lib/index.js
function frontmatterFromMarkdown(options) {
  const matters = toMatters(options);
  const enter = {};
  const exit3 = {};
  let index2 = -1;
  while (++index2 < matters.length) {
    const matter2 = matters[index2];
    enter[matter2.type] = opener(matter2);
    exit3[matter2.type] = close;
    exit3[matter2.type + "Value"] = value;
  }
  return { enter, exit: exit3 };
}
function opener(matter2) {
  return open2;
  function open2(token) {
    this.enter({ type: matter2.type, value: "" }, token);
    this.buffer();
  }
}
function close(token) {
  const data = this.resume();
  const node2 = this.stack[this.stack.length - 1];
  ok("value" in node2);
  this.exit(token);
  node2.value = data.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, "");
}
function value(token) {
  this.config.enter.data.call(this, token);
  this.config.exit.data.call(this, token);
}
function frontmatterToMarkdown(options) {
  const unsafe = [];
  const handlers = {};
  const matters = toMatters(options);
  let index2 = -1;
  while (++index2 < matters.length) {
    const matter2 = matters[index2];
    handlers[matter2.type] = handler(matter2);
    const open2 = fence2(matter2, "open");
    unsafe.push({
      atBreak: true,
      character: open2.charAt(0),
      after: escapeStringRegexp(open2.charAt(1))
    });
  }
  return { unsafe, handlers };
}
function handler(matter2) {
  const open2 = fence2(matter2, "open");
  const close2 = fence2(matter2, "close");
  return handle;
  function handle(node2) {
    return open2 + (node2.value ? "\n" + node2.value : "") + "\n" + close2;
  }
}
function fence2(matter2, prop) {
  return matter2.marker ? pick3(matter2.marker, prop).repeat(3) : (
    // @ts-expect-error: They\u2019re mutually exclusive.
    pick3(matter2.fence, prop)
  );
}
function pick3(schema, prop) {
  return typeof schema === "string" ? schema : schema[prop];
}

// node_modules/remark-frontmatter/lib/index.js
var emptyOptions2 = "yaml";
function remarkFrontmatter(options) {
  const self = (
    /** @type {Processor} */
    this
  );
  const settings = options || emptyOptions2;
  const data = self.data();
  const micromarkExtensions = data.micromarkExtensions || (data.micromarkExtensions = []);
  const fromMarkdownExtensions = data.fromMarkdownExtensions || (data.fromMarkdownExtensions = []);
  const toMarkdownExtensions = data.toMarkdownExtensions || (data.toMarkdownExtensions = []);
  micromarkExtensions.push(frontmatter(settings));
  fromMarkdownExtensions.push(frontmatterFromMarkdown(settings));
  toMarkdownExtensions.push(frontmatterToMarkdown(settings));
}

// node_modules/micromark-extension-gfm-table/lib/edit-map.js
var EditMap2 = class {
  /**
   * Create a new edit map.
   */
  constructor() {
    this.map = [];
    this.index = /* @__PURE__ */ new Map();
  }
  /**
   * Create an edit: a remove and/or add at a certain place.
   *
   * @param {number} index
   *   Index at which to apply the edit.
   * @param {number} remove
   *   Count of items to remove at the index.
   * @param {Array<Event>} add
   *   Items to add at the index.
   * @returns {undefined}
   *   Nothing.
   */
  add(index2, remove, add2) {
    addImplementation2(this, index2, remove, add2);
  }
  // To do: add this when moving to `micromark`.
  // /**
  //  * Create an edit: but insert `add` before existing additions.
  //  *
  //  * @param {number} index
  //  * @param {number} remove
  //  * @param {Array<Event>} add
  //  * @returns {undefined}
  //  */
  // addBefore(index, remove, add) {
  //   addImplementation(this, index, remove, add, true)
  // }
  /**
   * Done, change the events.
   *
   * @param {Array<Event>} events
   *   List of events to apply the edits to.
   * @returns {undefined}
   *   Nothing.
   */
  consume(events) {
    this.map.sort(function(a, b) {
      return a[0] - b[0];
    });
    if (this.map.length === 0) {
      return;
    }
    let index2 = this.map.length;
    const vecs = [];
    while (index2 > 0) {
      index2 -= 1;
      vecs.push(events.slice(this.map[index2][0] + this.map[index2][1]), this.map[index2][2]);
      events.length = this.map[index2][0];
    }
    vecs.push(events.slice());
    events.length = 0;
    let slice = vecs.pop();
    while (slice) {
      for (const element of slice) {
        events.push(element);
      }
      slice = vecs.pop();
    }
    this.map.length = 0;
    this.index.clear();
  }
};
function addImplementation2(editMap, at2, remove, add2) {
  if (remove === 0 && add2.length === 0) {
    return;
  }
  const existing = editMap.index.get(at2);
  if (existing) {
    existing[1] += remove;
    existing[2].push(...add2);
    return;
  }
  const change = [at2, remove, add2];
  editMap.map.push(change);
  editMap.index.set(at2, change);
}

// node_modules/micromark-extension-gfm-table/lib/infer.js
function gfmTableAlign(events, index2) {
  let inDelimiterRow = false;
  const align = [];
  while (index2 < events.length) {
    const event = events[index2];
    if (inDelimiterRow) {
      if (event[0] === "enter") {
        if (event[1].type === "tableContent") {
          align.push(events[index2 + 1][1].type === "tableDelimiterMarker" ? "left" : "none");
        }
      } else if (event[1].type === "tableContent") {
        if (events[index2 - 1][1].type === "tableDelimiterMarker") {
          const alignIndex = align.length - 1;
          align[alignIndex] = align[alignIndex] === "left" ? "center" : "right";
        }
      } else if (event[1].type === "tableDelimiterRow") {
        break;
      }
    } else if (event[0] === "enter" && event[1].type === "tableDelimiterRow") {
      inDelimiterRow = true;
    }
    index2 += 1;
  }
  return align;
}

// node_modules/micromark-extension-gfm-table/lib/syntax.js
function gfmTable() {
  return {
    flow: {
      null: {
        name: "table",
        tokenize: tokenizeTable,
        resolveAll: resolveTable
      }
    }
  };
}
function nextLineHasDash(source, offset) {
  let at2 = offset;
  while (at2 < source.length && source.charCodeAt(at2) !== 10 && source.charCodeAt(at2) !== 13) at2++;
  if (at2 >= source.length) return false;
  at2 += source.charCodeAt(at2) === 13 && source.charCodeAt(at2 + 1) === 10 ? 2 : 1;
  for (; at2 < source.length; at2++) {
    const code = source.charCodeAt(at2);
    if (code === 45) return true;
    if (code === 10 || code === 13) return false;
  }
  return false;
}
function tokenizeTable(effects, ok2, nok) {
  const self = this;
  let size = 0;
  let sizeB = 0;
  let seen;
  return start;
  function start(code) {
    let index2 = self.events.length - 1;
    while (index2 > -1) {
      const {
        type
      } = self.events[index2][1];
      if (type === "lineEnding" || // Note: markdown-rs uses `whitespace` instead of `linePrefix`
      type === "linePrefix") {
        index2--;
      } else {
        break;
      }
    }
    const tail = index2 > -1 ? self.events[index2][1].type : null;
    const next = tail === "tableHead" || tail === "tableRow" ? bodyRowStart : headRowBefore;
    if (next === bodyRowStart && self.parser.lazy[self.now().line]) {
      return nok(code);
    }
    if (next === headRowBefore && typeof self.parser.recountSource === "string" && !nextLineHasDash(self.parser.recountSource, self.now().offset)) {
      return nok(code);
    }
    return next(code);
  }
  function headRowBefore(code) {
    effects.enter("tableHead");
    effects.enter("tableRow");
    return headRowStart(code);
  }
  function headRowStart(code) {
    if (code === 124) {
      return headRowBreak(code);
    }
    seen = true;
    sizeB += 1;
    return headRowBreak(code);
  }
  function headRowBreak(code) {
    if (code === null) {
      return nok(code);
    }
    if (markdownLineEnding(code)) {
      if (sizeB > 1) {
        sizeB = 0;
        self.interrupt = true;
        effects.exit("tableRow");
        effects.enter("lineEnding");
        effects.consume(code);
        effects.exit("lineEnding");
        return headDelimiterStart;
      }
      return nok(code);
    }
    if (markdownSpace(code)) {
      return factorySpace(effects, headRowBreak, "whitespace")(code);
    }
    sizeB += 1;
    if (seen) {
      seen = false;
      size += 1;
    }
    if (code === 124) {
      effects.enter("tableCellDivider");
      effects.consume(code);
      effects.exit("tableCellDivider");
      seen = true;
      return headRowBreak;
    }
    effects.enter("data");
    return headRowData(code);
  }
  function headRowData(code) {
    if (code === null || code === 124 || markdownLineEndingOrSpace(code)) {
      effects.exit("data");
      return headRowBreak(code);
    }
    effects.consume(code);
    return code === 92 ? headRowEscape : headRowData;
  }
  function headRowEscape(code) {
    if (code === 92 || code === 124) {
      effects.consume(code);
      return headRowData;
    }
    return headRowData(code);
  }
  function headDelimiterStart(code) {
    self.interrupt = false;
    if (self.parser.lazy[self.now().line]) {
      return nok(code);
    }
    effects.enter("tableDelimiterRow");
    seen = false;
    if (markdownSpace(code)) {
      return factorySpace(effects, headDelimiterBefore, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code);
    }
    return headDelimiterBefore(code);
  }
  function headDelimiterBefore(code) {
    if (code === 45 || code === 58) {
      return headDelimiterValueBefore(code);
    }
    if (code === 124) {
      seen = true;
      effects.enter("tableCellDivider");
      effects.consume(code);
      effects.exit("tableCellDivider");
      return headDelimiterCellBefore;
    }
    return headDelimiterNok(code);
  }
  function headDelimiterCellBefore(code) {
    if (markdownSpace(code)) {
      return factorySpace(effects, headDelimiterValueBefore, "whitespace")(code);
    }
    return headDelimiterValueBefore(code);
  }
  function headDelimiterValueBefore(code) {
    if (code === 58) {
      sizeB += 1;
      seen = true;
      effects.enter("tableDelimiterMarker");
      effects.consume(code);
      effects.exit("tableDelimiterMarker");
      return headDelimiterLeftAlignmentAfter;
    }
    if (code === 45) {
      sizeB += 1;
      return headDelimiterLeftAlignmentAfter(code);
    }
    if (code === null || markdownLineEnding(code)) {
      return headDelimiterCellAfter(code);
    }
    return headDelimiterNok(code);
  }
  function headDelimiterLeftAlignmentAfter(code) {
    if (code === 45) {
      effects.enter("tableDelimiterFiller");
      return headDelimiterFiller(code);
    }
    return headDelimiterNok(code);
  }
  function headDelimiterFiller(code) {
    if (code === 45) {
      effects.consume(code);
      return headDelimiterFiller;
    }
    if (code === 58) {
      seen = true;
      effects.exit("tableDelimiterFiller");
      effects.enter("tableDelimiterMarker");
      effects.consume(code);
      effects.exit("tableDelimiterMarker");
      return headDelimiterRightAlignmentAfter;
    }
    effects.exit("tableDelimiterFiller");
    return headDelimiterRightAlignmentAfter(code);
  }
  function headDelimiterRightAlignmentAfter(code) {
    if (markdownSpace(code)) {
      return factorySpace(effects, headDelimiterCellAfter, "whitespace")(code);
    }
    return headDelimiterCellAfter(code);
  }
  function headDelimiterCellAfter(code) {
    if (code === 124) {
      return headDelimiterBefore(code);
    }
    if (code === null || markdownLineEnding(code)) {
      if (!seen || size !== sizeB) {
        return headDelimiterNok(code);
      }
      effects.exit("tableDelimiterRow");
      effects.exit("tableHead");
      return ok2(code);
    }
    return headDelimiterNok(code);
  }
  function headDelimiterNok(code) {
    return nok(code);
  }
  function bodyRowStart(code) {
    effects.enter("tableRow");
    return bodyRowBreak(code);
  }
  function bodyRowBreak(code) {
    if (code === 124) {
      effects.enter("tableCellDivider");
      effects.consume(code);
      effects.exit("tableCellDivider");
      return bodyRowBreak;
    }
    if (code === null || markdownLineEnding(code)) {
      effects.exit("tableRow");
      return ok2(code);
    }
    if (markdownSpace(code)) {
      return factorySpace(effects, bodyRowBreak, "whitespace")(code);
    }
    effects.enter("data");
    return bodyRowData(code);
  }
  function bodyRowData(code) {
    if (code === null || code === 124 || markdownLineEndingOrSpace(code)) {
      effects.exit("data");
      return bodyRowBreak(code);
    }
    effects.consume(code);
    return code === 92 ? bodyRowEscape : bodyRowData;
  }
  function bodyRowEscape(code) {
    if (code === 92 || code === 124) {
      effects.consume(code);
      return bodyRowData;
    }
    return bodyRowData(code);
  }
}
function resolveTable(events, context) {
  let index2 = -1;
  let inFirstCellAwaitingPipe = true;
  let rowKind = 0;
  let lastCell = [0, 0, 0, 0];
  let cell = [0, 0, 0, 0];
  let afterHeadAwaitingFirstBodyRow = false;
  let lastTableEnd = 0;
  let currentTable;
  let currentBody;
  let currentCell;
  const map = new EditMap2();
  while (++index2 < events.length) {
    const event = events[index2];
    const token = event[1];
    if (event[0] === "enter") {
      if (token.type === "tableHead") {
        afterHeadAwaitingFirstBodyRow = false;
        if (lastTableEnd !== 0) {
          flushTableEnd(map, context, lastTableEnd, currentTable, currentBody);
          currentBody = void 0;
          lastTableEnd = 0;
        }
        currentTable = {
          type: "table",
          start: { ...token.start },
          // Note: correct end is set later.
          end: { ...token.end }
        };
        map.add(index2, 0, [["enter", currentTable, context]]);
      } else if (token.type === "tableRow" || token.type === "tableDelimiterRow") {
        inFirstCellAwaitingPipe = true;
        currentCell = void 0;
        lastCell = [0, 0, 0, 0];
        cell = [0, index2 + 1, 0, 0];
        if (afterHeadAwaitingFirstBodyRow) {
          afterHeadAwaitingFirstBodyRow = false;
          currentBody = {
            type: "tableBody",
            start: { ...token.start },
            // Note: correct end is set later.
            end: { ...token.end }
          };
          map.add(index2, 0, [["enter", currentBody, context]]);
        }
        rowKind = token.type === "tableDelimiterRow" ? 2 : currentBody ? 3 : 1;
      } else if (rowKind && (token.type === "data" || token.type === "tableDelimiterMarker" || token.type === "tableDelimiterFiller")) {
        inFirstCellAwaitingPipe = false;
        if (cell[2] === 0) {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map, context, lastCell, rowKind, void 0, currentCell);
            lastCell = [0, 0, 0, 0];
          }
          cell[2] = index2;
        }
      } else if (token.type === "tableCellDivider") {
        if (inFirstCellAwaitingPipe) {
          inFirstCellAwaitingPipe = false;
        } else {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map, context, lastCell, rowKind, void 0, currentCell);
          }
          lastCell = cell;
          cell = [lastCell[1], index2, 0, 0];
        }
      }
    } else if (token.type === "tableHead") {
      afterHeadAwaitingFirstBodyRow = true;
      lastTableEnd = index2;
    } else if (token.type === "tableRow" || token.type === "tableDelimiterRow") {
      lastTableEnd = index2;
      if (lastCell[1] !== 0) {
        cell[0] = cell[1];
        currentCell = flushCell(map, context, lastCell, rowKind, index2, currentCell);
      } else if (cell[1] !== 0) {
        currentCell = flushCell(map, context, cell, rowKind, index2, currentCell);
      }
      rowKind = 0;
    } else if (rowKind && (token.type === "data" || token.type === "tableDelimiterMarker" || token.type === "tableDelimiterFiller")) {
      cell[3] = index2;
    }
  }
  if (lastTableEnd !== 0) {
    flushTableEnd(map, context, lastTableEnd, currentTable, currentBody);
  }
  map.consume(context.events);
  index2 = -1;
  while (++index2 < context.events.length) {
    const event = context.events[index2];
    if (event[0] === "enter" && event[1].type === "table") {
      event[1]._align = gfmTableAlign(context.events, index2);
    }
  }
  return events;
}
function flushCell(map, context, range, rowKind, rowEnd, previousCell) {
  const groupName = rowKind === 1 ? "tableHeader" : rowKind === 2 ? "tableDelimiter" : "tableData";
  const valueName = "tableContent";
  if (range[0] !== 0) {
    previousCell.end = { ...getPoint(context.events, range[0]) };
    map.add(range[0], 0, [["exit", previousCell, context]]);
  }
  const now = getPoint(context.events, range[1]);
  previousCell = {
    type: groupName,
    start: { ...now },
    // Note: correct end is set later.
    end: { ...now }
  };
  map.add(range[1], 0, [["enter", previousCell, context]]);
  if (range[2] !== 0) {
    const relatedStart = getPoint(context.events, range[2]);
    const relatedEnd = getPoint(context.events, range[3]);
    const valueToken = {
      type: valueName,
      start: { ...relatedStart },
      end: { ...relatedEnd }
    };
    map.add(range[2], 0, [["enter", valueToken, context]]);
    if (rowKind !== 2) {
      const start = context.events[range[2]];
      const end = context.events[range[3]];
      start[1].end = { ...end[1].end };
      start[1].type = "chunkText";
      start[1].contentType = "text";
      if (range[3] > range[2] + 1) {
        const a = range[2] + 1;
        const b = range[3] - range[2] - 1;
        map.add(a, b, []);
      }
    }
    map.add(range[3] + 1, 0, [["exit", valueToken, context]]);
  }
  if (rowEnd !== void 0) {
    previousCell.end = { ...getPoint(context.events, rowEnd) };
    map.add(rowEnd, 0, [["exit", previousCell, context]]);
    previousCell = void 0;
  }
  return previousCell;
}
function flushTableEnd(map, context, index2, table, tableBody) {
  const exits = [];
  const related = getPoint(context.events, index2);
  if (tableBody) {
    tableBody.end = { ...related };
    exits.push(["exit", tableBody, context]);
  }
  table.end = { ...related };
  exits.push(["exit", table, context]);
  map.add(index2 + 1, 0, exits);
}
function getPoint(events, index2) {
  const event = events[index2];
  const side = event[0] === "enter" ? "start" : "end";
  return event[1][side];
}

// node_modules/mdast-util-gfm-table/lib/index.js
function gfmTableFromMarkdown() {
  return {
    enter: {
      table: enterTable,
      tableData: enterCell,
      tableHeader: enterCell,
      tableRow: enterRow
    },
    exit: {
      codeText: exitCodeText,
      table: exitTable,
      tableData: exit2,
      tableHeader: exit2,
      tableRow: exit2
    }
  };
}
function enterTable(token) {
  const align = token._align;
  ok(align, "expected `_align` on table");
  this.enter(
    {
      type: "table",
      align: align.map(function(d) {
        return d === "none" ? null : d;
      }),
      children: [],
      position: void 0
    },
    token
  );
  this.data.inTable = true;
}
function exitTable(token) {
  this.exit(token);
  this.data.inTable = void 0;
}
function enterRow(token) {
  this.enter({ type: "tableRow", children: [], position: void 0 }, token);
}
function exit2(token) {
  this.exit(token);
}
function enterCell(token) {
  this.enter({ type: "tableCell", children: [], position: void 0 }, token);
}
function exitCodeText(token) {
  let value2 = this.resume();
  if (this.data.inTable) {
    value2 = value2.replace(/\\([\\|])/g, replace);
  }
  const node2 = this.stack[this.stack.length - 1];
  ok(node2.type === "inlineCode");
  node2.value = value2;
  this.exit(token);
}
function replace($0, $1) {
  return $1 === "|" ? $1 : $0;
}

// src/parse/markdown.ts
function remarkGfmTables() {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}
var processor = unified().use(remarkParse).use(remarkGfmTables).use(remarkFrontmatter, ["yaml", "toml"]);
function parseMarkdown(source) {
  return processor.runSync(processor.parse(source));
}

// src/parse/document.ts
init_source_map();

// src/parse/mojibake.ts
var CP1252_HIGH = {
  "\u20AC": 128,
  "\u201A": 130,
  "\u0192": 131,
  "\u201E": 132,
  "\u2026": 133,
  "\u2020": 134,
  "\u2021": 135,
  "\u02C6": 136,
  "\u2030": 137,
  "\u0160": 138,
  "\u2039": 139,
  "\u0152": 140,
  "\u017D": 142,
  "\u2018": 145,
  "\u2019": 146,
  "\u201C": 147,
  "\u201D": 148,
  "\u2022": 149,
  "\u2013": 150,
  "\u2014": 151,
  "\u02DC": 152,
  "\u2122": 153,
  "\u0161": 154,
  "\u203A": 155,
  "\u0153": 156,
  "\u017E": 158,
  "\u0178": 159
};
function byteOf(char) {
  const code = char.charCodeAt(0);
  if (code >= 128 && code <= 255) return code;
  return CP1252_HIGH[char];
}
function continuationCount(lead) {
  if (lead >= 194 && lead <= 223) return 1;
  if (lead >= 224 && lead <= 239) return 2;
  if (lead >= 240 && lead <= 244) return 3;
  return 0;
}
var DECODER = new TextDecoder("utf-8", { fatal: true });
function findMojibake(text3) {
  const repairs = [];
  for (let i = 0; i < text3.length; i++) {
    const code = text3.charCodeAt(i);
    if (code < 194 || code > 244) continue;
    const need = continuationCount(code);
    if (need === 0 || i + need >= text3.length) continue;
    const bytes = [code];
    let ok2 = true;
    for (let k = 1; k <= need; k++) {
      const ch = text3[i + k];
      const b = ch === void 0 ? void 0 : byteOf(ch);
      if (b === void 0 || b < 128 || b > 191) {
        ok2 = false;
        break;
      }
      bytes.push(b);
    }
    if (!ok2) continue;
    try {
      const decoded = DECODER.decode(new Uint8Array(bytes));
      repairs.push({ start: i, length: need + 1, text: decoded });
      i += need;
    } catch {
    }
  }
  return repairs;
}

// src/parse/text-unit.ts
var TextUnit = class _TextUnit {
  constructor(text3, segments, base = 0) {
    this.text = text3;
    this.segments = segments;
    this.base = base;
  }
  text;
  segments;
  base;
  segmentAt(index2) {
    const segments = this.segments;
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (segments[mid].textStart <= index2) lo = mid;
      else hi = mid - 1;
    }
    return segments[lo];
  }
  startOf(index2) {
    const s = this.segmentAt(index2);
    return s.linear ? s.sourceStart + Math.min(index2 - s.textStart, s.length - 1) : s.sourceStart;
  }
  endOf(index2) {
    const s = this.segmentAt(index2);
    return s.linear ? s.sourceStart + Math.min(index2 - s.textStart, s.length - 1) + 1 : s.sourceEnd;
  }
  sourceSpan(start, end) {
    if (this.segments.length === 0) return { start: 0, end: 0 };
    const last = Math.max(start, end - 1);
    const clamp = (i) => Math.min(Math.max(i + this.base, 0), this.base + Math.max(this.text.length - 1, 0));
    return { start: this.startOf(clamp(start)), end: this.endOf(clamp(last)) };
  }
  /** Splits at line breaks, trimming each line; empty lines are dropped. */
  lines() {
    const result = [];
    let from = 0;
    for (let i = 0; i <= this.text.length; i++) {
      if (i === this.text.length || this.text[i] === "\n") {
        const unit = this.slice(from, i).trimmed();
        if (unit.text.length > 0) result.push(unit);
        from = i + 1;
      }
    }
    return result;
  }
  slice(start, end) {
    return new _TextUnit(this.text.slice(start, end), this.segments, this.base + start);
  }
  trimmed() {
    let a = 0;
    let b = this.text.length;
    while (a < b && isSpace(this.text.charCodeAt(a))) a++;
    while (b > a && isSpace(this.text.charCodeAt(b - 1))) b--;
    return a === 0 && b === this.text.length ? this : this.slice(a, b);
  }
};
function isSpace(code) {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11 || code === 160 || code === 65279 || code >= 8192 && code <= 8202 || code === 12288;
}
var TextUnitBuilder = class {
  constructor(source) {
    this.source = source;
  }
  source;
  parts = [];
  length = 0;
  segments = [];
  /**
   * Appends `value`, which the parser took from source[from, to). The value can differ from the
   * source (escapes, entities, stripped indentation), so characters are aligned greedily.
   */
  addAligned(value2, from, to) {
    if (to - from === value2.length && this.source.startsWith(value2, from)) {
      this.push(value2, from, to, true);
      return;
    }
    let cursor = from;
    for (let i = 0; i < value2.length; i++) {
      const ch = value2[i];
      let found = -1;
      for (let k = cursor; k < to && k < cursor + 16; k++) {
        if (this.source[k] === ch) {
          found = k;
          break;
        }
      }
      if (found >= 0) {
        this.push(ch, found, found + 1, true);
        cursor = found + 1;
      } else {
        const at2 = Math.min(cursor, Math.max(from, to - 1));
        this.push(ch, at2, Math.min(at2 + 1, to), false);
      }
    }
  }
  /** Appends text that stands for a whole source range (a line break, a space for removed markup). */
  addSynthetic(value2, from, to) {
    this.push(value2, from, to, false);
  }
  push(text3, sourceStart, sourceEnd, linear) {
    if (text3.length === 0) return;
    const last = this.segments[this.segments.length - 1];
    if (linear && last && last.linear && last.sourceStart + last.length === sourceStart && last.textStart + last.length === this.length) {
      last.length += text3.length;
      last.sourceEnd = last.sourceStart + last.length;
    } else {
      this.segments.push({ textStart: this.length, length: text3.length, sourceStart, sourceEnd, linear });
    }
    this.parts.push(text3);
    this.length += text3.length;
  }
  /** The unit; unless `repair` is false, doubly-encoded UTF-8 in it is read as what it stands for. */
  build(repair = true) {
    const text3 = this.parts.join("");
    const unit = new TextUnit(text3, this.segments);
    const repairs = repair ? findMojibake(text3) : [];
    return repairs.length === 0 ? unit : repairMojibake(text3, unit, repairs);
  }
};
function repairMojibake(text3, unit, repairs) {
  const builder = new TextUnitBuilder("");
  let i = 0;
  const copy = (from, to) => {
    for (let k = from; k < to; k++) {
      const span = unit.sourceSpan(k, k + 1);
      builder.addSynthetic(text3[k], span.start, span.end);
    }
  };
  for (const repair of repairs) {
    copy(i, repair.start);
    const span = unit.sourceSpan(repair.start, repair.start + repair.length);
    builder.addSynthetic(repair.text, span.start, span.end);
    i = repair.start + repair.length;
  }
  copy(i, text3.length);
  return builder.build(false);
}

// src/parse/code-blocks.ts
var PROSE_LANGS = /* @__PURE__ */ new Set(["", "text", "txt", "plain", "plaintext"]);
var NOT_THE_REPORT = /* @__PURE__ */ new Set(["md", "markdown", "mdx", "console", "log", "logs", "output", "shell-session", "terminal", "sh", "bash", "zsh", "shell", "diff", "patch"]);
var TOOL_LINE = /^\s*(?:\[?\d{4}-\d{2}-\d{2}[T ]\d|\[?\d{2}:\d{2}:\d{2}|\[?(?:INFO|WARN|WARNING|ERROR|DEBUG|TRACE|FATAL)\b|(?:PASS|FAIL|ok|not ok)\s|[\u2713\u2714\u2715\u2717\u00D7]\s|[\w./-]+\.\w{1,5}:\d+(?::\d+)?\b|[$>#]\s|npm (?:ERR|WARN)|test\s\S+\s\.\.\.)/;
var CODE_START = /^\s*(?:(?:def|class|function|import|from|return|const|let|var|if|elif|else|for|while|#include|public|private|package|fn|func|SELECT|INSERT|UPDATE|CREATE)\b|[\w.]+\s*=\s*\S|[$>]\s)/;
var CODE_OPERATOR = /==|!=|\+=|&&|\|\||=>/;
function isCodeLine(line) {
  const end = line.trimEnd();
  if (/[;{}]$/.test(end) || CODE_START.test(line) || CODE_OPERATOR.test(line)) return true;
  const tail = end.endsWith(":") || end.endsWith("{") ? end.slice(0, -1).trimEnd() : end;
  if (!tail.endsWith(")")) return false;
  const open2 = tail.lastIndexOf("(");
  return open2 > 0 && !tail.slice(open2 + 1, -1).includes(")") && /[A-Za-z0-9_]/.test(tail[open2 - 1]);
}
function looksLikeStatusText(lang, value2) {
  const language = (lang ?? "").toLowerCase();
  if (NOT_THE_REPORT.has(language)) return false;
  const lines = value2.split(/\r?\n/).filter((line) => line.trim().length > 0);
  if (lines.length === 0) return false;
  if (lines.filter((line) => TOOL_LINE.test(line)).length * 2 >= lines.length) return false;
  const codeLines = lines.filter(isCodeLine).length;
  if (PROSE_LANGS.has(language)) return codeLines === 0;
  return codeLines === 0 && lines.every((line) => new RegExp("^[\\s\\p{P}\\p{S}]*\\p{L}[^=;{}]*$", "u").test(line));
}

// src/parse/record-heads.ts
var IDENTITY_FIELD = /^[\s*_]*(?:file|files|name|service|model|component|module|endpoint|dataset|suite|class|function|package|repo|repository|host|node|region|environment|env|scenario|run|test|case|project|branch|commit|version|session|partner|user|customer|client|tenant|device|platform|browser|entity|benchmark|workload|configuration|config|profile)[\s*_]*:/i;

// src/parse/document.ts
function buildDocument(source, options = {}) {
  const tree = parseMarkdown(source);
  const doc = { source, index: new LineIndex(source), lines: [], headings: [], tables: [], lists: [], blocks: [], comments: [] };
  const walker = new Walker2(doc, options.codeBlocks ?? "auto");
  let previous2 = null;
  for (const node2 of tree.children) {
    const block = walker.block(node2, null, previous2);
    doc.blocks.push(block);
    walker.attachToOpenHeadings(block, node2);
    previous2 = node2;
  }
  return doc;
}
function outlineOf(value2, leadIn) {
  const stack = leadIn ? [{ indent: -1, text: leadIn }] : [];
  const result = [];
  const lines = value2.split(/\r\n|\r|\n/).flatMap((raw) => raw.trim() === "" ? [] : [{ text: raw.trim(), indent: raw.length - raw.trimStart().length }]);
  for (const [i, { text: text3, indent: indent2 }] of lines.entries()) {
    const named = text3.endsWith(":") || IDENTITY_FIELD.test(text3);
    const title = named || (lines[i + 1]?.indent ?? -1) > indent2;
    const holds = (top) => top.indent < indent2 || top.indent === indent2 && !title && !top.deeperOnly;
    while (stack.length > 0 && !holds(stack[stack.length - 1])) stack.pop();
    result.push(stack.map((s) => s.text));
    if (title) stack.push({ indent: indent2, text: text3, deeperOnly: !named });
  }
  return result;
}
var Walker2 = class {
  constructor(doc, codeBlocks) {
    this.doc = doc;
    this.codeBlocks = codeBlocks;
  }
  doc;
  codeBlocks;
  headingStack = [];
  fences = 0;
  attachToOpenHeadings(block, node2) {
    if (node2.type === "heading") return;
    const open2 = this.headingStack[this.headingStack.length - 1];
    open2?.body.push(block);
  }
  block(node2, item, previous2 = null) {
    switch (node2.type) {
      case "heading":
        this.heading(node2);
        return { kind: "other" };
      case "paragraph":
        return { kind: "paragraph", lines: this.paragraph(node2, item) };
      case "list":
        return { kind: "list", items: this.list(node2, item, item ? null : this.leadInOf(previous2), item ? null : this.recordTitleOf(previous2)) };
      case "table":
        return { kind: "table", table: this.table(node2) };
      case "code":
        this.code(node2, previous2);
        return { kind: "other" };
      case "blockquote": {
        let before = null;
        for (const child of node2.children) {
          this.block(child, item, before);
          before = child;
        }
        return { kind: "other" };
      }
      case "html":
        this.comment(node2.value, node2.position);
        return { kind: "other" };
      default:
        return { kind: "other" };
    }
  }
  heading(node2) {
    while (this.headingStack.length > 0 && this.headingStack[this.headingStack.length - 1].depth >= node2.depth) this.headingStack.pop();
    const parent = this.headingStack[this.headingStack.length - 1] ?? null;
    const unit = this.inline(node2.children).trimmed();
    const info = { depth: node2.depth, unit, index: this.doc.headings.length, body: [], subheadings: [], parent };
    parent?.subheadings.push(info);
    this.doc.headings.push(info);
    this.doc.lines.push({ unit, kind: "heading", headings: [...this.headingStack] });
    this.headingStack.push(info);
  }
  paragraph(node2, item) {
    const lines = this.inline(node2.children).lines();
    const head2 = item?.lines[0] ?? lines[0];
    for (const unit of lines) {
      const line = { unit, kind: item ? "list-item" : "paragraph", headings: [...this.headingStack], listItem: item ?? void 0 };
      if (head2 && unit !== head2) line.head = head2;
      this.doc.lines.push(line);
    }
    return lines;
  }
  /** The last line of a paragraph that ends in ":" and so introduces what follows it. */
  /**
   * The line that introduces what follows: a paragraph ending in ":", or one in bold alone, which
   * stands as a heading ("**Agent 8: API tests**", "**Frontend coverage: <5%**").
   */
  leadInOf(previous2) {
    if (previous2?.type !== "paragraph") return null;
    const last = this.inline(previous2.children).lines().pop();
    if (!last) return null;
    const bold = previous2.children.every((c) => c.type === "strong" || c.type === "text" && /^[\s\p{P}\p{S}]*$/u.test(c.value));
    return /:\s*$/.test(last.text) || bold ? last : null;
  }
  /** "**Rust port**: 60% complete", "**Python port:** 30% complete": a one-line paragraph that names a record in bold. */
  recordTitleOf(previous2) {
    if (previous2?.type !== "paragraph") return null;
    const [first, second] = previous2.children;
    const colonInside = first?.type === "strong" && /:\s*$/.test(toString(first));
    const colonAfter = first?.type === "strong" && second?.type === "text" && /^\s*:/.test(second.value);
    const lines = this.inline(previous2.children).lines();
    return (colonInside || colonAfter) && lines.length === 1 && !/:\s*$/.test(lines[0].text) ? lines[0] : null;
  }
  list(node2, parent, leadIn = null, titledBy = null) {
    const items = [];
    const start = node2.ordered ? node2.start ?? 1 : null;
    for (const child of node2.children) items.push(this.listItem(child, parent, items, leadIn, titledBy, start === null ? null : start + items.length));
    this.doc.lists.push(items);
    return items;
  }
  listItem(node2, parent, siblings, leadIn, titledBy, number3) {
    const first = node2.children.find((c) => c.type === "paragraph");
    const opening = first?.children.find((c) => !(c.type === "text" && /^[\s\p{P}\p{S}]*$/u.test(c.value)));
    const lead = opening?.type === "inlineCode" ? "code" : opening?.type === "strong" ? "strong" : opening?.type === "link" ? "link" : "text";
    const info = { lines: [], children: [], childLists: [], parent, siblings, headings: [...this.headingStack], leadIn, titledBy, plain: first ? toString(first) : "", lead, number: number3 };
    let before = null;
    for (const child of node2.children) {
      if (child.type === "list") {
        const items = this.list(child, info);
        info.childLists.push(items);
        info.children.push(...items);
      } else if (child.type === "paragraph") info.lines.push(...this.paragraph(child, info));
      else this.block(child, info, before);
      before = child;
    }
    return info;
  }
  table(node2) {
    const info = { header: [], rows: [], headings: [...this.headingStack], named: [], codeFirst: [] };
    node2.children.forEach((row, r) => {
      const cells2 = row.children.map((cell) => this.inline(cell.children).trimmed());
      if (r === 0) info.header = cells2;
      else {
        info.rows.push(cells2);
        info.named.push((row.children[0]?.children.length ?? 0) > 0);
        info.codeFirst.push(row.children[0]?.children[0]?.type === "inlineCode");
      }
    });
    const rows = [info.header, ...info.rows];
    rows.forEach(
      (cells2, r) => cells2.forEach((unit, c) => {
        if (unit.text.length > 0) this.doc.lines.push({ unit, kind: "cell", headings: [...this.headingStack], cell: { table: info, row: r - 1, column: c } });
      })
    );
    this.doc.tables.push(info);
    return info;
  }
  code(node2, previous2) {
    if (!node2.position || this.codeBlocks === "never") return;
    if (this.codeBlocks === "auto" && (!looksLikeStatusText(node2.lang ?? null, node2.value) || this.showsToolOutput(previous2))) return;
    const builder = new TextUnitBuilder(this.doc.source);
    this.addCodeLines(builder, node2);
    const outlines = outlineOf(node2.value, this.leadInOf(previous2)?.text ?? null);
    const fence3 = this.fences++;
    builder.build().lines().forEach((unit, i) => this.doc.lines.push({ unit, kind: "code", headings: [...this.headingStack], outline: outlines[i] ?? [], fence: fence3 }));
  }
  /**
   * Appends a code block's lines, each at its place in the source: a fenced block's content starts
   * on the line after the fence, an indented block's on its first line, and each value line is its
   * source line without the indentation the block strips.
   */
  addCodeLines(builder, node2) {
    const source = this.doc.source;
    const start = node2.position.start.offset ?? 0;
    const end = node2.position?.end.offset ?? source.length;
    const lineStart = source.lastIndexOf("\n", start - 1) + 1;
    const fenced = /^[ \t]*(?:```|~~~)/.test(source.slice(lineStart, start + 3));
    let cursor = fenced ? source.indexOf("\n", start) + 1 : lineStart;
    node2.value.split("\n").forEach((value2, i) => {
      if (i > 0) builder.addSynthetic("\n", Math.max(0, cursor - 1), cursor);
      let lineEnd = source.indexOf("\n", cursor);
      if (lineEnd < 0 || lineEnd > end) lineEnd = Math.min(end, source.length);
      const line = source.slice(cursor, lineEnd).replace(/\r$/, "");
      if (value2.length > 0 && line.endsWith(value2)) builder.addAligned(value2, cursor + line.length - value2.length, cursor + line.length);
      else builder.addAligned(value2, cursor, lineEnd);
      cursor = lineEnd + 1;
    });
  }
  /** A fence right after a command's fence, or after "Output:" / "Example:", shows what a tool printed, not the report's own figures. */
  showsToolOutput(previous2) {
    if (previous2?.type === "code") return true;
    if (previous2?.type !== "paragraph") return false;
    const last = this.inline(previous2.children).lines().pop()?.text ?? "";
    return /\b(?:output|example|examples|sample|returns|prints|response|log|logs|result of running)\s*:\s*$/i.test(last);
  }
  comment(value2, position2) {
    if (position2 && value2.trimStart().startsWith("<!--")) this.doc.comments.push({ text: value2, line: position2.start.line, endLine: position2.end.line });
  }
  inline(nodes) {
    const builder = new TextUnitBuilder(this.doc.source);
    this.collect(nodes, builder);
    return builder.build();
  }
  collect(nodes, builder) {
    for (const node2 of nodes) {
      const from = node2.position?.start.offset ?? 0;
      const to = node2.position?.end.offset ?? from;
      switch (node2.type) {
        case "text":
          builder.addAligned(node2.value, from, to);
          break;
        case "strong":
        case "emphasis":
        case "delete":
        case "link":
        case "linkReference":
          this.collect(node2.children, builder);
          break;
        case "break":
          builder.addSynthetic("\n", from, to);
          break;
        default:
          if (node2.type === "html") this.comment(node2.value, node2.position);
          builder.addSynthetic(" ", from, to);
      }
    }
  }
};

// src/extract/masks.ts
var MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|Jun(?:e)?|Jul(?:y)?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
var NAMING_WORDS = "Day|Days|Week|Weeks|Month|Phase|Phases|Step|Steps|Priority|Sprint|Sprints|Session|Track|Tracks|Scenario|Stage|Part|Chapter|Section|Tier|Level|Round|Iteration|Milestone|Release|Version|Wave|Batch|Epic|Story|Task|Issue|Ticket|Port|Ports|Room|Floor|Slide|Page|Pages|Figure|Fig\\.|Table|Appendix|Option|Case|Run|Attempt|Test|Question|Exercise|Problem|Trial|Experiment|Episode|Example|Game|No\\.|Number|Group|Gen|Generation|Sev|Severity|Quarter|FY|PEP|RFC|ISO|Zone|Region|Shard|Replica|Node|Python|Java|Go|Ruby|PHP|Perl|Rust|TypeScript|ES|ECMAScript|OpenAPI|Swagger|HTTP|TLS|SSL|OAuth|IPv|Postgres|PostgreSQL|MySQL|Redis|Ubuntu|Debian|Windows|macOS|iOS|Android|Kubernetes|React|Angular|Vue|Django|Rails|Spring|Terraform|Node\\.js|Chrome|Firefox|Safari|Edge|GPT|Claude|Gemini|Llama|Mistral|Grade|Class|Type|Model|Level|Lane|Row|Line|Lines|Item|Items|Rule|Rules|Article|Clause|Exhibit|Week-";
var PATTERNS = [
  [/\b(?:https?|ftp|file):\/\/[^\s)>\]]+/gi, (t) => t.includes("://")],
  [/\bwww\.[^\s)>\]]+/gi, (t) => t.includes("www.")],
  [/(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, (t) => t.includes("@")],
  // IPv4 addresses and CIDR ranges, with an optional port.
  [/\b\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?(?::\d{1,5})?\b/g, (t) => DOTTED.test(t)],
  // host:port
  [/(?<![\w.-])(?:localhost|[\w-]+(?:\.[\w-]+)+):\d{1,5}\b/gi, (t) => t.includes(":")],
  // Versions: v1, v1.2, 1.2.3, 1.2.3-beta.
  [/\bv\d+(?:\.\d+)*(?:[-+][\w.]+)?\b/gi, (t) => VERSION_V.test(t)],
  [/\b\d+\.\d+\.\d+(?:[-+.][\w.]+)?\b/g, (t) => DOTTED.test(t)],
  // Dates: 2025-10-17, 10/17/2025, 17.10.2025, October 17, 2025, 17 Oct 2025, Oct 2025, Q3 2025.
  [/\b\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?Z?)?\b/g, (t) => t.includes("-")],
  [/\b\d{1,2}([/.])\d{1,2}\1\d{2,4}\b/g, (t) => t.includes("/") || t.includes(".")],
  [new RegExp(`\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:\\s*[-\u2013]\\s*\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?\\b`, "g"), (t) => MONTH_HINT.test(t)],
  [new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\.?(?:,?\\s+\\d{4})?\\b`, "g"), (t) => MONTH_HINT.test(t)],
  [new RegExp(`\\b${MONTH}\\.?\\s+\\d{4}\\b`, "g"), (t) => MONTH_HINT.test(t)],
  [/\b(?:Q[1-4]|H[12]|FY)\s?'?\d{2,4}\b/g, (t) => /[QHF][1-4Y]/.test(t)],
  // Round-the-clock and similar.
  [/\b(?:24\s?\/\s?7|24x7|24\u00D77|365\s?\/\s?24|9\s?to\s?5)\b/gi, (t) => t.includes("24") || t.includes("9")],
  // References: #123, GH-12, ABC-1234, PR 12, RFC 2119.
  [/(?:^|[^\w&])#\d+\b/g, (t) => t.includes("#")],
  [/\b[A-Z][A-Z0-9]+-\d+\b/g, (t) => t.includes("-")],
  // Identifiers with letters and digits fused: P0, A.1, MD024, x86_64, T+30min, 2FA, 3D, 4xx.
  [/\b[A-Za-z]\.\d+(?:\.\d+)*\b/g, (t) => t.includes(".")],
  [/\b[A-Za-z]+[+-]\d[\w.+-]*/g, (t) => t.includes("+") || t.includes("-")],
  [/\b[A-Za-z_]+\d[\w-]*/g, (t) => LETTER_DIGIT.test(t)],
  [/\b\d+[A-Za-z_]*[_][\w]*/g, (t) => t.includes("_")],
  [/\b\d[xX]{2}\b/g, (t) => t.includes("x") || t.includes("X")],
  // Named numbers: Day 1, Phase 2-3, Port 8000, Python 3.11 ("Top 10" stays a count).
  // "Sprint 1 - 60% done": a dash before a percentage separates, it does not make a range of names.
  [new RegExp(`\\b(?:${NAMING_WORDS})[ \\t]+#?\\d+(?:\\.\\d+)*(?:\\s*[-\u2013/&]\\s*\\d+(?:\\.\\d+)*(?!\\.?\\d|\\s*%))*\\b`, "gi"), (t) => WORD_THEN_NUMBER.test(t)],
  // Ordinals: 1st, 2nd, 3rd, 10th.
  [/\b\d+(?:st|nd|rd|th)\b/gi, (t) => ORDINAL_HINT.test(t)],
  // Aspect ratios and scores written with a colon that are not clock times (16:9, 1:1).
  [/\b\d{1,3}:\d\b(?!\d)/g, (t) => t.includes(":")]
];
var DOTTED = /\d\.\d+\.\d/;
var VERSION_V = /[vV]\d/;
var MONTH_HINT = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
var LETTER_DIGIT = /[A-Za-z_]\d/;
var WORD_THEN_NUMBER = /[A-Za-z.][ \t]+#?\d/;
var ORDINAL_HINT = /\d(?:st|nd|rd|th)/i;
var MASK_PATTERNS = PATTERNS.map(([pattern]) => pattern);
function slashChains(text3, spans) {
  let start = -1;
  let slashes = 0;
  for (let i = 0; i <= text3.length; i++) {
    const code = i < text3.length ? text3.charCodeAt(i) : 0;
    const digit = code >= 48 && code <= 57;
    if (digit || code === 46 || code === 47) {
      if (start < 0) {
        if (!digit || i > 0 && /[\d.]/.test(text3[i - 1])) continue;
        start = i;
        slashes = 0;
      }
      if (code === 47) slashes++;
      continue;
    }
    if (start >= 0) {
      let end = i;
      while (end > start && !(text3.charCodeAt(end - 1) >= 48 && text3.charCodeAt(end - 1) <= 57)) end--;
      if (slashes >= 2 && /^\d+(?:\.\d+)?\/\d+(?:\.\d+)?\/\d/.test(text3.slice(start, Math.min(end, start + 64)))) spans.push({ start, end });
      start = -1;
    }
  }
}
function findMasks(text3) {
  const spans = [];
  if (text3.includes("/")) slashChains(text3, spans);
  for (const [pattern, mayHold] of PATTERNS) {
    if (!mayHold(text3)) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text3); match !== null; match = pattern.exec(text3)) {
      const start = match.index + (match[0].startsWith("#") ? 0 : match[0].search(/\S/));
      spans.push({ start, end: match.index + match[0].length });
      if (match[0].length === 0) pattern.lastIndex++;
    }
  }
  return mergeSpans(spans);
}
function mergeSpans(spans) {
  spans.sort((a, b) => a.start - b.start);
  const merged = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

// src/extract/quantity.ts
init_units();
var NUMBER = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+/y;
var MAGNITUDE = /[ \t]?(thousand|million|billion|bn|mn)\b|(k|K|M|B)(?![A-Za-z0-9])/y;
var UNIT = new RegExp(`[ \\t]?(${UNIT_PATTERN})(?![A-Za-z0-9\xB5])`, "y");
var ARROW = /\u2192|\u27F6|\u21D2|\u27A1\uFE0F?|\u279C|->|=>|-->|\u2014>/y;
var CLOCK = /([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?(?!\d|:\d)/y;
var WORD_NUMBER = /\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/iy;
var APPROX_BEFORE = /(?:~|\u2248|\u223C|\babout|\bapprox\.?|\bapproximately|\baround|\broughly|\bnearly|\balmost|\bca\.|\bestimated|\best\.|\u4F30\u8BA1|\u7EA6|\u5927\u7EA6)\s*$/i;
var BOUND_BEFORE = [
  [/(?:\u2264|<=|=<|\bat most|\bup to|\bno more than|\bmax(?:imum)?\.?:?)\s*$/i, "<="],
  [/(?:\u2265|>=|\bat least|\bno less than|\bmin(?:imum)?\.?:?)\s*$/i, ">="],
  [/(?:<(?![-=])|\bless than|\bunder|\bbelow|\bsub-|\bfewer than)\s*$/i, "<"],
  // The ">" of an arrow ("->", "=>", "-->") is not a comparison.
  [/(?:(?<![-=\u2014])>|\bmore than|\bover|\babove|\bexceeding|\bupwards of)\s*$/i, ">"]
];
var WORD_NUMBER_FOLLOWER = /^\s+(?!of\b|the\b|a\b|an\b|or\b|and\b|to\b|by\b|in\b|on\b|at\b|is\b|was\b|more\b|less\b|time\b|way\b)[a-z]|^\s+of\s+(?:\d|(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)/i;
var EMPTY = Object.freeze({ quantities: [], fractions: [], times: [], arrows: [], masks: [] });
var HAS_DIGIT = /[0-9]/;
var HAS_WORD_NUMBER = /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i;
var isDigit = (code) => code >= 48 && code <= 57;
var isAsciiLetter = (code) => code >= 65 && code <= 90 || code >= 97 && code <= 122;
var WORD_CHAR = /[\p{L}\p{N}_]/u;
var isWordChar = (ch) => {
  if (ch === void 0) return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return isDigit(code) || isAsciiLetter(code) || code === 95;
  return WORD_CHAR.test(ch);
};
var ARROW_START = /* @__PURE__ */ new Set(["\u2192", "\u27F6", "\u21D2", "\u27A1", "\u279C", "-", "=", "\u2014"]);
var NEXT_STOP = /[0-9.\u2192\u27F6\u21D2\u27A1\u279C=\u2014-]/g;
function tokenize(text3) {
  const words3 = HAS_WORD_NUMBER.test(text3);
  if (!words3 && !HAS_DIGIT.test(text3)) return EMPTY;
  const masks = findMasks(text3);
  const quantities = [];
  const times = [];
  const arrows = [];
  let maskIndex = 0;
  for (let i = 0; i < text3.length; ) {
    if (!words3) {
      NEXT_STOP.lastIndex = i;
      const stop = NEXT_STOP.exec(text3);
      if (!stop) break;
      i = stop.index;
    }
    while (maskIndex < masks.length && masks[maskIndex].end <= i) maskIndex++;
    const mask = masks[maskIndex];
    if (mask && mask.start <= i) {
      i = mask.end;
      continue;
    }
    const ch = text3[i];
    const code = text3.charCodeAt(i);
    if (ARROW_START.has(ch)) {
      ARROW.lastIndex = i;
      const arrow = ARROW.exec(text3);
      if (arrow) {
        arrows.push({ start: i, end: i + arrow[0].length });
        i += arrow[0].length;
        continue;
      }
    }
    const prev = i > 0 ? text3[i - 1] : "";
    const prevIsWord = isWordChar(prev);
    if (isDigit(code) && !prevIsWord && prev !== "." && prev !== ",") {
      CLOCK.lastIndex = i;
      const clock = CLOCK.exec(text3);
      if (clock) {
        times.push({ start: i, end: i + clock[0].length, minutes: Number(clock[1]) * 60 + Number(clock[2]) });
        i += clock[0].length;
        continue;
      }
    }
    if ((isDigit(code) || ch === "." && isDigit(text3.charCodeAt(i + 1))) && !prevIsWord && prev !== ".") {
      const quantity = readNumber(text3, i);
      if (quantity) {
        quantities.push(quantity);
        i = quantity.end;
        continue;
      }
      while (i < text3.length && (isWordChar(text3[i]) || text3[i] === "." || text3[i] === ",")) i++;
      continue;
    }
    if (isAsciiLetter(code) && !(prevIsWord && prev !== "_")) {
      WORD_NUMBER.lastIndex = i;
      const word = WORD_NUMBER.exec(text3);
      if (word && WORD_NUMBER_FOLLOWER.test(text3.slice(i + word[0].length, i + word[0].length + 24))) {
        const value2 = WORD_NUMBER_VALUES[word[1].toLowerCase()];
        quantities.push(plainQuantity(i, i + word[0].length, text3, value2, true));
        i += word[0].length;
        continue;
      }
      while (i < text3.length && isWordChar(text3[i])) i++;
      continue;
    }
    i++;
  }
  return { quantities, fractions: findFractions(text3, quantities), times, arrows, masks };
}
function plainQuantity(start, end, text3, value2, word) {
  return {
    start,
    end,
    digitsStart: start,
    digitsEnd: end,
    raw: text3.slice(start, end),
    written: value2,
    value: value2,
    factor: 1,
    decimals: 0,
    dimension: "count",
    unitSymbol: null,
    sign: null,
    approx: false,
    bound: null,
    rangeHigh: null,
    word
  };
}
function parseDigits(digits) {
  const plain = digits.replace(/,/g, "");
  const dot = plain.indexOf(".");
  return { value: Number(plain), decimals: dot < 0 ? 0 : plain.length - dot - 1 };
}
function readNumber(text3, at2, asRangeEnd = false) {
  NUMBER.lastIndex = at2;
  const match = NUMBER.exec(text3);
  if (!match) return null;
  const digits = match[0];
  let end = at2 + digits.length;
  if (/^\d+,\d/.test(text3.slice(at2, end + 2)) && !/^\d{1,3}(?:,\d{3})+/.test(digits)) return null;
  const { value: number3, decimals } = parseDigits(digits);
  let factor = 1;
  MAGNITUDE.lastIndex = end;
  const magnitude2 = MAGNITUDE.exec(text3);
  if (magnitude2) {
    const key = magnitude2[1] ?? magnitude2[2];
    factor = MAGNITUDES[key] ?? MAGNITUDES[key.toLowerCase()] ?? 1;
    end += magnitude2[0].length;
  }
  let dimension = "count";
  let unitSymbol = null;
  UNIT.lastIndex = end;
  const unit = UNIT.exec(text3);
  if (unit) {
    const info = unitInfo(unit[1]);
    const spaced = unit[0].startsWith(" ") || unit[0].startsWith("	");
    const tooShort = spaced && unit[1].length === 1 && !/^[%hs]$/.test(unit[1]) && !(unit[1] === "m" && MINUTES_THEN_SECONDS.test(text3.slice(end + unit[0].length, end + unit[0].length + 16)));
    if (info && !tooShort && !(info.dimension === "multiplier" && /^[ \t]?[xX]\s*\d/.test(text3.slice(end, end + 4)))) {
      dimension = info.dimension;
      unitSymbol = info.symbol;
      factor *= info.factor;
      end += unit[0].length;
    }
  }
  if (/[A-Za-z_]/.test(text3[end] ?? "") && dimension === "count" && factor === 1) return null;
  let start = at2;
  let sign = null;
  const before = text3[at2 - 1] ?? "";
  if (/[+\-\u2212\u2013]/.test(before) && !/[\p{L}\p{N}]/u.test(text3[at2 - 2] ?? "")) {
    sign = before === "+" ? "+" : "-";
    start = at2 - 1;
  }
  const head2 = text3.slice(Math.max(0, start - 24), start);
  const approx = APPROX_BEFORE.test(head2);
  let bound = null;
  const leading = boundBefore(head2);
  if (leading) {
    bound = leading.bound;
    start -= leading.markLength;
  }
  if (approx) {
    const mark = /[~\u2248\u223C]\s*$/.exec(head2);
    if (mark) start -= mark[0].length;
  }
  if (text3[end] === "+" && !/[\p{L}\p{N}]/u.test(text3[end + 1] ?? "")) {
    bound = ">=";
    end += 1;
  }
  if (dimension === "count" && /[$\u20AC\u00A3\u00A5]/.test(text3[start - 1] ?? "")) {
    dimension = "money";
    unitSymbol = text3[start - 1];
    start -= 1;
    if (!sign && /[+\-\u2212\u2013]/.test(text3[start - 1] ?? "") && !/[\p{L}\p{N}]/u.test(text3[start - 2] ?? "")) {
      sign = text3[start - 1] === "+" ? "+" : "-";
      start -= 1;
    }
    const beforeCurrency = bound ? null : boundBefore(text3.slice(Math.max(0, start - 24), start));
    if (beforeCurrency) {
      bound = beforeCurrency.bound;
      start -= beforeCurrency.markLength;
    }
  }
  const written = sign === "-" ? -number3 : number3;
  const quantity = {
    start,
    end,
    digitsStart: at2,
    digitsEnd: at2 + digits.length,
    raw: text3.slice(start, end),
    written,
    value: written * factor,
    factor,
    decimals,
    dimension,
    unitSymbol,
    sign,
    approx,
    bound,
    rangeHigh: null,
    word: false
  };
  return extendCompound(text3, quantity) ?? (asRangeEnd ? null : extendRange(text3, quantity)) ?? quantity;
}
function boundBefore(head2) {
  for (const [pattern, kind] of BOUND_BEFORE) {
    const found = pattern.exec(head2);
    if (found) return { bound: kind, markLength: /^[<>\u2264\u2265=~\u2248\u223C]/.test(found[0]) ? found[0].length : 0 };
  }
  return null;
}
var MINUTES_THEN_SECONDS = /^[ \t]\d{1,2}(?:\.\d+)?[ \t]?(?:s|secs?|seconds?)(?![A-Za-z0-9])/;
function extendCompound(text3, first) {
  if (first.dimension !== "duration") return null;
  const tail = /^[ \t]*(?:,[ \t]*)?(?:and[ \t]+)?(\d+(?:\.\d+)?)[ \t]?([A-Za-z\u00B5]+)(?![A-Za-z0-9])/.exec(text3.slice(first.end, first.end + 24));
  if (!tail) return null;
  const info = unitInfo(tail[2]);
  if (!info || info.dimension !== "duration" || info.factor >= first.factor) return null;
  const end = first.end + tail[0].length;
  const value2 = first.value + Number(tail[1]) * info.factor;
  return { ...first, end, raw: text3.slice(first.start, end), value: value2, written: value2 / info.factor, factor: info.factor, unitSymbol: info.symbol, decimals: 0 };
}
function rangeEndAt(text3, low) {
  const tail = /^[ \t]*(?:-|\u2013|\u2014|to)[ \t]*/.exec(text3.slice(low.end, low.end + 6));
  if (!tail || low.sign === "+" && !/^[-\u2013]$/.test(tail[0]) || low.bound) return null;
  if (tail[0].includes("to") && /\bfrom\s*$/i.test(text3.slice(Math.max(0, low.start - 8), low.start))) return null;
  const highAt = low.end + tail[0].length;
  return /[0-9]/.test(text3[highAt] ?? "") ? highAt : null;
}
function joins(low, high) {
  if (low.dimension !== "count" && low.dimension !== high.dimension) return false;
  return low.written * (low.dimension === "count" ? high.factor : low.factor) <= high.value;
}
function extendRange(text3, low) {
  const at2 = rangeEndAt(text3, low);
  const high = at2 === null ? null : readNumber(text3, at2, true);
  if (!high || !joins(low, high)) return null;
  const factor = low.dimension === "count" ? high.factor : low.factor;
  return {
    ...low,
    end: high.end,
    raw: text3.slice(low.start, high.end),
    value: low.written * factor,
    factor,
    dimension: high.dimension,
    unitSymbol: high.unitSymbol,
    rangeHigh: high.value,
    approx: low.approx || high.approx
  };
}
var OF_WORDING = /^[ \t]+(?:[A-Za-z][\w-]*[ \t]+){0,2}?(?:out[ \t]+of|of)[ \t]+(?:the[ \t]+|all[ \t]+)?$/;
function findFractions(text3, quantities) {
  const fractions = [];
  for (let k = 0; k + 1 < quantities.length; k++) {
    const a = quantities[k];
    const b = quantities[k + 1];
    if (a.rangeHigh !== null || b.rangeHigh !== null || a.sign || b.sign || a.bound || b.bound) continue;
    const between = text3.slice(a.end, b.start);
    const daysOfDays = a.dimension === "count" && b.dimension === "duration" && a.factor === 1 && /^[ \t]+of[ \t]+$/.test(between) && /^[ \t]*days?\b/i.test(text3.slice(b.digitsEnd, b.end));
    if (a.dimension !== "count" || b.dimension !== "count" && !daysOfDays) continue;
    const slashed = between === "/" || between === " / ";
    const whole = Number.isInteger(a.written) || a.factor >= 1e3 && b.factor >= 1e3;
    if (slashed && a.factor === 1 && b.factor === 1 && !a.word && !b.word) {
      fractions.push({ start: a.start, end: b.end, numerator: a, denominator: b });
      k++;
    } else if (OF_WORDING.test(between) && whole && (daysOfDays ? b.written : b.value) >= a.value && !a.approx && !b.approx) {
      fractions.push({ start: a.start, end: b.end, numerator: a, denominator: daysOfDays ? { ...b, dimension: "count", value: b.written, factor: 1 } : b });
      k++;
    }
  }
  return fractions;
}

// src/claims/operand.ts
function fromQuantity(q) {
  const value2 = operandInterval(q);
  if (!value2 || q.sign === "+" || q.word && q.value !== 0) return null;
  return {
    start: q.start,
    end: q.end,
    raw: q.raw,
    dimension: q.dimension,
    value: value2,
    share: q.dimension === "percent" ? value2 : null,
    shown: q.raw,
    quantity: q,
    denominator: null,
    unitSymbol: q.unitSymbol
  };
}
function fromFraction(text3, f) {
  const numerator = operandInterval(f.numerator);
  const denominator = operandInterval(f.denominator);
  if (!numerator || !denominator) return null;
  const share = div(numerator, denominator);
  return {
    start: f.start,
    end: f.end,
    raw: text3.slice(f.start, f.end),
    dimension: "count",
    value: numerator,
    share: share && scale(share, 100),
    shown: f.numerator.raw,
    quantity: f.numerator,
    denominator: f.denominator.written,
    unitSymbol: null
  };
}
function operandsOf(text3, tokens) {
  const result = [];
  const inFraction = /* @__PURE__ */ new Set();
  for (const f of tokens.fractions) {
    inFraction.add(f.numerator);
    inFraction.add(f.denominator);
    const operand = fromFraction(text3, f);
    if (operand) result.push(operand);
  }
  for (const q of tokens.quantities) {
    if (inFraction.has(q)) continue;
    const operand = fromQuantity(q);
    if (operand) result.push(operand);
  }
  return result.sort((a, b) => a.start - b.start);
}
function cellOperand(text3, tokens) {
  const operands = operandsOf(text3, tokens).filter((o) => !o.quantity.word);
  if (operands.length === 0) return null;
  const first = operands[0];
  if (operands.length === 1) return /^[^(]*\(\s*[~\u2248]?\d/.test(text3.slice(first.end)) ? null : first;
  if (first.denominator !== null && operands.length === 2 && operands[1].dimension === "percent") return first;
  return null;
}
function sameKind(a, b) {
  if (a.dimension !== b.dimension) return false;
  if (a.denominator !== null || b.denominator !== null) return a.denominator !== null && b.denominator !== null;
  return true;
}

// src/claims/change.ts
init_units();
var BEFORE_HEADER = /\b(?:before|baseline|previous|prior|old|initial|start|was|control)\b/i;
var AFTER_HEADER = /\b(?:after|current|now|new|final|achieved|today|latest|treatment|candidate|this (?:week|month|quarter|sprint|release|year|run))\b/i;
var CHANGE_HEADER = /\b(?:change|improvement|impact|delta|diff|difference|reduction|increase|decrease|gain|growth|savings?|variation|speedup|vs\.? baseline)\b|\u0394/i;
var CHANGE_WORD = /^\s*(?:(?:reduction|improvement|increase|decrease|faster|slower|fewer|less|more|growth|gain|drop|savings?|better|worse|higher|lower|cut|rise|speedup|slowdown|smaller|larger|quicker|change|jump|spike|surge|climb|hike|boost|decline|dip|fall|shrink|shorter|longer|uplift|regression|melhoria|mejora|am\u00E9lioration|verbesserung|redu\u00E7\u00E3o|reducci\u00F3n|r\u00E9duction|reduzierung|aumento|augmentation|erh\u00F6hung|steigerung|miglioramento|riduzione)\b|(?:\uD5A5\uC0C1|\uAC1C\uC120|\uB2E8\uCD95|\uAC10\uC18C|\uC99D\uAC00|\uC808\uAC10|\u63D0\u5347|\u63D0\u9AD8|\u964D\u4F4E|\u51CF\u5C11|\u589E\u52A0|\u6539\u5584|\u7F29\u77ED|\u5411\u4E0A|\u524A\u6E1B|\u77ED\u7E2E|\u5897\u52A0|\u6E1B\u5C11))/iu;
var CHANGE_BEFORE = /(?:^|[\s,;:(\u2014\u2013-])(?:up|down|rose|fell|grew|dropped|dropping|falling|rising|growing|increased|increasing|decreased|decreasing|improved|improving|declined|jumped|climbed|shrank|cut|reduced|reducing|(?:an? )?(?:increase|decrease|drop|rise|reduction|improvement|gain|jump|cut) of|(?:up|down|reduced|cut|increased|decreased|improved|dropped|grew|rose|fell) by|(?:reduced|reducing|cut|cutting|increased|increasing|decreased|decreasing|improved|improving|lowered|lowering|raised|boosted|shrank|shrunk|trimmed|slashed|sped up)\s+(?:[a-z][\w'-]*\s+){1,4}by)\s*$/i;
var MULTIPLIER_WORDS = { halved: 2, doubled: 2, tripled: 3, quadrupled: 4 };
var MULTIPLIER_WORD = /\b(halved|doubled|tripled|quadrupled)\b/gi;
var BASELINE_CELL = /^\W*(?:baseline|reference|ref\.?|base|control)\W*$/i;
var CHANGE_DIMENSIONS = /* @__PURE__ */ new Set(["percent", "points", "multiplier"]);
function readChanges({ doc, tokens }) {
  const claims = [];
  for (const line of doc.lines) {
    const unit = line.unit;
    if (tokens(unit).quantities.length < 2) continue;
    const operands = operandsOf(unit.text, tokens(unit));
    if (operands.length < 2) continue;
    for (const pair of findPairs(unit, operands, tokens(unit).arrows)) {
      const label = unit.text.slice(0, firstStart(pair));
      const changes = statedChanges(unit, pair, tokens(unit).quantities);
      for (const change of changes) {
        if (scalesResources(unit.text, pair, change.quantity, change.words, label) || speedOfCounts(pair, change.words, label)) continue;
        const claim3 = claimOf(unit, pair, change.quantity, change.words, label);
        claims.push({ ...claim3, alternatives: changes.filter((c) => c !== change && slashBetween(unit.text, c.quantity, change.quantity)).map((c) => c.quantity) });
      }
    }
  }
  for (const table of doc.tables) {
    claims.push(...beforeAfterRows(table, tokens), ...baselineRows(table, tokens));
  }
  return claims;
}
function claimOf(unit, pair, change, words3, label) {
  const { before, after } = comparable2(pair);
  return {
    kind: "change",
    at: { unit, start: change.start, end: change.end },
    binding: "tight",
    before,
    after,
    change,
    words: words3,
    label,
    alternatives: [],
    about: cleanLabel(trimLeadIn(label)) || `${before.raw} \u2192 ${after.raw}`,
    reading: `${before.raw} \u2192 ${after.raw}, stated change ${change.raw}`
  };
}
function slashBetween(text3, a, b) {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  return /^\s*\/\s*$/.test(text3.slice(first.end, second.start));
}
var RESOURCES = "workers?|threads?|cores?|nodes?|replicas?|instances?|gpus?|cpus?|shards?|partitions?|connections?|processes|pods?|machines?|servers?|vus|virtual users|concurrent users|batch(?:es)?";
var RESOURCE_AFTER = new RegExp(`^\\s*(?:${RESOURCES})\\b`, "i");
var RESOURCE_LABEL = new RegExp(`\\b(?:${RESOURCES})[\\s:*_]*$`, "i");
var GAIN_WORDS = /\b(?:improvement|improved|gain|gains|faster|slower|speedup|speed-up|throughput|better|worse|efficiency)\b/i;
function scalesResources(text3, pair, change, words3, label) {
  if (!RESOURCE_AFTER.test(text3.slice(lastEnd(pair), lastEnd(pair) + 24)) && !RESOURCE_LABEL.test(label)) return false;
  const named = text3.slice(Math.max(text3.lastIndexOf("(", change.start), lastEnd(pair)), change.start);
  return GAIN_WORDS.test(words3) || new RegExp("\\p{L}{3,}", "u").test(named.replace(/\b(?:a|an|about|around|roughly|nearly)\b/gi, ""));
}
var SPEED_WORD = /^[\s*_]*(?:faster|slower|quicker|speedup|speed-up|slowdown)\b/i;
var RATE_LABEL = /\b(?:throughput|speed|rate|rps|qps|tps|fps|ops|iops|per\s+(?:second|sec|minute|min|hour)|requests|frames)\b|\/\s*(?:s|sec|min|h)\b/i;
function speedOfCounts(pair, words3, label) {
  const plain = (o) => o.dimension === "count" && o.denominator === null && o.quantity.factor === 1;
  return plain(pair.before) && plain(pair.after) && SPEED_WORD.test(words3) && !RATE_LABEL.test(label);
}
function trimLeadIn(label) {
  let words3 = label.split(/[\s:(]+/).filter((w) => w !== "");
  while (words3.length > 0 && /^(?:from|went|was|were|is|changed|moved|dropped|rose|fell|grew)$/i.test(words3[words3.length - 1])) words3 = words3.slice(0, -1);
  return words3.join(" ");
}
function findPairs(unit, operands, arrows) {
  const text3 = unit.text;
  const pairs = [];
  for (const arrow of arrows) {
    const before = [...operands].reverse().find((o) => o.end <= arrow.start);
    const after = operands.find((o) => o.start >= arrow.end);
    if (!before || !after) continue;
    const left = text3.slice(before.end, arrow.start).replace(QUALIFIER, " ");
    const right = text3.slice(arrow.end, after.start);
    if (left.length > 40 || right.length > 24 || /[();,]/.test(left) || /[();,]/.test(right)) continue;
    pairs.push({ before, after });
  }
  for (const match of text3.matchAll(/\bfrom\s+/gi)) {
    const at2 = match.index + match[0].length;
    const index2 = operands.findIndex((o) => o.start >= at2);
    const before = operands[index2];
    const after = operands[index2 + 1];
    if (!before || !after || before.start - at2 > 30) continue;
    if (!/^\s*(?:[\p{L}][\p{L}'-]*\s+){0,3}to\s+(?:[\p{L}][\p{L}'-]*\s+){0,2}$/u.test(text3.slice(before.end, after.start))) continue;
    if (!pairs.some((p) => p.before === before)) pairs.push({ before, after });
  }
  for (const match of text3.matchAll(/\bto\s+/gi)) {
    const at2 = match.index + match[0].length;
    const index2 = operands.findIndex((o) => o.start >= at2);
    const after = operands[index2];
    const before = operands[index2 + 1];
    if (!before || !after || after.start - at2 > 2) continue;
    if (!/^\s*(?:[\p{L}][\p{L}'-]*\s+){0,2}from\s+$/u.test(text3.slice(after.end, before.start))) continue;
    if (!pairs.some((p) => p.before === before || p.after === after)) pairs.push({ before, after });
  }
  for (const match of text3.matchAll(/\b(?:up|down)\s+from\s+/gi)) {
    const at2 = match.index + match[0].length;
    const before = operands.find((o) => o.start >= at2);
    const after = [...operands].reverse().find((o) => o.end <= match.index);
    if (!before || !after || before.start - at2 > 2) continue;
    if (!/^\s*(?:[\p{L}][\p{L}'-]*,?\s+){0,4}(?:[,(\u2014\u2013-]\s*)?$/u.test(text3.slice(after.end, match.index))) continue;
    if (!pairs.some((p) => p.before === before || p.after === after)) pairs.push({ before, after });
  }
  return pairs.map(sharingUnit).filter((p) => sameKind(p.before, p.after));
}
var firstStart = (pair) => Math.min(pair.before.start, pair.after.start);
var lastEnd = (pair) => Math.max(pair.before.end, pair.after.end);
var QUALIFIER = /^\s*\([^()\d]{1,24}\)/;
function pairEnd(text3, pair) {
  const end = lastEnd(pair);
  return end + (QUALIFIER.exec(text3.slice(end))?.[0].length ?? 0);
}
function sharingUnit(pair) {
  const bare = (o) => o.dimension === "count" && o.denominator === null && o.quantity.factor === 1 && !o.quantity.word;
  const adopt = (o, other) => {
    const unit = other.unitSymbol ? unitInfo(other.unitSymbol.trim()) : null;
    if (!unit || unit.dimension !== other.dimension || unit.factor !== other.quantity.factor) return null;
    return fromQuantity({ ...o.quantity, dimension: unit.dimension, unitSymbol: other.unitSymbol, factor: unit.factor, value: o.quantity.written * unit.factor });
  };
  if (bare(pair.before) && !bare(pair.after) && pair.after.denominator === null) return { ...pair, before: adopt(pair.before, pair.after) ?? pair.before };
  return pair;
}
function closingParen(text3, open2) {
  let depth = 0;
  for (let i = open2; i < text3.length; i++) {
    if (text3[i] === "(") depth++;
    else if (text3[i] === ")" && --depth === 0) return i;
  }
  return text3.length;
}
function isStatedChange(q, pair, text3, wordsBefore = "") {
  if (q.bound || q.rangeHigh !== null) return false;
  if (/^[\s*_]*(?:vs\.?|versus|compared (?:to|with)|relative to)\b/i.test(text3.slice(q.end, q.end + 24))) return false;
  if (q.sign) return CHANGE_DIMENSIONS.has(q.dimension) || q.dimension === pair.before.dimension;
  if (!CHANGE_DIMENSIONS.has(q.dimension)) return false;
  const after = text3.slice(q.end, q.end + 24);
  if (q.dimension === "multiplier" || CHANGE_WORD.test(after)) return true;
  return !new RegExp("^[\\s*_]*\\p{L}", "u").test(after) && (CHANGE_WORD.test(wordsBefore) || CHANGE_BEFORE.test(wordsBefore));
}
function asPoints(text3, q) {
  const word = /^(?:\s+|-)points?\b/i.exec(text3.slice(q.end, q.end + 12));
  if (!word || q.dimension !== "count" || q.factor !== 1) return q;
  const end = q.end + word[0].length;
  return { ...q, end, raw: text3.slice(q.start, end), dimension: "points", unitSymbol: " pp" };
}
function clauseAfter(text3, from) {
  const rest = text3.slice(from);
  const stop = rest.search(/[,;)(]/);
  return stop < 0 ? rest : rest.slice(0, stop);
}
function statedChanges(unit, pair, written) {
  const text3 = unit.text;
  const quantities = pair.before.dimension === "percent" && pair.after.dimension === "percent" ? written.map((q) => asPoints(text3, q)) : written;
  const result = [];
  const end = pairEnd(text3, pair);
  const after = /^[^()\d\u2192]{0,40}?\(/.exec(text3.slice(end));
  if (after) {
    const open3 = end + after[0].length - 1;
    const close2 = closingParen(text3, open3);
    for (const q of quantities) if (q.start > open3 && q.end <= close2 && isStatedChange(q, pair, text3)) result.push({ quantity: q, words: clauseAfter(text3, q.end) });
  }
  if (!after) {
    const next = quantities.find((q) => q.start >= end);
    const gap = next ? text3.slice(end, next.start) : "";
    const joined = /^[^\d()\u2192]{0,30}?(?:,|:|;|\u2014|\u2013| - )\s*(?:(?:a|an|or|i\.e\.)\s+)?(?:(?:about|around|roughly|nearly|approximately|almost)\s+)?$/.test(gap);
    const namedBefore = /^[^\d()\u2192]{0,30}?(?:,|:|;|\u2014|\u2013| - )/.test(gap) && CHANGE_BEFORE.test(gap);
    if (next && (joined || namedBefore) && isStatedChange(next, pair, text3, gap) && (next.sign || CHANGE_WORD.test(text3.slice(next.end)) || next.dimension === "multiplier" || namedBefore)) {
      result.push({ quantity: next, words: `${namedBefore ? gap : ""} ${clauseAfter(text3, next.end)}` });
    }
  }
  const prior = [...quantities].reverse().find((q) => q.end <= firstStart(pair));
  if (prior && /^\s*(?:[,:;\u2014\u2013]\s*)?(?:from\s+)?$/.test(text3.slice(prior.end, firstStart(pair)))) {
    const lead = text3.slice(Math.max(0, prior.start - 40), prior.start);
    if (CHANGE_BEFORE.test(lead) && isStatedChange(prior, pair, text3, lead)) result.push({ quantity: prior, words: lead });
  }
  result.push(...wordMultipliers(text3, pair));
  const open2 = text3.lastIndexOf("(", firstStart(pair));
  if (open2 >= 0 && !text3.slice(open2, firstStart(pair)).includes(")") && closingParen(text3, open2) >= lastEnd(pair)) {
    const lead = [...quantities].reverse().find((q) => q.end <= open2);
    const between = lead ? text3.slice(lead.end, open2) : "";
    if (lead && /^[^\d()]{0,40}$/.test(between)) {
      const before = text3.slice(Math.max(0, lead.start - 40), lead.start);
      const words3 = isStatedChange(lead, pair, text3, between) ? between : /^\s*$/.test(between) && isStatedChange(lead, pair, text3, before) ? before : null;
      if (words3 !== null) result.push({ quantity: lead, words: words3 });
    }
  }
  return result;
}
function wordMultipliers(text3, pair) {
  const result = [];
  for (const match of text3.matchAll(MULTIPLIER_WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    const leads = end <= firstStart(pair) && /^\s*(?:from\s+|:\s*|\(\s*|[-\u2013\u2014]\s*)?$/.test(text3.slice(end, firstStart(pair)));
    const follows = start >= lastEnd(pair) && /^\s*(?:[,;:(\u2014\u2013-]\s*)?$/.test(text3.slice(lastEnd(pair), start));
    if (!leads && !follows) continue;
    const factor = MULTIPLIER_WORDS[match[0].toLowerCase()];
    result.push({
      quantity: {
        // A word names the ratio loosely: "doubled" is read as about 2\u00D7 (\u00B110%).
        start,
        end,
        digitsStart: start,
        digitsEnd: end,
        raw: match[0],
        written: factor,
        value: factor,
        factor: 1,
        decimals: 1,
        dimension: "multiplier",
        unitSymbol: "\xD7",
        sign: null,
        approx: true,
        bound: null,
        rangeHigh: null,
        word: true
      },
      words: match[0]
    });
  }
  return result;
}
function comparable2(pair) {
  const { before, after } = pair;
  if (before.denominator !== null && before.denominator !== after.denominator && before.share && after.share) {
    return { before: { ...before, value: before.share, denominator: null, asShare: true }, after: { ...after, value: after.share, denominator: null, asShare: true } };
  }
  return pair;
}
function columnIndex(table, pattern, not = []) {
  const matches = table.header.map((cell, i) => pattern.test(cell.text) && !not.some((n) => n.test(cell.text)) ? i : -1).filter((i) => i >= 0);
  return matches.length === 1 ? matches[0] : -1;
}
function beforeAfterRows(table, tokens) {
  const changeColumns = changeColumnsOf(table);
  let beforeColumn = columnIndex(table, BEFORE_HEADER, [AFTER_HEADER, CHANGE_HEADER]);
  let afterColumn = columnIndex(table, AFTER_HEADER, [BEFORE_HEADER, CHANGE_HEADER]);
  if ((beforeColumn < 0 || afterColumn < 0) && changeColumns[0] === 3 && pairedColumns(table, tokens, 1, 2)) [beforeColumn, afterColumn] = [1, 2];
  if (beforeColumn < 0 || afterColumn < 0) return [];
  return changeColumns.flatMap((changeColumn) => changeCells(table, tokens, beforeColumn, afterColumn, changeColumn));
}
var NEUTRAL_CHANGE_HEADER = /\b(?:change|delta|diff|difference)\b|\u0394/i;
function changeColumnsOf(table) {
  const only = columnIndex(table, CHANGE_HEADER, [BEFORE_HEADER, AFTER_HEADER]);
  if (only >= 0) return [only];
  const named = table.header.flatMap((cell, c) => CHANGE_HEADER.test(cell.text) && !BEFORE_HEADER.test(cell.text) && !AFTER_HEADER.test(cell.text) ? [c] : []);
  return named.filter((c) => NEUTRAL_CHANGE_HEADER.test(table.header[c]?.text ?? ""));
}
function changeCells(table, tokens, beforeColumn, afterColumn, changeColumn) {
  const header = table.header[changeColumn]?.text ?? "";
  const claims = [];
  for (const row of table.rows) {
    const beforeCell = row[beforeColumn];
    const afterCell = row[afterColumn];
    const changeCell = row[changeColumn];
    if (!beforeCell || !afterCell || !changeCell) continue;
    const before = cellOperand(beforeCell.text, tokens(beforeCell));
    const after = cellOperand(afterCell.text, tokens(afterCell));
    if (!before || !after || !sameKind(before, after)) continue;
    const pair = { before, after };
    for (const q of tokens(changeCell).quantities) {
      if (!isStatedChange(q, pair, changeCell.text, header)) continue;
      const metric = row.filter((_, c) => c !== beforeColumn && c !== afterColumn && c !== changeColumn).map((cell) => cell.text).join(" ");
      const claim3 = claimOf(changeCell, pair, q, `${changeCell.text} ${header}`, metric);
      claims.push({ ...claim3, about: cleanLabel(row[0]?.text ?? "") || claim3.about, reading: `${before.raw} \u2192 ${after.raw} (${cleanLabel(table.header[beforeColumn]?.text ?? "")} \u2192 ${cleanLabel(table.header[afterColumn]?.text ?? "")}), stated change ${q.raw}` });
    }
  }
  return claims;
}
var TIME_OR_RELEASE = new RegExp(`^(?:v?\\d+(?:\\.(?:\\d+|x))+|v\\d+|(?:q[1-4]|h[12])(?:\\s*(?:fy)?'?\\d{2,4})?|(?:fy\\s*)?(?:19|20)\\d\\d|(?:${MONTH_NAME})(?:\\s+(?:19|20)\\d\\d)?|(?:week|wk|sprint|w|run|release|phase)\\s*\\d+|(?:last|previous|prior|this|current)\\s+(?:week|month|quarter|sprint|release|year|run)|yesterday|today)$`, "i");
var EARLIER_WORD = /^(?:last|previous|prior|yesterday)\b/i;
var LATER_WORD = /^(?:this|current|today)\b/i;
function earlierThan(a, b) {
  if (EARLIER_WORD.test(a) || LATER_WORD.test(b)) return EARLIER_WORD.test(a) && LATER_WORD.test(b);
  const monthOf2 = (h) => MONTHS.findIndex((m) => h.toLowerCase().startsWith(m));
  const numbers2 = (h) => [...h.matchAll(/\d+/g)].map((m) => Number(m[0]));
  const [x, y] = [numbers2(a), numbers2(b)];
  if (x.length === 0 && y.length === 0) return monthOf2(a) >= 0 && monthOf2(a) < monthOf2(b);
  for (let k = 0; k < Math.min(x.length, y.length); k++) if (x[k] !== y[k]) return x[k] < y[k];
  return false;
}
function pairedColumns(table, tokens, first, second) {
  const [a, b] = [cleanLabel(table.header[first]?.text ?? ""), cleanLabel(table.header[second]?.text ?? "")];
  if (!TIME_OR_RELEASE.test(a) || !TIME_OR_RELEASE.test(b) || !earlierThan(a, b)) return false;
  const paired = table.rows.filter((row) => {
    const before = row[first] && cellOperand(row[first].text, tokens(row[first]));
    const after = row[second] && cellOperand(row[second].text, tokens(row[second]));
    return before && after && sameKind(before, after);
  });
  return paired.length * 2 > table.rows.length;
}
var AGAINST = /\b(?:than|vs\.?|versus|compared (?:to|with)|relative to)\s+(\S[^,;()]*)/i;
function againstAnother(after, baselineLabel) {
  const named = AGAINST.exec(after)?.[1]?.trim().toLowerCase();
  if (named === void 0) return false;
  return !/\b(?:baseline|reference|control)\b/.test(named) && !(baselineLabel !== "" && named.includes(baselineLabel.toLowerCase()));
}
function baselineRows(table, tokens) {
  const changeColumn = columnIndex(table, CHANGE_HEADER);
  if (changeColumn < 0) return [];
  const baselines = table.rows.filter((row) => BASELINE_CELL.test(row[changeColumn]?.text ?? ""));
  if (baselines.length !== 1) return [];
  const baseline = baselines[0];
  const valueColumns = table.header.map((_, c) => c).filter((c) => c > 0 && c !== changeColumn && table.rows.every((row) => row[c] && cellOperand(row[c].text, tokens(row[c]))));
  if (valueColumns.length !== 1) return [];
  const column = valueColumns[0];
  const before = cellOperand(baseline[column].text, tokens(baseline[column]));
  const claims = [];
  for (const row of table.rows) {
    if (row === baseline) continue;
    const valueCell = row[column];
    const changeCell = row[changeColumn];
    const after = cellOperand(valueCell.text, tokens(valueCell));
    if (!changeCell || !after || !sameKind(before, after)) continue;
    const changes = tokens(changeCell).quantities.filter((q) => isStatedChange(q, { before, after }, changeCell.text));
    if (changes.length !== 1) continue;
    const change = changes[0];
    if (againstAnother(changeCell.text.slice(change.end), cleanLabel(baseline[0]?.text ?? ""))) continue;
    const claim3 = claimOf(changeCell, { before, after }, change, clauseAfter(changeCell.text, change.end), `${row[0]?.text ?? ""} ${table.header[column]?.text ?? ""}`);
    claims.push({
      ...claim3,
      binding: "structural",
      about: cleanLabel(row[0]?.text ?? "") || claim3.about,
      reading: `${after.raw} against the baseline ${before.raw} (${cleanLabel(baseline[0]?.text ?? "")}), stated change ${change.raw}`
    });
  }
  return claims;
}

// src/claims/fraction-percent.ts
var FRACTION_THEN_PERCENT = /^\s*(?:[\p{L}][\p{L}\p{N}'-]*\s+){0,3}\(\s*$|^\s*(?:=|\u2248|or|is)\s*$|^\s*[,:]\s*$|^\s*[-\u2013\u2014]\s*$/u;
var PERCENT_THEN_FRACTION = /^\s*(?:[\p{L}][\p{L}'-]*\s+){0,2}\(\s*$|^\s*(?:=|of)\s*$/u;
var PERCENT_OF_COUNT = /^\s+of\s+(?:the\s+|all\s+|our\s+)?$/;
var STATISTIC_AFTER = /^\s*(?:CI|C\.I\.|confidence|credible|interval|percentile|quantile|significance)\b/i;
var STATISTIC_BEFORE = /\b(?:bound|interval|CI|confidence|percentile|quantile|p-value)\b[^.;()]{0,24}$/i;
var OTHER_MEASURE_AFTER = new RegExp("^\\s*(?:average|avg|mean|median|\\p{L}+\\s+(?:average|mean))\\b|^\\s*(?:\\p{L}+\\s+)?(?:coverage|accuracy|precision|recall|uptime|availability|utili[sz]ation|usage|cpu|memory|confidence|similarity|score|efficiency|improvement|reduction|increase|decrease|growth|faster|slower|savings?|margin|share|of (?:the )?(?:budget|time|target|total|requirements?|required|goal|estimate|baseline|capacity|quota|limit|minimum|threshold))\\b", "iu");
var AVERAGE_BEFORE = /\b(?:avg|average|mean|median)\b[^.;()]{0,30}$/i;
var NAMED_RATE_AFTER = new RegExp("^\\s+(?:\\p{L}+\\s+)?rate\\b", "iu");
var MEASURE_OF = /^\s+(?:out\s+)?of\s+(?:the\s+|our\s+|its\s+|their\s+)?$/;
var OF_WHICH = new RegExp("^(?:\\s*\\p{L}[\\p{L}-]*)?(?:\\s*,)?\\s+of\\s+(?:which|whom|these|those|them)\\s+$", "u");
var ONE_IN = /^\s+in\s+$/;
var WHOLE_THEN_PART = new RegExp("^\\s+\\p{L}[\\p{L}-]*\\s*[,:;]\\s*$", "u");
var STATE_AFTER = new RegExp(`^\\s+(?:${["passed", "passing", "failed", "failing", "succeeded", "successful", "green", "healthy", "done", "completed?", "covered", "resolved", "fixed", "merged", "skipped", "blocked", "open", "closed"].join("|")})\\b`, "i");
var WORD_SHARE = /\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+)?(half|thirds?|quarters?|fifths?|tenths?)\s+of\s+(?:the\s+|all\s+|our\s+|its\s+)?$/i;
var SHARE_DENOMINATORS = { half: 2, third: 3, quarter: 4, fifth: 5, tenth: 10 };
var SHARE_NUMERATORS = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
var LOOSE_SHARE = /(?:~|\u2248|\b(?:about|around|roughly|nearly|almost|approximately|over|under|above|below|more than|less than|fewer than|at least|at most|close to|upwards of|some|and))\s*$/i;
var WHOLE_THEN_PARENS = new RegExp("^\\s+\\p{L}[\\p{L}-]*(?:\\s+\\p{L}[\\p{L}-]*)?\\s*\\(\\s*$", "u");
var PART_CLOSES = /^\s*\)/;
var CAPACITY_OR_TIME = /^\s+(?:[\p{L}-]+\s+)?(?:cores?|cpus?|vcpus?|gpus?|threads?|slots?|sprints?|iterations?|cycles?|weeks?|days?|months?|quarters?|years?|hours?|shifts?|phases?)\b/iu;
var POSSESSIVE = /^\s+[\p{L}-]+(?:['\u2019]s?)(?![\p{L}])/u;
var COVERAGE_BEFORE = /\bcoverage\b[^\d\p{L}]{0,6}$/iu;
var OUTCOME_AFTER = /^\s*(?:[\p{L}-]+\s+)?(?:pass|passes|passed|passing|fail|fails|failed|failing|succeeded|successful|green)\b/iu;
var MEASURE_WORD = /\b(?:cpu|gpu|memory|ram|disk|utili[sz]ation|usage|load|busy|idle|capacity|bandwidth|traffic|throughput|time|effort|spent|spend|budget|cost|coverage|uptime|availability|progress|complete|completion|average|avg|mean|median|typically|per)\b/i;
function countedShare(text3, percent, whole) {
  const after = text3.slice(whole.end, whole.end + 40);
  if (CAPACITY_OR_TIME.test(after) || POSSESSIVE.test(after)) return false;
  const from = Math.max(text3.lastIndexOf(". ", percent.start), text3.lastIndexOf(";", percent.start), 0);
  const ends = [text3.indexOf(". ", whole.end), text3.indexOf(";", whole.end)].filter((k) => k >= 0);
  return !MEASURE_WORD.test(text3.slice(from, ends.length > 0 ? Math.min(...ends) : text3.length));
}
function wordShares(unit, quantities) {
  const text3 = unit.text;
  const claims = [];
  for (let k = 0; k + 1 < quantities.length; k++) {
    const whole = quantities[k];
    const part = quantities[k + 1];
    const plain = (q) => q.dimension === "count" && q.factor === 1 && q.decimals === 0 && !q.sign && !q.bound && !q.approx && q.rangeHigh === null;
    if (!plain(whole) || !plain(part) || whole.written < 2) continue;
    const before = text3.slice(Math.max(0, whole.start - 40), whole.start);
    const share = WORD_SHARE.exec(before);
    if (!share || LOOSE_SHARE.test(before.slice(0, share.index))) continue;
    if (!WHOLE_THEN_PARENS.test(text3.slice(whole.end, part.start)) || !PART_CLOSES.test(text3.slice(part.end))) continue;
    const numerator = SHARE_NUMERATORS[(share[1] ?? "a").toLowerCase()] ?? 1;
    const noun = share[2].toLowerCase();
    const denominator = SHARE_DENOMINATORS[noun.replace(/s$/, "")];
    if (numerator >= denominator || noun !== "half" && numerator > 1 !== noun.endsWith("s")) continue;
    const raw = text3.slice(Math.max(0, whole.start - 40) + share.index, whole.start).trimEnd().replace(/(?:^|\s)of(?:\s(?:the|all|our|its))?$/i, "").trim();
    claims.push({
      kind: "percent-of-count",
      at: { unit, start: part.start, end: part.end },
      binding: "tight",
      percent: null,
      whole,
      words: { raw, numerator, denominator, part },
      about: text3.slice(Math.max(0, whole.start - 40) + share.index, part.end + 1).trim(),
      reading: `${part.raw} is ${raw} of ${whole.raw}`
    });
  }
  return claims;
}
function otherFractions(text3, quantities, fractions) {
  const taken = new Set(fractions.flatMap((f) => [f.numerator, f.denominator]));
  const found = [];
  for (let k = 0; k + 1 < quantities.length; k++) {
    const a = quantities[k];
    const b = quantities[k + 1];
    if (taken.has(a) || taken.has(b) || a.sign || b.sign || a.bound || b.bound || a.rangeHigh !== null || b.rangeHigh !== null || a.approx || b.approx) continue;
    const between = text3.slice(a.end, b.start);
    const measured = a.dimension === b.dimension && a.dimension !== "count" && a.dimension !== "percent" && a.dimension !== "points" && a.dimension !== "multiplier" && MEASURE_OF.test(between);
    const oneIn = a.dimension === "count" && b.dimension === "count" && a.factor === 1 && Number.isInteger(a.written) && ONE_IN.test(between);
    const wholeFirst = a.dimension === b.dimension && (a.dimension === "count" ? a.factor === 1 && b.factor === 1 && Number.isInteger(b.written) : MEASURED_DIMENSIONS.has(a.dimension)) && (a.dimension === "count" && WHOLE_THEN_PART.test(between) || OF_WHICH.test(between)) && !STATE_AFTER.test(between) && STATE_AFTER.test(text3.slice(b.end, b.end + 16));
    if ((measured || oneIn) && b.value >= a.value && b.value > 0) found.push({ start: a.start, end: b.end, numerator: a, denominator: b });
    else if (wholeFirst && a.value >= b.value && a.value > 0) found.push({ start: a.start, end: b.end, numerator: b, denominator: a });
  }
  return found;
}
function readFractionPercents({ doc, tokens }) {
  const claims = [];
  const besideOthers = /* @__PURE__ */ new Map();
  for (const line of doc.lines) {
    const unit = line.unit;
    const text3 = unit.text;
    const { quantities } = tokens(unit);
    if (quantities.length < 2) continue;
    const fractions = [...tokens(unit).fractions, ...otherFractions(text3, quantities, tokens(unit).fractions)];
    const percents = quantities.filter(
      (q) => q.dimension === "percent" && q.rangeHigh === null && !q.bound && !q.sign && !CHANGE_WORD.test(text3.slice(q.end, q.end + 16)) && !STATISTIC_AFTER.test(text3.slice(q.end, q.end + 16)) && !STATISTIC_BEFORE.test(text3.slice(Math.max(0, q.start - 40), q.start))
    );
    const used = /* @__PURE__ */ new Set();
    for (const fraction of fractions) {
      const percent = pairedPercent(text3, fraction, percents, used);
      if (!percent || percent.start > fraction.end && OTHER_MEASURE_AFTER.test(text3.slice(percent.end, percent.end + 40))) continue;
      if (fraction.numerator.decimals > 0 && AVERAGE_BEFORE.test(text3.slice(Math.max(0, percent.start - 40), percent.start))) continue;
      if (percent.end <= fraction.start && /^[^)(.;]{0,48}?(?:\+|\bplus\b|\bpartial(?:ly)?\b|\bskipped\b|\bexcluded\b|\bn\/a\b|\bnot counted\b|\bdeferred\b)/i.test(text3.slice(fraction.end))) continue;
      const listGoesOn = fraction.numerator.decimals > 0 || /^[^,;]*,\s*\S/.test(text3.slice(percent.end));
      if (percent.start > fraction.end && /,\s/.test(text3.slice(fraction.end, percent.start)) && NAMED_RATE_AFTER.test(text3.slice(percent.end, percent.end + 30)) && listGoesOn) continue;
      if (fraction.numerator.value > fraction.denominator.value && percent.value <= 100) continue;
      if (countsAnotherState(text3, fraction, percent)) continue;
      if (percent.end <= fraction.start && COVERAGE_BEFORE.test(text3.slice(Math.max(0, percent.start - 40), percent.start)) && OUTCOME_AFTER.test(text3.slice(fraction.end, fraction.end + 24))) continue;
      used.add(percent);
      const claim3 = {
        kind: "fraction-percent",
        at: { unit, start: percent.start, end: percent.end },
        binding: "tight",
        fraction,
        percent,
        about: trimEnd(text3.slice(0, Math.min(fraction.start, percent.start))) || text3.slice(fraction.start, fraction.end),
        reading: `${text3.slice(fraction.start, fraction.end)} \u2194 ${percent.raw}`
      };
      claims.push(claim3);
      const group = line.listItem?.siblings ?? unit;
      besideOthers.set(group, [...besideOthers.get(group) ?? [], claim3]);
    }
    for (const percent of percents) {
      if (used.has(percent) || percent.approx) continue;
      const whole = quantities.find((q) => q.start >= percent.end && PERCENT_OF_COUNT.test(text3.slice(percent.end, q.start)));
      if (!whole || whole.dimension !== "count" || whole.factor !== 1 || whole.decimals > 0 || whole.bound || whole.rangeHigh !== null || whole.approx) continue;
      if (whole.written < 1 || whole.written > 200 || !/^\s+[\p{L}]/u.test(text3.slice(whole.end, whole.end + 3))) continue;
      if (!countedShare(text3, percent, whole)) continue;
      claims.push({
        kind: "percent-of-count",
        at: { unit, start: percent.start, end: percent.end },
        binding: "tight",
        percent,
        whole,
        about: text3.slice(percent.start, whole.end + 24).split(/[,;.]/)[0] ?? percent.raw,
        reading: `${percent.raw} of ${whole.raw} is a whole number of ${whole.raw}`
      });
    }
    claims.push(...wordShares(unit, quantities));
  }
  for (const group of besideOthers.values()) markPartsOfWhole(group);
  return claims;
}
function markPartsOfWhole(group) {
  const byWhole = /* @__PURE__ */ new Map();
  for (const claim3 of group) byWhole.set(claim3.fraction.denominator.value, [...byWhole.get(claim3.fraction.denominator.value) ?? [], claim3]);
  for (const [whole, parts2] of byWhole) {
    if (parts2.length < 2) continue;
    const sum = (values) => values.reduce((a, b) => a + b, 0);
    const percents = sum(parts2.map((c) => c.percent.value));
    if (sum(parts2.map((c) => c.fraction.numerator.value)) === whole && Math.abs(percents - 100) < 1e-9) for (const claim3 of parts2) claim3.partOfWhole = true;
  }
}
var STATE_SETS = [
  /^(?:complete|completed|done|finished|implemented|delivered|shipped|closed|resolved|fixed|merged|migrated|ported)$/i,
  /^(?:pass|passed|passing|green|successful|succeeded|healthy|working|ok)$/i,
  /^(?:covered|tested)$/i
];
var sameState = (a, b) => a.toLowerCase() === b.toLowerCase() || STATE_SETS.some((set) => set.test(a) && set.test(b));
function stateAfter(text3, from) {
  const words3 = /^\s*([\p{L}][\p{L}'-]*(?:\s+[\p{L}][\p{L}'-]*){0,2})\s*(?=[()\],;]|$)/u.exec(text3.slice(from, from + 40))?.[1]?.trim().split(/\s+/) ?? [];
  const last = words3[words3.length - 1];
  return last !== void 0 && (/ed$/i.test(last) || STATE_SETS.some((set) => set.test(last))) ? last : null;
}
function countsAnotherState(text3, fraction, percent) {
  const ofPercent = stateAfter(text3, percent.end);
  const ofFraction = stateAfter(text3, fraction.end);
  return ofPercent !== null && ofFraction !== null && !sameState(ofPercent, ofFraction);
}
function trimEnd(text3) {
  let end = text3.length;
  while (end > 0 && /[\s:*(\u2014\u2013-]/u.test(text3[end - 1])) end--;
  return text3.slice(0, end).trim();
}
function pairedPercent(text3, fraction, percents, used) {
  for (const percent of percents) {
    if (used.has(percent)) continue;
    if (percent.start >= fraction.end && FRACTION_THEN_PERCENT.test(text3.slice(fraction.end, percent.start))) return percent;
    if (percent.end <= fraction.start && PERCENT_THEN_FRACTION.test(text3.slice(percent.end, fraction.start))) return percent;
  }
  return null;
}

// src/claims/total-parts.ts
init_units();

// src/claims/stated-count.ts
var STATUS_WORD = /\b(?:completed?|done|finished|delivered|implemented|shipped|fixed|resolved|closed|merged|created|added|modified|changed|updated|removed|deleted|renamed|new|pending|remaining|open|blocked|todo|to-do|in progress|not started|deferred|passed|passing|failed|failing|skipped|achieved|accomplished|completat[oia]|completad[oa]s?|terminad[oa]s?|conclu[i\u00ED]d[oa]s?|termin[\u00E9e]e?s?|abgeschlossen|erledigt|fertig)\b|\u5DF2\u5B8C\u6210|\u5B8C\u6210|\u8FDB\u884C\u4E2D|\u5F85\u529E/iu;
var MEASURE_NOUN = /^(?:lines?|loc|words?|characters?|chars?|bytes?|tokens?|points?|pts|commits?|hours?|minutes?|days?|weeks?|months?|years?|percent|stars?|downloads?|users?|requests?|calls?|rows?|records?|kb|mb|gb|semanas?|d[i\u00ED]as?|mes(?:es)?|a[\u00F1n]os?|horas?|minutos?|jours?|semaines?|mois|ans?|heures?|tage?|wochen?|monate?|jahre?|stunden?|settiman[ae]|giorn[oi]|mes[ei]|ann[oi]|or[ae]|minut[oi]|\u5929|\u5468|\u4E2A\u6708|\u5E74|\u5C0F\u65F6|\u5206\u949F|\u884C)$/iu;
var CJK_MEASURE = /^(?:\u5468|\u5929|\u65E5|\u4E2A\u6708|\u500B\u6708|\u30F6\u6708|\u304B\u6708|\u30AB\u6708|\u30B1\u6708|\u6708|\u5E74|\u5C0F\u65F6|\u5C0F\u6642|\u65F6|\u6642|\u5206\u949F|\u5206\u9418|\u5206|\u79D2|\u884C|\u5B57|\u9031|\u6642\u9593)/u;
var PREPOSITION_BEFORE = /\b(?:from|of|for|in|across|among|within|over|under|after|before|by|per|with|at|on|to|into|during|than|about)\s+(?:the\s+|all\s+|our\s+|these\s+|those\s+)?$/i;
var FUNCTION_WORD = /^(?:from|of|for|in|across|among|within|over|under|after|before|by|per|with|at|on|to|into|during|than|about|covering|including|and|or|are|is|was|were|be|will|have|has|that|which|who|contains?|include[sd]?|such|like|via|using)$/i;
var NAME_BEFORE = /(?:^|\s)(?!(?:All|Top|The|Our|These|Those|We|I|Only|Just|First|Last|Next|Another|Total|With|And)\b|[A-Z][a-z]+ed\b)[A-Z][\p{L}'-]*\s+$/u;
var COUNTER_WORD = /^(?:\u9879|\u9805|\u4E2A|\u500B|\u6761|\u689D|\u4EF6|\u7BC7|\u4EFD|\u5904|\u8655|\u6B3E|\u7EC4|\u7D44|\uAC1C|\uAC74|\uAC00\uC9C0|\u3064)$/u;
function nounsOf(words3) {
  return words3.split(/[^\p{L}'-]+/u).filter((w) => w.length > 1 && !FUNCTION_WORD.test(w)).map((w) => singular(w.toLowerCase()));
}
function closingParenAtEnd(text3) {
  const close2 = text3.lastIndexOf(")");
  if (close2 < 0) return -1;
  const after = text3.slice(close2 + 1);
  return /[\p{N}(]/u.test(after) || after.split(/\s+/).filter((w) => new RegExp("\\p{L}", "u").test(w)).length > 3 ? -1 : close2;
}
var isYear = (q) => q.written >= 1900 && q.written <= 2100 && !q.raw.includes(",");
function parenthesisedCount(text3, tokens, end = text3.length) {
  const close2 = closingParenAtEnd(text3.slice(0, end));
  if (close2 < 0) return null;
  const open2 = text3.lastIndexOf("(", close2);
  if (open2 < 0) return null;
  const label = cleanLabel(text3.slice(0, open2));
  if (!new RegExp("\\p{L}", "u").test(label)) return null;
  const status = STATUS_WORD.test(label);
  const fraction = tokens.fractions.find((f) => f.start > open2 && f.end <= close2 && /^\(\s*$/.test(text3.slice(open2, f.start)));
  if (fraction) {
    if (!isPlainCount(fraction.numerator) || !isPlainCount(fraction.denominator) || fraction.numerator.bound) return null;
    return { count: fraction.numerator, nouns: nounsOf(text3.slice(fraction.end, close2)), label, of: fraction.denominator, status };
  }
  const inside2 = tokens.quantities.filter((q) => q.start > open2 && q.end <= close2);
  const only = inside2[0];
  if (inside2.length !== 1 || !only || !isPlainCount(only) || only.bound || only.word || !/^\(\s*$/.test(text3.slice(open2, only.start))) return null;
  const rest = text3.slice(only.end, close2).trim();
  if (rest === "" || /^total$/i.test(rest) || COUNTER_WORD.test(rest)) return isYear(only) ? null : { count: only, nouns: nounsOf(label).slice(-1), label, of: null, status };
  if (!/^[\p{L}][\p{L}'-]*(?:\s+[\p{L}][\p{L}'-]*)?$/u.test(rest) || /^(?:per|each|every|a|an)\b/i.test(rest)) return null;
  const nouns2 = nounsOf(rest.replace(/\b(?:total|new|more|in total)\b/gi, ""));
  if (nouns2.length === 0 || rest.split(/\s+/).some((w) => MEASURE_NOUN.test(w)) || CJK_MEASURE.test(rest)) return null;
  return { count: only, nouns: nouns2.slice(-1), label, of: null, status, named: true };
}
function colonCount(text3, tokens) {
  const match = /^([^:]{2,60}):\s*$/.exec(text3.slice(0, tokens.quantities[0]?.start ?? 0));
  const count2 = tokens.quantities[0];
  if (!match || !count2 || tokens.quantities.length !== 1 || !isPlainCount(count2) || count2.word || count2.bound || isYear(count2)) return null;
  if (!/^[\s*_]*$/.test(text3.slice(count2.end))) return null;
  const label = cleanLabel(match[1]);
  const nouns2 = nounsOf(label);
  if (nouns2.length === 0 || MEASURE_NOUN.test(label.split(/\s+/).pop() ?? "")) return null;
  return { count: count2, nouns: nouns2.slice(-1), label, of: null, status: STATUS_WORD.test(label) };
}
function dashCount(text3, tokens) {
  const count2 = tokens.quantities[tokens.quantities.length - 1];
  if (!count2 || !isPlainCount(count2) || count2.bound || count2.written < 1 || isYear(count2)) return null;
  const head2 = text3.slice(0, count2.start).trimEnd();
  if (!/[\u2014\u2013-]$/.test(head2) || !/\s/.test(head2[head2.length - 2] ?? "")) return null;
  let end = text3.length;
  while (end > count2.end && /[\s*_]/.test(text3[end - 1])) end--;
  const words3 = countedPhrase(text3.slice(count2.end, end));
  if (words3 === null) return null;
  const label = cleanLabel(head2.slice(0, -1));
  return { count: count2, nouns: nounsOf(words3).slice(-1), label, of: null, status: STATUS_WORD.test(label), named: true };
}
function openingCount(text3, tokens) {
  const first = tokens.quantities[0];
  if (!first || !isPlainCount(first) || first.word || first.bound || first.written > 50 || first.written < 2) return null;
  if (!/^[\s\p{P}\p{S}]*(?:top\s+)?$/iu.test(text3.slice(0, first.start))) return null;
  const rest = text3.slice(first.end);
  if (!/^\s+[\p{L}][\p{L}'-]*(?:\s+[\p{L}][\p{L}'-]*){0,3}\s*$/u.test(rest)) return null;
  const nouns2 = nounsOf(rest);
  if (nouns2.length === 0 || MEASURE_NOUN.test(rest.trim().split(/\s+/).pop()) || FUNCTION_WORD.test(rest.trim().split(/\s+/)[0])) return null;
  return { count: first, nouns: nouns2.slice(-1), label: cleanLabel(rest), of: null, status: STATUS_WORD.test(rest) };
}
var PASSIVE_AFTER = /^((?:\s+[\p{L}][\p{L}'-]*){1,3})\s+(?:were|are|was|is|have been|has been|got)\s+(?:[\p{L}'-]+(?:ed|en|wn)|done|built|made|run|sent|found|split|cut|set|kept|left|lost|held|paid|sold|told|read|brought|bought|caught|taught)\s*$/u;
var DONE_BEFORE = /^[\s\p{P}\p{S}]*(?:we|i|they|the team|our team)\s+(?:(?:still|now)\s+)?(?:[\p{L}'-]+ed|have|had|built|made|wrote|ran|sent|found|shipped|fixed|added|closed|merged|resolved)\s+[*_]*$/iu;
var ARTICLE_BEFORE = /(?:^[\s\p{P}\p{S}]*|,\s+)(?:the|our|these|those)\s+$/iu;
var MODIFIER_START = /^(?:[\p{L}'-]+(?:ed|en)|left|found|built|made|run|kept|held|still|we|they|i|that|which)$/iu;
var OTHER_THINGS = /\b(?:these|those|following|below|each|per|files?|modules?|folders?|directories|services?|packages?)\b/i;
function nounBeforeModifier(after) {
  const words3 = after.trim().split(/\s+/);
  for (let k = 1; k <= 3 && k < words3.length; k++) {
    if (!/^[\p{L}][\p{L}'-]*$/u.test(words3[k - 1])) return null;
    if (!MODIFIER_START.test(words3[k])) continue;
    const modifier = words3.slice(k).join(" ");
    if (modifier.length > 60 || /[\d:]/.test(modifier) || OTHER_THINGS.test(modifier)) return null;
    return ` ${words3.slice(0, k).join(" ")}`;
  }
  return null;
}
function countedPhrase(after) {
  const words3 = PASSIVE_AFTER.exec(after)?.[1] ?? nounBeforeModifier(after) ?? after;
  if (!/^(?:\s+[\p{L}][\p{L}'-]*){1,3}\s*$/u.test(words3)) return null;
  const list2 = words3.trim().split(/\s+/);
  if (list2.some((w) => FUNCTION_WORD.test(w)) || MEASURE_NOUN.test(list2[list2.length - 1])) return null;
  return words3;
}
function leadInCount(text3, tokens) {
  const colon = /:\s*$/.exec(text3);
  if (!colon) return null;
  const body = text3.slice(0, colon.index);
  const parenthesised = parenthesisedCount(body, tokens);
  if (parenthesised) return parenthesised;
  const { quantities } = tokens;
  const count2 = quantities[quantities.length - 1];
  const before = text3.slice(0, count2?.start ?? 0);
  const opensClause = ARTICLE_BEFORE.test(before);
  if (!count2 || !isPlainCount(count2) || count2.word && !/^[\s\p{P}\p{S}]*$/u.test(before) && !(opensClause && count2.written >= 2) && (count2.written < 2 || !DONE_BEFORE.test(before)) || count2.bound) return null;
  if (PREPOSITION_BEFORE.test(before) || NAME_BEFORE.test(before) && !opensClause || /\/\s*$/.test(before)) return null;
  const words3 = countedPhrase(body.slice(count2.end));
  if (words3 === null) return null;
  return { count: count2, nouns: nounsOf(words3).slice(-1), label: cleanLabel(body), of: null, status: STATUS_WORD.test(body) };
}

// src/claims/subtotals.ts
function isSubRow(table, r) {
  if (table.codeFirst[r] === true) return false;
  return /^\s*(?:[-\u2013\u2014\u2022\u00B7\u2514\u251C\u21B3\u2192*]|[>+](?![\s<=]*[\d.])|\u00a0)/u.test(table.rows[r]?.[0]?.text ?? "");
}
var MAX_ROWS = 12;
function subtotalRows(context, table, rows) {
  const found = /* @__PURE__ */ new Set();
  if (rows.length < 3 || rows.length > MAX_ROWS) return found;
  const counts = rows.map((row) => table.header.map((_, c) => countIn(context, row[c])));
  const columns = table.header.map((_, c) => c).filter((c) => c > 0 && counts.every((row) => row[c] !== null));
  if (columns.length < 2) return found;
  for (let r = 0; r < rows.length; r++) {
    const others = rows.map((_, i) => i).filter((i) => i !== r);
    for (let mask = 1; mask < 1 << others.length; mask++) {
      const set = others.filter((_, k) => mask & 1 << k);
      if (set.length < 2) continue;
      if (columns.every((c) => set.reduce((sum, i) => sum + counts[i]?.[c], 0) === counts[r]?.[c])) {
        found.add(r);
        break;
      }
    }
  }
  return found;
}
function countIn(context, cell) {
  if (!cell) return null;
  const operand = cellOperand(cell.text, context.tokens(cell));
  return operand && operand.denominator === null && isPlainCount(operand.quantity) && !operand.quantity.bound ? operand.quantity.written : null;
}

// src/claims/total-parts.ts
function readTotals(context) {
  const { doc } = context;
  const claims = [];
  for (const line of doc.lines) claims.push(...inlineBreakdowns(context, line.unit), ...trailingTotals(context, line.unit), ...doneAndRemaining(context, line.unit));
  for (const list2 of doc.lists) for (const item of list2) claims.push(...nestedBreakdown(context, item));
  for (const table of doc.tables) claims.push(...totalRow(context, table), ...totalColumn(context, table));
  claims.push(...statusSiblings(context, doc.headings));
  claims.push(...ledgers(context));
  claims.push(...listTotals(context));
  return claims;
}
var TOTAL_LEAD = /^[\s*_]*(?:grand\s+)?(?:total|sum|combined|in total)\b[^:]{0,30}:/i;
var NOT_A_SUM = /\b(?:wall|elapsed|end-to-end|e2e|clock|real|parallel|concurrent|unique|distinct|average|avg|mean|max|peak)\b/i;
function labelNouns(label) {
  return (cleanLabel(label).toLowerCase().match(new RegExp("\\p{L}{3,}", "gu")) ?? []).filter((w) => !/^(?:total|totals|grand|sum|combined|the|all|of)$/.test(w)).map(singular);
}
function listTotals(context) {
  const claims = [];
  const blocks = context.doc.blocks;
  const totalIn = (unit) => {
    if (!unit || !TOTAL_LEAD.test(unit.text) || NOT_A_SUM.test(unit.text.split(":")[0] ?? "")) return null;
    const total = labelledValue(context, unit);
    if (!total || context.tokens(unit).fractions.some((f) => f.numerator === total)) return null;
    return (total.dimension === "count" || MEASURED_DIMENSIONS.has(total.dimension)) && !total.approx && !total.sign ? { unit, total } : null;
  };
  const partsOf = (items, total, totalLine) => {
    if (items.length < 2) return null;
    const counted = total.dimension === "count" ? labelNouns(totalLine.text.split(":")[0] ?? "") : [];
    const parts2 = [];
    for (const item of items) {
      const line = item.lines[0];
      const value2 = line && labelledValue(context, line);
      const label = line?.text.split(":")[0] ?? "";
      if (!line || !value2 || value2.dimension !== total.dimension || value2.approx || value2.sign || NOT_ADDITIVE.test(label) || OTHER_SUMMARY.test(cleanLabel(label)) || TOTAL_LEAD.test(line.text)) return null;
      if (counted.length > 0 && !mentionsAny(label, counted)) return null;
      if (context.tokens(line).quantities.filter((q) => q.dimension === value2.dimension).length > 1) return null;
      parts2.push({ quantity: value2, place: { unit: line, start: value2.start, end: value2.end } });
    }
    return parts2;
  };
  const push3 = (found, parts2, where) => {
    if (!parts2) return;
    const label = cleanLabel(found.unit.text.split(":")[0] ?? "");
    claims.push(claim2(found.unit, found.total, parts2, { where, phrase: `${label}: ${found.total.raw}`, about: label, complete: true, binding: "structural" }));
  };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind === "list") {
      const last = block.items[block.items.length - 1];
      const found2 = totalIn(last?.lines[0]);
      if (found2 && last && last.children.length === 0) push3(found2, partsOf(block.items.slice(0, -1), found2.total, found2.unit), "items above it");
      continue;
    }
    if (block.kind !== "paragraph" || block.lines.length !== 1) continue;
    const found = totalIn(block.lines[0]);
    if (!found) continue;
    const before = blocks[i - 1];
    const after = blocks[i + 1];
    if (before?.kind === "list") {
      const parts2 = partsOf(before.items, found.total, found.unit);
      if (parts2 && !addsUpToItsHeading(context, before.items, parts2, found.total)) push3(found, parts2, "items above it");
    } else if (after?.kind === "list") push3(found, partsOf(after.items, found.total, found.unit), "items below it");
  }
  return claims;
}
function addsUpToItsHeading(context, items, parts2, total) {
  const headings = items[0]?.headings ?? [];
  const heading = headings[headings.length - 1];
  if (!heading) return false;
  const figureOf = (h) => {
    const figures2 = context.tokens(h.unit).quantities.filter((q) => q.dimension === total.dimension);
    return figures2.length === 1 ? figures2[0].value : null;
  };
  const sum = parts2.reduce((s, p) => s + p.quantity.value, 0);
  if (figureOf(heading) === null || Math.abs(figureOf(heading) - sum) > 1e-9) return false;
  const siblings = (heading.parent ? heading.parent.subheadings : context.doc.headings.filter((h) => h.parent === null)).filter((h) => h.depth === heading.depth);
  const figures = siblings.map(figureOf);
  return siblings.length >= 2 && figures.every((f) => f !== null) && Math.abs(figures.reduce((a, b) => a + b, 0) - total.value) < 1e-9;
}
var RULE_LINE = /^[\s\u2500\u2501\u2550\u2014\u2013\-=_]{3,}$/u;
var TOTAL_LINE = /\b(?:total|net|sum|balance|grand total|profit|result)\b/i;
function labelledValue(context, unit) {
  const colon = /^[^:]{1,60}:\s*/.exec(unit.text) ?? /^[^:\u2192\d]{1,60}(?:\u2192|->|=>)\s*/.exec(unit.text);
  if (!colon) return null;
  const { quantities } = context.tokens(unit);
  const value2 = quantities.find((q) => q.start >= colon[0].length - 1);
  if (!value2 || value2.start > colon[0].length + 1 || value2.bound || value2.rangeHigh !== null) return null;
  const equals = unit.text.lastIndexOf("=");
  if (equals > value2.end) {
    const result = quantities.find((q) => q.start > equals);
    return result && /^[\s*_]*$/.test(unit.text.slice(equals + 1, result.start)) && !result.bound && result.rangeHigh === null ? result : null;
  }
  return value2;
}
function ledgers(context) {
  const claims = [];
  const lines = context.doc.lines.filter((l) => l.kind === "code");
  for (let i = 1; i + 1 < lines.length; i++) {
    const rule = lines[i];
    const below = lines[i + 1];
    if (!RULE_LINE.test(rule.unit.text) || below.fence !== rule.fence || !TOTAL_LINE.test(below.unit.text.split(":")[0] ?? "")) continue;
    const total = labelledValue(context, below.unit);
    if (!total) continue;
    const parts2 = [];
    for (let k = i - 1; k >= 0; k--) {
      const line = lines[k];
      if (line.fence !== rule.fence || RULE_LINE.test(line.unit.text) || line.unit.text.endsWith(":")) break;
      const value2 = labelledValue(context, line.unit);
      if (!value2 || value2.dimension !== total.dimension) {
        parts2.length = 0;
        break;
      }
      parts2.unshift({ quantity: value2, place: { unit: line.unit, start: value2.start, end: value2.end } });
    }
    if (parts2.length < 2) continue;
    const label = cleanLabel(below.unit.text.split(":")[0] ?? "");
    claims.push(claim2(below.unit, total, parts2, { where: "lines above the rule", phrase: `${label}: ${total.raw}`, about: label, complete: true, binding: "structural" }));
  }
  return claims;
}
function phraseOf(text3, q) {
  const words3 = /^(?:\s+[\p{L}][\p{L}'-]*){0,2}/u.exec(text3.slice(q.end))?.[0] ?? "";
  return `${q.raw}${words3}`;
}
function partCountsSameThing(partText, nouns2) {
  if (mentionsAny(partText, nouns2)) return true;
  const after = partText.trim().split(/\s+/).filter((w) => new RegExp("\\p{L}", "u").test(w));
  return after.length >= 1 && after.length <= 2 && !after.some((w) => /^[a-z]{4,}s$/.test(w) && !/(?:ss|us|is)$/.test(w));
}
function claim2(unit, total, parts2, fields) {
  return { kind: "total-parts", at: { unit, start: total.start, end: total.end }, total, parts: parts2, ...fields, reading: `${total.raw} = ${parts2.map((p) => p.quantity.raw).join(" + ")}` };
}
var STATE_PART = /^\s*(?:(?:were|are|was|is|got|have been|been)\s+)?(?:passed|passing|failed|failing|skipped|flaky|errored|timed out|succeeded|pending|blocked|done|open|closed|fixed|resolved|merged|cancelled|canceled|retried|green|red)\b/i;
function isAmount(q) {
  return MEASURED_DIMENSIONS.has(q.dimension) && !q.approx && q.rangeHigh === null && !q.sign && !q.bound;
}
var LABEL_BEFORE = /(?:^|[|\u2022])[\s*_]*((?:[\p{L}][\p{L}'-]*[ \t]+){0,4}[\p{L}][\p{L}'-]*)[\s*_]*:[\s*_]*$/u;
var LABEL_AFTER_SEPARATOR = new RegExp(LABEL_BEFORE.source.replace("(?:^|[|\u2022])", "[|\u2022]"), "u");
function joinedCategories(before) {
  let end = before.length;
  while (end > 0 && /[\s*_]/.test(before[end - 1])) end--;
  if (before[end - 1] !== ":") return { joined: "", categories: [] };
  end--;
  while (end > 0 && /[\s*_]/.test(before[end - 1])) end--;
  let start = 0;
  while (start < end && /[\s*_|\u2022-]/.test(before[start])) start++;
  const joined = before.slice(start, end);
  const categories = joined.replace(/\s+/g, " ").split(/ ?[+&] ?| and /i);
  const ok2 = categories.length >= 2 && categories.length <= 5 && categories.every((c) => new RegExp("^\\p{L}[\\p{L}-]*$", "u").test(c));
  return ok2 ? { joined, categories: categories.map((c) => c.toLowerCase()) } : { joined: "", categories: [] };
}
function countingLabel(text3, at2) {
  const from = Math.max(0, at2 - 80);
  const before = text3.slice(from, at2);
  const { joined, categories } = from === 0 ? joinedCategories(before) : { joined: "", categories: [] };
  const label = (from === 0 ? LABEL_BEFORE : LABEL_AFTER_SEPARATOR).exec(before)?.[1];
  if (label === void 0) return categories.length > 0 ? { label: joined, nouns: [], joined: categories } : null;
  const words3 = label.toLowerCase().split(/\s+/);
  const plural = words3.some((w) => singular(w) !== w && w.length >= 4);
  if (!plural && !words3.some((w) => w === "total" || w === "count" || w === "number")) return categories.length > 0 ? { label, nouns: [], joined: categories } : null;
  return { label, nouns: labelNouns(label), joined: categories };
}
function inlineBreakdowns(context, unit) {
  const text3 = unit.text;
  const { quantities } = context.tokens(unit);
  if (quantities.length < 3) return [];
  const claims = [];
  for (const total of quantities) {
    const amount = isAmount(total);
    if (!(isPlainCount(total) || amount) || total.word || total.bound) continue;
    const ofThe = /\b[Oo]f\s+(?:the|all|our|these)\s+$/.test(text3.slice(Math.max(0, total.start - 16), total.start));
    const counter = amount || ofThe || !/^\s*(?:total\s*)?\(/i.test(text3.slice(total.end, total.end + 12)) ? null : countingLabel(text3, total.start);
    const lead = (amount ? /^((?:\s+[\p{L}][\p{L}'-]*){0,4})\s*(:|\()/u : ofThe ? /^((?:\s+[\p{L}][\p{L}'-]*){1,4})\s*(,)/u : counter ? /^((?:\s+total)?)\s*(\()/iu : /^((?:\s+[\p{L}][\p{L}'-]*){1,4})\s*(:|\()/u).exec(text3.slice(total.end));
    if (!lead) continue;
    const nouns2 = counter?.nouns ?? countedWords(text3, total);
    if (nouns2.length === 0 && !amount && !counter) continue;
    const open2 = total.end + lead[0].length;
    const close2 = lead[2] === "(" ? text3.indexOf(")", open2) : ofThe ? endOfSentence(text3, open2) : text3.length;
    if (close2 < 0) continue;
    const pieces = piecesOf(text3, open2, close2);
    if (pieces.length < 2) continue;
    const labelled2 = lead[2] === "(" && !amount ? labelledParts(text3, quantities, pieces) : null;
    const parts2 = [];
    let valid2 = true;
    if (labelled2) {
      if (labelled2.some((q) => q.value > total.value) || labelled2.every((q) => q.value === total.value)) continue;
      parts2.push(...labelled2.map((q) => ({ quantity: q, place: { unit, start: q.start, end: q.end } })));
    } else {
      for (const { start: offset, end: pieceEnd } of pieces) {
        const inside2 = quantities.filter((q) => q.start >= offset && q.end <= pieceEnd);
        const count2 = inside2[0];
        const opening = count2 && /^[\s\p{P}\p{S}]*$/u.test(text3.slice(offset, count2.start));
        const kindOk = count2 && (amount ? isAmount(count2) && count2.dimension === total.dimension : isPlainCount(count2) && !count2.bound);
        if (inside2.length !== 1 || !count2 || !opening || !kindOk || count2.value > total.value) {
          valid2 = false;
          break;
        }
        const named2 = text3.slice(count2.end, pieceEnd);
        if (!amount && !(ofThe ? STATE_PART.test(named2) : partCountsSameThing(named2, nouns2))) {
          valid2 = false;
          break;
        }
        parts2.push({ quantity: count2, place: { unit, start: count2.start, end: count2.end } });
      }
    }
    if (!valid2 || parts2.length < 2) continue;
    const phrase = counter ? `${counter.label}: ${total.raw}${lead[1] ?? ""}` : phraseOf(text3, total);
    const named = parts2.map((p) => text3.slice(p.quantity.end, pieces.find((piece) => piece.end >= p.quantity.end)?.end ?? p.quantity.end).trim().toLowerCase());
    const complete = (counter?.joined.length ?? 0) === parts2.length && named.every((n) => counter?.joined.includes(n) === true);
    claims.push(claim2(unit, total, parts2, { where: "breakdown", phrase, about: phrase, complete, binding: "tight" }));
  }
  return claims;
}
var PART_LABEL = new RegExp("^[\\s*_]*(\\p{L}[\\p{L}\\p{N}'-]*(?:[ \\t]\\p{L}[\\p{L}\\p{N}'-]*){0,2})[*_]*:[ \\t]*[*_]*$", "u");
var NOT_A_CATEGORY = new RegExp(`^(?:${MONTH_NAME}|q[1-4]|h[12]|fy|week|day|month|year|sprint|run|release|version|v|before|after|old|new|previous|prev|last|current|now|then|baseline|target|goal|limit|budget|cap|max|maximum|min|minimum|peak|avg|average|mean|median|p\\d{2,3}|total|sum|overall|all|ids?|each|per)$`, "i");
function labelledParts(text3, quantities, pieces) {
  const counts = [];
  for (const { start, end } of pieces) {
    const inside2 = quantities.filter((q) => q.end > start && q.start < end);
    const count2 = inside2[inside2.length - 1];
    if (!count2 || !isPlainCount(count2) || count2.bound || count2.word || !/^[\s*_]*$/.test(text3.slice(count2.end, end))) return null;
    const key = PART_LABEL.exec(text3.slice(start, count2.start))?.[1];
    if (key === void 0 || NOT_A_CATEGORY.test(key.split(/[ \t]/)[0] ?? "")) return null;
    counts.push(count2);
  }
  return counts;
}
function trailingTotals(context, unit) {
  const text3 = unit.text;
  const { quantities } = context.tokens(unit);
  if (quantities.length < 3) return [];
  const claims = [];
  for (const [index2, total] of quantities.entries()) {
    if (!isPlainCount(total) || total.word || total.bound || !/^\s+total\b(?!\s*[:=])/i.test(text3.slice(total.end, total.end + 16))) continue;
    const parts2 = [];
    let end = total.start;
    for (let i = index2 - 1; i >= 0 && parts2.length < 12; i--) {
      const part = quantities[i];
      const between = text3.slice(part.end, end);
      const separator = between.length <= 40 ? /^(.*?)(?:,|;|\(|\band\b)\s*$/.exec(between) : null;
      if (!separator || !isPlainCount(part) || part.word || part.bound || part.value > total.value) break;
      const named = separator[1];
      if (/\btotal\b/i.test(named) || !(STATE_PART.test(named) || partCountsSameThing(named, []))) break;
      parts2.push({ quantity: part, place: { unit, start: part.start, end: part.end } });
      end = part.start;
      if (!opensPiece(text3, part.start)) break;
    }
    parts2.reverse();
    if (parts2.length < 2 || !opensPiece(text3, parts2[0].quantity.start)) continue;
    claims.push(claim2(unit, total, parts2, { where: "breakdown", phrase: phraseOf(text3, total), about: phraseOf(text3, total), complete: false, binding: "tight" }));
  }
  return claims;
}
var LEFT_AFTER = /^\s+(?:([\p{L}-]+)\s+)?(?:remaining|remain|left|to go|outstanding|still open)\b/u;
var LEFT_BEFORE = /\b(?:leaving|leaves|with)\s+$/i;
function doneAndRemaining(context, unit) {
  const text3 = unit.text;
  const { quantities, fractions } = context.tokens(unit);
  const claims = [];
  for (const fraction of fractions) {
    const { numerator: done, denominator: whole } = fraction;
    if (!isPlainCount(done) || !isPlainCount(whole) || done.word || whole.word || done.value > whole.value) continue;
    const left = quantities.find((q) => q.start >= fraction.end);
    if (!left || !isPlainCount(left) || left.word || left.bound) continue;
    const between = text3.slice(fraction.end, left.start);
    if (between.length > 48 || /[.!?](?:\s|$)|[()]/.test(between)) continue;
    const after = text3.slice(left.end, left.end + 40);
    const state = LEFT_AFTER.exec(after) ?? (LEFT_BEFORE.test(between) ? /^\s+(?:([\p{L}-]+)\s+)?(?:open|remaining|unresolved|pending|to do|todo)\b/u.exec(after) : null);
    if (!state || state[1] !== void 0 && !countedWords(text3, whole).includes(singular(state[1].toLowerCase()))) continue;
    const parts2 = [done, left].map((q) => ({ quantity: q, place: { unit, start: q.start, end: q.end } }));
    const phrase = text3.slice(fraction.start, fraction.end);
    claims.push(claim2(unit, whole, parts2, { where: "counts done and left", phrase, about: phrase, complete: false, binding: "tight" }));
  }
  return claims;
}
function opensPiece(text3, at2) {
  let i = at2;
  while (i > 0 && /[\s*_]/.test(text3[i - 1])) i--;
  return i === 0 || /[,;(:]/.test(text3[i - 1]) || new RegExp("(?:^|\\P{L})and$", "u").test(text3.slice(Math.max(0, i - 4), i));
}
function piecesOf(text3, start, end) {
  const pieces = [];
  let from = start;
  for (const separator of text3.slice(start, end).matchAll(/,|;|\band\b/g)) {
    pieces.push({ start: from, end: start + separator.index });
    from = start + separator.index + separator[0].length;
  }
  pieces.push({ start: from, end });
  return pieces;
}
function endOfSentence(text3, from) {
  const stop = text3.slice(from).search(/[.;:(](?:\s|$)/);
  return stop < 0 ? text3.length : from + stop;
}
var OTHER_MEASURE_NOUN = /^(?:people|persons?|engineers?|developers?|devs?|members?|users?|hours?|days?|weeks?|months?|minutes?|lines?|loc|files?|commits?|times?)$/i;
function nestedBreakdown(context, item) {
  const first = item.lines[0];
  if (!first || item.children.length < 2 || /:\s*$/.test(item.lines[item.lines.length - 1]?.text ?? "")) return [];
  const total = leadingCount(first.text, context.tokens(first));
  if (!total || total.bound || countedWords(first.text, total).length === 0) return [];
  const nouns2 = countedWords(first.text, total);
  const parts2 = [];
  const kinds = /* @__PURE__ */ new Set();
  let sameThing = true;
  for (const child of item.children) {
    const line = child.lines[0];
    if (!line || child.children.length > 0) return [];
    const tokens = context.tokens(line);
    const count2 = leadingCount(line.text, tokens);
    if (!count2 || count2.bound || count2.value > total.value) return [];
    const rest = line.text.slice(count2.end);
    if (!mentionsAny(rest, nouns2)) {
      sameThing = false;
      const kind = new RegExp("^[\\s*_]*(\\p{L}[\\p{L}-]*)[\\s*_.]*$", "u").exec(rest)?.[1];
      if (!kind || OTHER_MEASURE_NOUN.test(kind) || tokens.quantities.length !== 1) return [];
      kinds.add(kind.toLowerCase());
    }
    parts2.push({ quantity: count2, place: { unit: line, start: count2.start, end: count2.end } });
  }
  if (!sameThing && kinds.size !== parts2.length) return [];
  return [claim2(first, total, parts2, { where: "breakdown below", phrase: phraseOf(first.text, total), about: phraseOf(first.text, total), complete: false, binding: "structural" })];
}
var TOTAL_LABEL = /^(?:total|totals|sum|grand total)(?:\s+(?:open|all|overall|combined|active|closed|remaining|so far|to date|ytd))?$/i;
var OTHER_SUMMARY = /^(?:average|avg\.?|mean|median|min|max|minimum|maximum|std\.?|stddev|overall|subtotal|sub-total|p\d{2})\b/i;
var DASH = /^[-\u2013\u2014]$/;
var LIMIT_COLUMN = /\b(?:targets?|goals?|budgets?|limits?|thresholds?|slos?|caps?|ceilings?)\b/i;
var NOT_ADDITIVE = /\b(?:max|maximum|min|minimum|peak|avg|average|mean|median|p\d{2,3}|rate|ratio|per|percent)\b|\/\s*(?:s|sec|second|min|minute|h|hr|hour|day|week|month|req|request|user|op)\b|%/i;
function withoutSubtotals(context, table, rows, total) {
  const subtotals = subtotalRows(context, table, rows);
  if (subtotals.size === 0) return rows;
  const without = rows.filter((_, i) => !subtotals.has(i));
  const addsUp = (parts2) => table.header.some((_, c) => {
    const stated2 = c > 0 ? plainCount(context, total[c]) : null;
    const values = parts2.map((row) => plainCount(context, row[c]));
    return stated2 !== null && values.every((v) => v !== null) && values.reduce((s, v) => s + v, 0) === stated2;
  });
  return !addsUp(rows) && addsUp(without) ? without : rows;
}
function withoutNestedPart(context, table, rows, total) {
  const value2 = (cell) => {
    const operand = cell ? cellValue(context, cell) : null;
    return operand && operand.denominator === null && (operand.dimension === "size" || operand.dimension === "duration") && !operand.quantity.bound && !operand.quantity.sign ? operand.quantity : null;
  };
  const at2 = (row, c) => value2(row[c]).value;
  const columns = table.header.map((_, c) => c).filter((c) => c > 0 && value2(total[c]) !== null && rows.every((row) => value2(row[c])?.dimension === value2(total[c])?.dimension)).filter((c) => rows.reduce((sum, row) => sum + at2(row, c), 0) > at2(total, c));
  if (columns.length < 2) return rows;
  const sums = columns.map((c) => rows.reduce((sum, row) => sum + at2(row, c), 0));
  const wholes = columns.map((c) => at2(total, c));
  const fits = (sum, k) => sum <= wholes[k] && wholes[k] - sum <= 0.02 * wholes[k];
  const nested = rows.filter(
    (row) => columns.every((c, k) => fits(sums[k] - at2(row, c), k) && rows.some((other) => other !== row && at2(other, c) > at2(row, c)))
  );
  return nested.length === 1 ? rows.filter((row) => row !== nested[0]) : rows;
}
function plainCount(context, cell) {
  const operand = cell && cellOperand(cell.text, context.tokens(cell));
  return operand && operand.denominator === null && isPlainCount(operand.quantity) ? operand.quantity.written : null;
}
function besideNumber(text3, q) {
  return (text3.slice(0, q.start) + text3.slice(q.end)).replace(/[\s*_]+/g, "").toLowerCase();
}
function cellValue(context, cell) {
  const operand = cellOperand(cell.text, context.tokens(cell));
  if (operand) return operand;
  const { quantities } = context.tokens(cell);
  const only = quantities[0];
  const value2 = only && operandInterval(only);
  if (quantities.length !== 1 || !only?.sign || !value2) return null;
  return { start: only.start, end: only.end, raw: only.raw, dimension: only.dimension, value: value2, share: null, shown: only.raw, quantity: only, denominator: null, unitSymbol: only.unitSymbol };
}
function headingUnit(table) {
  const heading = table.headings[table.headings.length - 1];
  const named = heading ? /\(\s*([^()\d\s]{1,12})\s*\)\s*$/.exec(heading.unit.text)?.[1] : void 0;
  const unit = named === void 0 ? null : unitInfo(named);
  return unit && (unit.dimension === "duration" || unit.dimension === "size") ? unit : null;
}
function inHeadingUnit(unit, total, parts2) {
  const bare = (q) => q.dimension === "count" && q.unitSymbol === null && q.factor === 1;
  if (!unit || !bare(total) || !parts2.every((p) => bare(p.quantity))) return { total, parts: parts2 };
  const convert = (q) => ({ ...q, dimension: unit.dimension, factor: unit.factor, value: q.written * unit.factor, unitSymbol: unit.symbol });
  return { total: convert(total), parts: parts2.map((p) => ({ ...p, quantity: convert(p.quantity) })) };
}
function totalRow(context, table) {
  const labels = table.rows.map((row) => cleanLabel(row[0]?.text ?? ""));
  const totalIndex = labels.findIndex((l) => TOTAL_LABEL.test(l));
  if (totalIndex < 0 || labels.some((l, i) => i !== totalIndex && /\b(?:sub-?)?totals?\b/i.test(l))) return [];
  const totalRow2 = table.rows[totalIndex];
  const candidates = table.rows.filter((_, i) => i !== totalIndex && (!OTHER_SUMMARY.test(labels[i]) || /^STD\b/.test(labels[i])) && (labels[i] !== "" || table.named[i] === true) && !isSubRow(table, i));
  const rows = withoutNestedPart(context, table, withoutSubtotals(context, table, candidates, totalRow2), totalRow2);
  if (rows.length < 2) return [];
  const atLeast = totalRow2.slice(1).some((cell) => context.tokens(cell).quantities.some((q) => q.bound === ">=" || q.bound === ">"));
  const unit = headingUnit(table);
  const claims = [];
  for (let column = 1; column < table.header.length; column++) {
    const cell = totalRow2[column];
    if (!cell) continue;
    const total = cellValue(context, cell);
    if (!total || total.dimension === "percent" || total.quantity.bound || total.quantity.rangeHigh !== null) continue;
    if (total.dimension === "count" && total.quantity.factor === 1 && total.quantity.decimals > 0) continue;
    const shape = besideNumber(cell.text, total.quantity);
    const header = cleanLabel(table.header[column]?.text ?? "");
    if (NOT_ADDITIVE.test(header)) continue;
    const parts2 = [];
    const wholes = [];
    let valid2 = true;
    for (const row of rows) {
      const partCell = row[column];
      if (partCell && DASH.test(partCell.text.trim()) && total.quantity.sign) continue;
      const part = partCell && cellValue(context, partCell);
      if (!partCell || !part || part.dimension !== total.dimension || part.quantity.bound || part.denominator === null !== (total.denominator === null)) {
        valid2 = false;
        break;
      }
      if (part.denominator === null && besideNumber(partCell.text, part.quantity) !== shape) {
        valid2 = false;
        break;
      }
      parts2.push({ quantity: part.quantity, place: { unit: partCell, start: part.quantity.start, end: part.quantity.end } });
      const whole2 = part.denominator !== null ? context.tokens(partCell).fractions[0]?.denominator : void 0;
      if (whole2) wholes.push({ quantity: whole2, place: { unit: partCell, start: whole2.start, end: whole2.end } });
    }
    if (!valid2 || parts2.length < 2) continue;
    if (!total.quantity.sign && parts2.every((p) => p.quantity.value >= 0) && total.quantity.value < Math.max(...parts2.map((p) => p.quantity.value))) continue;
    const measured = total.dimension !== "count" && total.dimension !== "money" && total.denominator === null;
    if (measured && LIMIT_COLUMN.test(header) && total.quantity.value > parts2.reduce((sum, p) => sum + p.quantity.value, 0)) continue;
    const whole = total.denominator !== null ? context.tokens(cell).fractions[0]?.denominator : void 0;
    if (/\bscores?\b/i.test(header) && !(whole && wholes.length === parts2.length && wholes.reduce((sum, w) => sum + w.quantity.written, 0) === whole.written)) continue;
    const phrase = `${cleanLabel(totalRow2[0]?.text ?? "")} ${total.raw}`;
    const measuredIn = inHeadingUnit(unit, total.quantity, parts2);
    claims.push(claim2(cell, measuredIn.total, measuredIn.parts, { where: `"${header}" column`, phrase, about: `${header}, ${cleanLabel(totalRow2[0]?.text ?? "")} row`, complete: !atLeast, binding: "structural" }));
    if (whole && wholes.length === parts2.length) {
      claims.push(claim2(cell, whole, wholes, { where: `"${header}" column's wholes`, phrase: `${cleanLabel(totalRow2[0]?.text ?? "")} ${total.raw}`, about: `${header} wholes, ${cleanLabel(totalRow2[0]?.text ?? "")} row`, complete: true, binding: "structural" }));
    }
  }
  return claims;
}
function totalColumn(context, table) {
  const headers = table.header.map((cell) => cleanLabel(cell.text));
  const totalAt = headers.findIndex((h, i) => i > 0 && TOTAL_LABEL.test(h));
  if (totalAt < 0 || table.rows.length < 2) return [];
  const partColumns = headers.map((_header, i) => i).filter((i) => i > 0 && i !== totalAt && !NOT_ADDITIVE.test(headers[i]) && !OTHER_SUMMARY.test(headers[i]));
  const rows = table.rows.filter((row) => !OTHER_SUMMARY.test(cleanLabel(row[0]?.text ?? "")));
  const readRow = (row) => {
    const cell = row[totalAt];
    const total = cell && cellValue(context, cell);
    if (!cell || !total || total.denominator !== null || total.dimension === "percent" || total.quantity.bound || total.quantity.sign) return null;
    const parts2 = [];
    for (const c of partColumns) {
      const partCell = row[c];
      const part = partCell && cellValue(context, partCell);
      if (!partCell || !part || part.dimension !== total.dimension || part.denominator !== null || part.quantity.bound || part.quantity.sign) return null;
      parts2.push({ quantity: part.quantity, place: { unit: partCell, start: part.quantity.start, end: part.quantity.end } });
    }
    return parts2.length >= 2 ? { cell, total: total.quantity, parts: parts2 } : null;
  };
  const read = rows.map(readRow);
  if (read.some((r) => r === null)) return [];
  const addsUp = (r) => Math.abs(r.parts.reduce((sum, p) => sum + p.quantity.value, 0) - r.total.value) < 1e-9 * Math.max(1, r.total.value);
  const matching = read.filter((r) => r && addsUp(r)).length;
  if (matching === 0) return [];
  const unit = headingUnit(table);
  const claims = [];
  read.forEach((r, i) => {
    if (!r) return;
    const label = cleanLabel(rows[i]?.[0]?.text ?? "");
    const measuredIn = inHeadingUnit(unit, r.total, r.parts);
    claims.push(claim2(r.cell, measuredIn.total, measuredIn.parts, { where: `row's ${partColumns.map((c) => `"${headers[c]}"`).join(", ")} columns`, phrase: `${label} ${headers[totalAt]} ${r.total.raw}`, about: `${label}, ${headers[totalAt]} column`, complete: true, binding: "structural" }));
  });
  return claims;
}
function statusSiblings(context, headings) {
  const groups = /* @__PURE__ */ new Map();
  for (const heading of headings) {
    const stated2 = parenthesisedCount(heading.unit.text, context.tokens(heading.unit));
    if (!stated2?.of || !stated2.status) continue;
    const key = `${heading.parent?.index ?? -1}/${heading.depth}/${stated2.of.written}`;
    const state = (STATUS_WORD.exec(stated2.label)?.[0] ?? "").toLowerCase();
    groups.set(key, [...groups.get(key) ?? [], { heading, part: stated2.count, whole: stated2.of, state }]);
  }
  const claims = [];
  for (const group of groups.values()) {
    if (group.length < 2 || new Set(group.map((g) => g.state)).size < group.length) continue;
    const last = group[group.length - 1];
    claims.push({
      ...claim2(last.heading.unit, last.whole, group.map((g) => ({ quantity: g.part, place: { unit: g.heading.unit, start: g.part.start, end: g.part.end } })), {
        where: "sibling headings",
        phrase: `the whole of ${last.whole.raw}`,
        about: `parts of ${last.whole.raw} in sibling headings`,
        complete: false,
        binding: "structural"
      }),
      at: { unit: last.heading.unit, start: last.part.start, end: last.part.end }
    });
  }
  return claims;
}

// src/claims/counts.ts
var NOTE_ITEM = /^[\s*_]*(?:note\b|nb\b|(?:\u2139\uFE0F?|\uD83D\uDCA1|\uD83D\uDCDD)[\s*_]*(?:note|nb|tip|info|hint)\b)/iu;
var NOTE_MARK = /^[\s*_]*(?:\u2139\uFE0F?|\uD83D\uDCA1|\uD83D\uDCDD)/u;
var FIELD_ITEM = /^[\s*_]*(?:status|note|notes|result|results|issue|issues|details|location|root cause|cause|impact|action|owner|priority|effort|risk|reason|why|fix|solution|outcome|evidence|summary|description|purpose|goal|scope)[\s*_]*:/i;
var INSTRUCTION = /^[\s*_]*(?:add|replace|fix|update|remove|use|create|implement|run|check|ensure|move|rename|refactor|configure|install|set|enable|disable|write|review|migrate|document|deploy|verify|investigate|consider|avoid|make|keep|wrap|convert|extract|split|merge|upgrade|pin|cache|escape)\b/i;
var STEP_NOUN = /^(?:task|step|action|fix|todo|change|item|recommendation|suggestion|instruction|next|improvement)$/;
var RECORD_FIELD = new RegExp("^[\\s*_]*\\p{Lu}?\\p{Ll}+(?: \\p{Ll}+)?[\\s*_]*:", "u");
var ELLIPSIS = /^[\s*_.\u2026-]*(?:\.\.\.|\u2026|etc\.?|and more|and others)|(?:\.\.\.|\u2026|\betc\.?|\band more)[\s*_)]*$/iu;
var MORE = /(?:\+|\bplus|\band)\s*(\d+)\s+more\b[\s)]*$/i;
var GROUPED_NOUN = /^(?:test|case|check|assertion|scenario|spec|example|requirement|criterion|criteria|rule|step|item|change|fix|improvement|feature|update|issue|bug|point)$/;
var FIGURE_NOUN = /^(?:metric|kpi|stat|statistic|figure|number|measurement|result|finding|indicator)$/;
var SELECTION_HEADING = /\b(?:key|main|notable|selected|highlights?|examples?|samples?|featured|major|top|important)\b|\u5173\u952E|\u4E3B\u8981|\u91CD\u70B9|\u793A\u4F8B/iu;
var OPTIONAL_ITEM = /[(\uFF08]\s*(?:optional|bonus|extra|stretch goal|nice to have|\u53EF\u9009|\u9078\u586B|\u4EFB\u610F)\s*[)\uFF09]/iu;
var EARLIER_ITEM = /[(\uFF08][\s*_]*(?:from\s+(?:a\s+|the\s+)?(?:previous|earlier|prior|last)\b|already\b|carried over\b|pre-?existing\b)[^)\uFF09(\uFF08]*[)\uFF09]/iu;
var farApart = (count2, items) => Math.abs(count2 - items) > Math.max(2, count2 / 2);
function readCounts(context) {
  const { doc } = context;
  const claims = [];
  for (const heading of doc.headings) claims.push(...fromHeading(context, heading));
  claims.push(...fromLeadIns(context, doc.blocks));
  for (const list2 of doc.lists) for (const item of list2) claims.push(...fromItem(context, item));
  for (const list2 of doc.lists) claims.push(...fromNamesAfterColon(context, list2.flatMap((item) => item.lines.slice(0, 1).map((unit) => ({ unit, plain: item.plain.split("\n")[0] ?? unit.text })))));
  for (const block of doc.blocks) if (block.kind === "paragraph") claims.push(...fromNamesAfterColon(context, block.lines.map((unit) => ({ unit, plain: unit.text }))));
  return claims;
}
function ancestors(heading) {
  const above = [];
  for (let h = heading.parent; h; h = h.parent) above.push(h);
  return above;
}
function countsSomethingElse(context, heading) {
  const siblings = heading.parent ? heading.parent.subheadings : context.doc.headings.filter((h) => h.parent === null && h.depth === heading.depth);
  const compared = siblings.flatMap((h) => {
    const stated2 = parenthesisedCount(h.unit.text, context.tokens(h.unit));
    const count2 = stated2?.count.written;
    const first = h.body[0];
    if (first?.kind === "list" && stated2 && carryCounts(context, first.items, stated2.nouns)) return [];
    const shown = first?.kind === "list" ? first.items.length : first?.kind === "table" ? first.table.rows.length : void 0;
    return count2 === void 0 || shown === void 0 ? [] : [{ same: count2 === shown, far: farApart(count2, shown) }];
  });
  return compared.length >= 3 && compared.filter((c) => c.same).length * 2 < compared.length && compared.some((c) => c.far);
}
function carryCounts(context, items, nouns2) {
  return items.length > 0 && items.every((i) => i.lines[0] !== void 0 && ownCount(context, i.lines[0], nouns2) !== null);
}
function fromHeading(context, heading) {
  const unit = heading.unit;
  const tokens = context.tokens(unit);
  const stated2 = parenthesisedCount(unit.text, tokens) ?? openingCount(unit.text, tokens) ?? colonCount(unit.text, tokens) ?? dashCount(unit.text, tokens) ?? (/:\s*$/.test(unit.text) ? leadInCount(unit.text, tokens) : null);
  if (!stated2 || stated2.count.written === 0) return [];
  const first = heading.body[0];
  if (first?.kind === "table" || first?.kind === "list" && !carryCounts(context, first.items, stated2.nouns)) {
    if (countsSomethingElse(context, heading)) return [];
  }
  if (first?.kind === "list") return compareWithItems(context, unit, stated2, first.items, "list items", ancestors(heading));
  if (first?.kind === "table") return compareWithRows(unit, stated2, first.table);
  if (heading.body.some((b) => b.kind === "list" || b.kind === "table")) return [];
  const subs = heading.subheadings;
  if (subs.length < 2) return [];
  const counted = subs.map((s) => parenthesisedCount(s.unit.text, context.tokens(s.unit)));
  if (counted.every((c) => c !== null)) {
    const own6 = counted;
    if (scoresOutOfOneMaximum(stated2, own6)) return [];
    const parts2 = own6.map((c, i) => ({ quantity: c.count, place: placeOf(subs[i].unit, c.count) }));
    return [sumClaim(unit, stated2, parts2, "sub-sections")];
  }
  const lists = subs.map((s) => s.subheadings.length === 0 && s.body[0]?.kind === "list" && s.body.slice(1).every((b) => b.kind === "other") ? s.body[0].items : null);
  if (lists.every((l) => l !== null)) {
    const sideCount = stated2.named && !stated2.status && !mentionsAny(stated2.label, stated2.nouns) && !subs.every((s) => mentionsAny(s.unit.text, stated2.nouns) || mentionsAnyInPlural(s.unit.text, stated2.nouns));
    if (sideCount) return [];
    return compareWithItems(context, unit, stated2, lists.flat(), "list items in its sub-sections", ancestors(heading));
  }
  if (subs.every((s) => s.body[0]?.kind === "list" && mentionsAnyInPlural(s.unit.text, stated2.nouns))) return [];
  const leaves = subs.every((s) => s.subheadings.length === 0);
  const enumerated = subs.every((s, i) => new RegExp(`^\\D{0,4}${i + 1}[.)]\\s`).test(s.unit.text)) || stated2.nouns.length > 0 && subs.every((s) => mentionsAny(s.unit.text, stated2.nouns));
  if (!leaves || !enumerated) return [];
  if (stated2.of && !stated2.status) return [];
  return [countClaim(unit, stated2, subs.length, "sub-sections", subs[0]?.unit)];
}
var SUMMARY_ROW = /^[\s*_]*(?:total|totals|sum|grand total|overall|average|avg|mean|median|min|max)\b/i;
function compareWithRows(unit, stated2, table) {
  const words3 = (text3) => (text3.toLowerCase().match(new RegExp("\\p{L}{3,}", "gu")) ?? []).map(singular);
  const counted = /* @__PURE__ */ new Set([...stated2.nouns, ...words3(stated2.label)]);
  const first = table.header[0]?.text ?? "";
  const bare = /\(\s*\d+\s*\)[\s*_]*$/.test(unit.text);
  if (stated2.of || !(bare || words3(first).some((w) => counted.has(w)))) return [];
  const rows = table.rows.filter((row, r) => !SUMMARY_ROW.test(row[0]?.text ?? "") && table.named[r] === true);
  const claim3 = countClaim(unit, stated2, rows.length, "table rows", rows[0]?.[0]);
  if (rows.length < stated2.count.written && !claim3.doubt && rows.some((row) => namesSeveral(row[0]?.text ?? ""))) claim3.doubt = "a row may stand for several";
  return [claim3];
}
function scoresOutOfOneMaximum(stated2, parts2) {
  return stated2.of !== null && parts2.every((p) => p.of !== null && p.of.written === stated2.of.written);
}
function fromLeadIns(context, blocks) {
  const claims = [];
  for (let i = 0; i + 1 < blocks.length; i++) {
    const block = blocks[i];
    const next = blocks[i + 1];
    if (block.kind !== "paragraph" || next.kind !== "list" && next.kind !== "table") continue;
    const last = block.lines[block.lines.length - 1];
    const stated2 = last && leadInCount(last.text, context.tokens(last));
    if (!last || !stated2 || stated2.count.written === 0) continue;
    if (next.kind === "table") claims.push(...compareWithRows(last, stated2, next.table));
    else claims.push(...compareWithItems(context, last, stated2, next.items, "list items", next.items[0]?.headings ?? []));
  }
  return claims;
}
function fromItem(context, item) {
  const last = item.lines[item.lines.length - 1];
  if (!last || item.children.length === 0) return [];
  const plainLast = item.plain.trimEnd().split("\n").pop() ?? "";
  const stated2 = /:[\s*_]*$/.test(plainLast) ? leadInCount(last.text, context.tokens(last)) : null;
  if (stated2) return stated2.count.written > 0 ? compareWithItems(context, last, stated2, item.childLists[0] ?? [], "sub-items", item.headings) : [];
  const head2 = item.lines[0];
  const count2 = leadingCount(head2.text, context.tokens(head2));
  if (!count2 || count2.bound || count2.written === 0) return [];
  const nouns2 = countedWords(head2.text, count2, 2);
  if (nouns2.length === 0) return [];
  const children = item.children.map((c) => c.lines[0]).filter((l) => l !== void 0);
  if (children.some((c) => leadingCount(c.text, context.tokens(c)))) return [];
  if (!children.every((c) => mentionsAny(c.text, nouns2))) return [];
  return [countClaim(head2, { count: count2, nouns: nouns2, label: head2.text, of: null, status: false }, item.children.length, "sub-items", children[0])];
}
function ownCount(context, unit, nouns2) {
  const tokens = context.tokens(unit);
  const leading = leadingCount(unit.text, tokens);
  if (leading && (nouns2.length === 0 || mentionsAny(unit.text.slice(leading.end, leading.end + 40), nouns2))) return leading;
  const head2 = unit.text.split(/:\s| [-\u2013\u2014] /)[0];
  const label = parenthesisedCount(head2, tokens);
  if (label && !label.of && (nouns2.length === 0 || label.nouns.length === 0 || label.nouns.some((n) => nouns2.includes(n)))) return label.count;
  return null;
}
function listedInParentheses(items) {
  const lists = items.map((i) => /\(([^()]*)\)\s*$/.exec(i.plain.trim())?.[1]);
  if (lists.some((list2) => list2 === void 0) || !lists.some((list2) => list2?.includes(","))) return void 0;
  return lists.reduce((sum, list2) => sum + list2.split(",").length, 0);
}
function maySeveral(item) {
  const name = item.plain.split(/ [-\u2013\u2014] |:\s/)[0];
  if (/\(\s*\+/.test(item.plain) || /\s[+&]\s/.test(name) || /\*|\{[^{}]*,/.test(name)) return true;
  if (/\(\s*(?:[x\u00D7]\s*[2-9]|[2-9]\s*[x\u00D7]|\d+\s+(?:instances|copies|replicas))\s*\)/i.test(item.plain)) return true;
  return namesSeveral((item.lines[0]?.text ?? "").replace(/\([^()]*\)/g, ""));
}
function namesSeveral(words3) {
  if (new RegExp("\\p{L}{2}\\/\\p{L}{2}", "u").test(words3) || /\b(?:all|both|various|several|multiple)\b/i.test(words3)) return true;
  const head2 = words3.split(/[.;!?](?:\s|$)|\s[-\u2013\u2014]\s|:\s/)[0];
  const pieces = head2.split(/,|\band\b/).map((p) => p.trim().split(/\s+/).filter((w) => w !== ""));
  return pieces.length >= 2 && pieces.every((p) => p.length <= 4);
}
function readItems(context, all2, stated2, selection) {
  let items = [...all2];
  let extra = 0;
  const last = items[items.length - 1];
  const more = last && MORE.exec(last.plain);
  if (more) {
    extra = Number(more[1]);
    if (!new RegExp("\\p{L}", "u").test(last.plain.slice(0, more.index).replace(/\b(?:and|plus)\b/gi, ""))) items = items.slice(0, -1);
  } else if (items.some((i) => ELLIPSIS.test(i.plain.trim()))) return null;
  if (items.some((i) => FIELD_ITEM.test(i.plain))) return null;
  if (items.length > 0 && items.every((i) => INSTRUCTION.test(i.plain)) && !stated2.nouns.some((n) => STEP_NOUN.test(n))) return null;
  if (items.length >= 2 && items.every((i) => RECORD_FIELD.test(i.plain))) return null;
  const things = items.filter((i) => !NOTE_ITEM.test(i.plain) && !(NOTE_MARK.test(i.plain) && i.lead === "text"));
  if (things.length === 0) return null;
  const leads = /* @__PURE__ */ new Map();
  for (const i of things) leads.set(i.lead, (leads.get(i.lead) ?? 0) + 1);
  const lead = [...leads].find(([kind, n]) => kind !== "text" && n >= 2 && n * 2 > things.length && n < things.length);
  const openingWithNames = lead ? lead[1] + extra : void 0;
  const heads = things.map((i) => i.lines[0]);
  const figures = heads.filter((h) => h && /^[^:]{2,50}:\s*\S/.test(h.text) && context.tokens(h).quantities.length > 0);
  if (figures.length * 2 >= things.length && !stated2.nouns.some((n) => FIGURE_NOUN.test(n))) return null;
  const counts = heads.map((h) => h ? ownCount(context, h, stated2.nouns) : null);
  const parts2 = counts.every((c) => c !== null && !c.bound) ? counts.map((c, i) => ({ quantity: c, place: placeOf(heads[i], c) })) : null;
  const weighted = counts.reduce((sum, c) => sum + (c ? c.written : 1), 0) + extra;
  const reading = { n: things.length + extra, weighted, first: heads.find((h) => h !== void 0), parts: parts2, named: openingWithNames, listed: listedInParentheses(things) };
  const opening = heads.map((h) => h ? leadingCount(h.text, context.tokens(h)) : null);
  if (weighted !== stated2.count.written && opening.every((c) => c !== null) && opening.reduce((sum, c) => sum + c.written, 0) + extra === stated2.count.written) reading.weighted = stated2.count.written;
  const naming = stated2.nouns.length > 0 ? things.filter((i) => mentionsAny(i.plain, stated2.nouns)).length : 0;
  if (naming >= 2 && naming * 2 >= things.length && naming < things.length && reading.named === void 0) {
    reading.named = naming;
    reading.grouped = `only ${naming} of the items name ${stated2.nouns[stated2.nouns.length - 1]}s`;
  }
  if (counts.some((c) => c?.bound)) reading.grouped = "an item stands for several";
  else if (!reading.grouped && things.length + extra < stated2.count.written) {
    if (things.some(maySeveral)) reading.grouped = "an item may stand for several";
    else if (selection) reading.grouped = "the section shows a selection";
    else if (stated2.nouns.some((n) => GROUPED_NOUN.test(n))) reading.grouped = `the items may be groups of ${stated2.nouns[stated2.nouns.length - 1]}s`;
  }
  const lastNumber = writtenNumber(context, items[items.length - 1]);
  if (!reading.grouped && lastNumber === stated2.count.written && things.length + extra !== lastNumber) reading.grouped = `the items are numbered up to ${lastNumber}`;
  for (const [marked, which] of [[OPTIONAL_ITEM, "the optional items"], [EARLIER_ITEM, "the items carried over from earlier"]]) {
    const left = things.filter((i) => marked.test(i.plain)).length;
    if (!reading.grouped && left > 0 && things.length + extra - left === stated2.count.written) reading.grouped = `the count may leave out ${which}`;
  }
  return reading;
}
function writtenNumber(context, item) {
  const first = item?.lines[0];
  if (!first || item?.number === null) return null;
  const { source } = context.doc;
  const at2 = first.sourceSpan(0, 1).start;
  const marker = /^[ \t>]*(\d{1,4})[.)][ \t]/.exec(source.slice(source.lastIndexOf("\n", at2 - 1) + 1, at2));
  return marker ? Number(marker[1]) : null;
}
function countsAProperty(stated2, items) {
  if (!stated2.named || stated2.count.written * 2 > items.length) return false;
  const labelNoun = stated2.label.trim().split(/\s+/).pop() ?? "";
  if (!new RegExp("^\\p{L}{3,}$", "u").test(labelNoun)) return false;
  const things = [singular(labelNoun.toLowerCase())];
  return !items.some((i) => mentionsAny(i.plain, stated2.nouns)) && items.some((i) => mentionsAny(i.plain, things));
}
function compareWithItems(context, unit, stated2, items, what, above) {
  const reading = readItems(context, items, stated2, above.some((h) => SELECTION_HEADING.test(h.unit.text)));
  if (!reading || countsAProperty(stated2, items)) return [];
  const count2 = stated2.count.written;
  if (reading.n === count2 || reading.weighted === count2 || reading.named === count2) return [countClaim(unit, stated2, count2, what, reading.first)];
  if (reading.listed === count2 && !reading.grouped) reading.grouped = "the count may be of what the items list in parentheses";
  if (reading.parts && reading.parts.length >= 2) {
    return [sumClaim(unit, stated2, reading.parts, "breakdown below")];
  }
  if (stated2.of && !stated2.status) return [];
  if (reading.n === 1 && count2 >= 3) return [];
  const claim3 = countClaim(unit, stated2, reading.weighted !== reading.n ? reading.weighted : reading.n, what, reading.first);
  if (reading.grouped && !claim3.doubt) claim3.doubt = reading.grouped;
  return [claim3];
}
function namesAfterColon(context, unit, plain) {
  const colon = /:\s+(?=\S)/.exec(unit.text);
  if (!colon) return null;
  const stated2 = parenthesisedCount(unit.text.slice(0, colon.index), context.tokens(unit));
  if (!stated2 || stated2.count.written === 0 || stated2.of && stated2.of.written !== stated2.count.written) return null;
  const plainColon = /\)[\s*_]*:\s+(?=\S)/.exec(plain);
  let rest = plainColon ? plain.slice(plainColon.index + plainColon[0].length) : unit.text.slice(colon.index + colon[0].length);
  const more = MORE.exec(rest);
  if (more) rest = rest.slice(0, more.index);
  const names2 = rest.split(",").map((n) => n.trim());
  if (names2.length < 3 || names2.some((n) => n === "" || n.split(/\s+/).length > 4 || /\d|[.!?\u2026]$/.test(n) || ELLIPSIS.test(n))) return null;
  if (names2.some((n) => /[*?]/.test(n))) return null;
  return { unit, stated: stated2, names: names2.length + (more ? Number(more[1]) : 0), phrases: names2.filter((n) => /\s/.test(n)).length * 2 > names2.length };
}
function fromNamesAfterColon(context, lines) {
  const named = lines.map(({ unit, plain }) => namesAfterColon(context, unit, plain)).filter((n) => n !== null);
  const abridged = lines.some(({ plain }) => /:\s*(?:including\b|such as\b|e\.g\.)|\betc\.?\s*$/i.test(plain.trim()));
  const examples = named.some((n) => n.names < n.stated.count.written) && (abridged || !named.some((n) => n.names === n.stated.count.written));
  return named.map((n) => {
    const claim3 = countClaim(n.unit, n.stated, n.names, "names");
    if (examples && !claim3.doubt) claim3.doubt = "the names may be examples, not all of them";
    const covered = n.stated.nouns.some((noun) => CHECK_NOUN.test(noun)) && n.stated.count.written - n.names >= 2 || n.stated.of !== null && n.phrases;
    if (n.names < n.stated.count.written && covered && !claim3.doubt) claim3.doubt = "the names may be what the tests cover, not one for each";
    return claim3;
  });
}
var CHECK_NOUN = /^(?:tests?|checks?|cases?|assertions?|scenarios?|specs?)$/i;
function placeOf(unit, q) {
  return { unit, start: q.start, end: q.end };
}
function countClaim(unit, stated2, items, what, first) {
  const count2 = stated2.count;
  return {
    kind: "count-items",
    at: placeOf(unit, count2),
    binding: what === "names" ? "tight" : "structural",
    count: count2,
    items,
    what,
    first: first ? { unit: first, start: 0, end: 1 } : void 0,
    about: stated2.label || unit.text.trim(),
    reading: `${count2.written} counted, ${items} ${what} follow`,
    doubt: farApart(count2.written, items) ? `the ${what} may be a sample or groups, not one for each` : void 0
  };
}
function sumClaim(unit, stated2, parts2, where) {
  const total = stated2.count;
  return {
    kind: "total-parts",
    at: placeOf(unit, total),
    binding: "structural",
    total,
    parts: parts2,
    where,
    complete: true,
    phrase: unit.text.trim().length > 60 ? `${unit.text.trim().slice(0, 57)}\u2026` : unit.text.trim(),
    about: stated2.label || unit.text.trim(),
    reading: `${total.written} = ${parts2.map((part) => part.quantity.raw).join(" + ")}`
  };
}

// src/claims/metric-values.ts
init_units();

// src/claims/scope.ts
var SUMMARY_HEADING = /\b(?:summary|tl;?\s?dr|at a glance|overview|key (?:numbers|metrics|results|figures|findings|stats|statistics)|highlights|dashboard|scorecard|bottom line|in short|executive)\b/i;
var NOT_NOW_SCOPE = /\b(?:target|targets|goal|goals|baseline|before|previous|prior|old|expected|estimate|estimated|projected|planned|plan|budget|threshold|objective|objectives|requirement|requirements|required|forecast|roadmap|next|future|proposed|example|template|sample)\b/i;
function isSummaryHeading(heading) {
  return SUMMARY_HEADING.test(heading.unit.text);
}
function inSummary(headings) {
  return headings.some(isSummaryHeading);
}
var ENTRY_AT_END = new RegExp("(?:^|\\s)(?:\\p{Lu}|\\d+):?$", "u");
function namesASubject(parent) {
  const text3 = parent.trim();
  return IDENTITY_FIELD.test(text3) || /:\s*\S/.test(text3) || text3.includes("(") || ENTRY_AT_END.test(text3);
}
function listParents(line) {
  const parents = [...line.outline ?? []];
  const items = [];
  let top = line.listItem ?? null;
  for (let item = line.listItem?.parent ?? null; item; item = item.parent) {
    items.unshift(item.lines[0]?.text ?? "");
    top = item;
  }
  const above = top?.leadIn ?? top?.titledBy;
  if (above) parents.push(above.text);
  parents.push(...items);
  const record2 = line.listItem ? recordItemsOf(line.listItem.siblings).find((item) => item !== line.listItem) : void 0;
  if (record2) parents.push(record2.plain);
  if (line.head && (line.listItem || IDENTITY_FIELD.test(line.head.text))) parents.push(line.head.text);
  return parents;
}
var recordItems = /* @__PURE__ */ new WeakMap();
function recordItemsOf(items) {
  let found = recordItems.get(items);
  if (found === void 0) {
    found = items.filter((s) => IDENTITY_FIELD.test(s.plain) && !/^[^:]*:[\s*_]*\d/.test(s.plain));
    recordItems.set(items, found);
  }
  return found;
}
function scopedAway(line) {
  const nearest2 = line.headings[line.headings.length - 1];
  return line.headings.some((h) => NOT_NOW_SCOPE.test(h.unit.text)) || nearest2 !== void 0 && START_SCOPE.test(nearest2.unit.text) || listParents(line).some((p) => NOT_CURRENT.test(p) || NOT_NOW_SCOPE.test(p) || START_SCOPE.test(p));
}
var START_SCOPE = /\b(?:starting (?:point|state|position|status|baseline)|initial (?:state|status|position|baseline)|at the (?:start|beginning|outset))\b/i;
var SERIES_ENTRY = new RegExp("^[^\\p{L}\\p{N}]*(?:(\\p{L}[\\p{L}-]*)\\s+)?(?:#?\\d+(?:\\.\\d+)*|[A-Z](?:\\.\\d+)*|[IVX]+|\\d{4}-\\d{2}-\\d{2})(?=[\\s.:)\\-\u2013\u2014]|$)", "u");
function seriesWord(heading) {
  const match = SERIES_ENTRY.exec(heading.unit.text);
  return match ? (match[1] ?? "").toLowerCase() : null;
}
function seriesMember(section, headings) {
  if (!section) return null;
  const word = seriesWord(section);
  if (word === null) return null;
  const siblings = (section.parent ? section.parent.subheadings : headings.filter((h) => h.parent === null)).filter((h) => h.depth === section.depth && seriesWord(h) === word);
  if (siblings.length < 2) return null;
  return { last: siblings[siblings.length - 1] === section };
}
function sectionPath(doc, offset) {
  const stack = [];
  for (const heading of doc.headings) {
    const at2 = heading.unit.sourceSpan(0, Math.max(1, heading.unit.text.length)).start;
    if (at2 > offset) break;
    while (stack.length > 0 && stack[stack.length - 1].depth >= heading.depth) stack.pop();
    stack.push(heading);
  }
  return stack.map((h) => cleanLabel(h.unit.text));
}

// src/claims/metric-values.ts
var FAILURE_NOUN = /^\s+(errors?|failures?|incidents?|outages?|crashes|crash|bugs?|defects?|exceptions?|vulnerabilities|vulnerability|regressions?)\b/i;
var NAMED_COUNT = new RegExp("^[^\\p{L}\\p{N}]*(\\p{L}[^():]{1,50}?)\\s*\\(\\s*[\\d,]+\\s+(lines|loc|files|tests|cases|endpoints|functions|classes|components|pages|modules|commits)\\s*\\)\\s*$", "iu");
var TOWARD_BEFORE = /\b(?:to|toward|towards|of|from|under|below|than|reach|reaching|target|goal|aim|until|down to)\s+$/i;
var STATE_AFTER2 = /^\s+(fixed|resolved|closed|remaining|left|found|introduced|removed|addressed|eliminated|detected|caught|prevented|suppressed|reported|open|new|known)\b/i;
var SCOPE_WORDS = /\b(?:first|last|during|per|each|daily|hourly|weekly|today|yesterday|since|until|before|after|peak|average|avg|mean|median|max|min|worst|best|initially|originally)\b/i;
var STATISTIC = /\b(?:average|avg|mean|median|max|maximum|min|minimum)\b/i;
var STATISTICS = new RegExp(STATISTIC.source, "gi");
var CHANGE_AFTER = /^\s*(?:reduction|improvement|increase|decrease|faster|slower|fewer|less|more|growth|gain|drop|savings?|better|worse|higher|lower|change|saved|added|removed|fixed|resolved)\b/i;
var TOTAL_WORD = /\b(?:total|overall|combined|grand|cumulative|all)\b/i;
var MEASURE_COLUMN = /^(?:[\p{L}]+\s)?(?:lines|loc|files|tests|cases|endpoints|functions|classes|components|pages|modules|commits|issues|bugs|errors|warnings|users|requests|size|time|duration)$/iu;
var VALUE_COLUMN = /\b(?:actual|current|after|achieved|value|result|measured|now|today|observed)\b/i;
var NOT_VALUE_COLUMN = /\b(?:target|goal|before|baseline|change|improvement|delta|status|threshold|expected|limit|previous|notes?)\b/i;
var SPECIFIC_SINGLE = /* @__PURE__ */ new Set(["uptime", "availability", "error", "failure", "incident", "outage", "crash", "bug", "defect", "vulnerability", "mttr", "mttd", "mtbf", "rto", "rpo", "apdex", "nps", "throughput"]);
function isSpecific(base) {
  const words3 = base.split(" ").filter((w) => w.length > 0);
  return words3.length >= 2 ? words3.length <= 5 : SPECIFIC_SINGLE.has(words3[0] ?? "");
}
function usable(q) {
  return !q.sign && !q.bound && q.rangeHigh === null && !q.approx && (q.dimension !== "count" || q.factor >= 1) && q.dimension !== "multiplier" && q.dimension !== "points";
}
function qualifiers(label) {
  const found = [];
  for (const match of label.matchAll(/\(([^()]*)\)/g)) {
    const inside2 = match[1].trim();
    if (!/[\p{L}\p{N}]/u.test(inside2) || unitInfo(inside2) || /^(?:%|#|n|no\.?)$/i.test(inside2)) continue;
    found.push(inside2.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim());
  }
  return found;
}
var QUALIFIER_AFTER = /^\s*\(\s*([\p{L}][\p{L}\s-]{0,30}?(?:\s+#?\d+)?)\s*\)/u;
var PHRASE_AFTER = /^\s+(in|on|at|for|during|since|by|over|across|under|with|without|as of|after|before)\s+([\p{L}\p{N}][\p{L}\p{N}.-]*)/iu;
var NOT_A_QUALIFIER = /\b(?:target|goal|threshold|limit|baseline|before|after|rate|vs|versus|from|of|max|min|avg|average|mean|median|est|estimated|approx|approximately|total|up|down|excellent|good|great|ok|poor|pass|passed|fail|failed|stable|improved|expected)\b/i;
var IDENTIFIER_LABEL = /\b(?:id|ids|identifier|uuid|guid|pid|port|ref)[\s:*_]*$|#[\s:*_]*$|\bno\.[\s:*_]*$/i;
var PRODUCT_AFTER = /^\s?[\u00D7xX*]\s?\d/;
var PRODUCT_BEFORE = /\d\s?[\u00D7xX*]\s?$/;
function make(context, label, unit, value2, where, local = "", heading = false) {
  const base = canonicalLabel(normalizeLabel(label), context.policy);
  const statistic = STATISTIC.test(label);
  if (base === "" || IDENTIFIER_LABEL.test(cleanLabel(label)) || NOT_CURRENT.test(label) || SCOPE_WORDS.test(statistic ? label.replace(STATISTICS, " ") : label) || !usable(value2)) return null;
  if (PRODUCT_AFTER.test(unit.text.slice(value2.end, value2.end + 8)) || PRODUCT_BEFORE.test(unit.text.slice(Math.max(0, value2.start - 8), value2.start))) return null;
  if (CHANGE_AFTER.test(unit.text.slice(value2.end, value2.end + 16))) return null;
  const extra = qualifiers(label);
  const after = QUALIFIER_AFTER.exec(unit.text.slice(value2.end));
  if (after && !NOT_A_QUALIFIER.test(after[1]) && !unitInfo(after[1].trim())) extra.push(after[1].toLowerCase().trim());
  const phrase = PHRASE_AFTER.exec(unit.text.slice(value2.end));
  if (phrase) extra.push(`${phrase[1].toLowerCase()} ${phrase[2].toLowerCase()}`);
  const clean2 = cleanLabel(label);
  const shown = clean2.charAt(0).toUpperCase() + clean2.slice(1);
  const headings = where.line?.headings ?? where.table?.headings ?? [];
  return {
    kind: "metric-value",
    at: { unit, start: value2.start, end: value2.end },
    binding: "tight",
    label: shown,
    key: `${base}${extra.length > 0 ? ` (${extra.join(", ")})` : ""}|${value2.dimension}`,
    specific: isSpecific(base) && !statistic && !heading,
    total: TOTAL_WORD.test(label),
    local,
    value: value2,
    section: headings[headings.length - 1] ?? null,
    parents: where.line ? listParents(where.line) : [],
    summary: inSummary(headings),
    table: where.table,
    fence: where.line?.fence ?? null,
    about: shown,
    reading: `${shown} = ${value2.raw}`
  };
}
function readMetricValues(context) {
  const claims = [];
  for (const line of context.doc.lines) {
    if (line.kind === "cell" || context.tokens(line.unit).quantities.length === 0 || scopedAway(line)) continue;
    claims.push(...fromLine(context, line));
  }
  for (const table of context.doc.tables) claims.push(...fromTable(context, table));
  return claims;
}
function fromLine(context, line) {
  const unit = line.unit;
  const text3 = unit.text;
  const { quantities, arrows } = context.tokens(unit);
  const result = [];
  const where = { line, table: null };
  const colon = /^([^:]{2,60}?):\s*/.exec(text3);
  if (colon && new RegExp("\\p{L}", "u").test(colon[1])) {
    let value2 = quantities.find((q) => q.start <= colon[0].length + 1 && q.start >= colon[0].length - 1);
    if (value2 && /\d$/.test(colon[1]) && value2.start === colon[1].length + 1) value2 = void 0;
    if (value2 && namedInCodeBetween(context, unit, colon[1].length, value2.start)) value2 = void 0;
    if (value2) {
      const arrow = arrows.find((a) => a.start >= value2.end && a.start - value2.end < 4);
      if (arrow) value2 = quantities.find((q) => q.start >= arrow.end && q.start - arrow.end < 4);
      const fused = value2 && /^\s*\/\s*\d/.test(text3.slice(value2.end));
      if (value2 && !fused && !SCOPE_WORDS.test(text3.slice(value2.end, value2.end + 30).split(/[(,;]/)[0] ?? "")) {
        const named2 = (sourceBefore(context, unit, colon[1].length).match(/`[^`]+`/g) ?? []).map(words).join(" ");
        const statement = make(context, colon[1], unit, value2, where, named2, line.kind === "heading");
        if (statement) result.push(statement);
        const rate = quantities.find((q) => q.start > value2.end && q.dimension === "percent");
        if (rate && /^\s*rate\s*\)/.test(text3.slice(rate.end)) && /^\s*\(\s*$/.test(text3.slice(value2.end, rate.start))) {
          const words3 = normalizeLabel(colon[1]).split(" ");
          const rateStatement = make(context, `${singular(words3[words3.length - 1] ?? "")} rate`, unit, rate, where, "", line.kind === "heading");
          if (rateStatement) result.push(rateStatement);
        }
      }
    }
  }
  if (line.kind === "heading") return result;
  const named = NAMED_COUNT.exec(text3);
  if (named && quantities.length === 1) {
    const q = quantities[0];
    if (q.dimension === "count" && q.start === named.index + (named[0].indexOf("(") + 1)) {
      const local = (line.listItem?.plain ?? text3).replace(/\([^()]*\)\s*$/, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim().toLowerCase();
      const statement = make(context, `${named[1]} ${named[2]}`, unit, q, where, local);
      if (statement) result.push(statement);
    }
  }
  const inFraction = new Set(context.tokens(unit).fractions.flatMap((f) => [f.numerator, f.denominator]));
  for (const q of quantities) {
    if (q.dimension !== "count" || q.decimals > 0 || q.bound || q.approx || q.rangeHigh !== null || inFraction.has(q)) continue;
    const outcome = testOutcome(text3, q);
    if (outcome) {
      const statement2 = make(context, outcome, unit, q, where);
      if (statement2) result.push({ ...statement2, specific: false });
      continue;
    }
    const noun = FAILURE_NOUN.exec(text3.slice(q.end));
    if (!noun || SCOPE_WORDS.test(text3) || result.some((s) => s.value === q)) continue;
    if (TOWARD_BEFORE.test(text3.slice(Math.max(0, q.start - 24), q.start))) continue;
    const state = STATE_AFTER2.exec(text3.slice(q.end + noun[0].length))?.[1] ?? "";
    const local = words(q.start > 0 ? sourceBefore(context, unit, q.start) : "");
    const statement = make(context, `${noun[1]}${state ? ` ${state}` : ""}`, unit, q, where, local);
    if (statement) result.push(statement);
  }
  return result;
}
var TESTS_THEN_OUTCOME = /^\s+tests?\s+(passed|passing|failed|failing|skipped)\b/i;
var OUTCOME_THEN_TESTS = /^\s+(passed|passing|failed|failing|skipped)\s+tests?\b/i;
var PLAIN_BEFORE = /^[\s*_]*(?:(?:test\s+)?(?:results?|summary|status|run|tests?)\s*:[\s*_]*)?(?:(?:all|the|in total)\s+)?$/i;
var PLAIN_AFTER = /^[\s*_]*(?:[.,;:!()\u2014\u2013]|-\s|$)/;
function testOutcome(text3, q) {
  const after = text3.slice(q.end);
  const match = TESTS_THEN_OUTCOME.exec(after) ?? OUTCOME_THEN_TESTS.exec(after);
  if (!match || !PLAIN_BEFORE.test(text3.slice(0, q.start)) || !PLAIN_AFTER.test(after.slice(match[0].length))) return null;
  const word = match[1].toLowerCase();
  return word.startsWith("pass") ? "tests passed" : word.startsWith("fail") ? "tests failed" : "tests skipped";
}
function fromTable(context, table) {
  if (table.headings.some((h) => NOT_CURRENT.test(h.unit.text))) return [];
  const columns = table.header.map((cell, i) => ({ i, text: cell.text })).filter(({ i, text: text3 }) => i > 0 && !NOT_VALUE_COLUMN.test(text3) && (VALUE_COLUMN.test(text3) || table.header.length === 2));
  if (columns.length === 1) return cells(context, table, columns[0].i, false);
  return table.header.flatMap((cell, i) => i > 0 && MEASURE_COLUMN.test(cleanLabel(cell.text)) && !NOT_VALUE_COLUMN.test(cell.text) ? cells(context, table, i, true) : []);
}
function cells(context, table, column, named) {
  const result = [];
  const header = cleanLabel(table.header[column]?.text ?? "");
  for (const row of table.rows) {
    const label = row[0];
    const cell = row[column];
    if (!label || !cell) continue;
    const operand = cellOperand(cell.text, context.tokens(cell));
    if (!operand || operand.denominator !== null) continue;
    const statement = make(context, named ? `${cleanLabel(label.text)} ${header}` : label.text, cell, operand.quantity, { line: null, table });
    if (statement) result.push(statement);
  }
  return result;
}
function sourceBefore(context, unit, end) {
  const { source } = context.doc;
  const span = unit.sourceSpan(0, end);
  const lineStart = source.lastIndexOf("\n", span.start - 1) + 1;
  return source.slice(lineStart, span.end).replace(/^[\s>#]*(?:(?:[-*+]|\d+[.)])\s+)?/, "");
}
var words = (text3) => text3.replace(/[^\p{L}\p{N}]+/gu, " ").trim().toLowerCase();
function namedInCodeBetween(context, unit, from, to) {
  const span = unit.sourceSpan(from, to);
  return context.doc.source.slice(span.start, span.end).includes("`");
}

// src/claims/same-metric.ts
var GROUPING_WORD = /\b(?:metrics|results|numbers|kpis?|summary|stats|statistics|figures|measurements|highlights|status|details|overview)\b/i;
var isGroupingParent = (text3) => !/:\s*\S/.test(text3) && GROUPING_WORD.test(text3);
function scopingParents(value2) {
  return value2.parents.filter((p) => !isGroupingParent(p)).join("\0");
}
function byGroupingParent(values) {
  const grouping = (v) => v.parents.filter(isGroupingParent).join("\0");
  const groups = /* @__PURE__ */ new Map();
  for (const v of values) groups.set(grouping(v), [...groups.get(grouping(v)) ?? [], v]);
  return [...groups.keys()].filter((g) => g !== "").length >= 2 ? [...groups.values()] : [values];
}
function summaryOf(section) {
  let found = null;
  for (let h = section; h; h = h.parent) {
    const title = h.depth === 1 && h.parent === null;
    if (isSummaryHeading(h) && !title) found = h;
    else if (found && !title) found = null;
  }
  return found;
}
function readSameMetrics(doc, values) {
  const parallel = parallelSections(values);
  const recordOf = recordsInSections(values);
  const tableIds = /* @__PURE__ */ new Map();
  const tableId = (table) => tableIds.get(table) ?? tableIds.set(table, tableIds.size + 1).get(table);
  const groups = /* @__PURE__ */ new Map();
  for (const value2 of values.filter((v) => v.specific)) groups.set(value2.key, [...groups.get(value2.key) ?? [], value2]);
  const claims = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const peers = /* @__PURE__ */ new Map();
    for (const value2 of group) {
      const summary = summaryOf(value2.section);
      const scope = summary && !parallel(value2.section) && !seriesMember(value2.section, doc.headings) ? `summary ${summary.index}${subsectionOf(value2, summary)}${scopingParents(value2)}${value2.fence ?? ""}${value2.total}${value2.local}${recordOf(value2).index}` : `${value2.section?.index ?? -1}${scopingParents(value2)}${value2.table ? tableId(value2.table) : ""}${value2.fence ?? ""}${value2.total}${value2.local}${recordOf(value2).index}${symbolsOf(value2.label)}`;
      peers.set(scope, [...peers.get(scope) ?? [], value2]);
    }
    for (const together of [...peers.values()].flatMap(byGroupingParent)) {
      const tables = together.filter((v) => v.table).map((v) => v.table);
      if (together.length >= 2 && new Set(tables).size === tables.length) claims.push(claimOf2(together, null, together[0]?.summary ? "one summary states it twice" : "one section states it twice"));
    }
    const chains = /* @__PURE__ */ new Map();
    for (const v of group) chains.set(v.section?.index ?? -1, (chains.get(v.section?.index ?? -1) ?? /* @__PURE__ */ new Set()).add(scopingParents(v)));
    for (const stated2 of group) {
      const summary = summaryOf(stated2.section);
      if (!summary || seriesMember(stated2.section, doc.headings) || aboutAFile(stated2.section, summary)) continue;
      const body = group.filter((v) => {
        if (summaryOf(v.section) || parallel(v.section) || (chains.get(v.section?.index ?? -1)?.size ?? 0) > 1 || recordOf(v).of > 1 || stated2.total && !v.total) return false;
        if (v.parents.some(namesASubject)) return false;
        if (v.local && v.local !== stated2.local) return false;
        const series = seriesMember(v.section, doc.headings);
        return !series || series.last;
      });
      if (new Set(body.map((v) => v.section?.index ?? -1)).size > 1 && new Set(body.map((v) => v.value.value)).size > 1) continue;
      if (body.length > 0) claims.push(claimOf2([stated2, ...body], 0, "the summary restates the body"));
    }
  }
  return claims;
}
function subsectionOf(value2, summary) {
  const section = value2.section;
  if (!section || section === summary) return "";
  let child = section;
  while (child.parent && child.parent !== summary) child = child.parent;
  if (isSummaryHeading(child)) return "";
  const counted = new Set(wordsOf(value2.label));
  const last = (child.unit.text.replace(/\([^()]*\)/g, "").toLowerCase().match(new RegExp("\\p{L}{3,}", "gu")) ?? []).pop();
  const head2 = last === void 0 ? void 0 : wordsOf(last)[0];
  const own6 = head2 !== void 0 && counted.has(head2) || FILE_NAME.test(child.unit.text) || namesARelease(child.unit.text) || namedLikeSiblings(child, summary);
  return own6 ? String(child.index) : "";
}
function aboutAFile(section, summary) {
  for (let h = section; h && h !== summary; h = h.parent) if (FILE_NAME.test(h.unit.text)) return true;
  return false;
}
var RELEASE = /^v?\d+\.\d+\.\d+$|^v\d+(?:\.\d+)*$/;
function namesARelease(heading) {
  const words3 = heading.split(/\s+/);
  return words3.some((word, i) => i > 0 && RELEASE.test(word) && new RegExp("^\\p{L}", "u").test(words3[i - 1]));
}
var FILE_NAME = /\w\.(?:tsx?|jsx?|mjs|py|go|rs|java|kt|rb|php|cs|cpp|cc|c|h|swift|sh|sql|md|json|ya?ml|toml|css|html|vue)\b|\w\/[\w.-]+\//;
function namedLikeSiblings(child, summary) {
  const last = (h) => cleanLabel(h.unit.text).replace(/\([^()]*\)/g, "").trim().split(/\s+/).pop()?.toLowerCase() ?? "";
  const noun = last(child);
  if (!new RegExp("^\\p{L}{3,}$", "u").test(noun) || GROUPING_WORD.test(noun)) return false;
  return summary.subheadings.filter((h) => h !== child && h.depth === child.depth && last(h) === noun).length >= 1;
}
var NOT_A_KIND = /* @__PURE__ */ new Set(["total", "number", "count", "overall", "all", "the", "of", "and", "for", "in", "per", "metric", "result", "summary", "statistic", "stat"]);
function wordsOf(text3) {
  return (text3.toLowerCase().match(new RegExp("\\p{L}{3,}", "gu")) ?? []).map(singular).filter((w) => !NOT_A_KIND.has(w));
}
function claimOf2(values, restatement, why) {
  const first = values[restatement ?? 0];
  return {
    kind: "same-metric",
    at: first.at,
    binding: "inferred",
    label: first.label,
    restatement,
    why,
    values: values.map((v) => ({ place: v.at, value: v.value })),
    about: first.label,
    reading: `${first.label}: ${values.map((v) => v.value.raw).join(", ")} (${why})`
  };
}
function symbolsOf(label) {
  return label.replace(/\([^()]*\)/g, "").replace(/[\p{L}\p{N}\s*_:'\u2019-]/gu, "");
}
var fieldOf = (value2) => value2.key.replace(new RegExp("\\d+(?:[.,]\\d+)*|(?<![\\p{L}\\p{N}])\\p{L}(?![\\p{L}\\p{N}])", "gu"), "#");
function recordsInSections(values) {
  const sections = /* @__PURE__ */ new Map();
  for (const v of values) {
    if (v.table) continue;
    const at2 = `${v.section?.index ?? -1}${v.fence ?? ""}`;
    const inSection = sections.get(at2);
    if (inSection) inSection.push(v);
    else sections.set(at2, [v]);
  }
  const found = /* @__PURE__ */ new Map();
  for (const inSection of sections.values()) {
    const runs = [];
    for (const v of inSection) {
      const field = fieldOf(v);
      const last = runs[runs.length - 1];
      if (last && !last.fields.has(field)) {
        last.fields.add(field);
        last.values.push(v);
      } else runs.push({ fields: /* @__PURE__ */ new Set([field]), values: [v] });
    }
    const records = [];
    let recordFields = /* @__PURE__ */ new Set();
    for (const run of runs) {
      if (records.length === 0 || [...run.fields].filter((f) => recordFields.has(f)).length >= 2) {
        records.push([...run.values]);
        recordFields = new Set(run.fields);
      } else {
        records[records.length - 1]?.push(...run.values);
        for (const f of run.fields) recordFields.add(f);
      }
    }
    records.forEach((record2, index2) => {
      for (const v of record2) found.set(v, { index: index2, of: records.length });
    });
  }
  return (value2) => found.get(value2) ?? { index: 0, of: 1 };
}
function parallelSections(values) {
  const keys = /* @__PURE__ */ new Map();
  for (const v of values) {
    for (let h = v.section; h; h = h.parent) keys.set(h, (keys.get(h) ?? /* @__PURE__ */ new Set()).add(v.key));
  }
  const siblings = /* @__PURE__ */ new Map();
  for (const h of keys.keys()) {
    const beside = siblings.get(h.parent);
    if (beside) beside.push(h);
    else siblings.set(h.parent, [h]);
  }
  const cache = /* @__PURE__ */ new Map();
  const oneOfSeveral = (section) => {
    let answer = cache.get(section);
    if (answer === void 0) {
      const mine = keys.get(section) ?? /* @__PURE__ */ new Set();
      answer = (siblings.get(section.parent) ?? []).some((other) => {
        if (other === section || other.parent !== section.parent || other.depth !== section.depth || summaryOf(other) !== summaryOf(section)) return false;
        let shared = 0;
        for (const key of keys.get(other)) if (mine.has(key)) shared++;
        return shared >= 2;
      });
      cache.set(section, answer);
    }
    return answer;
  };
  return (section) => {
    for (let h = section; h; h = h.parent) if (oneOfSeveral(h)) return true;
    return false;
  };
}

// src/extract/status-marks.ts
var NEGATIVE = /\u274C|\u2717|\u2718|\uD83D\uDD34|\u26D4|\b(?:fail|failed|failing|missed|not met|breach|breached|below target|over budget)\b/i;
var POSITIVE = /\u2705|\u2714|\u2611|\uD83D\uDFE2|\b(?:pass|passed|passing|met|exceeded|achieved|ok|on target|within target)\b/i;
var HEDGED = /\b(?:close|closely|almost|nearly|partial|partially|mostly|approaching|borderline|marginal|on track|in progress|progressing|ongoing|trending|pending|tbd)\b/i;
function statusOf(text3) {
  if (HEDGED.test(text3)) return null;
  const negative = NEGATIVE.test(text3);
  const positive = POSITIVE.test(text3.replace(/\bnot met\b/gi, ""));
  if (negative && !positive) return "fail";
  if (positive && !negative) return "pass";
  return null;
}

// src/claims/target-status.ts
var TARGET_HEADER = /\b(?:target|goal|threshold|slo|sla|objective|budget|limit|expected|required)\b(?![\s*_]*(?:left|remaining|used|spent|consumed|burn(?:ed|t)?|burned)\b)/i;
var EARLIER_HEADER = /\b(?:baseline|before|previous|prev|prior|last|old|original|initial|start|starting)\b/i;
var ACTUAL_HEADER = /\b(?:actual|achieved|result|measured|current|value|observed)\b/i;
var STATUS_HEADER = /\b(?:status|state|verdict|pass|met)\b/i;
function readTargetStatuses(context) {
  const claims = [];
  for (const table of context.doc.tables) claims.push(...fromTable2(context, table));
  for (const line of context.doc.lines) if (line.kind !== "cell") claims.push(...fromLine2(context, line.unit));
  return claims;
}
function cellValue2(context, cell) {
  if (!cell) return null;
  const { quantities, fractions } = context.tokens(cell);
  const quantity = quantities[0];
  const countsAfter = quantity?.dimension === "percent" && quantities.length === 3 && fractions.length === 1 && fractions[0]?.numerator === quantities[1] && /^\s*\(\s*$/.test(cell.text.slice(quantity.end, fractions[0]?.start ?? 0));
  if (!quantity || quantities.length > (fractions.length > 0 ? 2 : 1) && !countsAfter) return null;
  return { quantity, outOf: /^\s*\/\s*(\d+)/.exec(cell.text.slice(quantity.end))?.[1] ?? null };
}
function pairColumns(table, statusColumn) {
  const targets = table.header.map((h, i) => TARGET_HEADER.test(h.text) ? i : -1).filter((i) => i > 0);
  const actuals = table.header.map((h, i) => ACTUAL_HEADER.test(h.text) && !TARGET_HEADER.test(h.text) && i !== statusColumn ? i : -1).filter((i) => i > 0);
  if (targets.length === 1 && actuals.length === 1) return [{ target: targets[0], actual: actuals[0], name: "" }];
  if (targets.length > 1 && actuals.length === 1) {
    const alike = targets.filter((t) => mostlyAlike(table, t, actuals[0]));
    if (alike.length === 1) return [{ target: alike[0], actual: actuals[0], name: "" }];
  }
  if (targets.length === 1 && actuals.length === 0) {
    const others = table.header.map((_, i) => i).filter((i) => i > 0 && i !== targets[0] && i !== statusColumn);
    const valued = others.filter((i) => table.rows.filter((row) => /\d/.test(row[i]?.text ?? "")).length * 2 > table.rows.length);
    const actual = valued[0];
    if (valued.length === 1 && others.length === 1 && !EARLIER_HEADER.test(table.header[actual]?.text ?? "") && mostlyAlike(table, targets[0], actual)) {
      return [{ target: targets[0], actual, name: "" }];
    }
  }
  const stem = (i) => cleanLabel(table.header[i]?.text ?? "").replace(TARGET_HEADER, "").replace(ACTUAL_HEADER, "").trim().toLowerCase();
  const pairs = [];
  for (const t of targets) {
    const candidates = actuals.length > 0 ? actuals : table.header.map((_, i) => i).filter((i) => i > 0 && i !== t && i !== statusColumn && !targets.includes(i));
    const match = candidates.filter((a) => stem(a) === stem(t) && stem(t) !== "");
    if (match.length === 1) pairs.push({ target: t, actual: match[0], name: cleanLabel(table.header[t]?.text ?? "").replace(TARGET_HEADER, "").trim() });
  }
  return pairs;
}
var unitWords = (text3) => text3.replace(/\([^()]*\)/g, "").toLowerCase().replace(/[^\p{L}%]+/gu, " ").replace(/\b(?:at most|at least|max|min|under|over|below|above)\b/g, "").trim();
function mostlyAlike(table, target, actual) {
  const both = table.rows.filter((row) => /\d/.test(row[target]?.text ?? "") && /\d/.test(row[actual]?.text ?? ""));
  const alike = both.filter((row) => unitWords(row[target]?.text ?? "") === unitWords(row[actual]?.text ?? ""));
  return alike.length * 2 > both.length;
}
function statusColumnOf(table) {
  const named = table.header.findIndex((h, i) => i > 0 && STATUS_HEADER.test(h.text) && !TARGET_HEADER.test(h.text) && !OTHER_STATUS.test(cleanLabel(h.text)));
  if (named >= 0 || table.rows.length === 0) return named;
  return table.header.findIndex((h, i) => {
    if (i === 0 || !/^(?:result|results|outcome)$/i.test(cleanLabel(h.text))) return false;
    const cells2 = table.rows.map((row) => row[i]?.text ?? "");
    const statuses = cells2.filter((c) => statusOf(c) !== null).length;
    return cells2.every((c) => !/\d/.test(c) && (statusOf(c) !== null || isOtherVerdict(c))) && statuses * 2 >= cells2.length;
  });
}
var OTHER_VERDICT = /^(?:(?:\u26A0\uFE0F?|\uD83D\uDFE1|\uD83D\uDFE0|\u23F3|\u2796|\u23ED\uFE0F?) ?)?(?:(?:warn|warning|partial|partially met|skipped|skip|n\/a|pending|tbd|at risk|degraded|flaky|info)\b[^|]{0,40})?$/iu;
function isOtherVerdict(cell) {
  return OTHER_VERDICT.test(cell.replace(/[\s*_\u2014\u2013-]+/g, " ").trim());
}
var OTHER_STATUS = new RegExp("^(?!(?:target|goal|slo|sla|kpi|overall|current|final|threshold|gate|test)\\b)\\p{L}+\\s+(?:status|state)$", "iu");
var TRIGGER = /\b(?:triggers?|alarms?|kill switch|circuit breaker|breach(?:es)?|alert (?:thresholds?|conditions?|rules?))\b/i;
function fromTable2(context, table) {
  const statusColumn = statusColumnOf(table);
  if (statusColumn < 0) return [];
  if (TRIGGER.test(table.header.map((h) => h.text).join(" ")) || TRIGGER.test(table.headings.at(-1)?.unit.text ?? "")) return [];
  const pairs = pairColumns(table, statusColumn);
  if (pairs.length === 0) return [];
  const claims = [];
  for (const row of table.rows) {
    const statusCell = row[statusColumn];
    const status = statusCell && statusOf(statusCell.text);
    if (!statusCell || !status) continue;
    const ownValues = context.tokens(statusCell).quantities;
    if (ownValues.some((q) => !q.sign && pairs.some((pair) => {
      const target = cellValue2(context, row[pair.target])?.quantity;
      return target?.dimension === q.dimension && target.value !== q.value;
    }))) continue;
    if (ownValues.some((q) => q.dimension === "percent" && pairs.some((pair) => statesAttainment(context, row, pair, q)))) continue;
    const label = cleanLabel(row[0]?.text ?? "");
    const checks = [];
    let unreadable = false;
    for (const pair of pairs) {
      const target = cellValue2(context, row[pair.target]);
      const actual = cellValue2(context, row[pair.actual]);
      const tolerance = row[pair.target]?.text.includes("\xB1");
      const judged = /\b(?:worse|better)\b/i.test(row[pair.target]?.text ?? "");
      if (!target || !actual || target.outOf !== actual.outOf || tolerance || judged || actual.quantity.bound && !target.quantity.bound) {
        unreadable = true;
        continue;
      }
      const actualCell = row[pair.actual];
      checks.push({ name: pair.name, target: objectiveFloor(table.header[pair.target]?.text ?? "", target.quantity, row[0]?.text ?? ""), actual: actual.quantity, actualPlace: { unit: actualCell, start: actual.quantity.start, end: actual.quantity.end } });
    }
    if (checks.length === 0) continue;
    const statusPlace = { unit: statusCell, start: 0, end: statusCell.text.length };
    claims.push({
      kind: "target-status",
      at: statusPlace,
      binding: "tight",
      label,
      status,
      statusPlace,
      checks,
      unreadable,
      about: label,
      reading: `${checks.map((c) => `${c.name ? `${c.name} ` : ""}${c.actual.raw} against ${c.target.raw}`).join("; ")}: ${statusCell.text}`
    });
  }
  return claims;
}
function objectiveFloor(header, target, label) {
  if (target.bound || target.dimension !== "percent") return target;
  if (LABEL_BOUND.test(label) && target.value <= 100) return { ...target, bound: ">=" };
  if (target.value < 90 || target.value > 100 || !/\b(?:slo|sla)\b/i.test(header)) return target;
  return { ...target, bound: ">=" };
}
var LABEL_BOUND = /(?:[\u2264\u2265<>]|\b(?:within|under)\b)[ \t]*\d/;
function statesAttainment(context, row, pair, percent) {
  const target = cellValue2(context, row[pair.target])?.quantity;
  const actual = cellValue2(context, row[pair.actual])?.quantity;
  if (!target || !actual || target.value === 0 || target.bound === "<" || target.bound === "<=") return false;
  const share = actual.value / target.value * 100;
  return agrees(percent, { low: share, high: share }, false, context.policy);
}
var TARGET_WORD = /^(?:target|goal|threshold|slo|sla|budget|limit|objective)$/i;
var ACTUAL_WORD = /^(?:actual|achieved|measured|observed|result|got)$/i;
var TARGET_WORD_INSIDE = new RegExp(TARGET_WORD.source.slice(1, -1), "i");
var STATUS_FIRST = /^[\s*_]*(?:\u2705|\u274C|\u2714|\u2717|\u2718|\u2611|\uD83D\uDFE2|\uD83D\uDD34|\u26D4|(?:pass|passed|fail|failed|met|missed|not met|ok|exceeded|achieved)\b)/iu;
var MARK_FIRST = /^[\s*_]*(?:\u2705|\u274C|\u2714|\u2717|\u2718|\u2611|\uD83D\uDFE2|\uD83D\uDD34|\u26D4)/u;
var BOUND_WORDS = /\s(?:at most|at least|up to|no more than|no less than|max|maximum|min|minimum|less than|under|below|fewer than|more than|over|above|exceeding)$/i;
function trimEnd2(text3, set) {
  let end = text3.length;
  while (end > 0 && set.test(text3[end - 1])) end--;
  return text3.slice(0, end);
}
var trimComparators = (text3) => trimEnd2(text3, /[\s<>\u2264\u2265=~:]/);
var words2 = (text3) => text3.replace(/[^\p{L}\p{N}.\s]+/gu, " ").trim().split(/\s+/).filter((w) => w.length > 0);
function introducesTarget(between, bounded) {
  const trimmed = trimComparators(bounded ? trimComparators(between).replace(BOUND_WORDS, "") : between);
  const open2 = trimmed.lastIndexOf("(");
  if (open2 >= 0) {
    const inside2 = words2(trimmed.slice(open2 + 1));
    if (inside2.length === 1 && TARGET_WORD.test(inside2[0]) && !trimmed.slice(open2 + 1).includes(")")) return { paren: true, before: trimmed.slice(0, open2) };
    return null;
  }
  const w = words2(trimmed.toLowerCase());
  if (w[w.length - 1] === "of") w.pop();
  const noun = w.pop();
  if (!noun || !TARGET_WORD.test(noun)) return null;
  if (w.length > 0 && /^(?:a|the|its|our)$/.test(w[w.length - 1])) w.pop();
  return w.length === 1 && /^(?:against|vs\.?|versus)$/.test(w[0]) && !/[()]/.test(trimmed) ? { paren: false, before: "" } : null;
}
function statusAt(text3) {
  const segment = text3.split(/[,;]|\s[-\u2013\u2014]\s|\u2014/)[0] ?? "";
  if (!STATUS_FIRST.test(segment)) return null;
  const status = statusOf(segment);
  return status ? { status, offset: segment.search(/[^\s*_]/), said: segment.replace(/[*_]/g, "").trim() } : null;
}
function fromLine2(context, unit) {
  const text3 = unit.text;
  const { quantities, fractions } = context.tokens(unit);
  const inFraction = new Set(fractions.flatMap((f) => [f.numerator, f.denominator]));
  const claims = [];
  const used = /* @__PURE__ */ new Set();
  const add2 = (label, actual, target, status, mark, reading) => {
    used.add(actual).add(target);
    claims.push({
      kind: "target-status",
      at: { unit, start: actual.start, end: actual.end },
      binding: "tight",
      label,
      status,
      statusPlace: { unit, start: mark, end: mark + 1 },
      checks: [{ name: "", target, actual, actualPlace: { unit, start: actual.start, end: actual.end } }],
      unreadable: false,
      about: label || actual.raw,
      reading
    });
  };
  for (let k = 1; k < quantities.length; k++) {
    const first = quantities[k - 1];
    const second = quantities[k];
    if (used.has(first) || inFraction.has(first) || inFraction.has(second)) continue;
    const betweenText = text3.slice(first.end, second.start);
    if (/^\s*[,;]/.test(text3.slice(first.end))) {
      const lead = trimComparators(text3.slice(k > 1 ? quantities[k - 2].end : 0, first.start));
      const leadWords = words2(lead);
      const between = words2(betweenText);
      if (leadWords.length > 0 && TARGET_WORD.test(leadWords[leadWords.length - 1]) && between.length === 1 && ACTUAL_WORD.test(between[0])) {
        const rest = text3.slice(second.end);
        const close2 = /^\s*\)/.exec(rest)?.[0].length ?? 0;
        const found2 = statusAt(rest.slice(close2));
        if (!found2) continue;
        const label2 = cleanLabel(trimEnd2(lead.slice(0, lead.length - leadWords[leadWords.length - 1].length), /[:=(,\s]/));
        add2(label2, second, first, found2.status, second.end + close2 + found2.offset, `${second.raw} against ${first.raw}: ${found2.said}`);
        continue;
      }
    }
    if (!TARGET_WORD_INSIDE.test(betweenText)) continue;
    const intro = introducesTarget(betweenText, second.bound !== null);
    if (!intro) continue;
    const actual = first;
    const target = second;
    let after = text3.slice(target.end);
    let afterStart = target.end;
    if (intro.paren) {
      const close2 = /^\s*\)/.exec(after);
      if (!close2) continue;
      after = after.slice(close2[0].length);
      afterStart += close2[0].length;
    }
    let found = statusAt(after);
    let mark = found ? afterStart + found.offset : -1;
    if (!found && intro.paren && MARK_FIRST.test(intro.before)) {
      found = statusAt(intro.before);
      mark = actual.end + (found?.offset ?? 0);
    }
    const labelText = text3.slice(0, actual.start);
    if (!found && intro.paren && /^[\s.,;:)*_]*$/.test(after)) {
      const opening = /^[\s*_]*(?:\[[ xX]\]\s*)?/.exec(labelText)?.[0].length ?? 0;
      const rest = labelText.slice(opening);
      if (MARK_FIRST.test(rest) && /^[^:]{1,60}:[\s*_]*$/u.test(rest.replace(MARK_FIRST, ""))) {
        const said = (MARK_FIRST.exec(rest)?.[0] ?? "").replace(/[*_\s]/g, "");
        found = { status: statusOf(said), offset: rest.search(/[^\s*_]/), said };
        mark = opening + found.offset;
      }
    }
    if (!found) continue;
    const label = cleanLabel(labelText.replace(MARK_FIRST, "").replace(/[:=]\s*$/, ""));
    add2(label, actual, target, found.status, mark, `${actual.raw} against ${target.raw}: ${found.said}`);
  }
  return claims;
}

// src/claims/count-rate.ts
var STATISTIC_LABEL = /\b(?:variance|variation|deviation|std|stddev|spread|range|difference|diff|delta|gap|margin|average|avg|mean|median|min|minimum|max|maximum|peak|p\d{2,3})\b/i;
var RATE_AFTER = new RegExp("^\\s*(?:(?:\\p{L}[\\p{L}-]*\\s+)?rate\\s*|of (?:all|total)\\b[^)]*)?\\)", "u");
function readCountRates(context) {
  const claims = [];
  for (const list2 of context.doc.lists) claims.push(...fromList(context, list2));
  return claims;
}
function nouns(label) {
  return new Set((cleanLabel(label).toLowerCase().match(new RegExp("\\p{L}{4,}", "gu")) ?? []).map(singular));
}
function sharesNoun(whole, part) {
  const ofPart = nouns(part);
  return [...nouns(whole)].some((n) => ofPart.has(n));
}
function labelled(context, item) {
  const unit = item.lines[0];
  if (!unit) return null;
  const colon = /^([^:]{2,60}):\s*/.exec(unit.text);
  const value2 = context.tokens(unit).quantities[0];
  if (!colon || !value2 || value2.start !== colon[0].length || value2.dimension !== "count" || value2.bound || value2.approx || value2.rangeHigh !== null || value2.decimals > 0 && value2.factor < 1e3) return null;
  return { unit, label: colon[1], value: value2 };
}
function isItselfAPart(context, total) {
  const tokens = context.tokens(total.unit);
  const text3 = total.unit.text;
  return tokens.fractions.some((f) => f.numerator === total.value) || tokens.quantities.some((q) => q.start > total.value.end && q.dimension === "percent" && /^\s*of\b/i.test(text3.slice(q.end, q.end + 8)));
}
function statedRate(context, entry) {
  const text3 = entry.unit.text;
  const rate = context.tokens(entry.unit).quantities.find((q) => q.start > entry.value.end && q.dimension === "percent");
  if (!rate || rate.bound || rate.rangeHigh !== null || rate.sign) return null;
  return /^\s*\(\s*$/.test(text3.slice(entry.value.end, rate.start)) && RATE_AFTER.test(text3.slice(rate.end)) ? rate : null;
}
function fromList(context, items) {
  const entries = items.map((item) => labelled(context, item)).filter((e) => e !== null);
  const rates = new Map(entries.map((e) => [e, statedRate(context, e)]));
  const claims = [];
  for (const entry of entries) {
    const rate = rates.get(entry);
    if (!rate) continue;
    if (STATISTIC_LABEL.test(entry.label)) continue;
    const larger = entries.filter((other) => other !== entry && other.value.value > entry.value.value && !STATISTIC_LABEL.test(other.label) && (/\btotal\b/i.test(other.label) || (rates.get(other)?.value ?? 100) >= 100));
    const named = larger.filter((other) => /\btotal\b/i.test(other.label));
    const totals = named.length > 0 ? named : larger.filter((other) => sharesNoun(other.label, entry.label));
    if (totals.length !== 1) continue;
    const total = totals[0];
    if (isItselfAPart(context, total)) continue;
    claims.push({
      kind: "count-rate",
      at: { unit: entry.unit, start: rate.start, end: rate.end },
      binding: "structural",
      count: entry.value,
      total: total.value,
      totalLabel: total.label.trim(),
      totalPlace: { unit: total.unit, start: total.value.start, end: total.value.end },
      rate,
      about: cleanLabel(entry.label),
      reading: `${entry.value.raw} / ${total.value.raw} (${cleanLabel(total.label)}) \u2194 ${rate.raw}`
    });
  }
  return claims;
}

// src/claims/row-rates.ts
var PART_HEADER = /\b(?:pass|passed|passing|done|completed?|covered|hit|hits|fail|failed|failing|failures?|errors?|success|successes|successful|fixed|resolved|merged|closed|met|green|healthy|migrated|implemented|correct|broken|invalid|flaky|skipped|blocked|dropped|rejected|opens|opened|clicks|clicked|conversions|converted|signups|sign-ups)\b/i;
var WHOLE_HEADER = /\b(?:total|all|count|tests|cases|requests|runs|items|attempts|samples|lines|statements|branches|functions|tasks|checks|endpoints|files|questions|calls|checked|scanned|sampled|audited|processed|sent|delivered|visitors|sessions|impressions|views)\b/i;
var RATE_HEADER = /%|\b(?:rate|percent|percentage|pct|share|ratio)\b/i;
var NAMED_SHARES = [
  [/\bcoverage\b/i, /\b(?:covered|tested|hit|hits)\b/i],
  [/\b(?:progress|completion)\b/i, /\b(?:done|completed?|finished|closed|resolved|merged|migrated|implemented)\b/i]
];
var namesShareOf = (rate, part) => RATE_HEADER.test(rate) || NAMED_SHARES.some(([share, of]) => share.test(rate) && of.test(part));
var SUMMARY_ROW2 = /^[\s*_]*(?:total|totals|sum|overall|all|combined|average|avg\.?|mean|median)\b/i;
function readRowRates(context) {
  return context.doc.tables.flatMap((table) => rowRates(context, table));
}
function countIn2(context, cell) {
  const operand = cell && cellOperand(cell.text, context.tokens(cell));
  return operand && operand.denominator === null && isPlainCount(operand.quantity) ? operand.quantity : null;
}
function percentIn(context, cell) {
  const operand = cell && cellOperand(cell.text, context.tokens(cell));
  const q = operand?.quantity;
  return operand && operand.denominator === null && q?.dimension === "percent" && !q.bound && !q.approx && q.rangeHigh === null && !q.sign ? q : null;
}
function rowRates(context, table) {
  const width = table.header.length;
  const header = (c) => cleanLabel(table.header[c]?.text ?? "");
  const rows = table.rows.filter((cells2) => !SUMMARY_ROW2.test(cells2[0]?.text ?? ""));
  const counts = table.header.map((_, c) => rows.map((cells2) => countIn2(context, cells2[c])));
  const percents = table.header.map((_, c) => rows.map((cells2) => percentIn(context, cells2[c])));
  const claims = [];
  for (let p = 1; p < width; p++) {
    if (CHANGE_HEADER.test(header(p)) || /\(/.test(table.header[p]?.text ?? "") || !percents[p].some((q) => q)) continue;
    const found = [];
    for (let n = 1; n < width; n++) {
      for (let d2 = 1; d2 < width; d2++) {
        if (n === d2 || n === p || d2 === p || !counts[n].some((q) => q) || !counts[d2].some((q) => q)) continue;
        const read2 = readRows(rows, counts[n], counts[d2], percents[p], context);
        const informative = read2.filter((r) => r.part.written !== r.whole.written && r.part.written !== 0);
        const agreeing = informative.filter((r) => r.agrees).length;
        const named = PART_HEADER.test(header(n)) && WHOLE_HEADER.test(header(d2)) && !PART_HEADER.test(header(d2)) && namesShareOf(header(p), header(n));
        if (read2.length >= 2 && (named && agreeing >= 1 || agreeing >= 2 && agreeing * 3 >= informative.length * 2)) found.push({ read: read2, d: d2 });
      }
    }
    if (found.length !== 1) continue;
    const { read, d } = found[0];
    for (const row of read) {
      const wholeCell = row.cells[d];
      const percentCell = row.cells[p];
      const claim3 = {
        kind: "count-rate",
        at: { unit: percentCell, start: row.percent.start, end: row.percent.end },
        binding: "structural",
        count: row.part,
        total: row.whole,
        totalLabel: `"${header(d)}" column`,
        totalPlace: { unit: wholeCell, start: row.whole.start, end: row.whole.end },
        rate: row.percent,
        about: `${header(p)}, ${cleanLabel(row.cells[0]?.text ?? "")} row`,
        reading: `${row.part.raw} / ${row.whole.raw} \u2194 ${row.percent.raw}`
      };
      claims.push(claim3);
    }
  }
  return claims;
}
function readRows(rows, parts2, wholes, shares2, context) {
  const read = [];
  rows.forEach((cells2, i) => {
    const part = parts2[i];
    const whole = wholes[i];
    const percent = shares2[i];
    if (!part || !whole || !percent || whole.written === 0 || part.written > whole.written) return;
    const share = part.written / whole.written * 100;
    read.push({ cells: cells2, part, whole, percent, agrees: agrees(percent, { low: share, high: share }, false, context.policy) });
  });
  return read;
}

// src/claims/bounds.ts
var SHARE_LABEL = /\b(?:coverage|pass rate|passing|success rate|uptime|availability|hit rate|accuracy|precision|recall|healthy|compliant|compliance)\b/i;
var SHARE_AFTER = /^\s*(?:complete|done|covered|passing|healthy|compliant)\b/i;
var SHARE_NAMED_AFTER = /^\s*(?:(?!of\b)[\p{L}-]+\s+)?(?:coverage|uptime|availability|pass rate|success rate|hit rate|accuracy|compliance)\b/iu;
var NOT_A_SHARE = /\b(?:of (?:the )?(?:target|goal|plan|budget|quota|baseline|estimate|forecast)|improvement|increase|growth|more|faster|better|higher|than|over|above|cpu|change|attainment|achievement|vs\.?|versus|improved|increased|grew|rose|gained|jumped|delta|budget|burn|burned|burnt)\b/i;
var RATIO_TO = /^\s*of\s+(?:(?:the|our|its|their|a)\s+)?(?:[\p{L}'\u2019-]+\s+)?(?:target|goal|plan|budget|quota|baseline|estimate|forecast|sla|slo|objective|last|previous|prior|yesterday|original|old|expected|required|capacity|benchmark|reference|human|manual|legacy)\b/iu;
var CHANGE_BEFORE2 = /\b(?:by|up|down|rose|grew|jumped|climbed|gained|doubled|tripled)\s*$/i;
var CHANGE_AFTER2 = /^\s*(?:relative|ratio|of (?:before|the old|the start|initial))\b/i;
var REQUIRED_BEFORE = /\b(?:requires?|required|needs?|needed|would (?:take|mean|need|require))\s+(?:(?:a|an|the|about|around|over|nearly|almost|at least)\s+)?$/i;
var STATUS_MARK = /\u2705|\u274C|\u26A0\uFE0F|\u2714|\uD83D\uDFE2|\uD83D\uDFE1|\uD83D\uDD34/u;
var PART_OF_WHOLE = /^\s+(?:[\p{L}-]+\s+){0,2}(?:passing|passed|healthy|done|complete|completed|covered|succeeded|green|online|available|resolved|fixed|up)\b/iu;
var STATE = "passed|passing|failed|failing|healthy|unhealthy|green|succeeded|successful|online|resolved|fixed|applied|merged|covered";
var STATE_LABEL = new RegExp(`(?:^|[\\s*_|])(?:${STATE})(?:\\s+\\p{L}[\\p{L}-]*)?[*_]*\\s*(?:[:=]|->|\u2192|\u21D2|=>)[*_\\s]*(?:\\d+\\s*/\\s*\\d+\\s*(?:->|\u2192|\u21D2|=>)\\s*)?$`, "iu");
var STATE_VERB = new RegExp(`(?:^|[\\s*_])(?:${STATE})\\s+$`, "i");
var STATE_CELL = new RegExp(`^[\\s*_]*(?:\\p{L}+\\s+)?(?:${STATE})(?:\\s+\\p{L}+)?[\\s*_]*$`, "iu");
var OF_BETWEEN = /^\s*(?:\(\s*)?(?:out\s+)?of\s+(?:the\s+|all\s+)?$/;
var OF_BEFORE = /(?:^|[\s*_(])of\s+(?:the\s+|all\s+)?$/i;
var WHOLE_THEN_PART2 = new RegExp("^\\s+\\p{L}[\\p{L}-]*(?:\\s+\\p{L}[\\p{L}-]*)?\\s*,\\s*$", "u");
var STATE_AFTER3 = new RegExp(`^\\s+(?:(?:were|are|have|had|got)\\s+)?(?:passed|failed|succeeded|resolved|fixed|applied|merged)\\b|^\\s+(?:were|are)\\s+(?:${STATE})\\b|^\\s+(?:${STATE})\\s*(?:[,;.)]|$)`, "i");
var NOT_A_PART = new RegExp("\\b(?:planned|plan|target(?:ed)?|expected|estimated?|budget(?:ed)?|scheduled|committed|forecast|goal|quota|capacity|limit|max(?:imum)?|allowed|ratio|split|score|scored|rating|rated|points?|pts|per|vs\\.?|versus)\\b|\\p{L}\\s*\\/\\s*\\p{L}", "iu");
var DATE_BEFORE = /\b(?:on|since|until|till|by|from|at|dated?|due|deadline|last|released|updated|as of)\s*(?:[:=]\s*)?$|\b(?:date|when|day)\b/i;
function readBounds(context) {
  const claims = [];
  for (const line of context.doc.lines) claims.push(...shares(context, line), ...parts(context, line));
  return claims;
}
function ratioBeside(context, line, percent) {
  const others = line.cell ? (line.cell.table.rows[line.cell.row] ?? []).flatMap((cell) => cell === line.unit ? [] : context.tokens(cell).quantities) : context.tokens(line.unit).quantities.filter((q) => q !== percent);
  const values = others.filter((q) => q.dimension !== "percent" && q.value > 0).map((q) => q.value);
  return values.some((a) => values.some((b) => a !== b && Math.abs(a / b * 100 - percent.value) <= 0.5 + percent.value * 5e-3));
}
function labelOf(line) {
  if (!line.cell) return "";
  const { table, row, column } = line.cell;
  return `${table.header[column]?.text ?? ""} ${row >= 0 ? table.rows[row]?.[0]?.text ?? "" : ""}`;
}
function cellLabels(line) {
  if (!line.cell) return [];
  const { table, row, column } = line.cell;
  return [table.header[column]?.text ?? "", column > 0 && row >= 0 ? table.rows[row]?.[0]?.text ?? "" : ""];
}
function shareClause(text3, at2) {
  const before = text3.slice(Math.max(0, at2 - 40), at2);
  const open2 = before.lastIndexOf("(");
  const cut = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), open2 > before.lastIndexOf(")") ? open2 : -1);
  return before.slice(cut + 1);
}
var mayPassShare = (q) => q.dimension === "percent" && !q.sign && q.bound !== "<" && q.bound !== "<=" && (q.rangeHigh ?? q.value) > 100;
function shares(context, line) {
  const unit = line.unit;
  const text3 = unit.text;
  const over = context.tokens(unit).quantities.filter(mayPassShare);
  if (over.length === 0 || NOT_A_SHARE.test(text3) || NOT_A_SHARE.test(labelOf(line)) || STATUS_MARK.test(text3)) return [];
  const claims = [];
  for (const q of over) {
    const before = `${shareClause(text3, q.start)} ${labelOf(line)}`;
    const after = text3.slice(q.end, q.end + 40);
    if (!SHARE_LABEL.test(before) && !SHARE_AFTER.test(after) && !SHARE_NAMED_AFTER.test(after)) continue;
    if (RATIO_TO.test(after) || CHANGE_WORD.test(after) || CHANGE_AFTER2.test(after) || CHANGE_BEFORE2.test(text3.slice(0, q.start)) || REQUIRED_BEFORE.test(text3.slice(0, q.start)) || ratioBeside(context, line, q)) continue;
    const arrow = context.tokens(unit).arrows.find((a) => a.start >= q.end);
    if (arrow && arrow.start - q.end <= 8 && /^[\s*_]*$/.test(text3.slice(q.end, arrow.start))) continue;
    const named = (SHARE_NAMED_AFTER.exec(after)?.[0] ?? SHARE_AFTER.exec(after)?.[0] ?? [...before.matchAll(new RegExp(SHARE_LABEL.source, "gi"))].pop()?.[0] ?? "").trim();
    claims.push({ kind: "share-bound", at: { unit, start: q.start, end: q.end }, binding: "tight", quantity: q, about: named.toLowerCase(), reading: `${q.raw} is a share (${named.toLowerCase()})` });
  }
  return claims;
}
var isCount = (q) => q.dimension === "count" && q.factor === 1 && q.decimals === 0 && !q.sign && !q.bound && !q.approx && q.rangeHigh === null;
function partFirst(text3, quantities, fractions) {
  const found = [...fractions];
  const taken = new Set(fractions.flatMap((f) => [f.numerator, f.denominator]));
  for (let k = 0; k + 1 < quantities.length; k++) {
    const a = quantities[k];
    const b = quantities[k + 1];
    if (taken.has(a) || taken.has(b) || !isCount(a) || !isCount(b) || a.written <= b.written) continue;
    if (OF_BETWEEN.test(text3.slice(a.end, b.start))) found.push({ start: a.start, end: b.end, numerator: a, denominator: b });
  }
  return found;
}
function clauseBefore(text3, at2) {
  const before = text3.slice(0, at2);
  const cut = Math.max(before.lastIndexOf(". "), before.lastIndexOf(";"), before.lastIndexOf(","));
  return before.slice(cut + 1);
}
function parts(context, line) {
  const unit = line.unit;
  const text3 = unit.text;
  const { quantities, fractions } = context.tokens(unit);
  if (quantities.length < 2) return [];
  const claims = [];
  const labels = cellLabels(line);
  const claim3 = (f, start, end, about = text3.slice(start, end).replace(/\(\s*/, "")) => {
    claims.push({ kind: "part-of-whole", at: { unit, start, end }, binding: "tight", fraction: f, about, reading: `${about}: ${f.numerator.raw} is a part of ${f.denominator.raw}` });
  };
  for (const f of partFirst(text3, quantities, fractions)) {
    if (f.numerator.decimals > 0 || f.denominator.decimals > 0 || f.numerator.factor !== 1 || f.denominator.factor !== 1) continue;
    const clause = clauseBefore(text3, f.start);
    const after = text3.slice(f.end, f.end + 40);
    if (NOT_A_PART.test(clause) || NOT_A_PART.test(after.split(/[,;.]/)[0] ?? "") || NOT_A_PART.test(labels.join(" "))) continue;
    const stated2 = PART_OF_WHOLE.test(after) && !NOT_A_SHARE.test(text3) && !NOT_A_SHARE.test(labelOf(line)) && !STATUS_MARK.test(text3) || f.numerator.written > f.denominator.written && (!DATE_BEFORE.test(clause) && (STATE_LABEL.test(clause) || STATE_VERB.test(clause)) || text3.slice(0, f.start).trim() === "" && text3.slice(f.end).trim() === "" && labels.some((l) => STATE_CELL.test(l)));
    if (stated2) claim3(f, f.start, f.end);
  }
  for (let k = 0; k + 1 < quantities.length; k++) {
    const whole = quantities[k];
    const part = quantities[k + 1];
    if (!isCount(whole) || !isCount(part) || part.written <= whole.written) continue;
    if (!OF_BEFORE.test(text3.slice(Math.max(0, whole.start - 12), whole.start)) || !WHOLE_THEN_PART2.test(text3.slice(whole.end, part.start))) continue;
    const after = text3.slice(part.end, part.end + 24);
    if (!STATE_AFTER3.test(after) || NOT_A_PART.test(text3.slice(0, part.end)) || NOT_A_PART.test(after)) continue;
    const from = text3.slice(0, whole.start).search(/of\s+(?:the\s+|all\s+)?$/i);
    const said = text3.slice(from, part.end + (trimEndOf(STATE_AFTER3.exec(after)?.[0], " 	\n,;.)")?.length ?? 0));
    claim3({ start: whole.start, end: part.end, numerator: part, denominator: whole }, whole.start, part.end, said);
  }
  return claims;
}
function trimEndOf(text3, characters) {
  if (text3 === void 0) return void 0;
  let end = text3.length;
  while (end > 0 && characters.includes(text3[end - 1])) end--;
  return text3.slice(0, end);
}

// src/claims/summary-rows.ts
var OVERALL = /^(?:overall|total|totals|all|sum|combined)\b(?!.*\b(?:target|goal|threshold|expected|required|budget|slo|baseline|previous|last|before|after)\b)/i;
var AVERAGE = /^(?:average|avg\.?|mean)$/i;
var AVERAGE_LABEL = /^(?:average|avg\.?|mean)(?: score| rating)?$/i;
var STATISTIC_ROW = /^(?:min|max|minimum|maximum|median|std\.?|stddev|std dev|standard deviation|variance|p\d{1,3}|percentile|count|n|range|iqr)\b/i;
var DERIVED_COLUMN = /\b(?:change|improvement|delta|diff|difference|reduction|increase|decrease|gain|speedup|ratio|vs\.?)\b|\u0394/i;
function readSummaryRows(context) {
  const claims = [];
  for (const table of context.doc.tables) claims.push(...overallShare(context, table), ...averageRow(context, table), ...averageColumn(context, table), ...overallFractionInTable(context, table));
  for (const list2 of context.doc.lists) claims.push(...overallFraction(context, list2), ...overallShareOfItems(context, list2));
  return claims;
}
function quantityIn(context, cell, dimension) {
  if (!cell) return null;
  const operand = cellOperand(cell.text, context.tokens(cell));
  if (!operand || operand.denominator !== null) return null;
  return !dimension || operand.dimension === dimension ? operand.quantity : null;
}
function overallShare(context, table) {
  const summaryIndex = table.rows.findIndex((row) => OVERALL.test(cleanLabel(row[0]?.text ?? "")));
  if (summaryIndex < 0) return [];
  const summary = table.rows[summaryIndex];
  const rows = table.rows.filter((_, i) => i !== summaryIndex && !isSubRow(table, i));
  if (rows.length < 2 || [...summary, ...table.header].some((cell) => WEIGHTS.test(cell.text))) return [];
  const width = table.header.length;
  for (let p = 1; p < width; p++) {
    const overall = quantityIn(context, summary[p], "percent");
    if (!overall) continue;
    const percents = rows.map((row) => quantityIn(context, row[p], "percent"));
    if (percents.some((q) => !q)) continue;
    for (let n = 1; n < width; n++) {
      for (let d = 1; d < width; d++) {
        if (n === d || n === p || d === p) continue;
        const counts = rows.map((row) => [quantityIn(context, row[n], "count"), quantityIn(context, row[d], "count")]);
        if (counts.some(([a, b]) => !a || !b || !isPlainCount(a) || !isPlainCount(b))) continue;
        for (const ofSum of [false, true]) {
          const whole = (a, b) => ofSum ? a + b : b;
          if (counts.some(([a, b]) => whole(a.written, b.written) === 0 || !ofSum && a.written > b.written)) continue;
          const consistent = counts.every(([a, b], i) => {
            const share = a.written / whole(a.written, b.written) * 100;
            return agrees(percents[i], { low: share, high: share }, false, context.policy);
          });
          if (!consistent) continue;
          const own6 = [quantityIn(context, summary[n], "count"), quantityIn(context, summary[d], "count")];
          if (own6[0] && own6[1]) {
            const ownWhole = whole(own6[0].written, own6[1].written);
            if (ownWhole > 0 && agrees(overall, { low: own6[0].written / ownWhole * 100, high: own6[0].written / ownWhole * 100 }, false, context.policy)) return [];
          }
          const passing = counts.reduce((sum, [a]) => sum + a.written, 0);
          const total = counts.reduce((sum, [a, b]) => sum + whole(a.written, b.written), 0);
          const top = cleanLabel(table.header[n]?.text ?? "");
          const bottom = cleanLabel(table.header[d]?.text ?? "");
          const how = ofSum ? `\u03A3 ${top} / (\u03A3 ${top} + \u03A3 ${bottom})` : `\u03A3 ${top} / \u03A3 ${bottom}`;
          const cell = summary[p];
          return [{
            kind: "overall-share",
            at: { unit: cell, start: overall.start, end: overall.end },
            binding: "structural",
            percent: overall,
            passing,
            total,
            how,
            shares: percents,
            about: `${cleanLabel(table.header[p]?.text ?? "")}, ${cleanLabel(summary[0]?.text ?? "")} row`,
            reading: `${overall.raw} \u2194 ${passing} / ${total} (${how})`
          }];
        }
      }
    }
  }
  return [];
}
function overallShareOfItems(context, items) {
  if (items.length < 3) return [];
  const entries = items.map((item) => {
    const unit = item.lines[0];
    if (!unit || item.lines.length > 1) return null;
    const tokens = context.tokens(unit);
    if (tokens.arrows.length > 0) return null;
    const label = cleanLabel(/^([^:]{1,40}):/.exec(unit.text)?.[1] ?? "");
    const inFraction = new Set(tokens.fractions.flatMap((f) => [f.numerator, f.denominator]));
    const percents = tokens.quantities.filter((q) => !inFraction.has(q) && q.dimension === "percent");
    const others = tokens.quantities.filter((q) => !inFraction.has(q) && q.dimension !== "percent" && !q.word);
    const fraction = tokens.fractions[0];
    if (percents.length !== 1 || others.length > 0 || tokens.fractions.length > 1) return null;
    return { unit, label, percent: percents[0], fraction };
  });
  if (entries.some((e) => !e)) return [];
  const present = entries;
  const summaryIndex = present.length - 1;
  const summary = present[summaryIndex];
  if (!SUMMARY_SHARE.test(summary.label) || WEIGHTS.test(summary.unit.text) || summary.fraction || summary.percent.approx || summary.percent.bound) return [];
  const parts2 = present.slice(0, summaryIndex);
  if (parts2.some((e) => !e.fraction || OVERALL.test(e.label) || !isPlainCount(e.fraction.numerator) || !isPlainCount(e.fraction.denominator) || e.fraction.denominator.written === 0)) return [];
  const consistent = parts2.every((e) => {
    const f = e.fraction;
    const share = f.numerator.written / f.denominator.written * 100;
    return agrees(e.percent, { low: share, high: share }, false, context.policy);
  });
  if (!consistent) return [];
  const passing = parts2.reduce((sum, e) => sum + e.fraction.numerator.written, 0);
  const total = parts2.reduce((sum, e) => sum + e.fraction.denominator.written, 0);
  const overall = summary.percent;
  return [{
    kind: "overall-share",
    at: { unit: summary.unit, start: overall.start, end: overall.end },
    binding: "structural",
    percent: overall,
    passing,
    total,
    how: "\u03A3 of the items above",
    shares: parts2.map((e) => e.percent),
    about: summary.label,
    reading: `${overall.raw} \u2194 ${passing} / ${total} (\u03A3 of the items above)`
  }];
}
function averageRow(context, table) {
  const labels = table.rows.map((row) => cleanLabel(row[0]?.text ?? ""));
  const averageIndex = labels.findIndex((l) => AVERAGE.test(l));
  if (averageIndex < 0 || labels.some((l) => STATISTIC_ROW.test(l))) return [];
  const average = table.rows[averageIndex];
  const averaged = (i) => averageIndex === 0 ? i > averageIndex : i < averageIndex;
  const rows = table.rows.filter((_, i) => averaged(i) && !OVERALL.test(labels[i]) && !isSubRow(table, i));
  if (rows.length < 2) return [];
  const claims = [];
  for (let c = 1; c < table.header.length; c++) {
    if (DERIVED_COLUMN.test(table.header[c]?.text ?? "") || ratioOfColumns(context, table, rows, c)) continue;
    const stated2 = quantityIn(context, average[c]);
    if (!stated2 || stated2.bound || stated2.approx) continue;
    const values = rows.map((row) => quantityIn(context, row[c], stated2.dimension));
    if (values.some((q) => !q)) continue;
    const cell = average[c];
    claims.push({
      kind: "average-row",
      at: { unit: cell, start: stated2.start, end: stated2.end },
      binding: "structural",
      stated: stated2,
      values,
      about: `${cleanLabel(table.header[c]?.text ?? "")}, ${labels[averageIndex]} row`,
      reading: `${stated2.raw} \u2194 mean of ${values.length} rows`
    });
  }
  return claims;
}
var PERIOD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?$/i;
function repeatedMeasurements(headers) {
  const labels = headers.map((h) => cleanLabel(h));
  if (labels.every((l) => PERIOD.test(l))) return true;
  const shapes = labels.map((l) => l.replace(/\d+/g, "#"));
  return shapes.every((s) => s === shapes[0] && s.includes("#")) && new Set(labels).size === labels.length;
}
function averageColumn(context, table) {
  const headers = table.header.map((h) => cleanLabel(h.text));
  const c = headers.findIndex((h, i) => i > 0 && AVERAGE.test(h));
  if (c < 0 || headers.length < 4) return [];
  const measured = headers.map((_, i) => i).filter((i) => i > 0 && i !== c);
  if (measured.length < 2 || !repeatedMeasurements(measured.map((i) => table.header[i]?.text ?? ""))) return [];
  const claims = [];
  for (const [r, row] of table.rows.entries()) {
    if (isSubRow(table, r) || OVERALL.test(cleanLabel(row[0]?.text ?? ""))) continue;
    const stated2 = quantityIn(context, row[c]);
    if (!stated2 || stated2.bound || stated2.approx) continue;
    const values = measured.map((i) => quantityIn(context, row[i], stated2.dimension));
    if (values.some((q) => !q)) continue;
    const cell = row[c];
    claims.push({
      kind: "average-row",
      at: { unit: cell, start: stated2.start, end: stated2.end },
      binding: "structural",
      stated: stated2,
      values,
      across: true,
      about: `${cleanLabel(row[0]?.text ?? "")}, ${headers[c]} column`,
      reading: `${stated2.raw} \u2194 mean of ${values.length} columns`
    });
  }
  return claims;
}
function ratioOfColumns(context, table, rows, column) {
  const shares2 = rows.map((row) => quantityIn(context, row[column], "percent"));
  if (shares2.some((q) => !q)) return false;
  const values = (c) => rows.map((row) => quantityIn(context, row[c]));
  for (let n = 1; n < table.header.length; n++) {
    for (let d = 1; d < table.header.length; d++) {
      if (n === d || n === column || d === column) continue;
      const tops = values(n);
      const bottoms = values(d);
      const matches = shares2.every((share, i) => {
        const top = tops[i];
        const bottom = bottoms[i];
        if (!top || !bottom || bottom.value === 0 || top.dimension !== bottom.dimension) return false;
        const ratio = top.value / bottom.value * 100;
        return agrees(share, { low: ratio, high: ratio }, false, context.policy);
      });
      if (matches) return true;
    }
  }
  return false;
}
var SUMMARY_SHARE = /^(?:overall|total|all|combined)(?: (?:pass|passing|success|completion))?(?: rate| share| percentage| score)?$/i;
var COUNTED_AFTER = new RegExp("^[\\s*_]*\\p{L}", "u");
var SERIES_LABEL = /\b(?:day|week|month|year|quarter|q[1-4]|sprint|run|attempt|iteration|round|trial|phase|stage|step|before|after|initial|final|baseline|previous|current|v\d|version)\b/i;
var WEIGHTS = /\bweigh|\bcoefficient|\bfactor\b|\u6743\u91CD|\u52A0\u6743/i;
function overallFraction(context, items) {
  const entries = items.map((item) => {
    const unit = item.lines[0];
    if (!unit || context.tokens(unit).arrows.length > 0) return null;
    const fraction = context.tokens(unit).fractions[0];
    const label = /^([^:]{1,40}):/.exec(unit.text)?.[1] ?? "";
    return fraction ? { unit, fraction, label: cleanLabel(label) } : null;
  });
  if (entries.some((e) => !e) || entries.length < 3) return [];
  const first = items[0];
  const around = [first.leadIn?.text ?? "", first.parent?.lines[0]?.text ?? "", ...first.headings.slice(-1).map((h) => h.unit.text)];
  return fractionSummary(context, entries, around);
}
function overallFractionInTable(context, table) {
  const claims = [];
  for (let c = 1; c < table.header.length; c++) {
    const entries = table.rows.filter((_, r) => !isSubRow(table, r)).map((row) => {
      const unit = row[c];
      if (!unit) return null;
      const operand = cellOperand(unit.text, context.tokens(unit));
      const fraction = context.tokens(unit).fractions[0];
      return operand && operand.denominator !== null && fraction && fraction.start === operand.start ? { unit, fraction, label: cleanLabel(row[0]?.text ?? "") } : null;
    });
    if (entries.some((e) => !e) || entries.length < 3) continue;
    claims.push(...fractionSummary(context, entries, [table.header[c]?.text ?? "", ...table.header.map((h) => h.text)]));
  }
  return claims;
}
function fractionSummary(context, entries, around) {
  const summaryIndex = entries.findIndex((e) => OVERALL.test(e.label) || AVERAGE_LABEL.test(e.label));
  if (summaryIndex < 0 || entries.some((e, i) => i !== summaryIndex && (OVERALL.test(e.label) || AVERAGE_LABEL.test(e.label)))) return [];
  const summary = entries[summaryIndex];
  const parts2 = entries.filter((_, i) => i !== summaryIndex);
  const raw = summary.unit.text.slice(summary.fraction.start, summary.fraction.end);
  const at2 = { unit: summary.unit, start: summary.fraction.start, end: summary.fraction.end };
  const plain = (f) => isPlainCount(f.numerator) && isPlainCount(f.denominator);
  const passing = parts2.reduce((s, e) => s + e.fraction.numerator.written, 0);
  const total = parts2.reduce((s, e) => s + e.fraction.denominator.written, 0);
  const shared = parts2[0]?.fraction.denominator.written;
  const splitOfOne = parts2.every((e) => e.fraction.denominator.written === shared) && passing === shared;
  if (!AVERAGE_LABEL.test(summary.label) && plain(summary.fraction) && parts2.every((e) => plain(e.fraction)) && summary.fraction.denominator.written === total) {
    if (splitOfOne) return [];
    return [{ kind: "overall-fraction", at: at2, binding: "structural", fraction: summary.fraction, passing, total, about: summary.label, reading: `${raw} \u2194 the items' sum ${passing}/${total}` }];
  }
  const whole = summary.fraction.denominator.written;
  const scored = parts2.every((e) => e.fraction.denominator.written === whole && !e.fraction.numerator.approx && !e.fraction.numerator.sign && e.fraction.numerator.rangeHigh === null && e.fraction.numerator.written <= whole);
  if (!scored || summaryIndex !== entries.length - 1 || summary.fraction.numerator.approx || summary.fraction.numerator.bound) return [];
  if (entries.some((e) => COUNTED_AFTER.test(e.unit.text.slice(e.fraction.end))) || parts2.some((e) => SERIES_LABEL.test(e.label))) return [];
  if ([...around, ...entries.map((e) => e.unit.text)].some((t) => WEIGHTS.test(t)) || entries.some((e) => context.tokens(e.unit).quantities.some((q) => q.dimension === "percent"))) return [];
  return [{
    kind: "overall-fraction",
    at: at2,
    binding: "structural",
    fraction: summary.fraction,
    passing,
    total,
    scores: parts2.map((e) => e.fraction.numerator),
    about: summary.label,
    reading: `${raw} \u2194 the mean of the items' ${parts2.length} scores out of ${whole}`
  }];
}

// src/claims/arithmetic.ts
var OPERATORS = { "+": "+", "-": "-", "\u2212": "-", "\u2013": "-", "*": "*", "\xD7": "*", x: "*", "/": "/", "\xF7": "/" };
var RESULT_AFTER = /^[\s*_]*(?:[\u2248~][\s*_]*)?$/;
function readArithmetic(context) {
  const claims = [];
  for (const line of context.doc.lines) {
    const unit = line.unit;
    if (!unit.text.includes("=")) continue;
    const { quantities } = context.tokens(unit);
    for (let eq = unit.text.indexOf("="); eq >= 0; eq = unit.text.indexOf("=", eq + 1)) {
      if (unit.text[eq + 1] === "=" || unit.text[eq - 1] === "=" || unit.text[eq - 1] === "!" || unit.text[eq - 1] === "<" || unit.text[eq - 1] === ">") continue;
      const result = quantities.find((q) => q.start > eq && RESULT_AFTER.test(unit.text.slice(eq + 1, q.start)));
      if (!result || result.bound || result.rangeHigh !== null || result.sign === "+" || /^\s*\/\s*\d/.test(unit.text.slice(result.end))) continue;
      if (/^[\s*_(]*(?:capped|clamped|limited|max|maximum|min|minimum|floor|ceiling|cap)\b/i.test(unit.text.slice(result.end, result.end + 24))) continue;
      const terms = expressionBefore(unit.text, eq, quantities, line.kind === "code");
      if (!terms || terms.length === 3 && terms[1]?.kind === "operator" && terms[1].op === "/" && result.dimension === "percent") continue;
      const start = startOf(unit.text, terms);
      if (/\S=\s*$/.test(unit.text.slice(Math.max(0, start - 3), start))) continue;
      const expression = unit.text.slice(start, eq).trim();
      claims.push({ kind: "arithmetic", at: { unit, start: result.start, end: result.end }, binding: "tight", expression, terms, result, about: expression, reading: `${expression} = ${result.raw}` });
    }
  }
  return claims;
}
function opensLine(text3, at2) {
  let i = at2 - 1;
  while (i >= 0 && (text3[i] === " " || text3[i] === "	")) i--;
  return i < 0;
}
function startOf(text3, terms) {
  const first = terms.find((t) => t.kind === "number");
  let start = first.quantity.start;
  for (const term of terms) {
    if (term.kind !== "open") break;
    start = text3.lastIndexOf("(", start - 1);
  }
  return start;
}
function expressionBefore(text3, eq, quantities, inFence) {
  const reversed = [];
  let j = eq - 1;
  let wordsSkipped = 0;
  let named = false;
  for (; ; ) {
    while (j >= 0 && (text3[j] === " " || text3[j] === "*" && text3[j - 1] === "*")) j -= text3[j] === "*" ? 2 : 1;
    if (j < 0) break;
    const ch = text3[j];
    const q = quantities.find((x) => x.end === j + 1);
    if (q && named) break;
    if (q) {
      if (q.rangeHigh !== null || q.bound || q.dimension === "multiplier") return null;
      if (wordsSkipped > 0 && q.dimension === "percent") return null;
      const last2 = reversed[reversed.length - 1];
      if (last2 && last2.kind === "number" && /^\s+$/.test(text3.slice(q.end, last2.quantity.start))) return null;
      if (last2 && (last2.kind === "number" || last2.kind === "open")) break;
      reversed.push({ kind: "number", quantity: q });
      if (q.sign) reversed.push({ kind: "operator", op: q.sign === "-" ? "-" : "+" });
      j = q.start - 1;
      wordsSkipped = 0;
      continue;
    }
    if (ch === ")") {
      reversed.push({ kind: "close" });
      j--;
      continue;
    }
    if (ch === "(") {
      reversed.push({ kind: "open" });
      j--;
      continue;
    }
    if (ch === "f" && text3[j - 1] === "o" && /[\s*_]/.test(text3[j - 2] ?? "") && reversed[reversed.length - 1]?.kind === "number") {
      const share = quantities.find((x) => x.end === text3.slice(0, j - 1).trimEnd().length);
      if (share && share.dimension === "percent" && !share.bound && share.rangeHigh === null) {
        reversed.push({ kind: "operator", op: "*" });
        j -= 2;
        continue;
      }
    }
    const op = OPERATORS[ch];
    if (inFence && op && /^[-\u2013*+]$/.test(ch) && text3[j + 1] === " " && opensLine(text3, j)) break;
    if (op && (ch !== "x" || text3[j - 1] === " " && text3[j + 1] === " ")) {
      const last2 = reversed[reversed.length - 1];
      if (!last2 || last2.kind === "operator" || last2.kind === "close") break;
      reversed.push({ kind: "operator", op });
      j--;
      named = false;
      continue;
    }
    let wordStart = j + 1;
    while (wordStart > 0 && new RegExp("\\p{L}", "u").test(text3[wordStart - 1])) wordStart--;
    const last = reversed[reversed.length - 1];
    if (wordStart <= j && wordsSkipped < 2 && last && last.kind === "operator") {
      j = wordStart - 1;
      wordsSkipped++;
      continue;
    }
    if (wordStart <= j && !named && last && last.kind === "number" && /^[\p{L}-]+$/u.test(text3.slice(wordStart, j + 1).replace(/^-+/, ""))) {
      let k = wordStart - 1;
      while (k >= 0 && /[\p{L}-]/u.test(text3[k])) k--;
      named = true;
      j = k;
      continue;
    }
    break;
  }
  const terms = reversed.reverse();
  if (terms[0]?.kind === "close" && terms[1]?.kind === "operator") return null;
  while (terms.length > 0 && (terms[0]?.kind === "close" || terms[0]?.kind === "operator" && terms[0].op !== "-")) terms.shift();
  let depth = 0;
  for (const t of terms) {
    if (t.kind === "open") depth++;
    if (t.kind === "close") depth--;
    if (depth < 0) return null;
  }
  while (depth > 0 && terms[0]?.kind === "open") {
    terms.shift();
    depth--;
  }
  if (depth !== 0) return null;
  const numbers2 = terms.filter((t) => t.kind === "number").length;
  const operators = terms.filter((t) => t.kind === "operator").length;
  return numbers2 >= 2 && operators >= 1 ? terms : null;
}

// src/claims/rank-marks.ts
var UNRANKED = "unranked";
var MEDALS = { "\u{1F947}": 1, "\u{1F948}": 2, "\u{1F949}": 3 };
var ORDINAL_WORDS = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10
};
var EMPTY_MARK = /^(?:|[-\u2013\u2014]+|n\/?a|dnf|dq|dsq|unranked|not ranked|none)$/i;
var MEDAL_CELL = /^(\uD83E\uDD47|\uD83E\uDD48|\uD83E\uDD49)\uFE0F?(?:\s*(?:#?\d{1,3}(?:st|nd|rd|th)?\.?|\((?:#?\d{1,3}(?:st|nd|rd|th)?)\)))?$/u;
var TIE_CELL = [
  /^(?:T-?|=|tied?\s*(?:for\s*)?)(\d{1,3})(?:st|nd|rd|th)?$/i,
  /^(\d{1,3})(?:st|nd|rd|th)?\s*=$/,
  /^(\d{1,3})(?:st|nd|rd|th)?\s*(?:\(\s*)?tied?\s*\)?$/i
];
var NUMBER_CELL = /^#?(\d{1,3})\.?$/;
var ORDINAL_CELL = /^(\d{1,3})(?:st|nd|rd|th)(?:\s+place)?$/i;
var ORDINAL_WORD_CELL = /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:\s+place)?$/i;
var clean = (text3) => text3.replace(/[*_`]+/g, "").replace(/\s+/g, " ").trim();
function readRankCell(text3) {
  const cell = clean(text3);
  if (EMPTY_MARK.test(cell)) return UNRANKED;
  const medal = MEDAL_CELL.exec(cell);
  if (medal) return { rank: MEDALS[medal[1]], tied: false, form: "medal" };
  for (const pattern of TIE_CELL) {
    const tie = pattern.exec(cell);
    if (tie) return { rank: Number(tie[1]), tied: true, form: "number" };
  }
  const number3 = NUMBER_CELL.exec(cell);
  if (number3) return { rank: Number(number3[1]), tied: false, form: "number" };
  const ordinal = ORDINAL_CELL.exec(cell);
  if (ordinal) return { rank: Number(ordinal[1]), tied: false, form: "ordinal" };
  const word = ORDINAL_WORD_CELL.exec(cell);
  if (word) return { rank: ORDINAL_WORDS[word[1].toLowerCase()], tied: false, form: "ordinal" };
  return null;
}
var ITEM_PREFIX = /^[\s*_]*(?:(\uD83E\uDD47|\uD83E\uDD48|\uD83E\uDD49)\uFE0F?(?:\s*(?:#?\d{1,3}(?:st|nd|rd|th)?))?|(?:(T-?|=)|#)?(\d{1,3})(st|nd|rd|th)?(=)?|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))(\s+place)?[*_]*(?=[\s:.)\-\u2014\u2013,]|$)[\s:.)\-\u2014\u2013,]*/iu;
function readRankPrefix(text3) {
  const match = ITEM_PREFIX.exec(text3);
  if (!match) return null;
  const [whole, medal, tieBefore, digits, suffix, tieAfter, word, place] = match;
  const end = whole.length;
  if (medal) return { mark: { rank: MEDALS[medal], tied: false, form: "medal" }, end, place: Boolean(place) };
  if (word) return { mark: { rank: ORDINAL_WORDS[word.toLowerCase()], tied: false, form: "ordinal" }, end, place: Boolean(place) };
  if (!suffix && !tieBefore && !tieAfter && !whole.trimStart().replace(/^[*_]+/, "").startsWith("#")) return null;
  const tied = Boolean(tieAfter) || tieBefore !== void 0 && tieBefore !== "#" && /^(?:T-?|=)$/i.test(tieBefore);
  return { mark: { rank: Number(digits), tied, form: suffix ? "ordinal" : "number" }, end, place: Boolean(place) };
}
var RANKING_WORDS = /\b(?:ranked|ranks|sorted\s+by|ordered\s+by|leaderboard|standings|podium)\b|\brankings?\b(?=\s*(?:$|[(:\u2014\u2013|,.]|-\s|by\b|of\b|for\b|table\b|across\b))/i;
var TOP_N = /\btop[ -]?\d{1,3}\b/gi;
var SUPERLATIVE = /\b(?:by|highest|lowest|most|least|largest|smallest|biggest|fastest|slowest|cheapest|best|worst)\b/i;
function saysRanking(text3) {
  if (RANKING_WORDS.test(text3)) return true;
  for (const top of text3.matchAll(TOP_N)) {
    const end = (top.index ?? 0) + top[0].length;
    if (SUPERLATIVE.test(text3.slice(end, end + 61))) return true;
  }
  return false;
}
var BASIS = /\b(?:ranked|ranking|rankings|ranks|sorted|ordered|top[ -]?\d{1,3}(?:\s+[\p{L}\p{N}-]+){0,4}?)\s+by\s+([^.;:,()[\]|\n]{1,60})/iu;
var BASIS_END = /\s(?:and|then|with|from|for|in|at|over|across|descending|ascending|desc|asc|highest|lowest|first|is|are|was|were)\b|[-\u2013\u2014\u2192]/i;
var JUDGEMENT = /\b(?:priority|priorities|severity|urgency|risk|preference|recommendation|impact|roi|fit|relevance|readiness|maturity)\b/i;
function basisOf(text3) {
  const inParenthesis = saysRanking(text3) || /\btop[ -]?\d/i.test(text3) ? /\(\s*by\s([^()]+)\)/i.exec(text3) : null;
  const named = BASIS.exec(text3) ?? (inParenthesis && inParenthesis[1].length <= 60 ? inParenthesis : null);
  if (named) {
    const written = named[1];
    const end = BASIS_END.exec(written);
    const basis = (end ? written.slice(0, end.index) : written).replace(/[*_`]+/g, "").trim();
    if (basis.length > 0) return { basis, judgement: JUDGEMENT.test(basis) };
  }
  const judged = /\b(priority|severity|urgency|risk|preference|recommendation)\s+(?:ranking|rankings|ranked|order)\b/i.exec(text3);
  return judged ? { basis: judged[1], judgement: true } : null;
}
var HIGHER_FIRST = /\b(?:highest|largest|biggest|greatest|most|longest|heaviest|costliest|priciest|descending|desc)\b|\bhigh(?:est)?\s*(?:\u2192|->|to)\s*low(?:est)?\b/i;
var LOWER_FIRST = /\b(?:lowest|smallest|least|fewest|shortest|lightest|cheapest|ascending|asc)\b|\blow(?:est)?\s*(?:\u2192|->|to)\s*high(?:est)?\b/i;
var WORSE_FIRST = /\b(?:worst|slowest|hotspots?|offenders|bottom)\b/i;
var BETTER_FIRST = /\b(?:best|fastest|leaders?)\b/i;
function directionOf(cue, polarity2) {
  const higher = HIGHER_FIRST.test(cue);
  const lower = LOWER_FIRST.test(cue);
  if (higher && lower) return 0;
  if (higher) return 1;
  if (lower) return -1;
  const worse = WORSE_FIRST.test(cue);
  const better = BETTER_FIRST.test(cue);
  if (worse && better) return 0;
  if (worse) return polarity2 === 0 ? 0 : -polarity2;
  return polarity2;
}
var RANK_HIGHER = /\b(?:points?|pts|rating|ratings|stars?|votes?|wins?|elo|f1|auc|precision|recall|map|bleu|rouge|importance|gain|gains|sharpe|cagr|ops|qps|tps|fps)\b/i;
var RANK_LOWER = /\b(?:rank|loss|perplexity|mae|rmse|mse|wer|cer)\b/i;
function rankingPolarity(key) {
  if (RANK_LOWER.test(key)) return -1;
  if (RANK_HIGHER.test(key)) return 1;
  return 0;
}

// src/claims/rankings.ts
var RANK_HEADER = /^(?:overall |final |current )?(?:rank|ranking|position|pos\.?|place|placing|standing)$|^(?:\uD83C\uDFC6|\uD83C\uDFC5|medal)$/iu;
var INDEX_HEADER = /^(?:#|no\.?|nr\.?|n\u00B0|)$/i;
var ABOUT_RANK = /\brank|\bposition\b|\u0394/i;
var AGGREGATE_RANK = /^(?:avg\.?|average|mean|median)\s+rank(?:ing)?$/i;
var NOT_A_KEY = /\b(?:version|ver|release|released|date|year|since|founded|created|updated|id|port|issue|ticket|pr|commit|build|sprint|phase|week|day|line|row|step|index)\b/i;
var KEY_HEADER = /^(?:(?:total|overall|final|avg\.?|average|mean|composite|weighted)\s+)?(?:score|total|overall|points|pts|rating)(?:\s*\(.*\))?$/i;
var NOT_APPLICABLE = /^(?:[-\u2013\u2014]+|n\/?a|na|tbd|tba|null|none|dnf|dq|dsq|\u2014|\?|unknown|pending|)$/i;
var TIE_WORDS = /\b(?:tied?|ties|joint)\b/i;
var nameOf = (text3) => text3.replace(/[*_`]+/g, "").replace(/\s+/g, " ").trim().slice(0, 60);
function readRankings(context) {
  const claims = [];
  for (const table of context.doc.tables) {
    const claim3 = tableRanking(context, table);
    if (claim3) claims.push(claim3);
  }
  for (const items of context.doc.lists) {
    const claim3 = listRanking(context, items);
    if (claim3) claims.push(claim3);
  }
  return claims;
}
function cueLines(headings, leadIns) {
  return [...leadIns, headings[headings.length - 1]?.unit.text].filter((t) => typeof t === "string" && t.length > 0);
}
function tableLeadIn(doc, table) {
  const at2 = doc.blocks.findIndex((b) => b.kind === "table" && b.table === table);
  const before = at2 > 0 ? doc.blocks[at2 - 1] : void 0;
  return before?.kind === "paragraph" ? before.lines[before.lines.length - 1]?.text : void 0;
}
function cueOf(lines) {
  return { ranking: lines.some(saysRanking), basis: lines.map(basisOf).find((b) => b !== null) ?? null, text: lines.join("\n") };
}
function valueOfCell(context, cell) {
  if (!cell) return null;
  if (NOT_APPLICABLE.test(cleanLabel(cell.text))) return "na";
  const tokens = context.tokens(cell);
  const values = tokens.quantities.filter((q2) => !q2.word);
  if (values.length !== 1 || tokens.fractions.length > 0) return null;
  const q = values[0];
  const rest = (cell.text.slice(0, q.start) + cell.text.slice(q.end)).replace(/[*_`()[\]~\u2248]/g, "");
  if (/\d/.test(rest) || (rest.match(new RegExp("\\p{L}", "gu")) ?? []).length > 12) return null;
  return q;
}
function sameDimension(values) {
  return values.every((q) => q.dimension === values[0].dimension);
}
var looksLikeYears = (values) => values.every((q) => q.dimension === "count" && Number.isInteger(q.written) && q.written >= 1900 && q.written <= 2100);
function namesColumn(header, basis) {
  const h = normalizeLabel(header).split(" ").filter(Boolean);
  const b = normalizeLabel(basis).split(" ").filter(Boolean);
  if (h.length === 0 || b.length === 0) return false;
  return h.every((w) => b.includes(w)) || b.every((w) => h.includes(w));
}
function rankColumnOf(table, cue) {
  for (let c = 0; c < table.header.length; c++) {
    const header = cleanLabel(table.header[c]?.text ?? "");
    const marks = table.rows.map((row) => readRankCell(row[c]?.text ?? ""));
    if (marks.some((m) => m === null)) continue;
    const ranked = marks.filter((m) => m !== UNRANKED && m !== null);
    if (ranked.length < 2) continue;
    const medals = ranked.some((m) => m.form === "medal");
    const ordinals = ranked.every((m) => m.form !== "number");
    if (RANK_HEADER.test(header) || medals || header === "" && ordinals) return { index: c, marks, explicit: true };
    if (cue.ranking && (INDEX_HEADER.test(header) || ordinals)) return { index: c, marks, explicit: false };
  }
  return null;
}
function keyColumnOf(context, table, rank, cue) {
  const rankedRows = table.rows.filter((_, r) => rank.marks[r] !== UNRANKED);
  const numeric = [];
  for (let c = 0; c < table.header.length; c++) {
    if (c === rank.index) continue;
    const header2 = cleanLabel(table.header[c]?.text ?? "");
    if (ABOUT_RANK.test(header2) && !AGGREGATE_RANK.test(header2) || NOT_A_KEY.test(header2)) continue;
    const cells2 = rankedRows.map((row) => valueOfCell(context, row[c]));
    if (cells2.some((v) => v === null)) continue;
    const values = cells2.filter((v) => v !== "na" && v !== null);
    if (values.length < 2 || !sameDimension(values) || looksLikeYears(values)) continue;
    numeric.push(c);
  }
  const header = (c) => cleanLabel(table.header[c]?.text ?? "");
  if (cue.basis) {
    const all2 = table.header.map((_, c) => c).filter((c) => c !== rank.index && namesColumn(header(c), cue.basis.basis));
    if (all2.length !== 1 || !numeric.includes(all2[0])) return null;
    return { index: all2[0], label: header(all2[0]), named: true };
  }
  const named = numeric.filter((c) => KEY_HEADER.test(header(c)) || AGGREGATE_RANK.test(header(c)));
  if (named.length === 1) return { index: named[0], label: header(named[0]), named: true };
  if (named.length > 1 || numeric.length !== 1) return null;
  return { index: numeric[0], label: header(numeric[0]), named: false };
}
function nameColumnOf(context, table, skip) {
  for (let c = 0; c < table.header.length; c++) {
    if (skip.includes(c)) continue;
    if (table.rows.some((row) => valueOfCell(context, row[c]) === null)) return c;
  }
  return null;
}
function keyPolarity(context, key) {
  return polarityOf(key, context.policy) || rankingPolarity(key);
}
function ranksRestart(ranks) {
  const sorted = ranks.every((r, i) => i === 0 || ranks[i - 1] <= r);
  return !sorted && new Set(ranks).size < ranks.length;
}
function claimOf3(entries, key, named, direction, tiesMarked, binding) {
  if (entries.length < 2 || ranksRestart(entries.map((e) => e.rank))) return null;
  const ordered = entries.map((e, i) => [e, i]).sort((a, b) => a[0].rank - b[0].rank || a[1] - b[1]).map(([e]) => e);
  const shown = ordered.slice(0, 5).map((e) => `${e.rank} ${e.name} (${e.value.raw})`);
  return {
    kind: "rank-order",
    at: ordered[0].place,
    binding,
    key,
    entries: ordered,
    direction,
    named,
    tiesMarked,
    about: `the ranking by ${key}`,
    reading: `${shown.join(", ")}${ordered.length > 5 ? ", \u2026" : ""}`
  };
}
function tableRanking(context, table) {
  if (table.rows.length < 2) return null;
  const cue = cueOf(cueLines(table.headings, [tableLeadIn(context.doc, table)]));
  const rank = rankColumnOf(table, cue);
  if (!rank) return null;
  const key = keyColumnOf(context, table, rank, cue);
  if (!key) return null;
  const nameColumn = nameColumnOf(context, table, [rank.index, key.index]);
  const entries = [];
  let tiesMarked = TIE_WORDS.test(cue.text);
  for (let r = 0; r < table.rows.length; r++) {
    const row = table.rows[r];
    const mark = rank.marks[r];
    if (!mark || mark === UNRANKED) {
      const title = row.every((cell2, c) => c === nameColumn || cell2.text.trim() === "");
      if (title && entries.length > 0 && r < table.rows.length - 1) return null;
      continue;
    }
    const value2 = valueOfCell(context, row[key.index]);
    if (value2 === null || value2 === "na") continue;
    if (mark.tied || row.some((cell2) => TIE_WORDS.test(cell2.text))) tiesMarked = true;
    const cell = row[key.index];
    const name = nameColumn === null ? `row ${r + 1}` : nameOf(row[nameColumn]?.text ?? "") || `row ${r + 1}`;
    entries.push({ name, rank: mark.rank, value: value2, place: { unit: cell, start: value2.start, end: value2.end } });
  }
  if (!sameDimension(entries.map((e) => e.value))) return null;
  const direction = directionOf(cue.text, keyPolarity(context, key.label));
  const binding = rank.explicit && direction !== 0 ? "structural" : "weak";
  return claimOf3(entries, key.label, key.named, direction, tiesMarked, binding);
}
var BASIS_DIMENSIONS = [
  [/\b(?:latency|latencies|time|duration|p\d{2}|response|speed|runtime)\b/i, "duration"],
  [/\b(?:cost|costs|price|spend|spending|budget)\b/i, "money"],
  [/\b(?:size|memory|footprint|bundle)\b/i, "bytes"]
];
function basisFitsItems(basis, texts, values) {
  const words3 = normalizeLabel(basis).split(" ").filter((w) => w.length > 2);
  if (words3.length > 0 && texts.every((t) => words3.some((w) => t.toLowerCase().includes(w)))) return true;
  return BASIS_DIMENSIONS.some(([pattern, dimension]) => pattern.test(basis) && values.every((q) => q.dimension === dimension));
}
function valueLabel(text3, value2) {
  const after = /^\s*([A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*)?)/.exec(text3.slice(value2.end))?.[1];
  return after && !/^(?:and|or|with|vs|in|on|at|to|from|by|for|the|a|an)\b/i.test(after) ? after : "";
}
var TRAILING_LINK = /(?:[:\u2014\u2013=(,]|-|\bwith|\bat|\bscored|\bscoring|\bscores|\bhas|\bwas|\bis)$/i;
function withoutTrailingLink(label) {
  let name = label.trimEnd();
  for (let match = TRAILING_LINK.exec(name); match && name.length > 0; match = TRAILING_LINK.exec(name)) {
    if (match[0] === "-" && !/\s-$/.test(name) && name.length > 1) break;
    name = name.slice(0, match.index).trimEnd();
  }
  return name.trim();
}
function itemName(text3, from, value2) {
  const name = withoutTrailingLink(cleanLabel(text3.slice(from, value2.start)));
  return name.length > 0 ? name.slice(0, 60) : cleanLabel(text3.slice(value2.end)).slice(0, 60);
}
function listRanking(context, items) {
  if (items.length < 2) return null;
  const first = items[0];
  const cue = cueOf(cueLines(first.headings, [first.leadIn?.text, first.parent?.lines[0]?.text]));
  if (cue.basis?.judgement) return null;
  const entries = [];
  const texts = [];
  let medals = false;
  let tiesMarked = TIE_WORDS.test(cue.text);
  let label = "";
  for (const item of items) {
    const unit = item.lines[0];
    if (!unit) return null;
    const prefix = readRankPrefix(unit.text);
    const mark = prefix?.mark ?? (item.number === null ? null : { rank: item.number, tied: false, form: "number" });
    if (!mark) return null;
    if (mark.form === "medal" || prefix?.place) medals = true;
    if (mark.tied || TIE_WORDS.test(unit.text)) tiesMarked = true;
    const from = prefix?.end ?? 0;
    const tokens = context.tokens(unit);
    const values = tokens.quantities.filter((q) => !q.word && q.start >= from);
    if (values.length === 0 && /\bn\/?a\b/i.test(unit.text)) continue;
    if (values.length !== 1 || tokens.fractions.length > 0) return null;
    const value2 = values[0];
    label ||= valueLabel(unit.text, value2);
    texts.push(unit.text);
    entries.push({ name: itemName(unit.text, from, value2), rank: mark.rank, value: value2, place: { unit, start: value2.start, end: value2.end } });
  }
  if (!cue.ranking && !medals) return null;
  if (entries.length < 2 || !sameDimension(entries.map((e) => e.value))) return null;
  if (cue.basis && !basisFitsItems(cue.basis.basis, texts, entries.map((e) => e.value))) return null;
  const key = cue.basis?.basis ?? label;
  const direction = directionOf(cue.text, key ? keyPolarity(context, key) : 0);
  return claimOf3(entries, key || "value", Boolean(cue.basis), direction, tiesMarked, "weak");
}

// src/claims/sequence-progress.ts
var STEP = "week|day|month|sprint|phase|stage|milestone|iteration|quarter|cycle|step|wave|semester|term|module|lesson|chapter|part|session";
var POSITION = new RegExp(`\\b(${STEP})[ \\t]+#?(\\d{1,4})[ \\t]*(?:of|out of|/)[ \\t]*(\\d{1,4})\\b`, "gi");
var MAY_HOLD_POSITION = /\d[ \t]*(?:of|\/)[ \t]*\d/;
var PROGRESS = "(?:through|complete|completed|done|elapsed|progress|of the way(?: through)?)";
var OPEN_AFTER = /^[ \t]*(?:\([ \t]*(?:progress:?[ \t]*)?|[\u2014\u2013-][ \t]*|,[ \t]*)$/;
var CLOSE_AFTER = new RegExp(`^[ \\t]*(?:${PROGRESS}[ \\t]*)?(?:\\)|$|[,;.](?!\\d))`, "i");
var DASH_CLOSE = new RegExp(`^[ \\t]*(?:${PROGRESS}[ \\t]*)?(?:$|[,;.)](?!\\d))`, "i");
var COMMA_CLOSE = new RegExp(`^[ \\t]*${PROGRESS}[ \\t]*(?:$|[,;.)](?!\\d))`, "i");
var BETWEEN_BEFORE2 = new RegExp(`^[ \\t]*(?:${PROGRESS}[ \\t]*)?(?:\\(|at[ \\t]|in[ \\t]|[\u2014\u2013-])[ \\t]*$`, "i");
function readSequenceProgress({ doc, tokens }) {
  const claims = [];
  for (const line of doc.lines) {
    const unit = line.unit;
    const text3 = unit.text;
    if (!text3.includes("%") || !MAY_HOLD_POSITION.test(text3)) continue;
    const quantities = tokens(unit).quantities;
    const percents = quantities.filter((q) => q.dimension === "percent" && !q.sign && !q.bound && q.rangeHigh === null);
    for (const m of text3.matchAll(POSITION)) {
      const position2 = Number(m[2]);
      const length = Number(m[3]);
      if (position2 < 1 || length < 2 || position2 > length || length >= 1900 && length <= 2100) continue;
      const start = m.index;
      const end = start + m[0].length;
      const split = dashedPercent(text3, quantities, end);
      const percent = percentAfter(text3, end, split ? [split, ...percents] : percents) ?? percentBefore(text3, start, end, percents);
      if (!percent) continue;
      const step = m[1].toLowerCase();
      const seq = text3.slice(start, end);
      claims.push({
        kind: "sequence-progress",
        at: { unit, start: percent.start, end: percent.end },
        binding: "tight",
        step,
        position: position2,
        length,
        percent,
        sequence: { unit, start, end },
        about: seq,
        reading: `${seq} \u2194 ${percent.raw}`
      });
    }
  }
  return claims;
}
function dashedPercent(text3, quantities, end) {
  const range = quantities.find((q) => q.digitsEnd === end && q.rangeHigh !== null && q.dimension === "percent");
  if (!range) return null;
  const dash = /[\u2014\u2013-]/.exec(text3.slice(end, range.end));
  if (!dash) return null;
  const offset = end + dash.index + 1;
  const percent = tokenize(text3.slice(offset)).quantities[0];
  if (!percent || percent.dimension !== "percent" || percent.sign || percent.bound || percent.rangeHigh !== null) return null;
  return { ...percent, start: percent.start + offset, end: percent.end + offset, digitsStart: percent.digitsStart + offset, digitsEnd: percent.digitsEnd + offset };
}
function percentAfter(text3, end, percents) {
  const percent = percents.find((q) => q.start >= end);
  if (!percent) return null;
  const opener2 = text3.slice(end, percent.start);
  if (!OPEN_AFTER.test(opener2)) return null;
  const rest = text3.slice(percent.end);
  const close2 = opener2.includes("(") ? CLOSE_AFTER : opener2.includes(",") ? COMMA_CLOSE : DASH_CLOSE;
  return close2.test(rest) ? percent : null;
}
function percentBefore(text3, start, end, percents) {
  const percent = percents.filter((q) => q.end <= start).pop();
  if (!percent) return null;
  const between = text3.slice(percent.end, start);
  if (!BETWEEN_BEFORE2.test(between)) return null;
  if (between.includes("(") && !/^[ \t]*\)/.test(text3.slice(end))) return null;
  return percent;
}

// src/claims/extract.ts
var READERS = [readFractionPercents, readChanges, readTotals, readCounts, readTargetStatuses, readCountRates, readRowRates, readDurations, readDateSpans, readSequenceProgress, readBounds, readSummaryRows, readArithmetic, readRankings];
function extractClaims(doc, options) {
  const context = { doc, tokens: options.tokens, policy: options.policy };
  const claims = READERS.flatMap((read) => read(context));
  const values = readMetricValues(context);
  return [...claims, ...values, ...readSameMetrics(doc, values)];
}

// src/check/directives.ts
var DIRECTIVE = /^\s*recount-(disable-next-line|disable-line|disable-file|disable|enable)(?![\w-])([\s\S]*)$/;
function* commentBodies(text3) {
  for (let open2 = text3.indexOf("<!--"); open2 >= 0; open2 = text3.indexOf("<!--", open2 + 4)) {
    const close2 = text3.indexOf("-->", open2 + 4);
    if (close2 < 0) return;
    yield text3.slice(open2 + 4, close2);
    open2 = close2;
  }
}
function parseDirectives(comments, knownRules) {
  const directives = [];
  const problems = [];
  for (const comment of comments) {
    for (const body of commentBodies(comment.text)) {
      const match = DIRECTIVE.exec(body);
      if (!match) continue;
      const kind = match[1];
      const list2 = (match[2] ?? "").split(/\s--\s/)[0];
      const rules = list2.split(/[\s,]+/).filter((r) => r.length > 0);
      const unknown = rules.filter((r) => !knownRules.includes(r));
      if (unknown.length > 0) {
        problems.push({ line: comment.line, message: `recount-${kind} names unknown rule${unknown.length > 1 ? "s" : ""} ${unknown.map((r) => `"${r}"`).join(", ")}; known rules: ${knownRules.join(", ")}` });
        continue;
      }
      directives.push({ kind, rules, line: comment.line, endLine: comment.endLine, used: false });
    }
  }
  return { directives, problems };
}
var names = (d, rule) => d.rules.length === 0 || d.rules.includes(rule);
function suppresses(directives, rule, line) {
  for (const d of directives) {
    if (!names(d, rule)) continue;
    if (d.kind === "disable-file" || d.kind === "disable-next-line" && line === d.endLine + 1 || d.kind === "disable-line" && line >= d.line && line <= d.endLine) {
      d.used = true;
      return true;
    }
  }
  let active = null;
  for (const d of directives) {
    if (d.line > line) break;
    if (!names(d, rule)) continue;
    if (d.kind === "disable") active = d;
    else if (d.kind === "enable") active = null;
  }
  if (active) active.used = true;
  return active !== null;
}

// src/model.ts
var SEVERITY_RANK = { notice: 1, warning: 2, error: 3, never: 99 };

// src/check/certainty.ts
var CEILING = { tight: "error", structural: "error", inferred: "warning", weak: "notice" };
function severityFor(configured, binding, atMost) {
  let severity = configured;
  for (const cap of [CEILING[binding], atMost]) if (cap && SEVERITY_RANK[cap] < SEVERITY_RANK[severity]) severity = cap;
  return severity;
}

// src/check/run.ts
function runRules(doc, options) {
  const tokenCache = /* @__PURE__ */ new Map();
  const tokens = (unit) => {
    let cached2 = tokenCache.get(unit);
    if (!cached2) {
      cached2 = tokenize(unit.text);
      tokenCache.set(unit, cached2);
    }
    return cached2;
  };
  const policy = options.policy ?? DEFAULT_POLICY;
  const offsetOf = (place) => place.unit.sourceSpan(place.start, place.end).start;
  const lineOf2 = (place) => doc.index.place(offsetOf(place)).line;
  const { directives, problems } = parseDirectives(doc.comments, options.rules.map((r) => r.meta.id));
  const found = /* @__PURE__ */ new Set();
  for (const line of doc.lines) {
    for (const q of tokens(line.unit).quantities) if (!q.word) found.add(line.unit.sourceSpan(q.start, q.end).start);
  }
  const verifiedNumbers = /* @__PURE__ */ new Set();
  const contradictedNumbers = /* @__PURE__ */ new Set();
  const findings = [];
  const seen = /* @__PURE__ */ new Set();
  const views = [];
  const claims = extractClaims(doc, { tokens, policy });
  const ruleFor = /* @__PURE__ */ new Map();
  for (const rule of options.rules) {
    const severity = options.severities?.[rule.meta.id] ?? rule.meta.severity;
    if (severity === "off") continue;
    const ignoredLabels = new Set((options.ignore?.[rule.meta.id] ?? []).map((l) => canonicalLabel(normalizeLabel(l), policy)));
    const context = { metrics: options.metrics ?? [], policy, ignoredLabels, lineOf: lineOf2 };
    for (const kind of rule.meta.claims) ruleFor.set(kind, { rule, severity, context });
  }
  for (const claim3 of claims) {
    const assigned = ruleFor.get(claim3.kind);
    let verdict = assigned ? assigned.rule.verify(claim3, assigned.context) : { status: "unverifiable", reason: "no enabled rule checks this kind of claim" };
    if (verdict.status === "contradicted" && claim3.doubt) verdict = { status: "unverifiable", reason: `${verdict.message}, but ${claim3.doubt}` };
    let severity;
    if (verdict.status === "verified") for (const place of verdict.checked) verifiedNumbers.add(offsetOf(place));
    if (verdict.status === "contradicted" && assigned) {
      severity = severityFor(assigned.severity, claim3.binding, verdict.atMost);
      const at2 = verdict.at ?? claim3.at;
      const finding = toFinding(doc, options.file, assigned.rule.meta.id, severity, at2, verdict);
      if (!suppresses(directives, assigned.rule.meta.id, finding.line)) {
        const key = `${finding.line}:${finding.column}:${finding.endColumn}:${finding.rule}:${finding.message}`;
        if (!seen.has(key)) {
          seen.add(key);
          findings.push(finding);
          if (severity !== "notice") contradictedNumbers.add(offsetOf(at2));
        }
      }
    }
    if (verdict.status === "unverifiable" && verdict.notice && assigned && !suppresses(directives, assigned.rule.meta.id, lineOf2(claim3.at))) {
      findings.push(toFinding(doc, options.file, assigned.rule.meta.id, "notice", claim3.at, { status: "contradicted", message: verdict.notice.message, sources: verdict.notice.sources }));
    }
    if (options.listClaims) views.push(viewOf(doc, claim3, assigned?.rule.meta.id, verdict, severity));
  }
  for (const problem of problems) findings.push(directiveFinding(doc, options.file, problem.line, "error", problem.message));
  if (options.reportUnusedDisable) {
    for (const d of directives) {
      if (d.used || d.kind === "enable") continue;
      findings.push(directiveFinding(doc, options.file, d.line, "warning", `recount-${d.kind}${d.rules.length > 0 ? ` ${d.rules.join(" ")}` : ""} suppressed nothing`));
    }
  }
  for (const offset of contradictedNumbers) verifiedNumbers.delete(offset);
  const foundCount = Math.max(found.size, verifiedNumbers.size + contradictedNumbers.size);
  findings.sort((a, b) => a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  const result = {
    findings,
    claims: {
      found: foundCount,
      verified: verifiedNumbers.size,
      contradicted: contradictedNumbers.size,
      unverifiable: foundCount - verifiedNumbers.size - contradictedNumbers.size
    }
  };
  if (options.listClaims) result.claimList = views.sort((a, b) => a.line - b.line || a.column - b.column);
  return result;
}
function toFinding(doc, file, rule, severity, at2, verdict) {
  const span = at2.unit.sourceSpan(at2.start, at2.end);
  const start = doc.index.place(span.start);
  const end = doc.index.place(span.end);
  const related = (verdict.related ?? []).map((other) => doc.index.place(other.unit.sourceSpan(other.start, other.end).start));
  for (const source of verdict.sources ?? []) related.push({ file: source.file, path: source.path });
  const finding = {
    file,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    rule,
    severity,
    message: verdict.message,
    stated: doc.source.slice(span.start, span.end),
    related
  };
  if (verdict.computed !== void 0) finding.computed = verdict.computed;
  if (verdict.suggestion !== void 0 && severity === "error") finding.suggestion = verdict.suggestion;
  return finding;
}
function viewOf(doc, claim3, rule, verdict, severity) {
  const at2 = verdict.status === "contradicted" ? verdict.at ?? claim3.at : claim3.at;
  const span = at2.unit.sourceSpan(at2.start, at2.end);
  const offset = span.start;
  const place = doc.index.place(offset);
  const end = doc.index.place(span.end);
  const view = {
    line: place.line,
    column: place.column,
    endLine: end.line,
    endColumn: end.column,
    kind: claim3.kind,
    binding: claim3.binding,
    about: claim3.about,
    reading: claim3.reading,
    section: sectionPath(doc, offset),
    verdict: verdict.status
  };
  if (rule) view.rule = rule;
  if (verdict.status === "unverifiable") view.detail = verdict.reason;
  if (verdict.status === "contradicted") view.detail = verdict.message;
  if (severity) view.severity = severity;
  return view;
}
function directiveFinding(doc, file, line, severity, message) {
  const text3 = doc.source.split(/\r\n|\r|\n/)[line - 1] ?? "";
  const start = Math.max(0, text3.indexOf("<!--"));
  const close2 = text3.indexOf("-->", start);
  const end = close2 >= 0 ? close2 + 3 : text3.length;
  return { file, line, column: start + 1, endLine: line, endColumn: end + 1, rule: "directive", severity, message, stated: text3.slice(start, end), related: [] };
}

// src/config/front-matter.ts
var FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/;
function frontMatterConfig(file, source) {
  const match = FRONT_MATTER.exec(source);
  if (!match || !/^recount\s*:/m.test(match[1])) return null;
  return parseConfig(file, match[1], 1, ["recount"]);
}
function configForReport(file, source, base) {
  const own6 = frontMatterConfig(file, source);
  return own6 ? { config: mergeConfig(base, own6, base.source), frontMatter: true } : { config: base, frontMatter: false };
}

// src/check-markdown.ts
var charactersChecked = 0;
function charactersCheckedSoFar() {
  return charactersChecked;
}
function check(markdown, options = {}) {
  charactersChecked += markdown.length;
  const file = options.file ?? "<input>";
  const source = markdown.charCodeAt(0) === 65279 ? markdown.slice(1) : markdown;
  const { config: config2 } = configForReport(file, source, options.config ?? defaultConfig());
  const doc = buildDocument(source, { codeBlocks: config2.codeBlocks });
  const { findings, claims, claimList } = runRules(doc, {
    file,
    rules: RULES,
    severities: { ...config2.severities, ...options.rules },
    metrics: options.metrics,
    policy: config2.policy,
    ignore: config2.ignore,
    reportUnusedDisable: options.reportUnusedDisable,
    listClaims: options.listClaims
  });
  return claimList ? { file, findings, claims, claimList } : { file, findings, claims };
}

// src/metrics/load.ts
var import_promises4 = require("node:fs/promises");

// src/metrics/detect.ts
var PROMETHEUS_SAMPLE = /^[a-zA-Z_:][a-zA-Z0-9_:]*(?:\{[^}]*\})?[ \t]+[-+0-9.eE]+(?:[ \t]+\d+)?$/;
function detectFormat(head2) {
  const text3 = head2.replace(/^\uFEFF/, "").trimStart();
  if (text3.startsWith("<")) return "junit";
  if (/^(?:TN|SF):/m.test(text3.slice(0, 2e3)) && /^SF:/m.test(text3)) return "lcov";
  if (text3.startsWith("{")) {
    if (/"statementMap"\s*:/.test(text3)) return "coverage-final";
    if (/^\{\s*"total"\s*:/.test(text3) || /"total"\s*:\s*\{/.test(text3) && /"pct"\s*:/.test(text3)) return "coverage-summary";
    if (/"http_req_duration"|"http_req_failed"|"http_reqs"|"vus_max"/.test(text3)) return "k6";
    if (/"latency"\s*:/.test(text3) && /"requests"\s*:/.test(text3)) return "autocannon";
    if (/"metrics"\s*:/.test(text3)) return "recount";
    return null;
  }
  if (/^metrics\s*:/m.test(text3)) return "recount";
  if (/^# (?:HELP|TYPE) /m.test(text3) || text3.split("\n").some((line) => PROMETHEUS_SAMPLE.test(line.trim()))) return "prometheus";
  return null;
}

// src/metrics/load.ts
init_model();

// src/metrics/parsers/recount-file.ts
init_units();
init_units();
init_build();
init_model();
init_source_map();
var SHARE = /rate|coverage|uptime|availability|pass|success|share|hit/i;
var CHANGE = /change|growth|increase|decrease|delta|improvement/i;
var Entry = zod_parts_exports.union([
  zod_parts_exports.number(),
  zod_parts_exports.strictObject({
    value: zod_parts_exports.number(),
    unit: zod_parts_exports.optional(zod_parts_exports.string()),
    of: zod_parts_exports.optional(zod_parts_exports.number().check(zod_parts_exports.positive())),
    aliases: zod_parts_exports.optional(zod_parts_exports.array(zod_parts_exports.string().check(zod_parts_exports.minLength(1)))),
    target: zod_parts_exports.optional(zod_parts_exports.boolean())
  })
]);
var RecountMetricsFileSchema = zod_parts_exports.strictObject({ metrics: zod_parts_exports.record(zod_parts_exports.string().check(zod_parts_exports.minLength(1)), Entry) });
function parseRecountFile(file, text3) {
  let doc;
  let value2;
  try {
    doc = parseYaml(text3);
    const syntax = doc.errors[0];
    if (syntax) throw new MetricsError(file, lineColumnOf(text3, syntax.pos[0]), `invalid YAML/JSON: ${syntax.message.split("\n")[0]}`);
    value2 = yamlValue(doc);
  } catch (error2) {
    if (error2 instanceof YamlLimitError) throw new MetricsError(file, error2.offset === null ? null : lineColumnOf(text3, error2.offset), `refused: ${error2.message}`);
    throw error2;
  }
  const parsed = RecountMetricsFileSchema.safeParse(value2);
  if (!parsed.success) {
    const issue2 = deepestIssue(parsed.error.issues[0]);
    const node2 = doc.getIn(issue2.path, true);
    const place = node2?.range ? lineColumnOf(text3, node2.range[0]) : null;
    throw new MetricsError(file, place, `${issue2.path.join(".") || "(top level)"}: ${issue2.message}`);
  }
  const list2 = new MetricList(file);
  for (const [name, entry] of Object.entries(parsed.data.metrics)) {
    const spoken = name.replace(/[_-]+/g, " ");
    const path = `metrics.${name}`;
    if (typeof entry === "number") {
      list2.add({ name, aliases: [spoken], value: entry, dimension: "unitless", display: trimNumber(entry, 6), path });
      continue;
    }
    const aliases = [spoken, ...entry.aliases ?? []];
    if (entry.of !== void 0) {
      if (entry.value < 0 || entry.value > entry.of) throw new MetricsError(file, lineOf(doc, text3, ["metrics", name, "value"]), `${path}.value: ${entry.value} is not between 0 and of (${entry.of})`);
      list2.count(name, aliases, `${path}.value`, entry.value);
      list2.percent(`${name} share`, aliases, `${path}.value / ${path}.of`, entry.value / entry.of * 100);
      continue;
    }
    const unit = entry.unit?.trim();
    if (!unit) {
      list2.add({ name, aliases, value: entry.value, dimension: "unitless", display: trimNumber(entry.value, 6), path: `${path}.value`, target: entry.target });
    } else if (unit === "%" && SHARE.test([name, ...aliases].join(" ")) && !CHANGE.test(name)) {
      list2.percent(name, aliases, `${path}.value`, entry.value);
    } else if (unit === "ratio") {
      list2.rate(name, aliases, `${path}.value`, entry.value);
    } else if (unit === "count") {
      list2.count(name, aliases, `${path}.value`, entry.value);
    } else {
      const info = unitInfo(unit);
      if (!info) throw new MetricsError(file, lineOf(doc, text3, ["metrics", name, "unit"]), `${path}.unit: unknown unit "${unit}" (use %, ratio, count, ms, s, min, h, req/s, KB, MB, GB)`);
      list2.add({ name, aliases, value: entry.value * info.factor, dimension: info.dimension, display: `${trimNumber(entry.value, 6)}${info.symbol === "%" ? "%" : ` ${info.symbol.trim()}`}`, path: `${path}.value`, target: entry.target });
    }
  }
  return list2.metrics;
}
function lineOf(doc, text3, path) {
  const node2 = doc.getIn(path, true);
  return node2?.range ? lineColumnOf(text3, node2.range[0]) : null;
}

// src/metrics/parsers/load-tests.ts
init_build();
init_aliases();
init_model();
init_json_source();
function parseK6(file, text3) {
  const json = parseJson(file, text3);
  const metrics = at(json, "metrics");
  if (!metrics || typeof metrics !== "object") throw new MetricsError(file, null, 'not a k6 summary: no "metrics" object');
  const list2 = new MetricList(file);
  const value2 = (metric, key) => {
    for (const path of [`metrics.${metric}.values.${key}`, `metrics.${metric}.${key}`]) {
      const found = pick4(json, path);
      if (found !== void 0) return [path, found];
    }
    return null;
  };
  const durations = [["p50", "med"], ["p90", "p(90)"], ["p95", "p(95)"], ["p99", "p(99)"], ["average", "avg"], ["max", "max"]];
  for (const [name, key] of durations) {
    const found = value2("http_req_duration", key);
    if (found) list2.milliseconds(`http_req_duration ${key}`, LOAD[name], found[0], found[1]);
  }
  const failed = value2("http_req_failed", "rate") ?? value2("http_req_failed", "value");
  if (failed) list2.rate("http_req_failed", LOAD.errorRate, failed[0], failed[1]);
  const requests = value2("http_reqs", "count");
  if (requests) list2.count("http_reqs", LOAD.requests, requests[0], requests[1]);
  const rate = value2("http_reqs", "rate");
  if (rate) list2.perSecond("http_reqs rate", LOAD.throughput, rate[0], rate[1]);
  const iterations = value2("iterations", "count");
  if (iterations) list2.count("iterations", LOAD.iterations, iterations[0], iterations[1]);
  const vus = value2("vus_max", "max") ?? value2("vus_max", "value");
  if (vus) list2.count("vus_max", LOAD.vus, vus[0], vus[1]);
  if (list2.metrics.length === 0) throw new MetricsError(file, "metrics", "a k6 summary without http_req_duration, http_req_failed, http_reqs, iterations or vus_max");
  return list2.metrics;
}
function pick4(json, path) {
  const [, metric, ...rest] = path.split(".");
  const base = at(json, `metrics.${metric}`);
  if (base === void 0 || base === null) return void 0;
  const key = rest.join(".");
  if (key.startsWith("values.")) return at(base, "values")?.[key.slice(7)];
  return base[key];
}
function parseAutocannon(file, text3) {
  const json = parseJson(file, text3);
  if (at(json, "latency") === void 0 || at(json, "requests") === void 0) throw new MetricsError(file, null, 'not an autocannon result: no "latency" and "requests"');
  const list2 = new MetricList(file);
  const durations = [["p50", "p50"], ["p90", "p90"], ["p99", "p99"], ["average", "average"], ["max", "max"]];
  for (const [name, key] of durations) if (at(json, `latency.${key}`) !== void 0) list2.milliseconds(`latency ${key}`, LOAD[name], `latency.${key}`, at(json, `latency.${key}`));
  const total = list2.count("requests total", LOAD.requests, "requests.total", at(json, "requests.total"));
  list2.perSecond("requests average", LOAD.throughput, "requests.average", at(json, "requests.average"));
  const errors = list2.count("errors", LOAD.errors, "errors", at(json, "errors") ?? 0);
  const non2xx = list2.count("non2xx", ["non 2xx responses", "non-2xx responses"], "non2xx", at(json, "non2xx") ?? 0);
  const attempts = total + errors;
  if (attempts > 0) list2.percent("error rate", LOAD.errorRate, "(errors + non2xx) / (requests.total + errors)", Math.min(100, (errors + non2xx) / attempts * 100));
  return list2.metrics;
}

// src/metrics/load.ts
async function head(file) {
  const handle = await (0, import_promises4.open)(file, "r");
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString("utf8");
  } finally {
    await handle.close();
  }
}
var MAX_WHOLE_METRICS_BYTES = 64 * 1024 * 1024;
async function readWhole(file, format, limit = MAX_WHOLE_METRICS_BYTES) {
  const { size } = await (0, import_promises4.stat)(file);
  const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
  if (size > limit) throw new MetricsError(file, null, `refused: ${mb(size)} MB is over the ${mb(limit)} MB limit for a ${format} file, which is read whole`);
  try {
    return readGuardedFile(file, limit).toString("utf8");
  } catch (error2) {
    throw error2 instanceof RefusedFile ? new MetricsError(file, null, `not read: ${error2.reason}`) : error2;
  }
}
async function parseMetricsFile(file, forced) {
  let start;
  try {
    const why = refusal(file, MAX_METRICS_BYTES);
    if (why) throw new MetricsError(file, null, `not read: ${why}`);
    start = await head(file);
  } catch (error2) {
    throw error2 instanceof MetricsError ? error2 : new MetricsError(file, null, describeIoError(error2));
  }
  const format = forced ?? detectFormat(start);
  if (!format) throw new MetricsError(file, null, `unsupported metrics file: expected one of ${METRICS_FORMATS.join(", ")} (use --metrics-format to say which)`);
  switch (format) {
    // The streaming parsers (XML, JSON, and lines through node:readline) load only when a file needs
    // them, not on a plain check.
    case "junit":
      return (await Promise.resolve().then(() => (init_junit(), junit_exports))).parseJunit(file);
    case "coverage-final":
      return (await Promise.resolve().then(() => (init_coverage(), coverage_exports))).parseCoverageFinal(file);
    case "lcov":
      return (await Promise.resolve().then(() => (init_lcov(), lcov_exports))).parseLcov(file);
    case "prometheus":
      return (await Promise.resolve().then(() => (init_prometheus(), prometheus_exports))).parsePrometheus(file);
    default: {
      const text3 = await readWhole(file, format);
      if (format === "recount") return parseRecountFile(file, text3);
      if (format === "coverage-summary") return (await Promise.resolve().then(() => (init_coverage(), coverage_exports))).parseCoverageSummary(file, text3);
      if (format === "k6") return parseK6(file, text3);
      return parseAutocannon(file, text3);
    }
  }
}
async function loadMetrics(patterns, forced) {
  const metrics = [];
  const errors = [];
  for (const pattern of patterns) {
    const files = /[*?{[]/.test(pattern) ? (await glob2(pattern)).filter((f) => !MARKDOWN_EXTENSIONS.test(f)).sort() : [pattern];
    if (files.length === 0) errors.push(new MetricsError(pattern, null, "no metrics file matches this pattern"));
    for (const file of files) {
      try {
        metrics.push(...await parseMetricsFile(file, forced));
      } catch (error2) {
        errors.push(error2 instanceof MetricsError ? error2 : new MetricsError(file, null, error2.message));
      }
    }
  }
  return { metrics, errors };
}

// src/read/parse-cost.ts
var KIB = 1024;
var MIB = 1024 * KIB;
var PARSE_WEIGHTS = { byte: 128, tableCell: 8 * KIB, bracket: 6 * KIB, emphasisRun: 2 * KIB, containerLevel: 2 * KIB };
var PARSE_BUDGET = {
  /** Estimated parser memory per file (a normal report of about 6 MB, 250,000 table cells). */
  memoryBytes: 2048 * MIB,
  /** micromark's cost per line grows with the square of a blockquote's depth (one line 50,000 deep takes minutes). */
  quoteDepth: 100,
  /** Emphasis is matched per paragraph in time that grows faster than linearly with its markers. */
  emphasisRunsPerParagraph: 2e3,
  /**
   * Each list or blockquote closed by a line that is not its continuation makes micromark copy its
   * events for every line parsed so far (the lazy-line path of its document tokenizer): the sum of
   * those lines' numbers, about 160 ns each (50,000,000: about 8 s).
   */
  containerExitLines: 5e7
};
var GT = 62;
var SPACE = 32;
var TAB = 9;
var PIPE = 124;
var BRACKET = 91;
var STAR = 42;
var UNDERSCORE = 95;
var BACKTICK = 96;
var TILDE = 126;
var HASH = 35;
function estimateParseCost(text3) {
  const cost = {
    memoryBytes: 0,
    tableCells: 0,
    brackets: 0,
    emphasisRuns: 0,
    containerLevels: 0,
    containerExitLines: 0,
    deepestQuote: { depth: 0, line: 0 },
    densestParagraph: { emphasisRuns: 0, line: 0 }
  };
  let lineNumber = 0;
  let lineStart = 0;
  let inFence = false;
  let inContainer = false;
  let previousBlank = true;
  let paragraphLine = 0;
  let paragraphRuns = 0;
  let pipeLines = 0;
  let previousPipes = 0;
  for (let end = 0; end <= text3.length; end++) {
    const code = end < text3.length ? text3.charCodeAt(end) : 10;
    if (code !== 10 && code !== 13) continue;
    lineNumber++;
    const start = lineStart;
    lineStart = code === 13 && text3.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
    const lineEnd = end;
    end = lineStart - 1;
    let i = start;
    let quotes = 0;
    let indent2 = 0;
    for (; i < lineEnd; i++) {
      const c = text3.charCodeAt(i);
      if (c === GT) quotes++;
      else if (c === SPACE) indent2++;
      else if (c === TAB) indent2 += 4;
      else break;
    }
    const blank = i === lineEnd;
    if (quotes > cost.deepestQuote.depth) cost.deepestQuote = { depth: quotes, line: lineNumber };
    const first = text3.charCodeAt(i);
    const listItem = !blank && isListMarker(text3, i, lineEnd);
    cost.containerLevels += quotes + (indent2 >> 1) + (listItem ? 1 : 0);
    if ((first === BACKTICK || first === TILDE) && text3.charCodeAt(i + 1) === first && text3.charCodeAt(i + 2) === first) inFence = !inFence;
    if (blank) {
      paragraphRuns = 0;
      pipeLines = 0;
      previousPipes = 0;
    } else if (!inFence) {
      if (previousBlank) paragraphLine = lineNumber;
      const containerLine = quotes > 0 || listItem || inContainer && indent2 >= 2;
      if (!containerLine && inContainer && (previousBlank || first === HASH)) cost.containerExitLines += lineNumber;
      inContainer = containerLine || inContainer && !previousBlank;
      let pipes = 0;
      for (let k = i; k < lineEnd; k++) {
        const c = text3.charCodeAt(k);
        if (c === PIPE) pipes++;
        else if (c === BRACKET) cost.brackets++;
        else if ((c === STAR || c === UNDERSCORE) && text3.charCodeAt(k - 1) !== c) {
          cost.emphasisRuns++;
          paragraphRuns++;
        }
      }
      if (paragraphRuns > cost.densestParagraph.emphasisRuns) cost.densestParagraph = { emphasisRuns: paragraphRuns, line: paragraphLine };
      if (pipes > 0 && pipeLines > 0) cost.tableCells += pipes + (pipeLines === 1 ? previousPipes : 0);
      pipeLines = pipes > 0 ? pipeLines + 1 : 0;
      previousPipes = pipes;
    }
    previousBlank = blank;
  }
  cost.memoryBytes = text3.length * PARSE_WEIGHTS.byte + cost.tableCells * PARSE_WEIGHTS.tableCell + cost.brackets * PARSE_WEIGHTS.bracket + cost.emphasisRuns * PARSE_WEIGHTS.emphasisRun + cost.containerLevels * PARSE_WEIGHTS.containerLevel;
  return cost;
}
function isListMarker(text3, i, end) {
  const c = text3.charCodeAt(i);
  if (c === 45 || c === STAR || c === 43) return i + 1 === end || text3.charCodeAt(i + 1) === SPACE || text3.charCodeAt(i + 1) === TAB;
  let k = i;
  while (k < end && k - i < 9 && text3.charCodeAt(k) >= 48 && text3.charCodeAt(k) <= 57) k++;
  if (k === i) return false;
  const d = text3.charCodeAt(k);
  return (d === 46 || d === 41) && (k + 1 === end || text3.charCodeAt(k + 1) === SPACE || text3.charCodeAt(k + 1) === TAB);
}
var mib = (bytes) => groupInteger(Math.round(bytes / MIB));
var count = groupInteger;
function overBudget(cost) {
  if (cost.deepestQuote.depth > PARSE_BUDGET.quoteDepth) return `skipped: line ${cost.deepestQuote.line} nests blockquotes ${count(cost.deepestQuote.depth)} deep (more than ${PARSE_BUDGET.quoteDepth})`;
  if (cost.densestParagraph.emphasisRuns > PARSE_BUDGET.emphasisRunsPerParagraph) {
    return `skipped: the paragraph at line ${cost.densestParagraph.line} has more than ${count(PARSE_BUDGET.emphasisRunsPerParagraph)} emphasis markers (* or _)`;
  }
  if (cost.containerExitLines > PARSE_BUDGET.containerExitLines) {
    return `skipped: too many lists or blockquotes closed by a heading or paragraph for the file's length (the Markdown parser's time grows with their number times its lines)`;
  }
  if (cost.memoryBytes > PARSE_BUDGET.memoryBytes) {
    return `skipped: parsing would take about ${mib(cost.memoryBytes)} MB (${count(cost.tableCells)} table cells, ${count(cost.brackets)} brackets, ${count(cost.emphasisRuns)} emphasis markers, ${count(cost.containerLevels)} nesting levels), over the ${mib(PARSE_BUDGET.memoryBytes)} MB budget`;
  }
  return null;
}

// src/read/pathology.ts
var LIMITS = { indentColumns: 200, tableCells: 1e3, listRun: 2e4, tableRows: 5e3, inlineSyntax: 1e5 };
function pathology(text3) {
  let listRun = 0;
  let tableRun = 0;
  let lineStart = 0;
  for (let i = 0; i <= text3.length; i++) {
    const code = i < text3.length ? text3.charCodeAt(i) : 10;
    if (code !== 10 && code !== 13) continue;
    const line = text3.slice(lineStart, i);
    lineStart = i + 1;
    let indent2 = 0;
    while (indent2 < line.length && (line.charCodeAt(indent2) === 32 || line.charCodeAt(indent2) === 9)) indent2++;
    if (indent2 > LIMITS.indentColumns && indent2 < line.length) return `skipped: a line indented ${indent2} columns (nesting deeper than recount parses, ${LIMITS.indentColumns})`;
    const isItem = /^(?:[-*+]|\d{1,9}[.)])(?:\s|$)/.test(line.slice(indent2, indent2 + 11));
    listRun = isItem ? listRun + 1 : line.trim() === "" ? listRun : 0;
    if (listRun > LIMITS.listRun) return `skipped: a list of more than ${LIMITS.listRun} items`;
    if (line.length > LIMITS.inlineSyntax) {
      let syntax = 0;
      for (let k = 0; k < line.length; k++) if ("*_[]()<>!`=-~".includes(line[k])) syntax++;
      if (syntax > LIMITS.inlineSyntax) return `skipped: a line with ${syntax} characters of inline Markdown syntax (more than ${LIMITS.inlineSyntax})`;
    }
    const hasPipe = line.includes("|");
    tableRun = hasPipe ? tableRun + 1 : 0;
    if (tableRun > LIMITS.tableRows) return `skipped: a table of more than ${LIMITS.tableRows} rows`;
    if (line.length > LIMITS.tableCells && hasPipe) {
      let cells2 = 0;
      for (let k = 0; k < line.length; k++) if (line.charCodeAt(k) === 124) cells2++;
      if (cells2 > LIMITS.tableCells) return `skipped: a table row of ${cells2} cells (more than ${LIMITS.tableCells})`;
    }
  }
  return overBudget(estimateParseCost(text3));
}

// src/check-files.ts
init_file_results();
async function checkFile(file, explicit, options = {}) {
  return checkReadFile(await readFileToCheck(file, explicit, options), options);
}
async function readFileToCheck(file, explicit, options = {}) {
  let config2;
  try {
    config2 = options.configs?.forFile(file);
    if (config2 && !explicit && !isIncluded(config2, file)) return { result: void 0 };
  } catch (error2) {
    return { result: failedResult(file, error2.message) };
  }
  let read;
  try {
    read = await readReport(file, options.maxFileBytes);
  } catch (error2) {
    return { result: failedResult(file, `${file}: ${describeIoError(error2)}`) };
  }
  if ("skipped" in read) return { result: skippedResult(file, read.skipped) };
  return { file, config: config2, read };
}
function checkReadFile(toCheck, options = {}) {
  if ("result" in toCheck) return toCheck.result;
  const { file, config: config2, read } = toCheck;
  const source = read.text;
  const hostile = pathology(source);
  if (hostile) return { file, findings: [], claims: emptyCounts(), notice: hostile };
  try {
    const result = { ...check(source, { file, metrics: options.metrics, config: config2, reportUnusedDisable: options.reportUnusedDisable, listClaims: options.listClaims }), digest: read.digest };
    return read.notice ? { ...result, notice: read.notice } : result;
  } catch (error2) {
    const message = error2 instanceof ConfigError ? error2.message : `${file}: could not be checked: ${error2 instanceof Error ? error2.message : String(error2)}`;
    return failedResult(file, message);
  }
}

// src/parallel.ts
init_file_results();

// src/read/read-ahead.ts
var ReadAhead = class {
  constructor(count2, read, window, sizeOf = () => 0, budget = Infinity) {
    this.count = count2;
    this.read = read;
    this.window = window;
    this.sizeOf = sizeOf;
    this.budget = budget;
  }
  count;
  read;
  window;
  sizeOf;
  budget;
  started = /* @__PURE__ */ new Map();
  /** What each read started and not yet taken counts against the budget: its size once done. */
  charged = /* @__PURE__ */ new Map();
  held = 0;
  largest = 0;
  next = 0;
  /**
   * The read of item `index`, started now if it was not, after starting those up to `window` beyond
   * it. Items are taken in order; an item passed over (a file answered from the result cache) is
   * never read, or, if its read had started, is dropped.
   */
  take(index2) {
    if (!Number.isInteger(index2) || index2 < 0 || index2 >= this.count) throw new RangeError(`no item ${index2} to read (there are ${this.count})`);
    if (index2 < this.next && !this.started.has(index2)) throw new RangeError(`item ${index2} was already taken or passed over`);
    for (const earlier of this.started.keys()) if (earlier < index2) this.drop(earlier);
    const started = this.started.get(index2);
    this.drop(index2);
    const read = started ?? this.read(index2);
    this.next = Math.max(this.next, index2 + 1);
    while (this.next < this.count && this.next <= index2 + this.window && this.held < this.budget) this.start(this.next++);
    return read;
  }
  drop(index2) {
    this.held -= this.charged.get(index2) ?? 0;
    this.charged.delete(index2);
    this.started.delete(index2);
  }
  start(index2) {
    const read = this.read(index2);
    this.started.set(index2, read);
    this.charged.set(index2, this.largest);
    this.held += this.largest;
    read.then((value2) => this.done(index2, value2), () => {
    });
  }
  done(index2, value2) {
    const size = this.sizeOf(value2);
    this.largest = Math.max(this.largest, size);
    if (!this.started.has(index2)) return;
    this.held += size - (this.charged.get(index2) ?? 0);
    this.charged.set(index2, size);
  }
};

// src/parallel.ts
var PARALLEL_MIN_BYTES = 2 * 1024 * 1024;
var MAX_JOBS = 4;
var REORDER_WINDOW = 64;
var READ_AHEAD = 8;
var READ_AHEAD_CHARACTERS = 16 * 1024 * 1024;
async function* streamFileResults(paths, options) {
  const expanded = await expandPaths(paths);
  const { explicit } = expanded;
  const shard = options.shard;
  const files = shard ? expanded.files.filter((f) => shardOf(f, shard.count) === shard.index - 1) : expanded.files;
  if (!shard || shard.index === 1) {
    for (const { file, message } of expanded.errors) yield failedResult(file, `${file}: ${message}`);
    for (const { file, notice } of expanded.skipped) yield skippedResult(file, notice);
  }
  const jobs = Math.min(options.jobs ?? await automaticJobs(files), files.length);
  const checkOptions = { metrics: options.metrics, configs: options.configs ?? configResolver(options.configPath, options.rules, options.configSnapshot), reportUnusedDisable: options.reportUnusedDisable, maxFileBytes: options.maxFileBytes, listClaims: options.listClaims };
  if (jobs < 2) {
    const reads = new ReadAhead(
      files.length,
      (i) => readFileToCheck(files[i], explicit.has(files[i]), checkOptions),
      options.cache ? 0 : READ_AHEAD,
      (toCheck) => "read" in toCheck ? toCheck.read.text.length : 0,
      READ_AHEAD_CHARACTERS
    );
    for (let i = 0; i < files.length; i++) {
      const file = files[i];
      const cached2 = await options.cache?.reuse(file, explicit.has(file));
      let result = cached2;
      if (!cached2) {
        const toCheck = await reads.take(i);
        result = checkReadFile(toCheck, checkOptions);
        options.cache?.remember(file, result);
      }
      if (result) yield result;
    }
    return;
  }
  const { CheckerPool: CheckerPool2, CheckerUnavailable: CheckerUnavailable2 } = await Promise.resolve().then(() => (init_checker_pool(), checker_pool_exports));
  const pool = new CheckerPool2(jobs, (0, import_node_url3.fileURLToPath)(options.workerUrl), { configPath: options.configPath, configSnapshot: options.configSnapshot, rules: options.rules, metrics: options.metrics, reportUnusedDisable: options.reportUnusedDisable, maxFileBytes: options.maxFileBytes, listClaims: options.listClaims });
  let fellBack = false;
  try {
    const waiting = [];
    let next = 0;
    while (next < files.length || waiting.length > 0) {
      while (next < files.length && waiting.length < REORDER_WINDOW) {
        const file2 = files[next++];
        const cached2 = await options.cache?.reuse(file2, explicit.has(file2));
        if (cached2) {
          waiting.push({ file: file2, outcome: Promise.resolve({ result: cached2, cached: true }) });
          continue;
        }
        const outcome2 = pool.check(file2, explicit.has(file2)).then(
          (result2) => ({ result: result2 }),
          (error2) => {
            if (error2 instanceof CheckerUnavailable2) return { unavailable: error2.message };
            throw error2;
          }
        );
        waiting.push({ file: file2, outcome: outcome2 });
      }
      const { file, outcome } = waiting.shift();
      const settled = await outcome;
      let result;
      if ("unavailable" in settled) {
        if (!fellBack) options.onFallback?.(settled.unavailable);
        fellBack = true;
        result = await checkFile(file, explicit.has(file), checkOptions);
      } else {
        result = settled.result;
      }
      if (!("cached" in settled)) options.cache?.remember(file, result);
      if (result) yield result;
    }
  } finally {
    pool.close();
  }
}
async function automaticJobs(files) {
  let total = 0;
  for (const file of files) {
    total += (await (0, import_promises5.stat)(file).catch(() => null))?.size ?? 0;
    if (total >= PARALLEL_MIN_BYTES) return Math.min((0, import_node_os2.availableParallelism)(), MAX_JOBS);
  }
  return 1;
}

// src/report/stylish.ts
var paint = (on, code, text3) => on ? `\x1B[${code}m${text3}\x1B[0m` : text3;
var StylishWriter = class {
  constructor(write, options) {
    this.write = write;
    this.options = options;
  }
  write;
  options;
  files = 0;
  errors = 0;
  warnings = 0;
  notices = 0;
  add(result) {
    if (!result.error) this.files++;
    const color = this.options.color;
    const lines = [];
    if (result.error) {
      lines.push(paint(color, 4, logSafe(result.file)), `  ${paint(color, 31, "error")}  ${logSafe(result.error)}`, "");
    } else {
      if (result.notice) lines.push(paint(color, 4, logSafe(result.file)), `  ${paint(color, 36, "notice")}  ${logSafe(result.notice)}`, ...result.findings.length === 0 ? [""] : []);
      if (result.findings.length > 0) {
        if (!result.notice) lines.push(paint(color, 4, logSafe(result.file)));
        const places = result.findings.map((f) => `${f.line}:${f.column}`);
        const width = Math.max(...places.map((p) => p.length));
        const severityWidth = Math.max(...result.findings.map((f) => f.severity.length));
        result.findings.forEach((finding, i) => {
          if (finding.severity === "error") this.errors++;
          else if (finding.severity === "warning") this.warnings++;
          else this.notices++;
          const colour = finding.severity === "error" ? 31 : finding.severity === "warning" ? 33 : 36;
          lines.push(`  ${places[i].padStart(width)}  ${paint(color, colour, finding.severity.padEnd(severityWidth))}  ${logSafe(finding.message)}  ${paint(color, 2, finding.rule)}`);
        });
        lines.push("");
      }
    }
    if (lines.length > 0) this.write(lines.join("\n") + "\n");
  }
  end(claims) {
    const { errors, warnings, notices, files } = this;
    const problems = errors + warnings + notices;
    const lines = [];
    if (problems > 0) lines.push(paint(this.options.color, 1, `\u2716 ${problems} problem${problems === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}, ${notices} notice${notices === 1 ? "" : "s"})`));
    lines.push(`${claims.found} numeric claims found in ${files} file${files === 1 ? "" : "s"}: ${claims.verified} verified, ${claims.contradicted} contradicted, ${claims.unverifiable} could not be checked`);
    this.write(lines.join("\n") + "\n");
  }
};

// src/report/json.ts
var JsonWriter = class {
  constructor(write, docsBase, cache) {
    this.docsBase = docsBase;
    this.cache = cache;
    this.write = (text3) => write(jsonLogSafe(text3));
    this.write('{\n  "version": 1,\n  "findings": [');
  }
  docsBase;
  cache;
  files = 0;
  findings = 0;
  errors = [];
  notices = [];
  /** `docsBase`: where the rules' pages are; each finding then links to its rule's page. */
  write;
  add(result) {
    if (!result.error) this.files++;
    if (result.error) this.errors.push({ file: result.file, message: result.error });
    if (result.notice) this.notices.push({ file: result.file, message: result.notice });
    let text3 = "";
    for (const finding of result.findings) {
      text3 += (this.findings++ === 0 ? "\n" : ",\n") + indent(JSON.stringify(this.withUrl(finding), null, 2), "    ");
    }
    if (text3) this.write(text3);
  }
  end(claims, otherErrors) {
    const cache = this.cache && { location: this.cache.location, reused: this.cache.reused, checked: this.cache.checked };
    const rest = JSON.stringify({ errors: [...this.errors, ...otherErrors], notices: this.notices, files: this.files, claims, ...cache ? { cache } : {} }, null, 2);
    this.write((this.findings > 0 ? "\n  ]" : "]") + ",\n" + rest.slice(2));
    this.write("\n");
  }
  withUrl(finding) {
    return this.docsBase && finding.rule !== "directive" ? { ...finding, url: `${this.docsBase}${finding.rule}.md` } : finding;
  }
};
var indent = (text3, by) => by + text3.replace(/\n/g, "\n" + by);

// src/report/github.ts
var escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
var escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
var GithubWriter = class {
  constructor(write) {
    this.write = write;
  }
  write;
  add(result) {
    const lines = [];
    if (result.error) lines.push(`::error file=${escapeProperty(result.file)},title=${escapeProperty("recount: unreadable file")}::${escapeData(result.error)}`);
    if (result.notice) lines.push(`::notice file=${escapeProperty(result.file)},title=recount::${escapeData(result.notice)}`);
    for (const f of result.findings) {
      const command = f.severity === "notice" ? "notice" : f.severity;
      const props = [`file=${f.file}`, `line=${f.line}`, `col=${f.column}`, `endLine=${f.endLine}`, `endColumn=${f.endColumn}`, `title=recount (${f.rule})`].map((p) => {
        const eq = p.indexOf("=");
        return `${p.slice(0, eq)}=${escapeProperty(p.slice(eq + 1))}`;
      }).join(",");
      lines.push(`::${command} ${props}::${escapeData(f.message)}`);
    }
    if (lines.length > 0) this.write(lines.join("\n") + "\n");
  }
  end() {
  }
};

// src/report/claims.ts
var paint2 = (on, code, text3) => on ? `\x1B[${code}m${text3}\x1B[0m` : text3;
var VERDICT_COLOUR = { verified: 32, contradicted: 31, unverifiable: 2 };
var ClaimsWriter = class {
  constructor(write, options) {
    this.write = write;
    this.options = options;
  }
  write;
  options;
  files = 0;
  totals = { claims: 0, verified: 0, contradicted: 0, unverifiable: 0 };
  add(result) {
    if (!result.error) this.files++;
    const color = this.options.color;
    const lines = [paint2(color, 4, logSafe(result.file))];
    if (result.error) lines.push(`  ${paint2(color, 31, "error")}  ${logSafe(result.error)}`);
    if (result.notice) lines.push(`  ${paint2(color, 36, "notice")}  ${logSafe(result.notice)}`);
    const claims = result.claimList ?? [];
    if (claims.length === 0 && !result.error && !result.notice) lines.push("  no claims");
    const places = claims.map((c) => `${c.line}:${c.column}`);
    const width = Math.max(0, ...places.map((p) => p.length));
    claims.forEach((claim3, i) => {
      this.totals.claims++;
      this.totals[claim3.verdict]++;
      lines.push(`  ${places[i].padStart(width)}  ${paint2(color, VERDICT_COLOUR[claim3.verdict], verdictText(claim3))}  ${claim3.kind} (${claim3.binding}): ${logSafe(claim3.reading)}`);
      const indent2 = " ".repeat(width + 4);
      lines.push(`${indent2}${paint2(color, 2, `about ${logSafe(claim3.about)}${claim3.section.length > 0 ? ` \xB7 under ${logSafe(claim3.section.join(" \u203A "))}` : ""}${claim3.rule ? ` \xB7 ${claim3.rule}` : ""}`)}`);
      if (claim3.detail) lines.push(`${indent2}${claim3.verdict === "unverifiable" ? "not checked: " : ""}${logSafe(claim3.detail)}`);
    });
    this.write(lines.join("\n") + "\n\n");
  }
  end(counts) {
    const { claims, verified: verified2, contradicted, unverifiable: unverifiable2 } = this.totals;
    this.write(
      `${claims} claim${claims === 1 ? "" : "s"} in ${this.files} file${this.files === 1 ? "" : "s"}: ${verified2} verified, ${contradicted} contradicted, ${unverifiable2} could not be checked
${counts.found} numbers found: ${counts.verified} verified, ${counts.contradicted} contradicted, ${counts.unverifiable} not checked
`
    );
  }
};
function verdictText(claim3) {
  if (claim3.verdict === "contradicted") return `contradicted${claim3.severity ? ` (${claim3.severity})` : ""}`;
  return claim3.verdict;
}

// src/report/sarif-writer.ts
var import_node_fs10 = require("node:fs");

// src/action/fingerprint.ts
var import_node_crypto3 = require("node:crypto");
function fingerprint(finding, lineText) {
  return (0, import_node_crypto3.createHash)("sha256").update([finding.file, finding.rule, finding.stated, lineText.trim()].join("\n")).digest("hex").slice(0, 16);
}

// src/report/sarif-writer.ts
init_file_results();

// src/report/repo-path.ts
var import_node_path10 = require("node:path");
function repositoryPath(file, cwd = process.cwd()) {
  const absolute = (0, import_node_path10.resolve)(cwd, file);
  const root = repositoryRoot(absolute) ?? cwd;
  const inside2 = (0, import_node_path10.relative)(root, absolute);
  if (inside2 === "" || inside2.startsWith("..") || (0, import_node_path10.isAbsolute)(inside2)) return absolute.split(import_node_path10.sep).join("/");
  return inside2.split(import_node_path10.sep).join("/");
}

// src/report/sarif.ts
var import_node_crypto4 = require("node:crypto");
var LEVEL = { error: "error", warning: "warning", notice: "note" };
var DEFAULT_SARIF_CATEGORY = "recount";
var DIRECTIVE_RULE = { id: "directive", description: "A recount-disable comment names an unknown rule or suppresses nothing.", severity: "warning" };
function mergedCategoryId(ids2) {
  const distinct2 = [...new Set(ids2)];
  if (distinct2.length === 1) return distinct2[0];
  const bases = new Set(ids2.map((id) => {
    if (id === void 0) return void 0;
    const at2 = id.lastIndexOf("/shard-", id.length - 2);
    return at2 > 0 && /^\/shard-\d+-of-\d+\/$/.test(id.slice(at2)) ? id.slice(0, at2 + 1) : void 0;
  }));
  const [base] = [...bases];
  return bases.size === 1 ? base : void 0;
}
function defaultFingerprint(f) {
  return (0, import_node_crypto4.createHash)("sha256").update([f.file, f.rule, f.stated, f.message].join("\n")).digest("hex").slice(0, 16);
}
function withoutTrailingSlashes(text3) {
  let end = text3.length;
  while (end > 0 && text3[end - 1] === "/") end--;
  return text3.slice(0, end);
}
var uriOf = (file) => file.startsWith("./") ? file.slice(2) : file;
function ruleName(id) {
  return id.split("-").map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join("");
}
function toSarif(results, options) {
  const base = options.helpUriBase === void 0 ? void 0 : withoutTrailingSlashes(options.helpUriBase);
  const page = (id) => base ? `${base}/${id}.md` : `docs/rules/${id}.md in the recount repository`;
  const findings = results.flatMap((r) => r.findings);
  const metas = findings.some((f) => f.rule === DIRECTIVE_RULE.id) ? [...RULES.map((r) => r.meta), DIRECTIVE_RULE] : RULES.map((r) => r.meta);
  const index2 = new Map(metas.map((m, i) => [m.id, i]));
  const fingerprint2 = options.fingerprint ?? defaultFingerprint;
  const category = withoutTrailingSlashes(options.category ?? DEFAULT_SARIF_CATEGORY) || DEFAULT_SARIF_CATEGORY;
  const unreadable = results.filter((r) => r.error);
  const repository = base?.includes("/blob/") ? base.slice(0, base.indexOf("/blob/")) : void 0;
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "recount",
            version: options.toolVersion,
            ...repository ? { informationUri: repository } : {},
            rules: metas.map((m) => ({
              id: m.id,
              name: ruleName(m.id),
              shortDescription: { text: m.description },
              fullDescription: { text: m.description },
              help: { text: `${m.description} See ${page(m.id)}.` },
              ...base ? { helpUri: page(m.id) } : {},
              defaultConfiguration: { level: LEVEL[m.severity] }
            }))
          }
        },
        // The category ends with "/": code scanning reads everything before the last slash as the category.
        automationDetails: { id: `${category}/` },
        invocations: [
          {
            executionSuccessful: unreadable.length === 0,
            toolExecutionNotifications: unreadable.map((r) => ({ level: "error", message: { text: r.error }, locations: [{ physicalLocation: { artifactLocation: { uri: uriOf(r.file), uriBaseId: "%SRCROOT%" } } }] }))
          }
        ],
        results: findings.map((f) => {
          const cited = f.related.filter((r) => "line" in r);
          return {
            ruleId: f.rule,
            ...index2.has(f.rule) ? { ruleIndex: index2.get(f.rule) } : {},
            level: LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: uriOf(f.file), uriBaseId: "%SRCROOT%" },
                  region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn, snippet: { text: f.stated } }
                }
              }
            ],
            partialFingerprints: { recountFindingHash: fingerprint2(f) },
            ...cited.length > 0 ? { relatedLocations: cited.map((r, id) => ({ id, physicalLocation: { artifactLocation: { uri: uriOf(f.file), uriBaseId: "%SRCROOT%" }, region: { startLine: r.line, startColumn: r.column } } })) } : {}
          };
        })
      }
    ]
  };
}

// src/report/sarif-writer.ts
var SarifWriter = class {
  constructor(write, options) {
    this.write = write;
    this.options = options;
  }
  write;
  options;
  results = [];
  fingerprints = /* @__PURE__ */ new Map();
  add(result) {
    const file = repositoryPath(result.file);
    const lines = result.findings.length > 0 ? linesOf(result.file) : [];
    const findings = result.findings.map((finding) => {
      const shown = { ...finding, file };
      this.fingerprints.set(shown, fingerprint(shown, lines[finding.line - 1] ?? ""));
      return shown;
    });
    this.results.push({ ...result, file, findings });
  }
  end(_claims, otherErrors) {
    const others = otherErrors.map((e) => ({ file: repositoryPath(e.file), error: e.message, findings: [], claims: emptyCounts() }));
    const log2 = toSarif([...this.results, ...others], { ...this.options, fingerprint: (f) => this.fingerprints.get(f) ?? "" });
    this.write(jsonLogSafe(JSON.stringify(log2, null, 2)) + "\n");
  }
};
function linesOf(file) {
  try {
    return decodeReport((0, import_node_fs10.readFileSync)(file)).split(/\r\n|\r|\n/);
  } catch {
    return [];
  }
}

// src/report/html-writer.ts
var import_node_fs11 = require("node:fs");

// src/report/html/escape.ts
var ENTITY = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(text3) {
  return text3.replace(/[&<>"']/g, (ch) => ENTITY[ch]);
}
function escapeText(text3) {
  return text3.replace(/[&<>]/g, (ch) => ENTITY[ch]);
}
function htmlForScript(html) {
  return html.replace(/<(?=!--|\/?script)/gi, "&lt;");
}

// src/report/html/model.ts
var ids = {
  file: (index2) => `f${index2}`,
  heading: (index2) => `f${index2}-h`,
  line: (index2, line) => `f${index2}-L${line}`,
  claim: (index2, claim3) => `f${index2}-c${claim3}`,
  tip: (index2, claim3) => `f${index2}-t${claim3}`,
  note: (index2, finding) => `f${index2}-n${finding}`,
  back: (index2, finding, related) => `f${index2}-b${finding}-${related}`
};

// src/report/html/source-lines.ts
function sourceLines(text3) {
  const lines = [];
  let start = 0;
  for (let i = 0; i < text3.length; i++) {
    const ch = text3.charCodeAt(i);
    if (ch !== 10 && ch !== 13) continue;
    lines.push(text3.slice(start, i));
    if (ch === 13 && text3.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  lines.push(text3.slice(start));
  return lines;
}
var withoutBom = (text3) => text3.charCodeAt(0) === 65279 ? text3.slice(1) : text3;

// src/report/html/verdicts.ts
var MAP_VERDICTS = ["contradicted", "suppressed", "unverifiable", "verified"];
var VERDICT_LOOK = {
  contradicted: { icon: "\u2717", label: "contradicted" },
  suppressed: { icon: "\u2298", label: "suppressed" },
  unverifiable: { icon: "?", label: "could not be checked" },
  verified: { icon: "\u2713", label: "verified" }
};
function mapVerdicts(claims, findings) {
  const reported = new Set(findings.map((f) => `${f.rule}@${f.line}:${f.column}`));
  return claims.map((c) => {
    if (c.verdict !== "contradicted") return c.verdict;
    return reported.has(`${c.rule ?? ""}@${c.line}:${c.column}`) ? "contradicted" : "suppressed";
  });
}
function worstVerdict(verdicts) {
  for (const v of MAP_VERDICTS) if (verdicts.includes(v)) return v;
  return "verified";
}
var noVerdicts = () => ({ contradicted: 0, suppressed: 0, unverifiable: 0, verified: 0 });

// src/report/html/counts-text.ts
function countsText(counts, total) {
  const parts2 = MAP_VERDICTS.map((v) => `<span class="cnt v-${v}"><span class="ic" aria-hidden="true">${VERDICT_LOOK[v].icon}</span> ${counts[v]} ${VERDICT_LOOK[v].label}</span>`);
  return `${total} claim${total === 1 ? "" : "s"}: ${parts2.join(" ")}`;
}

// src/report/html/file-view.ts
function renderFileView(file, index2, verdicts = mapVerdicts(file.result.claimList ?? [], file.result.findings)) {
  const { result } = file;
  const claims = result.claimList ?? [];
  const lines = sourceLines(withoutBom(file.text));
  const highlights = highlightsByLine(claims, lines);
  const notes = /* @__PURE__ */ new Map();
  const backs = /* @__PURE__ */ new Map();
  result.findings.forEach((finding, f) => {
    push2(notes, finding.line, f);
    finding.related.forEach((place, r) => {
      if (!("line" in place) || place.line < 1 || place.line > lines.length) return;
      if (backs.get(place.line)?.some((b) => b.finding === f)) return;
      push2(backs, place.line, { finding: f, related: r, from: finding.line, rule: finding.rule });
    });
  });
  const counts = noVerdicts();
  for (const v of verdicts) counts[v]++;
  let out = `<article class="file" id="${ids.file(index2)}" aria-labelledby="${ids.heading(index2)}">`;
  out += `<h2 id="${ids.heading(index2)}">${escapeHtml(file.path)}</h2>`;
  out += `<p class="counts">${countsText(counts, claims.length)}; ${result.findings.length} finding${result.findings.length === 1 ? "" : "s"}</p>`;
  if (result.error) out += `<p class="problem"><strong>Not checked:</strong> ${escapeHtml(result.error)}</p>`;
  if (result.notice) out += `<p class="problem"><strong>Notice:</strong> ${escapeHtml(result.notice)}</p>`;
  if (!result.claimList && file.text === "") return out + "</article>";
  out += '<div class="src">';
  lines.forEach((text3, i) => {
    const line = i + 1;
    const marked = highlights.get(line);
    const lineBacks = backs.get(line);
    const lineNotes = notes.get(line);
    out += marked || lineBacks || lineNotes ? `<div id="${ids.line(index2, line)}">` : "<div>";
    out += marked ? renderLineText(text3, marked, claims, verdicts, index2) : escapeText(text3);
    for (const back of lineBacks ?? []) {
      out += ` <a class="back" id="${ids.back(index2, back.finding, back.related)}" href="#${ids.note(index2, back.finding)}">\u21A9 cited at line ${back.from} (${escapeHtml(back.rule)})</a>`;
    }
    out += "</div>";
    for (const f of lineNotes ?? []) out += renderNote(result.findings[f], f, index2);
  });
  return out + "</div></article>";
}
function push2(map, key, value2) {
  const list2 = map.get(key);
  if (list2) list2.push(value2);
  else map.set(key, [value2]);
}
function highlightsByLine(claims, lines) {
  const spans = /* @__PURE__ */ new Map();
  claims.forEach((claim3, c) => {
    const text3 = lines[claim3.line - 1];
    if (text3 === void 0) return;
    const start = Math.min(Math.max(0, claim3.column - 1), text3.length);
    let end = claim3.endLine > claim3.line ? text3.length : Math.min(claim3.endColumn - 1, text3.length);
    if (end <= start) end = Math.min(start + 1, text3.length);
    push2(spans, claim3.line, { start, end, claims: [c] });
  });
  for (const [line, list2] of spans) {
    list2.sort((a, b) => a.start - b.start || b.end - a.end);
    const merged = [];
    for (const span of list2) {
      const last = merged[merged.length - 1];
      if (last && span.start < last.end) {
        last.end = Math.max(last.end, span.end);
        last.claims.push(...span.claims);
      } else if (last && span.start === last.start && span.end === last.end) {
        last.claims.push(...span.claims);
      } else merged.push({ ...span, claims: [...span.claims] });
    }
    spans.set(line, merged);
  }
  return spans;
}
function renderLineText(text3, highlights, claims, verdicts, index2) {
  let out = "";
  let at2 = 0;
  for (const h of highlights) {
    out += escapeText(text3.slice(at2, h.start));
    const shown = h.claims.map((c) => verdicts[c]);
    const worst = worstVerdict(shown);
    const first = h.claims[0];
    out += `<mark class="claim v-${worst}" id="${ids.claim(index2, first)}" tabindex="0" aria-describedby="${ids.tip(index2, first)}" data-claims="${h.claims.join(" ")}" data-verdicts="${shown.join(" ")}">`;
    out += `<span class="ic" aria-hidden="true">${VERDICT_LOOK[worst].icon}</span>${escapeText(text3.slice(h.start, h.end))}</mark>`;
    out += `<span class="tip" role="tooltip" id="${ids.tip(index2, first)}">${bySeriousness(h.claims, verdicts).map((c) => claimTip(claims[c], verdicts[c])).join("")}</span>`;
    at2 = h.end;
  }
  return out + escapeText(text3.slice(at2));
}
function bySeriousness(claims, verdicts) {
  const rank = (c) => MAP_VERDICTS.indexOf(verdicts[c]);
  return [...claims].sort((a, b) => rank(a) - rank(b) || a - b);
}
function claimTip(claim3, verdict) {
  const look = VERDICT_LOOK[verdict];
  const severity = verdict === "contradicted" && claim3.severity ? ` (${claim3.severity})` : "";
  let out = `<span class="tc"><span class="tv">${look.icon} ${look.label}${severity}</span> ${escapeHtml(claim3.kind)}${claim3.rule ? ` \xB7 ${escapeHtml(claim3.rule)}` : ""}`;
  out += `<span class="tl">Read: ${escapeHtml(claim3.reading)}</span>`;
  if (claim3.detail) out += `<span class="tl">${verdict === "unverifiable" ? "Not checked: " : verdict === "suppressed" ? "Suppressed by a recount-disable comment: " : ""}${escapeHtml(claim3.detail)}</span>`;
  out += `<span class="tl">About ${escapeHtml(claim3.about)}${claim3.section.length > 0 ? ` \xB7 under ${escapeHtml(claim3.section.join(" \u203A "))}` : ""}</span></span>`;
  return out;
}
function renderNote(finding, f, index2) {
  let message = escapeHtml(finding.message);
  const unlinked = [];
  const linked = /* @__PURE__ */ new Set();
  finding.related.forEach((place, r) => {
    if (!("line" in place)) {
      unlinked.push(`${escapeHtml(place.file)} (${escapeHtml(place.path)})`);
      return;
    }
    if (linked.has(place.line)) return;
    linked.add(place.line);
    const link = (text3, label = "") => `<a class="rel" href="#${ids.line(index2, place.line)}"${label} data-back="${ids.back(index2, f, r)}">${text3}</a>`;
    const at2 = findNumber(message, `line ${place.line}`, 0);
    const listed = at2 < 0 && message.includes("lines ") ? findNumber(message, String(place.line), message.indexOf("lines ")) : -1;
    if (at2 >= 0) message = message.slice(0, at2) + link(`line ${place.line}`) + message.slice(at2 + `line ${place.line}`.length);
    else if (listed >= 0) message = message.slice(0, listed) + link(String(place.line), ` aria-label="line ${place.line}"`) + message.slice(listed + String(place.line).length);
    else unlinked.push(link(`line ${place.line}`));
  });
  let out = `<div class="note sev-${finding.severity}" id="${ids.note(index2, f)}" role="note"><span class="sev">${finding.severity}</span> <span class="rule">${escapeHtml(finding.rule)}</span> ${message}`;
  if (unlinked.length > 0) out += ` <span class="see">(see ${unlinked.join(", ")})</span>`;
  if (finding.suggestion !== void 0) out += ` <span class="fix">\xB7 suggested: <code>${escapeHtml(finding.suggestion)}</code></span>`;
  return out + "</div>";
}
var isDigit2 = (code) => code >= 48 && code <= 57;
function findNumber(message, words3, from) {
  let at2 = message.indexOf(words3, from);
  while (at2 >= 0) {
    const inTag = message.lastIndexOf("<", at2) > message.lastIndexOf(">", at2);
    if (!inTag && !isDigit2(message.charCodeAt(at2 + words3.length)) && !isDigit2(message.charCodeAt(at2 - 1))) return at2;
    at2 = message.indexOf(words3, at2 + 1);
  }
  return -1;
}

// src/report/html/summary.ts
function summariseFile(file, index2, verdicts = mapVerdicts(file.result.claimList ?? [], file.result.findings)) {
  const { result } = file;
  const claims = result.claimList ?? [];
  const counts = noVerdicts();
  const byRule = /* @__PURE__ */ new Map();
  claims.forEach((claim3, c) => {
    const v = verdicts[c];
    counts[v]++;
    const rule = claim3.rule ?? "";
    const ruleCounts = byRule.get(rule) ?? noVerdicts();
    ruleCounts[v]++;
    byRule.set(rule, ruleCounts);
  });
  const summary = {
    index: index2,
    path: file.path,
    claims: claims.length,
    counts,
    byRule,
    findings: result.findings.map((f, n) => ({ rule: f.rule, severity: f.severity, line: f.line, note: ids.note(index2, n) }))
  };
  if (result.error) summary.problem = "not checked";
  else if (result.notice) summary.problem = "notice";
  return summary;
}
function renderSideList(files) {
  let out = '<nav class="side" aria-labelledby="side-h"><h2 id="side-h">Files and findings</h2><ul class="files">';
  for (const file of files) {
    out += `<li><a class="file-link" href="#${ids.file(file.index)}">${escapeHtml(file.path)}</a>`;
    out += `<span class="fc">${compactCounts(file.counts, file.findings.length)}${file.problem ? ` <strong>${file.problem}</strong>` : ""}</span>`;
    const rules = /* @__PURE__ */ new Map();
    for (const f of file.findings) rules.set(f.rule, [...rules.get(f.rule) ?? [], f]);
    if (rules.size > 0) {
      out += '<ul class="fr">';
      for (const [rule, list2] of [...rules].sort(([a], [b]) => a.localeCompare(b))) {
        out += `<li><span class="rule">${escapeHtml(rule)}</span> ${list2.map((f) => `<a class="sev-${f.severity}" href="#${f.note}">line ${f.line}<span class="sr"> (${f.severity})</span></a>`).join(" ")}</li>`;
      }
      out += "</ul>";
    }
    out += "</li>";
  }
  return out + "</ul></nav>";
}
function compactCounts(counts, findings) {
  const parts2 = MAP_VERDICTS.filter((v) => counts[v] > 0).map((v) => `<span class="cnt v-${v}"><span class="ic" aria-hidden="true">${VERDICT_LOOK[v].icon}</span>${counts[v]}<span class="sr"> ${VERDICT_LOOK[v].label}</span></span>`);
  if (findings > 0) parts2.push(`<span class="cnt">${findings} finding${findings === 1 ? "" : "s"}</span>`);
  return parts2.length > 0 ? parts2.join(" ") : '<span class="cnt">no claims</span>';
}
function renderRuleTable(files) {
  const claims = /* @__PURE__ */ new Map();
  const findings = /* @__PURE__ */ new Map();
  for (const file of files) {
    for (const [rule, counts] of file.byRule) {
      const total = claims.get(rule) ?? noVerdicts();
      for (const v of MAP_VERDICTS) total[v] += counts[v];
      claims.set(rule, total);
    }
    for (const f of file.findings) {
      const total = findings.get(f.rule) ?? { error: 0, warning: 0, notice: 0 };
      total[f.severity]++;
      findings.set(f.rule, total);
    }
  }
  const rules = [.../* @__PURE__ */ new Set([...claims.keys(), ...findings.keys()])].sort((a, b) => a === "" ? 1 : b === "" ? -1 : a.localeCompare(b));
  let out = '<table class="rules"><caption class="sr">Claims and findings per rule</caption><thead><tr><th scope="col">Rule</th>';
  for (const v of MAP_VERDICTS) out += `<th scope="col"><span aria-hidden="true">${VERDICT_LOOK[v].icon} </span>${VERDICT_LOOK[v].label}</th>`;
  out += '<th scope="col">Errors</th><th scope="col">Warnings</th><th scope="col">Notices</th></tr></thead><tbody>';
  for (const rule of rules) {
    const c = claims.get(rule) ?? noVerdicts();
    const f = findings.get(rule) ?? { error: 0, warning: 0, notice: 0 };
    out += `<tr><th scope="row">${rule === "" ? "no enabled rule" : escapeHtml(rule)}</th>${MAP_VERDICTS.map((v) => `<td>${c[v]}</td>`).join("")}<td>${f.error}</td><td>${f.warning}</td><td>${f.notice}</td></tr>`;
  }
  return out + "</tbody></table>";
}

// src/report/html/style.ts
var CLAIM_MAP_CSS = `
:root { color-scheme: light; --ink: #1f2328; --muted: #4b535d; --line: #d0d7de; --focus: #0b57d0 }
* { box-sizing: border-box }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--ink); background: #fff }
a { color: #0a4fb0 }
a:focus-visible, .claim:focus-visible, [tabindex="-1"]:focus { outline: 3px solid var(--focus); outline-offset: 2px }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: 6px 10px; z-index: 20 }
.skip:focus { left: 8px }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap }
.top { padding: 12px 20px; border-bottom: 1px solid var(--line) }
.top h1 { margin: 0 0 4px; font-size: 1.4rem }
.top p { margin: 4px 0 }
.legend { list-style: none; padding: 0; margin: 6px 0 0; display: flex; flex-wrap: wrap; gap: 6px 18px }
.layout { display: grid; grid-template-columns: minmax(16rem, 24rem) 1fr; align-items: start }
.side { position: sticky; top: 0; max-height: 100vh; overflow: auto; padding: 8px 14px; border-right: 1px solid var(--line); font-size: 14px }
.side h2, .summary h2 { font-size: 1.1rem }
.files, .fr { list-style: none; padding: 0; margin: 0 }
.files > li { padding: 4px 0; border-bottom: 1px solid #eaeef2; overflow-wrap: anywhere }
.files a[aria-current] { font-weight: 700 }
.fc { display: block; color: var(--muted) }
.fr { margin-left: 10px }
.fr a { margin-right: 6px }
main { padding: 8px 20px 40px; min-width: 0 }
details > summary { cursor: pointer; font-weight: 600; margin-bottom: 6px }
table.rules { border-collapse: collapse; font-size: 14px; margin-bottom: 16px }
table.rules caption { text-align: left; font-weight: 700; padding: 4px 0 }
table.rules th, table.rules td { border: 1px solid var(--line); padding: 3px 8px; text-align: right }
table.rules th[scope=row], table.rules thead th:first-child { text-align: left }
.file h2 { font-size: 1.15rem; overflow-wrap: anywhere; margin-bottom: 2px }
.counts { margin-top: 0; color: var(--muted) }
.problem { background: #fff1c2; padding: 6px 10px; border-left: 4px solid #8a5300 }
.src { font: 13px/1.6 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; border: 1px solid var(--line); border-radius: 6px; padding: 6px 0; counter-reset: line }
.src > div:not(.note) { position: relative; min-height: 1.6em; padding: 0 10px 0 5.5em; white-space: pre-wrap; overflow-wrap: anywhere; counter-increment: line }
.src > div:not(.note)::before { content: counter(line); position: absolute; left: 0; width: 4.5em; text-align: right; color: var(--muted); user-select: none }
.src > div.flash { background: #fff8c5 }
mark.claim { color: inherit; border-radius: 3px; padding: 0 1px; text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; cursor: help }
.ic { font-weight: 700 }
.v-contradicted { background: #ffe1e0; text-decoration-style: wavy; text-decoration-color: #c21d1d }
.v-suppressed { background: #fff1c2; text-decoration-style: dashed; text-decoration-color: #8a5300 }
.v-unverifiable { background: #e8ebef; text-decoration-style: dotted; text-decoration-color: #4b535d }
.v-verified { background: #daf5e0; text-decoration-style: solid; text-decoration-color: #17733a }
.v-contradicted .ic { color: #a3141a }
.v-suppressed .ic { color: #6e4200 }
.v-unverifiable .ic { color: #3d444d }
.v-verified .ic { color: #115c2d }
.cnt { border-radius: 3px; padding: 0 3px; margin-right: 2px; white-space: nowrap; color: var(--ink) }
.tip { display: none; position: absolute; z-index: 10; top: 100%; left: 5.5em; max-width: min(42rem, 90%); padding: 6px 10px; background: #fff; color: var(--ink); border: 1px solid #57606a; border-radius: 6px; box-shadow: 0 4px 12px rgba(0,0,0,.18); font: 13px/1.45 system-ui, sans-serif; white-space: normal }
.claim:hover + .tip, .claim:focus + .tip, .tip:hover { display: block }
body.no-tips .tip { display: none !important }
.tc { display: block }
.tc + .tc { margin-top: 6px; padding-top: 6px; border-top: 1px solid var(--line) }
.tv { font-weight: 700 }
.tl { display: block }
.note { margin: 2px 10px 8px 5.5em; padding: 4px 10px; border-left: 4px solid #a3141a; background: #fff5f5; font: 13px/1.45 system-ui, sans-serif; overflow-wrap: anywhere }
.note.sev-warning { border-left-color: #8a5300; background: #fffaeb }
.note.sev-notice { border-left-color: #4b535d; background: #f6f8fa }
.sev { font-weight: 700; text-transform: uppercase; font-size: .8em; letter-spacing: .03em }
.rule { font-family: ui-monospace, monospace; font-size: .92em }
.back { font: 12px system-ui, sans-serif; margin-left: 8px; white-space: nowrap }
.hint { color: var(--muted) }
@media (max-width: 800px) { .layout { grid-template-columns: 1fr } .side { position: static; max-height: none; border-right: 0 } }
`;

// src/report/html/client-script.ts
var CLAIM_MAP_SCRIPT = `(function () {
  var views = document.querySelectorAll('script[type="text/x-recount-view"]');
  if (views.length === 0) views = null;
  var slot = document.getElementById('view');
  var shown = -1;
  function fileOf(id) {
    if (id.charAt(0) !== 'f') return -1;
    var end = 1;
    while (end < id.length && id.charCodeAt(end) >= 48 && id.charCodeAt(end) <= 57) end++;
    return end > 1 ? Number(id.slice(1, end)) : -1;
  }
  function open(i) {
    if (!views || !slot || i === shown || i < 0 || i >= views.length) return;
    slot.innerHTML = document.getElementById('v' + i).textContent;
    shown = i;
    var links = document.querySelectorAll('.file-link');
    for (var k = 0; k < links.length; k++) {
      if (links[k].getAttribute('href') === '#f' + i) links[k].setAttribute('aria-current', 'page');
      else links[k].removeAttribute('aria-current');
    }
  }
  // Lines nothing points at carry no id: f<i>-L<n> is the n-th line of file i's source.
  function plainLine(id) {
    var at = id.indexOf('-L');
    var article = document.getElementById(id.slice(0, at));
    if (at < 0 || !article) return null;
    var n = Number(id.slice(at + 2));
    var lines = article.querySelectorAll('.src > div:not(.note)');
    var line = n >= 1 && n <= lines.length ? lines[n - 1] : null;
    if (line) line.id = id;
    return line;
  }
  function go(id) {
    var i = fileOf(id);
    if (i < 0) return false;
    open(i);
    var target = document.getElementById(id) || plainLine(id);
    if (!target) return false;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    var old = document.querySelectorAll('.flash');
    for (var k = 0; k < old.length; k++) old[k].classList.remove('flash');
    if (target.parentElement && target.parentElement.classList.contains('src')) target.classList.add('flash');
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
    return true;
  }
  document.addEventListener('click', function (event) {
    var link = event.target.closest ? event.target.closest('a[href^="#f"]') : null;
    if (!link) return;
    var id = link.getAttribute('href').slice(1);
    if (go(id)) {
      event.preventDefault();
      // A live page (no embedded views) may keep its own state in the fragment: leave it alone.
      if (views && history.pushState) history.pushState(null, '', '#' + id);
    }
  });
  if (views) window.addEventListener('hashchange', function () { go(location.hash.slice(1)); });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') document.body.classList.add('no-tips');
  });
  document.addEventListener('focusin', function () { document.body.classList.remove('no-tips'); });
  document.addEventListener('mouseover', function (event) {
    if (event.target.classList && event.target.classList.contains('claim')) document.body.classList.remove('no-tips');
  });
  if (views && !(location.hash && go(location.hash.slice(1)))) {
    var first = slot ? Number(slot.getAttribute('data-first') || '0') : 0;
    open(first);
  }
})();`;

// src/report/html/page.ts
var ClaimMapBuilder = class {
  views = [];
  summaries = [];
  add(file) {
    const index2 = this.views.length;
    const verdicts = mapVerdicts(file.result.claimList ?? [], file.result.findings);
    this.views.push(renderFileView(file, index2, verdicts));
    this.summaries.push(summariseFile(file, index2, verdicts));
  }
  finish(options = {}) {
    const title = options.title ?? "recount claim map";
    const files = this.summaries;
    const totals = noVerdicts();
    let claims = 0;
    let findings = 0;
    for (const file of files) {
      for (const v of MAP_VERDICTS) totals[v] += file.counts[v];
      claims += file.claims;
      findings += file.findings.length;
    }
    const first = Math.max(0, files.findIndex((f) => f.findings.length > 0));
    return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"><title>${escapeHtml(title)}</title><style>${CLAIM_MAP_CSS}</style></head><body><header class="top"><a class="skip" href="#view">Skip to the report</a><h1>${escapeHtml(title)}</h1>${options.subtitle ? `<p>${escapeHtml(options.subtitle)}</p>` : ""}<p>${files.length} file${files.length === 1 ? "" : "s"} \xB7 ${countsText(totals, claims)} \xB7 ${findings} finding${findings === 1 ? "" : "s"}</p>` + renderLegend() + '</header><div class="layout">' + renderSideList(files) + `<main id="main"><section class="summary" aria-labelledby="sum-h"><h2 id="sum-h">Counts</h2><details><summary>Claims and findings per rule</summary>${renderRuleTable(files)}</details><p class="hint">Open a file in the list. Each claim is highlighted; hover or focus it (Tab) for what recount read and why. Links in a finding jump to the lines it cites, and those lines link back.</p></section><section id="view" class="view" aria-label="Report" tabindex="-1" data-first="${first}"><noscript><p>The reports are shown with JavaScript; the counts need none.</p></noscript></section></main></div>` + this.views.map((view, i) => `<script type="text/x-recount-view" id="v${i}">${htmlForScript(view)}</script>`).join("") + `<script>${CLAIM_MAP_SCRIPT}</script></body></html>
`;
  }
};
var LEGEND_LINE = { contradicted: "wavy underline", suppressed: "dashed, a recount-disable comment hid it", unverifiable: "dotted", verified: "solid" };
function renderLegend(withLineStyle = true) {
  const items = MAP_VERDICTS.map((v) => `<li><mark class="claim v-${v}"><span class="ic" aria-hidden="true">${VERDICT_LOOK[v].icon}</span> ${VERDICT_LOOK[v].label}</mark>${withLineStyle ? ` ${LEGEND_LINE[v]}` : ""}</li>`);
  return `<ul class="legend" aria-label="Legend">${items.join("")}</ul>`;
}

// src/report/html-writer.ts
var HtmlWriter = class {
  constructor(write, options = {}) {
    this.write = write;
    this.options = options;
  }
  write;
  options;
  builder = new ClaimMapBuilder();
  add(result) {
    this.builder.add(withText(result));
  }
  end() {
    this.write(this.builder.finish(this.options));
  }
};
function withText(result) {
  if (!result.claimList) return { path: result.file, text: "", result };
  let bytes;
  try {
    bytes = (0, import_node_fs11.readFileSync)(result.file);
  } catch (error2) {
    return { path: result.file, text: "", result: { ...result, notice: `could not be read again to show it (${error2.code ?? error2.message})` } };
  }
  const text3 = decodeReport(bytes);
  if (result.digest && sha2562(bytes) !== result.digest) return { path: result.file, text: text3, result: { ...result, notice: "changed after it was checked: the highlights may stand at the wrong places" } };
  return { path: result.file, text: text3, result };
}

// src/cache/result-cache.ts
var import_node_fs12 = require("node:fs");
var import_promises6 = require("node:fs/promises");
var import_node_path11 = require("node:path");
var import_node_url4 = require("node:url");

// src/cache/entry-shape.ts
var isObject2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var strings = (o, keys) => keys.every((k) => typeof o[k] === "string");
var numbers = (o, keys) => keys.every((k) => typeof o[k] === "number" && Number.isFinite(o[k]));
var SEVERITIES2 = /* @__PURE__ */ new Set(["error", "warning", "notice"]);
function isFinding(v) {
  return isObject2(v) && strings(v, ["file", "rule", "message", "stated"]) && numbers(v, ["line", "column", "endLine", "endColumn"]) && SEVERITIES2.has(v.severity) && Array.isArray(v.related);
}
function isCachedEntry(v) {
  if (!isObject2(v) || typeof v.key !== "string" || !isObject2(v.result)) return false;
  const r = v.result;
  return typeof r.file === "string" && typeof r.digest === "string" && Array.isArray(r.findings) && r.findings.every(isFinding) && isObject2(r.claims) && numbers(r.claims, ["found", "verified", "contradicted", "unverifiable"]) && (r.notice === void 0 || typeof r.notice === "string") && r.error === void 0 && (r.claimList === void 0 || Array.isArray(r.claimList));
}

// src/cache/result-cache.ts
var FORMAT = 1;
var ResultCache = class {
  constructor(location, context) {
    this.location = location;
    this.context = context;
    this.entries = this.load();
    this.runKey = sha2562(Buffer.from(JSON.stringify([VERSION, buildDigest(), context.metrics, context.reportUnusedDisable, context.listClaims, context.maxFileBytes])));
  }
  location;
  context;
  /** Files whose stored result was reused, and files checked afresh, in this run. */
  reused = 0;
  checked = 0;
  entries;
  pending = /* @__PURE__ */ new Map();
  runKey;
  async reuse(file, explicit) {
    let config2;
    try {
      config2 = this.context.configs.forFile(file);
    } catch {
      return void 0;
    }
    if (!explicit && !isIncluded(config2, file)) return void 0;
    let digest;
    try {
      const info = await (0, import_promises6.lstat)(file);
      if (!info.isFile() || info.size > this.context.maxFileBytes) return void 0;
      digest = sha2562(await (0, import_promises6.readFile)(file));
    } catch {
      return void 0;
    }
    const { policy: _derived, ...settings } = config2;
    const key = sha2562(Buffer.from(JSON.stringify([this.runKey, file, digest, settings])));
    this.pending.set(file, { key, digest });
    const entry = this.entries[(0, import_node_path11.resolve)(file)];
    if (entry?.key !== key) return void 0;
    this.reused++;
    return entry.result;
  }
  remember(file, result) {
    if (result) this.checked++;
    const pending = this.pending.get(file);
    this.pending.delete(file);
    if (!pending || !result || result.error || result.digest !== pending.digest) return;
    this.entries[(0, import_node_path11.resolve)(file)] = { key: pending.key, result };
  }
  /** Writes the cache file whole, through a temporary file and a rename, so a reader never sees half of it. */
  save() {
    for (const path of Object.keys(this.entries)) if (!(0, import_node_fs12.existsSync)(path)) delete this.entries[path];
    const temporary = `${this.location}.${process.pid}.tmp`;
    try {
      (0, import_node_fs12.mkdirSync)((0, import_node_path11.dirname)((0, import_node_path11.resolve)(this.location)), { recursive: true });
      (0, import_node_fs12.writeFileSync)(temporary, JSON.stringify({ format: FORMAT, entries: this.entries }));
      (0, import_node_fs12.renameSync)(temporary, this.location);
    } catch (error2) {
      this.context.warn(`${this.location}: the cache could not be written (${describeIoError(error2)}); the results are not affected`);
      try {
        (0, import_node_fs12.unlinkSync)(temporary);
      } catch {
      }
    }
  }
  load() {
    let text3;
    try {
      text3 = (0, import_node_fs12.readFileSync)(this.location, "utf8");
    } catch (error2) {
      if (error2.code !== "ENOENT") this.context.warn(`${this.location}: the cache could not be read (${describeIoError(error2)}); checking every file`);
      return {};
    }
    try {
      const parsed = JSON.parse(text3);
      if (parsed?.format === FORMAT && parsed.entries && typeof parsed.entries === "object" && !Array.isArray(parsed.entries)) {
        const entries = /* @__PURE__ */ Object.create(null);
        let dropped = 0;
        for (const [path, entry] of Object.entries(parsed.entries)) {
          if (isCachedEntry(entry)) entries[path] = entry;
          else dropped++;
        }
        if (dropped > 0) this.context.warn(`${this.location}: ${dropped} cache entr${dropped === 1 ? "y is" : "ies are"} not of the expected shape; those files are checked again`);
        return entries;
      }
      if (typeof parsed?.format === "number" && parsed.format !== FORMAT) return {};
    } catch {
    }
    this.context.warn(`${this.location}: not a recount cache (corrupt or unknown format); checking every file and writing a new one`);
    return {};
  }
};
var build2;
function buildDigest() {
  if (build2 === void 0) {
    try {
      build2 = sha2562((0, import_node_fs12.readFileSync)((0, import_node_url4.fileURLToPath)(__recountEngineUrl)));
    } catch {
      build2 = "";
    }
  }
  return build2;
}

// src/report/output.ts
var import_node_events = require("node:events");
var CHUNK = 64 * 1024;
var ChunkedOutput = class {
  constructor(stream) {
    this.stream = stream;
  }
  stream;
  pending = "";
  write = (text3) => {
    this.pending += text3;
  };
  /** Passes the text on once a chunk has gathered, or all of it when `all` is set. */
  async flush(all2 = false) {
    if (this.pending.length === 0 || !all2 && this.pending.length < CHUNK) return;
    const text3 = this.pending;
    this.pending = "";
    if (!this.stream.write(text3)) await (0, import_node_events.once)(this.stream, "drain");
  }
};

// src/config/starter.ts
var SCHEMA_COMMENT = "# yaml-language-server: $schema=./node_modules/recount/schema/recount.schema.json";
var STARTER_CONFIG = `${SCHEMA_COMMENT}
# recount configuration. recount uses the nearest .recount.yml (or .recount.yaml, .recount.json)
# from a report's directory up to the repository root; \`recount --config FILE\` overrides it.
# A report's YAML front matter may set the same keys under \`recount:\` for that file alone.
# Every line below is an example: uncomment what you need. \`recount --print-config FILE\` shows
# what is in force for a report.

# Severity per rule: off, notice, warning or error. A rule may also take { severity, ignore }, where
# ignore lists labels the rule leaves alone (conflicting-values, metric-mismatch).
# rules:
#   list-count: warning
#   conflicting-values: { severity: warning, ignore: ["duration"] }

# How a stated number may have been rounded: half-up (the default; truncation is accepted too),
# half-even (truncation accepted too), truncate (only), any (either direction).
# rounding: half-up

# Extra slack, in percentage points, for percentages (default 0: none).
# tolerance: 0.5

# How much "~" / "about" widens a number, as a fraction of it (default 0.1: 10%).
# approximate: 0.1

# Which files directories and globs pick up (files named on the command line are always checked).
# include: ["docs/reports/**"]
# exclude:
#   - "CHANGELOG.md"
#   - "docs/archive/**"

# Fenced code blocks: auto (the default: read those that hold plain status text, never code),
# always, never.
# codeBlocks: auto

# More labels for a metric name, shared by metric-mismatch and conflicting-values.
# aliases:
#   p95_latency: ["response time p95", "p95 response time"]

# Which way is better for a metric, when "improvement" is written without a sign.
# changeBase:
#   queue depth: lower
`;

// src/fix/fix-result.ts
var import_promises7 = require("node:fs/promises");

// lazy-package:diff
init_lazy_bundle();
var createTwoFilesPatch = lazyExport("engine-diff.cjs", "createTwoFilesPatch");

// src/fix/apply.ts
function lineStarts(text3) {
  const starts = [0];
  for (let i = 0; i < text3.length; i++) {
    const ch = text3.charCodeAt(i);
    if (ch === 10) starts.push(i + 1);
    else if (ch === 13 && text3.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}
function applyFixes(source, findings) {
  const bom = source.charCodeAt(0) === 65279 ? "\uFEFF" : "";
  const text3 = bom ? source.slice(1) : source;
  const starts = lineStarts(text3);
  const edits = [];
  const skipped = [];
  for (const finding of findings) {
    if (finding.suggestion === void 0 || finding.line !== finding.endLine) continue;
    const lineStart = starts[finding.line - 1];
    if (lineStart === void 0) continue;
    const start = lineStart + finding.column - 1;
    const end = lineStart + finding.endColumn - 1;
    if (text3.slice(start, end) !== finding.stated) {
      skipped.push(finding);
      continue;
    }
    edits.push({ start, end, text: finding.suggestion, finding });
  }
  edits.sort((a, b) => a.start - b.start || a.end - b.end);
  const kept = [];
  for (const edit of edits) {
    const last = kept[kept.length - 1];
    if (last && last.start === edit.start && last.end === edit.end && last.text === edit.text) continue;
    if (last && edit.start < last.end) {
      kept.pop();
      skipped.push(last.finding, edit.finding);
      continue;
    }
    kept.push(edit);
  }
  let output = text3;
  for (const edit of [...kept].reverse()) output = output.slice(0, edit.start) + edit.text + output.slice(edit.end);
  return { output: bom + output, applied: kept.map((e) => e.finding), skipped };
}

// src/fix/fix-result.ts
async function fixResult(result, options) {
  if (result.error || !result.findings.some((f) => f.suggestion !== void 0)) return { result, fixed: 0 };
  const raw = await (0, import_promises7.readFile)(result.file);
  if (result.digest !== void 0 && sha2562(raw) !== result.digest) {
    return { result, fixed: 0, notice: `${result.file}: not fixed: the file changed after it was checked; run recount again` };
  }
  const source = raw.toString("utf8");
  if (!Buffer.from(source, "utf8").equals(raw)) {
    return { result, fixed: 0, notice: `${result.file}: not fixed: the file is not valid UTF-8, and rewriting it would change bytes that are not findings` };
  }
  const { output, applied } = applyFixes(source, result.findings);
  if (output === source) return { result, fixed: 0 };
  if (options.dryRun) {
    const path = logSafe(repositoryPath(result.file));
    options.writeDiff(createTwoFilesPatch(`a/${path}`, `b/${path}`, source, output).replace(/^=+\n/, ""));
  } else await (0, import_promises7.writeFile)(result.file, output);
  const config2 = options.configs?.forFile(result.file);
  return { result: check(output, { file: result.file, metrics: options.metrics, config: config2, reportUnusedDisable: options.reportUnusedDisable }), fixed: applied.length };
}

// src/report/merge.ts
init_json_source();
var MergeError = class extends Error {
};
function mergeOutputs(inputs) {
  if (inputs.length === 0) throw new MergeError("merge: give the JSON or SARIF files of the shards");
  const parsed = inputs.map(({ file, text: text3 }) => {
    let value2;
    try {
      value2 = parseJson(file, text3);
    } catch (error2) {
      throw new MergeError(error2.message);
    }
    const kind = isRecount(value2) ? "json" : isSarif(value2) ? "sarif" : null;
    if (!kind) throw new MergeError(`${file}: neither recount --format json output (version 1) nor a SARIF 2.1.0 log`);
    return { file, kind, value: value2 };
  });
  const kinds = new Set(parsed.map((p) => p.kind));
  if (kinds.size > 1) throw new MergeError(`merge: the files mix JSON and SARIF (${parsed.map((p) => `${p.file}: ${p.kind}`).join(", ")})`);
  return parsed[0]?.kind === "json" ? mergeJson(parsed.map((p) => p.value)) : mergeSarif(parsed.map((p) => p.value));
}
function isRecount(value2) {
  const v = value2;
  return !!v && v.version === 1 && Array.isArray(v.findings) && typeof v.claims === "object";
}
function isSarif(value2) {
  const v = value2;
  return !!v && v.version === "2.1.0" && Array.isArray(v.runs);
}
function mergeJson(outputs) {
  const claims = { found: 0, verified: 0, contradicted: 0, unverifiable: 0 };
  for (const o of outputs) for (const key of Object.keys(claims)) claims[key] += o.claims[key] ?? 0;
  const findings = outputs.flatMap((o) => o.findings).sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule));
  const merged = {
    version: 1,
    findings,
    errors: outputs.flatMap((o) => o.errors ?? []),
    notices: outputs.flatMap((o) => o.notices ?? []),
    files: outputs.reduce((n, o) => n + o.files, 0),
    claims
  };
  return JSON.stringify(merged, null, 2) + "\n";
}
function mergeSarif(logs) {
  const runs = /* @__PURE__ */ new Map();
  const categories = /* @__PURE__ */ new Map();
  for (const log2 of logs) {
    for (const run of log2.runs) {
      const name = run.tool.driver.name;
      const existing = runs.get(name);
      if (existing) {
        existing.results = [...existing.results ?? [], ...run.results ?? []];
        existing.invocations = mergeInvocations(existing.invocations, run.invocations);
      } else runs.set(name, { ...run, results: [...run.results ?? []] });
      categories.set(name, [...categories.get(name) ?? [], run.automationDetails?.id]);
    }
  }
  for (const [name, run] of runs) {
    const id = mergedCategoryId(categories.get(name) ?? []);
    if (id === void 0) delete run.automationDetails;
    else run.automationDetails = { id };
  }
  const first = logs[0];
  return JSON.stringify({ ...first, runs: [...runs.values()] }, null, 2) + "\n";
}
function mergeInvocations(a, b) {
  if (!a || !b) return a ?? b;
  const all2 = [...a, ...b];
  const notifications = all2.flatMap((i) => i.toolExecutionNotifications ?? []);
  return [{ ...all2[0], executionSuccessful: all2.every((i) => i.executionSuccessful), ...notifications.length > 0 || all2.some((i) => i.toolExecutionNotifications) ? { toolExecutionNotifications: notifications } : {} }];
}

// src/cli-commands.ts
var say = (text3) => process.stderr.write(`recount: ${logSafe(text3)}
`);
function init() {
  if ((0, import_node_fs13.existsSync)(".recount.yml")) {
    process.stderr.write("recount: .recount.yml already exists; not overwriting it\n");
    return 2;
  }
  (0, import_node_fs13.writeFileSync)(".recount.yml", STARTER_CONFIG);
  process.stdout.write("Wrote .recount.yml\n");
  return 0;
}
function printConfig(file, explicit, rules) {
  const fromFile = configResolver(explicit, rules).forFile(file);
  const { config: config2, frontMatter } = (0, import_node_fs13.existsSync)(file) ? configForReport(file, (0, import_node_fs13.readFileSync)(file, "utf8"), fromFile) : { config: fromFile, frontMatter: false };
  const { policy: _policy, severities, source, ...shown } = config2;
  const inForce = Object.fromEntries(RULES.map((rule) => [rule.meta.id, severities[rule.meta.id] ?? rule.meta.severity]));
  process.stdout.write(jsonLogSafe(JSON.stringify({ source, severities: inForce, ...shown, frontMatter }, null, 2)) + "\n");
  return 0;
}
async function checkCommand(options, places) {
  const configs = configResolver(options.config, options.rules);
  const loaded2 = await loadMetrics(options.metrics, options.metricsFormat);
  const target = openOutput(options.output);
  if (!target) return 2;
  const output = new ChunkedOutput(target);
  const listClaims = options.format === "claims" || options.format === "html";
  const cache = options.cacheLocation === void 0 ? void 0 : new ResultCache(options.cacheLocation, {
    configs,
    metrics: loaded2.metrics,
    reportUnusedDisable: options.reportUnusedDisable,
    listClaims,
    maxFileBytes: options.maxFileSize * 1024 * 1024,
    warn: say
  });
  const writer = options.fixDryRun ? void 0 : reportWriter(options, output.write, places.rulePages, cache);
  const threshold = SEVERITY_RANK[options.failOn];
  const claims = emptyCounts();
  const unreadable = [];
  const noticed = [];
  const fixNotices = [];
  let fixed = 0;
  let failing = false;
  const results = streamFileResults(options.paths, {
    metrics: loaded2.metrics,
    configPath: options.config,
    reportUnusedDisable: options.reportUnusedDisable,
    workerUrl: places.workerUrl,
    jobs: options.jobs,
    onFallback: (reason) => say(`could not start checking processes (${reason}); checking every file in this process`),
    maxFileBytes: options.maxFileSize * 1024 * 1024,
    listClaims,
    shard: options.shard,
    rules: options.rules,
    cache,
    configs
  });
  for await (let result of results) {
    if (options.fix || options.fixDryRun) {
      const outcome = await fixResult(result, { dryRun: options.fixDryRun, metrics: loaded2.metrics, configs, reportUnusedDisable: options.reportUnusedDisable, writeDiff: output.write });
      result = outcome.result;
      fixed += outcome.fixed;
      if (outcome.notice) fixNotices.push(outcome.notice);
    }
    addCounts(claims, result.claims);
    if (result.error) unreadable.push(result);
    if (result.notice) noticed.push(result);
    failing ||= result.findings.some((f) => SEVERITY_RANK[f.severity] >= threshold);
    writer?.add(result);
    await output.flush();
  }
  cache?.save();
  writer?.end(claims, loaded2.errors.map((e) => ({ file: e.file, message: e.message })));
  await output.flush(true);
  if (target !== process.stdout) {
    target.end();
    await (0, import_promises8.finished)(target);
  }
  if (options.fix || options.fixDryRun) process.stderr.write(`recount: ${fixed} correction${fixed === 1 ? "" : "s"} ${options.fixDryRun ? "would be applied" : "applied"}
`);
  const onStderr = options.format !== "stylish" || options.fixDryRun;
  if (onStderr) for (const r of unreadable) say(r.error);
  for (const notice of fixNotices) say(notice);
  if (onStderr) for (const r of noticed) say(`${r.file}: ${r.notice}`);
  for (const e of loaded2.errors) say(e.message);
  if (unreadable.length > 0 || loaded2.errors.length > 0) return 2;
  return failing ? 1 : 0;
}
function openOutput(file) {
  if (file === void 0) return process.stdout;
  try {
    return (0, import_node_fs13.createWriteStream)("", { fd: (0, import_node_fs13.openSync)(file, "w") });
  } catch (error2) {
    say(`--output ${file}: cannot write it (${error2.code ?? error2.message})`);
    return void 0;
  }
}
function reportWriter(options, write, rulePages, cache) {
  if (options.format === "json") return new JsonWriter(write, rulePages, cache);
  if (options.format === "sarif") return new SarifWriter(write, { toolVersion: VERSION, helpUriBase: `https://github.com/recount-dev/recount/blob/v${VERSION}/docs/rules` });
  if (options.format === "github") return new GithubWriter(write);
  if (options.format === "claims") return new ClaimsWriter(write, { color: options.color });
  if (options.format === "html") return new HtmlWriter(write);
  return new StylishWriter(write, { color: options.color });
}
async function runCommand(command, places) {
  try {
    switch (command.kind) {
      case "init":
        return init();
      case "print-config":
        return printConfig(command.file, command.config, command.rules);
      case "merge":
        process.stdout.write(jsonLogSafe(mergeOutputs(command.files.map((file) => ({ file, text: (0, import_node_fs13.readFileSync)(file, "utf8") })))));
        return 0;
      case "check":
        return await checkCommand(command.options, places);
    }
  } catch (error2) {
    if (error2 instanceof ConfigError || error2 instanceof MergeError) {
      say(error2.message);
      return 2;
    }
    if (error2.code === "ENOENT" && command.kind === "merge") {
      say(`${error2.path}: no such file`);
      return 2;
    }
    throw error2;
  }
}

// src/cli.ts
async function main() {
  const command = parseCommand(process.argv.slice(2), Boolean(process.stdout.isTTY), process.env, import_node_fs14.existsSync);
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
    default:
      return runCommand(command, { workerUrl: new URL("./worker.js", __recountEngineUrl), rulePages: new URL("../docs/rules/", __recountEngineUrl).href });
  }
}
function runCli() {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error2) => {
      process.stderr.write(`recount: ${(error2 instanceof Error ? error2.stack ?? error2.message : String(error2)).split("\n").map(logSafe).join("\n")}
`);
      process.exitCode = 2;
    }
  );
}

// src/worker.ts
function serveChecks() {
  let options = {};
  let queue = Promise.resolve();
  process.on("message", (request) => {
    if (request.kind === "setup") {
      const { configPath, configSnapshot, rules, ...rest } = request.setup;
      options = { ...rest, configs: configResolver(configPath, rules, configSnapshot) };
      return;
    }
    const toCheck = readFileToCheck(request.file, request.explicit, options);
    toCheck.catch(() => {
    });
    queue = queue.then(async () => {
      const result = checkReadFile(await toCheck, options);
      process.send?.({ result: result ?? null });
    });
  });
  process.send?.({ ready: true });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  charactersCheckedSoFar,
  runCli,
  serveChecks
});
