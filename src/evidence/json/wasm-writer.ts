// The few WebAssembly instructions the byte scanner is written in, and the binary module around them. Instructions are
// written folded, as in the text format (operands first, then the operator: `i64.and(get(a), get(b))`), and each
// returns its bytes. The module is small enough to build each time the scanner is first used, so no generated binary
// is committed: this file and the program in skip-wasm.ts are the source and the only source.

export type Ins = readonly number[];

/** Unsigned LEB128 of a non-negative integer below 2^32. */
function uleb(value: number): number[] {
  const out: number[] = [];
  let v = value >>> 0;
  do {
    const byte = v & 0x7f;
    v >>>= 7;
    out.push(v === 0 ? byte : byte | 0x80);
  } while (v !== 0);
  return out;
}

/** Signed LEB128 of a 32- or 64-bit integer. */
function sleb(value: bigint): number[] {
  const out: number[] = [];
  let v = value;
  for (;;) {
    const byte = Number(v & 0x7fn);
    v >>= 7n;
    const done = (v === 0n && (byte & 0x40) === 0) || (v === -1n && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

const seq = (parts: readonly Ins[]): number[] => parts.flat();
const op =
  (...code: number[]) =>
  (...operands: Ins[]): Ins => [...seq(operands), ...code];
const simd = (code: number) => op(0xfd, ...uleb(code));

export const type = { i32: 0x7f, i64: 0x7e, v128: 0x7b } as const;
type ValueType = (typeof type)[keyof typeof type];

export const get = (local: number): Ins => [0x20, ...uleb(local)];
export const set = (local: number, value: Ins): Ins => [...value, 0x21, ...uleb(local)];
export const globalGet = (global: number): Ins => [0x23, ...uleb(global)];
export const globalSet = (global: number, value: Ins): Ins => [...value, 0x24, ...uleb(global)];

export const block = (body: readonly Ins[]): Ins => [0x02, 0x40, ...seq(body), 0x0b];
export const loop = (body: readonly Ins[]): Ins => [0x03, 0x40, ...seq(body), 0x0b];
export const when = (condition: Ins, then: readonly Ins[], otherwise?: readonly Ins[]): Ins => [
  ...condition,
  0x04,
  0x40,
  ...seq(then),
  ...(otherwise ? [0x05, ...seq(otherwise)] : []),
  0x0b,
];
/** Branch to the `depth`-th enclosing block (out of it) or loop (to its start); 0 is the innermost. */
export const br = (depth: number): Ins => [0x0c, ...uleb(depth)];
export const brIf = (depth: number, condition: Ins): Ins => [...condition, 0x0d, ...uleb(depth)];
export const ret = (value: Ins): Ins => [...value, 0x0f];

export const i32 = {
  const: (v: number): Ins => [0x41, ...sleb(BigInt(v | 0))],
  load8u: (address: Ins): Ins => [...address, 0x2d, 0, 0],
  store8: (address: Ins, value: Ins): Ins => [...address, ...value, 0x3a, 0, 0],
  eqz: op(0x45),
  eq: op(0x46),
  ne: op(0x47),
  ltU: op(0x49),
  gtU: op(0x4b),
  geU: op(0x4f),
  add: op(0x6a),
  sub: op(0x6b),
  and: op(0x71),
  or: op(0x72),
  shl: op(0x74),
  wrapI64: op(0xa7),
};

export const i64 = {
  const: (v: bigint): Ins => [0x42, ...sleb(BigInt.asIntN(64, v))],
  eqz: op(0x50),
  ne: op(0x52),
  ctz: op(0x7a),
  popcnt: op(0x7b),
  sub: op(0x7d),
  and: op(0x83),
  or: op(0x84),
  xor: op(0x85),
  shl: op(0x86),
  shrU: op(0x88),
  extendI32U: op(0xad),
};

export const v128 = {
  /** 16 bytes from `address + offset`, unaligned. */
  load: (address: Ins, offset: number): Ins => [...address, 0xfd, ...uleb(0), 0, ...uleb(offset)],
  or: simd(0x50),
};

export const i8x16 = {
  splat: simd(0x0f),
  eq: simd(0x23),
  /** Bit i of the result is the top bit of byte i. */
  bitmask: simd(0x64),
};

export interface FunctionDef {
  name: string;
  params: ValueType[];
  results: ValueType[];
  /** The types of the locals after the parameters, in order. */
  locals: ValueType[];
  body: readonly Ins[];
}

export interface ModuleDef {
  /** Pages of 64 KiB; the memory never grows, so views of it stay valid. */
  memoryPages: number;
  /** Mutable globals, each with its type and initial value 0. */
  globals: ValueType[];
  functions: FunctionDef[];
}

const vector = (items: readonly Ins[]): number[] => [...uleb(items.length), ...seq(items)];
const section = (id: number, content: number[]): number[] => [id, ...uleb(content.length), ...content];
const name = (text: string): number[] => vector([...new TextEncoder().encode(text)].map((b) => [b]));
const zero = (t: ValueType): Ins => (t === type.i64 ? [0x42, 0] : t === type.i32 ? [0x41, 0] : [0xfd, 0x0c, ...new Array(16).fill(0)]);

function code(f: FunctionDef): number[] {
  const groups: number[][] = f.locals.map((t) => [1, t]);
  const content = [...vector(groups), ...seq(f.body), 0x0b];
  return [...uleb(content.length), ...content];
}

/** The binary module: one exported memory named `memory`, the globals, and each function exported under its name. */
export function wasmModule(def: ModuleDef): Uint8Array<ArrayBuffer> {
  const types = def.functions.map((f) => [0x60, ...vector(f.params.map((t) => [t])), ...vector(f.results.map((t) => [t]))]);
  const exports = [[...name('memory'), 0x02, 0], ...def.functions.map((f, i) => [...name(f.name), 0x00, ...uleb(i)])];
  const bytes = [
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vector(types)),
    ...section(3, vector(def.functions.map((_, i) => uleb(i)))),
    ...section(5, vector([[0x01, ...uleb(def.memoryPages), ...uleb(def.memoryPages)]])),
    ...section(6, vector(def.globals.map((t) => [t, 0x01, ...zero(t), 0x0b]))),
    ...section(7, vector(exports)),
    ...section(10, vector(def.functions.map(code))),
  ];
  return new Uint8Array(bytes);
}
