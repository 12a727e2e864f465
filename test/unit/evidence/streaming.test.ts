import { describe, expect, it } from 'vitest';
import { readResultFile } from '../../../src/evidence/read.ts';
import type { FileSource } from '../../../src/evidence/types.ts';
import { scanTopLevel } from '../../../src/evidence/json/scan.ts';
import { INSPECT_KEYS } from '../../../src/evidence/formats/inspect.ts';

const encoder = new TextEncoder();

/**
 * A 50 MB Inspect log that never exists in memory at once: its samples are generated chunk by chunk as the reader
 * pulls them. Each sample is valid as JSON text but holds what a full parse would stumble over or bloat with.
 */
function generatedLog(samples: number) {
  const head = [
    '{',
    '  "version": 2,',
    '  "status": "success",',
    '  "eval": {',
    '    "created": "2026-11-19T22:05:41+00:00",',
    '    "task": "inspect_evals/wmdp_bio",',
    '    "model": "anthropic/frontier-7",',
    '    "dataset": {"name": "wmdp-bio", "samples": 1273}',
    '  },',
    '  "plan": {"name": "plan", "steps": [{"solver": "multiple_choice", "params": {}}]},',
    '  "results": {',
    '    "total_samples": 1273,',
    '    "completed_samples": 1273,',
    '    "scores": [',
    '      {',
    '        "name": "choice",',
    '        "scorer": "choice",',
    '        "metrics": {',
    '          "accuracy": {"name": "accuracy", "value": 0.7203},',
    '          "stderr": {"name": "stderr", "value": 0.0126}',
    '        }',
    '      }',
    '    ]',
    '  },',
    '  "samples": [',
    '',
  ].join('\n');
  const sample = (i: number) =>
    `    {"id": ${i}, "epoch": 1, "input": "${'Which of these steps \\"amplifies\\" {x} ] '.repeat(300)}", "messages": [{"role": "assistant", "content": "ANSWER: A\\n\\\\"}], "scores": {"choice": {"value": "C"}}}`;
  const tail = '\n  ]\n}\n';
  const pieces = (function* () {
    yield head;
    for (let i = 1; i <= samples; i++) yield sample(i) + (i < samples ? ',\n' : '');
    yield tail;
  })();
  let size = 0;
  for (const piece of [head, tail]) size += encoder.encode(piece).length;
  for (let i = 1; i <= samples; i++) size += encoder.encode(sample(i) + (i < samples ? ',\n' : '')).length;
  return { size, pieces };
}

describe('large Inspect .json logs', () => {
  it('streams a 50 MB log in bounded memory, skipping samples, and reads its result right', async () => {
    const samples = 4300;
    const { size } = generatedLog(samples);
    expect(size).toBeGreaterThan(50 * 1024 * 1024);

    let chunks = 0;
    let bytes = 0;
    const readCalls: Array<[number, number]> = [];
    const inUse = () => {
      const m = process.memoryUsage();
      return m.heapUsed + m.arrayBuffers;
    };
    const baseline = inUse();
    let peak = baseline;
    const src: FileSource = {
      path: 'evals/frontier-7/wmdp-bio.json',
      size,
      async *stream() {
        const { pieces } = generatedLog(samples);
        let buffered: Uint8Array[] = [];
        let length = 0;
        for (const piece of pieces) {
          buffered.push(encoder.encode(piece));
          length += buffered.at(-1)!.length;
          if (length < 256 * 1024) continue;
          chunks++;
          bytes += length;
          yield Buffer.concat(buffered);
          buffered = [];
          length = 0;
          peak = Math.max(peak, inUse());
        }
        chunks++;
        bytes += length;
        yield Buffer.concat(buffered);
      },
      async read(start, end) {
        readCalls.push([start, end]);
        const { pieces } = generatedLog(0);
        return encoder.encode(pieces.next().value as string).slice(start, end);
      },
    };

    const result = await readResultFile(src);
    peak = Math.max(peak, inUse());

    expect(result.findings).toEqual([]);
    expect(result.records).toEqual([
      {
        model: 'anthropic/frontier-7',
        eval: 'inspect_evals/wmdp_bio',
        metric: 'accuracy',
        value: 0.7203,
        stderr: 0.0126,
        samples: 1273,
        date: '2026-11-19T22:05:41+00:00',
        variant: 'choice',
        format: 'inspect',
        file: 'evals/frontier-7/wmdp-bio.json',
        line: 19,
      },
    ]);
    // The whole file went through the stream, in many chunks; read() only served the first bytes.
    expect(bytes).toBe(size);
    expect(chunks).toBeGreaterThan(100);
    expect(readCalls).toEqual([[0, 512]]);
    // Heap and buffers stay well under the file's size (chunks already scanned are garbage, not yet collected);
    // keeping the samples would hold all 50 MB of them.
    expect(peak - baseline).toBeLessThan(size * 0.75);
  }, 60_000);

  it('hands the value builder only the members it keeps, not the samples', async () => {
    const samples = 4300;
    const { pieces } = generatedLog(samples);
    async function* chunks() {
      for (const piece of pieces) yield encoder.encode(piece);
    }
    const scan = await scanTopLevel(chunks(), INSPECT_KEYS);
    expect(scan.keys).toEqual(['version', 'status', 'eval', 'plan', 'results', 'samples']);
    expect([...scan.values.keys()]).toEqual(['version', 'status', 'eval', 'results']);
    expect(scan.keptBytes).toBeLessThan(1024);
    expect(scan.lines.line(['samples'])).toBe(25);
  }, 60_000);
});
