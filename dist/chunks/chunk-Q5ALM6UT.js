const require = process.getBuiltinModule('node:module').createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
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

// builtin:node:buffer
var builtin = process.getBuiltinModule("node:buffer");
var isAscii = /* @__PURE__ */ (() => builtin.isAscii)();

// src/evidence/json/parse.ts
var JsonSyntaxError = class extends Error {
  /** Top-level keys read before the error: enough to tell which format the broken file was meant to be. */
  keysSeen = [];
  line;
  constructor(message, line) {
    super(message);
    this.name = "JsonSyntaxError";
    this.line = line;
  }
};
var MAX_DEPTH = 256;
var NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
var utf8 = new TextDecoder("utf-8");
function parseJsonValue(bytes, options) {
  const parser = new ValueParser(bytes, options.line, options.lines);
  const value = parser.value(0);
  parser.skipWhitespace();
  if (parser.pos < bytes.length) parser.fail("unexpected data after the value");
  return value;
}
function firstDuplicate(keys) {
  const seen = /* @__PURE__ */ new Set();
  for (const key of keys) {
    if (seen.has(key)) return key;
    seen.add(key);
  }
  return void 0;
}
function setMember(target, key, value) {
  if (key === "__proto__") {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}
var NO_TABLE = { set() {
}, push() {
} };
var ValueParser = class {
  pos = 0;
  bytes;
  /** The same bytes, for cutting ASCII text out of them. */
  buffer;
  line;
  lines;
  /** Every byte is ASCII: a string's bytes are its characters, cut out without a UTF-8 decoder's per-call cost. */
  ascii;
  constructor(bytes, line, lines) {
    this.bytes = bytes;
    this.buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.line = line;
    this.lines = lines;
    this.ascii = isAscii(bytes);
  }
  /** Where the next backslash at or after `from` is (-1 before the first search); kept so each byte is searched once. */
  nextBackslash = -1;
  /** The first backslash at or after `from`, or the length of the bytes when there is none. */
  backslashFrom(from) {
    if (this.nextBackslash < from) {
      const at = this.bytes.indexOf(92, from);
      this.nextBackslash = at === -1 ? this.bytes.length : at;
    }
    return this.nextBackslash;
  }
  /** The text of bytes [start, end), as the UTF-8 decoder reads it. */
  text(start, end) {
    return this.ascii ? this.buffer.toString("latin1", start, end) : utf8.decode(this.bytes.subarray(start, end));
  }
  fail(message) {
    throw new JsonSyntaxError(message, this.line);
  }
  skipWhitespace() {
    const b = this.bytes;
    while (this.pos < b.length) {
      const c = b[this.pos];
      if (c === 10) this.line++;
      else if (c !== 32 && c !== 9 && c !== 13) return;
      this.pos++;
    }
  }
  value(depth) {
    this.skipWhitespace();
    if (this.pos >= this.bytes.length) this.fail("unexpected end of the document");
    const c = this.bytes[this.pos];
    switch (c) {
      case 123:
        return this.object(depth);
      case 91:
        return this.array(depth);
      case 34:
        return this.string();
      case 116:
        return this.literal("true", true);
      case 102:
        return this.literal("false", false);
      case 110:
        return this.literal("null", null);
      case 78:
        return this.literal("NaN", Number.NaN);
      case 73:
        return this.literal("Infinity", Number.POSITIVE_INFINITY);
      case 45:
        if (this.bytes[this.pos + 1] === 73) {
          this.pos++;
          return -this.literal("Infinity", Number.POSITIVE_INFINITY);
        }
        return this.number();
      default:
        if (c >= 48 && c <= 57) return this.number();
        return this.fail(`unexpected character ${JSON.stringify(String.fromCharCode(c))}`);
    }
  }
  literal(word, value) {
    for (let k = 0; k < word.length; k++) {
      if (this.bytes[this.pos + k] !== word.charCodeAt(k)) this.fail(`invalid literal, expected ${word}`);
    }
    this.pos += word.length;
    return value;
  }
  number() {
    const b = this.bytes;
    const start = this.pos;
    while (this.pos < b.length) {
      const c = b[this.pos];
      if (c >= 48 && c <= 57 || c === 43 || c === 45 || c === 46 || c === 101 || c === 69) this.pos++;
      else break;
    }
    const text = this.buffer.toString("latin1", start, this.pos);
    if (!NUMBER.test(text)) this.fail(`invalid number ${JSON.stringify(text)}`);
    return Number(text);
  }
  string() {
    const b = this.bytes;
    const start = this.pos + 1;
    let from = start;
    let end = -1;
    while (end === -1) {
      const quote = b.indexOf(34, from);
      if (quote === -1) this.fail("unterminated string");
      let k = quote - 1;
      while (k >= start && b[k] === 92) k--;
      if ((quote - 1 - k) % 2 === 1) from = quote + 1;
      else end = quote;
    }
    this.pos = end + 1;
    if (this.backslashFrom(start) >= end) return this.text(start, end);
    try {
      return JSON.parse(this.text(start - 1, end + 1));
    } catch {
      return this.fail("invalid escape in string");
    }
  }
  object(depth) {
    if (depth >= MAX_DEPTH) this.fail("nesting is too deep");
    this.pos++;
    const result = {};
    const lines = this.lines === void 0 ? NO_TABLE : this.lines.table(result);
    this.skipWhitespace();
    if (this.bytes[this.pos] === 125) {
      this.pos++;
      return result;
    }
    for (; ; ) {
      this.skipWhitespace();
      if (this.bytes[this.pos] !== 34) this.fail("expected a key in double quotes");
      const keyLine = this.line;
      const key = this.string();
      this.skipWhitespace();
      if (this.bytes[this.pos] !== 58) this.fail("expected ':' after the key");
      this.pos++;
      if (Object.hasOwn(result, key)) throw new JsonSyntaxError(`duplicate key ${JSON.stringify(key)}`, keyLine);
      lines.set(key, keyLine);
      setMember(result, key, this.value(depth + 1));
      this.skipWhitespace();
      const c = this.bytes[this.pos];
      this.pos++;
      if (c === 44) continue;
      if (c === 125) return result;
      this.pos--;
      this.fail("expected ',' or '}'");
    }
  }
  array(depth) {
    if (depth >= MAX_DEPTH) this.fail("nesting is too deep");
    this.pos++;
    const result = [];
    const lines = this.lines === void 0 ? NO_TABLE : this.lines.table(result);
    this.skipWhitespace();
    if (this.bytes[this.pos] === 93) {
      this.pos++;
      return result;
    }
    for (; ; ) {
      this.skipWhitespace();
      lines.push(this.line);
      result.push(this.value(depth + 1));
      this.skipWhitespace();
      const c = this.bytes[this.pos];
      this.pos++;
      if (c === 44) continue;
      if (c === 93) return result;
      this.pos--;
      this.fail("expected ',' or ']'");
    }
  }
};

// src/evidence/json/key-lines.ts
var KeyLines = class {
  topLines = /* @__PURE__ */ new Map();
  topValues = /* @__PURE__ */ new Map();
  // A Map, not a WeakMap: the values live exactly as long as these tables, and weak keys slow the collector down.
  tables = /* @__PURE__ */ new Map();
  /** A top-level key's line, and its value when it was built. */
  setTop(key, line, value) {
    this.topLines.set(key, line);
    if (value !== void 0) this.topValues.set(key, value);
  }
  table(container) {
    const table = Array.isArray(container) ? [] : /* @__PURE__ */ new Map();
    this.tables.set(container, table);
    return table;
  }
  /** The line of the key (or array element) at `path`; the nearest ancestor's line when that one is not known. */
  line(path) {
    if (path.length === 0) return void 0;
    const first = String(path[0]);
    let line = this.topLines.get(first);
    let node = this.topValues.get(first);
    for (let i = 1; i < path.length && line !== void 0; i++) {
      if (typeof node !== "object" || node === null) break;
      const table = this.tables.get(node);
      const key = path[i];
      const found = Array.isArray(table) ? typeof key === "number" ? table[key] : void 0 : table?.get(String(key));
      if (found === void 0) break;
      line = found;
      node = node[key];
    }
    return line;
  }
};

// src/evidence/json/wasm-writer.ts
function uleb(value) {
  const out = [];
  let v = value >>> 0;
  do {
    const byte = v & 127;
    v >>>= 7;
    out.push(v === 0 ? byte : byte | 128);
  } while (v !== 0);
  return out;
}
function sleb(value) {
  const out = [];
  let v = value;
  for (; ; ) {
    const byte = Number(v & 0x7fn);
    v >>= 7n;
    const done = v === 0n && (byte & 64) === 0 || v === -1n && (byte & 64) !== 0;
    out.push(done ? byte : byte | 128);
    if (done) return out;
  }
}
var seq = (parts) => parts.flat();
var op = (...code2) => (...operands) => [...seq(operands), ...code2];
var simd = (code2) => op(253, ...uleb(code2));
var type = { i32: 127, i64: 126, v128: 123 };
var get = (local) => [32, ...uleb(local)];
var set = (local, value) => [...value, 33, ...uleb(local)];
var globalGet = (global) => [35, ...uleb(global)];
var globalSet = (global, value) => [...value, 36, ...uleb(global)];
var block = (body) => [2, 64, ...seq(body), 11];
var loop = (body) => [3, 64, ...seq(body), 11];
var when = (condition, then, otherwise) => [
  ...condition,
  4,
  64,
  ...seq(then),
  ...otherwise ? [5, ...seq(otherwise)] : [],
  11
];
var br = (depth) => [12, ...uleb(depth)];
var brIf = (depth, condition) => [...condition, 13, ...uleb(depth)];
var ret = (value) => [...value, 15];
var i32 = {
  const: (v) => [65, ...sleb(BigInt(v | 0))],
  load8u: (address) => [...address, 45, 0, 0],
  store8: (address, value) => [...address, ...value, 58, 0, 0],
  eqz: op(69),
  eq: op(70),
  ne: op(71),
  ltU: op(73),
  gtU: op(75),
  geU: op(79),
  add: op(106),
  sub: op(107),
  and: op(113),
  or: op(114),
  shl: op(116),
  wrapI64: op(167)
};
var i64 = {
  const: (v) => [66, ...sleb(BigInt.asIntN(64, v))],
  eqz: op(80),
  ne: op(82),
  ctz: op(122),
  popcnt: op(123),
  sub: op(125),
  and: op(131),
  or: op(132),
  xor: op(133),
  shl: op(134),
  shrU: op(136),
  extendI32U: op(173)
};
var v128 = {
  /** 16 bytes from `address + offset`, unaligned. */
  load: (address, offset) => [...address, 253, ...uleb(0), 0, ...uleb(offset)],
  or: simd(80)
};
var i8x16 = {
  splat: simd(15),
  eq: simd(35),
  /** Bit i of the result is the top bit of byte i. */
  bitmask: simd(100)
};
var vector = (items) => [...uleb(items.length), ...seq(items)];
var section = (id, content) => [id, ...uleb(content.length), ...content];
var name = (text) => vector([...new TextEncoder().encode(text)].map((b) => [b]));
var zero = (t) => t === type.i64 ? [66, 0] : t === type.i32 ? [65, 0] : [253, 12, ...new Array(16).fill(0)];
function code(f) {
  const groups = f.locals.map((t) => [1, t]);
  const content = [...vector(groups), ...seq(f.body), 11];
  return [...uleb(content.length), ...content];
}
function wasmModule(def) {
  const types = def.functions.map((f) => [96, ...vector(f.params.map((t) => [t])), ...vector(f.results.map((t) => [t]))]);
  const exports = [[...name("memory"), 2, 0], ...def.functions.map((f, i) => [...name(f.name), 0, ...uleb(i)])];
  const bytes = [
    ...[0, 97, 115, 109, 1, 0, 0, 0],
    ...section(1, vector(types)),
    ...section(3, vector(def.functions.map((_, i) => uleb(i)))),
    ...section(5, vector([[1, ...uleb(def.memoryPages), ...uleb(def.memoryPages)]])),
    ...section(6, vector(def.globals.map((t) => [t, 1, ...zero(t), 11]))),
    ...section(7, vector(exports)),
    ...section(10, vector(def.functions.map(code)))
  ];
  return new Uint8Array(bytes);
}

// src/evidence/json/skip-wasm.ts
var MAX_DEPTH2 = 1 << 16;
var CHUNK_AT = MAX_DEPTH2;
var CHUNK_BYTES = 1 << 20;
var PAGES = Math.ceil((CHUNK_AT + CHUNK_BYTES + 64) / 65536);
var NEED_MORE = -1;
var MISMATCHED = -2;
var TOO_DEEP = -3;
var STRAY_BACKSLASH = -4;
var DEPTH = 0;
var IN_STRING = 1;
var ESCAPED = 2;
var LINES = 3;
var AT = 4;
var P = 0;
var END = 1;
var REM = 2;
var T = 3;
var C = 4;
var VALID = 5;
var QUOTES = 6;
var SLASHES = 7;
var NEWLINES = 8;
var BRACKETS = 9;
var ESCAPED_MASK = 10;
var CODE = 11;
var INSIDE = 12;
var LAST = 13;
var V = [14, 15, 16, 17];
var SPLAT_QUOTE = 18;
var SPLAT_SLASH = 19;
var SPLAT_NEWLINE = 20;
var SPLAT_CASE = 21;
var SPLAT_OPEN = 22;
var SPLAT_CLOSE = 23;
var ODD_BITS = 0xaaaaaaaaaaaaaaaan;
var not64 = (x) => i64.xor(x, i64.const(-1n));
var andNot = (x, y) => i64.and(x, not64(y));
function mask(match) {
  const half = (a, b) => i64.extendI32U(i32.or(i8x16.bitmask(match(get(a))), i32.shl(i8x16.bitmask(match(get(b))), i32.const(16))));
  return i64.or(half(V[0], V[1]), i64.shl(half(V[2], V[3]), i64.const(32n)));
}
var isByte = (splat) => (v) => i8x16.eq(v, get(splat));
var isBracket = (v) => v128.or(i8x16.eq(v128.or(v, get(SPLAT_CASE)), get(SPLAT_OPEN)), i8x16.eq(v128.or(v, get(SPLAT_CASE)), get(SPLAT_CLOSE)));
function loadBlock() {
  return [
    set(REM, i32.sub(get(END), get(P))),
    when(i32.gtU(get(REM), i32.const(64)), [set(REM, i32.const(64))]),
    set(LAST, i64.extendI32U(i32.sub(get(REM), i32.const(1)))),
    set(VALID, i64.shrU(i64.const(-1n), i64.extendI32U(i32.sub(i32.const(64), get(REM))))),
    ...V.map((v, k) => set(v, v128.load(get(P), 16 * k))),
    set(QUOTES, i64.and(mask(isByte(SPLAT_QUOTE)), get(VALID))),
    set(SLASHES, i64.and(mask(isByte(SPLAT_SLASH)), get(VALID))),
    set(NEWLINES, i64.and(mask(isByte(SPLAT_NEWLINE)), get(VALID))),
    set(BRACKETS, i64.and(mask(isBracket), get(VALID)))
  ];
}
function escapes() {
  return [
    when(
      i64.eqz(get(SLASHES)),
      [set(ESCAPED_MASK, globalGet(ESCAPED)), globalSet(ESCAPED, i64.const(0n))],
      [
        set(CODE, andNot(get(SLASHES), globalGet(ESCAPED))),
        set(CODE, i64.xor(i64.sub(i64.or(i64.shl(get(CODE), i64.const(1n)), i64.const(ODD_BITS)), get(CODE)), i64.const(ODD_BITS))),
        set(ESCAPED_MASK, i64.xor(get(CODE), i64.or(get(SLASHES), globalGet(ESCAPED)))),
        globalSet(ESCAPED, i64.and(i64.shrU(i64.and(get(CODE), get(SLASHES)), get(LAST)), i64.const(1n)))
      ]
    )
  ];
}
function strings() {
  const xorShift = (n) => set(INSIDE, i64.xor(get(INSIDE), i64.shl(get(INSIDE), i64.const(n))));
  return [
    set(INSIDE, andNot(get(QUOTES), get(ESCAPED_MASK))),
    ...[1n, 2n, 4n, 8n, 16n, 32n].map(xorShift),
    set(INSIDE, i64.xor(get(INSIDE), globalGet(IN_STRING))),
    globalSet(IN_STRING, i64.sub(i64.const(0n), i64.and(i64.shrU(get(INSIDE), get(LAST)), i64.const(1n)))),
    set(NEWLINES, andNot(get(NEWLINES), get(INSIDE))),
    set(BRACKETS, andNot(get(BRACKETS), get(INSIDE)))
  ];
}
var countLinesBelow = (bit) => globalSet(
  LINES,
  i32.add(
    globalGet(LINES),
    i32.wrapI64(i64.popcnt(i64.and(get(NEWLINES), i64.sub(i64.shl(i64.const(1n), i64.extendI32U(bit)), i64.const(1n)))))
  )
);
var stopAt = (code2) => [globalSet(AT, i32.add(get(P), get(T))), countLinesBelow(get(T)), ret(code2)];
function strayBackslash() {
  const stray = andNot(get(SLASHES), get(INSIDE));
  return [when(i64.ne(stray, i64.const(0n)), [set(T, i32.wrapI64(i64.ctz(stray))), ...stopAt(i32.const(STRAY_BACKSLASH))])];
}
function brackets() {
  const depth = globalGet(DEPTH);
  const open = [
    when(i32.geU(depth, i32.const(MAX_DEPTH2)), stopAt(i32.const(TOO_DEEP))),
    i32.store8(depth, get(C)),
    globalSet(DEPTH, i32.add(depth, i32.const(1)))
  ];
  const close = [
    globalSet(DEPTH, i32.sub(depth, i32.const(1))),
    when(i32.ne(i32.add(i32.load8u(depth), i32.const(2)), get(C)), stopAt(i32.const(MISMATCHED))),
    when(i32.eqz(depth), [countLinesBelow(get(T)), ret(i32.add(i32.add(get(P), get(T)), i32.const(1)))])
  ];
  return [
    block([
      loop([
        brIf(1, i64.eqz(get(BRACKETS))),
        set(T, i32.wrapI64(i64.ctz(get(BRACKETS)))),
        set(C, i32.load8u(i32.add(get(P), get(T)))),
        // '{' and '[' have bit 1 set, '}' and ']' do not.
        when(i32.and(get(C), i32.const(2)), open, close),
        set(BRACKETS, i64.and(get(BRACKETS), i64.sub(get(BRACKETS), i64.const(1n)))),
        br(0)
      ])
    ])
  ];
}
function skipBody() {
  const splat = (local, byte) => set(local, i8x16.splat(i32.const(byte)));
  return [
    splat(SPLAT_QUOTE, 34),
    splat(SPLAT_SLASH, 92),
    splat(SPLAT_NEWLINE, 10),
    splat(SPLAT_CASE, 32),
    splat(SPLAT_OPEN, 123),
    splat(SPLAT_CLOSE, 125),
    loop([
      when(i32.geU(get(P), get(END)), [ret(i32.const(NEED_MORE))]),
      ...loadBlock(),
      ...escapes(),
      ...strings(),
      ...strayBackslash(),
      ...brackets(),
      globalSet(LINES, i32.add(globalGet(LINES), i32.wrapI64(i64.popcnt(get(NEWLINES))))),
      set(P, i32.add(get(P), i32.const(64))),
      br(0)
    ]),
    i32.const(NEED_MORE)
  ];
}
function wasmApi() {
  const api = globalThis.WebAssembly;
  if (api === void 0) throw new Error("reading JSON needs WebAssembly, which this Node.js process has turned off");
  return api;
}
var OPEN = 0;
var compiled;
function skipModule() {
  compiled ??= new (wasmApi()).Module(
    wasmModule({
      memoryPages: PAGES,
      globals: [type.i32, type.i64, type.i64, type.i32, type.i32],
      functions: [
        {
          name: "open",
          params: [type.i32],
          results: [],
          locals: [],
          body: [
            globalSet(DEPTH, i32.const(1)),
            i32.store8(i32.const(0), get(OPEN)),
            globalSet(IN_STRING, i64.const(0n)),
            globalSet(ESCAPED, i64.const(0n))
          ]
        },
        {
          name: "skip",
          params: [type.i32, type.i32],
          results: [type.i32],
          locals: [type.i32, type.i32, type.i32, ...new Array(9).fill(type.i64), ...new Array(10).fill(type.v128)],
          body: skipBody()
        },
        { name: "takeLines", params: [], results: [type.i32], locals: [], body: [globalGet(LINES), globalSet(LINES, i32.const(0))] },
        { name: "depth", params: [], results: [type.i32], locals: [], body: [globalGet(DEPTH)] },
        { name: "at", params: [], results: [type.i32], locals: [], body: [globalGet(AT)] }
      ]
    })
  );
  return compiled;
}
var ValueSkipper = class {
  /** Where the scanned bytes go: up to CHUNK_BYTES of them at a time. */
  chunk;
  wasm;
  constructor() {
    this.wasm = new (wasmApi()).Instance(skipModule()).exports;
    this.chunk = new Uint8Array(this.wasm.memory.buffer, CHUNK_AT, CHUNK_BYTES);
  }
  /** A new container value starts with this bracket. */
  open(bracket) {
    this.wasm.open(bracket);
  }
  /** Step from `start` to `end`: the index past the value's closing bracket, NEED_MORE, or why it is not JSON. */
  skip(start, end) {
    const r = this.wasm.skip(CHUNK_AT + start, CHUNK_AT + end);
    return r >= 0 ? r - CHUNK_AT : r;
  }
  /** Newlines stepped over (outside strings) since the last call. */
  takeLines() {
    return this.wasm.takeLines();
  }
  /** After MISMATCHED: the offending closer's index in the chunk and the bracket it should have closed. */
  mismatch() {
    const at = this.wasm.at() - CHUNK_AT;
    return { at, open: new Uint8Array(this.wasm.memory.buffer)[this.wasm.depth()] };
  }
};
var MAX_IDLE = 4;
var idle = [];
function acquireSkipper() {
  return idle.pop() ?? new ValueSkipper();
}
function releaseSkipper(skipper) {
  if (idle.length < MAX_IDLE) idle.push(skipper);
}

// src/evidence/json/scan.ts
var REUSED_CHUNKS = /* @__PURE__ */ Symbol("chunks read into one reused buffer");
function chunksOf(input, into) {
  return REUSED_CHUNKS in input ? input[REUSED_CHUNKS](into) : input;
}
async function scanTopLevel(input, keep, { memberLines = true } = {}) {
  const skipper = acquireSkipper();
  try {
    const scanner = new TopLevelScanner(keep, skipper, memberLines);
    if (input instanceof Uint8Array) {
      scanner.push(input);
    } else {
      for await (const chunk of chunksOf(input, skipper.chunk)) if (!scanner.push(chunk)) break;
    }
    return scanner.end();
  } finally {
    releaseSkipper(skipper);
  }
}
var ROOT = 0;
var KEY_OR_END = 1;
var KEY = 2;
var COLON = 3;
var VALUE_START = 4;
var VALUE = 5;
var COMMA_OR_END = 6;
var AFTER_ROOT = 7;
var NOT_OBJECT = 8;
var CONTAINER = 0;
var STRING = 1;
var BARE = 2;
var QUOTE = 34;
var BACKSLASH = 92;
var NEWLINE = 10;
var IN_STRING2 = new Uint8Array(256);
IN_STRING2[QUOTE] = 1;
IN_STRING2[BACKSLASH] = 2;
function isWhitespace(c) {
  return c === 32 || c === 10 || c === 13 || c === 9;
}
function concat(parts) {
  if (parts.length === 1) return parts[0];
  let size = 0;
  for (const p of parts) size += p.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
var utf82 = new TextDecoder("utf-8");
var TopLevelScanner = class {
  state = ROOT;
  line = 1;
  started = false;
  afterComma = false;
  result = { isObject: false, keys: [], values: /* @__PURE__ */ new Map(), lines: new KeyLines(), keptBytes: 0 };
  // The key being read.
  keyParts = [];
  keyLine = 0;
  key = "";
  // The value being stepped over or kept.
  keeping = false;
  keepParts = [];
  keepStart = 0;
  valueLine = 0;
  valueKind = CONTAINER;
  /** A backslash ended the previous chunk inside a string: the next byte is escaped. */
  escapePending = false;
  keep;
  /** Steps over containers; every chunk is scanned in its memory. */
  skipper;
  memberLines;
  constructor(keep, skipper, memberLines) {
    this.keep = keep;
    this.skipper = skipper;
    this.memberLines = memberLines;
  }
  fail(message) {
    const error = new JsonSyntaxError(message, this.line);
    error.keysSeen = [...this.result.keys];
    throw error;
  }
  /** Feed the next chunk; false once the rest of the document does not matter (its root is not an object). */
  push(chunk) {
    const own = this.skipper.chunk;
    if (chunk.buffer === own.buffer && chunk.byteOffset === own.byteOffset && chunk.length <= own.length) return this.scan(chunk);
    for (let at = 0; at < chunk.length; at += CHUNK_BYTES) {
      const piece = chunk.subarray(at, Math.min(at + CHUNK_BYTES, chunk.length));
      own.set(piece);
      if (!this.scan(own.subarray(0, piece.length))) return false;
    }
    return true;
  }
  /** Scan a chunk that sits at the start of the skipper's memory. */
  scan(chunk) {
    let i = this.skipByteOrderMark(chunk);
    while (i < chunk.length) {
      if (this.state === NOT_OBJECT) return false;
      i = this.step(chunk, i);
    }
    if (this.state === NOT_OBJECT) return false;
    if (this.state === VALUE && this.keeping) {
      this.keepParts.push(chunk.slice(this.keepStart));
      this.keepStart = 0;
    }
    return true;
  }
  end() {
    if (this.state === NOT_OBJECT) return this.result;
    if (this.state === ROOT) this.fail("the document is empty");
    if (this.state !== AFTER_ROOT) this.fail("unexpected end of the file: the document is cut short");
    return this.result;
  }
  skipByteOrderMark(chunk) {
    if (this.started || chunk.length === 0) return 0;
    this.started = true;
    return chunk[0] === 239 && chunk[1] === 187 && chunk[2] === 191 ? 3 : 0;
  }
  /** One step of the top-level state machine from `i`; returns where the next step starts. */
  step(chunk, i) {
    switch (this.state) {
      case VALUE:
        return this.stepValue(chunk, i);
      case KEY:
        return this.readKey(chunk, i);
      default: {
        const at = this.skipWhitespace(chunk, i);
        return at === chunk.length ? at : this.structural(chunk, at);
      }
    }
  }
  /** Past the whitespace from `i`, counting lines. */
  skipWhitespace(chunk, start) {
    let i = start;
    while (i < chunk.length && isWhitespace(chunk[i])) {
      if (chunk[i] === NEWLINE) this.line++;
      i++;
    }
    return i;
  }
  /** The non-whitespace byte at `i` in a state between tokens: what it opens or closes. */
  structural(chunk, i) {
    const c = chunk[i];
    switch (this.state) {
      case ROOT:
        return this.openRoot(c, i);
      case KEY_OR_END:
        return this.openKey(c, i);
      case COLON:
        if (c !== 58) this.fail("expected ':' after the key");
        this.state = VALUE_START;
        return i + 1;
      case VALUE_START:
        return this.openValue(c, i);
      case COMMA_OR_END:
        if (c === 44) {
          this.state = KEY_OR_END;
          this.afterComma = true;
        } else if (c === 125) {
          this.state = AFTER_ROOT;
        } else {
          this.fail("expected ',' or '}' after the value");
        }
        return i + 1;
      default:
        return this.fail("unexpected data after the end of the document");
    }
  }
  openRoot(c, i) {
    if (c !== 123) {
      this.state = NOT_OBJECT;
      return i;
    }
    this.result.isObject = true;
    this.state = KEY_OR_END;
    return i + 1;
  }
  openKey(c, i) {
    if (c === QUOTE) {
      this.state = KEY;
      this.keyParts = [];
      this.keyLine = this.line;
      this.afterComma = false;
    } else if (c === 125 && !this.afterComma) {
      this.state = AFTER_ROOT;
    } else {
      this.fail(this.afterComma ? "expected a key after the comma" : "expected a key in double quotes");
    }
    return i + 1;
  }
  readKey(chunk, i) {
    const end = this.endOfString(chunk, i);
    if (end === -1) {
      this.keyParts.push(chunk.slice(i));
      return chunk.length;
    }
    this.keyParts.push(chunk.subarray(i, end - 1));
    this.key = this.decodeKey();
    this.result.keys.push(this.key);
    this.result.lines.setTop(this.key, this.keyLine);
    this.state = COLON;
    return end;
  }
  /** The first byte of a member's value: a container, a string or a bare number or literal. */
  openValue(c, i) {
    this.keeping = this.keep.has(this.key);
    this.keepParts = [];
    this.keepStart = i;
    this.valueLine = this.line;
    this.state = VALUE;
    if (c === 123 || c === 91) {
      this.valueKind = CONTAINER;
      this.skipper.open(c);
      return i + 1;
    }
    if (c === QUOTE) {
      this.valueKind = STRING;
      return i + 1;
    }
    this.valueKind = BARE;
    return i;
  }
  /** Step through the current value from `i`; returns where the next state starts (or the chunk's end). */
  stepValue(chunk, start) {
    if (this.valueKind === CONTAINER) return this.stepContainer(chunk, start);
    if (this.valueKind === BARE) return this.stepBare(chunk, start);
    const end = this.endOfString(chunk, start);
    return end === -1 ? chunk.length : this.completeValue(chunk, end);
  }
  /** A number or literal ends at the first delimiter, which belongs to the next state. */
  stepBare(chunk, start) {
    const n = chunk.length;
    let i = start;
    while (i < n) {
      const c = chunk[i];
      if (isWhitespace(c) || c === 44 || c === 125 || c === 93) break;
      i++;
    }
    return i === n ? n : this.completeValue(chunk, i);
  }
  /** Hand the container's bytes to the skipper: returns past the bracket that closes the value, or the chunk's end. */
  stepContainer(chunk, start) {
    const end = this.skipper.skip(start, chunk.length);
    this.line += this.skipper.takeLines();
    if (end === NEED_MORE) return chunk.length;
    if (end < 0) this.failInContainer(chunk, end);
    return this.completeValue(chunk, end);
  }
  failInContainer(chunk, code2) {
    if (code2 === MISMATCHED) {
      const { at, open } = this.skipper.mismatch();
      this.fail(`'${String.fromCharCode(chunk[at])}' does not close the open '${String.fromCharCode(open)}'`);
    }
    if (code2 === STRAY_BACKSLASH) this.fail("a backslash outside a string");
    return this.fail(code2 === TOO_DEEP ? `brackets nested more than ${MAX_DEPTH2} deep` : `unknown scanner result ${code2}`);
  }
  /** Past the closing quote of a string whose body starts at `start`; -1 when the string runs past the chunk. */
  skipStringBody(chunk, start) {
    const n = chunk.length;
    let i = start;
    let kind = 0;
    for (; ; ) {
      while (i < n && (kind = IN_STRING2[chunk[i]]) === 0) i++;
      if (i >= n) break;
      if (kind === 1) return i + 1;
      i += 2;
    }
    if (i > n) this.escapePending = true;
    return -1;
  }
  /** The value ended just before `end`: build it when kept, then expect a comma or the end of the root. */
  completeValue(chunk, end) {
    if (this.keeping) {
      const bytes = concat([...this.keepParts, chunk.subarray(this.keepStart, end)]);
      this.keepParts = [];
      this.result.keptBytes += bytes.length;
      const value = parseJsonValue(bytes, { line: this.valueLine, lines: this.memberLines ? this.result.lines : void 0 });
      this.result.values.set(this.key, value);
      this.result.lines.setTop(this.key, this.keyLine, value);
    }
    this.state = COMMA_OR_END;
    return end;
  }
  /** The index just past the closing quote of the string that `i` is inside, or -1 when it runs past the chunk. */
  endOfString(chunk, start) {
    if (!this.escapePending) return this.skipStringBody(chunk, start);
    if (start >= chunk.length) return -1;
    this.escapePending = false;
    return this.skipStringBody(chunk, start + 1);
  }
  decodeKey() {
    const bytes = concat(this.keyParts);
    this.keyParts = [];
    const text = utf82.decode(bytes);
    if (bytes.indexOf(BACKSLASH) === -1) return text;
    try {
      return JSON.parse(`"${text}"`);
    } catch {
      return this.fail("invalid escape in a key");
    }
  }
};

export {
  __require,
  __commonJS,
  __export,
  __toESM,
  JsonSyntaxError,
  firstDuplicate,
  setMember,
  REUSED_CHUNKS,
  scanTopLevel
};
