import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  lineColumnOf,
  require_dist
} from "./chunk-4ZAM6RHV.js";
import {
  decimalSizeRatio,
  formatDuration,
  trimNumber,
  trimZeros,
  unitInfo
} from "./chunk-NIXWBOEZ.js";
import {
  __commonJS,
  __export,
  __toESM
} from "./chunk-EL2LMYO2.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
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
    var STAR = `${QMARK}*?`;
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
      STAR,
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
    module.exports = {
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
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
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
  "node_modules/picomatch/lib/scan.js"(exports, module) {
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
      const parts = [];
      let str = input;
      let index = -1;
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
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
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
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
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
                finished = true;
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
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
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
                  finished = true;
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
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
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
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
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
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
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
      let glob2 = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob2 = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob2 = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob2) glob2 = utils.removeBackslashes(glob2);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob2,
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
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants2 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants2;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
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
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
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
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
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
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
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
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants2.DEFAULT_MAX_EXTGLOB_RECURSION;
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
    var parse2 = (input, options) => {
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
      const PLATFORM_CHARS = constants2.globChars(opts.windows);
      const EXTGLOB_CHARS = constants2.extglobChars(PLATFORM_CHARS);
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
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
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
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
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
      const push = (tok) => {
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
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal2 = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal2;
          open.output = safeOutput || utils.escapeRegex(literal2);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
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
            const expression = parse2(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc2, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc2) {
              return esc2 + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
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
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
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
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
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
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
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
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
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
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
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
        push(token);
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
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
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
    parse2.fastpaths = (input, options) => {
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
        STAR,
        START_ANCHOR
      } = constants2.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
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
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse2;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse2 = require_parse();
    var utils = require_utils();
    var constants2 = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch4 = (glob2, options, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch4(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch4.compileRe(glob2, options) : picomatch4.makeRe(glob2, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch4(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch4.test(input, regex, options, { glob: glob2, posix: posix2 });
        const result = { glob: glob2, state, regex, posix: posix2, input, output, match, isMatch };
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
        matcher.state = state;
      }
      return matcher;
    };
    picomatch4.test = (input, regex, options, { glob: glob2, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob2;
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
    picomatch4.matchBase = (input, glob2, options, posix2 = options && options.windows) => {
      const regex = glob2 instanceof RegExp ? glob2 : picomatch4.makeRe(glob2, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch4.isMatch = (str, patterns, options) => picomatch4(patterns, options)(str);
    picomatch4.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch4.parse(p, options));
      return parse2(pattern, { ...options, fastpaths: false });
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
        parsed.output = parse2.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse2(input, options);
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
    picomatch4.constants = constants2;
    module.exports = picomatch4;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch4(glob2, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob2, options, returnState);
    }
    Object.assign(picomatch4, pico);
    module.exports = picomatch4;
  }
});

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
function operandInterval(q, measuredAsRounded = false) {
  if (q.bound || q.rangeHigh !== null) return null;
  const unit = 10 ** -q.decimals;
  const measured = q.dimension === "money" || measuredAsRounded && q.dimension !== "count";
  let half = q.decimals > 0 || measured || q.factor >= 1e3 && q.dimension === "count" ? unit / 2 : 0;
  if (q.approx) half = Math.max(half, Math.abs(q.written) * 0.05, unit / 2);
  return { low: (q.written - half) * q.factor, high: (q.written + half) * q.factor };
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
var STATUS_WORDS = /^(?:(?:✅|❌|⚠️?|✔️?|✗|🟢|🟡|🔴)\s*)+/u;
var NEUTRAL_WORDS = /* @__PURE__ */ new Set(["total", "overall", "current", "final", "actual", "achieved", "measured", "observed", "the", "our", "all"]);
function cleanLabel(raw) {
  return raw.replace(STATUS_WORDS, "").replace(LEADING_NOISE, "").replace(/[*_`]+/g, "").replace(/\s+/g, " ").trim();
}
function singular(word) {
  if (/(?:ss|us|is)$/i.test(word) || word.length <= 3) return word;
  if (/ies$/i.test(word)) return word.slice(0, -3) + "y";
  if (/(?:ches|shes|xes|ses)$/i.test(word)) return word.slice(0, -2);
  if (/s$/i.test(word)) return word.slice(0, -1);
  return word;
}
var PARENTHETICAL = /(?<!\()\([^()]*\)/g;
function normalizeLabel(raw) {
  const words = cleanLabel(raw).toLowerCase().replace(PARENTHETICAL, " ").replace(/[^\p{L}\p{N}\s]/gu, " ").split(/\s+/).filter((w) => w.length > 0 && !NEUTRAL_WORDS.has(w));
  if (words.length > 0) words[words.length - 1] = singular(words[words.length - 1]);
  return words.join(" ");
}
var LOWER_IS_BETTER = /\b(?:latency|latencies|time|times|duration|error|errors|failure|failures|fail|cost|costs|debt|complexity|lag|rto|rpo|mttr|mttd|downtime|wait|delay|size|memory|cpu|incident|incidents|bug|bugs|defect|defects|vulnerabilit\w*|churn|p\d{2}|response)\b/i;
var HIGHER_IS_BETTER = /\b(?:mtbf|time between failures|uptime|availability|coverage|score|pass|passing|success|hit|throughput|health|healthy|satisfaction|nps|apdex|accuracy|reuse|rps|requests per|revenue|conversion|adoption|completion|complete|efficiency|productivity|utilization|velocity|savings)\b/i;
var AMOUNT_OF_IMPROVEMENT = /\b(?:reduction|reductions|savings?|saved|decrease|improvement|speedup|speed-up|gain|gains)\b/i;
function polarity(label, ofMetric = false) {
  if (ofMetric) label = label.replace(new RegExp(AMOUNT_OF_IMPROVEMENT.source, "gi"), " ");
  else if (AMOUNT_OF_IMPROVEMENT.test(label)) return 1;
  if (/\b(?:mtbf|time between failures)\b/i.test(label)) return 1;
  const words = label.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i];
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
var EPSILON = 1e-9;
function statedInterval(q, magnitude2 = false, policy = DEFAULT_POLICY) {
  const written = magnitude2 ? Math.abs(q.written) : q.written;
  const unit = 10 ** -q.decimals;
  const open = unit * (1 - 1e-6);
  let low = written;
  let high = written;
  if (policy.rounding === "any") {
    low = written - open;
    high = written + open;
  } else {
    if (policy.rounding !== "truncate") {
      const lastDigitEven = Math.round(Math.abs(written) / unit) % 2 === 0;
      const tie = policy.rounding === "half-even" && !lastDigitEven ? open / 2 : unit / 2;
      low = written - tie;
      high = written + tie;
    }
    if (written >= 0) high = Math.max(high, written + open);
    else low = Math.min(low, written - open);
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
function formatLike(value, stated2, maxDecimals = 2) {
  const decimals = stated2 ? Math.min(stated2.decimals + 1, Math.max(maxDecimals, stated2.decimals + 1)) : maxDecimals;
  return trimZeros(value.toFixed(decimals));
}
function signedPercent(value, decimals = 1) {
  const text = trimZeros(Math.abs(value).toFixed(decimals));
  return `${value < 0 ? "-" : "+"}${text}%`;
}

// src/check/suggest.ts
function replaceNumber(text, q, value, signed = q.sign !== null, decimals = q.decimals) {
  const magnitude2 = Math.abs(value);
  let digits = magnitude2.toFixed(decimals);
  if (/,/.test(text.slice(q.digitsStart, q.digitsEnd))) digits = Number(digits).toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  const sign = signed ? value < 0 ? text[q.start] === "\u2212" ? "\u2212" : "-" : "+" : value < 0 ? "-" : "";
  const prefix = text.slice(q.start, q.digitsStart).replace(/[+\-−–]$/, "");
  const suffix = text.slice(q.digitsEnd, q.end);
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
  verify(claim2, context) {
    if (claim2.kind === "sequence-progress") return verifySequence(claim2, context);
    return claim2.kind === "fraction-percent" ? verifyFraction(claim2, context) : verifyPercentOfCount(claim2, context);
  }
});
function verifyFraction(claim2, context) {
  const { fraction, percent, at } = claim2;
  const numerator = operandInterval(fraction.numerator);
  const denominator = operandInterval(fraction.denominator);
  const ratio = numerator && denominator && div(numerator, denominator);
  if (!ratio) return unverifiable("the fraction has no single value");
  const computed = scale(ratio, 100);
  if (agrees(percent, computed, false, context.policy)) return verified(...placesOf(at.unit, fraction.numerator, fraction.denominator, percent));
  if (TARGET.test(claim2.about) && Math.abs(percent.value / 100 * fraction.denominator.value - fraction.numerator.value) < 0.5) return verified(...placesOf(at.unit, fraction.numerator, fraction.denominator, percent));
  if (agrees(percent, { low: 100 - computed.high, high: 100 - computed.low }, false, context.policy)) {
    return unverifiable(`${percent.raw} is 100% minus ${fraction.numerator.raw}/${fraction.denominator.raw}: it describes the other part`);
  }
  const value = (computed.low + computed.high) / 2;
  const shown = formatLike(value, percent);
  const fractionText = at.unit.text.slice(fraction.start, fraction.end);
  return {
    status: "contradicted",
    message: `"${percent.raw}" does not match ${fractionText}: ${fraction.numerator.raw} / ${fraction.denominator.raw} = ${shown}%`,
    computed: `${shown}%`,
    suggestion: replaceNumber(at.unit.text, percent, Number(value.toFixed(percent.decimals)))
  };
}
function verifyPercentOfCount(claim2, context) {
  const { percent, whole, at, words } = claim2;
  if (words) return verifyWordShare(claim2, words);
  if (!percent) return unverifiable("no share is stated");
  const total = whole.written;
  let best = 0;
  for (let k = 0; k <= total; k++) {
    if (agrees(percent, { low: k / total * 100, high: k / total * 100 }, false, context.policy)) return verified(...placesOf(at.unit, percent, whole));
    if (Math.abs(k / total * 100 - percent.written) < Math.abs(best / total * 100 - percent.written)) best = k;
  }
  const nearest2 = formatLike(best / total * 100, percent);
  return {
    status: "contradicted",
    message: `"${percent.raw}" of ${whole.raw} cannot be a whole count: the nearest is ${best} of ${total} = ${nearest2}%`,
    computed: `${nearest2}%`
  };
}
function verifyWordShare(claim2, words) {
  const { whole, at } = claim2;
  const { part, numerator, denominator, raw } = words;
  const exact = whole.written * numerator / denominator;
  if (Math.abs(part.written - exact) < 1 - 1e-9) return verified(...placesOf(at.unit, whole, part));
  const shown = Number.isInteger(exact) ? `${exact}` : `${formatLike(exact, null)}, so ${Math.floor(exact)} or ${Math.ceil(exact)}`;
  return {
    status: "contradicted",
    message: `"${part.raw}" is not ${raw.toLowerCase()} of ${whole.raw}: ${whole.raw} \xD7 ${numerator}/${denominator} = ${shown}`,
    computed: Number.isInteger(exact) ? `${exact}` : `${Math.floor(exact)}\u2013${Math.ceil(exact)}`
  };
}
function verifySequence(claim2, context) {
  const { position, length, percent, at, sequence } = claim2;
  const done = position / length * 100;
  const begun = (position - 1) / length * 100;
  if (agrees(percent, { low: begun, high: done }, false, context.policy)) return verified(at);
  const named = at.unit.text.slice(sequence.start, sequence.end);
  return {
    status: "contradicted",
    message: `"${percent.raw}" does not match ${named}: ${position} / ${length} = ${formatLike(done, percent)}%, or ${position - 1} / ${length} = ${formatLike(begun, percent)}% while ${claim2.step} ${position} is under way`,
    computed: `${formatLike(done, percent)}%`
  };
}

// src/check/change-readings.ts
var DECREASE_WORDS = /[↓⬇🔻📉]|\b(?:reduction|reduced|reduce|decrease|decreased|fewer|less|lower|drop|dropped|down|cut|savings?|saved|shorter|smaller|faster|quicker|decline|declined)\b/i;
var INCREASE_WORDS = /[↑⬆🔺📈]|\b(?:increase|increased|growth|grew|more|higher|up|gain|rise|rose|larger|longer|slower|boost)\b/i;
var IMPROVE_WORDS = /\b(?:improvement|improved|better|gain)\b/i;
var WORSEN_WORDS = /\b(?:worse|regression|degradation|degraded)\b/i;
function claimedDirection(change, words, label, policy) {
  if (change.sign) return change.sign === "-" ? -1 : 1;
  if (DECREASE_WORDS.test(words)) return -1;
  if (INCREASE_WORDS.test(words)) return 1;
  const better = IMPROVE_WORDS.test(words) ? 1 : WORSEN_WORDS.test(words) ? -1 : 0;
  const good = polarityOf(label, policy, true);
  return better === 0 || good === 0 ? 0 : better * good;
}
var SPEED_WORDS = /\b(?:faster|quicker|speedup|speed-up|slower|slowdown)\b/i;
function betterOrWorse(words, label, before, policy) {
  if (!IMPROVE_WORDS.test(words) && !SPEED_WORDS.test(words) && !WORSEN_WORDS.test(words)) return false;
  const polarity2 = polarityOf(label, policy, true);
  return polarity2 === -1 || polarity2 === 0 && before.dimension === "duration";
}
function fitsTimeImprovement(change, words, before, after, policy) {
  const worse = change.sign === "-" || !change.sign && (WORSEN_WORDS.test(words) || /\b(?:slower|slowdown)\b/i.test(words));
  const relative7 = relativeChange(before.value, after.value);
  const ratio = div(before.value, after.value);
  const readings2 = [];
  if (relative7) readings2.push({ low: -relative7.high, high: -relative7.low });
  if (ratio) readings2.push({ low: (ratio.low - 1) * 100, high: (ratio.high - 1) * 100 });
  const stated2 = { ...change, written: worse ? -Math.abs(change.written) : Math.abs(change.written), sign: null };
  return readings2.some((r) => agrees(stated2, r, false, policy));
}
function describeDelta(before, after) {
  if (before.denominator !== null && before.denominator === after.denominator) return `${before.shown} \u2192 ${after.shown}`;
  return `${before.raw} \u2192 ${after.raw}`;
}
function pointsOf(before, after) {
  return before.share && after.share ? sub(after.share, before.share) : null;
}
function judgeChange(text, writtenBefore, writtenAfter, change, words, label, policy) {
  const precise = change.decimals > Math.min(writtenBefore.quantity.decimals, writtenAfter.quantity.decimals);
  const before = precise ? asRounded(writtenBefore) : writtenBefore;
  const after = precise ? asRounded(writtenAfter) : writtenAfter;
  const delta = describeDelta(before, after);
  const points = pointsOf(before, after);
  const direction = claimedDirection(change, words, label, policy);
  if (change.dimension === "percent") {
    const relative7 = relativeChange(before.value, after.value);
    if (!relative7) return null;
    if (betterOrWorse(words, label, before, policy) && fitsTimeImprovement(change, words, before, after, policy)) return { ok: true };
    const magnitudeOnly = direction === 0;
    const stated2 = direction === -1 && !change.sign ? { ...change, written: -change.written } : change;
    const fits = (interval) => agrees(stated2, magnitudeOnly ? magnitude(interval) : interval, false, policy);
    if (relative7.low < 0 && relative7.high > 0 && magnitudeOnly) return null;
    const rel = midpoint(relative7);
    const relText = signedPercent(rel);
    const exactly = (x) => fits({ low: x, high: x });
    if (exactly(rel)) return { ok: true };
    if (points && (exactly(midpoint(points)) || precise && fits(points))) {
      const pp = `${midpoint(points) < 0 ? "" : "+"}${formatLike(midpoint(points), null)} pp`;
      return {
        ok: false,
        message: exactly(midpoint(points)) ? `"${change.raw}" does not follow from ${before.raw} \u2192 ${after.raw}: that is the difference in percentage points (${pp}); the relative change is ${relText}` : `"${change.raw}" does not follow from ${before.raw} \u2192 ${after.raw}: it reads as a difference in percentage points (${pp} as written, the rest rounding); the relative change is ${relText}`,
        computed: relText,
        atMost: "warning"
      };
    }
    if (fits(relative7)) return { ok: true };
    if (roundingExplains(stated2, rel, relativeChange(rounded(before), rounded(after)), fits)) return { ok: true };
    const pointsText = points ? ` (or ${midpoint(points) < 0 ? "" : "+"}${formatLike(midpoint(points), null)} percentage points)` : "";
    const base = `"${change.raw}" does not follow from ${before.raw} \u2192 ${after.raw}: ${delta} is ${relText}`;
    const flipped = { ...stated2, written: -stated2.written };
    if (!magnitudeOnly && agrees(flipped, relative7, false, policy)) {
      return { ok: false, message: `"${change.raw}" has the wrong sign: ${delta} is ${relText}`, computed: relText, suggestion: suggestion(text, change, rel, direction) };
    }
    const ratio = div(after.value, before.value);
    if (ratio && agrees({ ...change, written: Math.abs(change.written), sign: null }, scale(ratio, 100), false, policy)) {
      return {
        ok: false,
        message: `${base}${pointsText}; ${change.raw.replace(/^[+-]/, "")} is the ratio ${trim(midpoint(ratio))}\xD7, not the change`,
        computed: relText,
        suggestion: suggestion(text, change, rel, direction)
      };
    }
    return { ok: false, message: `${base}${pointsText}`, computed: relText, suggestion: suggestion(text, change, rel, direction) };
  }
  if (change.dimension === "points") {
    if (!points) return null;
    const stated2 = direction === -1 && !change.sign ? { ...change, written: -change.written } : change;
    const target = direction === 0 ? { low: Math.abs(points.low), high: Math.abs(points.high) } : points;
    if (agrees(stated2, { low: Math.min(target.low, target.high), high: Math.max(target.low, target.high) }, false, policy)) return { ok: true };
    const value = midpoint(points);
    return {
      ok: false,
      message: `"${change.raw}" does not follow from ${before.raw} \u2192 ${after.raw}: the difference is ${value < 0 ? "" : "+"}${formatLike(value, change)} percentage points`,
      computed: `${formatLike(value, change)} pp`,
      suggestion: replaceNumber(text, change, Number(value.toFixed(change.decimals)), change.sign !== null)
    };
  }
  if (change.dimension === "multiplier") {
    const up = div(after.value, before.value);
    const down = div(before.value, after.value);
    if (up && agrees(change, up, false, policy) || down && agrees(change, down, false, policy)) return { ok: true };
    const fitsRatio = (interval) => agrees(change, interval, false, policy);
    for (const [ratio2, widened] of [[up, div(rounded(after), rounded(before))], [down, div(rounded(before), rounded(after))]]) {
      if (ratio2 && roundingExplains(change, midpoint(ratio2), widened, fitsRatio)) return { ok: true };
    }
    const ratio = up && down ? Math.max(midpoint(up), midpoint(down)) : null;
    if (ratio === null) return null;
    return { ok: false, message: `"${change.raw}" does not follow from ${before.raw} \u2192 ${after.raw}: the ratio is ${trim(ratio)}\xD7`, computed: `${trim(ratio)}\xD7` };
  }
  if (change.sign && change.dimension === before.dimension && before.denominator === null && !before.asShare) {
    const difference = sub(after.value, before.value);
    if (agrees(change, difference, false, policy)) return { ok: true };
    const value = midpoint(difference) / change.factor;
    return {
      ok: false,
      message: `"${change.raw}" does not follow from ${before.raw} \u2192 ${after.raw}: the difference is ${value < 0 ? "-" : "+"}${formatLike(Math.abs(value), change)}${change.unitSymbol ?? ""}`,
      computed: `${value < 0 ? "-" : "+"}${formatLike(Math.abs(value), change)}${change.unitSymbol ?? ""}`,
      suggestion: replaceNumber(text, change, Number(value.toFixed(change.decimals)), true)
    };
  }
  return null;
}
function asRounded(operand) {
  if (operand.denominator !== null) return operand;
  const value = rounded(operand);
  return { ...operand, value, share: operand.share && value };
}
function rounded(operand) {
  return (operand.denominator === null ? operandInterval(operand.quantity, true) : null) ?? operand.value;
}
function roundingExplains(stated2, exact, widened, fits) {
  return widened !== null && fits(widened) && Math.abs(Math.abs(stated2.written) - Math.abs(exact)) <= 0.05 * Math.abs(exact);
}
function magnitude(interval) {
  const a = Math.abs(interval.low);
  const b = Math.abs(interval.high);
  return { low: Math.min(a, b), high: Math.max(a, b) };
}
function suggestion(text, change, value, direction) {
  const rounded2 = Number(value.toFixed(change.decimals));
  if (change.sign) return replaceNumber(text, change, rounded2, true);
  if (direction !== 0 && Math.sign(rounded2) === direction) return replaceNumber(text, change, Math.abs(rounded2), false);
  return void 0;
}
function trim(value) {
  return formatLike(value, null, 2);
}

// src/check/rules/change-percent.ts
var changePercent = defineRule({
  meta: { id: "change-percent", description: 'A stated change ("+350%", "95% reduction", "-3.4 pp") must follow from the before and after values.', severity: "error", claims: ["change"] },
  verify(claim2, context) {
    const judge3 = (change) => judgeChange(claim2.at.unit.text, claim2.before, claim2.after, change, claim2.words, claim2.label, context.policy);
    const verdict = judge3(claim2.change);
    if (!verdict) return { status: "unverifiable", reason: "the change has no single value for these numbers" };
    if (verdict.ok) return verified(claim2.at);
    if (claim2.before.dimension === "size" && claim2.before.unitSymbol !== claim2.after.unitSymbol) {
      const decimal = judgeChange(claim2.at.unit.text, inDecimalUnits(claim2.before), inDecimalUnits(claim2.after), claim2.change, claim2.words, claim2.label, context.policy);
      if (decimal?.ok) return verified(claim2.at);
    }
    if (verdict.atMost === "warning" && claim2.alternatives.some((other) => judge3(other)?.ok)) return verified(claim2.at);
    return { status: "contradicted", message: verdict.message, computed: verdict.computed, suggestion: verdict.suggestion, atMost: verdict.atMost };
  }
});
function inDecimalUnits(operand) {
  const ratio = decimalSizeRatio(operand.unitSymbol);
  return { ...operand, value: scale(operand.value, ratio) };
}

// src/check/rules/sum-total.ts
var sumTotal = defineRule({
  meta: { id: "sum-total", description: 'A stated total ("11 alerts", a Total row) must equal the sum of its stated parts.', severity: "error", claims: ["total-parts"] },
  verify(claim2, context) {
    const { total, parts } = claim2;
    const exact = [total, ...parts.map((p) => p.quantity)].every(isExactCount);
    let low = 0;
    let high = 0;
    for (const part of parts) {
      const interval = exact ? { low: part.quantity.written, high: part.quantity.written } : operandInterval(part.quantity);
      if (!interval) return unverifiable(`${part.quantity.raw} is not a single value`);
      low += interval.low;
      high += interval.high;
    }
    const stated2 = exact ? { low: total.written, high: total.written } : statedInterval(total, false, context.policy);
    if (overlaps(stated2, { low, high })) return verified(claim2.at, ...parts.map((p) => p.place));
    if (!claim2.complete && high < stated2.low) return unverifiable(`the parts add up to less than ${total.raw}; they may name only some of it`);
    const sum = show(total, (low + high) / 2, exact);
    const terms = parts.map((p, i) => {
      const magnitude2 = p.quantity.raw.replace(/^[+\-−–]/, "");
      return i === 0 ? p.quantity.sign === "-" ? `\u2212${magnitude2}` : magnitude2 : `${p.quantity.sign === "-" ? "\u2212" : "+"} ${magnitude2}`;
    }).join(" ");
    const message = claim2.where === "sibling headings" ? `The parts of ${total.raw} stated in sibling headings add up to ${sum} (${terms}), more than the whole of ${total.raw}` : `"${claim2.phrase}" but the ${claim2.where} ${/^(?:sub-sections|lines|items|row's)\b/.test(claim2.where) ? "add up" : "sums"} to ${sum} (${terms})`;
    const first = parts[0]?.place;
    return {
      status: "contradicted",
      message,
      computed: sum,
      related: claim2.where === "breakdown" ? [] : claim2.where === "sibling headings" ? parts.slice(0, -1).map((p) => p.place) : first ? [first] : []
    };
  }
});
function isExactCount(q) {
  return q.dimension === "count" && q.factor === 1 && q.decimals === 0 && !q.approx && q.rangeHigh === null;
}
function show(total, value, exact) {
  if (exact) return String(Math.round(value));
  if (total.dimension === "duration") return formatDuration(value);
  const written = value / total.factor;
  const text = `${total.sign && written > 0 ? "+" : ""}${trimNumber(written, Math.max(total.decimals, 2))}`;
  if (total.dimension === "money") return `${total.unitSymbol ?? ""}${text}`;
  return `${text}${total.unitSymbol ?? ""}`;
}

// src/check/rules/list-count.ts
var listCount = defineRule({
  meta: { id: "list-count", description: 'A stated count of items ("Modified Files (5)", "6 key wins:") must match the list or sections that follow.', severity: "error", claims: ["count-items"] },
  verify(claim2) {
    const { count, items } = claim2;
    if (items === count.written) return verified(claim2.at);
    const stated2 = claim2.at.unit.text.trim();
    return {
      status: "contradicted",
      message: `"${stated2.length > 60 ? `${stated2.slice(0, 57)}\u2026` : stated2}" states ${count.written} but ${items} ${claim2.what} follow`,
      computed: String(items),
      related: claim2.first ? [claim2.first] : []
    };
  }
});

// src/check/rules/conflicting-values.ts
var conflictingValues = defineRule({
  meta: { id: "conflicting-values", description: "The same metric must not be stated with incompatible values in one report.", severity: "error", claims: ["same-metric"] },
  verify(claim2, context) {
    if (context.ignoredLabels.has(canonicalLabel(normalizeLabel(claim2.label), context.policy))) return unverifiable("configuration tells this rule to leave the label alone");
    return claim2.restatement === null ? verifyPeers(claim2, context) : verifyRestatement(claim2, claim2.restatement, context);
  }
});
function compatible(a, b, policy) {
  return overlaps(statedInterval(a, false, policy), statedInterval(b, false, policy)) || agrees(a, statedInterval(b, false, policy), false, policy);
}
function contradiction(claim2, at, cited, context) {
  const lines = [...new Set(cited.map((s) => context.lineOf(s.place)))];
  const others = [...new Set(cited.map((s) => s.value.raw))].join(" / ");
  const where = lines.length <= 1 ? String(lines[0]) : `${lines.slice(0, -1).join(", ")} and ${lines[lines.length - 1]}`;
  return {
    status: "contradicted",
    at: at.place,
    message: `${claim2.label} is ${at.value.raw} here but ${others} at line${lines.length > 1 ? "s" : ""} ${where}${claim2.restatement !== null ? " (the summary restates the body)" : ""}`,
    computed: others,
    related: cited.map((s) => s.place)
  };
}
function verifyRestatement(claim2, index, context) {
  const summary = claim2.values[index];
  const body = claim2.values.filter((_, i) => i !== index);
  const disagreeing = body.filter((b) => !compatible(summary.value, b.value, context.policy));
  if (disagreeing.length === 0) return verified(...claim2.values.map((v) => v.place));
  return contradiction(claim2, summary, disagreeing, context);
}
function verifyPeers(claim2, context) {
  const clusters = [];
  for (const stated2 of claim2.values) {
    const home = clusters.find((c) => c.every((other) => compatible(stated2.value, other.value, context.policy)));
    if (home) home.push(stated2);
    else clusters.push([stated2]);
  }
  if (clusters.length === 1) return verified(...claim2.values.map((v) => v.place));
  const main = clusters.reduce((best, c) => c.length > best.length ? c : best);
  const odd = clusters.find((c) => c !== main);
  return contradiction(claim2, odd[0], main, context);
}

// src/check/rules/threshold-status.ts
var thresholdStatus = defineRule({
  meta: { id: "threshold-status", description: "A status mark (\u2705, PASS, \u274C, MISSED) must agree with the target and the actual value beside it.", severity: "error", claims: ["target-status"] },
  verify(claim2, context) {
    const judged = claim2.checks.map((check) => ({ check, judgement: meets(check.actual, check.target, `${claim2.label} ${check.name}`, context.policy) }));
    const known = judged.filter((j) => j.judgement !== null);
    if (known.length === 0) return unverifiable("the target does not say which way is better");
    const failing = known.filter((j) => !j.judgement.passes);
    const inline = claim2.at !== claim2.statusPlace;
    if (claim2.status === "pass" && failing.length > 0) {
      const first = failing[0];
      return {
        status: "contradicted",
        message: inline ? `Marked as met but ${first.judgement.explanation}` : `"${claim2.statusPlace.unit.text}" for ${claim2.label} but ${first.check.name ? `${first.check.name} ` : ""}${first.judgement.explanation}`,
        computed: "fail",
        related: inline ? [claim2.statusPlace] : failing.map((f) => f.check.actualPlace)
      };
    }
    if (claim2.status === "fail" && !claim2.unreadable && known.length === judged.length && failing.length === 0) {
      return {
        status: "contradicted",
        message: inline ? `Marked as missed but ${known.map((j) => j.judgement.explanation).join("; ")}` : `"${claim2.statusPlace.unit.text}" for ${claim2.label} but ${known.map((j) => j.judgement.explanation).join("; ")}`,
        computed: "pass",
        related: inline ? [claim2.statusPlace] : []
      };
    }
    return verified(...known.map((j) => j.check.actualPlace));
  }
});
function show2(q, value, other) {
  if (q.dimension === "duration") {
    const factor = Math.min(q.factor, other?.factor ?? q.factor);
    return factor === 60 ? `${trimNumber(value / 60)} min` : factor === 3600 ? `${trimNumber(value / 3600)} h` : formatDuration(value);
  }
  if (q.dimension === "percent") return `${trimNumber(value, 4)}%`;
  return `${trimNumber(value / (q.factor || 1), 4)}${q.unitSymbol ?? ""}`;
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
  const value = actual.value;
  const t = target.value;
  const { low, high } = actual.bound ? { low: value, high: value } : statedInterval(actual, false, policy);
  let passes;
  if (bound === "<") passes = actual.bound === "<" ? value <= t : low < t;
  else if (bound === "<=") passes = low <= t;
  else if (bound === ">") passes = actual.bound === ">" ? value >= t : high > t;
  else passes = high >= t;
  const relation = { "<": "under", "<=": "at most", ">": "over", ">=": "at least" }[bound];
  const detail = actual.unitSymbol !== target.unitSymbol ? ` (${show2(actual, value, target)} vs ${show2(target, t, actual)})` : "";
  return { passes, explanation: `${actual.raw} is ${passes ? "" : "not "}${relation} ${target.raw.replace(/^[<>≤≥=\s]+/, "")}${detail}` };
}

// src/check/rules/derived-rate.ts
var derivedRate = defineRule({
  meta: { id: "derived-rate", description: 'A count with a stated rate ("1,456 errors (0.008% rate)") must agree with the total in its list.', severity: "error", claims: ["count-rate"] },
  verify(claim2, context) {
    const { count, total, rate, at } = claim2;
    const part = operandInterval(count);
    const whole = operandInterval(total);
    const ratio = part && whole && div(part, whole);
    if (!ratio) return unverifiable("the count or the total has no single value");
    const computed = scale(ratio, 100);
    if (agrees(rate, computed, false, context.policy)) return verified(at);
    if (agrees(rate, { low: 100 - computed.high, high: 100 - computed.low }, false, context.policy)) {
      return unverifiable(`${rate.raw} is 100% minus ${count.raw} of ${total.raw}: it describes the other part`);
    }
    const value = (computed.low + computed.high) / 2;
    return {
      status: "contradicted",
      message: `"${rate.raw}" does not match ${count.raw} of ${total.raw} (${claim2.totalLabel}, line ${context.lineOf(claim2.totalPlace)}): ${count.raw} / ${total.raw} = ${formatLike(value, rate, 4)}%`,
      computed: `${formatLike(value, rate, 4)}%`,
      suggestion: replaceNumber(at.unit.text, rate, value, false, significantDecimals(value, rate.decimals)),
      related: [claim2.totalPlace]
    };
  }
});
function significantDecimals(value, stated2) {
  let decimals = stated2;
  while (decimals < 6 && Number(value.toFixed(decimals)) !== 0 && Math.abs(Number(value.toFixed(decimals)) - value) / value > 0.05) decimals++;
  while (decimals < 6 && Number(value.toFixed(decimals)) === 0) decimals++;
  return decimals;
}

// src/extract/dates.ts
var MONTH_NAME = "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
var MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
var ORDINAL = "(?:st|nd|rd|th)?";
var YEAR = "((?:19|20)\\d{2})";
var ISO = /(?<![\w./-])((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?![\d_/-]|\.\d|[A-SU-Za-z])/g;
var MONTH_DAY = new RegExp(`\\b(${MONTH_NAME})\\.?[ \\t]+(\\d{1,2})${ORDINAL}\\b(?:[ \\t]*[-\u2013][ \\t]*(\\d{1,2})${ORDINAL}\\b)?(?:,?[ \\t]+${YEAR}\\b)?(?![.,]?\\d|:\\d)`, "g");
var DAY_MONTH = new RegExp(`(?<![\\w.,:/-])(\\d{1,2})${ORDINAL}(?:[ \\t]*[-\u2013][ \\t]*(\\d{1,2})${ORDINAL})?[ \\t]+(?:of[ \\t]+)?(${MONTH_NAME})\\b\\.?(?:,?[ \\t]+${YEAR}\\b)?(?![.,]?\\d|:\\d)`, "g");
var SLASHED = /(?<![\w./-])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?![\w/.-]|\.\d)/g;
var RANGE_JOIN = /^[ \t]*(?:[-–—]|→|->|to|through|thru|until|till|and)[ \t]*$/;
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
function findDates(text) {
  const none = { dates: [], ranges: [] };
  if (!MAY_HOLD_DATE.test(text)) return none;
  const dates = [];
  const ranges = [];
  const taken = [];
  const free = (start, end) => taken.every(([a, b]) => end <= a || start >= b);
  const add = (date2) => {
    if (!valid(date2.year, date2.month, date2.day) || !free(date2.start, date2.end)) return false;
    dates.push(date2);
    taken.push([date2.start, date2.end]);
    return true;
  };
  for (const m of text.matchAll(ISO)) {
    add({ start: m.index, end: m.index + m[0].length, year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  }
  for (const [pattern, order] of [[MONTH_DAY, "month-day"], [DAY_MONTH, "day-month"]]) {
    for (const m of text.matchAll(pattern)) {
      const [name, first, second] = order === "month-day" ? [m[1], m[2], m[3]] : [m[3], m[1], m[2]];
      const month = monthOf(name);
      const year = m[4] ? Number(m[4]) : null;
      const start = m.index;
      const end = m.index + m[0].length;
      if (!free(start, end)) continue;
      if (second === void 0) {
        add({ start, end, year, month, day: Number(first) });
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
  for (const m of text.matchAll(SLASHED)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 === b > 12) continue;
    add({ start: m.index, end: m.index + m[0].length, year: Number(m[3]), month: a > 12 ? b : a, day: a > 12 ? a : b });
  }
  dates.sort((x, y) => x.start - y.start || x.day - y.day);
  for (let k = 0; k + 1 < dates.length; k++) {
    const from = dates[k];
    const to = dates[k + 1];
    if (from.start === to.start) continue;
    const join5 = text.slice(from.end, to.start);
    if (!RANGE_JOIN.test(join5)) continue;
    if (/\band\b/.test(join5) && !BETWEEN_BEFORE.test(text.slice(Math.max(0, from.start - 12), from.start).replace(/\bfrom[ \t]+$/i, ""))) continue;
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
var LENGTH_CLOSE = /^[ \t]*(?:(?:inclusive|total|in total|long|elapsed|span)[ \t]*)?(?:\)|[,;]|[—–-][ \t]|$)/i;
var LENGTH_BEFORE_RANGE = /^[ \t]*\([ \t]*(?:from[ \t]+|between[ \t]+)?$/i;
var COUNTDOWN_AFTER = /^[ \t]*(?:remaining|left|to go|remain)\b|^[ \t]*(?:until|till)\b/i;
var COUNTDOWN_LABEL = /\b(days?|weeks?|time)[ \t]+(?:remaining|left|to[ \t]+go|(?:until|till)\b[^:：=]{0,30})[ \t]*[:：=][ \t]*$|\b(?:remaining|left)[ \t]+(days?|weeks?|time)[ \t]*[:：=][ \t]*$/i;
var TARGET2 = /\b(?:until|till|to)[ \t]+(?:the[ \t]+)?([A-Za-z][A-Za-z-]{2,})/i;
var TARGET_AFTER = /^[ \t]*(?:(?:remaining|left|to go|remain)[ \t]+)?(?:in|of|on|for|before|until|till|to)[ \t]+(?:(?:the|this|our|current)[ \t]+)?([A-Za-z][A-Za-z-]{2,})/i;
var BESIDE = /^[ \t]*(?:\(|[,:—–-])[ \t]*(?:about[ \t]+)?$/i;
var UNTIL_DATE = /^[ \t]*(?:(?:remaining|left|to go|remain)[ \t]+)?(?:until|till|to|before)[ \t]+(?:the[ \t]+)?$/i;
var GENERIC_TARGET = /^(?:deadline|due|end|go|date|completion|finish)$/i;
var AGO_AFTER = /^[ \t]*ago\b/i;
var SPENT_BEFORE = /\b(?:for|took|takes|lasted|spent|ran|after|within|every|per|over)[ \t]+(?:~|about[ \t]+)?$/i;
var REPORT_LABEL = /^(?:report(?:ing)?[ \t]+date|date[ \t]+of[ \t]+(?:the[ \t]+)?report|status[ \t]+date|(?:status|report)[ \t]+as[ \t]+of)(?:[ \t]*[:：–—-])?[ \t]*$/i;
var TOP_LABEL = /^(?:date|as[ \t]+of|today(?:'s[ \t]+date)?)(?:[ \t]*[:：–—-])?[ \t]*$/i;
var EDITED_LABEL = /^(?:last[ \t]+)?(?:updated|modified|revised|edited|generated|prepared|created|written|compiled)(?:[ \t]+(?:on|at))?(?:[ \t]*[:：–—-])?[ \t]*$/i;
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
  const text = line.unit.text;
  if (!/da?y|wee?k|\dd\b|\dw\b/i.test(text)) return [];
  const counts = [];
  for (const q of context.tokens(line.unit).quantities) {
    if (q.bound || q.rangeHigh !== null || q.sign || q.written < 0) continue;
    let counts_ = null;
    let end = q.end;
    if (q.dimension === "duration" && q.factor === 86400) counts_ = "days";
    else if (q.dimension === "duration" && q.factor === 604800) counts_ = "weeks";
    else if (q.dimension === "count" && q.factor === 1) {
      const working = WORKING.exec(text.slice(q.end));
      if (working) {
        counts_ = /calendar/i.test(working[1]) ? "days" : "business-days";
        end = q.end + working[0].length;
      } else counts_ = labelUnit(text.slice(0, q.start));
    }
    if (!counts_) continue;
    counts.push({ quantity: q, end, counts: counts_, inclusive: INCLUSIVE.test(text.slice(end)) });
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
  while (end > 0 && /[\s:：–—-]/.test(label[end - 1])) end--;
  return label.slice(0, end).toLowerCase();
}
function writtenDate(d) {
  return d.place.unit.text.slice(d.place.start, d.place.end);
}
function dateAt(line, date2, role2) {
  return { date: date2, place: { unit: line.unit, start: date2.start, end: date2.end }, role: role2 };
}
function rangeLengths(line, found, counts, used) {
  const text = line.unit.text;
  const claims = [];
  for (const range of found.ranges) {
    const count = counts.find(
      (c) => !used.has(c) && (c.quantity.start >= range.end && LENGTH_OPEN.test(text.slice(range.end, c.quantity.start)) && LENGTH_CLOSE.test(text.slice(c.end)) || c.end <= range.start && LENGTH_BEFORE_RANGE.test(text.slice(c.end, range.start)) && /^[ \t]*\)/.test(text.slice(range.end)))
    );
    if (!count) continue;
    used.add(count);
    const span = text.slice(range.start, range.end);
    claims.push(spanClaim(line, count, [dateAt(line, range.from, "")], [dateAt(line, range.to, "")], "tight", false, span));
  }
  return claims;
}
function spanClaim(line, count, from, to, binding, countdown, about) {
  const q = count.quantity;
  const text = line.unit.text;
  const ends = (side) => side.map(writtenDate).join(" | ");
  const span = from.length === 1 && to.length === 1 && from[0]?.place.start === to[0]?.place.start ? ends(from) : `${ends(from)} \u2192 ${ends(to)}`;
  return {
    kind: "date-span",
    at: { unit: line.unit, start: q.start, end: count.end },
    binding,
    from,
    to,
    stated: q,
    counts: count.counts,
    countdown,
    inclusive: count.inclusive,
    about,
    reading: `${span} \u2194 ${text.slice(q.start, count.end)}`
  };
}
function countdowns(line, found, counts, references, deadlines) {
  const text = line.unit.text;
  const claims = [];
  const inRange = (d) => found.ranges.some((r) => d.start >= r.start && d.end <= r.end);
  const single = found.dates.filter((d) => !inRange(d));
  for (const count of counts) {
    const q = count.quantity;
    const before = text.slice(0, q.start);
    const after = text.slice(count.end);
    if (SPENT_BEFORE.test(before)) continue;
    const ago = AGO_AFTER.test(after);
    if (!ago && !COUNTDOWN_AFTER.test(after) && !COUNTDOWN_LABEL.test(before)) continue;
    const own2 = references.filter((r) => r.line === line);
    const others = single.filter((d) => !own2.some((r) => r.at.date === d));
    if (others.length > 1) continue;
    const inLine = others[0];
    const refs = own2.length > 0 ? own2 : references;
    if (refs.length === 0) continue;
    const anchors = distinct(refs.map((r) => r.at));
    let binding = own2.length > 0 ? "tight" : refs.some((r) => r.kind === "report") ? "inferred" : "weak";
    const label = cleanLabel(before).replace(/[:：=]$/, "");
    if (ago) {
      if (inLine && agoOf(text, inLine, count)) claims.push(spanClaim(line, count, [dateAt(line, inLine, "")], anchors, binding, true, label || text.slice(inLine.start, inLine.end)));
      continue;
    }
    let deadline = null;
    if (inLine) deadline = countsDownTo(text, inLine, count, COUNTDOWN_LABEL.test(before)) ? dateAt(line, inLine, "") : null;
    else {
      deadline = deadlineFor(line, text.slice(count.end), deadlines);
      if (binding === "tight") binding = "inferred";
    }
    if (deadline) claims.push(spanClaim(line, count, anchors, [deadline], binding, true, label || "days remaining"));
  }
  return claims;
}
function distinct(dates) {
  return dates.filter((d, k) => dates.findIndex((e) => e.date.year === d.date.year && e.date.month === d.date.month && e.date.day === d.date.day) === k);
}
function countsDownTo(text, date2, count, labelled) {
  if (count.quantity.start >= date2.end) return DEADLINE_WORDS.test(text.slice(0, date2.start)) && BESIDE.test(text.slice(date2.end, count.quantity.start));
  const between = text.slice(count.end, date2.start);
  return date2.start >= count.end && (UNTIL_DATE.test(between) || labelled && /^[ \t]*\([ \t]*$/.test(between));
}
function agoOf(text, date2, count) {
  if (count.quantity.start >= date2.end) return BESIDE.test(text.slice(date2.end, count.quantity.start));
  return date2.start >= count.end && /^[ \t]*ago[ \t]*(?:\([ \t]*|[,:—–-][ \t]*)(?:on[ \t]+)?$/i.test(text.slice(count.end, date2.start));
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
    const text = line.unit.text;
    const atTop = line.headings.every((h) => h.depth <= 1);
    for (const date2 of found.dates) {
      if (date2.year === null || found.ranges.some((r) => date2.start >= r.start && date2.end <= r.end)) continue;
      const label = cleanLabel(text.slice(0, date2.start)).replace(WEEKDAY_BEFORE, "").trim();
      if (REPORT_LABEL.test(label) || atTop && line.kind !== "heading" && TOP_LABEL.test(label)) {
        references.push({ at: dateAt(line, date2, "report date"), line, kind: "report" });
      } else if (EDITED_LABEL.test(label)) {
        references.push({ at: dateAt(line, date2, role(label)), line, kind: "edited" });
      }
    }
    if (line.unit === title && found.dates.length === 1 && found.ranges.length === 0 && !DEADLINE_WORDS.test(text)) {
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
    const named = DEADLINE_WORDS.test(label) ? label : /^date(?:[ \t]*[:：])?[ \t]*$/i.test(label) && DEADLINE_WORDS.test(heading) ? heading : null;
    if (named === null) continue;
    deadlines.push({ at: dateAt(line, date2, role(named)), line, words: `${label} ${heading}` });
  }
  return deadlines;
}

// src/check/date-span.ts
function verifyDateSpan(claim2, context) {
  const readings2 = [];
  for (const from of claim2.from) {
    for (const to of claim2.to) {
      for (const days of daysBetween(from.date, to.date)) if (days >= 0) readings2.push({ from, to, days });
    }
  }
  if (readings2.length === 0) return unverifiable("the dates run backwards: the deadline is before the report date");
  let why = "";
  for (const reading of readings2) {
    const verdict = judge(claim2, reading, context);
    if (verdict === true) return verified(claim2.at);
    if (verdict !== false) why = verdict;
  }
  if (why) return unverifiable(why);
  return contradiction2(claim2, nearest(claim2, readings2), context);
}
function judge(claim2, { from, to, days }, context) {
  const { stated: stated2, counts } = claim2;
  const calendar = claim2.inclusive ? { low: days + 1, high: days + 1 } : { low: Math.max(0, days - 1), high: days + 1 };
  if (agrees(stated2, inUnit(claim2, calendar), false, context.policy)) return true;
  const unitDays = stated2.dimension === "duration" ? stated2.factor / 86400 : counts === "weeks" ? 7 : 1;
  if (unitDays >= 7 && Number.isInteger(stated2.written) && stated2.written >= Math.floor(days / unitDays) && stated2.written <= Math.ceil((days + 1) / unitDays)) return true;
  if (counts === "weeks" && claim2.countdown && stated2.written === Math.ceil(days / 7)) return true;
  if (counts === "weeks") return false;
  const weekdays = weekdaysBetween(from.date, to.date);
  if (weekdays && agrees(stated2, inUnit(claim2, { low: weekdays.exclusive, high: weekdays.inclusive }), false, context.policy)) return true;
  const over = statedDays(claim2) > days + 1;
  if (counts === "business-days") return over ? false : "working days may leave out holidays";
  if (!claim2.countdown && !over) return "fewer days than the span: they may be working or active days";
  return false;
}
function inUnit(claim2, days) {
  const scale2 = claim2.stated.dimension === "duration" ? 86400 : claim2.counts === "weeks" ? 1 / 7 : 1;
  return { low: days.low * scale2, high: days.high * scale2 };
}
function statedDays(claim2) {
  const { stated: stated2 } = claim2;
  return stated2.dimension === "duration" ? stated2.value / 86400 : claim2.counts === "weeks" ? stated2.value * 7 : stated2.value;
}
function nearest(claim2, readings2) {
  const target = statedDays(claim2);
  return readings2.reduce((best, r) => Math.abs(r.days - target) < Math.abs(best.days - target) ? r : best);
}
function contradiction2(claim2, { from, to, days }, context) {
  const { stated: stated2, at } = claim2;
  const unit = at.unit;
  const statedText = unit.text.slice(at.start, at.end);
  const cite = (d) => {
    const written = writtenDate(d);
    const where = [d.role, d.place.unit === unit ? "" : `line ${context.lineOf(d.place)}`].filter((s) => s !== "").join(", ");
    return where ? `${written} (${where})` : written;
  };
  const weeks = claim2.counts === "weeks" ? ` (${+(days / 7).toFixed(1)} weeks)` : "";
  const ends = claim2.countdown || claim2.inclusive ? "" : ` (${days + 1} counting both ends)`;
  const weekdays = claim2.counts === "business-days" ? `, at most ${weekdaysBetween(from.date, to.date)?.inclusive ?? days + 1} of them weekdays` : "";
  const result = `${days} day${days === 1 ? "" : "s"}${weeks}${ends}${weekdays}`;
  const exact = claim2.inclusive ? days + 1 : days;
  const value = stated2.dimension === "duration" ? exact * 86400 / stated2.factor : claim2.counts === "weeks" ? exact / 7 : exact;
  const single = (claim2.countdown || claim2.inclusive) && claim2.counts !== "business-days" && Number.isInteger(value);
  return {
    status: "contradicted",
    message: `"${statedText}" does not match ${from.place.start === to.place.start && from.place.unit === to.place.unit ? cite(from) : `${cite(from)} \u2192 ${cite(to)}`}: that is ${result}`,
    computed: `${exact} days`,
    suggestion: single ? replaceNumber(unit.text, stated2, value) : void 0,
    related: [from.place, to.place].filter((p) => p.unit !== unit)
  };
}

// src/claims/durations.ts
var ELAPSED_AFTER = /^\s*(?:elapsed|later|passed|in total|total|duration|long)\b/i;
var ELAPSED_BEFORE = /^[^\d()]{0,24}\(\s*(?:~|about\s+)?$/;
var FACTOR_BEFORE = /\d[^\d]{0,24}?\s*[×x*]\s*$/;
function readDurations(context) {
  const claims = [];
  for (const line of context.doc.lines) claims.push(...clockSpans(context, line.unit), ...restated(context, line.unit));
  return claims;
}
var MERIDIEM = /^[ \t]?([ap])\.?m\b\.?/i;
var ZONE = /^[ \t]*([A-Z]{2,5}(?:[+-]\d{1,2}(?::\d\d)?)?)(?![\w+-])/;
var RANGE_JOIN2 = /^(?:[-–—~]|to|until|till|through|thru|→|⟶|⇒|➜|➡️?|->|-->|=>|—>)$/i;
var END_JOIN = /^[,;]?\s*(?:and |then )?(?:finished|ended|end|done|completed|complete|resolved|mitigated|restored|recovered|stopped|closed)(?: at| by|:)?$/i;
var ATTACH_PAREN = /^\( ?(?:(?:elapsed|duration|total) ?:? ?)?(?:(?:about|around|roughly|approx\.?|approximately) ?)?$/i;
var ATTACH_DASH = /^(?:[—–]|-|--|:)$/;
function readClock(text, time2) {
  const [h, m, sec] = text.slice(time2.start, time2.end).split(":");
  const marked = MERIDIEM.exec(text.slice(time2.end, time2.end + 8));
  const end = time2.end + (marked ? marked[0].length : 0);
  const zone = ZONE.exec(text.slice(end, end + 16));
  return {
    time: time2,
    end,
    text: text.slice(time2.start, end),
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
  const text = unit.text;
  const claims = [];
  for (let k = 0; k + 1 < times.length; k++) {
    const from = readClock(text, times[k]);
    const to = readClock(text, times[k + 1]);
    const elapsed = quantities.find((q) => q.start >= to.end && q.dimension === "duration");
    if (!elapsed || elapsed.bound || elapsed.rangeHigh !== null || elapsed.sign) continue;
    if (elapsed.factor < 60 && (from.seconds === null || to.seconds === null)) continue;
    const opened = quantities.reduce((at, q) => q.end <= from.time.start && q.dimension === "duration" ? q.end : at, 0);
    if (k > 0 && times[k - 1].start >= opened) continue;
    if (from.zone && to.zone && from.zone !== to.zone) continue;
    if (!(stated(text, to, elapsed) || tight(text, from, to, elapsed))) continue;
    const spans = spansBetween(from, to);
    if (spans.length === 0) continue;
    const resolution = from.seconds !== null && to.seconds !== null ? 1 : 60;
    const span = `${from.text} \u2192 ${to.text}`;
    claims.push({
      kind: "clock-duration",
      at: { unit, start: elapsed.start, end: elapsed.end },
      binding: "tight",
      from: from.time,
      to: to.time,
      elapsed,
      spans,
      resolution,
      fromText: from.text,
      toText: to.text,
      about: span,
      reading: `${span} \u2194 ${elapsed.raw}`
    });
  }
  return claims;
}
function stated(text, to, elapsed) {
  const between = text.slice(to.after, elapsed.start);
  const after = text.slice(elapsed.end);
  return (ELAPSED_BEFORE.test(between) || between.trim().length < 4 && ELAPSED_AFTER.test(after)) && ELAPSED_AFTER.test(after);
}
function tight(text, from, to, elapsed) {
  const join5 = text.slice(from.after, to.time.start).trim();
  const joined = RANGE_JOIN2.test(join5) || END_JOIN.test(join5) || join5.toLowerCase() === "and" && /\bbetween\s?$/i.test(text.slice(Math.max(0, from.time.start - 9), from.time.start));
  if (!joined) return false;
  const attach = text.slice(to.after, elapsed.start).trim().replace(/\s+/g, " ");
  const after = text.slice(elapsed.end);
  if (ATTACH_PAREN.test(attach)) return /^\s*\)/.test(after) || /^\s*(?:elapsed|total|in total|long)\s*\)/i.test(after);
  if (ATTACH_DASH.test(attach)) return /^\s*(?:[.;,)]|$)/.test(after) || ELAPSED_AFTER.test(after);
  return false;
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
    const opener = unit.text.slice(first.end, second.start);
    if (!/^\s*(?:\(\s*|=\s*|≈\s*|\(\s*=\s*|\(\s*(?:i\.e\.|that is),?\s*)$/.test(opener)) continue;
    if (opener.includes("(") && !/^\s*\)/.test(unit.text.slice(second.end))) continue;
    if (/[=≈]/.test(opener) && /[-+×*/÷−]\s*$/.test(unit.text.slice(Math.max(0, first.start - 3), first.start))) continue;
    if (/^\s*(?:\/|per\b|each\b|a piece\b)/i.test(unit.text.slice(second.end))) continue;
    if (FACTOR_BEFORE.test(unit.text.slice(Math.max(0, first.start - 32), first.start))) continue;
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
  return /[A-Za-zµ][ \t,]*(?:and[ \t]+)?\d/.test(q.raw);
}

// src/check/rules/time-arithmetic.ts
var timeArithmetic = defineRule({
  meta: {
    id: "time-arithmetic",
    description: "Elapsed time between two clock times or two dates, and a duration restated in another unit, must agree.",
    severity: "error",
    claims: ["clock-duration", "restated-duration", "date-span"]
  },
  verify(claim2, context) {
    const { at } = claim2;
    if (claim2.kind === "date-span") return verifyDateSpan(claim2, context);
    if (claim2.kind === "clock-duration") {
      const { elapsed, spans, resolution, fromText, toText } = claim2;
      const slack = resolution - 1;
      if (spans.some((s) => agrees(elapsed, { low: s - slack, high: s + slack }, false, context.policy))) return verified(at);
      const seconds = spans[0];
      const across = toMinutes(toText) < toMinutes(fromText);
      return {
        status: "contradicted",
        message: `"${elapsed.raw}" does not match ${fromText} \u2192 ${toText}: that is ${formatDuration(seconds)}${across ? " (across midnight)" : ""}${spans.length > 1 ? `, or ${spans.slice(1).map(formatDuration).join(", ")} on a 12-hour clock` : ""}`,
        computed: formatDuration(seconds),
        suggestion: spans.length === 1 && (elapsed.factor === 60 || elapsed.factor === 3600 || elapsed.factor === 1) && Number.isInteger(seconds / elapsed.factor) ? replaceNumber(at.unit.text, elapsed, seconds / elapsed.factor) : void 0
      };
    }
    const { first, second } = claim2;
    if (overlaps(statedInterval(first, false, context.policy), statedInterval(second, false, context.policy))) return verified(at, { unit: at.unit, start: first.start, end: first.end });
    if (workingCalendar(first, second, context.policy)) return verified(at, { unit: at.unit, start: first.start, end: first.end });
    const compound = /[A-Za-zµ][ \t,]*\d/.test(second.raw);
    const computed = compound ? formatDuration(first.value) : inUnitOf(second, first.value);
    return {
      status: "contradicted",
      message: `"${second.raw}" does not match ${first.raw}: that is ${computed}${workingNote(first, second)}`,
      computed,
      suggestion: !compound && Number.isInteger(first.value / second.factor) ? replaceNumber(at.unit.text, second, first.value / second.factor) : void 0
    };
  }
});
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
  verify(claim2) {
    if (claim2.kind === "share-bound") {
      const q = claim2.quantity;
      return { status: "contradicted", message: `"${q.raw}"${claim2.about ? ` (${claim2.about})` : ""} is a share of a whole, which cannot pass 100%`, computed: "\u2264 100%" };
    }
    const f = claim2.fraction;
    if (f.numerator.written <= f.denominator.written) return verified(claim2.at);
    return { status: "contradicted", message: `"${claim2.about}": ${f.numerator.raw} is more than the whole of ${f.denominator.raw}`, computed: `\u2264 ${f.denominator.raw}` };
  }
});

// src/claims/counting.ts
function isPlainCount(q) {
  return q.dimension === "count" && q.factor === 1 && q.decimals === 0 && !q.approx && q.rangeHigh === null && !q.sign && (!q.bound || q.bound === ">=");
}
var STOP_WORDS = /* @__PURE__ */ new Set(["of", "the", "a", "an", "and", "or", "in", "on", "for", "to", "with", "by", "at", "from", "all", "are", "is", "was", "were", "new", "key", "total"]);
function countedWords(text, q, limit = 3) {
  const words = text.slice(q.end).match(/^[\s*_]*((?:[\p{L}][\p{L}'-]*[\s*_]*){1,6})/u)?.[1] ?? "";
  return words.split(/[\s*_]+/).filter((w) => w.length > 2 && !STOP_WORDS.has(w.toLowerCase())).slice(0, limit).map((w) => singular(w.toLowerCase()));
}
function mentionsAny(text, words) {
  const present = new Set(text.toLowerCase().split(/[^\p{L}]+/u).map(singular));
  return words.some((w) => present.has(w));
}
function leadingCount(text, tokens) {
  const first = tokens.quantities[0];
  if (!first || !isPlainCount(first) || first.word) return null;
  return /^[\s\p{P}\p{S}\uFE0F]*$/u.test(text.slice(0, first.start)) ? first : null;
}

// src/check/rules/aggregate.ts
function exactOrInterval(q) {
  return isPlainCount(q) ? { low: q.value, high: q.value } : operandInterval(q);
}
var aggregate = defineRule({
  meta: {
    id: "aggregate",
    description: "An overall or average figure must follow from the rows it summarises (\u03A3 passing / \u03A3 total, the mean).",
    severity: "error",
    claims: ["overall-share", "average-row", "overall-fraction"]
  },
  verify(claim2, context) {
    const { at } = claim2;
    if (claim2.kind === "overall-share") {
      const value = claim2.passing / claim2.total * 100;
      if (agrees(claim2.percent, { low: value, high: value }, false, context.policy)) return verified(at);
      const shares = claim2.shares?.map((q) => operandInterval(q));
      if (shares && shares.length > 0 && shares.every((i) => i)) {
        const low2 = shares.reduce((sum, i) => sum + i.low, 0) / shares.length;
        const high2 = shares.reduce((sum, i) => sum + i.high, 0) / shares.length;
        if (agrees(claim2.percent, { low: low2, high: high2 }, false, context.policy)) return verified(at);
      }
      return {
        status: "contradicted",
        message: `"${claim2.percent.raw}" overall does not follow from the ${claim2.how.includes("items") ? "items" : "rows"}: ${claim2.passing} / ${claim2.total} = ${formatLike(value, claim2.percent)}% (${claim2.how})`,
        computed: `${formatLike(value, claim2.percent)}%`,
        suggestion: replaceNumber(at.unit.text, claim2.percent, Number(value.toFixed(claim2.percent.decimals)))
      };
    }
    if (claim2.kind === "overall-fraction" && claim2.scores) {
      const { numerator, denominator } = claim2.fraction;
      const intervals2 = claim2.scores.map((q) => exactOrInterval(q));
      if (intervals2.some((i) => !i)) return unverifiable("a score has no single value");
      const low2 = intervals2.reduce((sum, i) => sum + i.low, 0) / intervals2.length;
      const high2 = intervals2.reduce((sum, i) => sum + i.high, 0) / intervals2.length;
      if (agrees(numerator, { low: low2, high: high2 }, false, context.policy)) return verified(at);
      const mean2 = (low2 + high2) / 2;
      const shown2 = formatLike(mean2, numerator, 2);
      return {
        status: "contradicted",
        message: `"${at.unit.text.slice(at.start, at.end)}" overall is not the mean of the ${intervals2.length} scores above it: (${claim2.scores.map((q) => q.raw).join(" + ")}) / ${intervals2.length} = ${shown2}/${denominator.raw} (no weights are given)`,
        computed: `${shown2}/${denominator.raw}`,
        suggestion: `${mean2.toFixed(numerator.decimals)}/${denominator.raw}`
      };
    }
    if (claim2.kind === "overall-fraction") {
      const { numerator, denominator } = claim2.fraction;
      if (numerator.written === claim2.passing && denominator.written === claim2.total) return verified(at);
      return {
        status: "contradicted",
        message: `"${at.unit.text.slice(at.start, at.end)}" overall does not follow from the items: they sum to ${claim2.passing}/${claim2.total}`,
        computed: `${claim2.passing}/${claim2.total}`,
        suggestion: `${claim2.passing}/${claim2.total}`
      };
    }
    const { stated: stated2, values } = claim2;
    const intervals = values.map((q) => exactOrInterval(q));
    if (intervals.some((i) => !i)) return unverifiable("a row has no single value");
    const low = intervals.reduce((s, i) => s + i.low, 0) / values.length;
    const high = intervals.reduce((s, i) => s + i.high, 0) / values.length;
    if (agrees(stated2, { low, high }, false, context.policy)) return verified(at);
    const mean = (low + high) / 2 / stated2.factor;
    const number3 = formatLike(mean, stated2);
    const shown = stated2.dimension === "money" ? `${stated2.unitSymbol ?? ""}${number3}` : `${number3}${stated2.unitSymbol === "%" ? "%" : stated2.unitSymbol ?? ""}`;
    return {
      status: "contradicted",
      message: `"${stated2.raw}" is not the mean of the ${values.length} ${claim2.across ? "columns beside it" : "rows"}: (${values.map((q) => q.raw).join(" + ")}) / ${values.length} = ${shown}`,
      computed: shown,
      suggestion: replaceNumber(at.unit.text, stated2, Number(mean.toFixed(stated2.decimals)))
    };
  }
});

// src/check/rules/metric-mismatch.ts
var metricMismatch = defineRule({
  meta: { id: "metric-mismatch", description: "A claim about a measured metric must agree with the metrics files given (test results, coverage, load tests).", severity: "error", claims: ["metric-value"] },
  verify(claim2, context) {
    const current = context.metrics.filter((m) => !m.target);
    if (current.length === 0) return unverifiable("no metrics file to compare it with (--metrics)");
    const label = canonicalLabel(normalizeLabel(claim2.label), context.policy);
    if (context.ignoredLabels.has(label)) return unverifiable("configuration tells this rule to leave the label alone");
    if (claim2.key.slice(0, claim2.key.lastIndexOf("|")).endsWith(")")) return unverifiable("the label qualifies the metric, and no metrics file names that qualifier");
    const candidates = (metricsByAlias(current, context.policy).get(label) ?? []).filter((m) => comparable(claim2.value, m));
    if (candidates.length === 0) return unverifiable("no metric in the metrics files has this name");
    return judge2(claim2, candidates, context);
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
function judge2(claim2, candidates, context) {
  const { at, value: quantity } = claim2;
  const fits = (m) => agrees(claimFor(quantity, m), { low: m.value, high: m.value }, false, context.policy);
  const verdicts = new Set(candidates.map(fits));
  if (verdicts.size > 1) {
    const message = `${claim2.label} ${quantity.raw} was not checked: it matches several metrics with different values (${candidates.map((m) => `${m.source.file}: ${m.source.path} = ${m.display}`).join("; ")})`;
    return { status: "unverifiable", reason: message, notice: { message, sources: candidates.map((m) => m.source) } };
  }
  const metric = candidates[0];
  if (fits(metric)) return verified(at);
  return {
    status: "contradicted",
    message: `${claim2.label} is ${quantity.raw} here but ${metric.source.file} has ${metric.source.path} = ${metric.display}`,
    computed: metric.display,
    sources: [metric.source]
  };
}

// src/check/rules/written-arithmetic.ts
var writtenArithmetic = defineRule({
  meta: { id: "written-arithmetic", description: 'Arithmetic written out ("(85 + 92 + 90) / 3 = 89%") must give the result written after it.', severity: "error", claims: ["arithmetic"] },
  verify(claim2, context) {
    const value = evaluate(claim2.terms);
    if (!value) return unverifiable("the expression combines numbers in a way recount does not evaluate");
    const { result, at } = claim2;
    const readings2 = readingsFor(value, result);
    if (readings2.length === 0) return unverifiable(`the expression gives a ${value.dimension}, the result is a ${result.dimension}`);
    if (readings2.some((r) => agrees(result, r, false, context.policy))) return verified(at, ...claim2.terms.flatMap((t) => t.kind === "number" ? [{ unit: at.unit, start: t.quantity.start, end: t.quantity.end }] : []));
    const exact = evaluate(claim2.terms, true);
    const points = exact ? readingsFor(exact, result) : [];
    const middles = (points.length === readings2.length ? points : readings2).map((r) => (r.low + r.high) / 2);
    const middle = middles.reduce((best, m) => Math.abs(m - result.value) < Math.abs(best - result.value) ? m : best);
    const shown = show3(middle, result);
    return {
      status: "contradicted",
      message: `"${result.raw}" does not follow from ${claim2.expression}: that is ${shown}`,
      computed: shown,
      suggestion: result.dimension === "duration" && result.factor < 60 ? void 0 : replaceNumber(at.unit.text, result, Number((middle / result.factor).toFixed(result.decimals)))
    };
  }
});
function readingsFor(value, result) {
  if (value.dimension === result.dimension) return [value.interval];
  if (value.dimension === "count" && result.dimension === "percent") {
    return [value.interval, { low: value.interval.low * 100, high: value.interval.high * 100 }];
  }
  if (value.dimension === "count" && result.dimension !== "count") {
    return UNIT_STEPS.flatMap((step) => [step, 1 / step]).map((step) => ({ low: value.interval.low * result.factor * step, high: value.interval.high * result.factor * step }));
  }
  return [];
}
var UNIT_STEPS = [1, 1e3, 1024, 1e6, 1024 * 1024, 60, 3600, 24, 7];
function show3(value, result) {
  if (result.dimension === "duration") return formatDuration(value);
  const written = value / result.factor;
  const text = formatLike(written, result, 2);
  if (result.dimension === "percent") return `${text}%`;
  if (result.dimension === "money") {
    const before = result.raw.slice(0, result.digitsStart - result.start).replace(/[\s~≈+\-−]/g, "");
    return `${before || result.unitSymbol || ""}${text}${result.raw.slice(result.digitsEnd - result.start).trim()}`;
  }
  return `${text}${result.unitSymbol ?? ""}`;
}
function numberValue(q, exact = false) {
  if (exact) return { interval: { low: Math.abs(q.value), high: Math.abs(q.value) }, dimension: q.dimension };
  const magnitude2 = { ...q, written: Math.abs(q.written), sign: null };
  const interval = q.decimals === 0 && q.factor === 1 && q.dimension === "count" && !q.approx ? { low: magnitude2.written, high: magnitude2.written } : operandInterval(magnitude2);
  return interval ? { interval, dimension: q.dimension } : null;
}
function combine(a, op, b) {
  if (op === "+" || op === "-") {
    if (a.dimension !== b.dimension) return null;
    return { dimension: a.dimension, interval: op === "+" ? { low: a.interval.low + b.interval.low, high: a.interval.high + b.interval.high } : { low: a.interval.low - b.interval.high, high: a.interval.high - b.interval.low } };
  }
  if (op === "*") {
    if (a.dimension === "percent" && b.dimension !== "percent" || b.dimension === "percent" && a.dimension !== "percent") {
      const [share, amount] = a.dimension === "percent" ? [a, b] : [b, a];
      return { dimension: amount.dimension, interval: { low: share.interval.low * amount.interval.low / 100, high: share.interval.high * amount.interval.high / 100 } };
    }
    if (a.dimension !== "count" && b.dimension !== "count") return null;
    const products = [a.interval.low * b.interval.low, a.interval.low * b.interval.high, a.interval.high * b.interval.low, a.interval.high * b.interval.high];
    return { dimension: a.dimension === "count" ? b.dimension : a.dimension, interval: { low: Math.min(...products), high: Math.max(...products) } };
  }
  const quotient = div(a.interval, b.interval);
  if (!quotient) return null;
  if (b.dimension === "count") return { dimension: a.dimension, interval: quotient };
  return a.dimension === b.dimension ? { dimension: "count", interval: quotient } : null;
}
function evaluate(terms, exact = false) {
  let position = 0;
  const peek = () => terms[position];
  const level = (operators, next) => () => {
    let left = next();
    while (left && peek()?.kind === "operator" && operators.includes(peek().op)) {
      const op = terms[position++].op;
      const right = next();
      left = right && combine(left, op, right);
    }
    return left;
  };
  const product = level(["*", "/"], () => factor());
  const expression = level(["+", "-"], product);
  const factor = () => {
    const term = terms[position++];
    if (!term) return null;
    if (term.kind === "number") return numberValue(term.quantity, exact);
    if (term.kind === "operator" && term.op === "-") {
      const inner = factor();
      return inner && { dimension: inner.dimension, interval: { low: -inner.interval.high, high: -inner.interval.low } };
    }
    if (term.kind === "open") {
      const inner = expression();
      if (terms[position++]?.kind !== "close") return null;
      return inner;
    }
    return null;
  };
  const value = expression();
  return value && position === terms.length ? value : null;
}

// src/check/rules/rank-order.ts
var UNCOUNTABLE = /(?:^|\s)(?:accuracy|coverage|latency|throughput|memory|importance|efficiency|precision|recall|usage|performance|speed|uptime|availability|revenue|quality|size|overall|total|value)$/i;
function plainKey(key) {
  const label = key.replace(/\([^()]*\)/g, " ").replace(/\s+/g, " ").trim();
  return /^[A-Za-z][a-z]*(?: [A-Za-z][a-z]*)*$/.test(label) ? label.toLowerCase() : null;
}
function pluralOf(words) {
  if (/(?:s|x|ch|sh)$/.test(words)) return `${words}es`;
  if (/[^aeiou]y$/.test(words)) return `${words.slice(0, -1)}ies`;
  return `${words}s`;
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
  verify(claim2, context) {
    const groups = byRank(claim2.entries);
    const checked = claim2.entries.map((e) => e.place);
    const pairs = [];
    for (let g = 0; g + 1 < groups.length; g++) {
      for (const upper2 of groups[g]) {
        for (const lower2 of groups[g + 1]) {
          const order = compare(upper2, lower2, context.policy);
          if (order !== 0) pairs.push({ upper: upper2, lower: lower2, order });
        }
      }
    }
    const higherFirst = pairs.filter((p) => p.order === 1).length;
    const lowerFirst = pairs.length - higherFirst;
    if (higherFirst === 0 || lowerFirst === 0) {
      if (!claim2.tiesMarked) {
        for (const group of groups) {
          const other = group.find((e) => compare(group[0], e, context.policy) !== 0);
          if (other) {
            const first = group[0];
            return {
              status: "contradicted",
              at: other.place,
              related: [first.place],
              message: `${quoted(first)} and ${quoted(other)} are both ranked ${first.rank}, but their ${valuesOf(claim2.key)} differ and no tie is marked`
            };
          }
        }
      }
      return pairs.length > 0 ? verified(...checked) : unverifiable("the values may all be equal as written");
    }
    let direction = claim2.direction;
    let fromOthers = false;
    if (direction === 0) {
      if (Math.min(higherFirst, lowerFirst) !== 1 || Math.max(higherFirst, lowerFirst) < 2) return unverifiable("the ranking runs both ways and the text does not say which way is better");
      direction = higherFirst > lowerFirst ? 1 : -1;
      fromOthers = true;
    }
    const against = pairs.filter((p) => p.order !== direction);
    const agreeing = pairs.length - against.length;
    const breaksOnce = against.length === 1 && agreeing >= 1;
    if (!breaksOnce && !(claim2.named && agreeing >= against.length && agreeing >= 1)) {
      return unverifiable(`${against.length} of ${pairs.length} neighbouring pairs go against the ${claim2.key}: the ranking may follow something else`);
    }
    const { upper, lower } = against[0];
    const consecutive = lower.rank === upper.rank + 1;
    return {
      status: "contradicted",
      at: lower.place,
      related: [upper.place],
      message: `${quoted(lower)} is ranked ${lower.rank} below ${quoted(upper)}${consecutive ? "" : ` at ${upper.rank}`}, but ${ranksFirst(claim2.key, direction)}${fromOthers ? ", as in every other pair of neighbouring entries" : ""}`
    };
  }
});

// src/check/rules/index.ts
var RULES = [ratioPercent, changePercent, sumTotal, listCount, conflictingValues, thresholdStatus, derivedRate, timeArithmetic, impossibleValue, aggregate, metricMismatch, writtenArithmetic, rankOrder];

// src/zod-parts.ts
var zod_parts_exports = {};
__export(zod_parts_exports, {
  array: () => array,
  boolean: () => boolean2,
  config: () => config,
  enum: () => _enum,
  int: () => int,
  literal: () => literal,
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
function jsonStringifyReplacer(_, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
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
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
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
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
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
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
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
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
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
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
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
  function init(inst, def) {
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
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
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
    init(inst, def);
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
  Object.defineProperty(_, "init", { value: init });
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
function _setMessage(value) {
  this._zod.message = value;
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
        const value = () => this.message;
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
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
  const fn = (schema, value, _ctx, _params) => {
    const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
    const result = schema._zod.run({ value, issues: [] }, ctx);
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
  const fn = async (schema, value, _ctx, params) => {
    const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
    let result = schema._zod.run({ value, issues: [] }, ctx);
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
var _safeParse = (_Err) => (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
  const result = schema._zod.run({ value, issues: [] }, ctx);
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
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
  const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
  let result = schema._zod.run({ value, issues: [] }, ctx);
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
  set "~standard"(value) {
    own(this, "~standard", value);
  }
});
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_) {
      }
      return validateAsync(inst, value);
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
  const parse2 = inst._zod.parse;
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
    return parse2(payload, ctx);
  };
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
  if (result.issues.length) {
    final.issues.push(...prefixIssues(index, result.issues));
  }
  final.value[index] = result.value;
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
  const isObject2 = isObject;
  const catchall = def.catchall;
  let value;
  const memo = globalConfig.memoizer;
  memo?.attach(inst);
  inst._zod.parse = (payload, ctx) => {
    value ?? (value = _normalized.value);
    const input = payload.value;
    if (!isObject2(input)) {
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
    const shape = value.shape;
    const abortEarly = ctx?.abortEarly;
    let seen = payload.issues.length;
    for (const key of value.allKeys) {
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
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: false
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _positive(params) {
  return /* @__PURE__ */ _gt(0, params);
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
  set with(value) {
    own(this, "with", value);
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
function literal(value, params) {
  return new ZodMiniLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
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

// src/config/schema.ts
var RULE_IDS = RULES.map((r) => r.meta.id);
var SEVERITY_MESSAGE = 'expected "off" | "notice" | "warning" | "error"';
var SeverityOrOff = zod_parts_exports.enum(["off", "notice", "warning", "error"], SEVERITY_MESSAGE);
var nonEmpty = () => zod_parts_exports.string().check(zod_parts_exports.minLength(1));
var RuleObject = zod_parts_exports.strictObject({
  severity: zod_parts_exports.optional(SeverityOrOff),
  /** Labels this rule never reads (conflicting-values, metric-mismatch). */
  ignore: zod_parts_exports.optional(zod_parts_exports.array(nonEmpty()))
});
var RuleSetting = zod_parts_exports.union([SeverityOrOff, RuleObject]);
var ConfigSchema = zod_parts_exports.strictObject({
  rules: zod_parts_exports.optional(zod_parts_exports.strictObject(Object.fromEntries(RULE_IDS.map((id) => [id, zod_parts_exports.optional(RuleSetting)])))),
  rounding: zod_parts_exports.optional(zod_parts_exports.enum(["half-up", "half-even", "truncate", "any"], 'expected "half-up" | "half-even" | "truncate" | "any"')),
  tolerance: zod_parts_exports.optional(zod_parts_exports.number("expected a number of percentage points (e.g. 0.5)").check(zod_parts_exports.minimum(0, "must not be negative"))),
  approximate: zod_parts_exports.optional(zod_parts_exports.number("expected a fraction such as 0.1 (10%)").check(zod_parts_exports.minimum(0, "must not be negative"), zod_parts_exports.maximum(1, "must be at most 1 (100%)"))),
  include: zod_parts_exports.optional(zod_parts_exports.array(nonEmpty(), "expected a list of globs")),
  exclude: zod_parts_exports.optional(zod_parts_exports.array(nonEmpty(), "expected a list of globs")),
  codeBlocks: zod_parts_exports.optional(zod_parts_exports.enum(["auto", "always", "never"], 'expected "auto" | "always" | "never"')),
  aliases: zod_parts_exports.optional(zod_parts_exports.record(nonEmpty(), zod_parts_exports.array(nonEmpty()), "expected a map of a metric name to a list of labels")),
  changeBase: zod_parts_exports.optional(zod_parts_exports.record(nonEmpty(), zod_parts_exports.enum(["higher", "lower"], 'expected "higher" (higher is better) | "lower" (lower is better)')))
});
var TOP_LEVEL_KEYS = Object.keys(ConfigSchema.shape);
var RULE_OPTION_KEYS = Object.keys(RuleObject.shape);

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

// src/config/yaml-limits.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_YAML_NESTING = 100;
var MAX_YAML_ALIASES = 100;
var YamlLimitError = class extends Error {
  constructor(offset, message) {
    super(message);
    this.offset = offset;
  }
  offset;
};
function parseYaml(text) {
  const deep = flowNestingOver(text, MAX_YAML_NESTING);
  if (deep !== null) throw new YamlLimitError(deep, `[ ] and { } nested more than ${MAX_YAML_NESTING} levels deep (the limit is ${MAX_YAML_NESTING})`);
  const doc = (0, import_yaml.parseDocument)(text, { prettyErrors: false });
  const overflow = doc.errors.find((e) => e.message.startsWith("Maximum call stack size exceeded"));
  if (overflow) throw new YamlLimitError(overflow.pos[0], `nested too deeply to parse (the limit is ${MAX_YAML_NESTING} levels of [ ] and { })`);
  return doc;
}
function yamlValue(doc, node = doc) {
  try {
    if (node === doc) return doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    return node && typeof node === "object" && "toJS" in node ? node.toJS(doc, { maxAliasCount: MAX_YAML_ALIASES }) : node;
  } catch (error2) {
    if (!(error2 instanceof ReferenceError) || !/alias/i.test(error2.message)) throw error2;
    throw new YamlLimitError(firstAlias(doc), `aliases expand more than ${MAX_YAML_ALIASES} times (an alias bomb; the limit is ${MAX_YAML_ALIASES})`);
  }
}
function firstAlias(doc) {
  let offset = null;
  (0, import_yaml.visit)(doc, {
    Alias(_, node) {
      offset = node.range?.[0] ?? null;
      return import_yaml.visit.BREAK;
    }
  });
  return offset;
}
function flowNestingOver(text, limit) {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const before = i === 0 ? "\n" : text[i - 1];
    if (ch === "[" || ch === "{") {
      if (++depth > limit) return i;
    } else if (ch === "]" || ch === "}") {
      if (depth > 0) depth--;
    } else if ((ch === '"' || ch === "'") && " 	\n\r:,[{-?".includes(before)) {
      i = closingQuote(text, i);
    } else if (ch === "#" && " 	\n\r".includes(before)) {
      const end = text.indexOf("\n", i);
      i = end < 0 ? text.length : end;
    }
  }
  return null;
}
function closingQuote(text, open) {
  const quote = text[open];
  for (let i = open + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === "\\") i++;
    else if (text[i] === quote) return i;
  }
  return text.length;
}

// src/config/parse-config.ts
var ConfigError = class extends Error {
};
function parseConfig(file, text, baseLine = 0, key = []) {
  const place = (offset) => {
    const [line, column] = lineColumnOf(text, offset).split(":").map(Number);
    return `${line + baseLine}:${column}`;
  };
  const refused = (error2) => {
    if (!(error2 instanceof YamlLimitError)) throw error2;
    throw new ConfigError(`${file}${error2.offset === null ? "" : `:${place(error2.offset)}`}: refused: ${error2.message}`);
  };
  let doc;
  let value;
  try {
    doc = parseYaml(text);
    const syntax = doc.errors[0];
    if (syntax) throw new ConfigError(`${file}:${place(syntax.pos[0])}: invalid YAML/JSON: ${syntax.message.split("\n")[0]}`);
    value = yamlValue(doc, key.length > 0 ? doc.getIn(key, true) : doc);
  } catch (error2) {
    return refused(error2);
  }
  const parsed = ConfigSchema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  const first = parsed.error.issues[0];
  const valueAt = (path2) => path2.reduce((v, k) => v && typeof v === "object" ? v[k] : void 0, value);
  const input = valueAt(first.path);
  const issue2 = deepestIssue(first, input);
  const path = [...key, ...issue2.path.map(String)];
  const node = doc.getIn(path, true);
  const where = node?.range ? place(node.range[0]) : null;
  let message = issue2.message;
  const given = valueAt(issue2.path);
  if (issue2.code === "invalid_value" && typeof given === "string") message += didYouMean(given, issue2.values.map(String));
  if (issue2.code === "unrecognized_keys") {
    const keys = issue2.keys;
    const what = issue2.path.length === 0 ? "key" : issue2.path.length === 1 && issue2.path[0] === "rules" ? "rule" : "option";
    const allowed = what === "key" ? TOP_LEVEL_KEYS : what === "rule" ? RULE_IDS : RULE_OPTION_KEYS;
    message = `unknown ${what} ${keys.map((k) => `"${k}"`).join(", ")}${didYouMean(keys[0], allowed)}; expected one of ${allowed.join(", ")}`;
    const keyNode = doc.getIn([...path, keys[0]], true);
    const keyPlace = findKey(text, keys[0]);
    return fail(`${file}:${keyPlace !== null ? place(keyPlace) : keyNode?.range ? place(keyNode.range[0]) : where ?? "1:1"}: ${path.length > 0 ? `${path.join(".")}: ` : ""}${message}`);
  }
  return fail(`${file}${where ? `:${where}` : ""}: ${path.join(".") || "(top level)"}: ${message}`);
}
function findKey(text, key) {
  const match = new RegExp(`(^|[\\s{,"'])${key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}["']?\\s*:`, "m").exec(text);
  return match ? match.index + match[1].length : null;
}
function fail(message) {
  throw new ConfigError(message);
}

// src/config/load.ts
import { existsSync as existsSync2 } from "node:fs";
import { dirname as dirname3, join as join3, resolve as resolve7 } from "node:path";

// src/read/guarded-file.ts
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync } from "node:fs";
import { isAbsolute, relative, resolve as resolve2 } from "node:path";

// src/read/repository-root.ts
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
function repositoryRoot(from) {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, ".git"))) return dir;
    if (dirname(dir) === dir) return null;
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
  const rel = relative(root, path);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
};
var megabytes = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
function workspaceRoot(cwd = process.cwd()) {
  return repositoryRoot(cwd) ?? resolve2(cwd);
}
function refusal(file, maxBytes, root = workspaceRoot()) {
  const link = lstatSync(file);
  const target = realpathSync(file);
  const lexical = resolve2(file);
  if (!inside(realpathSync(root), target) && (link.isSymbolicLink() || inside(resolve2(root), lexical))) return `a symbolic link to ${target}, outside the workspace (${root})`;
  const info = link.isSymbolicLink() ? lstatSync(target) : link;
  if (!info.isFile()) return "not a regular file (a directory, device, FIFO or socket)";
  if (info.size > maxBytes) return `${megabytes(info.size)} is over the ${megabytes(maxBytes)} limit`;
  return null;
}
function readGuardedFile(file, maxBytes, root = workspaceRoot()) {
  const why = refusal(file, maxBytes, root);
  if (why) throw new RefusedFile(file, why);
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new RefusedFile(file, "not a regular file (a directory, device, FIFO or socket)");
    const chunks = [];
    let length = 0;
    for (; ; ) {
      const chunk = Buffer.alloc(Math.min(64 * 1024, maxBytes + 1 - length));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      length += n;
      if (length > maxBytes) throw new RefusedFile(file, `over the ${megabytes(maxBytes)} limit`);
    }
    return Buffer.concat(chunks, length);
  } finally {
    closeSync(fd);
  }
}

// src/read/files.ts
import { createHash } from "node:crypto";
import { lstat as lstat2, readFile, realpath as realpath2, stat as stat3 } from "node:fs/promises";
import { isAbsolute as isAbsolute3, relative as relative4, resolve as resolve6 } from "node:path";

// src/read/listing.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);
import { readdir as readdir2 } from "node:fs";
import { lstat, stat as stat2 } from "node:fs/promises";
import { join as join2, relative as relative3, resolve as resolve5 } from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync, realpath, realpathSync as realpathSync2, stat, statSync } from "fs";
import { isAbsolute as isAbsolute2, posix, resolve as resolve4 } from "path";
import { fileURLToPath } from "url";

// node_modules/tinyglobby/node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname as dirname2, normalize, relative as relative2, resolve as resolve3, sep } from "path";
import * as nativeFs from "fs";
var __require = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path) {
  let normalized = normalize(path);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
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
  if (resolvePaths) path = resolve3(path);
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
    else return convertSlashes(relative2(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
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
    fs.stat(resolvedPath, (error$1, stat4) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat4.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat4, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path);
    const stat4 = fs.statSync(resolvedPath);
    if (stat4.isDirectory() && isRecursive(path, resolvedPath, state)) return;
    callback$1(stat4, resolvedPath);
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
  let parent = dirname2(path);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname2(parent);
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
        this.resolveSymlink(path, this.state, (stat4, resolvedPath) => {
          if (stat4.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath(dirname2(resolvedPath), this.state.options);
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
try {
  __require.resolve("picomatch");
  pm = __require("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep,
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
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
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
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
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
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
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
  result = isAbsolute2(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
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
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
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
      const matches = matcher(path) && !ignore(path);
      if (matches) log(`matched ${path}`);
      return matches;
    } : (p, isDirectory) => {
      const path = format(p, isDirectory);
      return matcher(path) && !ignore(path);
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
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve4(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync2,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync
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
async function glob(globInput, options) {
  const [crawler, relative7] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative7) : [];
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
  const listDirectory = options.listDirectory ?? readdir2;
  const unreadable = [];
  const others = [];
  const recordingReaddir = (path, readOptions, callback2) => listDirectory(path, readOptions, (error2, entries) => {
    if (error2) unreadable.push({ directory: path, error: error2 });
    else for (const entry of entries) if (!entry.isFile() && !entry.isDirectory()) others.push(join2(path, entry.name));
    callback2(error2, entries);
  });
  const files = await glob(patterns, {
    cwd,
    ignore: IGNORED_DIRECTORIES,
    dot: false,
    followSymbolicLinks: options.followLinks ?? false,
    fs: { readdir: recordingReaddir }
  });
  const root = resolve5(cwd);
  const found = new Set(files.map((f) => resolve5(root, f)));
  const matches = (0, import_picomatch2.default)((Array.isArray(patterns) ? patterns : [patterns]).map((p) => resolve5(root, p)), { dot: false });
  const ignored = (0, import_picomatch2.default)(IGNORED_DIRECTORIES, { dot: true });
  const skipped = [];
  for (const { directory, error: error2 } of unreadable) {
    skipped.push({ file: relative3(root, directory), notice: `skipped: a directory that could not be read (${describeIoError(error2)}); the files in it were not checked` });
  }
  for (const path of others) {
    if (found.has(path) || !MARKDOWN_EXTENSIONS.test(path) || !matches(path) || ignored(path)) continue;
    skipped.push({ file: relative3(root, path), notice: await whyNotChecked(path) });
  }
  skipped.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  return { files, skipped };
}
async function whyNotChecked(path) {
  try {
    const own2 = await lstat(path);
    if (own2.isFIFO()) return "skipped: a FIFO, not a regular file";
    if (own2.isCharacterDevice() || own2.isBlockDevice()) return "skipped: a device, not a regular file";
    if (own2.isSocket()) return "skipped: a socket, not a regular file";
    const target = await stat2(path).catch(() => null);
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
      const listing = await listMatching(arg, cwd);
      const markdown = listing.files.filter((m) => MARKDOWN_EXTENSIONS.test(m));
      if (markdown.length === 0 && listing.skipped.length === 0) errors.push({ file: arg, message: "no Markdown files match this pattern" });
      for (const m of markdown) files.add(m);
      for (const entry of listing.skipped) skipped.push({ file: entry.file || ".", notice: entry.notice });
      continue;
    }
    try {
      const info = await stat3(arg);
      if (info.isDirectory()) {
        let end = arg.length;
        while (end > 1 && (arg[end - 1] === "/" || arg[end - 1] === "\\")) end--;
        const prefix = arg.slice(0, end);
        const listing = await listMatching("**/*.{md,markdown,MD}", resolve6(cwd, arg));
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
var exists = (path) => lstat2(path).then(
  () => true,
  () => false
);
var DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;
async function readReport(file, maxBytes = DEFAULT_MAX_FILE_BYTES, root = process.cwd()) {
  const link = await lstat2(file);
  if (link.isSymbolicLink()) {
    const target = await realpath2(file);
    const inside2 = relative4(await realpath2(root), target);
    if (inside2.startsWith("..") || isAbsolute3(inside2)) return { skipped: `skipped: a symbolic link to ${target}, outside the working directory` };
  }
  const info = link.isSymbolicLink() ? await stat3(file) : link;
  if (!info.isFile()) return { skipped: "skipped: not a regular file" };
  if (info.size > maxBytes) return { skipped: `skipped: ${(info.size / 1024 / 1024).toFixed(1)} MB is over the ${(maxBytes / 1024 / 1024).toFixed(1)} MB limit (--max-file-size)` };
  const bytes = await readFile(file);
  const digest = sha256(bytes);
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
var sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");

// src/config/load.ts
var CONFIG_NAMES = [".recount.yml", ".recount.yaml", ".recount.json"];
function findConfigFile(directory) {
  const stop = repositoryRoot(directory);
  for (let dir = resolve7(directory); ; dir = dirname3(dir)) {
    for (const name of CONFIG_NAMES) {
      const candidate = join3(dir, name);
      if (existsSync2(candidate)) return candidate;
    }
    if (dir === stop || dirname3(dir) === dir) return null;
  }
}
function readConfigFile(file) {
  let text;
  try {
    text = readGuardedFile(file, MAX_CONFIG_BYTES).toString("utf8");
  } catch (error2) {
    if (error2 instanceof RefusedFile) throw new ConfigError(error2.message);
    throw new ConfigError(`${file}: ${error2.code === "ENOENT" ? "no such file" : describeIoError(error2)}`);
  }
  return parseConfig(file, text);
}

// src/config/resolve.ts
var import_picomatch3 = __toESM(require_picomatch2(), 1);
import { dirname as dirname5, relative as relative6, resolve as resolve9 } from "node:path";

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
import { dirname as dirname4, join as join4, relative as relative5, resolve as resolve8, sep as sep2 } from "node:path";
var inRepository = (snapshot, path) => relative5(snapshot.root, resolve8(path)).split(sep2).join("/");
var snapshotName = (snapshot, path) => `${snapshot.commit}:${inRepository(snapshot, path)}`;
function findSnapshotConfig(snapshot, directory) {
  for (let dir = resolve8(directory); ; dir = dirname4(dir)) {
    for (const name of CONFIG_NAMES) {
      const path = inRepository(snapshot, join4(dir, name));
      if (path in snapshot.files || path in snapshot.refused) return join4(dir, name);
    }
    if (dir === resolve8(snapshot.root) || dirname4(dir) === dir) return null;
  }
}
function readSnapshotConfig(snapshot, path) {
  const key = inRepository(snapshot, path);
  const name = snapshotName(snapshot, path);
  if (snapshot.unreadable) throw new ConfigError(`${name}: not read: ${snapshot.unreadable}`);
  const refused = snapshot.refused[key];
  if (refused !== void 0) throw new ConfigError(`${name}: not read: ${refused}`);
  const text = snapshot.files[key];
  if (text === void 0) throw new ConfigError(`${name}: no such file in the base commit (set config-from: head to use the pull request's)`);
  return parseConfig(name, text);
}

// src/config/resolve.ts
function defaultConfig2(baseDir = process.cwd()) {
  return defaultConfig(baseDir);
}
function isIncluded(config2, file) {
  const path = relative6(config2.baseDir, resolve9(file)).split("\\").join("/");
  if (config2.include.length > 0 && !(0, import_picomatch3.default)(config2.include, { dot: true })(path)) return false;
  return !(config2.exclude.length > 0 && (0, import_picomatch3.default)(config2.exclude, { dot: true })(path));
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
    const directory = dirname5(resolve9(file));
    let config2 = this.byDirectory.get(directory);
    if (!config2) {
      const absolute = this.snapshot ? findSnapshotConfig(this.snapshot, directory) : findConfigFile(directory);
      const found = absolute && (absolute.startsWith(process.cwd()) ? relative6(process.cwd(), absolute) : absolute);
      config2 = found ? this.load(found) : defaultConfig2();
      this.byDirectory.set(directory, config2);
    }
    return config2;
  }
  load(path) {
    const baseDir = dirname5(resolve9(path));
    if (this.snapshot) return mergeConfig(defaultConfig2(baseDir), readSnapshotConfig(this.snapshot, path), snapshotName(this.snapshot, path), baseDir);
    return mergeConfig(defaultConfig2(baseDir), readConfigFile(path), path, baseDir);
  }
};

export {
  zod_parts_exports,
  didYouMean,
  require_picomatch2 as require_picomatch,
  operandInterval,
  div,
  scale,
  cleanLabel,
  singular,
  normalizeLabel,
  NOT_CURRENT,
  DEFAULT_POLICY,
  canonicalLabel,
  polarityOf,
  agrees,
  readDateSpans,
  readDurations,
  isPlainCount,
  countedWords,
  mentionsAny,
  leadingCount,
  RULES,
  RULE_IDS,
  SeverityOrOff,
  deepestIssue,
  YamlLimitError,
  parseYaml,
  yamlValue,
  ConfigError,
  parseConfig,
  repositoryRoot,
  MAX_CONFIG_BYTES,
  MAX_METRICS_BYTES,
  RefusedFile,
  refusal,
  readGuardedFile,
  glob,
  describeIoError,
  MARKDOWN_EXTENSIONS,
  listMatching,
  expandPaths,
  readReport,
  decodeReport,
  sha256,
  CONFIG_NAMES,
  defaultConfig,
  mergeConfig,
  isIncluded,
  ConfigResolver
};
