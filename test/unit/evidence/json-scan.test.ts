import { describe, expect, it } from 'vitest';
import { REUSED_CHUNKS, scanTopLevel } from '../../../src/evidence/json/scan.ts';
import { JsonSyntaxError } from '../../../src/evidence/json/parse.ts';

const encode = (text: string) => new TextEncoder().encode(text);

async function* inChunks(bytes: Uint8Array, size: number) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
}

// A log shaped like Inspect's: the member after `samples` proves that lines are counted through skipped bytes, and
// the sample text holds every trap a naive scanner falls into (quotes, escapes, brackets and keys inside strings).
const LOG = [
  '{',
  '  "version": 2,',
  '  "status": "success",',
  '  "samples": [',
  '    {"input": "say \\"results\\": {\\"scores\\": [ ] } and ]] }}", "path": "C:\\\\dir\\\\", "unicode": "caf\u00e9 \u2713 \ud83e\uddea"},',
  '    {"nested": [[{"deep": [1, 2, {"x": "}"}]}]], "n": NaN}',
  '  ],',
  '  "results": {',
  '    "scores": [',
  '      {"name": "choice", "metrics": {"accuracy": {"name": "accuracy", "value": NaN}, "stderr": {"value": Infinity}}}',
  '    ],',
  '    "low": -Infinity',
  '  }',
  '}',
  '',
].join('\n');

describe('scanTopLevel', () => {
  it('builds only the kept members, with the lines of their keys, whatever the chunk boundaries', async () => {
    const bytes = encode(LOG);
    for (const size of [1, 2, 3, 7, 64, bytes.length]) {
      const scan = await scanTopLevel(inChunks(bytes, size), new Set(['status', 'results']));
      expect(scan.isObject).toBe(true);
      expect(scan.keys).toEqual(['version', 'status', 'samples', 'results']);
      expect([...scan.values.keys()]).toEqual(['status', 'results']);
      expect(scan.values.get('status')).toBe('success');
      const results = scan.values.get('results') as { scores: Array<{ metrics: Record<string, { value: number }> }>; low: number };
      expect(results.scores[0]!.metrics['accuracy']!.value).toBeNaN();
      expect(results.scores[0]!.metrics['stderr']!.value).toBe(Number.POSITIVE_INFINITY);
      expect(results.low).toBe(Number.NEGATIVE_INFINITY);
      expect(scan.lines.line(['samples'])).toBe(4);
      expect(scan.lines.line(['results'])).toBe(8);
      expect(scan.lines.line(['results', 'scores', 0, 'metrics', 'accuracy'])).toBe(10);
      expect(scan.lines.line(['results', 'low'])).toBe(12);
    }
  });

  it('hands the builder the kept bytes only', async () => {
    const scan = await scanTopLevel(encode(LOG), new Set(['version']));
    expect(scan.keptBytes).toBe(1);
    expect(scan.values.get('version')).toBe(2);
  });

  it('falls back to the nearest known ancestor for a path without a line of its own', async () => {
    const scan = await scanTopLevel(encode(LOG), new Set(['results']));
    expect(scan.lines.line(['results', 'scores', 0, 'metrics', 'f1'])).toBe(10);
    expect(scan.lines.line(['samples', 1, 'nested'])).toBe(4);
    expect(scan.lines.line(['nowhere'])).toBeUndefined();
  });

  it('decodes escaped keys and values, and keeps a "__proto__" key as plain data', async () => {
    const text = '{"a\\u0062c": {"__proto__": {"polluted": true}, "t\\"q": "line\\nbreak"}}';
    const scan = await scanTopLevel(encode(text), new Set(['abc']));
    const abc = scan.values.get('abc') as Record<string, unknown>;
    expect(scan.keys).toEqual(['abc']);
    expect(abc['t"q']).toBe('line\nbreak');
    expect(Object.getPrototypeOf(abc)).toBe(Object.prototype);
    expect(Object.hasOwn(abc, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('reads strings the same in an all-ASCII member and in one with UTF-8, escapes before and after', async () => {
    const strings = ['plain', 'a\\"b', 'c\\\\', 'after', 'caf\u00e9', '\\u00e9t\u00e9', 'x'];
    const expected = ['plain', 'a"b', 'c\\', 'after', 'caf\u00e9', '\u00e9t\u00e9', 'x'];
    for (const list of [strings.slice(0, 4), strings]) {
      const scan = await scanTopLevel(encode(`{"k": [${list.map((s) => `"${s}"`).join(', ')}], "n": [1.5e3, -0]}`), new Set(['k', 'n']));
      expect(scan.values.get('k')).toEqual(expected.slice(0, list.length));
      expect(scan.values.get('n')).toEqual([1500, -0]);
    }
    // Invalid UTF-8 inside a string reads as the decoder reads it: U+FFFD, never a failure or a raw byte.
    const invalid = new Uint8Array([...encode('{"k": ["a'), 0xff, ...encode('b"]}')]);
    expect((await scanTopLevel(invalid, new Set(['k']))).values.get('k')).toEqual(['a\ufffdb']);
  });

  it('records only the top-level lines when the member lines are not asked for', async () => {
    const scan = await scanTopLevel(encode(LOG), new Set(['results']), { memberLines: false });
    expect(scan.lines.line(['results'])).toBe(8);
    expect(scan.lines.line(['results', 'scores', 0, 'metrics'])).toBe(8);
    const results = scan.values.get('results') as { scores: Array<{ metrics: { accuracy: { value: number } } }> };
    expect(results.scores[0]!.metrics.accuracy.value).toBeNaN();
  });

  it('says when the root is not an object, without reading on', async () => {
    let pulled = 0;
    async function* chunks() {
      for (const part of ['[1, 2', ', 3]']) {
        pulled++;
        yield encode(part);
      }
    }
    const scan = await scanTopLevel(chunks(), new Set());
    expect(scan.isObject).toBe(false);
    expect(pulled).toBe(1);
  });

  it.each([
    ['{\n  "a": [1, 2}\n}', 2, 'does not close'],
    ['{\n  "a": 1,\n}', 3, 'expected a key after the comma'],
    ['{\n  "a": {"b": 1}\n', 3, 'cut short'],
    ['{\n  "a" 1\n}', 2, "expected ':'"],
    ['{"a": "open string\\', 1, 'cut short'],
    ['{"a": 1}\n{"b": 2}', 2, 'after the end'],
    ['{"a": 1 "b": 2}', 1, "expected ','"],
    ['', 1, 'empty'],
  ])('reports %j as a syntax error on line %i', async (text, line, message) => {
    const error = await scanTopLevel(encode(text), new Set(['a'])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JsonSyntaxError);
    expect((error as JsonSyntaxError).line).toBe(line);
    expect((error as JsonSyntaxError).message).toContain(message);
  });

  it('rejects invalid numbers and literals inside a kept member', async () => {
    for (const bad of ['{"a": [01]}', '{"a": {"b": tru}}', '{"a": [1.]}', '{"a": nan}']) {
      const error = await scanTopLevel(encode(bad), new Set(['a'])).catch((e: unknown) => e);
      expect(error, bad).toBeInstanceOf(JsonSyntaxError);
    }
  });

  it('reads a whole document as it reads the same bytes streamed: the same values, lines and refusals', async () => {
    const outcome = async (input: Uint8Array | AsyncIterable<Uint8Array>) => {
      try {
        const scan = await scanTopLevel(input, new Set(['a', 'b']));
        const at = (path: (string | number)[]) => scan.lines.line(path);
        return { values: [...scan.values], lines: [at(['a', 0]), at(['a', 1, 'k']), at(['b', 'c']), at(['b', 'd'])], kept: scan.keptBytes };
      } catch (err) {
        return { error: (err as JsonSyntaxError).message, line: (err as JsonSyntaxError).line, keys: (err as JsonSyntaxError).keysSeen };
      }
    };
    const docs = [
      '{"a": [1,\n {"k": "x\\ny"}],\n "skip": [\n],\n "b": {"c": NaN,\n "d": [-Infinity]}}',
      '{"a": [1,\n 2,\n "caf\u00e9"], "b": {\n"c": 1, "c": 2}}',
      '{"a": {"k": [1, 2}, "b": {}}',
      '{"a": {"k": "unterminated}, "b": {}}',
      `{"a": ${'['.repeat(300)}${']'.repeat(300)}, "b": {}}`,
      '{"a": [1]\n, "b": {"c": 1}',
      '{"a": [01], "b": {}}',
      '{"b": {"c": [1, 2], "d": "\\q"}}',
      '{"a": ["raw\nnewline", {"k": 1}],\n "b": {"c": 1,\n"d": 2}}',
    ];
    for (const doc of docs) {
      const bytes = encode(doc);
      expect(await outcome(bytes), doc).toEqual(await outcome(inChunks(bytes, 1)));
    }
  });

  it('names the top-level keys read before an error', async () => {
    const error = await scanTopLevel(encode('{"eval": {}, "status": "success" "results": {}}'), new Set()).catch((e: unknown) => e);
    expect((error as JsonSyntaxError).keysSeen).toEqual(['eval', 'status']);
  });

  it('reads through one reused buffer when the stream offers it, keeping nothing that a later chunk overwrites', async () => {
    const bytes = encode(LOG);
    for (const size of [1, 2, 3, 5, 64]) {
      let reusedAsked = false;
      const fresh = inChunks(bytes, size);
      const stream = Object.assign(fresh, {
        async *[REUSED_CHUNKS]() {
          reusedAsked = true;
          const buffer = new Uint8Array(size);
          for (let i = 0; i < bytes.length; i += size) {
            const part = bytes.subarray(i, i + size);
            buffer.set(part);
            yield buffer.subarray(0, part.length);
            // Whatever the scanner kept from this chunk would now read as garbage.
            buffer.fill(0x7b);
          }
        },
      });
      const scan = await scanTopLevel(stream, new Set(['status', 'results']));
      expect(reusedAsked).toBe(true);
      expect(scan.keys).toEqual(['version', 'status', 'samples', 'results']);
      expect(scan.values.get('status')).toBe('success');
      expect((scan.values.get('results') as { low: number }).low).toBe(Number.NEGATIVE_INFINITY);
      expect(scan.lines.line(['results', 'low'])).toBe(12);
    }
  });

  it('steps over escapes that straddle chunk boundaries, and finds a second `results` after the samples', async () => {
    const strings = ['\\\\', '\\"', '\\\\\\"', 'a\\\\', '\\u005c', '\\\\\\\\'].map((body) => `"${body}"`);
    const text = `{"results": {"v": 1},\n "samples": [${strings.join(', ')}, {"k": [${strings.join(', ')}]}],\n "results": {"v": 2}\n}`;
    const bytes = encode(text);
    for (let size = 1; size <= 9; size++) {
      const scan = await scanTopLevel(inChunks(bytes, size), new Set(['results']));
      expect(scan.keys).toEqual(['results', 'samples', 'results']);
      expect(scan.values.get('results')).toEqual({ v: 2 });
      expect(scan.lines.line(['results'])).toBe(3);
    }
  });

  it('finds a log cut short inside a skipped string or after an escape, whatever the chunk size', async () => {
    for (const cut of ['{"samples": ["abc', '{"samples": ["ab\\', '{"samples": ["ab\\\\', '{"samples": [{"a": "\\"}', '{"samples": []']) {
      for (const size of [1, 2, 4, 100]) {
        const error = await scanTopLevel(inChunks(encode(cut), size), new Set()).catch((e: unknown) => e);
        expect(error, cut).toBeInstanceOf(JsonSyntaxError);
        expect((error as JsonSyntaxError).message).toContain('cut short');
      }
    }
  });
});
