import { describe, expect, it } from 'vitest';
import { JsonSyntaxError } from '../../../src/evidence/json/parse.ts';
import { REUSED_CHUNKS, scanTopLevel } from '../../../src/evidence/json/scan.ts';
import { CHUNK_BYTES, MAX_DEPTH, NEED_MORE, ValueSkipper } from '../../../src/evidence/json/skip-wasm.ts';

// The skipper looks at 64 bytes at a time and carries its state across chunks: these cases put every trap (escaped
// quotes, backslash runs, brackets and newlines inside strings, multi-byte characters) at every offset of a block and
// of a chunk, and check the scan against JSON.parse and against the lines of the text itself.

const encoder = new TextEncoder();
const encode = (text: string) => encoder.encode(text);

function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STRING_PIECES = [
  'a',
  'bc ',
  '\\"',
  '\\\\',
  '\\\\\\"',
  '\\\\\\\\',
  '{',
  '}',
  '[',
  ']',
  '\\n',
  '\\u005c',
  'é',
  '✓',
  '🧪',
  ',',
  ':',
  ' ',
];

/** A random JSON value, newlines only between tokens (where the scanner counts them), strings full of traps. */
function randomValue(rand: () => number, depth: number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const sep = () => pick([' ', '', '\n', '\n  ']);
  const r = rand();
  if (depth > 4 || r < 0.45) {
    if (r < 0.1) return pick(['1', '-2.5e3', 'true', 'null']);
    return `"${Array.from({ length: Math.floor(rand() * 12) }, () => pick(STRING_PIECES)).join('')}"`;
  }
  const n = Math.floor(rand() * 5);
  if (r < 0.7) return `[${sep()}${Array.from({ length: n }, () => randomValue(rand, depth + 1)).join(`,${sep()}`)}${sep()}]`;
  return `{${sep()}${Array.from({ length: n }, (_, i) => `"k${i}\\"${pick(STRING_PIECES)}":${sep()}${randomValue(rand, depth + 1)}`).join(`,${sep()}`)}${sep()}}`;
}

async function* randomChunks(bytes: Uint8Array, rand: () => number) {
  for (let i = 0; i < bytes.length; ) {
    const size = 1 + Math.floor(rand() * (rand() < 0.5 ? 8 : 200));
    yield bytes.slice(i, i + size);
    i += size;
  }
}

const lineOf = (text: string, key: string) => text.slice(0, text.indexOf(`"${key}"`)).split('\n').length;

describe('the SIMD skipper, against JSON.parse', () => {
  it('steps over random containers in random chunks, ending where they end and counting their lines', async () => {
    const rand = prng(7);
    for (let round = 0; round < 300; round++) {
      const skipped = `[${randomValue(rand, 0)}, ${randomValue(rand, 0)}]`;
      const kept = `{"inner": ${randomValue(rand, 1)}}`;
      const pad = ' '.repeat(Math.floor(rand() * 64));
      const text = `{"samples":${pad}${skipped},\n"kept": ${kept},\n"after": 1}\n`;
      const scan = await scanTopLevel(randomChunks(encode(text), rand), new Set(['kept', 'after']));
      expect(scan.keys, text).toEqual(['samples', 'kept', 'after']);
      expect(scan.values.get('kept'), text).toEqual(JSON.parse(kept));
      expect(scan.lines.line(['kept']), text).toBe(lineOf(text, 'kept'));
      expect(scan.lines.line(['after']), text).toBe(lineOf(text, 'after'));
    }
  });

  it('finds the closing quote after every run of backslashes at every offset of a block and of a chunk', async () => {
    for (let run = 0; run <= 6; run++) {
      for (let pad = 0; pad < 70; pad++) {
        // An even run escapes itself and the quote ends the string; an odd run escapes the quote.
        const body = `${'x'.repeat(pad)}${'\\'.repeat(run)}${run % 2 === 1 ? '"' : ''}`;
        const text = `{"samples": ["${body}", "]}", "\\\\"],\n"results": {"v": ${pad}}}`;
        for (const size of [1, 63, 64, 65, text.length]) {
          const scan = await scanTopLevel(inChunks(encode(text), size), new Set(['results']));
          expect(scan.keys, text).toEqual(['samples', 'results']);
          expect(scan.values.get('results')).toEqual({ v: pad });
          expect(scan.lines.line(['results'])).toBe(2);
        }
      }
    }
  });

  it('finds a second `results` after samples that end at every offset of a block', async () => {
    for (let pad = 0; pad < 130; pad++) {
      const text = `{"results": {"v": 1},\n "samples": [{"a": "${'y'.repeat(pad)}"}\n],\n "results": {"v": 2}\n}`;
      const scan = await scanTopLevel(encode(text), new Set(['results']));
      expect(scan.keys).toEqual(['results', 'samples', 'results']);
      expect(scan.values.get('results')).toEqual({ v: 2 });
      expect(scan.lines.line(['results'])).toBe(4);
    }
  });

  it('reads a document larger than its memory, handed over whole', async () => {
    const sample = `{"input": "${'q\\"{['.repeat(40)}", "n": [1, 2, {"x": "]"}]}`;
    const samples = Array.from({ length: Math.ceil((3 * CHUNK_BYTES) / sample.length) }, () => sample);
    const text = `{"samples": [\n${samples.join(',\n')}\n],\n"results": {"ok": true}}`;
    const scan = await scanTopLevel(encode(text), new Set(['results']));
    expect(scan.values.get('results')).toEqual({ ok: true });
    expect(scan.lines.line(['results'])).toBe(samples.length + 3);
  });
});

function inChunks(bytes: Uint8Array, size: number) {
  return (async function* () {
    for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
  })();
}

describe('what the skipper refuses', () => {
  it.each([
    ['a bracket closed by the wrong kind', '{"samples": [\n{"a": 1]\n]}', 2, "']' does not close the open '{'"],
    ['the same, after a block of strings', `{"samples": [${'"x", '.repeat(20)}\n\n"y"}]}`, 3, "'}' does not close the open '['"],
    ['a backslash between values', '{"samples": [1, \\"a"]}', 1, 'a backslash outside a string'],
    ['brackets deeper than the stack', `{"samples": ${'['.repeat(MAX_DEPTH + 1)}}`, 1, `more than ${MAX_DEPTH} deep`],
  ])('reports %s as a syntax error', async (_, text, line, message) => {
    for (const size of [3, 64, text.length]) {
      const error = await scanTopLevel(inChunks(encode(text), size), new Set()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(JsonSyntaxError);
      expect((error as JsonSyntaxError).message).toContain(message);
      expect((error as JsonSyntaxError).line).toBe(line);
    }
  });

  it('steps over brackets nested as deep as its stack holds', async () => {
    const text = `{"samples": ${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}, "results": {}}`;
    const scan = await scanTopLevel(encode(text), new Set(['results']));
    expect(scan.keys).toEqual(['samples', 'results']);
  });

  it('finds a log cut short inside a skipped value at every offset of a block', async () => {
    const text = `{"samples": [{"a": "${'z\\"'.repeat(30)}"}, [1, 2]]}`;
    for (let cut = 13; cut < text.length - 1; cut++) {
      const error = await scanTopLevel(encode(text.slice(0, cut)), new Set()).catch((e: unknown) => e);
      expect(error, text.slice(0, cut)).toBeInstanceOf(JsonSyntaxError);
      expect((error as JsonSyntaxError).message).toContain('cut short');
    }
  });
});

describe('the skipper’s memory', () => {
  it('is where a stream that offers it reads the chunks, with nothing copied', async () => {
    const text = `{"samples": [${'"s", '.repeat(5000)}1],\n"results": {"v": 3}}`;
    const bytes = encode(text);
    const seen: Uint8Array[] = [];
    const stream = Object.assign(inChunks(bytes, 1000), {
      async *[REUSED_CHUNKS](into: Uint8Array) {
        seen.push(into);
        for (let i = 0; i < bytes.length; i += into.length) {
          const part = bytes.subarray(i, i + into.length);
          into.set(part);
          yield into.subarray(0, part.length);
        }
      },
    });
    const scan = await scanTopLevel(stream, new Set(['results']));
    expect(seen).toHaveLength(1);
    expect(seen[0]!.length).toBe(CHUNK_BYTES);
    expect(scan.values.get('results')).toEqual({ v: 3 });
  });

  it('is one per scan under way, so that scans interleaved across reads do not mix', async () => {
    const doc = (n: number) => encode(`{"samples": [${`{"x": "${n}"}, `.repeat(300)}"\\\\"],\n"results": {"n": ${n}}}`);
    const scans = [1, 2, 3].map(async (n) => {
      async function* slow() {
        for await (const chunk of inChunks(doc(n), 37)) {
          await new Promise((resolve) => setImmediate(resolve));
          yield chunk;
        }
      }
      return scanTopLevel(slow(), new Set(['results']));
    });
    const results = await Promise.all(scans);
    expect(results.map((s) => s.values.get('results'))).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });

  it('carries a string, an escape and the bracket stack from one call to the next', () => {
    const skipper = new ValueSkipper();
    const text = '[{"a": "x\\"y]"}, "\\\\", [["\\\\\\""]]]';
    for (let split = 1; split < text.length; split++) {
      const bytes = encode(text);
      skipper.open(bytes[0]!);
      skipper.chunk.set(bytes.subarray(0, split));
      expect(skipper.skip(1, split), text.slice(0, split)).toBe(NEED_MORE);
      skipper.chunk.set(bytes.subarray(split));
      expect(skipper.skip(0, bytes.length - split), text.slice(split)).toBe(bytes.length - split);
    }
  });
});
