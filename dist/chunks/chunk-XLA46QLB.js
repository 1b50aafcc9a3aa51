import { createRequire as __recountCreateRequire } from 'node:module';
const require = __recountCreateRequire(import.meta.url);
import {
  at,
  parseJson
} from "./chunk-3DDWQK4X.js";
import {
  DEFAULT_POLICY,
  MARKDOWN_EXTENSIONS,
  MAX_METRICS_BYTES,
  NOT_CURRENT,
  RULES,
  RefusedFile,
  YamlLimitError,
  agrees,
  canonicalLabel,
  cleanLabel,
  countedWords,
  deepestIssue,
  defaultConfig,
  describeIoError,
  div,
  glob,
  isPlainCount,
  leadingCount,
  mentionsAny,
  mergeConfig,
  normalizeLabel,
  operandInterval,
  parseConfig,
  parseYaml,
  polarityOf,
  readDateSpans,
  readDurations,
  readGuardedFile,
  refusal,
  scale,
  singular,
  yamlValue,
  zod_parts_exports
} from "./chunk-GVNZ65TO.js";
import {
  LineIndex,
  lineColumnOf
} from "./chunk-4ZAM6RHV.js";
import {
  COVERAGE,
  LOAD,
  MetricList
} from "./chunk-WHLAHZP4.js";
import {
  MAGNITUDES,
  METRICS_FORMATS,
  MetricsError,
  UNIT_PATTERN,
  WORD_NUMBER_VALUES,
  trimNumber,
  unitInfo
} from "./chunk-NIXWBOEZ.js";
import {
  __commonJS,
  __export,
  __toESM
} from "./chunk-EL2LMYO2.js";

// node_modules/extend/index.js
var require_extend = __commonJS({
  "node_modules/extend/index.js"(exports, module) {
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
    var isPlainObject2 = function isPlainObject3(obj) {
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
    module.exports = function extend2() {
      var options, name, src, copy, copyIsArray, clone;
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
              if (deep && copy && (isPlainObject2(copy) || (copyIsArray = isArray(copy)))) {
                if (copyIsArray) {
                  copyIsArray = false;
                  clone = src && isArray(src) ? src : [];
                } else {
                  clone = src && isPlainObject2(src) ? src : {};
                }
                setProperty(target, { name, newValue: extend2(deep, clone, copy) });
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
  "node_modules/format/format.js"(exports, module) {
    (function() {
      var namespace;
      if (typeof module !== "undefined") {
        namespace = module.exports = format;
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
function bail(error) {
  if (error) {
    throw error;
  }
}

// node_modules/unified/lib/index.js
var import_extend = __toESM(require_extend(), 1);

// node_modules/devlop/lib/default.js
function ok() {
}

// node_modules/is-plain-obj/index.js
function isPlainObject(value2) {
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
    const callback = values.pop();
    if (typeof callback !== "function") {
      throw new TypeError("Expected function as last argument, not " + callback);
    }
    next(null, ...values);
    function next(error, ...output) {
      const fn = fns[++middlewareIndex];
      let index2 = -1;
      if (error) {
        callback(error);
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
        callback(null, ...output);
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
function wrap(middleware, callback) {
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
    } catch (error) {
      const exception = (
        /** @type {Error} */
        error
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
  function done(error, ...output) {
    if (!called) {
      called = true;
      callback(error, ...output);
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
   * > 🪦 **Note**: also has obsolete signatures.
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
import { default as default2 } from "node:path";

// node_modules/vfile/lib/minproc.js
import { default as default3 } from "node:process";

// node_modules/vfile/lib/minurl.js
import { fileURLToPath } from "node:url";

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
   * *   `string` or `Uint8Array` — `{value: options}`
   * *   `URL` — `{path: options}`
   * *   `VFile` — shallow copies its data over to the new file
   * *   `object` — all fields are shallow copied over to the new file
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
    this.cwd = "cwd" in options ? "" : default3.cwd();
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
    return typeof this.path === "string" ? default2.basename(this.path) : void 0;
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
  set basename(basename) {
    assertNonEmpty(basename, "basename");
    assertPart(basename, "basename");
    this.path = default2.join(this.dirname || "", basename);
  }
  /**
   * Get the parent path (example: `'~'`).
   *
   * @returns {string | undefined}
   *   Dirname.
   */
  get dirname() {
    return typeof this.path === "string" ? default2.dirname(this.path) : void 0;
  }
  /**
   * Set the parent path (example: `'~'`).
   *
   * Cannot be set if there’s no `path` yet.
   *
   * @param {string | undefined} dirname
   *   Dirname.
   * @returns {undefined}
   *   Nothing.
   */
  set dirname(dirname) {
    assertPath(this.basename, "dirname");
    this.path = default2.join(dirname || "", this.basename);
  }
  /**
   * Get the extname (including dot) (example: `'.js'`).
   *
   * @returns {string | undefined}
   *   Extname.
   */
  get extname() {
    return typeof this.path === "string" ? default2.extname(this.path) : void 0;
  }
  /**
   * Set the extname (including dot) (example: `'.js'`).
   *
   * Cannot contain path separators (`'/'` on unix, macOS, and browsers, `'\'`
   * on windows).
   * Cannot be set if there’s no `path` yet.
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
    this.path = default2.join(this.dirname, this.stem + (extname || ""));
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
      path = fileURLToPath(path);
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
    return typeof this.path === "string" ? default2.basename(this.path, this.extname) : void 0;
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
    this.path = default2.join(this.dirname || "", stem + (this.extname || ""));
  }
  // Normal prototypal methods.
  /**
   * Create a fatal message for `reason` associated with the file.
   *
   * The `fatal` field of the message is set to `true` (error; file not usable)
   * and the `file` field is set to the current file path.
   * The message is added to the `messages` field on `file`.
   *
   * > 🪦 **Note**: also has obsolete signatures.
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
   * > 🪦 **Note**: also has obsolete signatures.
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
   * > 🪦 **Note**: also has obsolete signatures.
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
   *   Character encoding to understand `value` as when it’s a `Uint8Array`
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
  if (part && part.includes(default2.sep)) {
    throw new Error(
      "`" + name + "` cannot be a path: did not expect `" + default2.sep + "`"
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
var own = {}.hasOwnProperty;
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
      return own.call(this.namespace, key) && this.namespace[key] || void 0;
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
   * It’s possible to freeze processors explicitly by calling `.freeze()`.
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
   *   > If you’re using a compiler that doesn’t serialize, expect different
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
    function executor(resolve, reject) {
      const realFile = vfile(file);
      const parseTree = (
        /** @type {HeadTree extends undefined ? Node : HeadTree} */
        /** @type {unknown} */
        self.parse(realFile)
      );
      self.run(parseTree, realFile, function(error, tree, file2) {
        if (error || !tree || !file2) {
          return realDone(error);
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
          error,
          /** @type {VFileWithOutput<CompileResult>} */
          file2
        );
      });
      function realDone(error, file2) {
        if (error || !file2) {
          reject(error);
        } else if (resolve) {
          resolve(file2);
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
   *   > If you’re using a compiler that doesn’t serialize, expect different
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
    function realDone(error, file2) {
      complete = true;
      bail(error);
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
    function executor(resolve, reject) {
      ok(
        typeof file !== "function",
        "`file` can\u2019t be a `done` anymore, we checked"
      );
      const realFile = vfile(file);
      transformers.run(tree, realFile, realDone);
      function realDone(error, outputTree, file2) {
        const resultingTree = (
          /** @type {TailTree extends undefined ? Node : TailTree} */
          outputTree || tree
        );
        if (error) {
          reject(error);
        } else if (resolve) {
          resolve(resultingTree);
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
    function realDone(error, tree2) {
      bail(error);
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
   *   > If you’re using a compiler that doesn’t serialize, expect different
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
    function add(value3) {
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
          add(thing);
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
        if (isPlainObject(currentPrimary) && isPlainObject(primary)) {
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
  if (!isPlainObject(node2) || typeof node2.type !== "string") {
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
var own2 = {}.hasOwnProperty;
function decodeNamedCharacterReference(value2) {
  return own2.call(characterEntities, value2) ? characterEntities[value2] : false;
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
  add(index2, remove, add) {
    addImplementation(this, index2, remove, add, false);
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
  addBefore(index2, remove, add) {
    addImplementation(this, index2, remove, add, true);
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
function addImplementation(editMap, at2, remove, add, before) {
  if (remove === 0 && add.length === 0) {
    return;
  }
  const existing = editMap.index.get(at2);
  if (existing) {
    existing[1] += remove;
    if (before) {
      add.push(...existing[2]);
      existing[2] = add;
    } else {
      existing[2].push(...add);
    }
    return;
  }
  const change = [at2, remove, add];
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
          // The token starts before the line ending…
          childFlow.events[index2][1].start.offset < lineStartOffset && // …and either is not ended yet…
          (!childFlow.events[index2][1].end || // …or ends after it.
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
    const resolve = constructs2[index2].resolveAll;
    if (resolve && !called.includes(resolve)) {
      events = resolve(events, context);
      called.push(resolve);
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
    return inside(code);
  }
  function inside(code) {
    if (code === marker) {
      effects.consume(code);
      return inside;
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
    return inside;
  }
  function inside(code) {
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
    return meta(code);
  }
  function meta(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("chunkString");
      effects.exit("codeFencedFenceMeta");
      return infoBefore(code);
    }
    if (code === 96 && code === marker) {
      return nok(code);
    }
    effects.consume(code);
    return meta;
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
    return inside(code);
  }
  function inside(code) {
    if (code === null || markdownLineEnding(code)) {
      effects.exit("codeFlowValue");
      return atBreak(code);
    }
    effects.consume(code);
    return inside;
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
    const count = deleteCount || 0;
    this.setCursor(Math.trunc(start));
    const removed = this.right.splice(this.right.length - count, Number.POSITIVE_INFINITY);
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
        more = true;
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
function subcontent(events, eventIndex) {
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
    if (size > 999 || code === null || code === 91 || code === 93 && !seen || // To do: remove in the future once we’ve switched from
    // `micromark-extension-footnote` to `micromark-extension-gfm-footnote`,
    // which doesn’t need this.
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
    return inside(code);
  }
  function inside(code) {
    if (code === marker || code === null || markdownLineEnding(code)) {
      effects.exit("chunkString");
      return atBreak(code);
    }
    effects.consume(code);
    return code === 92 ? escape : inside;
  }
  function escape(code) {
    if (code === marker || code === 92) {
      effects.consume(code);
      return inside;
    }
    return inside(code);
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
      // Note: we don’t need to reset the way `markdown-rs` does.
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
      // Note: we don’t need to reset the way `markdown-rs` does.
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
        return inside(code);
      }
    }
    return nok(code);
  }
  function inside(code) {
    if (asciiDigit(code) && ++size < 10) {
      effects.consume(code);
      return inside;
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
      // Can’t be empty when interrupting.
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
    return inside(code);
  }
  function inside(code) {
    if (code === marker) {
      effects.consume(code);
      return inside;
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
var string = initializeFactory("string");
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
  string: () => string2,
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
var string2 = {
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
    main();
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
  function main() {
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
            // This allows a “live binding”, which is needed for `interrupt`.
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
function parse(options) {
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
    string: create2(string),
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
  return value2.replace(characterEscapeOrReference, decode);
}
function decode($0, $1, $2) {
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
var own3 = {}.hasOwnProperty;
function fromMarkdown(value2, encoding, options) {
  if (encoding && typeof encoding === "object") {
    options = encoding;
    encoding = void 0;
  }
  return compiler(options)(postprocess(parse(options).document().write(preprocess()(value2, encoding, true))));
}
function compiler(options) {
  const config = {
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
  configure(config, (options || {}).mdastExtensions || []);
  const data = {};
  return compile;
  function compile(events) {
    let tree = {
      type: "root",
      children: [],
      position: void 0
    };
    const context = {
      stack: [tree],
      tokenStack: [],
      config,
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
      const handler2 = config[event[0]];
      eventContext.sliceSerialize = event[2].sliceSerialize;
      if (event[0] === "enter" && config.beforeEnter.length > 0) callListeners(config.beforeEnter, eventContext, event[1]);
      if (own3.call(handler2, event[1].type)) handler2[event[1].type].call(eventContext, event[1]);
      if (event[0] === "exit" && config.afterExit.length > 0) callListeners(config.afterExit, eventContext, event[1]);
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
    while (++index2 < config.transforms.length) {
      tree = config.transforms[index2](tree) || tree;
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
            // @ts-expect-error: we’ll add `end` in a second.
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
        // @ts-expect-error: we’ll add `end` later.
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
    if (!this.data.setextHeadingSlurpLineEnding && config.canContainEols.includes(context.type)) {
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
    const string3 = this.sliceSerialize(token);
    const ancestor = this.stack[this.stack.length - 2];
    ancestor.label = decodeString(string3);
    ancestor.identifier = normalizeIdentifier(string3).toLowerCase();
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
    if (own3.call(extension2, key)) {
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
var own4 = {}.hasOwnProperty;
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
    if (!own4.call(markers, result)) {
      throw fault("Missing matter definition for `%s`", result);
    }
    result = {
      type: result,
      marker: markers[result]
    };
  } else if (typeof result !== "object") {
    throw fault("Expected matter to be an object, not `%j`", result);
  }
  if (!own4.call(result, "type")) {
    throw fault("Missing `type` in matter `%j`", result);
  }
  if (!own4.call(result, "fence") && !own4.call(result, "marker")) {
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
  return matter2.marker ? pick(matter2.marker, prop).repeat(3) : (
    // @ts-expect-error: They’re mutually exclusive.
    pick(matter2.fence, prop)
  );
}
function pick(schema, prop) {
  return typeof schema === "string" ? schema : schema[prop];
}

// node_modules/escape-string-regexp/index.js
function escapeStringRegexp(string3) {
  if (typeof string3 !== "string") {
    throw new TypeError("Expected a string");
  }
  return string3.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&").replace(/-/g, "\\x2d");
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
  return matter2.marker ? pick2(matter2.marker, prop).repeat(3) : (
    // @ts-expect-error: They’re mutually exclusive.
    pick2(matter2.fence, prop)
  );
}
function pick2(schema, prop) {
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
  add(index2, remove, add) {
    addImplementation2(this, index2, remove, add);
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
function addImplementation2(editMap, at2, remove, add) {
  if (remove === 0 && add.length === 0) {
    return;
  }
  const existing = editMap.index.get(at2);
  if (existing) {
    existing[1] += remove;
    existing[2].push(...add);
    return;
  }
  const change = [at2, remove, add];
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
          start: Object.assign({}, token.start),
          // Note: correct end is set later.
          end: Object.assign({}, token.end)
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
            start: Object.assign({}, token.start),
            // Note: correct end is set later.
            end: Object.assign({}, token.end)
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
    previousCell.end = Object.assign({}, getPoint(context.events, range[0]));
    map.add(range[0], 0, [["exit", previousCell, context]]);
  }
  const now = getPoint(context.events, range[1]);
  previousCell = {
    type: groupName,
    start: Object.assign({}, now),
    // Note: correct end is set later.
    end: Object.assign({}, now)
  };
  map.add(range[1], 0, [["enter", previousCell, context]]);
  if (range[2] !== 0) {
    const relatedStart = getPoint(context.events, range[2]);
    const relatedEnd = getPoint(context.events, range[3]);
    const valueToken = {
      type: valueName,
      start: Object.assign({}, relatedStart),
      end: Object.assign({}, relatedEnd)
    };
    map.add(range[2], 0, [["enter", valueToken, context]]);
    if (rowKind !== 2) {
      const start = context.events[range[2]];
      const end = context.events[range[3]];
      start[1].end = Object.assign({}, end[1].end);
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
    previousCell.end = Object.assign({}, getPoint(context.events, rowEnd));
    map.add(rowEnd, 0, [["exit", previousCell, context]]);
    previousCell = void 0;
  }
  return previousCell;
}
function flushTableEnd(map, context, index2, table, tableBody) {
  const exits = [];
  const related = getPoint(context.events, index2);
  if (tableBody) {
    tableBody.end = Object.assign({}, related);
    exits.push(["exit", tableBody, context]);
  }
  table.end = Object.assign({}, related);
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
var TOOL_LINE = /^\s*(?:\[?\d{4}-\d{2}-\d{2}[T ]\d|\[?\d{2}:\d{2}:\d{2}|\[?(?:INFO|WARN|WARNING|ERROR|DEBUG|TRACE|FATAL)\b|(?:PASS|FAIL|ok|not ok)\s|[✓✔✕✗×]\s|[\w./-]+\.\w{1,5}:\d+(?::\d+)?\b|[$>#]\s|npm (?:ERR|WARN)|test\s\S+\s\.\.\.)/;
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
  const walker = new Walker(doc, options.codeBlocks ?? "auto");
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
  for (const raw of value2.split(/\r\n|\r|\n/)) {
    const text3 = raw.trim();
    if (text3 === "") continue;
    const indent = raw.length - raw.trimStart().length;
    const title = text3.endsWith(":") || IDENTITY_FIELD.test(text3);
    while (stack.length > 0 && (stack[stack.length - 1].indent > indent || title && stack[stack.length - 1].indent === indent)) stack.pop();
    result.push(stack.map((s) => s.text));
    if (title) stack.push({ indent, text: text3 });
  }
  return result;
}
var Walker = class {
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
        return { kind: "list", items: this.list(node2, item, item ? null : this.leadInOf(previous2)) };
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
  list(node2, parent, leadIn = null) {
    const items = [];
    const start = node2.ordered ? node2.start ?? 1 : null;
    for (const child of node2.children) items.push(this.listItem(child, parent, items, leadIn, start === null ? null : start + items.length));
    this.doc.lists.push(items);
    return items;
  }
  listItem(node2, parent, siblings, leadIn, number) {
    const first = node2.children.find((c) => c.type === "paragraph");
    const opening = first?.children.find((c) => !(c.type === "text" && /^[\s\p{P}\p{S}]*$/u.test(c.value)));
    const lead = opening?.type === "inlineCode" ? "code" : opening?.type === "strong" ? "strong" : opening?.type === "link" ? "link" : "text";
    const info = { lines: [], children: [], childLists: [], parent, siblings, headings: [...this.headingStack], leadIn, plain: first ? toString(first) : "", lead, number };
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
    const info = { header: [], rows: [], headings: [...this.headingStack] };
    node2.children.forEach((row, r) => {
      const cells2 = row.children.map((cell) => this.inline(cell.children).trimmed());
      if (r === 0) info.header = cells2;
      else info.rows.push(cells2);
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
  [/\b(?:24\s?\/\s?7|24x7|24×7|365\s?\/\s?24|9\s?to\s?5)\b/gi, (t) => t.includes("24") || t.includes("9")],
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
var NUMBER = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+/y;
var MAGNITUDE = /[ \t]?(thousand|million|billion|bn|mn)\b|(k|K|M|B)(?![A-Za-z0-9])/y;
var UNIT = new RegExp(`[ \\t]?(${UNIT_PATTERN})(?![A-Za-z0-9\xB5])`, "y");
var ARROW = /→|⟶|⇒|➡️?|➜|->|=>|-->|—>/y;
var CLOCK = /([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?(?!\d|:\d)/y;
var WORD_NUMBER = /\b(zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/iy;
var APPROX_BEFORE = /(?:~|≈|∼|\babout|\bapprox\.?|\bapproximately|\baround|\broughly|\bnearly|\balmost|\bca\.|\bestimated|\best\.|估计|约|大约)\s*$/i;
var BOUND_BEFORE = [
  [/(?:≤|<=|=<|\bat most|\bup to|\bno more than|\bmax(?:imum)?\.?:?)\s*$/i, "<="],
  [/(?:≥|>=|\bat least|\bno less than|\bmin(?:imum)?\.?:?)\s*$/i, ">="],
  [/(?:<(?![-=])|\bless than|\bunder|\bbelow|\bsub-|\bfewer than)\s*$/i, "<"],
  // The ">" of an arrow ("->", "=>", "-->") is not a comparison.
  [/(?:(?<![-=—])>|\bmore than|\bover|\babove|\bexceeding|\bupwards of)\s*$/i, ">"]
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
var NEXT_STOP = /[0-9.→⟶⇒➡➜=—-]/g;
function tokenize(text3) {
  const words2 = HAS_WORD_NUMBER.test(text3);
  if (!words2 && !HAS_DIGIT.test(text3)) return EMPTY;
  const masks = findMasks(text3);
  const quantities = [];
  const times = [];
  const arrows = [];
  let maskIndex = 0;
  for (let i = 0; i < text3.length; ) {
    if (!words2) {
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
function readNumber(text3, at2) {
  NUMBER.lastIndex = at2;
  const match = NUMBER.exec(text3);
  if (!match) return null;
  const digits = match[0];
  let end = at2 + digits.length;
  if (/^\d+,\d/.test(text3.slice(at2, end + 2)) && !/^\d{1,3}(?:,\d{3})+/.test(digits)) return null;
  const { value: number, decimals } = parseDigits(digits);
  let factor = 1;
  MAGNITUDE.lastIndex = end;
  const magnitude = MAGNITUDE.exec(text3);
  if (magnitude) {
    const key = magnitude[1] ?? magnitude[2];
    factor = MAGNITUDES[key] ?? MAGNITUDES[key.toLowerCase()] ?? 1;
    end += magnitude[0].length;
  }
  let dimension = "count";
  let unitSymbol = null;
  UNIT.lastIndex = end;
  const unit = UNIT.exec(text3);
  if (unit) {
    const info = unitInfo(unit[1]);
    const spaced = unit[0].startsWith(" ") || unit[0].startsWith("	");
    const tooShort = spaced && unit[1].length === 1 && !/^[%hs]$/.test(unit[1]);
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
  if (/[+\-−–]/.test(before) && !/[\p{L}\p{N}]/u.test(text3[at2 - 2] ?? "")) {
    sign = before === "+" ? "+" : "-";
    start = at2 - 1;
  }
  const head2 = text3.slice(Math.max(0, start - 24), start);
  const approx = APPROX_BEFORE.test(head2);
  let bound = null;
  for (const [pattern, kind] of BOUND_BEFORE) {
    const found = pattern.exec(head2);
    if (found) {
      bound = kind;
      if (/^[<>≤≥=~≈∼]/.test(found[0])) start -= found[0].length;
      break;
    }
  }
  if (approx) {
    const mark = /[~≈∼]\s*$/.exec(head2);
    if (mark) start -= mark[0].length;
  }
  if (text3[end] === "+" && !/[\p{L}\p{N}]/u.test(text3[end + 1] ?? "")) {
    bound = ">=";
    end += 1;
  }
  if (dimension === "count" && /[$€£¥]/.test(text3[start - 1] ?? "")) {
    dimension = "money";
    unitSymbol = text3[start - 1];
    start -= 1;
    if (!sign && /[+\-−–]/.test(text3[start - 1] ?? "") && !/[\p{L}\p{N}]/u.test(text3[start - 2] ?? "")) {
      sign = text3[start - 1] === "+" ? "+" : "-";
      start -= 1;
    }
  }
  const written = sign === "-" ? -number : number;
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
  return extendCompound(text3, quantity) ?? extendRange(text3, quantity) ?? quantity;
}
function extendCompound(text3, first) {
  if (first.dimension !== "duration") return null;
  const tail = /^[ \t]*(?:,[ \t]*)?(?:and[ \t]+)?(\d+(?:\.\d+)?)[ \t]?([A-Za-zµ]+)(?![A-Za-z0-9])/.exec(text3.slice(first.end, first.end + 24));
  if (!tail) return null;
  const info = unitInfo(tail[2]);
  if (!info || info.dimension !== "duration" || info.factor >= first.factor) return null;
  const end = first.end + tail[0].length;
  const value2 = first.value + Number(tail[1]) * info.factor;
  return { ...first, end, raw: text3.slice(first.start, end), value: value2, written: value2 / info.factor, factor: info.factor, unitSymbol: info.symbol, decimals: 0 };
}
function extendRange(text3, low) {
  const tail = /^[ \t]*(?:-|–|—|to)[ \t]*/.exec(text3.slice(low.end, low.end + 6));
  if (!tail || low.sign === "+" || low.bound) return null;
  if (tail[0].includes("to") && /\bfrom\s*$/i.test(text3.slice(Math.max(0, low.start - 8), low.start))) return null;
  const highAt = low.end + tail[0].length;
  if (!/[0-9]/.test(text3[highAt] ?? "")) return null;
  const high = readNumber(text3, highAt);
  if (!high || high.rangeHigh !== null) return null;
  if (low.dimension !== "count" && low.dimension !== high.dimension) return null;
  const factor = low.dimension === "count" ? high.factor : low.factor;
  const lowValue = low.written * factor;
  if (lowValue > high.value) return null;
  return {
    ...low,
    end: high.end,
    raw: text3.slice(low.start, high.end),
    value: lowValue,
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
    if (a.dimension !== "count" || b.dimension !== "count" || a.rangeHigh !== null || b.rangeHigh !== null || a.sign || b.sign || a.bound || b.bound) continue;
    const between = text3.slice(a.end, b.start);
    const slashed = between === "/" || between === " / ";
    if (slashed && a.factor === 1 && b.factor === 1 && !a.word && !b.word) {
      fractions.push({ start: a.start, end: b.end, numerator: a, denominator: b });
      k++;
    } else if (OF_WORDING.test(between) && Number.isInteger(a.written) && b.value >= a.value && !a.approx && !b.approx) {
      fractions.push({ start: a.start, end: b.end, numerator: a, denominator: b });
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
  if (operands.length === 1) return first;
  if (first.denominator !== null && operands.length === 2 && operands[1].dimension === "percent") return first;
  return null;
}
function sameKind(a, b) {
  if (a.dimension !== b.dimension) return false;
  if (a.denominator !== null || b.denominator !== null) return a.denominator !== null && b.denominator !== null;
  return true;
}

// src/claims/change.ts
var BEFORE_HEADER = /\b(?:before|baseline|previous|prior|old|initial|start|was)\b/i;
var AFTER_HEADER = /\b(?:after|current|now|new|final|achieved|today|latest)\b/i;
var CHANGE_HEADER = /\b(?:change|improvement|impact|delta|diff|difference|reduction|increase|decrease|gain|growth|savings?|variation|speedup|vs\.? baseline)\b|Δ/i;
var CHANGE_WORD = /^\s*(?:reduction|improvement|increase|decrease|faster|slower|fewer|less|more|growth|gain|drop|savings?|better|worse|higher|lower|cut|rise|speedup|slowdown|smaller|larger|quicker|change|jump|spike|surge|climb|hike|boost|decline|dip|fall|shrink|shorter|longer|uplift|regression)\b/i;
var CHANGE_BEFORE = /(?:^|[\s,;:(—–-])(?:up|down|rose|fell|grew|dropped|dropping|falling|rising|growing|increased|increasing|decreased|decreasing|improved|improving|declined|jumped|climbed|shrank|cut|reduced|reducing|(?:an? )?(?:increase|decrease|drop|rise|reduction|improvement|gain|jump|cut) of|(?:up|down|reduced|cut|increased|decreased|improved|dropped|grew|rose|fell) by)\s*$/i;
var MULTIPLIER_WORDS = { halved: 2, doubled: 2, tripled: 3, quadrupled: 4 };
var MULTIPLIER_WORD = /\b(halved|doubled|tripled|quadrupled)\b/gi;
var BASELINE_CELL = /^\W*(?:baseline|reference|ref\.?|base|control)\W*$/i;
var CHANGE_DIMENSIONS = /* @__PURE__ */ new Set(["percent", "points", "multiplier"]);
function readChanges({ doc, tokens }) {
  const claims = [];
  for (const line of doc.lines) {
    const unit = line.unit;
    const operands = operandsOf(unit.text, tokens(unit));
    if (operands.length < 2) continue;
    for (const pair of findPairs(unit, operands, tokens(unit).arrows)) {
      const label = unit.text.slice(0, firstStart(pair));
      const changes = statedChanges(unit, pair, tokens(unit).quantities);
      for (const change of changes) {
        if (scalesResources(unit.text, pair, change.quantity, change.words, label)) continue;
        const claim2 = claimOf(unit, pair, change.quantity, change.words, label);
        claims.push({ ...claim2, alternatives: changes.filter((c) => c !== change && slashBetween(unit.text, c.quantity, change.quantity)).map((c) => c.quantity) });
      }
    }
  }
  for (const table of doc.tables) {
    claims.push(...beforeAfterRows(table, tokens), ...baselineRows(table, tokens));
  }
  return claims;
}
function claimOf(unit, pair, change, words2, label) {
  const { before, after } = comparable(pair);
  return {
    kind: "change",
    at: { unit, start: change.start, end: change.end },
    binding: "tight",
    before,
    after,
    change,
    words: words2,
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
function scalesResources(text3, pair, change, words2, label) {
  if (!RESOURCE_AFTER.test(text3.slice(lastEnd(pair), lastEnd(pair) + 24)) && !RESOURCE_LABEL.test(label)) return false;
  const named = text3.slice(Math.max(text3.lastIndexOf("(", change.start), lastEnd(pair)), change.start);
  return GAIN_WORDS.test(words2) || new RegExp("\\p{L}{3,}", "u").test(named.replace(/\b(?:a|an|about|around|roughly|nearly)\b/gi, ""));
}
function trimLeadIn(label) {
  let words2 = label.split(/[\s:(]+/).filter((w) => w !== "");
  while (words2.length > 0 && /^(?:from|went|was|were|is|changed|moved|dropped|rose|fell|grew)$/i.test(words2[words2.length - 1])) words2 = words2.slice(0, -1);
  return words2.join(" ");
}
function findPairs(unit, operands, arrows) {
  const text3 = unit.text;
  const pairs = [];
  for (const arrow of arrows) {
    const before = [...operands].reverse().find((o) => o.end <= arrow.start);
    const after = operands.find((o) => o.start >= arrow.end);
    if (!before || !after) continue;
    const left = text3.slice(before.end, arrow.start);
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
  return pairs.map(sharingUnit).filter((p) => sameKind(p.before, p.after));
}
var firstStart = (pair) => Math.min(pair.before.start, pair.after.start);
var lastEnd = (pair) => Math.max(pair.before.end, pair.after.end);
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
function clauseAfter(text3, from) {
  const rest = text3.slice(from);
  const stop = rest.search(/[,;)(]/);
  return stop < 0 ? rest : rest.slice(0, stop);
}
function statedChanges(unit, pair, quantities) {
  const text3 = unit.text;
  const result = [];
  const after = /^[^()\d→]{0,40}?\(/.exec(text3.slice(lastEnd(pair)));
  if (after) {
    const open3 = lastEnd(pair) + after[0].length - 1;
    const close2 = closingParen(text3, open3);
    for (const q of quantities) if (q.start > open3 && q.end <= close2 && isStatedChange(q, pair, text3)) result.push({ quantity: q, words: clauseAfter(text3, q.end) });
  }
  if (!after) {
    const next = quantities.find((q) => q.start >= lastEnd(pair));
    const gap = next ? text3.slice(lastEnd(pair), next.start) : "";
    const joined = /^[^\d()→]{0,30}?(?:,|:|;|—|–| - )\s*(?:(?:a|an|or|i\.e\.)\s+)?$/.test(gap);
    const namedBefore = /^[^\d()→]{0,30}?(?:,|:|;|—|–| - )/.test(gap) && CHANGE_BEFORE.test(gap);
    if (next && (joined || namedBefore) && isStatedChange(next, pair, text3, gap) && (next.sign || CHANGE_WORD.test(text3.slice(next.end)) || next.dimension === "multiplier" || namedBefore)) {
      result.push({ quantity: next, words: `${namedBefore ? gap : ""} ${clauseAfter(text3, next.end)}` });
    }
  }
  const prior = [...quantities].reverse().find((q) => q.end <= firstStart(pair));
  if (prior && /^\s*(?:[,:;—–]\s*)?(?:from\s+)?$/.test(text3.slice(prior.end, firstStart(pair)))) {
    const lead = text3.slice(Math.max(0, prior.start - 32), prior.start);
    if (CHANGE_BEFORE.test(lead) && isStatedChange(prior, pair, text3, lead)) result.push({ quantity: prior, words: lead });
  }
  result.push(...wordMultipliers(text3, pair));
  const open2 = text3.lastIndexOf("(", firstStart(pair));
  if (open2 >= 0 && !text3.slice(open2, firstStart(pair)).includes(")") && closingParen(text3, open2) >= lastEnd(pair)) {
    const lead = [...quantities].reverse().find((q) => q.end <= open2);
    if (lead && /^[^\d()]{0,40}$/.test(text3.slice(lead.end, open2)) && isStatedChange(lead, pair, text3, text3.slice(lead.end, open2))) result.push({ quantity: lead, words: text3.slice(lead.end, open2) });
  }
  return result;
}
function wordMultipliers(text3, pair) {
  const result = [];
  for (const match of text3.matchAll(MULTIPLIER_WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    const leads = end <= firstStart(pair) && /^\s*(?:from\s+|:\s*|\(\s*|[-–—]\s*)?$/.test(text3.slice(end, firstStart(pair)));
    const follows = start >= lastEnd(pair) && /^\s*(?:[,;:(—–-]\s*)?$/.test(text3.slice(lastEnd(pair), start));
    if (!leads && !follows) continue;
    const factor = MULTIPLIER_WORDS[match[0].toLowerCase()];
    result.push({
      quantity: {
        // A word names the ratio loosely: "doubled" is read as about 2× (±10%).
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
function comparable(pair) {
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
  const beforeColumn = columnIndex(table, BEFORE_HEADER, [AFTER_HEADER, CHANGE_HEADER]);
  const afterColumn = columnIndex(table, AFTER_HEADER, [BEFORE_HEADER, CHANGE_HEADER]);
  const changeColumn = columnIndex(table, CHANGE_HEADER, [BEFORE_HEADER, AFTER_HEADER]);
  if (beforeColumn < 0 || afterColumn < 0 || changeColumn < 0) return [];
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
      const claim2 = claimOf(changeCell, pair, q, `${changeCell.text} ${header}`, metric);
      claims.push({ ...claim2, about: cleanLabel(row[0]?.text ?? "") || claim2.about, reading: `${before.raw} \u2192 ${after.raw} (${cleanLabel(table.header[beforeColumn]?.text ?? "")} \u2192 ${cleanLabel(table.header[afterColumn]?.text ?? "")}), stated change ${q.raw}` });
    }
  }
  return claims;
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
    const claim2 = claimOf(changeCell, { before, after }, change, clauseAfter(changeCell.text, change.end), `${row[0]?.text ?? ""} ${table.header[column]?.text ?? ""}`);
    claims.push({
      ...claim2,
      binding: "structural",
      about: cleanLabel(row[0]?.text ?? "") || claim2.about,
      reading: `${after.raw} against the baseline ${before.raw} (${cleanLabel(baseline[0]?.text ?? "")}), stated change ${change.raw}`
    });
  }
  return claims;
}

// src/claims/fraction-percent.ts
var FRACTION_THEN_PERCENT = /^\s*(?:[\p{L}][\p{L}\p{N}'-]*\s+){0,3}\(\s*$|^\s*(?:=|≈|or|is)\s*$|^\s*[,:]\s*$|^\s*[-–—]\s*$/u;
var PERCENT_THEN_FRACTION = /^\s*(?:[\p{L}][\p{L}'-]*\s+){0,2}\(\s*$|^\s*(?:=|of)\s*$/u;
var PERCENT_OF_COUNT = /^\s+of\s+(?:the\s+|all\s+|our\s+)?$/;
var STATISTIC_AFTER = /^\s*(?:CI|C\.I\.|confidence|credible|interval|percentile|quantile|significance)\b/i;
var STATISTIC_BEFORE = /\b(?:bound|interval|CI|confidence|percentile|quantile|p-value)\b[^.;()]{0,24}$/i;
var OTHER_MEASURE_AFTER = new RegExp("^\\s*(?:average|avg|mean|median|\\p{L}+\\s+(?:average|mean))\\b|^\\s*(?:\\p{L}+\\s+)?(?:coverage|accuracy|precision|recall|uptime|availability|utili[sz]ation|usage|cpu|memory|confidence|similarity|score|efficiency|improvement|reduction|increase|decrease|growth|faster|slower|savings?|margin|share|of (?:the )?(?:budget|time|target|total))\\b", "iu");
var MEASURE_OF = /^\s+(?:out\s+)?of\s+$/;
var ONE_IN = /^\s+in\s+$/;
var WHOLE_THEN_PART = new RegExp("^\\s+\\p{L}[\\p{L}-]*\\s*[,:;]\\s*$", "u");
var STATE_AFTER = new RegExp(`^\\s+(?:${["passed", "passing", "failed", "failing", "succeeded", "successful", "green", "healthy", "done", "completed?", "covered", "resolved", "fixed", "merged", "skipped", "blocked", "open", "closed"].join("|")})\\b`, "i");
var WORD_SHARE = /\b(?:(a|an|one|two|three|four|five|six|seven|eight|nine)[\s-]+)?(half|thirds?|quarters?|fifths?|tenths?)\s+of\s+(?:the\s+|all\s+|our\s+|its\s+)?$/i;
var SHARE_DENOMINATORS = { half: 2, third: 3, quarter: 4, fifth: 5, tenth: 10 };
var SHARE_NUMERATORS = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
var LOOSE_SHARE = /(?:~|≈|\b(?:about|around|roughly|nearly|almost|approximately|over|under|above|below|more than|less than|fewer than|at least|at most|close to|upwards of|some|and))\s*$/i;
var WHOLE_THEN_PARENS = new RegExp("^\\s+\\p{L}[\\p{L}-]*(?:\\s+\\p{L}[\\p{L}-]*)?\\s*\\(\\s*$", "u");
var PART_CLOSES = /^\s*\)/;
var CAPACITY_OR_TIME = /^\s+(?:[\p{L}-]+\s+)?(?:cores?|cpus?|vcpus?|gpus?|threads?|slots?|sprints?|iterations?|cycles?|weeks?|days?|months?|quarters?|years?|hours?|shifts?|phases?)\b/iu;
var POSSESSIVE = /^\s+[\p{L}-]+(?:['’]s?)(?![\p{L}])/u;
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
    const wholeFirst = a.dimension === "count" && b.dimension === "count" && a.factor === 1 && b.factor === 1 && Number.isInteger(b.written) && WHOLE_THEN_PART.test(between) && !STATE_AFTER.test(between) && STATE_AFTER.test(text3.slice(b.end, b.end + 16));
    if ((measured || oneIn) && b.value >= a.value && b.value > 0) found.push({ start: a.start, end: b.end, numerator: a, denominator: b });
    else if (wholeFirst && a.value >= b.value && a.value > 0) found.push({ start: a.start, end: b.end, numerator: b, denominator: a });
  }
  return found;
}
function readFractionPercents({ doc, tokens }) {
  const claims = [];
  for (const line of doc.lines) {
    const unit = line.unit;
    const text3 = unit.text;
    const { quantities } = tokens(unit);
    const fractions = [...tokens(unit).fractions, ...otherFractions(text3, quantities, tokens(unit).fractions)];
    const percents = quantities.filter(
      (q) => q.dimension === "percent" && q.rangeHigh === null && !q.bound && !q.sign && !CHANGE_WORD.test(text3.slice(q.end, q.end + 16)) && !STATISTIC_AFTER.test(text3.slice(q.end, q.end + 16)) && !STATISTIC_BEFORE.test(text3.slice(Math.max(0, q.start - 40), q.start))
    );
    const used = /* @__PURE__ */ new Set();
    for (const fraction of fractions) {
      const percent = pairedPercent(text3, fraction, percents, used);
      if (!percent || percent.start > fraction.end && OTHER_MEASURE_AFTER.test(text3.slice(percent.end, percent.end + 40))) continue;
      if (fraction.numerator.value > fraction.denominator.value && percent.value <= 100) continue;
      used.add(percent);
      claims.push({
        kind: "fraction-percent",
        at: { unit, start: percent.start, end: percent.end },
        binding: "tight",
        fraction,
        percent,
        about: trimEnd(text3.slice(0, Math.min(fraction.start, percent.start))) || text3.slice(fraction.start, fraction.end),
        reading: `${text3.slice(fraction.start, fraction.end)} \u2194 ${percent.raw}`
      });
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
  return claims;
}
function trimEnd(text3) {
  let end = text3.length;
  while (end > 0 && /[\s:*(—–-]/u.test(text3[end - 1])) end--;
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

// src/claims/stated-count.ts
var STATUS_WORD = /\b(?:completed?|done|finished|delivered|implemented|shipped|fixed|resolved|closed|merged|created|added|modified|changed|updated|removed|deleted|renamed|new|pending|remaining|open|blocked|todo|to-do|in progress|not started|deferred|passed|passing|failed|failing|skipped|achieved|accomplished|completat[oia]|completad[oa]s?|terminad[oa]s?|conclu[ií]d[oa]s?|termin[ée]e?s?|abgeschlossen|erledigt|fertig)\b|已完成|完成|进行中|待办/iu;
var MEASURE_NOUN = /^(?:lines?|loc|words?|characters?|chars?|bytes?|tokens?|points?|pts|commits?|hours?|minutes?|days?|weeks?|months?|years?|percent|stars?|downloads?|users?|requests?|calls?|rows?|records?|kb|mb|gb|semanas?|d[ií]as?|mes(?:es)?|a[ñn]os?|horas?|minutos?|jours?|semaines?|mois|ans?|heures?|tage?|wochen?|monate?|jahre?|stunden?|settimane?|giorni|mesi|anni|ore|天|周|个月|年|小时|分钟|行)$/iu;
var CJK_MEASURE = /^(?:周|天|日|个月|月|年|小时|时|分钟|分|秒|行|字|週|時間)/u;
var PREPOSITION_BEFORE = /\b(?:from|of|for|in|across|among|within|over|under|after|before|by|per|with|at|on|to|into|during|than|about)\s+(?:the\s+|all\s+|our\s+|these\s+|those\s+)?$/i;
var FUNCTION_WORD = /^(?:from|of|for|in|across|among|within|over|under|after|before|by|per|with|at|on|to|into|during|than|about|covering|including|and|or|are|is|was|were|be|will|have|has|that|which|who|contains?|include[sd]?|such|like|via|using)$/i;
var NAME_BEFORE = /(?:^|\s)(?!(?:All|Top|The|Our|These|Those|We|I|Only|Just|First|Last|Next|Another|Total|With|And)\b|[A-Z][a-z]+ed\b)[A-Z][\p{L}'-]*\s+$/u;
var COUNTER_WORD = /^(?:项|項|个|個|条|條|件|篇|份|处|處|款|组|組|개|건|가지|つ)$/u;
function nounsOf(words2) {
  return words2.split(/[^\p{L}'-]+/u).filter((w) => w.length > 1 && !FUNCTION_WORD.test(w)).map((w) => singular(w.toLowerCase()));
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
  const inside = tokens.quantities.filter((q) => q.start > open2 && q.end <= close2);
  const only = inside[0];
  if (inside.length !== 1 || !only || !isPlainCount(only) || only.bound || only.word || !/^\(\s*$/.test(text3.slice(open2, only.start))) return null;
  const rest = text3.slice(only.end, close2).trim();
  if (rest === "" || /^total$/i.test(rest) || COUNTER_WORD.test(rest)) return isYear(only) ? null : { count: only, nouns: nounsOf(label).slice(-1), label, of: null, status };
  if (!/^[\p{L}][\p{L}'-]*(?:\s+[\p{L}][\p{L}'-]*)?$/u.test(rest)) return null;
  const nouns2 = nounsOf(rest.replace(/\b(?:total|new|more|in total)\b/gi, ""));
  if (nouns2.length === 0 || rest.split(/\s+/).some((w) => MEASURE_NOUN.test(w)) || CJK_MEASURE.test(rest)) return null;
  return { count: only, nouns: nouns2.slice(-1), label, of: null, status, named: true };
}
function colonCount(text3, tokens) {
  const match = /^([^:]{2,60}):\s*$/.exec(text3.slice(0, tokens.quantities[0]?.start ?? 0));
  const count = tokens.quantities[0];
  if (!match || !count || tokens.quantities.length !== 1 || !isPlainCount(count) || count.word || count.bound || isYear(count)) return null;
  if (!/^[\s*_]*$/.test(text3.slice(count.end))) return null;
  const label = cleanLabel(match[1]);
  const nouns2 = nounsOf(label);
  if (nouns2.length === 0 || MEASURE_NOUN.test(label.split(/\s+/).pop() ?? "")) return null;
  return { count, nouns: nouns2.slice(-1), label, of: null, status: STATUS_WORD.test(label) };
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
function leadInCount(text3, tokens) {
  const colon = /:\s*$/.exec(text3);
  if (!colon) return null;
  const body = text3.slice(0, colon.index);
  const parenthesised = parenthesisedCount(body, tokens);
  if (parenthesised) return parenthesised;
  const { quantities } = tokens;
  const count = quantities[quantities.length - 1];
  const before = text3.slice(0, count?.start ?? 0);
  if (!count || !isPlainCount(count) || count.word && !/^[\s\p{P}\p{S}]*$/u.test(before) || count.bound) return null;
  if (PREPOSITION_BEFORE.test(before) || NAME_BEFORE.test(before) || /\/\s*$/.test(before)) return null;
  const words2 = body.slice(count.end);
  if (!/^(?:\s+[\p{L}][\p{L}'-]*){1,3}\s*$/u.test(words2)) return null;
  const list2 = words2.trim().split(/\s+/);
  if (list2.some((w) => FUNCTION_WORD.test(w)) || MEASURE_NOUN.test(list2[list2.length - 1])) return null;
  return { count, nouns: nounsOf(words2).slice(-1), label: cleanLabel(body), of: null, status: STATUS_WORD.test(body) };
}

// src/claims/subtotals.ts
function isSubRow(row) {
  return /^\s*(?:[-–—•·└├↳→>+*]|\u00a0)/u.test(row[0]?.text ?? "");
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
  for (const line of doc.lines) claims.push(...inlineBreakdowns(context, line.unit));
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
    return (total.dimension === "count" || MEASURED.has(total.dimension)) && !total.approx && !total.sign ? { unit, total } : null;
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
  const push2 = (found, parts2, where) => {
    if (!parts2) return;
    const label = cleanLabel(found.unit.text.split(":")[0] ?? "");
    claims.push(claim(found.unit, found.total, parts2, { where, phrase: `${label}: ${found.total.raw}`, about: label, complete: true, binding: "structural" }));
  };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    if (block.kind === "list") {
      const last = block.items[block.items.length - 1];
      const found2 = totalIn(last?.lines[0]);
      if (found2 && last && last.children.length === 0) push2(found2, partsOf(block.items.slice(0, -1), found2.total, found2.unit), "items above it");
      continue;
    }
    if (block.kind !== "paragraph" || block.lines.length !== 1) continue;
    const found = totalIn(block.lines[0]);
    if (!found) continue;
    const before = blocks[i - 1];
    const after = blocks[i + 1];
    if (before?.kind === "list") push2(found, partsOf(before.items, found.total, found.unit), "items above it");
    else if (after?.kind === "list") push2(found, partsOf(after.items, found.total, found.unit), "items below it");
  }
  return claims;
}
var RULE_LINE = /^[\s─━═—–\-=_]{3,}$/u;
var TOTAL_LINE = /\b(?:total|net|sum|balance|grand total|profit|result)\b/i;
function labelledValue(context, unit) {
  const colon = /^[^:]{1,60}:\s*/.exec(unit.text);
  if (!colon) return null;
  const value2 = context.tokens(unit).quantities.find((q) => q.start >= colon[0].length - 1);
  return value2 && value2.start <= colon[0].length + 1 && !value2.bound && value2.rangeHigh === null ? value2 : null;
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
    claims.push(claim(below.unit, total, parts2, { where: "lines above the rule", phrase: `${label}: ${total.raw}`, about: label, complete: true, binding: "structural" }));
  }
  return claims;
}
function phraseOf(text3, q) {
  const words2 = /^(?:\s+[\p{L}][\p{L}'-]*){0,2}/u.exec(text3.slice(q.end))?.[0] ?? "";
  return `${q.raw}${words2}`;
}
function partCountsSameThing(partText, nouns2) {
  if (mentionsAny(partText, nouns2)) return true;
  const after = partText.trim().split(/\s+/).filter((w) => new RegExp("\\p{L}", "u").test(w));
  return after.length >= 1 && after.length <= 2 && !after.some((w) => /^[a-z]{4,}s$/.test(w) && !/(?:ss|us|is)$/.test(w));
}
function claim(unit, total, parts2, fields) {
  return { kind: "total-parts", at: { unit, start: total.start, end: total.end }, total, parts: parts2, ...fields, reading: `${total.raw} = ${parts2.map((p) => p.quantity.raw).join(" + ")}` };
}
var MEASURED = /* @__PURE__ */ new Set(["duration", "money", "size"]);
var STATE_PART = /^\s*(?:(?:were|are|was|is|got|have been|been)\s+)?(?:passed|passing|failed|failing|skipped|flaky|errored|timed out|succeeded|pending|blocked|done|open|closed|fixed|resolved|merged|cancelled|canceled|retried|green|red)\b/i;
function isAmount(q) {
  return MEASURED.has(q.dimension) && !q.approx && q.rangeHigh === null && !q.sign && !q.bound;
}
function inlineBreakdowns(context, unit) {
  const text3 = unit.text;
  const { quantities } = context.tokens(unit);
  const claims = [];
  for (const total of quantities) {
    const amount = isAmount(total);
    if (!(isPlainCount(total) || amount) || total.word || total.bound) continue;
    const ofThe = /\b[Oo]f\s+(?:the|all|our|these)\s+$/.test(text3.slice(Math.max(0, total.start - 16), total.start));
    const lead = (amount ? /^((?:\s+[\p{L}][\p{L}'-]*){0,4})\s*(:|\()/u : ofThe ? /^((?:\s+[\p{L}][\p{L}'-]*){1,4})\s*(,)/u : /^((?:\s+[\p{L}][\p{L}'-]*){1,4})\s*(:|\()/u).exec(text3.slice(total.end));
    if (!lead) continue;
    const nouns2 = countedWords(text3, total);
    if (nouns2.length === 0 && !amount) continue;
    const open2 = total.end + lead[0].length;
    const close2 = lead[2] === "(" ? text3.indexOf(")", open2) : ofThe ? endOfSentence(text3, open2) : text3.length;
    if (close2 < 0) continue;
    const pieces = piecesOf(text3, open2, close2);
    if (pieces.length < 2) continue;
    const parts2 = [];
    let valid = true;
    for (const { start: offset, end: pieceEnd } of pieces) {
      const inside = quantities.filter((q) => q.start >= offset && q.end <= pieceEnd);
      const count = inside[0];
      const opening = count && /^[\s\p{P}\p{S}]*$/u.test(text3.slice(offset, count.start));
      const kindOk = count && (amount ? isAmount(count) && count.dimension === total.dimension : isPlainCount(count) && !count.bound);
      if (inside.length !== 1 || !count || !opening || !kindOk || count.value > total.value) {
        valid = false;
        break;
      }
      const named = text3.slice(count.end, pieceEnd);
      if (!amount && !(ofThe ? STATE_PART.test(named) : partCountsSameThing(named, nouns2))) {
        valid = false;
        break;
      }
      parts2.push({ quantity: count, place: { unit, start: count.start, end: count.end } });
    }
    if (!valid || parts2.length < 2) continue;
    claims.push(claim(unit, total, parts2, { where: "breakdown", phrase: phraseOf(text3, total), about: phraseOf(text3, total), complete: false, binding: "tight" }));
  }
  return claims;
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
    const count = leadingCount(line.text, tokens);
    if (!count || count.bound || count.value > total.value) return [];
    const rest = line.text.slice(count.end);
    if (!mentionsAny(rest, nouns2)) {
      sameThing = false;
      const kind = new RegExp("^[\\s*_]*(\\p{L}[\\p{L}-]*)[\\s*_.]*$", "u").exec(rest)?.[1];
      if (!kind || OTHER_MEASURE_NOUN.test(kind) || tokens.quantities.length !== 1) return [];
      kinds.add(kind.toLowerCase());
    }
    parts2.push({ quantity: count, place: { unit: line, start: count.start, end: count.end } });
  }
  if (!sameThing && kinds.size !== parts2.length) return [];
  return [claim(first, total, parts2, { where: "breakdown below", phrase: phraseOf(first.text, total), about: phraseOf(first.text, total), complete: false, binding: "structural" })];
}
var TOTAL_LABEL = /^(?:total|totals|sum|grand total)$/i;
var OTHER_SUMMARY = /^(?:average|avg\.?|mean|median|min|max|minimum|maximum|std\.?|stddev|overall|subtotal|sub-total|p\d{2})\b/i;
var DASH = /^[-–—]$/;
var NOT_ADDITIVE = /\b(?:max|maximum|min|minimum|peak|avg|average|mean|median|p\d{2,3}|rate|ratio|per|percent)\b|\/\s*(?:s|sec|second|min|minute|h|hr|hour|day|week|month|req|request|user|op)\b|%/i;
function withoutSubtotals(context, table, rows, total) {
  const subtotals = subtotalRows(context, table, rows);
  if (subtotals.size === 0) return rows;
  const without = rows.filter((_, i) => !subtotals.has(i));
  const addsUp = (parts2) => table.header.some((_, c) => {
    const stated = c > 0 ? plainCount(context, total[c]) : null;
    const values = parts2.map((row) => plainCount(context, row[c]));
    return stated !== null && values.every((v) => v !== null) && values.reduce((s, v) => s + v, 0) === stated;
  });
  return !addsUp(rows) && addsUp(without) ? without : rows;
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
function totalRow(context, table) {
  const labels = table.rows.map((row) => cleanLabel(row[0]?.text ?? ""));
  const totalIndex = labels.findIndex((l) => TOTAL_LABEL.test(l));
  if (totalIndex < 0 || labels.some((l) => /^sub-?total/i.test(l))) return [];
  const totalRow2 = table.rows[totalIndex];
  const candidates = table.rows.filter((row, i) => i !== totalIndex && !OTHER_SUMMARY.test(labels[i]) && labels[i] !== "" && !isSubRow(row));
  const rows = withoutSubtotals(context, table, candidates, totalRow2);
  if (rows.length < 2) return [];
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
    let valid = true;
    for (const row of rows) {
      const partCell = row[column];
      if (partCell && DASH.test(partCell.text.trim()) && total.quantity.sign) continue;
      const part = partCell && cellValue(context, partCell);
      if (!partCell || !part || part.dimension !== total.dimension || part.quantity.bound || part.denominator === null !== (total.denominator === null)) {
        valid = false;
        break;
      }
      if (part.denominator === null && besideNumber(partCell.text, part.quantity) !== shape) {
        valid = false;
        break;
      }
      parts2.push({ quantity: part.quantity, place: { unit: partCell, start: part.quantity.start, end: part.quantity.end } });
      const whole2 = part.denominator !== null ? context.tokens(partCell).fractions[0]?.denominator : void 0;
      if (whole2) wholes.push({ quantity: whole2, place: { unit: partCell, start: whole2.start, end: whole2.end } });
    }
    if (!valid || parts2.length < 2) continue;
    const whole = total.denominator !== null ? context.tokens(cell).fractions[0]?.denominator : void 0;
    if (/\bscores?\b/i.test(header) && !(whole && wholes.length === parts2.length && wholes.reduce((sum, w) => sum + w.quantity.written, 0) === whole.written)) continue;
    const phrase = `${cleanLabel(totalRow2[0]?.text ?? "")} ${total.raw}`;
    claims.push(claim(cell, total.quantity, parts2, { where: `"${header}" column`, phrase, about: `${header}, ${cleanLabel(totalRow2[0]?.text ?? "")} row`, complete: true, binding: "structural" }));
    if (whole && wholes.length === parts2.length) {
      claims.push(claim(cell, whole, wholes, { where: `"${header}" column's wholes`, phrase: `${cleanLabel(totalRow2[0]?.text ?? "")} ${total.raw}`, about: `${header} wholes, ${cleanLabel(totalRow2[0]?.text ?? "")} row`, complete: true, binding: "structural" }));
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
  const claims = [];
  read.forEach((r, i) => {
    if (!r) return;
    const label = cleanLabel(rows[i]?.[0]?.text ?? "");
    claims.push(claim(r.cell, r.total, r.parts, { where: `row's ${partColumns.map((c) => `"${headers[c]}"`).join(", ")} columns`, phrase: `${label} ${headers[totalAt]} ${r.total.raw}`, about: `${label}, ${headers[totalAt]} column`, complete: true, binding: "structural" }));
  });
  return claims;
}
function statusSiblings(context, headings) {
  const groups = /* @__PURE__ */ new Map();
  for (const heading of headings) {
    const stated = parenthesisedCount(heading.unit.text, context.tokens(heading.unit));
    if (!stated?.of || !stated.status) continue;
    const key = `${heading.parent?.index ?? -1}/${heading.depth}/${stated.of.written}`;
    const state = (STATUS_WORD.exec(stated.label)?.[0] ?? "").toLowerCase();
    groups.set(key, [...groups.get(key) ?? [], { heading, part: stated.count, whole: stated.of, state }]);
  }
  const claims = [];
  for (const group of groups.values()) {
    if (group.length < 2 || new Set(group.map((g) => g.state)).size < group.length) continue;
    const last = group[group.length - 1];
    claims.push({
      ...claim(last.heading.unit, last.whole, group.map((g) => ({ quantity: g.part, place: { unit: g.heading.unit, start: g.part.start, end: g.part.end } })), {
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
var NOTE_ITEM = /^[\s*_]*(?:ℹ️?|💡|📝|note\b|nb\b)/iu;
var FIELD_ITEM = /^[\s*_]*(?:status|note|notes|result|results|issue|issues|details|location|root cause|cause|impact|action|owner|priority|effort|risk|reason|why|fix|solution|outcome|evidence|summary|description|purpose|goal|scope)[\s*_]*:/i;
var INSTRUCTION = /^[\s*_]*(?:add|replace|fix|update|remove|use|create|implement|run|check|ensure|move|rename|refactor|configure|install|set|enable|disable|write|review|migrate|document|deploy|verify|investigate|consider|avoid|make|keep|wrap|convert|extract|split|merge|upgrade|pin|cache|escape)\b/i;
var STEP_NOUN = /^(?:task|step|action|fix|todo|change|item|recommendation|suggestion|instruction|next|improvement)$/;
var RECORD_FIELD = new RegExp("^[\\s*_]*\\p{Lu}?\\p{Ll}+(?: \\p{Ll}+)?[\\s*_]*:", "u");
var ELLIPSIS = /^[\s*_.…-]*(?:\.\.\.|…|etc\.?|and more|and others)|(?:\.\.\.|…|\betc\.?|\band more)[\s*_)]*$/iu;
var MORE = /(?:\+|\bplus|\band)\s*(\d+)\s+more\b[\s)]*$/i;
var GROUPED_NOUN = /^(?:test|case|check|assertion|scenario|spec|example|requirement|criterion|criteria|rule|step|item|change|fix|improvement|feature|update|issue|bug|point)$/;
var FIGURE_NOUN = /^(?:metric|kpi|stat|statistic|figure|number|measurement|result|finding|indicator)$/;
var SELECTION_HEADING = /\b(?:key|main|notable|selected|highlights?|examples?|samples?|featured|major|top|important)\b|关键|主要|重点|示例/iu;
var OPTIONAL_ITEM = /[(（]\s*(?:optional|bonus|extra|stretch goal|nice to have|可选|選填|任意)\s*[)）]/iu;
var farApart = (count, items) => Math.abs(count - items) > Math.max(2, count / 2);
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
function fromHeading(context, heading) {
  const unit = heading.unit;
  const stated = parenthesisedCount(unit.text, context.tokens(unit)) ?? openingCount(unit.text, context.tokens(unit)) ?? colonCount(unit.text, context.tokens(unit));
  if (!stated || stated.count.written === 0) return [];
  const first = heading.body[0];
  if (first?.kind === "list") return compareWithItems(context, unit, stated, first.items, "list items", ancestors(heading));
  if (first?.kind === "table") return compareWithRows(unit, stated, first.table);
  if (heading.body.some((b) => b.kind === "list" || b.kind === "table")) return [];
  const subs = heading.subheadings;
  if (subs.length < 2) return [];
  const counted = subs.map((s) => parenthesisedCount(s.unit.text, context.tokens(s.unit)));
  if (counted.every((c) => c !== null)) {
    const own5 = counted;
    if (scoresOutOfOneMaximum(stated, own5)) return [];
    const parts2 = own5.map((c, i) => ({ quantity: c.count, place: placeOf(subs[i].unit, c.count) }));
    return [sumClaim(unit, stated, parts2, "sub-sections")];
  }
  const lists = subs.map((s) => s.subheadings.length === 0 && s.body[0]?.kind === "list" && s.body.slice(1).every((b) => b.kind === "other") ? s.body[0].items : null);
  if (lists.every((l) => l !== null)) return compareWithItems(context, unit, stated, lists.flat(), "list items in its sub-sections", ancestors(heading));
  const leaves = subs.every((s) => s.subheadings.length === 0);
  const enumerated = subs.every((s, i) => new RegExp(`^\\D{0,4}${i + 1}[.)]\\s`).test(s.unit.text)) || stated.nouns.length > 0 && subs.every((s) => mentionsAny(s.unit.text, stated.nouns));
  if (!leaves || !enumerated) return [];
  if (stated.of && !stated.status) return [];
  return [countClaim(unit, stated, subs.length, "sub-sections", subs[0]?.unit)];
}
var SUMMARY_ROW = /^[\s*_]*(?:total|totals|sum|grand total|overall|average|avg|mean|median|min|max)\b/i;
function compareWithRows(unit, stated, table) {
  const words2 = (text3) => (text3.toLowerCase().match(new RegExp("\\p{L}{3,}", "gu")) ?? []).map(singular);
  const counted = /* @__PURE__ */ new Set([...stated.nouns, ...words2(stated.label)]);
  const first = table.header[0]?.text ?? "";
  if (stated.of || !words2(first).some((w) => counted.has(w))) return [];
  const rows = table.rows.filter((row) => !SUMMARY_ROW.test(row[0]?.text ?? "") && (row[0]?.text.trim() ?? "") !== "");
  const claim2 = countClaim(unit, stated, rows.length, "table rows", rows[0]?.[0]);
  if (rows.length < stated.count.written && !claim2.doubt && rows.some((row) => namesSeveral(row[0]?.text ?? ""))) claim2.doubt = "a row may stand for several";
  return [claim2];
}
function scoresOutOfOneMaximum(stated, parts2) {
  return stated.of !== null && parts2.every((p) => p.of !== null && p.of.written === stated.of.written);
}
function fromLeadIns(context, blocks) {
  const claims = [];
  for (let i = 0; i + 1 < blocks.length; i++) {
    const block = blocks[i];
    const next = blocks[i + 1];
    if (block.kind !== "paragraph" || next.kind !== "list" && next.kind !== "table") continue;
    const last = block.lines[block.lines.length - 1];
    const stated = last && leadInCount(last.text, context.tokens(last));
    if (!last || !stated || stated.count.written === 0) continue;
    if (next.kind === "table") claims.push(...compareWithRows(last, stated, next.table));
    else claims.push(...compareWithItems(context, last, stated, next.items, "list items", next.items[0]?.headings ?? []));
  }
  return claims;
}
function fromItem(context, item) {
  const last = item.lines[item.lines.length - 1];
  if (!last || item.children.length === 0) return [];
  const plainLast = item.plain.trimEnd().split("\n").pop() ?? "";
  const stated = /:[\s*_]*$/.test(plainLast) ? leadInCount(last.text, context.tokens(last)) : null;
  if (stated) return stated.count.written > 0 ? compareWithItems(context, last, stated, item.childLists[0] ?? [], "sub-items", item.headings) : [];
  const head2 = item.lines[0];
  const count = leadingCount(head2.text, context.tokens(head2));
  if (!count || count.bound || count.written === 0) return [];
  const nouns2 = countedWords(head2.text, count, 2);
  if (nouns2.length === 0) return [];
  const children = item.children.map((c) => c.lines[0]).filter((l) => l !== void 0);
  if (children.some((c) => leadingCount(c.text, context.tokens(c)))) return [];
  if (!children.every((c) => mentionsAny(c.text, nouns2))) return [];
  return [countClaim(head2, { count, nouns: nouns2, label: head2.text, of: null, status: false }, item.children.length, "sub-items", children[0])];
}
function ownCount(context, unit, nouns2) {
  const tokens = context.tokens(unit);
  const leading = leadingCount(unit.text, tokens);
  if (leading && (nouns2.length === 0 || mentionsAny(unit.text.slice(leading.end, leading.end + 40), nouns2))) return leading;
  const head2 = unit.text.split(/:\s| [-–—] /)[0];
  const label = parenthesisedCount(head2, tokens);
  if (label && !label.of && (nouns2.length === 0 || label.nouns.length === 0 || label.nouns.some((n) => nouns2.includes(n)))) return label.count;
  return null;
}
function maySeveral(item) {
  const name = item.plain.split(/ [-–—] |:\s/)[0];
  if (/\(\s*\+/.test(item.plain) || /\s[+&]\s/.test(name) || /[*?]|\{[^{}]*,/.test(name)) return true;
  return namesSeveral((item.lines[0]?.text ?? "").replace(/\([^()]*\)/g, ""));
}
function namesSeveral(words2) {
  return /,/.test(words2) || new RegExp("\\p{L}\\/\\p{L}", "u").test(words2) || /\b(?:and|all|both|various|several|multiple)\b/i.test(words2);
}
function readItems(context, all2, stated, selection) {
  let items = [...all2];
  let extra = 0;
  const last = items[items.length - 1];
  const more = last && MORE.exec(last.plain);
  if (more) {
    extra = Number(more[1]);
    if (!new RegExp("\\p{L}", "u").test(last.plain.slice(0, more.index).replace(/\b(?:and|plus)\b/gi, ""))) items = items.slice(0, -1);
  } else if (items.some((i) => ELLIPSIS.test(i.plain.trim()))) return null;
  if (items.some((i) => FIELD_ITEM.test(i.plain))) return null;
  if (items.length > 0 && items.every((i) => INSTRUCTION.test(i.plain)) && !stated.nouns.some((n) => STEP_NOUN.test(n))) return null;
  if (items.length >= 2 && items.every((i) => RECORD_FIELD.test(i.plain))) return null;
  const things = items.filter((i) => !NOTE_ITEM.test(i.plain));
  if (things.length === 0) return null;
  const leads = /* @__PURE__ */ new Map();
  for (const i of things) leads.set(i.lead, (leads.get(i.lead) ?? 0) + 1);
  const lead = [...leads].find(([kind, n]) => kind !== "text" && n >= 2 && n * 2 > things.length && n < things.length);
  const openingWithNames = lead ? lead[1] + extra : void 0;
  const heads = things.map((i) => i.lines[0]);
  const figures = heads.filter((h) => h && /^[^:]{2,50}:\s*\S/.test(h.text) && context.tokens(h).quantities.length > 0);
  if (figures.length * 2 >= things.length && !stated.nouns.some((n) => FIGURE_NOUN.test(n))) return null;
  const counts = heads.map((h) => h ? ownCount(context, h, stated.nouns) : null);
  const parts2 = counts.every((c) => c !== null && !c.bound) ? counts.map((c, i) => ({ quantity: c, place: placeOf(heads[i], c) })) : null;
  const weighted = counts.reduce((sum, c) => sum + (c ? c.written : 1), 0) + extra;
  const reading = { n: things.length + extra, weighted, first: heads.find((h) => h !== void 0), parts: parts2, named: openingWithNames };
  const naming = stated.nouns.length > 0 ? things.filter((i) => mentionsAny(i.plain, stated.nouns)).length : 0;
  if (naming >= 2 && naming * 2 >= things.length && naming < things.length && reading.named === void 0) {
    reading.named = naming;
    reading.grouped = `only ${naming} of the items name ${stated.nouns[stated.nouns.length - 1]}s`;
  }
  if (counts.some((c) => c?.bound)) reading.grouped = "an item stands for several";
  else if (!reading.grouped && things.length + extra < stated.count.written) {
    if (things.some(maySeveral)) reading.grouped = "an item may stand for several";
    else if (selection) reading.grouped = "the section shows a selection";
    else if (stated.nouns.some((n) => GROUPED_NOUN.test(n))) reading.grouped = `the items may be groups of ${stated.nouns[stated.nouns.length - 1]}s`;
  }
  const optional = things.filter((i) => OPTIONAL_ITEM.test(i.plain)).length;
  if (!reading.grouped && optional > 0 && things.length + extra - optional === stated.count.written) reading.grouped = "the count may leave out the optional items";
  return reading;
}
function countsAProperty(stated, items) {
  if (!stated.named || stated.count.written * 2 > items.length) return false;
  const labelNoun = stated.label.trim().split(/\s+/).pop() ?? "";
  if (!new RegExp("^\\p{L}{3,}$", "u").test(labelNoun)) return false;
  const things = [singular(labelNoun.toLowerCase())];
  return !items.some((i) => mentionsAny(i.plain, stated.nouns)) && items.some((i) => mentionsAny(i.plain, things));
}
function compareWithItems(context, unit, stated, items, what, above) {
  const reading = readItems(context, items, stated, above.some((h) => SELECTION_HEADING.test(h.unit.text)));
  if (!reading || countsAProperty(stated, items)) return [];
  const count = stated.count.written;
  if (reading.n === count || reading.weighted === count || reading.named === count) return [countClaim(unit, stated, count, what, reading.first)];
  if (reading.parts && reading.parts.length >= 2) {
    return [sumClaim(unit, stated, reading.parts, "breakdown below")];
  }
  if (stated.of && !stated.status) return [];
  if (reading.n === 1 && count >= 3) return [];
  const claim2 = countClaim(unit, stated, reading.weighted !== reading.n ? reading.weighted : reading.n, what, reading.first);
  if (reading.grouped && !claim2.doubt) claim2.doubt = reading.grouped;
  return [claim2];
}
function namesAfterColon(context, unit, plain) {
  const colon = /:\s+(?=\S)/.exec(unit.text);
  if (!colon) return null;
  const stated = parenthesisedCount(unit.text.slice(0, colon.index), context.tokens(unit));
  if (!stated || stated.count.written === 0 || stated.of && stated.of.written !== stated.count.written) return null;
  const plainColon = /\)[\s*_]*:\s+(?=\S)/.exec(plain);
  let rest = plainColon ? plain.slice(plainColon.index + plainColon[0].length) : unit.text.slice(colon.index + colon[0].length);
  const more = MORE.exec(rest);
  if (more) rest = rest.slice(0, more.index);
  const names2 = rest.split(",").map((n) => n.trim());
  if (names2.length < 3 || names2.some((n) => n === "" || n.split(/\s+/).length > 4 || /\d|[.!?…]$/.test(n) || ELLIPSIS.test(n))) return null;
  if (names2.some((n) => /[*?]/.test(n))) return null;
  return { unit, stated, names: names2.length + (more ? Number(more[1]) : 0) };
}
function fromNamesAfterColon(context, lines) {
  const named = lines.map(({ unit, plain }) => namesAfterColon(context, unit, plain)).filter((n) => n !== null);
  const examples = named.some((n) => n.names < n.stated.count.written) && !named.some((n) => n.names === n.stated.count.written);
  return named.map((n) => {
    const claim2 = countClaim(n.unit, n.stated, n.names, "names");
    if (examples && !claim2.doubt) claim2.doubt = "the names may be examples, not all of them";
    return claim2;
  });
}
function placeOf(unit, q) {
  return { unit, start: q.start, end: q.end };
}
function countClaim(unit, stated, items, what, first) {
  const count = stated.count;
  return {
    kind: "count-items",
    at: placeOf(unit, count),
    binding: what === "names" ? "tight" : "structural",
    count,
    items,
    what,
    first: first ? { unit: first, start: 0, end: 1 } : void 0,
    about: stated.label || unit.text.trim(),
    reading: `${count.written} counted, ${items} ${what} follow`,
    doubt: farApart(count.written, items) ? `the ${what} may be a sample or groups, not one for each` : void 0
  };
}
function sumClaim(unit, stated, parts2, where) {
  const total = stated.count;
  return {
    kind: "total-parts",
    at: placeOf(unit, total),
    binding: "structural",
    total,
    parts: parts2,
    where,
    complete: true,
    phrase: unit.text.trim().length > 60 ? `${unit.text.trim().slice(0, 57)}\u2026` : unit.text.trim(),
    about: stated.label || unit.text.trim(),
    reading: `${total.written} = ${parts2.map((part) => part.quantity.raw).join(" + ")}`
  };
}

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
  if (top?.leadIn) parents.push(top.leadIn.text);
  parents.push(...items);
  if (line.head && (line.listItem || IDENTITY_FIELD.test(line.head.text))) parents.push(line.head.text);
  return parents;
}
function scopedAway(line) {
  return line.headings.some((h) => NOT_NOW_SCOPE.test(h.unit.text)) || listParents(line).some((p) => NOT_CURRENT.test(p) || NOT_NOW_SCOPE.test(p));
}
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
  const words2 = base.split(" ").filter((w) => w.length > 0);
  return words2.length >= 2 ? words2.length <= 5 : SPECIFIC_SINGLE.has(words2[0] ?? "");
}
function usable(q) {
  return !q.sign && !q.bound && q.rangeHigh === null && !q.approx && (q.dimension !== "count" || q.factor >= 1) && q.dimension !== "multiplier" && q.dimension !== "points";
}
function qualifiers(label) {
  const found = [];
  for (const match of label.matchAll(/\(([^()]*)\)/g)) {
    const inside = match[1].trim();
    if (!/[\p{L}\p{N}]/u.test(inside) || unitInfo(inside) || /^(?:%|#|n|no\.?)$/i.test(inside)) continue;
    found.push(inside.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim());
  }
  return found;
}
var QUALIFIER_AFTER = /^\s*\(\s*([\p{L}][\p{L}\s-]{0,30}?(?:\s+#?\d+)?)\s*\)/u;
var PHRASE_AFTER = /^\s+(in|on|at|for|during|since|by|over|across|under|with|without|as of|after|before)\s+([\p{L}\p{N}][\p{L}\p{N}.-]*)/iu;
var NOT_A_QUALIFIER = /\b(?:target|goal|threshold|limit|baseline|before|after|rate|vs|versus|from|of|max|min|avg|average|mean|median|est|estimated|approx|approximately|total|up|down|excellent|good|great|ok|poor|pass|passed|fail|failed|stable|improved|expected)\b/i;
function make(context, label, unit, value2, where, local = "", heading = false) {
  const base = canonicalLabel(normalizeLabel(label), context.policy);
  const statistic = STATISTIC.test(label);
  if (base === "" || NOT_CURRENT.test(label) || SCOPE_WORDS.test(statistic ? label.replace(STATISTICS, " ") : label) || !usable(value2)) return null;
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
    if (line.kind === "cell" || scopedAway(line)) continue;
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
    if (value2) {
      const arrow = arrows.find((a) => a.start >= value2.end && a.start - value2.end < 4);
      if (arrow) value2 = quantities.find((q) => q.start >= arrow.end && q.start - arrow.end < 4);
      const fused = value2 && /^\s*\/\s*\d/.test(text3.slice(value2.end));
      if (value2 && !fused && !SCOPE_WORDS.test(text3.slice(value2.end, value2.end + 30).split(/[(,;]/)[0] ?? "")) {
        const statement = make(context, colon[1], unit, value2, where, "", line.kind === "heading");
        if (statement) result.push(statement);
        const rate = quantities.find((q) => q.start > value2.end && q.dimension === "percent");
        if (rate && /^\s*rate\s*\)/.test(text3.slice(rate.end)) && /^\s*\(\s*$/.test(text3.slice(value2.end, rate.start))) {
          const words2 = normalizeLabel(colon[1]).split(" ");
          const rateStatement = make(context, `${singular(words2[words2.length - 1] ?? "")} rate`, unit, rate, where, "", line.kind === "heading");
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
    const statement = make(context, `${noun[1]}${state ? ` ${state}` : ""}`, unit, q, where, text3.slice(0, q.start).replace(/[^\p{L}\p{N}]+/gu, " ").trim().toLowerCase());
    if (statement) result.push(statement);
  }
  return result;
}
var TESTS_THEN_OUTCOME = /^\s+tests?\s+(passed|passing|failed|failing|skipped)\b/i;
var OUTCOME_THEN_TESTS = /^\s+(passed|passing|failed|failing|skipped)\s+tests?\b/i;
var PLAIN_BEFORE = /^[\s*_]*(?:(?:test\s+)?(?:results?|summary|status|run|tests?)\s*:[\s*_]*)?(?:(?:all|the|in total)\s+)?$/i;
var PLAIN_AFTER = /^[\s*_]*(?:[.,;:!()—–]|-\s|$)/;
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

// src/claims/same-metric.ts
var GROUPING_WORD = /\b(?:metrics|results|numbers|kpis?|summary|stats|statistics|figures|measurements|highlights|status|details|overview)\b/i;
var isGroupingParent = (text3) => !/:\s*\S/.test(text3) && GROUPING_WORD.test(text3);
function scopingParents(value2) {
  return value2.parents.filter((p) => !isGroupingParent(p)).join("\0");
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
      const scope = summary && !parallel(value2.section) && !seriesMember(value2.section, doc.headings) ? `summary ${summary.index}${scopingParents(value2)}${value2.fence ?? ""}${value2.total}${value2.local}` : `${value2.section?.index ?? -1}${scopingParents(value2)}${value2.table ? tableId(value2.table) : ""}${value2.fence ?? ""}${value2.total}${value2.local}`;
      peers.set(scope, [...peers.get(scope) ?? [], value2]);
    }
    for (const together of peers.values()) {
      const tables = together.filter((v) => v.table).map((v) => v.table);
      if (together.length >= 2 && new Set(tables).size === tables.length) claims.push(claimOf2(together, null, together[0]?.summary ? "one summary states it twice" : "one section states it twice"));
    }
    const chains = /* @__PURE__ */ new Map();
    for (const v of group) chains.set(v.section?.index ?? -1, (chains.get(v.section?.index ?? -1) ?? /* @__PURE__ */ new Set()).add(scopingParents(v)));
    for (const stated of group) {
      if (!summaryOf(stated.section) || seriesMember(stated.section, doc.headings)) continue;
      const body = group.filter((v) => {
        if (summaryOf(v.section) || parallel(v.section) || (chains.get(v.section?.index ?? -1)?.size ?? 0) > 1 || stated.total && !v.total) return false;
        if (v.parents.some(namesASubject)) return false;
        const series = seriesMember(v.section, doc.headings);
        return !series || series.last;
      });
      if (body.length > 0) claims.push(claimOf2([stated, ...body], 0, "the summary restates the body"));
    }
  }
  return claims;
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
function parallelSections(values) {
  const keys = /* @__PURE__ */ new Map();
  for (const v of values) {
    if (!v.section) continue;
    keys.set(v.section, (keys.get(v.section) ?? /* @__PURE__ */ new Set()).add(v.key));
  }
  const cache = /* @__PURE__ */ new Map();
  return (section) => {
    if (!section) return false;
    let answer = cache.get(section);
    if (answer === void 0) {
      const mine = keys.get(section) ?? /* @__PURE__ */ new Set();
      answer = [...keys.keys()].some((other) => {
        if (other === section || other.parent !== section.parent || other.depth !== section.depth || summaryOf(other)) return false;
        let shared = 0;
        for (const key of keys.get(other)) if (mine.has(key)) shared++;
        return shared >= 2;
      });
      cache.set(section, answer);
    }
    return answer;
  };
}

// src/extract/status-marks.ts
var NEGATIVE = /❌|✗|✘|🔴|⛔|\b(?:fail|failed|failing|missed|not met|breach|breached|below target|over budget)\b/i;
var POSITIVE = /✅|✔|☑|🟢|\b(?:pass|passed|passing|met|exceeded|achieved|ok|on target|within target)\b/i;
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
var TARGET_HEADER = /\b(?:target|goal|threshold|slo|sla|objective|budget|limit|expected|required)\b/i;
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
  if (!quantity || quantities.length > (fractions.length > 0 ? 2 : 1)) return null;
  return { quantity, outOf: /^\s*\/\s*(\d+)/.exec(cell.text.slice(quantity.end))?.[1] ?? null };
}
function pairColumns(table, statusColumn) {
  const targets = table.header.map((h, i) => TARGET_HEADER.test(h.text) ? i : -1).filter((i) => i > 0);
  const actuals = table.header.map((h, i) => ACTUAL_HEADER.test(h.text) && !TARGET_HEADER.test(h.text) && i !== statusColumn ? i : -1).filter((i) => i > 0);
  if (targets.length === 1 && actuals.length === 1) return [{ target: targets[0], actual: actuals[0], name: "" }];
  const stem = (i) => cleanLabel(table.header[i]?.text ?? "").replace(TARGET_HEADER, "").replace(ACTUAL_HEADER, "").trim().toLowerCase();
  const pairs = [];
  for (const t of targets) {
    const match = actuals.filter((a) => stem(a) === stem(t) && stem(t) !== "");
    if (match.length === 1) pairs.push({ target: t, actual: match[0], name: cleanLabel(table.header[t]?.text ?? "").replace(TARGET_HEADER, "").trim() });
  }
  return pairs;
}
function statusColumnOf(table) {
  const named = table.header.findIndex((h, i) => i > 0 && STATUS_HEADER.test(h.text) && !TARGET_HEADER.test(h.text) && !OTHER_STATUS.test(cleanLabel(h.text)));
  if (named >= 0 || table.rows.length === 0) return named;
  return table.header.findIndex(
    (h, i) => i > 0 && /^(?:result|results|outcome)$/i.test(cleanLabel(h.text)) && table.rows.every((row) => !/\d/.test(row[i]?.text ?? "") && statusOf(row[i]?.text ?? "") !== null)
  );
}
var OTHER_STATUS = new RegExp("^(?!(?:target|goal|slo|sla|kpi|overall|current|final|threshold|gate|test)\\b)\\p{L}+\\s+(?:status|state)$", "iu");
function fromTable2(context, table) {
  const statusColumn = statusColumnOf(table);
  if (statusColumn < 0) return [];
  const pairs = pairColumns(table, statusColumn);
  if (pairs.length === 0) return [];
  const claims = [];
  for (const row of table.rows) {
    const statusCell = row[statusColumn];
    const status = statusCell && statusOf(statusCell.text);
    if (!statusCell || !status) continue;
    const label = cleanLabel(row[0]?.text ?? "");
    const checks = [];
    let unreadable = false;
    for (const pair of pairs) {
      const target = cellValue2(context, row[pair.target]);
      const actual = cellValue2(context, row[pair.actual]);
      const tolerance = row[pair.target]?.text.includes("\xB1");
      if (!target || !actual || target.outOf !== actual.outOf || tolerance || actual.quantity.bound && !target.quantity.bound) {
        unreadable = true;
        continue;
      }
      const actualCell = row[pair.actual];
      checks.push({ name: pair.name, target: target.quantity, actual: actual.quantity, actualPlace: { unit: actualCell, start: actual.quantity.start, end: actual.quantity.end } });
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
var TARGET_WORD = /^(?:target|goal|threshold|slo|sla|budget|limit|objective)$/i;
var ACTUAL_WORD = /^(?:actual|achieved|measured|observed|result|got)$/i;
var STATUS_FIRST = /^[\s*_]*(?:✅|❌|✔|✗|✘|☑|🟢|🔴|⛔|(?:pass|passed|fail|failed|met|missed|not met|ok|exceeded|achieved)\b)/iu;
var MARK_FIRST = /^[\s*_]*(?:✅|❌|✔|✗|✘|☑|🟢|🔴|⛔)/u;
var BOUND_WORDS = /\s(?:at most|at least|up to|no more than|no less than|max|maximum|min|minimum|less than|under|below|fewer than|more than|over|above|exceeding)$/i;
function trimEnd2(text3, set) {
  let end = text3.length;
  while (end > 0 && set.test(text3[end - 1])) end--;
  return text3.slice(0, end);
}
var trimComparators = (text3) => trimEnd2(text3, /[\s<>≤≥=~:]/);
var words = (text3) => text3.replace(/[^\p{L}\p{N}.\s]+/gu, " ").trim().split(/\s+/).filter((w) => w.length > 0);
function introducesTarget(between, bounded) {
  const trimmed = trimComparators(bounded ? trimComparators(between).replace(BOUND_WORDS, "") : between);
  const open2 = trimmed.lastIndexOf("(");
  if (open2 >= 0) {
    const inside = words(trimmed.slice(open2 + 1));
    if (inside.length === 1 && TARGET_WORD.test(inside[0]) && !trimmed.slice(open2 + 1).includes(")")) return { paren: true, before: trimmed.slice(0, open2) };
    return null;
  }
  const w = words(trimmed.toLowerCase());
  if (w[w.length - 1] === "of") w.pop();
  const noun = w.pop();
  if (!noun || !TARGET_WORD.test(noun)) return null;
  if (w.length > 0 && /^(?:a|the|its|our)$/.test(w[w.length - 1])) w.pop();
  return w.length === 1 && /^(?:against|vs\.?|versus)$/.test(w[0]) && !/[()]/.test(trimmed) ? { paren: false, before: "" } : null;
}
function statusAt(text3) {
  const segment = text3.split(/[,;]|\s[-–—]\s|—/)[0] ?? "";
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
  const add = (label, actual, target, status, mark, reading) => {
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
    const lead = trimComparators(text3.slice(k > 1 ? quantities[k - 2].end : 0, first.start));
    const leadWords = words(lead);
    const between = words(text3.slice(first.end, second.start));
    if (leadWords.length > 0 && TARGET_WORD.test(leadWords[leadWords.length - 1]) && between.length === 1 && ACTUAL_WORD.test(between[0]) && /^\s*[,;]/.test(text3.slice(first.end))) {
      const rest = text3.slice(second.end);
      const close2 = /^\s*\)/.exec(rest)?.[0].length ?? 0;
      const found2 = statusAt(rest.slice(close2));
      if (!found2) continue;
      const label2 = cleanLabel(trimEnd2(lead.slice(0, lead.length - leadWords[leadWords.length - 1].length), /[:=(,\s]/));
      add(label2, second, first, found2.status, second.end + close2 + found2.offset, `${second.raw} against ${first.raw}: ${found2.said}`);
      continue;
    }
    const intro = introducesTarget(text3.slice(first.end, second.start), second.bound !== null);
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
    add(label, actual, target, found.status, mark, `${actual.raw} against ${target.raw}: ${found.said}`);
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
function fromList(context, items) {
  const entries = items.map((item) => labelled(context, item)).filter((e) => e !== null);
  const claims = [];
  for (const entry of entries) {
    const text3 = entry.unit.text;
    const rate = context.tokens(entry.unit).quantities.find((q) => q.start > entry.value.end && q.dimension === "percent");
    if (!rate || rate.bound || rate.rangeHigh !== null || rate.sign) continue;
    if (!/^\s*\(\s*$/.test(text3.slice(entry.value.end, rate.start)) || !RATE_AFTER.test(text3.slice(rate.end))) continue;
    if (STATISTIC_LABEL.test(entry.label)) continue;
    const larger = entries.filter((other) => other !== entry && other.value.value > entry.value.value && !STATISTIC_LABEL.test(other.label));
    const named = larger.filter((other) => /\btotal\b/i.test(other.label));
    const totals = named.length > 0 ? named : larger.filter((other) => sharesNoun(other.label, entry.label));
    if (totals.length !== 1) continue;
    const total = totals[0];
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

// src/claims/bounds.ts
var SHARE_LABEL = /\b(?:coverage|pass rate|passing|success rate|uptime|availability|hit rate|accuracy|precision|recall|healthy|compliant|compliance)\b/i;
var SHARE_AFTER = /^\s*(?:complete|done|covered|passing|healthy|compliant)\b/i;
var SHARE_NAMED_AFTER = /^\s*(?:(?!of\b)[\p{L}-]+\s+)?(?:coverage|uptime|availability|pass rate|success rate|hit rate|accuracy|compliance)\b/iu;
var NOT_A_SHARE = /\b(?:of (?:the )?(?:target|goal|plan|budget|quota|baseline|estimate|forecast)|improvement|increase|growth|more|faster|better|higher|than|over|above|cpu|change|attainment|achievement|vs\.?|versus|improved|increased|grew|rose|gained|jumped|delta|budget|burn|burned|burnt)\b/i;
var RATIO_TO = /^\s*of\s+(?:(?:the|our|its|their|a)\s+)?(?:[\p{L}'’-]+\s+)?(?:target|goal|plan|budget|quota|baseline|estimate|forecast|sla|slo|objective|last|previous|prior|yesterday|original|old|expected|required|capacity|benchmark|reference|human|manual|legacy)\b/iu;
var CHANGE_BEFORE2 = /\b(?:by|up|down|rose|grew|jumped|climbed|gained|doubled|tripled)\s*$/i;
var CHANGE_AFTER2 = /^\s*(?:relative|ratio|of (?:before|the old|the start|initial))\b/i;
var STATUS_MARK = /✅|❌|⚠️|✔|🟢|🟡|🔴/u;
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
function shares(context, line) {
  const unit = line.unit;
  const text3 = unit.text;
  if (NOT_A_SHARE.test(text3) || NOT_A_SHARE.test(labelOf(line)) || STATUS_MARK.test(text3)) return [];
  const claims = [];
  for (const q of context.tokens(unit).quantities) {
    if (q.dimension !== "percent" || q.sign || q.bound === "<" || q.bound === "<=") continue;
    if ((q.rangeHigh ?? q.value) <= 100) continue;
    const before = `${shareClause(text3, q.start)} ${labelOf(line)}`;
    const after = text3.slice(q.end, q.end + 40);
    if (!SHARE_LABEL.test(before) && !SHARE_AFTER.test(after) && !SHARE_NAMED_AFTER.test(after)) continue;
    if (RATIO_TO.test(after) || CHANGE_WORD.test(after) || CHANGE_AFTER2.test(after) || CHANGE_BEFORE2.test(text3.slice(0, q.start)) || ratioBeside(context, line, q)) continue;
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
  const claims = [];
  const labels = cellLabels(line);
  const claim2 = (f, start, end, about = text3.slice(start, end).replace(/\(\s*/, "")) => {
    claims.push({ kind: "part-of-whole", at: { unit, start, end }, binding: "tight", fraction: f, about, reading: `${about}: ${f.numerator.raw} is a part of ${f.denominator.raw}` });
  };
  for (const f of partFirst(text3, quantities, fractions)) {
    if (f.numerator.decimals > 0 || f.denominator.decimals > 0 || f.numerator.factor !== 1 || f.denominator.factor !== 1) continue;
    const clause = clauseBefore(text3, f.start);
    const after = text3.slice(f.end, f.end + 40);
    if (NOT_A_PART.test(clause) || NOT_A_PART.test(after.split(/[,;.]/)[0] ?? "") || NOT_A_PART.test(labels.join(" "))) continue;
    const stated = PART_OF_WHOLE.test(after) && !NOT_A_SHARE.test(text3) && !NOT_A_SHARE.test(labelOf(line)) && !STATUS_MARK.test(text3) || f.numerator.written > f.denominator.written && (!DATE_BEFORE.test(clause) && (STATE_LABEL.test(clause) || STATE_VERB.test(clause)) || text3.slice(0, f.start).trim() === "" && text3.slice(f.end).trim() === "" && labels.some((l) => STATE_CELL.test(l)));
    if (stated) claim2(f, f.start, f.end);
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
    claim2({ start: whole.start, end: part.end, numerator: part, denominator: whole }, whole.start, part.end, said);
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
var DERIVED_COLUMN = /\b(?:change|improvement|delta|diff|difference|reduction|increase|decrease|gain|speedup|ratio|vs\.?)\b|Δ/i;
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
  const rows = table.rows.filter((row, i) => i !== summaryIndex && !isSubRow(row));
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
          const own5 = [quantityIn(context, summary[n], "count"), quantityIn(context, summary[d], "count")];
          if (own5[0] && own5[1]) {
            const ownWhole = whole(own5[0].written, own5[1].written);
            if (ownWhole > 0 && agrees(overall, { low: own5[0].written / ownWhole * 100, high: own5[0].written / ownWhole * 100 }, false, context.policy)) return [];
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
  const rows = table.rows.filter((row, i) => i !== averageIndex && !OVERALL.test(labels[i]) && !isSubRow(row));
  if (rows.length < 2) return [];
  const claims = [];
  for (let c = 1; c < table.header.length; c++) {
    if (DERIVED_COLUMN.test(table.header[c]?.text ?? "") || ratioOfColumns(context, table, rows, c)) continue;
    const stated = quantityIn(context, average[c]);
    if (!stated || stated.bound || stated.approx) continue;
    const values = rows.map((row) => quantityIn(context, row[c], stated.dimension));
    if (values.some((q) => !q)) continue;
    const cell = average[c];
    claims.push({
      kind: "average-row",
      at: { unit: cell, start: stated.start, end: stated.end },
      binding: "structural",
      stated,
      values,
      about: `${cleanLabel(table.header[c]?.text ?? "")}, ${labels[averageIndex]} row`,
      reading: `${stated.raw} \u2194 mean of ${values.length} rows`
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
  for (const row of table.rows) {
    if (isSubRow(row) || OVERALL.test(cleanLabel(row[0]?.text ?? ""))) continue;
    const stated = quantityIn(context, row[c]);
    if (!stated || stated.bound || stated.approx) continue;
    const values = measured.map((i) => quantityIn(context, row[i], stated.dimension));
    if (values.some((q) => !q)) continue;
    const cell = row[c];
    claims.push({
      kind: "average-row",
      at: { unit: cell, start: stated.start, end: stated.end },
      binding: "structural",
      stated,
      values,
      across: true,
      about: `${cleanLabel(row[0]?.text ?? "")}, ${headers[c]} column`,
      reading: `${stated.raw} \u2194 mean of ${values.length} columns`
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
var WEIGHTS = /\bweigh|\bcoefficient|\bfactor\b|权重|加权/i;
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
    const entries = table.rows.filter((row) => !isSubRow(row)).map((row) => {
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
  if (!AVERAGE_LABEL.test(summary.label) && plain(summary.fraction) && parts2.every((e) => plain(e.fraction)) && summary.fraction.denominator.written === total) {
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
var RESULT_AFTER = /^[\s*_]*(?:[≈~][\s*_]*)?$/;
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
      const terms = expressionBefore(unit.text, eq, quantities);
      if (!terms || terms.length === 3 && terms[1]?.kind === "operator" && terms[1].op === "/" && result.dimension === "percent") continue;
      const expression = unit.text.slice(startOf(unit.text, terms), eq).trim();
      claims.push({ kind: "arithmetic", at: { unit, start: result.start, end: result.end }, binding: "tight", expression, terms, result, about: expression, reading: `${expression} = ${result.raw}` });
    }
  }
  return claims;
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
function expressionBefore(text3, eq, quantities) {
  const reversed = [];
  let j = eq - 1;
  let wordsSkipped = 0;
  for (; ; ) {
    while (j >= 0 && (text3[j] === " " || text3[j] === "*" && text3[j - 1] === "*")) j -= text3[j] === "*" ? 2 : 1;
    if (j < 0) break;
    const ch = text3[j];
    const q = quantities.find((x) => x.end === j + 1);
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
    if (op && (ch !== "x" || text3[j - 1] === " " && text3[j + 1] === " ")) {
      const last2 = reversed[reversed.length - 1];
      if (!last2 || last2.kind === "operator" || last2.kind === "close") break;
      reversed.push({ kind: "operator", op });
      j--;
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
    break;
  }
  const terms = reversed.reverse();
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
  const numbers = terms.filter((t) => t.kind === "number").length;
  const operators = terms.filter((t) => t.kind === "operator").length;
  return numbers >= 2 && operators >= 1 ? terms : null;
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
var EMPTY_MARK = /^(?:|[-–—]+|n\/?a|dnf|dq|dsq|unranked|not ranked|none)$/i;
var MEDAL_CELL = /^(🥇|🥈|🥉)\uFE0F?(?:\s*(?:#?\d{1,3}(?:st|nd|rd|th)?\.?|\((?:#?\d{1,3}(?:st|nd|rd|th)?)\)))?$/u;
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
  const number = NUMBER_CELL.exec(cell);
  if (number) return { rank: Number(number[1]), tied: false, form: "number" };
  const ordinal = ORDINAL_CELL.exec(cell);
  if (ordinal) return { rank: Number(ordinal[1]), tied: false, form: "ordinal" };
  const word = ORDINAL_WORD_CELL.exec(cell);
  if (word) return { rank: ORDINAL_WORDS[word[1].toLowerCase()], tied: false, form: "ordinal" };
  return null;
}
var ITEM_PREFIX = /^[\s*_]*(?:(🥇|🥈|🥉)\uFE0F?(?:\s*(?:#?\d{1,3}(?:st|nd|rd|th)?))?|(?:(T-?|=)|#)?(\d{1,3})(st|nd|rd|th)?(=)?|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))(\s+place)?[*_]*(?=[\s:.)\-—–,]|$)[\s:.)\-—–,]*/iu;
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
var RANKING_WORDS = /\b(?:ranked|ranks|sorted\s+by|ordered\s+by|leaderboard|standings|podium)\b|\brankings?\b(?=\s*(?:$|[(:—–|,.]|-\s|by\b|of\b|for\b|table\b|across\b))/i;
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
var BASIS_END = /\s(?:and|then|with|from|for|in|at|over|across|descending|ascending|desc|asc|highest|lowest|first|is|are|was|were)\b|[-–—→]/i;
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
var HIGHER_FIRST = /\b(?:highest|largest|biggest|greatest|most|longest|heaviest|costliest|priciest|descending|desc)\b|\bhigh(?:est)?\s*(?:→|->|to)\s*low(?:est)?\b/i;
var LOWER_FIRST = /\b(?:lowest|smallest|least|fewest|shortest|lightest|cheapest|ascending|asc)\b|\blow(?:est)?\s*(?:→|->|to)\s*high(?:est)?\b/i;
var WORSE_FIRST = /\b(?:worst|slowest|hotspots?|offenders|bottom)\b/i;
var BETTER_FIRST = /\b(?:best|fastest|leaders?)\b/i;
function directionOf(cue, polarity) {
  const higher = HIGHER_FIRST.test(cue);
  const lower = LOWER_FIRST.test(cue);
  if (higher && lower) return 0;
  if (higher) return 1;
  if (lower) return -1;
  const worse = WORSE_FIRST.test(cue);
  const better = BETTER_FIRST.test(cue);
  if (worse && better) return 0;
  if (worse) return polarity === 0 ? 0 : -polarity;
  return polarity;
}
var RANK_HIGHER = /\b(?:points?|pts|rating|ratings|stars?|votes?|wins?|elo|f1|auc|precision|recall|map|bleu|rouge|importance|gain|gains|sharpe|cagr|ops|qps|tps|fps)\b/i;
var RANK_LOWER = /\b(?:rank|loss|perplexity|mae|rmse|mse|wer|cer)\b/i;
function rankingPolarity(key) {
  if (RANK_LOWER.test(key)) return -1;
  if (RANK_HIGHER.test(key)) return 1;
  return 0;
}

// src/claims/rankings.ts
var RANK_HEADER = /^(?:overall |final |current )?(?:rank|ranking|position|pos\.?|place|placing|standing)$|^(?:🏆|🏅|medal)$/iu;
var INDEX_HEADER = /^(?:#|no\.?|nr\.?|n°|)$/i;
var ABOUT_RANK = /\brank|\bposition\b|Δ/i;
var AGGREGATE_RANK = /^(?:avg\.?|average|mean|median)\s+rank(?:ing)?$/i;
var NOT_A_KEY = /\b(?:version|ver|release|released|date|year|since|founded|created|updated|id|port|issue|ticket|pr|commit|build|sprint|phase|week|day|line|row|step|index)\b/i;
var KEY_HEADER = /^(?:(?:total|overall|final|avg\.?|average|mean|composite|weighted)\s+)?(?:score|total|overall|points|pts|rating)(?:\s*\(.*\))?$/i;
var NOT_APPLICABLE = /^(?:[-–—]+|n\/?a|na|tbd|tba|null|none|dnf|dq|dsq|—|\?|unknown|pending|)$/i;
var TIE_WORDS = /\b(?:tied?|ties|joint)\b/i;
var nameOf = (text3) => text3.replace(/[*_`]+/g, "").replace(/\s+/g, " ").trim().slice(0, 60);
function readRankings(context) {
  const claims = [];
  for (const table of context.doc.tables) {
    const claim2 = tableRanking(context, table);
    if (claim2) claims.push(claim2);
  }
  for (const items of context.doc.lists) {
    const claim2 = listRanking(context, items);
    if (claim2) claims.push(claim2);
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
  const rest = (cell.text.slice(0, q.start) + cell.text.slice(q.end)).replace(/[*_`()[\]~≈]/g, "");
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
  const words2 = normalizeLabel(basis).split(" ").filter((w) => w.length > 2);
  if (words2.length > 0 && texts.every((t) => words2.some((w) => t.toLowerCase().includes(w)))) return true;
  return BASIS_DIMENSIONS.some(([pattern, dimension]) => pattern.test(basis) && values.every((q) => q.dimension === dimension));
}
function valueLabel(text3, value2) {
  const after = /^\s*([A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*)?)/.exec(text3.slice(value2.end))?.[1];
  return after && !/^(?:and|or|with|vs|in|on|at|to|from|by|for|the|a|an)\b/i.test(after) ? after : "";
}
var TRAILING_LINK = /(?:[:—–=(,]|-|\bwith|\bat|\bscored|\bscoring|\bscores|\bhas|\bwas|\bis)$/i;
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
var OPEN_AFTER = /^[ \t]*(?:\([ \t]*(?:progress:?[ \t]*)?|[—–-][ \t]*|,[ \t]*)$/;
var CLOSE_AFTER = new RegExp(`^[ \\t]*(?:${PROGRESS}[ \\t]*)?(?:\\)|$|[,;.](?!\\d))`, "i");
var DASH_CLOSE = new RegExp(`^[ \\t]*(?:${PROGRESS}[ \\t]*)?(?:$|[,;.)](?!\\d))`, "i");
var COMMA_CLOSE = new RegExp(`^[ \\t]*${PROGRESS}[ \\t]*(?:$|[,;.)](?!\\d))`, "i");
var BETWEEN_BEFORE = new RegExp(`^[ \\t]*(?:${PROGRESS}[ \\t]*)?(?:\\(|at[ \\t]|in[ \\t]|[\u2014\u2013-])[ \\t]*$`, "i");
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
  const dash = /[—–-]/.exec(text3.slice(end, range.end));
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
  if (!BETWEEN_BEFORE.test(between)) return null;
  if (between.includes("(") && !/^[ \t]*\)/.test(text3.slice(end))) return null;
  return percent;
}

// src/claims/extract.ts
var READERS = [readFractionPercents, readChanges, readTotals, readCounts, readTargetStatuses, readCountRates, readDurations, readDateSpans, readSequenceProgress, readBounds, readSummaryRows, readArithmetic, readRankings];
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
    let cached = tokenCache.get(unit);
    if (!cached) {
      cached = tokenize(unit.text);
      tokenCache.set(unit, cached);
    }
    return cached;
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
  for (const claim2 of claims) {
    const assigned = ruleFor.get(claim2.kind);
    let verdict = assigned ? assigned.rule.verify(claim2, assigned.context) : { status: "unverifiable", reason: "no enabled rule checks this kind of claim" };
    if (verdict.status === "contradicted" && claim2.doubt) verdict = { status: "unverifiable", reason: `${verdict.message}, but ${claim2.doubt}` };
    let severity;
    if (verdict.status === "verified") for (const place of verdict.checked) verifiedNumbers.add(offsetOf(place));
    if (verdict.status === "contradicted" && assigned) {
      severity = severityFor(assigned.severity, claim2.binding, verdict.atMost);
      const at2 = verdict.at ?? claim2.at;
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
    if (verdict.status === "unverifiable" && verdict.notice && assigned && !suppresses(directives, assigned.rule.meta.id, lineOf2(claim2.at))) {
      findings.push(toFinding(doc, options.file, assigned.rule.meta.id, "notice", claim2.at, { status: "contradicted", message: verdict.notice.message, sources: verdict.notice.sources }));
    }
    if (options.listClaims) views.push(viewOf(doc, claim2, assigned?.rule.meta.id, verdict, severity));
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
function viewOf(doc, claim2, rule, verdict, severity) {
  const at2 = verdict.status === "contradicted" ? verdict.at ?? claim2.at : claim2.at;
  const span = at2.unit.sourceSpan(at2.start, at2.end);
  const offset = span.start;
  const place = doc.index.place(offset);
  const end = doc.index.place(span.end);
  const view = {
    line: place.line,
    column: place.column,
    endLine: end.line,
    endColumn: end.column,
    kind: claim2.kind,
    binding: claim2.binding,
    about: claim2.about,
    reading: claim2.reading,
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
  const own5 = frontMatterConfig(file, source);
  return own5 ? { config: mergeConfig(base, own5, base.source), frontMatter: true } : { config: base, frontMatter: false };
}

// src/check-markdown.ts
function check(markdown, options = {}) {
  const file = options.file ?? "<input>";
  const source = markdown.charCodeAt(0) === 65279 ? markdown.slice(1) : markdown;
  const { config } = configForReport(file, source, options.config ?? defaultConfig());
  const doc = buildDocument(source, { codeBlocks: config.codeBlocks });
  const { findings, claims, claimList } = runRules(doc, {
    file,
    rules: RULES,
    severities: { ...config.severities, ...options.rules },
    metrics: options.metrics,
    policy: config.policy,
    ignore: config.ignore,
    reportUnusedDisable: options.reportUnusedDisable,
    listClaims: options.listClaims
  });
  return claimList ? { file, findings, claims, claimList } : { file, findings, claims };
}

// src/metrics/load.ts
import { open, stat } from "node:fs/promises";

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

// src/metrics/parsers/recount-file.ts
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
  } catch (error) {
    if (error instanceof YamlLimitError) throw new MetricsError(file, error.offset === null ? null : lineColumnOf(text3, error.offset), `refused: ${error.message}`);
    throw error;
  }
  const parsed = RecountMetricsFileSchema.safeParse(value2);
  if (!parsed.success) {
    const issue = deepestIssue(parsed.error.issues[0]);
    const node2 = doc.getIn(issue.path, true);
    const place = node2?.range ? lineColumnOf(text3, node2.range[0]) : null;
    throw new MetricsError(file, place, `${issue.path.join(".") || "(top level)"}: ${issue.message}`);
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

// src/metrics/parsers/lcov.ts
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
var FIELDS = { LF: "lines found", LH: "lines hit", FNF: "functions found", FNH: "functions hit", BRF: "branches found", BRH: "branches hit" };
async function parseLcov(file) {
  const sums = { LF: 0, LH: 0, FNF: 0, FNH: 0, BRF: 0, BRH: 0 };
  let records = 0;
  let lineNumber = 0;
  const lines = createInterface({ input: createReadStream(file, { encoding: "utf8" }), crlfDelay: Infinity });
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

// src/metrics/parsers/load-tests.ts
function parseK6(file, text3) {
  const json = parseJson(file, text3);
  const metrics = at(json, "metrics");
  if (!metrics || typeof metrics !== "object") throw new MetricsError(file, null, 'not a k6 summary: no "metrics" object');
  const list2 = new MetricList(file);
  const value2 = (metric, key) => {
    for (const path of [`metrics.${metric}.values.${key}`, `metrics.${metric}.${key}`]) {
      const found = pick3(json, path);
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
function pick3(json, path) {
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

// src/metrics/parsers/prometheus.ts
import { createReadStream as createReadStream2 } from "node:fs";
import { createInterface as createInterface2 } from "node:readline";
var SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[^}]*\})?\s+(\S+)(?:\s+-?\d+)?$/;
async function parsePrometheus(file) {
  const list2 = new MetricList(file);
  let lineNumber = 0;
  const lines = createInterface2({ input: createReadStream2(file, { encoding: "utf8" }), crlfDelay: Infinity });
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

// src/metrics/load.ts
async function head(file) {
  const handle = await open(file, "r");
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
  const { size } = await stat(file);
  const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
  if (size > limit) throw new MetricsError(file, null, `refused: ${mb(size)} MB is over the ${mb(limit)} MB limit for a ${format} file, which is read whole`);
  try {
    return readGuardedFile(file, limit).toString("utf8");
  } catch (error) {
    throw error instanceof RefusedFile ? new MetricsError(file, null, `not read: ${error.reason}`) : error;
  }
}
async function parseMetricsFile(file, forced) {
  let start;
  try {
    const why = refusal(file, MAX_METRICS_BYTES);
    if (why) throw new MetricsError(file, null, `not read: ${why}`);
    start = await head(file);
  } catch (error) {
    throw error instanceof MetricsError ? error : new MetricsError(file, null, describeIoError(error));
  }
  const format = forced ?? detectFormat(start);
  if (!format) throw new MetricsError(file, null, `unsupported metrics file: expected one of ${METRICS_FORMATS.join(", ")} (use --metrics-format to say which)`);
  switch (format) {
    // The XML and streaming-JSON parsers load only when a file needs them (not on a plain check).
    case "junit":
      return (await import("./junit-2WTU6YHQ.js")).parseJunit(file);
    case "coverage-final":
      return (await import("./coverage-J75KM4VE.js")).parseCoverageFinal(file);
    case "lcov":
      return parseLcov(file);
    case "prometheus":
      return parsePrometheus(file);
    default: {
      const text3 = await readWhole(file, format);
      if (format === "recount") return parseRecountFile(file, text3);
      if (format === "coverage-summary") return (await import("./coverage-J75KM4VE.js")).parseCoverageSummary(file, text3);
      if (format === "k6") return parseK6(file, text3);
      return parseAutocannon(file, text3);
    }
  }
}
async function loadMetrics(patterns, forced) {
  const metrics = [];
  const errors = [];
  for (const pattern of patterns) {
    const files = /[*?{[]/.test(pattern) ? (await glob(pattern)).filter((f) => !MARKDOWN_EXTENSIONS.test(f)).sort() : [pattern];
    if (files.length === 0) errors.push(new MetricsError(pattern, null, "no metrics file matches this pattern"));
    for (const file of files) {
      try {
        metrics.push(...await parseMetricsFile(file, forced));
      } catch (error) {
        errors.push(error instanceof MetricsError ? error : new MetricsError(file, null, error.message));
      }
    }
  }
  return { metrics, errors };
}

export {
  parseMarkdown,
  SEVERITY_RANK,
  configForReport,
  check,
  loadMetrics
};
