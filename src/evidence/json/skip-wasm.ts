// The scanner's hot loop in WebAssembly SIMD: it steps over a JSON container 64 bytes at a time, as simdjson's first
// stage does. Each block yields bit masks of its quotes, backslashes, newlines and brackets; escapes and the inside of
// strings come from carry-free bit arithmetic on those masks, so a string of any length costs no loop of its own and
// no call. Only the brackets outside strings are visited one by one, to check that each closes the one it should.
// State that spans chunks (depth and bracket stack, inside a string or not, a pending escape) stays in the instance.
import {
  br,
  brIf,
  get,
  globalGet,
  globalSet,
  i8x16,
  i32,
  i64,
  type Ins,
  loop,
  ret,
  set,
  type,
  v128,
  wasmModule,
  block,
  when,
} from './wasm-writer.ts';

/** Open brackets the stack holds: the stack is the memory's first 64 KiB, one byte per bracket. */
export const MAX_DEPTH = 1 << 16;
/** Where chunks are read into, and the most bytes one call looks at. */
const CHUNK_AT = MAX_DEPTH;
export const CHUNK_BYTES = 1 << 20;
// A block that starts near the chunk's end loads up to 63 bytes past it; those bytes are masked off.
const PAGES = Math.ceil((CHUNK_AT + CHUNK_BYTES + 64) / 65536);

/** What `skip` returns besides a position: more input needed, or why the bytes cannot be JSON. */
export const NEED_MORE = -1;
export const MISMATCHED = -2;
export const TOO_DEEP = -3;
export const STRAY_BACKSLASH = -4;

// Globals.
const DEPTH = 0;
const IN_STRING = 1; // all ones inside a string, else 0
const ESCAPED = 2; // 1 when the next block's first byte is escaped
const LINES = 3;
const AT = 4;

// Locals of `skip`: its parameters, then the rest.
const P = 0;
const END = 1;
const REM = 2;
const T = 3;
const C = 4;
const VALID = 5;
const QUOTES = 6;
const SLASHES = 7;
const NEWLINES = 8;
const BRACKETS = 9;
const ESCAPED_MASK = 10;
const CODE = 11;
const INSIDE = 12;
const LAST = 13;
const V = [14, 15, 16, 17];
const SPLAT_QUOTE = 18;
const SPLAT_SLASH = 19;
const SPLAT_NEWLINE = 20;
const SPLAT_CASE = 21;
const SPLAT_OPEN = 22;
const SPLAT_CLOSE = 23;

const ODD_BITS = 0xaaaaaaaaaaaaaaaan;
const not64 = (x: Ins) => i64.xor(x, i64.const(-1n));
const andNot = (x: Ins, y: Ins) => i64.and(x, not64(y));

/** The 64-bit mask of the block's bytes for which `match` (of one 16-byte vector) is true. */
function mask(match: (v: Ins) => Ins): Ins {
  const half = (a: number, b: number) =>
    i64.extendI32U(i32.or(i8x16.bitmask(match(get(a))), i32.shl(i8x16.bitmask(match(get(b))), i32.const(16))));
  return i64.or(half(V[0]!, V[1]!), i64.shl(half(V[2]!, V[3]!), i64.const(32n)));
}

const isByte = (splat: number) => (v: Ins) => i8x16.eq(v, get(splat));
// '{' and '[' differ only in bit 5, as do '}' and ']'.
const isBracket = (v: Ins) =>
  v128.or(i8x16.eq(v128.or(v, get(SPLAT_CASE)), get(SPLAT_OPEN)), i8x16.eq(v128.or(v, get(SPLAT_CASE)), get(SPLAT_CLOSE)));

/** Load the block at p and make its masks, clipped to the bytes before `end`. */
function loadBlock(): Ins[] {
  return [
    set(REM, i32.sub(get(END), get(P))),
    when(i32.gtU(get(REM), i32.const(64)), [set(REM, i32.const(64))]),
    set(LAST, i64.extendI32U(i32.sub(get(REM), i32.const(1)))),
    set(VALID, i64.shrU(i64.const(-1n), i64.extendI32U(i32.sub(i32.const(64), get(REM))))),
    ...V.map((v, k) => set(v, v128.load(get(P), 16 * k))),
    set(QUOTES, i64.and(mask(isByte(SPLAT_QUOTE)), get(VALID))),
    set(SLASHES, i64.and(mask(isByte(SPLAT_SLASH)), get(VALID))),
    set(NEWLINES, i64.and(mask(isByte(SPLAT_NEWLINE)), get(VALID))),
    set(BRACKETS, i64.and(mask(isBracket), get(VALID))),
  ];
}

/**
 * Which bytes of the block a backslash escapes (simdjson's carry-free method): in each run of backslashes, every
 * second one escapes the byte after it. A pending escape from the previous block applies to the first byte.
 */
function escapes(): Ins[] {
  return [
    when(
      i64.eqz(get(SLASHES)),
      [set(ESCAPED_MASK, globalGet(ESCAPED)), globalSet(ESCAPED, i64.const(0n))],
      [
        set(CODE, andNot(get(SLASHES), globalGet(ESCAPED))),
        set(CODE, i64.xor(i64.sub(i64.or(i64.shl(get(CODE), i64.const(1n)), i64.const(ODD_BITS)), get(CODE)), i64.const(ODD_BITS))),
        set(ESCAPED_MASK, i64.xor(get(CODE), i64.or(get(SLASHES), globalGet(ESCAPED)))),
        globalSet(ESCAPED, i64.and(i64.shrU(i64.and(get(CODE), get(SLASHES)), get(LAST)), i64.const(1n))),
      ],
    ),
  ];
}

/** Which bytes are inside a string (opening quote included): the running parity of the unescaped quotes. */
function strings(): Ins[] {
  const xorShift = (n: bigint) => set(INSIDE, i64.xor(get(INSIDE), i64.shl(get(INSIDE), i64.const(n))));
  return [
    set(INSIDE, andNot(get(QUOTES), get(ESCAPED_MASK))),
    ...[1n, 2n, 4n, 8n, 16n, 32n].map(xorShift),
    set(INSIDE, i64.xor(get(INSIDE), globalGet(IN_STRING))),
    globalSet(IN_STRING, i64.sub(i64.const(0n), i64.and(i64.shrU(get(INSIDE), get(LAST)), i64.const(1n)))),
    set(NEWLINES, andNot(get(NEWLINES), get(INSIDE))),
    set(BRACKETS, andNot(get(BRACKETS), get(INSIDE))),
  ];
}

const countLinesBelow = (bit: Ins): Ins =>
  globalSet(
    LINES,
    i32.add(
      globalGet(LINES),
      i32.wrapI64(i64.popcnt(i64.and(get(NEWLINES), i64.sub(i64.shl(i64.const(1n), i64.extendI32U(bit)), i64.const(1n))))),
    ),
  );
/** Stop at bit T of the block with `code`, the lines before it counted. */
const stopAt = (code: Ins): Ins[] => [globalSet(AT, i32.add(get(P), get(T))), countLinesBelow(get(T)), ret(code)];

/** Outside strings a backslash is not JSON, and would throw the escape arithmetic off: refuse it. */
function strayBackslash(): Ins[] {
  const stray = andNot(get(SLASHES), get(INSIDE));
  return [when(i64.ne(stray, i64.const(0n)), [set(T, i32.wrapI64(i64.ctz(stray))), ...stopAt(i32.const(STRAY_BACKSLASH))])];
}

/** Each bracket outside strings, in order: push an opener, pop and match a closer; return past the value's last one. */
function brackets(): Ins[] {
  const depth = globalGet(DEPTH);
  const open = [
    when(i32.geU(depth, i32.const(MAX_DEPTH)), stopAt(i32.const(TOO_DEEP))),
    i32.store8(depth, get(C)),
    globalSet(DEPTH, i32.add(depth, i32.const(1))),
  ];
  const close = [
    globalSet(DEPTH, i32.sub(depth, i32.const(1))),
    when(i32.ne(i32.add(i32.load8u(depth), i32.const(2)), get(C)), stopAt(i32.const(MISMATCHED))),
    when(i32.eqz(depth), [countLinesBelow(get(T)), ret(i32.add(i32.add(get(P), get(T)), i32.const(1)))]),
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
        br(0),
      ]),
    ]),
  ];
}

function skipBody(): Ins[] {
  const splat = (local: number, byte: number) => set(local, i8x16.splat(i32.const(byte)));
  return [
    splat(SPLAT_QUOTE, 0x22),
    splat(SPLAT_SLASH, 0x5c),
    splat(SPLAT_NEWLINE, 0x0a),
    splat(SPLAT_CASE, 0x20),
    splat(SPLAT_OPEN, 0x7b),
    splat(SPLAT_CLOSE, 0x7d),
    loop([
      when(i32.geU(get(P), get(END)), [ret(i32.const(NEED_MORE))]),
      ...loadBlock(),
      ...escapes(),
      ...strings(),
      ...strayBackslash(),
      ...brackets(),
      globalSet(LINES, i32.add(globalGet(LINES), i32.wrapI64(i64.popcnt(get(NEWLINES))))),
      set(P, i32.add(get(P), i32.const(64))),
      br(0),
    ]),
    i32.const(NEED_MORE),
  ];
}

/** The parts of the WebAssembly API used here (TypeScript types it only with the DOM library). */
interface WasmApi {
  Module: new (bytes: Uint8Array<ArrayBuffer>) => WasmModule;
  Instance: new (module: WasmModule) => { exports: unknown };
}
interface WasmModule {
  readonly compiled: unique symbol;
}

/** Looked up when first needed: a process without WebAssembly (node --jitless) then fails to read JSON, not to start. */
function wasmApi(): WasmApi {
  const api = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;
  if (api === undefined) throw new Error('reading JSON needs WebAssembly, which this Node.js process has turned off');
  return api;
}

const OPEN = 0;
let compiled: WasmModule | undefined;

function skipModule(): WasmModule {
  compiled ??= new (wasmApi().Module)(
    wasmModule({
      memoryPages: PAGES,
      globals: [type.i32, type.i64, type.i64, type.i32, type.i32],
      functions: [
        {
          name: 'open',
          params: [type.i32],
          results: [],
          locals: [],
          body: [
            globalSet(DEPTH, i32.const(1)),
            i32.store8(i32.const(0), get(OPEN)),
            globalSet(IN_STRING, i64.const(0n)),
            globalSet(ESCAPED, i64.const(0n)),
          ],
        },
        {
          name: 'skip',
          params: [type.i32, type.i32],
          results: [type.i32],
          locals: [type.i32, type.i32, type.i32, ...new Array(9).fill(type.i64), ...new Array(10).fill(type.v128)],
          body: skipBody(),
        },
        { name: 'takeLines', params: [], results: [type.i32], locals: [], body: [globalGet(LINES), globalSet(LINES, i32.const(0))] },
        { name: 'depth', params: [], results: [type.i32], locals: [], body: [globalGet(DEPTH)] },
        { name: 'at', params: [], results: [type.i32], locals: [], body: [globalGet(AT)] },
      ],
    }),
  );
  return compiled!;
}

interface SkipExports {
  memory: { buffer: ArrayBuffer };
  open(bracket: number): void;
  skip(start: number, end: number): number;
  takeLines(): number;
  depth(): number;
  at(): number;
}

/** Steps over one container value at a time; positions are indexes into `chunk`, where the bytes must be. */
export class ValueSkipper {
  /** Where the scanned bytes go: up to CHUNK_BYTES of them at a time. */
  readonly chunk: Uint8Array<ArrayBuffer>;
  private readonly wasm: SkipExports;

  constructor() {
    this.wasm = new (wasmApi().Instance)(skipModule()).exports as unknown as SkipExports;
    this.chunk = new Uint8Array(this.wasm.memory.buffer, CHUNK_AT, CHUNK_BYTES);
  }

  /** A new container value starts with this bracket. */
  open(bracket: number): void {
    this.wasm.open(bracket);
  }

  /** Step from `start` to `end`: the index past the value's closing bracket, NEED_MORE, or why it is not JSON. */
  skip(start: number, end: number): number {
    const r = this.wasm.skip(CHUNK_AT + start, CHUNK_AT + end);
    return r >= 0 ? r - CHUNK_AT : r;
  }

  /** Newlines stepped over (outside strings) since the last call. */
  takeLines(): number {
    return this.wasm.takeLines();
  }

  /** After MISMATCHED: the offending closer's index in the chunk and the bracket it should have closed. */
  mismatch(): { at: number; open: number } {
    const at = this.wasm.at() - CHUNK_AT;
    return { at, open: new Uint8Array(this.wasm.memory.buffer)[this.wasm.depth()]! };
  }
}

// Instances are reused (each holds up to 1 MiB of memory), a few at most: after a burst of scans at once, the rest are
// left to the collector.
const MAX_IDLE = 4;
const idle: ValueSkipper[] = [];

export function acquireSkipper(): ValueSkipper {
  return idle.pop() ?? new ValueSkipper();
}

export function releaseSkipper(skipper: ValueSkipper): void {
  if (idle.length < MAX_IDLE) idle.push(skipper);
}
