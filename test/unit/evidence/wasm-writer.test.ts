import { describe, expect, it } from 'vitest';
import { get, i32, i64, i8x16, type, v128, wasmModule } from '../../../src/evidence/json/wasm-writer.ts';

interface Wasm {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: Record<string, (...args: unknown[]) => unknown> & { memory: { buffer: ArrayBuffer } } };
}
const { Module, Instance } = (globalThis as unknown as { WebAssembly: Wasm }).WebAssembly;

function instantiate(functions: Parameters<typeof wasmModule>[0]['functions']) {
  return new Instance(new Module(wasmModule({ memoryPages: 1, globals: [type.i32], functions }))).exports;
}

describe('the WebAssembly writer', () => {
  it('encodes constants of every size and sign as the engine reads them back', () => {
    const i64s = [0n, 1n, -1n, 63n, 64n, -64n, -65n, 0xaaaaaaaaaaaaaaaan, 2n ** 63n - 1n, -(2n ** 63n)];
    const i32s = [0, 1, -1, 63, 64, -64, -65, 65536, 2 ** 31 - 1, -(2 ** 31)];
    const wasm = instantiate([
      ...i64s.map((v, k) => ({ name: `l${k}`, params: [], results: [type.i64], locals: [], body: [i64.const(v)] })),
      ...i32s.map((v, k) => ({ name: `i${k}`, params: [], results: [type.i32], locals: [], body: [i32.const(v)] })),
    ]);
    expect(i64s.map((_, k) => wasm[`l${k}`]!())).toEqual(i64s.map((v) => BigInt.asIntN(64, v)));
    expect(i32s.map((_, k) => wasm[`i${k}`]!())).toEqual(i32s);
  });

  it('loads 16 bytes at an offset and makes a mask of the bytes that match', () => {
    const wasm = instantiate([
      {
        name: 'quotes',
        params: [type.i32],
        results: [type.i32],
        locals: [],
        body: [i8x16.bitmask(i8x16.eq(v128.load(get(0), 16), i8x16.splat(i32.const(0x22))))],
      },
    ]);
    const memory = new Uint8Array(wasm.memory.buffer);
    memory.set(new TextEncoder().encode('"a"bcdefghijklm"'), 20);
    // Bytes 20..35 are loaded from address 4 with offset 16: quotes at 0, 2 and 15.
    expect(wasm['quotes']!(4)).toBe(0b1000_0000_0000_0101);
  });
});
