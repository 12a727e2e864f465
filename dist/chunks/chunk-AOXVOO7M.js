const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
import {
  ApprovalsSchema,
  AssessmentSchema,
  CAPABILITY_LABEL,
  CONCLUSION_LABEL,
  CapabilitySchema,
  CapabilityStatusSchema,
  FINGERPRINT_PREFIX_LENGTH,
  LedgerEntrySchema,
  ModelConfigSchema,
  PRESETS,
  PathsSchema,
  PolicySchema,
  RiskReportSchema,
  RiskReportsSchema,
  SAFEGUARD_LABEL,
  SEVERITIES,
  SEVERITY_LABEL,
  SafeguardSchema,
  UNSET,
  attestationState,
  axisMax,
  boundText,
  chartedRule,
  checkFolderModels,
  codeBlock,
  codeSpan,
  commandText,
  compareText,
  countSeverities,
  createHash,
  diffTrees,
  escapeHtmlText,
  escapeMarkdown,
  evalNames,
  findPreset,
  findingLine,
  formatNumber,
  hasErrors,
  indexModels,
  isPassing,
  leastStatus,
  locationText,
  modelFromFolder,
  modelIsNamed,
  modelsInScope,
  namesAny,
  numberOrDash,
  outdatedBecause,
  parseCommands,
  plural,
  pushTo,
  recordMeasuresRule,
  safeUrl,
  sortAttestations,
  sortFindings,
  statusRank,
  valueText,
  worstStatus
} from "./chunk-KGZTP6J2.js";
import {
  dirname,
  join,
  readFile,
  readText
} from "./chunk-OX4INR5Z.js";
import {
  isPlainObject,
  parseYaml,
  schemaFindings,
  validate,
  yamlOfFile
} from "./chunk-KFQVW6SN.js";
import {
  _enum,
  array,
  finding,
  isAfterReference,
  literal,
  nameKey,
  number,
  parseDate,
  strictObject,
  string
} from "./chunk-DKXZQWQK.js";
import {
  __commonJS,
  __toESM
} from "./chunk-Q5ALM6UT.js";

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
      const append2 = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append2}`;
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
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
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
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
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
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
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
    var parse = (input, options) => {
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
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
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
      const append2 = (token) => {
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
        if (tok.value || tok.output) append2(tok);
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
            const expression = parse(rest, { ...options, fastpaths: false }).output;
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
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
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
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
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
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
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
          append2({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append2({ value });
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
          append2({ value });
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
    parse.fastpaths = (input, options) => {
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
      } = constants.globChars(opts.windows);
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
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch3(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch3.compileRe(glob, options) : picomatch3.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex, options, { glob, posix });
        const result = { glob, state, regex, posix, input, output, match, isMatch };
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
    picomatch3.test = (input, regex, options, { glob, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob, options, posix = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch3.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch3.isMatch = (str, patterns, options) => picomatch3(patterns, options)(str);
    picomatch3.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch3.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch3.scan = (input, options) => scan(input, options);
    picomatch3.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append2 = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append2}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch3.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch3.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch3.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch3.constants = constants;
    module.exports = picomatch3;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch3(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    Object.assign(picomatch3, pico);
    module.exports = picomatch3;
  }
});

// src/report/json.ts
function toJsonReport(verdict) {
  return `${JSON.stringify(verdict, null, 2)}
`;
}

// builtin:node:url
var builtin = process.getBuiltinModule("node:url");
var fileURLToPath = /* @__PURE__ */ (() => builtin.fileURLToPath)();

// src/run/tool.ts
async function packageVersion(from = import.meta.url) {
  let dir = dirname(fileURLToPath(from));
  for (; ; ) {
    const text2 = await readFile(join(dir, "package.json"), "utf8").catch(() => void 0);
    const pkg = text2 === void 0 ? void 0 : JSON.parse(text2);
    if (pkg?.name === "rsp-gate" && typeof pkg.version === "string") return pkg.version;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("the package.json of rsp-gate was not found");
    dir = parent;
  }
}
var current;
function currentTool() {
  current ??= packageVersion().then(
    (version) => ({ name: "rsp-gate", version }),
    () => ({ name: "rsp-gate", version: "unknown" })
  );
  return current;
}

// src/commands/authorize.ts
function sameLogin(a, b) {
  return a.toLowerCase() === b.toLowerCase();
}
function commentCounts(author) {
  if (author.isBot) return { allowed: false, reason: `${author.login} is a bot account; commands from bots do not count` };
  if (author.editor !== null && !sameLogin(author.editor, author.login)) {
    return {
      allowed: false,
      reason: `the comment was edited by ${author.editor}, not by its author ${author.login}; commands in it do not count (post a new comment)`
    };
  }
  return { allowed: true, via: "comment author" };
}
async function hasWriteAccess(login, access) {
  const permission = await access.repoPermission(login);
  if (permission === "admin" || permission === "write") return { allowed: true, via: `${permission} access` };
  return { allowed: false, reason: `${login} has ${permission} access to this repository; write access is needed` };
}
async function isOneOf(principals, login, access, role) {
  if (principals.length === 0) return { allowed: false, reason: `the policy names no ${role}` };
  const unreadable = [];
  for (const principal of principals) {
    const team = parseTeam(principal);
    if (!team) {
      if (sameLogin(principal.replace(/^@/, ""), login)) return { allowed: true, via: `listed as ${role}` };
      continue;
    }
    const membership = await access.teamMembership(team.org, team.slug, login);
    if (membership.state === "member") return { allowed: true, via: `member of @${team.org}/${team.slug}` };
    if (membership.state === "unknown") unreadable.push(`@${team.org}/${team.slug} (${membership.reason})`);
  }
  const listed = principals.join(", ");
  const reason = `${login} is not one of the ${role} (${listed})`;
  if (unreadable.length === 0) return { allowed: false, reason };
  return {
    allowed: false,
    reason: `${reason}; team membership could not be checked for ${unreadable.join("; ")}, so only the users listed by name count`
  };
}
async function isCurrentlyOneOf(principals, login, access, role) {
  const listed = await isOneOf(principals, login, access, role);
  if (!listed.allowed) return listed;
  const writer = await hasWriteAccess(login, access);
  if (!writer.allowed)
    return {
      allowed: false,
      reason: `${writer.reason}; ${login} is listed as one of the ${role}, but only people who can still write to it count`
    };
  return listed;
}
function parseTeam(principal) {
  const match = /^@?([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)$/.exec(principal);
  return match ? { org: match[1], slug: match[2] } : void 0;
}
function memoizeAccess(access) {
  const permissions = /* @__PURE__ */ new Map();
  const memberships = /* @__PURE__ */ new Map();
  return {
    repoPermission(login) {
      const key = login.toLowerCase();
      const known = permissions.get(key);
      if (known) return known;
      const asked = access.repoPermission(login);
      permissions.set(key, asked);
      return asked;
    },
    teamMembership(org, team, login) {
      const key = `${org}/${team}/${login}`.toLowerCase();
      const known = memberships.get(key);
      if (known) return known;
      const asked = access.teamMembership(org, team, login);
      memberships.set(key, asked);
      return asked;
    }
  };
}

// src/commands/handler.ts
function sourceOf(comment) {
  return { kind: comment.kind ?? "comment", id: comment.id, ...comment.url === void 0 ? {} : { url: comment.url } };
}
function commandTime(comment) {
  return comment.lastEditedAt ?? comment.createdAt;
}
function headChangedSince(ctx) {
  if (ctx.headPushedBy === null) return true;
  const pushed = Date.parse(ctx.headPushedBy);
  const at = Date.parse(commandTime(ctx.comment));
  if (Number.isNaN(pushed) || Number.isNaN(at)) return true;
  return at <= pushed;
}
function headUntimed(ctx) {
  if (ctx.headPushedBy !== null) return void 0;
  return "GitHub shows no check suite on the PR head, so rsp-gate cannot tell that this comment came after the latest push";
}

// src/engine/ledger-entries.ts
function notEvaluatedReason(model, evaluated) {
  return `this PR does not evaluate a model "${model}" (evaluated: ${evaluated.join(", ") || "none"})`;
}
var NOTHING_TO_APPROVE = "This PR does not change the policy, so there is nothing to approve.";
function entry(command, c, outcome) {
  const source = c.source ?? { kind: "comment", ...c.url === void 0 ? {} : { url: c.url } };
  const e = { command, user: c.by, at: c.at, source, counted: outcome.reason === void 0 };
  if ("model" in c && c.model !== void 0) e.model = c.model;
  if ("safeguard" in c) e.safeguard = c.safeguard;
  if (c.fingerprint !== void 0) e.fingerprint = c.fingerprint;
  if (outcome.reason !== void 0) e.reason = outcome.reason;
  return e;
}
function targets(models, name) {
  return name === void 0 ? [...models] : models.filter((m) => modelIsNamed(m.config, name));
}
function covers(command, m, safeguard) {
  return command.safeguard === safeguard && (command.model === void 0 || modelIsNamed(m.config, command.model));
}
function attestationGap(a, later, m) {
  const safeguard = m.verdict.safeguards.find((s) => s.id === a.safeguard);
  if (safeguard === void 0) return `${m.verdict.id} does not need ${a.safeguard} at ${m.verdict.requiredLevel}`;
  if (safeguard.status === "satisfied") return `${m.verdict.id} has ${a.safeguard} in its ledger at the base already`;
  const revocation = later.find((r) => r.kind === "revoke" && covers(r, m, a.safeguard));
  if (revocation !== void 0) return `revoked by ${revocation.by} at ${revocation.at}`;
  return outdatedBecause(a, m.verdict.fingerprint);
}
function attestationReason(a, later, input) {
  const applies = targets(input.models, a.model);
  if (applies.length === 0)
    return notEvaluatedReason(
      a.model ?? "",
      input.models.map((m) => m.verdict.id)
    );
  const gaps = applies.map((m) => ({ id: m.verdict.id, gap: attestationGap(a, later, m) }));
  if (gaps.some((g) => g.gap === void 0)) return void 0;
  return gaps.length === 1 ? gaps[0].gap : gaps.map((g) => `${g.id}: ${g.gap}`).join("; ");
}
function attestationEntries(input) {
  return input.attestations.map((a, i) => {
    const applies = targets(input.models, a.model);
    if (a.kind === "revoke") {
      const reason = applies.length > 0 ? void 0 : notEvaluatedReason(
        a.model ?? "",
        input.models.map((m) => m.verdict.id)
      );
      return entry("revoke", a, { reason });
    }
    return entry("attest", a, { reason: attestationReason(a, input.attestations.slice(i + 1), input) });
  });
}
function approvalEntries(input) {
  const policy = input.policyApprovals.map(
    (a) => entry("approve-policy", a, { reason: input.policyChanged ? outdatedBecause(a, input.policyFingerprint) : NOTHING_TO_APPROVE })
  );
  const assessment = input.assessmentApprovals.map((a) => {
    const [model] = targets(input.models, a.model);
    const reason = model === void 0 ? notEvaluatedReason(
      a.model,
      input.models.map((m) => m.verdict.id)
    ) : outdatedBecause(a, model.verdict.fingerprint);
    return entry("approve-assessment", a, { reason });
  });
  return [...policy, ...assessment];
}
function buildLedger(input) {
  const all = [...input.refused, ...attestationEntries(input), ...approvalEntries(input)];
  const time = (e) => parseDate(e.at)?.instant ?? -Infinity;
  const keyed = all.map((entry2) => ({ entry: entry2, time: time(entry2), key: JSON.stringify(entry2) }));
  keyed.sort((a, b) => (a.time === b.time ? 0 : a.time < b.time ? -1 : 1) || compareText(a.key, b.key));
  return keyed.map((k) => k.entry);
}

// src/commands/handlers/approve-assessment.ts
function assessors(ctx) {
  const { assessment, policy } = ctx.policy.approvals;
  return assessment.length > 0 ? { list: assessment, role: "assessors (approvals.assessment)" } : { list: policy, role: "assessors (approvals.assessment, or else approvals.policy)" };
}
function knownModel(command, ctx) {
  if (ctx.models === void 0) return void 0;
  const name = command.model.toLowerCase();
  const known = ctx.models.some((m) => m.id.toLowerCase() === name || m.aliases.some((a) => a.toLowerCase() === name));
  return known ? void 0 : { allowed: false, reason: `no model "${command.model}" is defined at the PR head` };
}
var approveAssessment = {
  help: {
    usage: "`/rsp approve-assessment <model-id> [fp:<hex>]`",
    does: "Attest this PR's claims about a model (last_assessment, lower effective_compute or declared_level, removed results); `fp:` binds it to the fingerprint the report shows",
    who: "The assessors (`approvals.assessment`, or else `approvals.policy`), not the PR author unless the policy allows it"
  },
  async authorize(command, ctx) {
    const counts = commentCounts(ctx.comment.author);
    if (!counts.allowed) return counts;
    const unknown = knownModel(command, ctx);
    if (unknown) return unknown;
    const login = ctx.comment.author.login;
    if (sameLogin(login, ctx.prAuthor) && !ctx.policy.approvals.self_attestation) {
      return {
        allowed: false,
        reason: `${login} opened this PR and the policy does not let authors attest their own claims (approvals.self_attestation)`
      };
    }
    const { list, role } = assessors(ctx);
    const assessor = await isCurrentlyOneOf(list, login, ctx.access, role);
    if (!assessor.allowed || command.fingerprint !== void 0) return assessor;
    const untimed = headUntimed(ctx);
    if (untimed !== void 0)
      return {
        allowed: false,
        reason: `${untimed}; attest with the fingerprint the report shows instead: /rsp approve-assessment ${command.model} fp:<fingerprint>`
      };
    return assessor;
  },
  apply(command, ctx, inputs) {
    const approval = {
      model: command.model,
      by: ctx.comment.author.login,
      at: commandTime(ctx.comment),
      source: sourceOf(ctx.comment)
    };
    if (command.fingerprint !== void 0) approval.fingerprint = command.fingerprint;
    else approval.headChangedSince = headChangedSince(ctx);
    if (ctx.comment.url !== void 0) approval.url = ctx.comment.url;
    inputs.assessmentApprovals.push(approval);
  },
  after(command, verdict) {
    if (verdict === void 0) return {};
    const name = command.model.toLowerCase();
    if (verdict.models.some((m) => m.id.toLowerCase() === name)) return {};
    return {
      refused: notEvaluatedReason(
        command.model,
        verdict.models.map((m) => m.id)
      )
    };
  }
};

// src/commands/handlers/approve-policy.ts
var approvePolicy = {
  help: {
    usage: "`/rsp approve-policy [fp:<hex>]`",
    does: "Approve the policy change this PR makes; `fp:` binds it to the policy text the report names",
    who: "The policy approvers (`approvals.policy`)"
  },
  async authorize(command, ctx) {
    const counts = commentCounts(ctx.comment.author);
    if (!counts.allowed) return counts;
    const login = ctx.comment.author.login;
    if (sameLogin(login, ctx.prAuthor) && !ctx.policy.approvals.self_approval) {
      return {
        allowed: false,
        reason: `${login} opened this PR and the policy does not let authors approve their own policy change (approvals.self_approval)`
      };
    }
    const approver = await isCurrentlyOneOf(
      ctx.policy.approvals.policy,
      ctx.comment.author.login,
      ctx.access,
      "policy approvers (approvals.policy)"
    );
    if (!approver.allowed || command.fingerprint !== void 0) return approver;
    const untimed = headUntimed(ctx);
    if (untimed !== void 0)
      return {
        allowed: false,
        reason: `${untimed}; approve with the fingerprint the report shows instead: /rsp approve-policy fp:<fingerprint>`
      };
    return approver;
  },
  apply(command, ctx, inputs) {
    const approval = { by: ctx.comment.author.login, at: commandTime(ctx.comment), source: sourceOf(ctx.comment) };
    if (command.fingerprint !== void 0) approval.fingerprint = command.fingerprint;
    else approval.headChangedSince = headChangedSince(ctx);
    if (ctx.comment.url !== void 0) approval.url = ctx.comment.url;
    inputs.approvals.push(approval);
  },
  after(_command, verdict) {
    return verdict === void 0 || verdict.policy.changed ? {} : { show: { kind: "note", text: NOTHING_TO_APPROVE } };
  }
};

// src/commands/handlers/safeguard-target.ts
function checkSafeguardTarget(command, ctx) {
  const safeguard = ctx.policy.safeguards.find((s) => s.id === command.safeguard);
  if (!safeguard) {
    const known = ctx.policy.safeguards.map((s) => s.id).join(", ") || "none";
    return { allowed: false, reason: `the policy defines no safeguard "${command.safeguard}" (known: ${known})` };
  }
  if (command.model !== void 0 && ctx.models !== void 0) {
    const name = command.model.toLowerCase();
    const known = ctx.models.some((m) => m.id.toLowerCase() === name || m.aliases.some((a) => a.toLowerCase() === name));
    if (!known) return { allowed: false, reason: `no model "${command.model}" is defined at the PR head` };
  }
  return { allowed: true, safeguard };
}
function notEvaluatedHere(command, verdict) {
  if (command.model === void 0) return void 0;
  const name = command.model.toLowerCase();
  if (verdict.models.some((m) => m.id.toLowerCase() === name)) return void 0;
  const tookEffect = verdict.models.some((m) => m.safeguards.some((s) => s.id === command.safeguard && s.status === "attested"));
  if (command.name === "attest" && tookEffect) return void 0;
  return notEvaluatedReason(
    command.model,
    verdict.models.map((m) => m.id)
  );
}

// src/commands/handlers/attest.ts
var attest = {
  help: {
    usage: "`/rsp attest <safeguard-id> [model-id] [fp:<hex>]`",
    does: "Affirm a required safeguard is in place; `fp:` binds it to the evidence the checklist shows",
    who: "The safeguard's owners (not the PR author, unless the policy allows it)"
  },
  async authorize(command, ctx) {
    const counts = commentCounts(ctx.comment.author);
    if (!counts.allowed) return counts;
    const target = checkSafeguardTarget(command, ctx);
    if (!target.allowed) return target;
    const login = ctx.comment.author.login;
    if (sameLogin(login, ctx.prAuthor) && !ctx.policy.approvals.self_attestation) {
      return {
        allowed: false,
        reason: `${login} opened this PR and the policy does not let authors attest their own PR (approvals.self_attestation)`
      };
    }
    const owner = await isCurrentlyOneOf(target.safeguard.owners, login, ctx.access, `owners of ${command.safeguard}`);
    if (!owner.allowed || command.fingerprint !== void 0) return owner;
    const untimed = headUntimed(ctx);
    if (untimed !== void 0) {
      const form = ["/rsp attest", command.safeguard, command.model ?? "<model>", "fp:<fingerprint>"].join(" ");
      return { allowed: false, reason: `${untimed}; attest with the fingerprint the checklist shows instead: ${form}` };
    }
    return owner;
  },
  apply(command, ctx, inputs) {
    const attestation = {
      kind: "attest",
      safeguard: command.safeguard,
      by: ctx.comment.author.login,
      at: commandTime(ctx.comment),
      source: sourceOf(ctx.comment)
    };
    if (command.model !== void 0) attestation.model = command.model;
    if (command.fingerprint !== void 0) attestation.fingerprint = command.fingerprint;
    else attestation.headChangedSince = headChangedSince(ctx);
    if (ctx.comment.url !== void 0) attestation.url = ctx.comment.url;
    inputs.attestations.push(attestation);
  },
  after(command, verdict) {
    const refused = verdict === void 0 ? void 0 : notEvaluatedHere(command, verdict);
    return refused === void 0 ? {} : { refused };
  }
};

// src/commands/handlers/evaluate.ts
var evaluate = {
  help: { usage: "`/rsp evaluate`", does: "Evaluate the PR again", who: "Anyone with write access" },
  async authorize(_command, ctx) {
    const counts = commentCounts(ctx.comment.author);
    if (!counts.allowed) return counts;
    return hasWriteAccess(ctx.comment.author.login, ctx.access);
  }
};

// src/commands/handlers/explain.ts
var explain = {
  help: { usage: "`/rsp explain [model-id]`", does: "Show why each capability has its status", who: "Anyone" },
  async authorize(_command, ctx) {
    return commentCounts(ctx.comment.author);
  },
  after(command, verdict) {
    if (verdict === void 0) return { refused: "the PR could not be evaluated" };
    const models = pick(verdict, command.model);
    if (models.length === 0) {
      const evaluated = verdict.models.map((m) => m.id).join(", ") || "none";
      const refused = command.model === void 0 ? "this PR evaluates no model" : `this PR does not evaluate a model "${command.model}" (evaluated: ${evaluated})`;
      return { refused };
    }
    return { show: { kind: "explain", models } };
  }
};
function pick(verdict, model) {
  const ids = verdict.models.map((m) => m.id);
  if (model === void 0) return ids;
  return ids.filter((id) => id.toLowerCase() === model.toLowerCase());
}

// src/commands/handlers/help.ts
var help = {
  help: { usage: "`/rsp help`", does: "This table", who: "Anyone" },
  async authorize(_command, ctx) {
    return commentCounts(ctx.comment.author);
  },
  after() {
    return { show: { kind: "help" } };
  }
};

// src/commands/handlers/revoke.ts
var revoke = {
  help: { usage: "`/rsp revoke <safeguard-id> [model-id]`", does: "Withdraw an attestation", who: "The safeguard's owners" },
  async authorize(command, ctx) {
    const counts = commentCounts(ctx.comment.author);
    if (!counts.allowed) return counts;
    const target = checkSafeguardTarget(command, ctx);
    if (!target.allowed) return target;
    return isOneOf(target.safeguard.owners, ctx.comment.author.login, ctx.access, `owners of ${command.safeguard}`);
  },
  apply(command, ctx, inputs) {
    const revocation = {
      kind: "revoke",
      safeguard: command.safeguard,
      by: ctx.comment.author.login,
      at: commandTime(ctx.comment),
      source: sourceOf(ctx.comment)
    };
    if (command.model !== void 0) revocation.model = command.model;
    if (ctx.comment.url !== void 0) revocation.url = ctx.comment.url;
    inputs.attestations.push(revocation);
  },
  after(command, verdict) {
    const refused = verdict === void 0 ? void 0 : notEvaluatedHere(command, verdict);
    return refused === void 0 ? {} : { refused };
  }
};

// src/commands/registry.ts
var HANDLERS = {
  evaluate,
  attest,
  revoke,
  "approve-policy": approvePolicy,
  "approve-assessment": approveAssessment,
  explain,
  help
};
var COMMAND_HELP = Object.values(HANDLERS).map((h) => h.help);
function handlerFor(command) {
  return HANDLERS[command.name];
}
function carriesState(command) {
  return command.name === "attest" || command.name === "revoke" || command.name === "approve-policy" || command.name === "approve-assessment";
}

// src/commands/collect.ts
async function collectCommands(input) {
  const access = memoizeAccess(input.access);
  const inputs = { attestations: [], approvals: [], assessmentApprovals: [], ledger: [] };
  let trigger;
  const decided = [];
  const ordered = [...input.comments].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : 1));
  for (const comment of ordered) {
    const isTrigger = comment.id === input.triggerId;
    const parsed = parseCommands(comment.body);
    const ctx = {
      comment,
      policy: input.policy,
      prAuthor: input.prAuthor,
      headPushedBy: input.headPushedBy,
      access,
      ...input.models === void 0 ? {} : { models: input.models }
    };
    const outcomes = [];
    for (const command of parsed.commands) {
      if (!isTrigger && !carriesState(command)) continue;
      const handler = handlerFor(command);
      const decision = await handler.authorize(command, ctx);
      if (decision.allowed) handler.apply?.(command, ctx, inputs);
      else if (carriesState(command)) inputs.ledger.push(refusedEntry(command, comment, decision.reason));
      outcomes.push({ command, decision });
    }
    if (isTrigger) trigger = { comment, outcomes, errors: parsed.errors };
    if (outcomes.length > 0 || parsed.errors.length > 0) decided.push({ comment, outcomes, errors: parsed.errors });
  }
  return trigger === void 0 ? { inputs, decided } : { inputs, trigger, decided };
}
function refusedEntry(command, comment, reason) {
  const entry2 = {
    command: command.name,
    user: comment.author.login,
    at: commandTime(comment),
    source: sourceOf(comment),
    counted: false,
    reason
  };
  if ("safeguard" in command) entry2.safeguard = command.safeguard;
  if ("model" in command && command.model !== void 0) entry2.model = command.model;
  if ("fingerprint" in command && command.fingerprint !== void 0) entry2.fingerprint = command.fingerprint;
  return entry2;
}
async function preflight(comment, prAuthor, access) {
  const parsed = parseCommands(comment.body);
  if (parsed.commands.some((c) => c.name !== "evaluate" && c.name !== "help")) return { evaluate: true };
  const ctx = { comment, prAuthor, access };
  const outcomes = [];
  for (const command of parsed.commands) {
    if (command.name === "evaluate") outcomes.push({ command, decision: await evaluate.authorize(command, ctx) });
    else if (command.name === "help") outcomes.push({ command, decision: await help.authorize(command, ctx) });
  }
  if (outcomes.some((o) => o.command.name === "evaluate" && o.decision.allowed)) return { evaluate: true };
  return { evaluate: false, trigger: { comment, outcomes, errors: parsed.errors } };
}

// src/report/explain.ts
function explainModel(model) {
  const { icon, word } = CONCLUSION_LABEL[model.conclusion];
  const lines = [
    `**${escapeMarkdown(model.id)}**: ${icon} ${word}; requires ${escapeMarkdown(model.requiredLevel)}, declares ${escapeMarkdown(model.declaredLevel)}`
  ];
  for (const c of model.capabilities) {
    const label = CAPABILITY_LABEL[c.status];
    lines.push(
      `- ${label.icon} ${codeSpan(c.id)} ${escapeMarkdown(c.title)}: **${label.word}** (requires ${escapeMarkdown(c.requires)}). ${escapeMarkdown(c.reason)}`
    );
    for (const e of c.evidence) lines.push(`  - ${explainEvidence(e)}`);
  }
  if (model.capabilities.length === 0) lines.push("- The policy defines no capabilities.");
  return lines.join("\n");
}
function explainEvidence(e) {
  const where = locationText(e.file, e.line);
  const source = where === "" ? "" : ` from ${codeSpan(where)}`;
  const numbers = `${valueText(e)}, bound ${boundText(e)}, alert ${numberOrDash(e.alert)}, threshold ${numberOrDash(e.threshold)}`;
  return `${codeSpan(`${e.eval} / ${e.metric}`)}: ${numbers}${source}: **${CAPABILITY_LABEL[e.status].word}**. ${escapeMarkdown(e.reason)}`;
}
function blockers(model, shared) {
  const errors = [...shared, ...model.findings].filter((f) => f.severity === "error");
  const lines = errors.length > 0 ? [`${plural(errors.length, "error")}, for the PR's author to fix:`, ...errors.map(findingLine)] : [];
  const byOwner = /* @__PURE__ */ new Map();
  for (const s of model.safeguards.filter((s2) => s2.status === "pending")) {
    for (const owner of s.owners.length > 0 ? s.owners : ["nobody (the policy names no owner)"]) pushTo(byOwner, owner, s.id);
  }
  if (byOwner.size > 0) lines.push(`${plural([...byOwner.values()].flat().length, "pending attestation")}, for their owners:`);
  for (const [owner, ids] of byOwner) lines.push(`- ${escapeMarkdown(owner)} can attest ${ids.map((id) => codeSpan(id)).join(", ")}`);
  return lines;
}
function explainWithCause(model, verdict) {
  const { icon, word } = CONCLUSION_LABEL[model.conclusion];
  const why = isPassing(model) ? [`${icon} **${escapeMarkdown(model.id)}** passes (${word}): nothing blocks it.`] : [`${icon} **${escapeMarkdown(model.id)}** is not green (${word}) because:`, "", ...blockers(model, verdict.findings)];
  return [...why, "", explainModel(model)].join("\n");
}

// src/report/reply.ts
var REPLY_MARKER = "<!-- rsp-gate:reply -->";
function answerTrigger(trigger, verdict) {
  const lines = [];
  const extra = [];
  let refused = 0;
  for (const { command, decision } of trigger.outcomes) {
    const shown = codeSpan(commandText(command));
    if (!decision.allowed) {
      refused++;
      lines.push(`- \u274C ${shown} (line ${command.line}) refused: ${escapeMarkdown(decision.reason)}`);
      continue;
    }
    const after = handlerFor(command).after?.(command, verdict) ?? {};
    if (after.refused !== void 0) {
      refused++;
      lines.push(`- \u274C ${shown} (line ${command.line}) had no effect: ${escapeMarkdown(after.refused)}`);
    } else {
      lines.push(`- \u2705 ${shown} accepted (${escapeMarkdown(decision.via)})`);
    }
    if (after.show !== void 0) extra.push(renderContent(after.show, verdict, trigger.comment.author.login));
  }
  for (const error of trigger.errors) lines.push(`- \u2753 line ${error.line} ${codeSpan(error.text)}: ${escapeMarkdown(error.message)}`);
  if (trigger.errors.length > 0 && !trigger.outcomes.some((o) => o.command.name === "help")) extra.push(helpTable());
  const reaction = refused > 0 ? "-1" : trigger.errors.length > 0 ? "confused" : "+1";
  if (refused === 0 && trigger.errors.length === 0 && extra.length === 0) return { reaction };
  const reply = [
    REPLY_MARKER,
    `Commands in the comment by ${escapeMarkdown(trigger.comment.author.login)}:`,
    "",
    ...lines,
    ...extra.flatMap((e) => ["", e])
  ];
  return { reply: reply.join("\n"), reaction };
}
function renderContent(content, verdict, login) {
  if (content.kind === "help") return [yourPart(login, verdict), helpTable()].join("\n\n");
  if (content.kind === "note") return escapeMarkdown(content.text);
  return (verdict?.models ?? []).filter((m) => content.models.includes(m.id)).map((m) => explainWithCause(m, verdict)).join("\n\n");
}
function yourPart(login, verdict) {
  const who = escapeMarkdown(login);
  if (verdict === void 0)
    return `What is needed on this PR, and from whom, is at the top of the report comment (comment ${codeSpan("/rsp evaluate")} to refresh it).`;
  const pending = verdict.models.flatMap((m) => m.safeguards.filter((s) => s.status === "pending").map((s) => ({ m, s })));
  const mine = pending.filter(({ s }) => s.owners.some((o) => o.toLowerCase() === login.toLowerCase()));
  const teams = pending.filter(({ s }) => !mine.some((x) => x.s === s) && s.owners.some((o) => o.includes("/")));
  const lines = [
    mine.length > 0 ? `${who}, the policy names you as an owner of ${mine.length} pending safeguard(s); to attest them, comment:

${codeBlock(mine.map(({ s }) => s.attestCommand))}` : `${who}, the policy names you directly as the owner of no pending safeguard on this PR.`
  ];
  if (teams.length > 0) {
    const rows = teams.map(
      ({ m, s }) => `- ${codeSpan(s.id)} of ${escapeMarkdown(m.id)}, if you belong to ${s.owners.filter((o) => o.includes("/")).map(escapeMarkdown).join(" or ")}`
    );
    lines.push(`Team-owned safeguards pending:

${rows.join("\n")}`);
  }
  if (verdict.policy.changed && verdict.policy.approvedBy.length === 0)
    lines.push(
      `The policy change awaits ${codeSpan("/rsp approve-policy")} from one of the approvers the base policy names (${codeSpan("approvals.policy")}).`
    );
  return lines.join("\n\n");
}
function helpTable() {
  const rows = COMMAND_HELP.map((h) => `| ${h.usage} | ${h.does} | ${h.who} |`);
  return [
    "Commands (one per line, at the start of the line, outside code blocks and quotes):",
    "",
    "| Command | What it does | Who may use it |",
    "| --- | --- | --- |",
    ...rows
  ].join("\n");
}

// src/report/record.ts
var RECORD_MARKER = "<!-- rsp-gate:record ";
var RECORD_PATTERN = /<!-- rsp-gate:record ([A-Za-z0-9+/=]+) -->/g;
var MAX_RECORD_CHARS = 16e3;
var SHORT_REASON = 160;
var RecordModelSchema = strictObject({
  id: string(),
  declaredLevel: string(),
  requiredLevel: string(),
  conclusion: _enum(["success", "failure", "action_required", "neutral"])
});
var AuditRecordSchema = strictObject({
  record: literal(1),
  conclusion: _enum(["success", "failure", "action_required", "neutral"]),
  requiredLevel: string(),
  headSha: string(),
  baseSha: string(),
  referenceDate: string(),
  toolVersion: string(),
  policyFingerprint: string().nullable(),
  models: array(RecordModelSchema),
  ledger: array(LedgerEntrySchema),
  /** Entries (the oldest) or models left out to keep the record within its size. */
  omitted: strictObject({ ledger: number().int(), models: number().int() }).optional()
}).describe("The audit record in the sticky comment");
function recordOf(v) {
  return {
    record: 1,
    conclusion: v.conclusion,
    requiredLevel: v.requiredLevel,
    headSha: v.subject.headSha,
    baseSha: v.subject.baseSha,
    referenceDate: v.referenceDate,
    toolVersion: v.tool.version,
    policyFingerprint: v.policy.fingerprint,
    models: v.models.map((m) => ({ id: m.id, declaredLevel: m.declaredLevel, requiredLevel: m.requiredLevel, conclusion: m.conclusion })),
    ledger: v.ledger
  };
}
function encode(record) {
  return `
${RECORD_MARKER}${Buffer.from(JSON.stringify(record), "utf8").toString("base64")} -->`;
}
var shorten = (e) => e.reason === void 0 || e.reason.length <= SHORT_REASON ? e : { ...e, reason: `${e.reason.slice(0, SHORT_REASON - 1)}\u2026` };
function encodeRecord(verdict, max = MAX_RECORD_CHARS) {
  const full = recordOf(verdict);
  let text2 = encode(full);
  if (text2.length <= max) return text2;
  const ledger = full.ledger.map(shorten);
  let models = full.models;
  for (let keep = ledger.length; ; ) {
    const omitted = { ledger: full.ledger.length - keep, models: full.models.length - models.length };
    text2 = encode({ ...full, models, ledger: ledger.slice(ledger.length - keep), omitted });
    if (text2.length <= max) return text2;
    if (keep > 0) keep = Math.floor(keep / 2);
    else if (models.length > 0) models = models.slice(0, Math.floor(models.length / 2));
    else return "";
  }
}
function decodeRecord(body) {
  const found = [...body.matchAll(RECORD_PATTERN)].at(-1);
  if (found === void 0) return void 0;
  try {
    const parsed = AuditRecordSchema.safeParse(JSON.parse(Buffer.from(found[1], "base64").toString("utf8")));
    return parsed.success ? parsed.data : void 0;
  } catch {
    return void 0;
  }
}

// src/policy/build-policy.ts
function buildPolicy(merged) {
  const levels2 = keepValid(merged.levels, (v) => typeof v === "string" && v !== "");
  const capabilities2 = keepParsed(merged.capabilities, CapabilitySchema);
  const safeguards2 = keepParsed(merged.safeguards, SafeguardSchema);
  const policy = {
    version: 1,
    levels: levels2.items,
    paths: parseKeys(PathsSchema, merged.paths),
    evals: readAliases(merged.evals),
    capabilities: capabilities2.items,
    safeguards: safeguards2.items,
    assessment: parseKeys(AssessmentSchema, merged.assessment),
    approvals: parseKeys(ApprovalsSchema, merged.approvals)
  };
  if (typeof merged.extends === "string") policy.extends = merged.extends;
  if (merged.risk_reports !== void 0) policy.risk_reports = parseKeys(RiskReportsSchema, merged.risk_reports);
  const lists = { levels: levels2.from, capabilities: capabilities2.from, safeguards: safeguards2.from };
  return {
    policy,
    toMergedPath(path) {
      const [head, index, ...rest] = path;
      const from = typeof head === "string" && Object.hasOwn(lists, head) ? lists[head] : void 0;
      const mergedIndex = from && typeof index === "number" ? from[index] : void 0;
      return mergedIndex === void 0 ? [...path] : [head, mergedIndex, ...rest];
    }
  };
}
function keepValid(list, ok) {
  const kept = { items: [], from: [] };
  if (!Array.isArray(list)) return kept;
  list.forEach((v, i) => {
    if (ok(v)) {
      kept.items.push(v);
      kept.from.push(i);
    }
  });
  return kept;
}
function keepParsed(list, schema) {
  const kept = { items: [], from: [] };
  if (!Array.isArray(list)) return kept;
  list.forEach((v, i) => {
    const parsed = schema.safeParse(v);
    if (parsed.success) {
      kept.items.push(parsed.data);
      kept.from.push(i);
    }
  });
  return kept;
}
function parseKeys(schema, block) {
  const valid = {};
  if (isPlainObject(block)) {
    for (const [key, value] of Object.entries(block)) {
      const field = schema.shape[key];
      if (field?.safeParse(value).success) valid[key] = value;
    }
  }
  return schema.parse(valid);
}
function readAliases(evals) {
  const aliases = {};
  if (!isPlainObject(evals)) return aliases;
  for (const [id, names] of Object.entries(evals)) {
    if (Array.isArray(names)) aliases[id] = names.filter((n) => typeof n === "string" && n !== "");
  }
  return aliases;
}

// src/policy/raw.ts
function child(node, key) {
  if (Array.isArray(node)) return typeof key === "number" ? node[key] : void 0;
  if (isPlainObject(node) && typeof key === "string" && Object.hasOwn(node, key)) return node[key];
  return void 0;
}
function hasChild(node, key) {
  if (Array.isArray(node)) return typeof key === "number" && key >= 0 && key < node.length;
  return isPlainObject(node) && typeof key === "string" && Object.hasOwn(node, key);
}

// src/policy/describe-path.ts
function describePath(root, path) {
  let node = root;
  let text2 = "";
  for (const key of path) {
    const next = child(node, key);
    if (typeof key === "number") {
      text2 += `[${entryName(next) ?? key}]`;
    } else {
      text2 += text2 === "" ? key : `.${key}`;
    }
    node = next;
  }
  return text2 === "" ? "(top level)" : text2;
}
function entryName(entry2) {
  const id = child(entry2, "id");
  if (typeof id === "string" && id !== "") return id;
  const evalId = child(entry2, "eval");
  const metric = child(entry2, "metric");
  if (typeof evalId === "string" && typeof metric === "string") return `${evalId}/${metric}`;
  return void 0;
}

// src/policy/merge.ts
var FILE_ONLY_KEYS = /* @__PURE__ */ new Set(["version", "$schema", "extends"]);
function mergeOverPreset(user, preset) {
  const origins = /* @__PURE__ */ new Map();
  const value = {};
  for (const [key, v] of Object.entries(preset)) if (!FILE_ONLY_KEYS.has(key)) value[key] = v;
  for (const [key, v] of Object.entries(user)) value[key] = v;
  for (const key of ["assessment", "approvals", "risk_reports"]) {
    if (isPlainObject(user[key]) && isPlainObject(preset[key])) value[key] = { ...preset[key], ...user[key] };
  }
  if (isPlainObject(user.evals) && isPlainObject(preset.evals)) value.evals = mergeAliases(user.evals, preset.evals, origins);
  if (hasBoth(user, preset, "capabilities")) {
    value.capabilities = mergeKeyed(user.capabilities, preset.capabilities, ["capabilities"], byId, mergeCapability, origins);
  }
  if (hasBoth(user, preset, "safeguards")) {
    value.safeguards = mergeKeyed(user.safeguards, preset.safeguards, ["safeguards"], byId, mergeFields, origins);
  }
  return { value, trace: (path) => trace(path, user, preset, origins) };
}
function hasBoth(user, preset, key) {
  return Object.hasOwn(user, key) && Object.hasOwn(preset, key);
}
var byId = (entry2) => {
  const id = child(entry2, "id");
  return typeof id === "string" ? id : void 0;
};
var ruleKey = (entry2) => {
  const evalId = child(entry2, "eval");
  const metric = child(entry2, "metric");
  return typeof evalId === "string" && typeof metric === "string" ? `${evalId.toLowerCase()}\0${metric.toLowerCase()}` : void 0;
};
var mergeFields = (user, preset) => ({ ...preset, ...user });
var mergeCapability = (user, preset, path, origins) => {
  const merged = { ...preset, ...user };
  if (Object.hasOwn(user, "evidence") && Object.hasOwn(preset, "evidence")) {
    merged.evidence = mergeKeyed(user.evidence, preset.evidence, [...path, "evidence"], ruleKey, mergeFields, origins);
  }
  return merged;
};
function mergeKeyed(user, preset, path, keyOf, mergeEntry, origins) {
  if (!Array.isArray(user) || !Array.isArray(preset)) return user;
  const userIndexByKey = /* @__PURE__ */ new Map();
  user.forEach((entry2, i) => {
    const key = keyOf(entry2);
    if (key !== void 0 && !userIndexByKey.has(key)) userIndexByKey.set(key, i);
  });
  const merged = [];
  const usedUser = /* @__PURE__ */ new Set();
  const push = (entry2, origin) => {
    origins.set(pathKey([...path, merged.length]), origin);
    merged.push(entry2);
  };
  preset.forEach((presetEntry, p) => {
    const key = keyOf(presetEntry);
    const u = key === void 0 ? void 0 : userIndexByKey.get(key);
    const userEntry = u === void 0 ? void 0 : user[u];
    if (u !== void 0 && !usedUser.has(u) && isPlainObject(userEntry) && isPlainObject(presetEntry)) {
      usedUser.add(u);
      push(mergeEntry(userEntry, presetEntry, [...path, merged.length], origins), { user: u, preset: p });
    } else {
      push(presetEntry, { preset: p });
    }
  });
  user.forEach((entry2, u) => {
    if (!usedUser.has(u)) push(entry2, { user: u });
  });
  return merged;
}
function mergeAliases(user, preset, origins) {
  const merged = { ...preset };
  for (const [id, names] of Object.entries(user)) {
    const presetNames = preset[id];
    if (!Array.isArray(names) || !Array.isArray(presetNames)) {
      merged[id] = names;
      continue;
    }
    const union = [];
    names.forEach((name, u) => {
      origins.set(pathKey(["evals", id, union.length]), { user: u });
      union.push(name);
    });
    presetNames.forEach((name, p) => {
      if (names.includes(name)) return;
      origins.set(pathKey(["evals", id, union.length]), { preset: p });
      union.push(name);
    });
    merged[id] = union;
  }
  return merged;
}
function isMergedNode(path) {
  const [a, b, c, d] = path;
  switch (path.length) {
    case 0:
      return true;
    case 1:
      return a === "assessment" || a === "approvals" || a === "evals" || a === "capabilities" || a === "safeguards";
    case 2:
      return a === "evals" || (a === "capabilities" || a === "safeguards") && typeof b === "number";
    case 3:
      return a === "capabilities" && c === "evidence";
    case 4:
      return a === "capabilities" && c === "evidence" && typeof d === "number";
    default:
      return false;
  }
}
function trace(path, user, preset, origins) {
  let u = user;
  let p = preset;
  const userPath = [];
  const presetPath = [];
  let userDepth = 0;
  let presetDepth = 0;
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    const prefix = path.slice(0, i + 1);
    const origin = origins.get(pathKey(prefix));
    const userKey = origin ? origin.user : key;
    const presetKey = origin ? origin.preset : i === 0 && FILE_ONLY_KEYS.has(String(key)) ? void 0 : key;
    if (u !== void 0 && userKey !== void 0 && hasChild(u, userKey)) {
      u = child(u, userKey);
      userPath.push(userKey);
      userDepth = i + 1;
    } else {
      u = void 0;
    }
    if (p !== void 0 && presetKey !== void 0 && hasChild(p, presetKey)) {
      p = child(p, presetKey);
      presetPath.push(presetKey);
      presetDepth = i + 1;
    } else {
      p = void 0;
    }
    if (u !== void 0 && !isMergedNode(prefix)) p = void 0;
  }
  if (userDepth === path.length) return { from: "user", path: userPath };
  if (presetDepth === path.length || presetDepth > userDepth) return { from: "preset", path: presetPath };
  return { from: "user", path: userPath };
}
function pathKey(path) {
  return JSON.stringify(path);
}

// src/policy/place.ts
function findingAt(code, severity, message, place) {
  const suffix = place.preset === void 0 ? "" : ` (from preset ${place.preset})`;
  return finding(code, severity, `${message}${suffix}`, place.location);
}

// src/policy/checks.ts
function checkPolicy(policy, placeOf) {
  return [
    ...checkUniqueIds(policy, placeOf),
    ...checkLevelsExist(policy, placeOf),
    ...checkAlerts(policy, placeOf),
    ...checkEvalNames(policy, placeOf),
    ...checkCoverage(policy, placeOf)
  ];
}
function checkCompleteness(merged, placeOf) {
  const findings2 = [];
  if (merged.levels === void 0) {
    findings2.push(
      findingAt(
        "POLICY_INVALID",
        "error",
        "the policy defines no levels: add `levels:` (ascending, the baseline first) or `extends:` a preset",
        placeOf([])
      )
    );
  }
  if (merged.capabilities === void 0 || Array.isArray(merged.capabilities) && merged.capabilities.length === 0) {
    findings2.push(
      findingAt(
        "POLICY_INVALID",
        "error",
        "the policy defines no capabilities: add at least one under `capabilities:` or `extends:` a preset",
        placeOf([])
      )
    );
  }
  return findings2;
}
function checkUniqueIds(policy, placeOf) {
  const findings2 = [];
  const unique = (what, keys, pathOf, shown) => {
    const first = /* @__PURE__ */ new Map();
    keys.forEach((key, i) => {
      const earlier = first.get(key);
      if (earlier === void 0) {
        first.set(key, i);
        return;
      }
      const before = placeOf(pathOf(earlier));
      const also = before.preset === void 0 && before.location.line !== void 0 ? ` (first at line ${before.location.line})` : "";
      findings2.push(findingAt("POLICY_INVALID", "error", `duplicate ${what} ${shown(i)}${also}: each must be unique`, placeOf(pathOf(i))));
    });
  };
  unique(
    "level",
    policy.levels,
    (i) => ["levels", i],
    (i) => `"${policy.levels[i]}"`
  );
  unique(
    "capability id",
    policy.capabilities.map((c) => c.id),
    (i) => ["capabilities", i, "id"],
    (i) => `"${policy.capabilities[i].id}"`
  );
  unique(
    "safeguard id",
    policy.safeguards.map((s) => s.id),
    (i) => ["safeguards", i, "id"],
    (i) => `"${policy.safeguards[i].id}"`
  );
  policy.capabilities.forEach((capability, c) => {
    unique(
      `evidence rule in capability "${capability.id}":`,
      capability.evidence.map((rule) => ruleKey(rule)),
      (r) => ["capabilities", c, "evidence", r],
      (r) => `${capability.evidence[r].eval}/${capability.evidence[r].metric}`
    );
  });
  return findings2;
}
function checkLevelsExist(policy, placeOf) {
  if (policy.levels.length === 0) return [];
  const known = new Set(policy.levels);
  const list = policy.levels.join(", ");
  const findings2 = [];
  policy.capabilities.forEach((c, i) => {
    if (!known.has(c.requires)) {
      findings2.push(
        findingAt(
          "POLICY_INVALID",
          "error",
          `capability "${c.id}" requires level "${c.requires}", which is not one of the levels (${list})`,
          placeOf(["capabilities", i, "requires"])
        )
      );
    }
  });
  policy.safeguards.forEach((s, i) => {
    if (!known.has(s.level)) {
      findings2.push(
        findingAt(
          "POLICY_INVALID",
          "error",
          `safeguard "${s.id}" is for level "${s.level}", which is not one of the levels (${list})`,
          placeOf(["safeguards", i, "level"])
        )
      );
    }
  });
  return findings2;
}
function checkAlerts(policy, placeOf) {
  const findings2 = [];
  policy.capabilities.forEach((capability, c) => {
    capability.evidence.forEach((rule, r) => {
      const { alert, threshold, direction } = rule;
      if (alert === void 0 || alert === UNSET || threshold === UNSET) return;
      const beyond = direction === "higher" ? alert > threshold : alert < threshold;
      if (!beyond) return;
      const rulePath = ["capabilities", c, "evidence", r];
      const alertPlace = placeOf([...rulePath, "alert"]);
      const thresholdPlace = placeOf([...rulePath, "threshold"]);
      const place = alertPlace.preset === void 0 ? alertPlace : thresholdPlace;
      const side = direction === "higher" ? "at or below" : "at or above";
      const message = `${describePath(policy, rulePath)}: alert ${alert} is beyond threshold ${threshold}; with direction ${direction} the alert must be ${side} the threshold`;
      findings2.push(findingAt("POLICY_INVALID", "error", message, place));
    });
  });
  return findings2;
}
function checkEvalNames(policy, placeOf) {
  const findings2 = [];
  const owner = /* @__PURE__ */ new Map();
  const claim = (name, evalId, path, what) => {
    const key = nameKey(name);
    const current2 = owner.get(key);
    if (current2 === void 0) {
      owner.set(key, evalId);
    } else if (current2 !== evalId) {
      findings2.push(
        findingAt(
          "POLICY_INVALID",
          "error",
          `${what} "${name}" also names eval "${current2}": a result named so would count for both`,
          placeOf(path)
        )
      );
    }
  };
  for (const id of Object.keys(policy.evals)) claim(id, id, ["evals", id], "eval id");
  policy.capabilities.forEach((capability, c) => {
    capability.evidence.forEach((rule, r) => {
      claim(rule.eval, rule.eval, ["capabilities", c, "evidence", r, "eval"], "eval id");
    });
  });
  for (const [id, names] of Object.entries(policy.evals)) {
    names.forEach((name, i) => {
      claim(name, id, ["evals", id, i], `alias of eval "${id}",`);
    });
  }
  return findings2;
}
function checkCoverage(policy, placeOf) {
  const findings2 = [];
  policy.capabilities.forEach((c, i) => {
    if (c.evidence.length === 0) {
      findings2.push(
        findingAt(
          "POLICY_INVALID",
          "warning",
          `capability "${c.id}" has no evidence rules, so it is always unevaluated`,
          placeOf(["capabilities", i, "id"])
        )
      );
    }
  });
  const withSafeguards = new Set(policy.safeguards.map((s) => s.level));
  const baseline = policy.levels[0];
  const reported = /* @__PURE__ */ new Set();
  policy.capabilities.forEach((c, i) => {
    if (c.requires === baseline || withSafeguards.has(c.requires) || reported.has(c.requires) || !policy.levels.includes(c.requires))
      return;
    reported.add(c.requires);
    const message = `no safeguard is defined for level "${c.requires}", which capability "${c.id}" requires: a model at that level needs nothing more than at the level below`;
    findings2.push(findingAt("POLICY_INVALID", "warning", message, placeOf(["capabilities", i, "requires"])));
  });
  return findings2;
}

// src/policy/read-document.ts
var MAX_CONFIG_SIZE = 1e6;
var MAX_FLOW_DEPTH = 64;
function readConfigDocument(text2, file, options) {
  const { parseCode, invalidCode, label } = options;
  if (text2.length > MAX_CONFIG_SIZE) {
    const message = `${label} is ${text2.length.toLocaleString("en-US")} characters; the limit is ${MAX_CONFIG_SIZE.toLocaleString("en-US")}`;
    return { value: void 0, findings: [finding(parseCode, "error", message, { file, line: 1 })], locate: () => ({ file, line: 1 }) };
  }
  const tooDeep = flowNestingBeyond(text2, MAX_FLOW_DEPTH);
  if (tooDeep !== void 0) {
    const message = `${label} nests [ ] or { } more than ${MAX_FLOW_DEPTH} deep`;
    return {
      value: void 0,
      findings: [finding(parseCode, "error", message, { file, line: tooDeep })],
      locate: () => ({ file, line: 1 })
    };
  }
  const parsed = parseYaml(text2, file, { code: parseCode });
  if (parsed.findings.length > 0) return { value: void 0, findings: parsed.findings, locate: parsed.locate };
  const { value } = parsed;
  if (!isPlainObject(value)) {
    const what = value === null || value === void 0 ? "is empty" : `must be a mapping of keys to values, not ${Array.isArray(value) ? "a list" : "a single value"}`;
    return {
      value: void 0,
      findings: [finding(parseCode, "error", `${label} ${what}`, { file, line: 1, column: 1 })],
      locate: parsed.locate
    };
  }
  const findings2 = dropProtoKeys(
    value,
    [],
    (path) => finding(
      invalidCode,
      "error",
      `${label}: the key "__proto__" is not allowed (at ${path.join(".") || "top level"})`,
      parsed.locate([...path, "__proto__"])
    )
  );
  return { value, findings: findings2, locate: parsed.locate };
}
function dropProtoKeys(node, path, report) {
  const findings2 = [];
  const visit = (value, at) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        visit(item, [...at, i]);
      });
    } else if (isPlainObject(value)) {
      if (Object.hasOwn(value, "__proto__")) {
        findings2.push(report(at));
        delete value["__proto__"];
      }
      for (const [key, child2] of Object.entries(value)) visit(child2, [...at, key]);
    }
  };
  visit(node, path);
  return findings2;
}
function flowNestingBeyond(text2, max) {
  let depth = 0;
  let line = 1;
  let quote;
  let comment = false;
  for (let i = 0; i < text2.length; i++) {
    const c = text2[i];
    const before = i === 0 ? "\n" : text2[i - 1];
    if (c === "\n") {
      line++;
      comment = false;
    }
    if (comment) continue;
    if (quote !== void 0) {
      if (c === "\\" && quote === '"') i++;
      else if (c === quote) quote = void 0;
      continue;
    }
    if ((c === '"' || c === "'") && /[\s[{,:]/.test(before)) quote = c;
    else if (c === "#" && /\s/.test(before)) comment = true;
    else if (c === "[" || c === "{") {
      if (++depth > max) return line;
    } else if ((c === "]" || c === "}") && depth > 0) depth--;
  }
  return void 0;
}

// src/policy/unset.ts
function findUnsetValues(policy, placeOf) {
  const paths = [];
  policy.capabilities.forEach((capability, c) => {
    capability.evidence.forEach((rule, r) => {
      if (rule.alert === UNSET) paths.push(["capabilities", c, "evidence", r, "alert"]);
      if (rule.threshold === UNSET) paths.push(["capabilities", c, "evidence", r, "threshold"]);
    });
  });
  if (policy.assessment.notable_increase === UNSET) paths.push(["assessment", "notable_increase"]);
  return paths.map((path) => {
    const place = placeOf(path);
    const name = describePath(policy, path);
    const message = place.preset === void 0 ? `${name} is still "${UNSET}": replace it with a number` : `preset "${place.preset}" leaves ${name} to you: set it in this file`;
    return findingAt("PRESET_VALUE_UNSET", "error", message, { location: place.location });
  });
}

// src/policy/load.ts
function loadPolicy(text2, file) {
  try {
    return load(text2, file);
  } catch (err) {
    const message = `the policy could not be loaded: ${err.message}`;
    return failed(file, [finding("POLICY_INVALID", "error", message, { file, line: 1 })]);
  }
}
function load(text2, file) {
  if (text2 === void 0) {
    const message = `no policy found at ${file}: run \`rsp-gate init\` to write one, and merge it first, since a pull request is judged by the policy of its base commit`;
    return failed(file, [finding("POLICY_NOT_FOUND", "error", message, { file })]);
  }
  const doc = readConfigDocument(text2, file, { parseCode: "POLICY_INVALID", invalidCode: "POLICY_INVALID", label: "policy" });
  if (doc.value === void 0) return { ...failed(file, doc.findings), locate: doc.locate };
  const user = doc.value;
  const findings2 = [...doc.findings];
  const presetName = typeof user.extends === "string" ? user.extends : void 0;
  const extendsAt = doc.locate(["extends"]);
  const preset = presetName === void 0 ? { value: {}, known: true } : readPreset(presetName, extendsAt);
  findings2.push(...preset.findings ?? []);
  const merged = mergeOverPreset(user, preset.value);
  const placeInMerged = (path) => {
    const origin = merged.trace(path);
    return origin.from === "user" ? { location: doc.locate(origin.path) } : { location: extendsAt, preset: presetName };
  };
  findings2.push(...mergedSchemaFindings(merged, placeInMerged));
  const built = buildPolicy(merged.value);
  const placeOf = (path) => placeInMerged(built.toMergedPath(path));
  if (preset.known) findings2.push(...checkCompleteness(merged.value, placeOf));
  findings2.push(...checkPolicy(built.policy, placeOf), ...findUnsetValues(built.policy, placeOf));
  return { policy: built.policy, findings: findings2, locate: (path) => placeOf(path).location };
}
function failed(file, findings2) {
  return { policy: buildPolicy({}).policy, findings: findings2, locate: () => ({ file }) };
}
function readPreset(name, extendsAt) {
  const preset = findPreset(name);
  if (preset === void 0) {
    const message = `unknown preset "${name}": the built-in presets are ${Object.keys(PRESETS).join(", ")}`;
    return { value: {}, known: false, findings: [finding("POLICY_INVALID", "error", message, extendsAt)] };
  }
  const doc = readConfigDocument(preset.text, `preset ${name}`, {
    parseCode: "POLICY_INVALID",
    invalidCode: "POLICY_INVALID",
    label: "preset"
  });
  const findings2 = doc.findings.map(
    (f) => finding("POLICY_INVALID", "error", `built-in preset "${name}" cannot be read: ${f.message}`, extendsAt)
  );
  return { value: doc.value ?? {}, known: doc.value !== void 0, findings: findings2 };
}
function mergedSchemaFindings(merged, placeInMerged) {
  const result = PolicySchema.safeParse(merged.value);
  if (result.success) return [];
  return schemaFindings(result.error, {
    code: "POLICY_INVALID",
    name: (path) => describePath(merged.value, path),
    place: (path) => {
      const place = placeInMerged(path);
      return { location: place.location, ...place.preset === void 0 ? {} : { note: `(from preset ${place.preset})` } };
    }
  });
}

// src/run/evaluate-change.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);

// src/common/append.ts
function append(target, items) {
  for (const item of items) target.push(item);
  return target;
}

// src/common/globs.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
function pathMatcher(globs) {
  return (0, import_picomatch.default)([...globs], { dot: true, flags: "s" });
}

// src/policy/model-config.ts
function loadModelConfig(text2, file) {
  try {
    return load2(text2, file);
  } catch (err) {
    return { findings: [finding("PARSE_ERROR", "error", `model config could not be read: ${err.message}`, { file, line: 1 })] };
  }
}
function load2(text2, file) {
  const doc = readConfigDocument(text2, file, { parseCode: "PARSE_ERROR", invalidCode: "MODEL_INVALID", label: "model config" });
  if (doc.value === void 0) return { findings: doc.findings };
  normaliseDates(doc.value);
  const checked = validate(ModelConfigSchema, { value: doc.value, findings: [], locate: doc.locate }, "MODEL_INVALID", "model config");
  const findings2 = [...doc.findings, ...checked.findings];
  const config = checked.value;
  if (config?.last_assessment) {
    const date = calendarDate(config.last_assessment.date);
    if (date === void 0) {
      const message = `model config: last_assessment.date "${config.last_assessment.date}" is not a calendar date (YYYY-MM-DD)`;
      findings2.push(finding("MODEL_INVALID", "error", message, doc.locate(["last_assessment", "date"])));
    } else {
      config.last_assessment.date = date;
    }
  }
  if (config === void 0 || findings2.some((f) => f.severity === "error")) return { findings: findings2 };
  findings2.push(...checkFolder(config.id, file, doc.locate(["id"])));
  const lines = {};
  for (const key of Object.keys(doc.value)) {
    const line = doc.locate([key]).line;
    if (line !== void 0) lines[key] = line;
  }
  return { model: { config, file, lines }, findings: findings2 };
}
var CONFIG_NAME = /(?:^|\/)([^/]+)\/model\.(?:ya?ml|json)$/;
function checkFolder(id, file, at) {
  const folder = CONFIG_NAME.exec(file)?.[1];
  if (folder === void 0 || folder.normalize("NFC") === id.normalize("NFC")) return [];
  return [
    finding("MODEL_INVALID", "error", `model config: id "${id}" differs from its folder "${folder}"; name the folder after the id`, at)
  ];
}
function normaliseDates(value) {
  const assessment = value.last_assessment;
  if (isPlainObject(assessment) && assessment.date instanceof Date && !Number.isNaN(assessment.date.getTime())) {
    assessment.date = assessment.date.toISOString().slice(0, 10);
  }
}
function calendarDate(text2) {
  return /^\d{4}-\d{2}-\d{2}/.test(text2) && parseDate(text2) !== void 0 ? text2.slice(0, 10) : void 0;
}

// src/engine/assignment.ts
function assignRecords(records, index) {
  const byModel = /* @__PURE__ */ new Map();
  const unknown = /* @__PURE__ */ new Map();
  for (const r of records) {
    const ids = index.modelsFor(r.model);
    for (const id of ids) {
      pushTo(byModel, id, r);
    }
    if (ids.length > 0) continue;
    const key = JSON.stringify([r.file, r.model]);
    const line = r.line ?? 1;
    const seen = unknown.get(key);
    if (seen === void 0 || line < seen.line) unknown.set(key, { record: r, line });
  }
  const findings2 = [...unknown.values()].map(({ record, line }) => {
    const named = record.modelFromPath === true ? `its folder names model "${record.model}"` : `it names model "${record.model}"`;
    return finding(
      "UNKNOWN_MODEL",
      "error",
      `a result in ${record.file} cannot be matched: ${named}, which no model config claims by id or alias`,
      {
        file: record.file,
        line
      }
    );
  });
  return { byModel, findings: [...findings2, ...index.nameFindings, ...checkFolderModels(records, index)] };
}

// src/engine/conclusion.ts
function conclude(facts) {
  if (hasErrors(facts.findings)) return "failure";
  if (facts.nothingRelevant) return "neutral";
  if (facts.pendingSafeguards > 0 || (facts.unattestedClaims ?? 0) > 0 || facts.policyChangeUnapproved) return "action_required";
  return "success";
}

// src/engine/headline.ts
var NAMED_MODELS = 2;
function errorCodes(findings2) {
  return new Set(findings2.filter((f) => f.severity === "error").map((f) => f.code));
}
function modelProblem(m) {
  const errors = m.findings.filter((f) => f.severity === "error");
  const codes = errorCodes(m.findings);
  if (codes.has("DECLARED_LEVEL_TOO_LOW")) return `${m.id} needs ${m.requiredLevel} but declares ${m.declaredLevel}`;
  if (codes.has("UNKNOWN_LEVEL")) return `${m.id} declares a level the policy does not define (${m.declaredLevel})`;
  const evidence = errors.filter((f) => f.code === "MISSING_EVIDENCE" || f.code === "STALE_EVIDENCE" || f.code === "SELF_REPORTED").length;
  if (evidence > 0) return `${m.id} lacks fresh evidence for ${plural(evidence, "rule")}`;
  if (codes.has("NOTABLE_INCREASE_UNASSESSED")) return `${m.id} needs a new comprehensive assessment`;
  return errors.length > 0 ? `${m.id} has ${plural(errors.length, "error")}` : void 0;
}
function sharedProblem(findings2) {
  const errors = findings2.filter((f) => f.severity === "error");
  if (errors.length === 0) return void 0;
  if (errorCodes(findings2).has("POLICY_INVALID")) return "the policy is invalid";
  return `${plural(errors.length, "input error")} (${[...errorCodes(findings2)].sort().join(", ")})`;
}
function pendingCount(models) {
  return models.reduce((n, m) => n + m.safeguards.filter((s) => s.status === "pending").length, 0);
}
function pendingText(models) {
  const pending = pendingCount(models);
  return pending > 0 ? `${plural(pending, "safeguard")} pending` : void 0;
}
function attestationsOutstanding(models) {
  const waiting = models.filter((m) => m.safeguards.some((s) => s.status === "pending"));
  const [only] = waiting;
  const pending = plural(pendingCount(waiting), "safeguard");
  if (waiting.length === 1 && only) return `${only.id} needs ${only.requiredLevel}; ${pending} pending attestation`;
  return waiting.length > 1 ? `${pending} pending attestation across ${waiting.length} models` : void 0;
}
function sentence(parts, models, fallback) {
  const text2 = parts.filter((p) => p !== void 0).join("; ");
  if (text2 === "") return fallback;
  const startsWithId = models.some((m) => text2.startsWith(m.id));
  return `${startsWithId ? text2 : text2.charAt(0).toUpperCase() + text2.slice(1)}.`;
}
function headline(v) {
  const unapproved = v.policy.changed && v.policy.approvedBy.length === 0 ? "the policy change awaits approval" : void 0;
  switch (v.conclusion) {
    case "neutral":
      return "Nothing the policy governs changed.";
    case "failure": {
      const problems = v.models.map(modelProblem).filter((p) => p !== void 0);
      const extra = problems.length - NAMED_MODELS;
      const more = extra > 0 ? `${extra} more ${extra === 1 ? "model fails" : "models fail"}` : void 0;
      return sentence(
        [...problems.slice(0, NAMED_MODELS), more, sharedProblem(v.findings), pendingText(v.models)],
        v.models,
        "The gate fails."
      );
    }
    case "action_required":
      return sentence([attestationsOutstanding(v.models), unapproved], v.models, "Action is required.");
    case "success": {
      const [only] = v.models;
      if (v.models.length === 0) return "No model needed evaluation; nothing blocks the gate.";
      if (v.models.length === 1 && only)
        return `${only.id} needs ${only.requiredLevel} and declares ${only.declaredLevel}; every required safeguard is in place.`;
      return `All ${v.models.length} models meet their required levels (highest ${v.requiredLevel}); every required safeguard is in place.`;
    }
  }
}

// src/engine/fingerprint.ts
function canonicalJson(value) {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value)) return `[${value.map((v) => v === void 0 ? "null" : canonicalJson(v)).join(",")}]`;
  const entries = Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => compareText(a, b));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}
function recordFacts(r) {
  return JSON.stringify({
    date: r.date,
    direction: r.direction,
    eval: r.eval,
    file: r.file,
    format: r.format,
    line: r.line,
    metric: r.metric,
    model: r.model,
    samples: r.samples,
    selfReported: r.selfReported,
    stderr: r.stderr,
    value: r.value
  });
}
function fingerprinter(policy) {
  const policyJson = canonicalJson(policy);
  return (config, records) => {
    const evidence = records.map(recordFacts).sort();
    const text2 = `{"config":${canonicalJson(config)},"evidence":[${evidence.join(",")}],"policy":${policyJson}}`;
    return createHash("sha256").update(text2).digest("hex");
  };
}

// src/engine/metric-kind.ts
var NOT_PROPORTION = /(?:^|[_\-\s./])(?:perplexity|ppl|bits?_per_(?:byte|char)|bpb|bpc|loss|nll|entropy|seconds?|secs?|minutes?|hours?|time|latency|duration|runtime|tokens?|length|len|count|elo|rating|cost|usd|dollars?|steps|turns|bleu|chrf|ter|rouge\w*|mse|rmse|mae)(?:$|[_\-\s./@])/i;
function mayBeProportion(metric, declared) {
  return declared ?? !NOT_PROPORTION.test(metric);
}
function isProportionReading(metric, declared, value, lines) {
  const inUnit = (n) => n >= 0 && n <= 1;
  return mayBeProportion(metric, declared) && inUnit(value) && lines.every((n) => n === void 0 || inUnit(n));
}

// src/engine/bounds.ts
function bounds(value, stderr, z, direction) {
  const margin = stderr === void 0 ? 0 : z * stderr;
  const lower = value - margin;
  const upper = value + margin;
  return direction === "higher" ? { lower, upper, mostCapable: upper, leastCapable: lower } : { lower, upper, mostCapable: lower, leastCapable: upper };
}
function wilsonInterval(p, n, z) {
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}
function measuredBounds(r, z, direction, options) {
  if (r.stderr !== void 0) return { ...bounds(r.value, r.stderr, z, direction), uncertainty: "stderr" };
  if (r.samples !== void 0 && r.samples > 0 && isProportionReading(r.metric, options.proportion, r.value, options.lines)) {
    const { lower, upper } = wilsonInterval(r.value, r.samples, z);
    const sides = direction === "higher" ? { mostCapable: upper, leastCapable: lower } : { mostCapable: lower, leastCapable: upper };
    return { lower, upper, ...sides, uncertainty: "wilson" };
  }
  const point = bounds(r.value, void 0, z, direction);
  return { ...point, uncertainty: options.pointValues || z === 0 ? "point" : "unknown" };
}
function reaches(score, line, direction) {
  return direction === "higher" ? score >= line : score <= line;
}
function boundStatus(b, threshold, alert, direction) {
  if (reaches(b.leastCapable, threshold, direction)) return "crossed";
  if (reaches(b.mostCapable, threshold, direction)) return "not_ruled_out";
  if (alert !== void 0 && reaches(b.mostCapable, alert, direction)) return "approaching";
  return "below";
}

// src/engine/freshest.ts
function instantOf(r) {
  return parseDate(r.date)?.instant ?? Number.NEGATIVE_INFINITY;
}
function newestGroup(records) {
  let newest = Number.NEGATIVE_INFINITY;
  for (const r of records) newest = Math.max(newest, instantOf(r));
  return records.filter((r) => instantOf(r) === newest);
}
function compareReadings(a, b, direction) {
  const byStatus = statusRank(b.status) - statusRank(a.status);
  if (byStatus !== 0) return byStatus;
  if (a.mostCapable !== b.mostCapable)
    return (direction === "higher" ? b.mostCapable > a.mostCapable : b.mostCapable < a.mostCapable) ? 1 : -1;
  const [ra, rb] = [a.record, b.record];
  if (ra.value !== rb.value) return (direction === "higher" ? rb.value > ra.value : rb.value < ra.value) ? 1 : -1;
  if (ra.selfReported === true !== (rb.selfReported === true)) return ra.selfReported === true ? 1 : -1;
  const byFile = compareText(ra.file, rb.file);
  if (byFile !== 0) return byFile;
  const byLine = (ra.line ?? Number.MAX_SAFE_INTEGER) - (rb.line ?? Number.MAX_SAFE_INTEGER);
  if (byLine !== 0) return byLine;
  return compareText(canonicalJson(ra), canonicalJson(rb));
}
function mostCapable(readings, direction) {
  return readings.reduce(
    (best, r) => best === void 0 || compareReadings(r, best, direction) < 0 ? r : best,
    void 0
  );
}

// src/engine/screening.ts
function isProportion(n) {
  return n >= 0 && n <= 1;
}
function screenRecords(records, rule, threshold, modelId) {
  const usable = [];
  const unusable = [];
  const findings2 = [];
  const at = (r) => ({ file: r.file, line: r.line ?? 1, model: modelId });
  const label = `${rule.eval}/${rule.metric}`;
  for (const r of records) {
    const before = findings2.length;
    if (r.unusable !== void 0) {
      unusable.push({ record: r, reason: r.unusable });
      continue;
    } else if (!Number.isFinite(r.value)) {
      findings2.push(finding("UNUSABLE_RESULT", "warning", `${modelId}: ${label} value ${String(r.value)} is not a number`, at(r)));
    } else if (r.stderr !== void 0 && !(Number.isFinite(r.stderr) && r.stderr >= 0)) {
      findings2.push(
        finding("UNUSABLE_RESULT", "warning", `${modelId}: ${label} stderr ${String(r.stderr)} is not a non-negative number`, at(r))
      );
    } else if (!isProportion(r.value) && isProportion(threshold) && mayBeProportion(rule.metric, rule.proportion)) {
      const why = r.value > 1 ? "is not on the 0\u20131 scale of the threshold" : "is below 0, which no proportion can be, against the threshold";
      const hint = r.value > 1 ? " (a percentage?)" : "";
      findings2.push(
        finding(
          "SCALE_MISMATCH",
          "error",
          `${modelId}: ${label} value ${formatNumber(r.value)} ${why} ${formatNumber(threshold)}${hint}; the result is not used`,
          at(r)
        )
      );
    } else if (r.direction !== void 0 && r.direction !== rule.direction) {
      findings2.push(
        finding(
          "UNUSABLE_RESULT",
          "warning",
          `${modelId}: ${label} says ${r.direction} is more capable, the policy says ${rule.direction}; the result is not used`,
          at(r)
        )
      );
    } else {
      usable.push(r);
    }
    const reported = findings2[before];
    if (reported !== void 0) unusable.push({ record: r, reason: reported.message });
  }
  return { usable, unusable, findings: findings2 };
}

// src/engine/evidence-rule.ts
function emptyVerdict(rule, status, reason) {
  return {
    eval: rule.eval,
    metric: rule.metric,
    value: null,
    stderr: null,
    lower: null,
    upper: null,
    alert: typeof rule.alert === "number" ? rule.alert : null,
    threshold: typeof rule.threshold === "number" ? rule.threshold : null,
    direction: rule.direction,
    date: null,
    samples: null,
    file: null,
    line: null,
    status,
    reason
  };
}
function withRecord(base, r, b) {
  const v = {
    ...base,
    value: r.value,
    stderr: r.stderr ?? null,
    lower: b.lower,
    upper: b.upper,
    date: r.date ?? null,
    samples: r.samples ?? null,
    file: r.file,
    line: r.line ?? null
  };
  if (r.selfReported === true) v.selfReported = true;
  return v;
}
function boundReason(status, b, lines, higher) {
  const [reach, miss] = higher ? ["\u2265", "<"] : ["\u2264", ">"];
  const [least, most] = higher ? ["lower", "upper"] : ["upper", "lower"];
  const { threshold, alert } = lines;
  const t = formatNumber(threshold);
  switch (status) {
    case "crossed":
      return `${least} bound ${formatNumber(b.leastCapable)} ${reach} threshold ${t}`;
    case "not_ruled_out":
      return `${most} bound ${formatNumber(b.mostCapable)} ${reach} threshold ${t}, so it cannot be ruled out (${least} bound ${formatNumber(b.leastCapable)})`;
    case "approaching":
      return `${most} bound ${formatNumber(b.mostCapable)} ${reach} alert ${formatNumber(alert ?? threshold)}, ${miss} threshold ${t}`;
    default:
      return alert === void 0 ? `${most} bound ${formatNumber(b.mostCapable)} ${miss} threshold ${t}` : `${most} bound ${formatNumber(b.mostCapable)} ${miss} alert ${formatNumber(alert)}`;
  }
}
function boundsOrigin(r, b) {
  if (b.uncertainty === "wilson") return ` (no stderr: Wilson interval of ${r.samples} samples)`;
  if (b.uncertainty === "point" && r.stderr === void 0) return " (no stderr: point value)";
  return "";
}
function judge(r, rule, lines, ctx, who) {
  const pointValues = ctx.policy.assessment.point_values === true;
  const b = measuredBounds(r, ctx.z, rule.direction, { pointValues, lines: [lines.threshold, lines.alert], proportion: rule.proportion });
  const status = boundStatus(b, lines.threshold, lines.alert, rule.direction);
  const reason = `${boundReason(status, b, lines, rule.direction === "higher")}${boundsOrigin(r, b)}`;
  const judged = { record: r, status, mostCapable: b.mostCapable, bounds: b, reason, shows: { status, reason } };
  if (status !== "below" && status !== "approaching") return judged;
  const label = `${rule.eval}/${rule.metric}`;
  const where = { file: r.file, line: r.line ?? 1, model: ctx.modelId };
  let why;
  let code = "SELF_REPORTED";
  if (r.selfReported === true) {
    why = `${label} is self-reported (${reason}); self-reported results cannot rule a threshold out`;
  } else if (b.uncertainty === "unknown") {
    code = "UNCERTAINTY_UNKNOWN";
    why = `${label} gives no standard error and no sample count of a proportion to derive one (${reason}), so it cannot rule a threshold out (assessment.point_values: true accepts point values)`;
  }
  if (why === void 0) return judged;
  return { ...judged, status: "unevaluated", reason: why, caveat: finding(code, ctx.unevaluatedSeverity, `${who}: ${why}`, where) };
}
function ageInDays(r, referenceDay) {
  const day = parseDate(r.date)?.day;
  return day === void 0 || referenceDay === void 0 ? void 0 : referenceDay - day;
}
function evaluateRule(rule, capabilityId, ctx) {
  const outcome = decideRule(rule, capabilityId, ctx);
  return outcome.outliers.length === 0 ? outcome : escalateWithOutliers(rule, capabilityId, ctx, outcome);
}
function escalateWithOutliers(rule, capabilityId, ctx, outcome) {
  const who = `${ctx.modelId}: ${capabilityId}`;
  const label = `${rule.eval}/${rule.metric}`;
  const lines = { threshold: rule.threshold, alert: rule.alert };
  const findings2 = [...outcome.findings];
  let verdict = outcome.verdict;
  for (const { record: r, why } of outcome.outliers) {
    const judged = judge(r, rule, lines, ctx, who);
    const shows = judged.shows.reason;
    if (why === "undated") {
      const where = { file: r.file, line: r.line ?? 1, model: ctx.modelId };
      const message = `${who}: a ${label} result has no date, so it cannot count as fresh evidence; it counts only if it shows more capability (${shows})`;
      findings2.push(finding("UNDATED_RESULT", "warning", message, where));
    }
    if (statusRank(judged.shows.status) > statusRank(verdict.status)) {
      const kind = why === "undated" ? "an undated result" : `a result dated in the future (${r.date ?? "?"})`;
      const reason = `${kind} for ${label} shows more capability than the ${why === "undated" ? "dated one" : "one that counts"}: ${shows}`;
      verdict = withRecord(emptyVerdict(rule, judged.shows.status, reason), r, judged.bounds);
    }
  }
  return { verdict, findings: findings2 };
}
function newerUnusable(chosen, unusable, referenceDay) {
  const chosenAt = parseDate(chosen.date)?.instant;
  if (chosenAt === void 0) return void 0;
  return unusable.find((u) => {
    const at = parseDate(u.record.date);
    return at !== void 0 && at.instant > chosenAt && !isAfterReference(at, referenceDay);
  });
}
function describeReading(j) {
  const r = j.record;
  const reading = r.variant === void 0 ? "" : `${r.variant} `;
  return `${reading}${formatNumber(r.value)} at ${r.file}${r.line === void 0 ? "" : `:${r.line}`}`;
}
function readingsNotice(group, chosen, rule, who) {
  if (group.length < 2) return [];
  const others = group.filter((j) => j !== chosen).map(describeReading);
  const named = rule.reading === void 0 ? "; name the one to use with `reading:` in the evidence rule" : "";
  const message = `${who}: ${group.length} readings of ${rule.eval}/${rule.metric} from ${chosen.record.date ?? "no date"}: the most capable counts (${describeReading(chosen)}); the others: ${others.join("; ")}${named}`;
  const r = chosen.record;
  return [finding("OTHER_READINGS", "notice", message, { file: r.file, line: r.line ?? 1 })];
}
function decideRule(rule, capabilityId, ctx) {
  const label = `${rule.eval}/${rule.metric}`;
  const who = `${ctx.modelId}: ${capabilityId}`;
  if (rule.threshold === UNSET || rule.alert === UNSET) {
    return { verdict: emptyVerdict(rule, "unevaluated", `${label}: the policy leaves a number unset (SET)`), findings: [], outliers: [] };
  }
  const found = gatherReadings(rule, { threshold: rule.threshold, alert: rule.alert }, ctx, who);
  const { chosen, findings: findings2, outliers } = found;
  if (chosen === void 0) return noReading(rule, label, who, ctx, found);
  const r = chosen.record;
  findings2.push(...readingsNotice(found.dated, chosen, rule, who));
  const supersededBy = newerUnusable(r, found.unusable, ctx.referenceDay);
  if (supersededBy !== void 0) {
    const at = { file: supersededBy.record.file, line: supersededBy.record.line ?? 1, model: ctx.modelId };
    const reason = `the newest result for ${label} cannot count (${supersededBy.reason}); an older result does not stand in for it`;
    findings2.push(finding("UNUSABLE_RESULT", ctx.unevaluatedSeverity, `${who}: ${reason}`, at));
    return { verdict: emptyVerdict(rule, "unevaluated", reason), findings: findings2, outliers };
  }
  const stale = staleOutcome(rule, label, who, ctx, chosen, found);
  if (stale !== void 0) return stale;
  if (chosen.caveat !== void 0) findings2.push(chosen.caveat);
  const verdict = withRecord(emptyVerdict(rule, chosen.status, chosen.reason), r, chosen.bounds);
  return { verdict: { ...verdict, ...freshUntil(r, maxAgeDays(rule, ctx.policy)) }, findings: findings2, outliers };
}
function maxAgeDays(rule, policy) {
  return rule.max_age_days ?? policy.assessment.max_age_days;
}
var DAY_MS = 864e5;
function freshUntil(r, maxAge) {
  const day = parseDate(r.date)?.day;
  return day === void 0 ? {} : { freshUntil: new Date((day + maxAge) * DAY_MS).toISOString().slice(0, 10) };
}
function gatherReadings(rule, lines, ctx, who) {
  const names = evalNames(ctx.policy, rule.eval);
  const candidates = ctx.records.filter((r) => recordMeasuresRule(r, rule, names));
  const { usable, unusable, findings: findings2 } = screenRecords(candidates, rule, lines.threshold, ctx.modelId);
  const future = usable.filter((r) => isAfterReference(parseDate(r.date), ctx.referenceDay));
  const pool = usable.filter((r) => !future.includes(r));
  const group = newestGroup(pool).map((r) => judge(r, rule, lines, ctx, who));
  const chosen = mostCapable(group, rule.direction);
  const undated = pool.filter((r) => r !== chosen?.record && parseDate(r.date) === void 0);
  const outliers = [
    ...undated.map((record) => ({ record, why: "undated" })),
    ...future.map((record) => ({ record, why: "future" }))
  ];
  const dated = group.filter((j) => parseDate(j.record.date) !== void 0);
  return { candidates, unusable, findings: findings2, future, dated, chosen, outliers };
}
function noReading(rule, label, who, ctx, found) {
  const { candidates, future, findings: findings2, outliers } = found;
  const none = candidates.length > 0 ? ` (${candidates.length} found, none usable${future.length > 0 ? " or dated by the reference date" : ""})` : "";
  const reading = rule.reading === void 0 ? "" : ` (reading ${rule.reading})`;
  const reason = `no result for ${label}${reading}${none}`;
  const at = { file: ctx.modelFile, line: ctx.modelLine, model: ctx.modelId };
  findings2.push(finding("MISSING_EVIDENCE", ctx.unevaluatedSeverity, `${who}: ${reason}`, at));
  return { verdict: emptyVerdict(rule, "unevaluated", reason), findings: findings2, outliers };
}
function staleOutcome(rule, label, who, ctx, chosen, found) {
  const r = chosen.record;
  const maxAge = maxAgeDays(rule, ctx.policy);
  const age = ageInDays(r, ctx.referenceDay);
  if (age !== void 0 && age <= maxAge) return void 0;
  const reason = age === void 0 ? `the freshest result for ${label} has no usable date${ctx.referenceDay === void 0 ? " (or the reference date is invalid)" : ""}, so it cannot count as fresh` : `the freshest result for ${label} is from ${r.date ?? "?"}, ${age} days before the reference date; the policy allows ${maxAge}`;
  found.findings.push(
    finding("STALE_EVIDENCE", ctx.unevaluatedSeverity, `${who}: ${reason}`, { file: r.file, line: r.line ?? 1, model: ctx.modelId })
  );
  const outliers = age === void 0 ? [{ record: r, why: "undated" }, ...found.outliers] : found.outliers;
  return {
    verdict: { ...withRecord(emptyVerdict(rule, "unevaluated", reason), r, chosen.bounds), stale: true, ...freshUntil(r, maxAge) },
    findings: found.findings,
    outliers
  };
}

// src/engine/history.ts
var HISTORY_POINTS = 12;
function ruleHistory(rule, ctx) {
  if (typeof rule.threshold !== "number") return [];
  const names = evalNames(ctx.policy, rule.eval);
  const measured = ctx.records.filter((r) => recordMeasuresRule(r, rule, names));
  const dated = screenRecords(measured, rule, rule.threshold, ctx.modelId).usable.map((r) => ({ r, at: parseDate(r.date)?.instant })).filter((p) => p.at !== void 0).sort(
    (a, b) => a.at - b.at || (a.r.file < b.r.file ? -1 : a.r.file > b.r.file ? 1 : 0) || (a.r.line ?? 0) - (b.r.line ?? 0) || a.r.value - b.r.value
  );
  return dated.slice(-HISTORY_POINTS).map(({ r }) => {
    const b = bounds(r.value, r.stderr, ctx.z, rule.direction);
    return { date: r.date, value: r.value, lower: b.lower, upper: b.upper, file: r.file, line: r.line ?? null };
  });
}

// src/engine/capability.ts
var STATUS_FINDING = {
  crossed: { code: "THRESHOLD_CROSSED", severity: "notice", says: "threshold crossed" },
  not_ruled_out: { code: "THRESHOLD_NOT_RULED_OUT", severity: "notice", says: "threshold not ruled out" },
  approaching: { code: "ALERT_REACHED", severity: "warning", says: "alert reached" }
};
function demandsLevel(status, precautionary) {
  return status === "crossed" || status === "not_ruled_out" || status === "unevaluated" && precautionary;
}
function evaluateCapability(capability, ctx, precautionary) {
  const findings2 = [];
  const rules = capability.evidence.map((rule) => {
    const outcome = evaluateRule(rule, capability.id, ctx);
    append(findings2, outcome.findings);
    const history = ruleHistory(rule, ctx);
    return history.length > 0 ? { ...outcome.verdict, history } : outcome.verdict;
  });
  const statuses = rules.map((r) => r.status);
  const combined = capability.combine === "all" ? leastStatus(statuses) : worstStatus(statuses);
  const status = combined ?? "unevaluated";
  const deciding = rules.filter((r) => r.status === status);
  const reason = combined === void 0 ? "the policy names no evidence for this capability, so it cannot be ruled out" : deciding.map((r) => `${r.eval}/${r.metric}: ${r.reason}`).join("; ");
  if (combined === void 0) {
    findings2.push(
      finding("MISSING_EVIDENCE", ctx.unevaluatedSeverity, `${ctx.modelId}: ${capability.id}: ${reason}`, {
        file: ctx.modelFile,
        line: ctx.modelLine,
        model: ctx.modelId
      })
    );
  }
  const statusFinding = STATUS_FINDING[status];
  if (statusFinding) {
    for (const r of deciding) {
      const message = `${ctx.modelId}: ${capability.id} (${capability.title}) ${statusFinding.says}: ${r.eval}/${r.metric} ${r.reason}`;
      const where = r.file === null ? { file: ctx.modelFile, line: ctx.modelLine } : { file: r.file, line: r.line ?? 1 };
      findings2.push(finding(statusFinding.code, statusFinding.severity, message, { ...where, model: ctx.modelId }));
    }
  }
  return {
    verdict: {
      id: capability.id,
      title: capability.title,
      status,
      requires: capability.requires,
      demandsLevel: demandsLevel(status, precautionary),
      reason,
      evidence: rules
    },
    findings: findings2
  };
}

// src/engine/levels.ts
function levelRank(levels2, level) {
  const i = levels2.indexOf(level);
  return i === -1 ? levels2.length : i;
}
function isKnownLevel(levels2, level) {
  return levels2.includes(level);
}
function baselineLevel(levels2) {
  return levels2[0] ?? "baseline";
}

// src/engine/checklist.ts
function attestCommand(safeguard, model, fingerprint) {
  return `/rsp attest ${safeguard} ${model} fp:${fingerprint.slice(0, FINGERPRINT_PREFIX_LENGTH)}`;
}
function firstById(safeguards2) {
  const byId3 = /* @__PURE__ */ new Map();
  for (const s of safeguards2) if (!byId3.has(s.id)) byId3.set(s.id, s);
  return [...byId3.values()];
}
function requiredSafeguards(policy, required) {
  const rank = levelRank(policy.levels, required);
  const levelOf = (s) => levelRank(policy.levels, s.level);
  return firstById(policy.safeguards).filter((s) => isKnownLevel(policy.levels, s.level) && levelOf(s) <= rank).sort((a, b) => levelOf(a) - levelOf(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
function buildChecklist(input) {
  const { policy, model, baseLedger, fingerprint } = input;
  const id = model.config.id;
  const headLedger = new Set(model.config.safeguards);
  const where = { file: model.file, line: model.lines["safeguards"] ?? model.lines["id"] ?? 1, model: id };
  const findings2 = [];
  const known = new Set(policy.safeguards.map((s) => s.id));
  for (const entry2 of [...headLedger].sort()) {
    if (!known.has(entry2))
      findings2.push(finding("SAFEGUARD_UNKNOWN", "warning", `${id}: the ledger lists "${entry2}", which the policy does not define`, where));
  }
  const safeguards2 = requiredSafeguards(policy, input.required).map((s) => {
    const verdict = {
      id: s.id,
      level: s.level,
      kind: s.kind,
      title: s.title,
      owners: [...s.owners],
      status: "pending",
      attestedBy: null,
      attestedAt: null,
      attestCommand: attestCommand(s.id, id, fingerprint)
    };
    const removed = baseLedger.has(s.id) && !headLedger.has(s.id);
    if (baseLedger.has(s.id) && !removed) return { ...verdict, status: "satisfied" };
    const events = input.attestations.filter((a) => a.safeguard === s.id && (a.model === void 0 || modelIsNamed(model, a.model)));
    const state = attestationState(events, fingerprint);
    if (state.kind === "attested") {
      if (!headLedger.has(s.id)) {
        findings2.push(
          finding(
            "ATTESTED_NOT_IN_LEDGER",
            "warning",
            `${id}: ${s.id} was attested by ${state.by} but is not in the model's ledger; add it so later PRs carry it over`,
            where
          )
        );
      }
      return { ...verdict, status: "attested", attestedBy: state.by, attestedAt: state.at };
    }
    if (state.kind === "outdated") {
      findings2.push(
        finding(
          "ATTESTATION_OUTDATED",
          "warning",
          `${id}: the attestation of ${s.id} by ${state.attestation.by} does not count: ${state.why}`,
          where
        )
      );
    }
    const claim = removed ? " (this PR removes it from the ledger: an owner must attest it, or restore the entry)" : headLedger.has(s.id) ? " (this PR adds it to the ledger: an owner must attest it)" : "";
    findings2.push(finding("SAFEGUARD_PENDING", "warning", `${id}: ${s.level} safeguard ${s.id} is pending${claim}`, where));
    return verdict;
  });
  return { safeguards: safeguards2, findings: findings2 };
}

// src/engine/claims.ts
function resultKey(r) {
  return canonicalJson({
    model: r.model,
    eval: r.eval,
    metric: r.metric,
    value: r.value,
    stderr: r.stderr,
    samples: r.samples,
    date: r.date,
    direction: r.direction
  });
}
function removedResults(policy, baseChanged, head) {
  if (baseChanged.length === 0) return [];
  const kept = new Set(head.map(resultKey));
  const rules = policy.capabilities.flatMap((c) => c.evidence.map((rule) => ({ rule, names: evalNames(policy, rule.eval) })));
  return baseChanged.filter((r) => !kept.has(resultKey(r)) && rules.some(({ rule, names }) => recordMeasuresRule(r, rule, names)));
}
function findClaims(policy, head, base, removed) {
  const h = head.config;
  const b = base?.config;
  const line = (key) => head.lines[key] ?? head.lines["id"] ?? 1;
  const claims = [];
  if (h.last_assessment !== void 0 && canonicalJson(h.last_assessment) !== canonicalJson(b?.last_assessment)) {
    claims.push({
      key: "last_assessment",
      what: b?.last_assessment === void 0 ? "sets last_assessment" : "changes last_assessment",
      line: line("last_assessment")
    });
  }
  if (b?.effective_compute !== void 0 && (h.effective_compute === void 0 || h.effective_compute < b.effective_compute)) {
    claims.push({
      key: "effective_compute",
      what: h.effective_compute === void 0 ? "removes effective_compute" : "lowers effective_compute",
      line: line("effective_compute")
    });
  }
  const levels2 = policy.levels;
  if (b !== void 0 && isKnownLevel(levels2, b.declared_level) && isKnownLevel(levels2, h.declared_level) && levelRank(levels2, h.declared_level) < levelRank(levels2, b.declared_level)) {
    claims.push({
      key: "declared_level",
      what: `lowers declared_level from ${b.declared_level} to ${h.declared_level}`,
      line: line("declared_level")
    });
  }
  if (removed.length > 0) {
    const where = [...new Set(removed.map((r) => `${r.file}${r.line === void 0 ? "" : `:${r.line}`}`))].sort().slice(0, 5).join(", ");
    claims.push({ key: "evidence", what: `removes or replaces ${removed.length} result(s) a rule reads (${where})`, line: line("id") });
  }
  return claims;
}
function withBaseValues(head, base, keys) {
  const config = { ...head.config };
  if (keys.has("last_assessment")) {
    if (base?.config.last_assessment === void 0) delete config.last_assessment;
    else config.last_assessment = base.config.last_assessment;
  }
  if (keys.has("effective_compute") && base?.config.effective_compute !== void 0)
    config.effective_compute = base.config.effective_compute;
  if (keys.has("declared_level") && base !== void 0) config.declared_level = base.config.declared_level;
  return { ...head, config };
}
function judgeClaims(input) {
  const { head, fingerprint } = input;
  const id = head.config.id;
  const { removed } = input;
  const claims = findClaims(input.policy, head, input.base, removed);
  if (claims.length === 0) return { model: head, records: input.records, findings: [], unattested: 0 };
  const mine = input.approvals.filter((a) => modelIsNamed(head, a.model));
  if (mine.some((a) => outdatedBecause(a, fingerprint) === void 0))
    return { model: head, records: input.records, findings: [], unattested: 0 };
  const where = (line) => ({ file: head.file, line, model: id });
  const command = `/rsp approve-assessment ${id} fp:${fingerprint.slice(0, FINGERPRINT_PREFIX_LENGTH)}`;
  const findings2 = mine.map(
    (a) => finding(
      "APPROVAL_OUTDATED",
      "warning",
      `${id}: the attestation of this PR's claims by ${a.by} no longer applies: ${outdatedBecause(a, fingerprint)}`,
      where(head.lines["id"] ?? 1)
    )
  );
  for (const c of claims) {
    findings2.push(
      finding(
        "CLAIM_UNATTESTED",
        "warning",
        `${id}: this PR ${c.what}; an assessor must attest it (${command}); until then the base's value counts`,
        where(c.line)
      )
    );
  }
  const keys = new Set(claims.map((c) => c.key));
  const records = keys.has("evidence") ? [...input.records, ...removed] : input.records;
  return { model: withBaseValues(head, input.base, keys), records, findings: findings2, unattested: claims.length };
}

// src/engine/notable-increase.ts
function checkNotableIncrease(model, ratioLimit) {
  const { id, effective_compute: compute, last_assessment: last } = model.config;
  const line = model.lines["effective_compute"] ?? model.lines["last_assessment"] ?? model.lines["id"] ?? 1;
  const where = { file: model.file, line, model: id };
  const missing = [];
  if (ratioLimit === UNSET) missing.push("the policy leaves assessment.notable_increase unset");
  if (compute === void 0) missing.push("effective_compute is not given");
  if (last?.effective_compute === void 0) missing.push("last_assessment.effective_compute is not given");
  if (ratioLimit === UNSET || compute === void 0 || last?.effective_compute === void 0) {
    return [
      finding("NOTABLE_INCREASE_UNASSESSED", "warning", `${id}: cannot tell whether capability grew notably: ${missing.join("; ")}`, where)
    ];
  }
  const ratio = compute / last.effective_compute;
  if (ratio < ratioLimit) return [];
  return [
    finding(
      "NOTABLE_INCREASE_UNASSESSED",
      "error",
      `${id}: effective compute ${formatNumber(compute)} is ${formatNumber(ratio)}x that of the last comprehensive assessment (${last.date}, ${formatNumber(last.effective_compute)}); the policy requires a new assessment at ${formatNumber(ratioLimit)}x`,
      where
    )
  ];
}

// src/engine/required-level.ts
function requiredLevel(levels2, capabilities2) {
  let required = baselineLevel(levels2);
  for (const c of capabilities2) {
    if (c.demandsLevel && levelRank(levels2, c.requires) > levelRank(levels2, required)) required = c.requires;
  }
  return required;
}
function highestLevel(levels2, candidates) {
  return candidates.reduce((best, l) => levelRank(levels2, l) > levelRank(levels2, best) ? l : best, baselineLevel(levels2));
}
function checkDeclaredLevel(levels2, model, required) {
  const declared = model.config.declared_level;
  const where = { file: model.file, line: model.lines["declared_level"] ?? 1, model: model.config.id };
  if (!isKnownLevel(levels2, declared)) {
    return [
      finding(
        "UNKNOWN_LEVEL",
        "error",
        `${model.config.id} declares level "${declared}", which the policy does not define (levels: ${levels2.join(", ")})`,
        where
      )
    ];
  }
  if (levelRank(levels2, declared) < levelRank(levels2, required)) {
    return [finding("DECLARED_LEVEL_TOO_LOW", "error", `${model.config.id} needs ${required} but declares ${declared}`, where)];
  }
  return [];
}
function checkPolicyLevels(levels2, named, policyFile) {
  return named.filter((n) => !isKnownLevel(levels2, n.level)).map(
    (n) => finding(
      "UNKNOWN_LEVEL",
      "error",
      `${n.what} names level "${n.level}", which the policy does not define (levels: ${levels2.join(", ")})`,
      { file: policyFile, line: 1 }
    )
  );
}

// src/engine/future-dates.ts
function futureResultFindings(records, modelId, referenceDay) {
  const findings2 = [];
  const seen = /* @__PURE__ */ new Set();
  for (const r of records) {
    if (!isAfterReference(parseDate(r.date), referenceDay)) continue;
    const key = `${r.file}
${r.line ?? 1}
${r.date}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const message = `${modelId}: a result (${r.eval} ${r.metric}) is dated ${r.date}, after the reference date: it is not counted as fresh and never displaces older evidence`;
    findings2.push(finding("FUTURE_DATE", "error", message, { file: r.file, line: r.line ?? 1, model: modelId }));
  }
  return findings2;
}
function futureAssessmentFindings(model, referenceDay) {
  const date = model.config.last_assessment?.date;
  if (date === void 0 || !isAfterReference(parseDate(date), referenceDay)) return [];
  const line = model.lines["last_assessment"] ?? model.lines["id"] ?? 1;
  const message = `${model.config.id}: last_assessment.date ${date} is after the reference date: an assessment that has not happened cannot clear a notable increase`;
  return [finding("FUTURE_DATE", "error", message, { file: model.file, line, model: model.config.id })];
}

// src/engine/model.ts
function judgeCapabilities(model, ctx, records) {
  const { policy } = ctx;
  const precautionary = policy.assessment.unevaluated === "precautionary";
  const unevaluatedSeverity = precautionary ? "error" : "warning";
  const ruleContext = {
    policy,
    modelId: model.config.id,
    modelFile: model.file,
    modelLine: model.lines["id"] ?? 1,
    records,
    z: ctx.z,
    referenceDay: ctx.referenceDay,
    unevaluatedSeverity
  };
  return [...policy.capabilities].sort((a, b) => compareText(a.id, b.id)).map((c) => evaluateCapability(c, ruleContext, precautionary));
}
function moreConcerning(more, less) {
  return more.some((m, i) => statusRank(m.verdict.status) > statusRank(less[i].verdict.status));
}
function removedThatMattered(model, ctx, atHead) {
  const removed = removedResults(ctx.policy, ctx.baseChanged, ctx.records);
  if (removed.length === 0) return [];
  return moreConcerning(judgeCapabilities(model, ctx, [...ctx.records, ...removed]), atHead) ? removed : [];
}
function evaluateModel(model, ctx) {
  const { policy } = ctx;
  const id = model.config.id;
  const fingerprint = ctx.fingerprint(model.config, ctx.records);
  const atHead = judgeCapabilities(model, ctx, ctx.records);
  const removed = removedThatMattered(model, ctx, atHead);
  const claims = judgeClaims({
    policy,
    head: model,
    base: ctx.base,
    records: ctx.records,
    removed,
    approvals: ctx.assessmentApprovals,
    fingerprint
  });
  const outcomes = claims.records === ctx.records ? atHead : judgeCapabilities(model, ctx, claims.records);
  const capabilities2 = outcomes.map((o) => o.verdict);
  const findings2 = [
    ...ctx.inputFindings,
    ...futureResultFindings(ctx.records, model.config.id, ctx.referenceDay),
    ...futureAssessmentFindings(model, ctx.referenceDay),
    ...claims.findings
  ];
  for (const o of outcomes) append(findings2, o.findings);
  const required = requiredLevel(policy.levels, capabilities2);
  findings2.push(...checkDeclaredLevel(policy.levels, claims.model, required));
  findings2.push(...checkNotableIncrease(claims.model, policy.assessment.notable_increase));
  const checklist = buildChecklist({
    policy,
    model,
    baseLedger: new Set(ctx.base?.config.safeguards ?? []),
    required,
    fingerprint,
    attestations: ctx.attestations
  });
  append(findings2, checklist.findings);
  const sorted = sortFindings(findings2);
  const conclusion = conclude({
    findings: [...sorted, ...ctx.sharedErrors],
    pendingSafeguards: checklist.safeguards.filter((s) => s.status === "pending").length,
    unattestedClaims: claims.unattested,
    policyChangeUnapproved: ctx.policyChangeUnapproved,
    nothingRelevant: false
  });
  return {
    id,
    path: model.file,
    declaredLevel: model.config.declared_level,
    requiredLevel: required,
    conclusion,
    fingerprint,
    capabilities: capabilities2,
    safeguards: checklist.safeguards,
    findings: sorted
  };
}

// src/engine/normal.ts
var A = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
var B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572, 1];
var C = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
var D = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416, 1];
var TAIL = 0.02425;
function horner(coefficients, x) {
  return coefficients.reduce((sum, c) => sum * x + c, 0);
}
function inverseNormalCdf(p) {
  if (!(p > 0 && p < 1)) throw new RangeError(`probability out of (0, 1): ${p}`);
  if (p < TAIL) {
    const q2 = Math.sqrt(-2 * Math.log(p));
    return horner(C, q2) / horner(D, q2);
  }
  if (p > 1 - TAIL) return -inverseNormalCdf(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return horner(A, r) * q / horner(B, r);
}
function zForConfidence(confidence) {
  if (!(confidence > 0)) return 0;
  const tail = (1 - confidence) / 2;
  if (!(tail > 0)) throw new RangeError(`confidence must be below 1: ${confidence}`);
  return -inverseNormalCdf(tail);
}

// src/engine/risk-reports.ts
function needsRiskReport(model, rule) {
  const stage = model.config.stage;
  return rule !== void 0 && stage !== void 0 && rule.stages.includes(stage);
}
function coveringReports(model, reports, referenceDay) {
  const names = /* @__PURE__ */ new Set([model.config.id, ...model.config.aliases]);
  return reports.filter((r) => r.models.some((m) => names.has(m))).flatMap((report) => {
    const parsed = parseDate(report.date);
    return parsed === void 0 || isAfterReference(parsed, referenceDay) ? [] : [{ report, day: parsed.day }];
  }).sort((a, b) => b.day - a.day || (a.report.file < b.report.file ? -1 : a.report.file > b.report.file ? 1 : 0));
}
function riskReportFindings(model, reports, rule, referenceDay) {
  if (!needsRiskReport(model, rule)) return [];
  const id = model.config.id;
  const stage = model.config.stage;
  const [newest] = coveringReports(model, reports, referenceDay);
  if (newest === void 0) {
    const message2 = `${id} is at stage ${stage} and no Risk Report (${rule.paths.join(", ")}) dated by the reference date covers it; the policy requires one every ${rule.cadence_days} days`;
    const at = { file: model.file, line: model.lines["stage"] ?? model.lines["id"] ?? 1, model: id };
    return [finding("RISK_REPORT_MISSING", "error", message2, at)];
  }
  const age = referenceDay === void 0 ? void 0 : referenceDay - newest.day;
  if (age !== void 0 && age <= rule.cadence_days) return [];
  const since = age === void 0 ? "its age cannot be measured (the reference date is invalid)" : `${age} days before the reference date`;
  const message = `${id} is at stage ${stage} and its newest Risk Report is from ${newest.report.date}, ${since}; the policy requires one every ${rule.cadence_days} days`;
  return [finding("RISK_REPORT_OVERDUE", "error", message, { file: newest.report.file, line: newest.report.dateLine, model: id })];
}

// src/engine/evaluate.ts
function byId2(models) {
  const sorted = [...models].sort((a, b) => compareText(a.file, b.file));
  const map = /* @__PURE__ */ new Map();
  for (const m of sorted) if (!map.has(m.config.id)) map.set(m.config.id, m);
  return map;
}
function policyLevelFindings(policy, policyFile, policyFindings) {
  if (policyFindings.some((f) => f.code === "POLICY_INVALID")) return [];
  const named = [
    ...policy.capabilities.map((c) => ({ what: `capability ${c.id}`, level: c.requires })),
    ...policy.safeguards.map((s) => ({ what: `safeguard ${s.id}`, level: s.level }))
  ];
  return checkPolicyLevels(policy.levels, named, policyFile);
}
function unknownSafeguardCommands(attestations, policy) {
  const known = new Set(policy.safeguards.map((s) => s.id));
  const unknown = [...new Set(attestations.filter((a) => !known.has(a.safeguard)).map((a) => a.safeguard))].sort();
  return unknown.map(
    (id) => finding("SAFEGUARD_UNKNOWN", "warning", `a command names safeguard "${id}", which the policy does not define`)
  );
}
function validApprovals(input) {
  const fingerprint = input.policyFingerprint ?? "";
  return input.policyApprovals.filter((a) => outdatedBecause(a, fingerprint) === void 0);
}
function policyChangeFindings(input) {
  if (!input.policyChanged) return [];
  const where = { file: input.policyFile, line: 1 };
  const changed = finding("POLICY_CHANGED", "notice", "this PR changes the policy; it is judged by the base policy", where);
  if (validApprovals(input).length > 0) return [changed];
  const fingerprint = input.policyFingerprint ?? "";
  const outdated = input.policyApprovals.map(
    (a) => finding(
      "APPROVAL_OUTDATED",
      "warning",
      `the approval of the policy change by ${a.by} no longer applies: ${outdatedBecause(a, fingerprint)}`,
      where
    )
  );
  const command = fingerprint === "" ? "/rsp approve-policy" : `/rsp approve-policy fp:${fingerprint.slice(0, FINGERPRINT_PREFIX_LENGTH)}`;
  return [
    changed,
    ...outdated,
    finding("POLICY_CHANGE_UNAPPROVED", "warning", `the policy change needs ${command} from a policy approver`, where)
  ];
}
function resolveScope(inScope, heads, bases) {
  const models = [];
  const findings2 = [];
  for (const id of [...new Set(inScope)].sort()) {
    const head = heads.get(id);
    const base = bases.get(id);
    if (head) models.push(head);
    else if (base)
      findings2.push(finding("MODEL_DELETED", "notice", `${id} is deleted by this PR; it is not evaluated`, { file: base.file, model: id }));
    else
      findings2.push({
        ...finding("MODEL_INVALID", "error", `${id} is in scope but has no readable model config at the head commit`),
        model: id
      });
  }
  return { models, findings: findings2 };
}
function routeInputFindings(findings2, index, evaluated) {
  const byModel = /* @__PURE__ */ new Map();
  const shared = [];
  for (const f of findings2) {
    const owners = f.model === void 0 ? [] : index.modelsFor(f.model).filter((id) => evaluated.has(id));
    const [owner] = owners;
    if (owners.length !== 1 || owner === void 0) {
      shared.push(f);
      continue;
    }
    pushTo(byModel, owner, f);
  }
  return { byModel, shared };
}
function evaluate2(input) {
  const context = indexInputs(input);
  const { shared, evaluated, routed } = sharedFindings(input, context);
  const models = evaluateModels(input, context, evaluated, routed.byModel, shared);
  const verdict = summarise(input, models, sortFindings(shared));
  verdict.ledger = ledgerOf(input, context, models);
  return verdict;
}
function ledgerOf(input, context, models) {
  return buildLedger({
    refused: input.ledger ?? [],
    attestations: context.attestations,
    policyApprovals: input.policyApprovals,
    assessmentApprovals: input.assessmentApprovals ?? [],
    policyFingerprint: input.policyFingerprint ?? "",
    policyChanged: input.policyChanged,
    models: models.flatMap((verdict) => {
      const config = context.heads.get(verdict.id);
      return config === void 0 ? [] : [{ verdict, config }];
    })
  });
}
function indexInputs(input) {
  const heads = byId2(input.headModels);
  const bases = byId2(input.baseModels);
  const index = indexModels([...heads.values()]);
  return {
    reference: parseDate(input.referenceDate),
    heads,
    bases,
    index,
    assignment: assignRecords(input.evidence, index),
    baseChanged: assignRecords(input.baseChangedEvidence ?? [], index).byModel,
    attestations: sortAttestations(input.attestations)
  };
}
function sharedFindings(input, context) {
  const { policy } = input;
  const shared = [
    ...input.policyFindings,
    ...policyLevelFindings(policy, input.policyFile, input.policyFindings),
    ...context.assignment.findings,
    ...unknownSafeguardCommands(context.attestations, policy),
    ...policyChangeFindings(input)
  ];
  if (context.reference === void 0) {
    shared.push(
      finding("PARSE_ERROR", "error", `the reference date "${input.referenceDate}" is not a date, so no evidence can count as fresh`)
    );
  }
  const scope = resolveScope(input.modelsInScope, context.heads, context.bases);
  append(shared, scope.findings);
  const evaluated = scope.models;
  const routed = routeInputFindings(input.inputFindings, context.index, new Set(evaluated.map((m) => m.config.id)));
  append(shared, routed.shared);
  if (evaluated.some((m) => needsRiskReport(m, policy.risk_reports))) append(shared, input.riskReportReadFindings ?? []);
  return { shared, evaluated, routed };
}
function evaluateModels(input, context, evaluated, byModel, shared) {
  const { policy } = input;
  const common = {
    policy,
    z: zForConfidence(policy.assessment.confidence),
    fingerprint: fingerprinter(policy),
    referenceDay: context.reference?.day,
    attestations: context.attestations,
    sharedErrors: shared.filter((f) => f.severity === "error"),
    policyChangeUnapproved: policyChangeUnapproved(input)
  };
  return evaluated.map(
    (m) => evaluateModel(m, {
      ...common,
      base: context.bases.get(m.config.id),
      records: context.assignment.byModel.get(m.config.id) ?? [],
      baseChanged: context.baseChanged.get(m.config.id) ?? [],
      assessmentApprovals: input.assessmentApprovals ?? [],
      inputFindings: [
        ...byModel.get(m.config.id) ?? [],
        ...riskReportFindings(m, input.riskReports ?? [], policy.risk_reports, context.reference?.day)
      ]
    })
  );
}
function policyChangeUnapproved(input) {
  return input.policyChanged && validApprovals(input).length === 0;
}
function summarise(input, models, findings2) {
  const all = [...findings2, ...models.flatMap((m) => m.findings)];
  const conclusion = conclude({
    findings: all,
    pendingSafeguards: models.reduce((n, m) => n + m.safeguards.filter((s) => s.status === "pending").length, 0),
    unattestedClaims: all.filter((f) => f.code === "CLAIM_UNATTESTED").length,
    policyChangeUnapproved: policyChangeUnapproved(input),
    nothingRelevant: input.nothingRelevant === true
  });
  const requiredLevel2 = highestLevel(
    input.policy.levels,
    models.map((m) => m.requiredLevel)
  );
  const policy = {
    file: input.policyFile,
    extends: input.policy.extends ?? null,
    changed: input.policyChanged,
    approvedBy: [...new Set(validApprovals(input).map((a) => a.by))].sort(),
    fingerprint: input.basePolicyFingerprint ?? null
  };
  const counts = countSeverities(all);
  const facts = {
    conclusion,
    requiredLevel: requiredLevel2,
    referenceDate: input.referenceDate,
    policy,
    models,
    findings: findings2,
    counts
  };
  return {
    schemaVersion: 2,
    subject: input.subject ?? { baseSha: "", headSha: "" },
    tool: input.tool ?? UNKNOWN_TOOL,
    conclusion,
    requiredLevel: requiredLevel2,
    headline: headline(facts),
    referenceDate: input.referenceDate,
    policy,
    models,
    findings: findings2,
    counts,
    ledger: []
  };
}
var UNKNOWN_TOOL = { name: "rsp-gate", version: "unknown" };

// src/run/evidence-reads.ts
var SLICE_BYTES = 48 << 20;
var UNKNOWN_SIZE = 64 << 10;
function slices(paths, sizeOf, budget = SLICE_BYTES) {
  const out = [];
  let current2 = [];
  let bytes = 0;
  for (const path of paths) {
    const size = sizeOf(path) ?? UNKNOWN_SIZE;
    if (current2.length > 0 && bytes + size > budget) {
      out.push(current2);
      current2 = [];
      bytes = 0;
    }
    current2.push(path);
    bytes += size;
  }
  if (current2.length > 0) out.push(current2);
  return out;
}
async function readResults(reader, commit, paths, tree, evalRoots) {
  const out = { records: /* @__PURE__ */ new Map(), findings: [], unreadable: [], formats: /* @__PURE__ */ new Map() };
  if (paths.length === 0) return out;
  const { readResultFile } = await import("./read-NQSI5PQE.js");
  const sizes = new Map(tree.map((e) => [e.path, e.size]));
  reader.prefetch?.(commit, paths);
  const parts = slices(paths, (p) => sizes.get(p));
  let next = parts.length > 0 ? reader.readFiles(commit, parts[0]) : void 0;
  for (let i = 0; i < parts.length; i++) {
    const files = await next;
    next = i + 1 < parts.length ? reader.readFiles(commit, parts[i + 1]) : void 0;
    for (const path of parts[i]) {
      const src = files.get(path);
      files.delete(path);
      if (!src) {
        out.unreadable.push(path);
        continue;
      }
      const folderModel = modelFromFolder(path, evalRoots);
      const result = await readResultFile(src, folderModel === void 0 ? {} : { folderModel });
      out.records.set(path, result.records);
      append(out.findings, result.findings);
      out.formats.set(path, result.format);
    }
  }
  return out;
}
function neededResults({ evalPaths, evalRoots, models, inScope, everything }) {
  if (everything) return evalPaths;
  const index = indexModels(models);
  return evalPaths.filter((path) => {
    const folder = modelFromFolder(path, evalRoots);
    const owners = folder === void 0 ? [] : index.modelsFor(folder);
    return owners.length === 0 || owners.some((id) => inScope.has(id));
  });
}
function misfiledResult(path, records, evalRoots, index) {
  const folder = modelFromFolder(path, evalRoots);
  if (folder === void 0) return void 0;
  const owners = new Set(index.modelsFor(folder));
  if (owners.size === 0) return void 0;
  for (const record of records) {
    if (record.modelFromPath) continue;
    const named = index.modelsFor(record.model);
    if (named.length > 0 && !named.some((id) => owners.has(id))) {
      const message = `this result names ${named.join(", ")} but sits in the results folder of ${[...owners].join(", ")}; move it to that model's folder (or a folder named for no model), where its evidence is looked for`;
      return finding("MISFILED_RESULT", "error", message, record.line === void 0 ? { file: path } : { file: path, line: record.line });
    }
  }
  return void 0;
}

// src/run/relevant-notices.ts
function relevantNotices(findings2, changed, inScope, recordsByFile2) {
  const named = namesAny(inScope);
  return findings2.filter((f) => {
    if (f.severity !== "notice" || f.file === void 0 || changed.has(f.file)) return true;
    const records = recordsByFile2.get(f.file) ?? [];
    return records.some((r) => named(r.model));
  });
}

// src/evidence/risk-report.ts
function loadRiskReport(text2, file) {
  const block = yamlOfFile(text2, file);
  if (block === void 0) {
    const message = "Risk Report: a Markdown report needs YAML front matter (date, models, approvers) between --- lines";
    return { findings: [finding("RISK_REPORT_INVALID", "error", message, { file, line: 1 })] };
  }
  const doc = readConfigDocument(block.yaml, file, {
    parseCode: "RISK_REPORT_INVALID",
    invalidCode: "RISK_REPORT_INVALID",
    label: "Risk Report"
  });
  const shift = (f) => f.line === void 0 ? f : { ...f, line: f.line + block.lineOffset };
  if (doc.value === void 0) return { findings: doc.findings.map(shift) };
  if (doc.value.date instanceof Date && !Number.isNaN(doc.value.date.getTime())) doc.value.date = doc.value.date.toISOString().slice(0, 10);
  const checked = validate(RiskReportSchema, { value: doc.value, findings: [], locate: doc.locate }, "RISK_REPORT_INVALID", "Risk Report");
  const findings2 = [...doc.findings, ...checked.findings].map(shift);
  const dateLine = (doc.locate(["date"]).line ?? 1) + block.lineOffset;
  const value = checked.value;
  if (value === void 0 || findings2.length > 0) return { findings: findings2 };
  if (parseDate(value.date) === void 0) {
    return {
      findings: [
        finding("RISK_REPORT_INVALID", "error", `Risk Report: date "${value.date}" is not a calendar date`, { file, line: dateLine })
      ]
    };
  }
  return { report: { file, date: value.date, models: value.models, approvers: value.approvers, dateLine }, findings: [] };
}

// src/run/risk-report-reads.ts
async function readRiskReports(reader, commit, tree, policy, inScope) {
  const rule = policy.risk_reports;
  if (rule === void 0 || !inScope.some((m) => needsRiskReport(m, rule))) return { reports: [], findings: [] };
  const isReport = pathMatcher(rule.paths);
  const paths = tree.map((e) => e.path).filter((p) => isReport(p));
  const files = await reader.readFiles(commit, paths);
  const reads = { reports: [], findings: [] };
  for (const path of paths) {
    const src = files.get(path);
    if (src === void 0 || src.size > MAX_CONFIG_SIZE) {
      const why = src === void 0 ? "could not be read" : `is ${src.size} bytes; the limit is ${MAX_CONFIG_SIZE}`;
      reads.findings.push(finding("RISK_REPORT_INVALID", "error", `Risk Report ${why}`, { file: path, line: 1 }));
      continue;
    }
    const loaded = loadRiskReport(await readText(src), path);
    reads.findings.push(...loaded.findings);
    if (loaded.report) reads.reports.push(loaded.report);
  }
  return { reports: reads.reports.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0), findings: reads.findings };
}

// src/run/evaluate-change.ts
var DEFAULT_POLICY_PATH = ".github/rsp-policy.yml";
async function evaluateChange(reader, change, options = {}) {
  const policyPath = options.policyPath ?? DEFAULT_POLICY_PATH;
  const { input, headPolicyText } = await readChange(reader, change, options);
  const verdict = evaluate2(input);
  if (input.policyChanged) verdict.policy.preview = previewUnder(headPolicyText, policyPath, input, verdict);
  return verdict;
}
async function readChange(reader, change, options = {}) {
  const policyPath = options.policyPath ?? DEFAULT_POLICY_PATH;
  const start = await readStart(reader, change, policyPath, options.referenceTime);
  const layout = classify(start, change, policyPath, options);
  const { baseModels, headModels, changedHead, changedBase, inputFindings } = await readChangedInputs(reader, change, start, layout);
  for (const path of start.headSubmodules.filter((p) => layout.isEval(p))) inputFindings.push(submoduleFinding(path));
  const inScope = scopeOf(layout, baseModels, headModels, changedHead, changedBase, options);
  const evidence = await readEvidence(reader, change, start, layout, { baseModels, headModels, changedHead, inScope, inputFindings });
  const models = headModels.map((m) => ({ id: m.config.id, aliases: m.config.aliases }));
  const commandInputs = options.commands ? await options.commands(start.policy, { models }) : { attestations: [], approvals: [] };
  const inScopeModels = headModels.filter((m) => inScope.includes(m.config.id));
  const riskReports = await readRiskReports(reader, change.base, start.baseTree, start.policy, inScopeModels);
  const input = {
    policy: start.policy,
    policyFindings: start.policyFindings,
    policyFile: policyPath,
    baseModels,
    headModels,
    modelsInScope: inScope,
    evidence,
    inputFindings: relevantNotices(inputFindings, new Set(layout.changed), inScopeModels, recordsByFile(evidence)),
    riskReports: riskReports.reports,
    riskReportReadFindings: riskReports.findings,
    attestations: commandInputs.attestations,
    policyApprovals: commandInputs.approvals,
    assessmentApprovals: commandInputs.assessmentApprovals ?? [],
    ledger: commandInputs.ledger ?? [],
    // What `/rsp approve-policy fp:` binds to: the proposed text ('' when the PR deletes the policy).
    policyFingerprint: policyTextFingerprint(start.headPolicyText),
    // Results the PR changes or removes, as the base had them: a removed crossing is a claim (see claims.ts).
    baseChangedEvidence: [...changedBase.records.values()].flat(),
    policyChanged: layout.policyChanged,
    referenceDate: start.referenceDate,
    nothingRelevant: !layout.relevantChange && options.all !== true,
    subject: {
      ...options.subject,
      baseSha: change.base,
      headSha: change.head,
      ...change.policyBase === void 0 || change.policyBase === change.base ? {} : { policySha: change.policyBase }
    },
    ...options.tool === void 0 ? {} : { tool: options.tool },
    basePolicyFingerprint: start.basePolicyText === void 0 ? null : sha256(start.basePolicyText)
  };
  const resultsRead = [...changedHead.formats.values()].filter((f) => f !== void 0).length;
  return { input, headPolicyText: start.headPolicyText, resultsRead };
}
function policyTextFingerprint(text2) {
  return text2 === void 0 ? "" : sha256(text2);
}
function sha256(text2) {
  return createHash("sha256").update(text2).digest("hex");
}
async function readStart(reader, change, policyPath, referenceTime) {
  const policyBase = change.policyBase ?? change.base;
  const [baseListing, headListing, referenceDate, basePolicyFiles, headPolicyFiles] = await Promise.all([
    reader.listFiles(change.base),
    reader.listFiles(change.head),
    referenceTime ?? commitReference(reader, change),
    reader.readFiles(policyBase, [policyPath]),
    policyBase === change.head ? void 0 : reader.readFiles(change.head, [policyPath])
  ]);
  const [baseTree, headTree] = [baseListing, headListing].map((tree) => tree.filter((entry2) => !entry2.submodule));
  const headSubmodules = headListing.filter((entry2) => entry2.submodule).map((entry2) => entry2.path);
  const basePolicyText = await configText(basePolicyFiles.get(policyPath));
  const loaded = loadPolicy(basePolicyText.text, policyPath);
  const headPolicySource = headPolicyFiles?.get(policyPath);
  const headPolicyText = headPolicyFiles === void 0 ? basePolicyText.text : headPolicySource ? (await configText(headPolicySource)).text : void 0;
  return {
    baseTree,
    headTree,
    headSubmodules,
    referenceDate,
    policy: loaded.policy,
    policyFindings: [...basePolicyText.findings, ...loaded.findings],
    basePolicyText: basePolicyText.text,
    headPolicyText,
    headPolicyRead: headPolicyFiles !== void 0
  };
}
async function commitReference(reader, change) {
  const [headDate, baseDate] = await Promise.all([reader.commitDate(change.head), reader.commitDate(change.base)]);
  return laterDate(headDate, baseDate);
}
function classify(start, change, policyPath, options) {
  const { policy, baseTree, headTree } = start;
  const changed = change.changedFiles ?? diffTrees(baseTree, headTree);
  const policyChanged = start.headPolicyRead && start.headPolicyText !== start.basePolicyText && changed.includes(policyPath);
  const isModel = pathMatcher(policy.paths.models);
  const matchesEval = pathMatcher(policy.paths.evals);
  const isEval = (p) => matchesEval(p) && !isModel(p);
  const relevantChange = changed.some((p) => p === policyPath || isModel(p) || matchesEval(p));
  const wantsEvidence = relevantChange || options.all === true;
  const headEvalPaths = wantsEvidence ? headTree.map((e) => e.path).filter(isEval) : [];
  const headEvals = new Set(headEvalPaths);
  const baseEvals = new Set(baseTree.map((e) => e.path).filter(isEval));
  return {
    changed,
    policyChanged,
    relevantChange,
    configsChanged: changed.some((p) => isModel(p)),
    evalRoots: policy.paths.evals.map((glob) => import_picomatch2.default.scan(glob).base),
    isEval: matchesEval,
    baseModelPaths: baseTree.map((e) => e.path).filter((p) => isModel(p)),
    headModelPaths: headTree.map((e) => e.path).filter((p) => isModel(p)),
    headEvalPaths,
    changedHeadEvals: changed.filter((p) => headEvals.has(p)),
    changedBaseEvals: changed.filter((p) => baseEvals.has(p))
  };
}
async function readChangedInputs(reader, change, start, layout) {
  const sameCommit = change.base === change.head;
  const [baseConfigs, headConfigs, changedHead, changedBase] = await Promise.all([
    sameCommit ? void 0 : reader.readFiles(change.base, layout.baseModelPaths),
    reader.readFiles(change.head, layout.headModelPaths),
    readResults(reader, change.head, layout.changedHeadEvals, start.headTree, layout.evalRoots),
    readResults(reader, change.base, layout.changedBaseEvals, start.baseTree, layout.evalRoots)
  ]);
  const inputFindings = [];
  const headModels = await loadModels(layout.headModelPaths, headConfigs, inputFindings);
  const baseModels = baseConfigs === void 0 ? headModels : await loadModels(layout.baseModelPaths, baseConfigs, []);
  return { baseModels, headModels, changedHead, changedBase, inputFindings };
}
function scopeOf(layout, baseModels, headModels, changedHead, changedBase, options) {
  return modelsInScope({
    all: options.all === true || layout.policyChanged,
    changed: layout.changed,
    baseModels,
    headModels,
    recordsByFile: [changedHead.records, changedBase.records],
    // A changed file in a model's results folder touches that model, even one that holds no result it can read.
    folderNames: layout.changed.filter((p) => layout.isEval(p)).flatMap((p) => modelFromFolder(p, layout.evalRoots) ?? [])
  });
}
async function readEvidence(reader, change, start, layout, inputs) {
  const { changedHead, inputFindings } = inputs;
  const models = [...inputs.baseModels, ...inputs.headModels];
  const needed = neededResults({
    evalPaths: layout.headEvalPaths,
    evalRoots: layout.evalRoots,
    models,
    inScope: new Set(inputs.inScope),
    everything: layout.policyChanged || layout.configsChanged || inputs.inScope.length === inputs.headModels.length
  });
  const rest = needed.filter((p) => !changedHead.records.has(p) && !changedHead.unreadable.includes(p));
  const others = await readResults(reader, change.head, inputs.inScope.length === 0 ? [] : rest, start.headTree, layout.evalRoots);
  const index = indexModels(models);
  const evidence = [];
  for (const read of [changedHead, others]) {
    for (const path of read.unreadable)
      inputFindings.push(finding("PARSE_ERROR", "error", "the file is listed in the tree but could not be read", { file: path }));
    append(inputFindings, read.findings);
    for (const [path, records] of read.records) {
      append(evidence, records);
      const misfiled = misfiledResult(path, records, layout.evalRoots, index);
      if (misfiled) inputFindings.push(misfiled);
      if (read === changedHead && read.formats.get(path) === void 0) inputFindings.push(unreadFile(path));
    }
  }
  return evidence;
}
function recordsByFile(evidence) {
  const byFile = /* @__PURE__ */ new Map();
  for (const record of evidence) pushTo(byFile, record.file, record);
  return byFile;
}
function submoduleFinding(path) {
  const message = "is a git submodule: its files live in another repository, which rsp-gate does not read; commit the results themselves";
  return finding("UNREAD_FILE", "error", message, { file: path });
}
function previewUnder(headPolicyText, policyPath, input, verdict) {
  const proposed = loadPolicy(headPolicyText, policyPath);
  const underNew = evaluate2({
    ...input,
    policy: proposed.policy,
    policyFindings: proposed.findings,
    attestations: [],
    policyApprovals: [],
    policyChanged: false
  });
  return verdict.models.map((m) => {
    const next = underNew.models.find((n) => n.id === m.id);
    return {
      model: m.id,
      requiredLevel: m.requiredLevel,
      requiredLevelUnderNewPolicy: next?.requiredLevel ?? m.requiredLevel,
      conclusionUnderNewPolicy: next?.conclusion ?? underNew.conclusion
    };
  });
}
async function configText(src) {
  if (!src) return { text: void 0, findings: [] };
  if (src.size > MAX_CONFIG_SIZE) {
    return {
      text: void 0,
      findings: [
        finding("PARSE_ERROR", "error", `file is ${src.size} bytes; the limit is ${MAX_CONFIG_SIZE}`, { file: src.path, line: 1 })
      ]
    };
  }
  return { text: await readText(src), findings: [] };
}
async function loadModels(paths, files, findings2) {
  const models = [];
  const seen = /* @__PURE__ */ new Map();
  for (const path of paths) {
    const { text: text2, findings: sizeFindings } = await configText(files.get(path));
    findings2.push(...sizeFindings);
    if (text2 === void 0) {
      if (sizeFindings.length === 0) findings2.push(finding("PARSE_ERROR", "error", "model config could not be read", { file: path }));
      continue;
    }
    const loaded = loadModelConfig(text2, path);
    findings2.push(...loaded.findings);
    if (!loaded.model) continue;
    const first = seen.get(loaded.model.config.id);
    if (first !== void 0) {
      findings2.push(
        finding("DUPLICATE_MODEL", "error", `model id "${loaded.model.config.id}" is already claimed by ${first}`, {
          file: path,
          line: loaded.model.lines["id"] ?? 1
        })
      );
      continue;
    }
    seen.set(loaded.model.config.id, path);
    models.push(loaded.model);
  }
  return models;
}
var DATA_FILE = /\.(json|jsonl|ya?ml|eval)$/i;
function unreadFile(path) {
  const data = DATA_FILE.test(path);
  const message = data ? "this data file under the results paths is in no format rsp-gate reads, so any result in it would be ignored; convert it, or move it out of paths.evals" : "this file under the results paths is not an eval result rsp-gate reads; it is not used as evidence";
  return finding("UNREAD_FILE", data ? "error" : "warning", message, { file: path });
}
function laterDate(first, second) {
  const a = Date.parse(first);
  const b = Date.parse(second);
  return Number.isNaN(b) || !Number.isNaN(a) && a >= b ? first : second;
}

// src/common/instant.ts
function parseInstant(text2) {
  const parsed = parseDate(text2.trim());
  return parsed === void 0 ? void 0 : new Date(parsed.instant).toISOString();
}

// src/report/html-elements.ts
function text(value) {
  return { html: escapeHtmlText(String(value)) };
}
function tag(name, attributes, ...children) {
  const attrs = Object.entries(attributes).filter(([, v]) => v !== void 0).map(([k, v]) => ` ${k}="${escapeHtmlText(String(v))}"`).join("");
  const inner = children.map((c) => typeof c === "string" ? escapeHtmlText(c) : c.html).join("");
  return { html: `<${name}${attrs}>${inner}</${name}>` };
}
function join2(parts, separator = "") {
  return { html: parts.map((p) => p.html).join(separator) };
}
function stackTable(headers, rows) {
  const head = tag("thead", {}, tag("tr", {}, ...headers.map((h) => tag("th", { scope: "col" }, h))));
  const body = tag(
    "tbody",
    {},
    ...rows.map((row) => tag("tr", {}, ...row.map((cell, i) => tag("td", { "data-label": headers[i] ?? "" }, tag("div", {}, cell)))))
  );
  return tag("div", { class: "table" }, tag("table", { class: "stack" }, head, body));
}

// src/report/html-expiring.ts
var EXPIRY_WINDOW_DAYS = 30;
function expiringEvidence(v, windowDays = EXPIRY_WINDOW_DAYS) {
  const reference = parseDate(v.referenceDate)?.day;
  if (reference === void 0) return [];
  const found = [];
  for (const m of v.models) {
    for (const c of m.capabilities) {
      for (const e of c.evidence) {
        const until = parseDate(e.freshUntil)?.day;
        if (until === void 0 || e.date === null || until - reference > windowDays) continue;
        found.push({
          model: m.id,
          capability: c.id,
          eval: e.eval,
          metric: e.metric,
          value: e.value,
          date: e.date,
          freshUntil: e.freshUntil,
          daysLeft: until - reference,
          file: e.file,
          line: e.line
        });
      }
    }
  }
  return found.sort((a, b) => a.daysLeft - b.daysLeft || a.model.localeCompare(b.model) || a.capability.localeCompare(b.capability));
}
function when(x) {
  if (x.daysLeft < 0) return `lapsed ${plural(-x.daysLeft, "day")} ago`;
  return x.daysLeft === 0 ? "last fresh day today" : `in ${plural(x.daysLeft, "day")}`;
}
function expiringSection(v, windowDays = EXPIRY_WINDOW_DAYS) {
  const items = expiringEvidence(v, windowDays);
  const intro = items.length === 0 ? `No evidence stops counting as fresh within ${windowDays} days of the reference date.` : `${plural(items.length, "result")} stop counting as fresh within ${windowDays} days of the reference date (or already have): re-run before then.`;
  const rows = items.map((x) => [
    x.model,
    join2([tag("code", {}, `${x.eval} / ${x.metric}`), tag("span", { class: "muted" }, ` ${x.capability}`)]),
    x.value === null ? "\u2014" : formatNumber(x.value),
    x.date.slice(0, 10),
    tag("span", { class: x.daysLeft < 0 ? "flag" : x.daysLeft <= 7 ? "soon" : "" }, `${x.freshUntil} (${when(x)})`),
    locationText(x.file, x.line)
  ]);
  return tag(
    "section",
    { id: "expiring" },
    tag("h2", {}, "Evidence expiring"),
    tag("p", {}, intro),
    items.length === 0 ? join2([]) : stackTable(["Model", "Rule", "Value", "Dated", "Fresh until", "File"], rows)
  );
}

// src/report/html-chart.ts
var WIDTH = 320;
var HEIGHT = 160;
var PLOT = { left: 40, right: 308, top: 12, bottom: 132 };
function round(n) {
  return n.toFixed(1);
}
function scaleOf(points, top) {
  const times = points.map((p) => parseDate(p.date)?.instant ?? 0);
  const [first, last] = [Math.min(...times), Math.max(...times)];
  const span = PLOT.right - PLOT.left;
  const x = last > first ? (_p, i) => PLOT.left + (times[i] - first) / (last - first) * span : (_p, i) => PLOT.left + (points.length === 1 ? span / 2 : i / (points.length - 1) * span);
  const clamp = (v) => Math.min(Math.max(v, 0), top);
  const y = (v) => PLOT.bottom - clamp(v) / top * (PLOT.bottom - PLOT.top);
  return { x, y };
}
function horizontal(value, className, label, s) {
  const y = round(s.y(value));
  return tag(
    "g",
    { class: className },
    tag("line", { x1: PLOT.left, x2: PLOT.right, y1: y, y2: y }),
    tag("text", { x: PLOT.right, y: round(s.y(value) - 3), "text-anchor": "end" }, `${label} ${formatNumber(value)}`)
  );
}
function axes(top, points) {
  const ticks = [0, top / 2, top].map((v) => {
    const y = round(PLOT.bottom - v / top * (PLOT.bottom - PLOT.top));
    return tag(
      "g",
      { class: "tick" },
      tag("line", { x1: PLOT.left, x2: PLOT.right, y1: y, y2: y }),
      tag("text", { x: PLOT.left - 4, y, "text-anchor": "end", "dominant-baseline": "middle" }, formatNumber(v))
    );
  });
  const day = (p) => p === void 0 ? "" : p.date.slice(0, 10);
  const dates = tag(
    "g",
    { class: "dates" },
    tag("text", { x: PLOT.left, y: HEIGHT - 8, "text-anchor": "start" }, day(points[0])),
    points.length > 1 ? tag("text", { x: PLOT.right, y: HEIGHT - 8, "text-anchor": "end" }, day(points.at(-1))) : text("")
  );
  return tag("g", { class: "axes" }, ...ticks, dates);
}
function series(points, s) {
  const at = (pick2) => points.map((p, i) => `${round(s.x(p, i))},${round(s.y(pick2(p)))}`);
  const band = [...at((p) => p.upper), ...at((p) => p.lower).reverse()].join(" ");
  const bars = points.map((p, i) => {
    const x = round(s.x(p, i));
    return tag("line", { class: "bar", x1: x, x2: x, y1: round(s.y(p.lower)), y2: round(s.y(p.upper)) });
  });
  const dots = points.map(
    (p, i) => tag(
      "circle",
      { class: "point", cx: round(s.x(p, i)), cy: round(s.y(p.value)), r: 3.5 },
      tag("title", {}, `${p.date.slice(0, 10)}: ${formatNumber(p.value)} [${formatNumber(p.lower)}, ${formatNumber(p.upper)}] \xB7 ${p.file}`)
    )
  );
  return [
    tag("polygon", { class: "band", points: band }),
    ...bars,
    tag("polyline", { class: "value", points: at((p) => p.value).join(" ") }),
    ...dots
  ];
}
function chartOf(c, e) {
  const points = e.history ?? [];
  const top = axisMax(e, points) || 1;
  const s = scaleOf(points, top);
  const lines = [
    e.alert === null ? void 0 : horizontal(e.alert, "alert", "alert", s),
    e.threshold === null ? void 0 : horizontal(e.threshold, "threshold", "threshold", s)
  ].filter((l) => l !== void 0);
  const title = `${c.title}: ${e.eval} ${e.metric}, ${points.length} dated result${points.length === 1 ? "" : "s"}`;
  const svg = tag(
    "svg",
    { class: "chart", viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img", "data-points": points.length, xmlns: "http://www.w3.org/2000/svg" },
    tag("title", {}, title),
    axes(top, points),
    ...series(points, s),
    ...lines
  );
  return tag("figure", { class: "trend" }, svg, tag("figcaption", {}, `${e.eval} / ${e.metric}`));
}
function capabilityChart(c) {
  const e = chartedRule(c, 1);
  return e === void 0 ? tag("p", { class: "nochart" }, "No dated results to chart.") : chartOf(c, e);
}

// src/report/html-model.ts
function anchorOf(m) {
  return `model-${m.id}`;
}
function conclusionBadge(c) {
  return tag("span", { class: `badge conclusion-${c}` }, CONCLUSION_LABEL[c].word);
}
function levels(m) {
  const tooLow = m.findings.some((f) => f.code === "DECLARED_LEVEL_TOO_LOW" || f.code === "UNKNOWN_LEVEL");
  return tag(
    "p",
    { class: "levels" },
    "Declared ",
    tag("strong", {}, m.declaredLevel),
    " \xB7 required ",
    tag("strong", {}, m.requiredLevel),
    tooLow ? tag("span", { class: "flag" }, " declared level too low") : ""
  );
}
function capabilities(m) {
  const cards = m.capabilities.map(
    (c) => tag(
      "article",
      { class: `cap status-${c.status}` },
      tag("h4", {}, c.title),
      tag(
        "p",
        { class: "cap-status" },
        tag("span", { class: `badge status-${c.status}` }, CAPABILITY_LABEL[c.status].word),
        ` ${c.id} \xB7 requires ${c.requires}`
      ),
      capabilityChart(c),
      tag("p", { class: "reason" }, c.reason)
    )
  );
  return join2([tag("h3", {}, "Capabilities"), tag("div", { class: "caps" }, ...cards)]);
}
var ORDER = ["pending", "attested", "satisfied"];
function safeguards(m) {
  if (m.safeguards.length === 0) return tag("p", {}, "No safeguards are required at this level.");
  const count = (s) => m.safeguards.filter((g) => g.status === s).length;
  const summary = ORDER.map((s) => `${count(s)} ${SAFEGUARD_LABEL[s].word}`).join(" \xB7 ");
  const sorted = [...m.safeguards].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
  const rows = sorted.map((g) => [
    tag("span", { class: `badge safeguard-${g.status}` }, SAFEGUARD_LABEL[g.status].word),
    tag("span", { class: "nowrap" }, g.level),
    join2([tag("code", {}, g.id), tag("span", { class: "muted" }, ` ${g.title}`)]),
    g.status === "pending" ? g.owners.length > 0 ? g.owners.join(", ") : "no owner: a model ledger only" : g.attestedBy ?? "model ledger"
  ]);
  return join2([
    tag("h3", {}, "Safeguards"),
    tag("p", { class: "summary" }, summary),
    stackTable(["Status", "Level", "Safeguard", "Owners / attested by"], rows)
  ]);
}
function findingList(findings2) {
  const items = findings2.map(
    (f) => tag(
      "li",
      { class: `finding severity-${f.severity}` },
      tag("code", {}, f.code),
      ` ${f.message}`,
      f.file === void 0 ? "" : tag("span", { class: "where" }, ` ${locationText(f.file, f.line)}`)
    )
  );
  return tag("ul", { class: "findings" }, ...items);
}
function findings(m) {
  const shown = m.findings.filter((f) => f.severity !== "notice");
  if (shown.length === 0) return join2([]);
  return join2([tag("h3", {}, `Findings (${plural(shown.length, "error or warning", "errors and warnings")})`), findingList(shown)]);
}
function modelSection(m) {
  return tag(
    "section",
    { class: "model", id: anchorOf(m) },
    tag("h2", {}, m.id, " ", conclusionBadge(m.conclusion)),
    levels(m),
    tag("p", { class: "muted" }, m.path),
    capabilities(m),
    safeguards(m),
    findings(m)
  );
}

// src/report/html-pulls.ts
var OpenPullsSchema = array(
  strictObject({
    number: number().int().positive().describe("The pull request number"),
    title: string().describe("Its title"),
    url: string().optional().describe("Its page (http or https only; anything else is shown as text)"),
    awaiting: array(string()).default([]).describe("Whom it awaits: owners (users or @org/team) and what from them")
  })
).describe("Open pull requests and whom each awaits (rsp-gate check --format html --pulls FILE)");
function pullCell(p) {
  const label = `#${p.number} ${p.title}`;
  const url = safeUrl(p.url);
  return url === void 0 ? tag("span", {}, label) : tag("a", { href: url }, label);
}
function pullsSection(pulls) {
  if (pulls === void 0) return join2([]);
  const rows = pulls.map((p) => [pullCell(p), p.awaiting.length > 0 ? p.awaiting.join(", ") : "nobody: ready to merge"]);
  return tag(
    "section",
    { id: "pulls" },
    tag("h2", {}, "Open pull requests"),
    pulls.length === 0 ? tag("p", {}, "No open pull request awaits anyone.") : stackTable(["Pull request", "Awaiting"], rows)
  );
}

// src/report/html-style.ts
var STATUS_PAGE_CSS = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --card: #f6f8fa; --line: #d1d9e0;
  --blue: #0969da; --band: rgba(9, 105, 218, 0.16); --yellow: #9a6700; --red: #cf222e; --green: #1a7f37; --orange: #bc4c00; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --card: #151b23; --line: #3d444d;
  --blue: #4493f8; --band: rgba(68, 147, 248, 0.22); --yellow: #d29922; --red: #f85149; --green: #3fb950; --orange: #db6d28; } }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 1100px; margin: 0 auto; padding: 16px; }
h1 { font-size: 1.6rem; margin: 0 0 4px; }
h2 { font-size: 1.3rem; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 20px 0 8px; }
h4 { font-size: 0.95rem; margin: 0 0 4px; }
h1, h2, h3, h4, p, li, td, th, figcaption, code { overflow-wrap: anywhere; }
code { font: 0.85em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--card); padding: 1px 4px; border-radius: 4px; }
a { color: var(--blue); }
.muted, .where { color: var(--muted); }
.headline { font-weight: 600; font-size: 1.05rem; }
.meta { color: var(--muted); margin: 4px 0; }
.badge { display: inline-block; padding: 0 8px; border-radius: 999px; font-size: 0.8rem; font-weight: 600; line-height: 1.6;
  border: 1px solid currentColor; white-space: nowrap; vertical-align: middle; }
.conclusion-success, .status-below, .safeguard-satisfied, .safeguard-attested { color: var(--green); }
.conclusion-failure, .status-crossed { color: var(--red); }
.conclusion-action_required, .status-not_ruled_out, .safeguard-pending { color: var(--orange); }
.status-approaching { color: var(--yellow); }
.conclusion-neutral, .status-unevaluated { color: var(--muted); }
.nowrap { white-space: nowrap; }
.flag { color: var(--red); font-weight: 600; }
.soon { color: var(--orange); font-weight: 600; }
.caps { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 300px), 1fr)); gap: 12px; }
.cap { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px; min-width: 0; }
.cap h4 { color: var(--fg); }
.cap-status { margin: 0 0 8px; color: var(--muted); font-size: 0.85rem; }
.reason { font-size: 0.85rem; color: var(--muted); margin: 8px 0 0; }
figure.trend { margin: 0; }
figcaption { font-size: 0.8rem; color: var(--muted); text-align: center; }
svg.chart { display: block; width: 100%; height: auto; max-width: 520px; margin: 0 auto; }
svg.chart text { font: 10px system-ui, sans-serif; fill: var(--muted); }
svg.chart .tick line { stroke: var(--line); stroke-width: 1; }
svg.chart .band { fill: var(--band); stroke: none; }
svg.chart .bar { stroke: var(--blue); stroke-width: 1.5; opacity: 0.5; }
svg.chart .value { fill: none; stroke: var(--blue); stroke-width: 2; }
svg.chart .point { fill: var(--blue); stroke: var(--bg); stroke-width: 1; }
svg.chart .alert line { stroke: var(--yellow); stroke-width: 1.5; stroke-dasharray: 5 3; }
svg.chart .alert text { fill: var(--yellow); }
svg.chart .threshold line { stroke: var(--red); stroke-width: 1.5; stroke-dasharray: 6 3; }
svg.chart .threshold text { fill: var(--red); }
.nochart { color: var(--muted); font-size: 0.85rem; font-style: italic; }
.table { max-width: 100%; overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
th { font-weight: 600; background: var(--card); white-space: nowrap; }
ul.findings { padding-left: 20px; font-size: 0.9rem; }
.severity-error code { color: var(--red); }
.severity-warning code { color: var(--orange); }
.legend { font-size: 0.85rem; color: var(--muted); }
.legend span { white-space: nowrap; margin-right: 12px; }
.swatch { display: inline-block; width: 18px; height: 0; border-top: 3px solid; vertical-align: middle; margin-right: 4px; }
.swatch-value { color: var(--blue); } .swatch-alert { color: var(--yellow); } .swatch-threshold { color: var(--red); }
footer { margin: 40px 0 16px; color: var(--muted); font-size: 0.8rem; }
@media (max-width: 640px) {
  main { padding: 12px; }
  table.stack thead { display: none; }
  table.stack, table.stack tbody, table.stack tr, table.stack td { display: block; width: 100%; }
  table.stack tr { border: 1px solid var(--line); border-radius: 8px; margin-bottom: 8px; padding: 4px 0; }
  table.stack td { border: 0; padding: 2px 10px; display: grid; grid-template-columns: 6.5em minmax(0, 1fr); gap: 8px; }
  table.stack td::before { content: attr(data-label); font-size: 0.8rem; color: var(--muted); }
}
@media print { .cap { break-inside: avoid; } }
`;

// src/report/html-page.ts
var CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
function header(v) {
  const counts = SEVERITIES.map((s) => `${v.counts[s]} ${v.counts[s] === 1 ? SEVERITY_LABEL[s].one : SEVERITY_LABEL[s].many}`).join(" \xB7 ");
  const policy = v.policy.extends === null ? v.policy.file : `${v.policy.file} (extends ${v.policy.extends})`;
  return tag(
    "header",
    {},
    tag(
      "h1",
      {},
      "Responsible scaling status ",
      tag("span", { class: `badge conclusion-${v.conclusion}` }, CONCLUSION_LABEL[v.conclusion].word)
    ),
    tag("p", { class: "headline" }, v.headline),
    tag(
      "p",
      { class: "meta" },
      `Reference date ${v.referenceDate} \xB7 policy ${policy} \xB7 ${plural(v.models.length, "model")} \xB7 highest required level ${v.requiredLevel} \xB7 ${counts}`
    )
  );
}
function statusCounts(m) {
  const parts = [...CapabilityStatusSchema.options].reverse().map((s) => ({ s, n: m.capabilities.filter((c) => c.status === s).length })).filter((x) => x.n > 0).map((x) => `${x.n} ${CAPABILITY_LABEL[x.s].word}`);
  return parts.length > 0 ? parts.join(", ") : "\u2014";
}
function overview(v) {
  if (v.models.length === 0) return tag("p", {}, "No model was evaluated.");
  const rows = v.models.map((m) => {
    const pending = m.safeguards.filter((s) => s.status === "pending").length;
    return [
      tag("a", { href: `#${anchorOf(m)}` }, m.id),
      m.declaredLevel,
      m.requiredLevel,
      conclusionBadge(m.conclusion),
      statusCounts(m),
      `${m.safeguards.length - pending} in place, ${pending} pending`
    ];
  });
  return join2([tag("h2", {}, "Models"), stackTable(["Model", "Declared", "Required", "Result", "Capabilities", "Safeguards"], rows)]);
}
function legend() {
  const item = (cls, label) => tag("span", {}, tag("span", { class: `swatch ${cls}` }), label);
  return tag(
    "p",
    { class: "legend" },
    "Charts: ",
    item("swatch-value", "value (its bounds shaded)"),
    item("swatch-alert", "alert"),
    item("swatch-threshold", "threshold"),
    text("each capability shows its most concerning rule with dated results.")
  );
}
function sharedFindings2(v) {
  const shown = v.findings.filter((f) => f.severity !== "notice");
  if (shown.length === 0) return join2([]);
  return tag("section", { id: "findings" }, tag("h2", {}, "Findings about the whole repository"), findingList(shown));
}
function renderStatusPage(v, options = {}) {
  const body = tag(
    "main",
    {},
    header(v),
    overview(v),
    pullsSection(options.pulls),
    expiringSection(v, options.expiryWindowDays),
    sharedFindings2(v),
    legend(),
    ...v.models.map(modelSection),
    tag(
      "footer",
      {},
      `Generated by ${options.generator ?? "rsp-gate"} from the policy and the files at the reference date. No network access is needed to read this page.`
    )
  );
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    tag("meta", { "http-equiv": "Content-Security-Policy", content: CSP }).html.replace("></meta>", ">"),
    tag("title", {}, `rsp-gate status: ${CONCLUSION_LABEL[v.conclusion].word}`).html,
    `<style>${STATUS_PAGE_CSS}</style>`
  ].join("\n");
  return `<!doctype html>
<html lang="en">
<head>
${head}
</head>
<body>
${body.html}
</body>
</html>
`;
}

export {
  toJsonReport,
  sameLogin,
  memoizeAccess,
  sourceOf,
  commandTime,
  headChangedSince,
  handlerFor,
  carriesState,
  collectCommands,
  preflight,
  REPLY_MARKER,
  answerTrigger,
  encodeRecord,
  decodeRecord,
  require_picomatch2 as require_picomatch,
  loadPolicy,
  canonicalJson,
  DEFAULT_POLICY_PATH,
  evaluateChange,
  readChange,
  policyTextFingerprint,
  packageVersion,
  currentTool,
  parseInstant,
  expiringEvidence,
  OpenPullsSchema,
  renderStatusPage
};
