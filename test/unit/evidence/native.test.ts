import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readResultFile } from '../../../src/evidence/read.ts';
import { NativeResultSchema } from '../../../src/evidence/formats/native.ts';
import { fixture, textSource, usable } from './sources.ts';

describe('native results', () => {
  it('reads YAML entries in flow and block style, each with the line of its entry', async () => {
    const result = await readResultFile(fixture('native/frontier-7.yaml'));
    expect(result.format).toBe('native');
    expect(result.findings).toEqual([]);
    expect(usable(result)).toEqual([
      {
        model: 'frontier-7',
        eval: 'wmdp-bio',
        metric: 'accuracy',
        value: 0.71,
        stderr: 0.012,
        samples: 1273,
        date: '2026-11-20',
        format: 'native',
        file: 'evals/native/frontier-7.yaml',
        line: 5,
      },
      {
        model: 'frontier-7',
        eval: 'lab-bench-protocolqa',
        metric: 'accuracy',
        value: 0.58,
        stderr: 0.042,
        samples: 108,
        date: '2026-11-18T09:30:00Z',
        format: 'native',
        file: 'evals/native/frontier-7.yaml',
        line: 6,
      },
      {
        model: 'frontier-7',
        eval: 'strongreject',
        metric: 'refusal_failure_rate',
        value: 0.031,
        date: '2026-11-20',
        direction: 'lower',
        format: 'native',
        file: 'evals/native/frontier-7.yaml',
        line: 12,
      },
    ]);
  });

  it('takes the model from the folder when the file names none', async () => {
    const result = await readResultFile(fixture('native/from-folder.yaml'), { folderModel: 'frontier-7' });
    expect(usable(result)).toHaveLength(1);
    expect(usable(result)[0]).toMatchObject({ model: 'frontier-7', modelFromPath: true, eval: 'cybench', line: 3 });
  });

  it('is an error when neither the file nor its folder names a model', async () => {
    const result = await readResultFile(fixture('native/from-folder.yaml'));
    expect(usable(result)).toEqual([]);
    expect(result.findings).toMatchObject([{ code: 'UNKNOWN_MODEL', severity: 'error', file: 'evals/native/from-folder.yaml' }]);
  });

  it('sets aside NaN, Infinity and non-numeric values as unusable and keeps the rest', async () => {
    const result = await readResultFile(fixture('native/unusable-values.yaml'));
    expect(usable(result).map((r) => r.eval)).toEqual(['vct']);
    expect(usable(result)[0]!.line).toBe(7);
    expect(result.findings.map((f) => [f.code, f.severity, f.line])).toEqual([
      ['UNUSABLE_RESULT', 'warning', 4],
      ['UNUSABLE_RESULT', 'warning', 5],
      ['UNUSABLE_RESULT', 'warning', 6],
    ]);
    expect(result.findings[0]!.message).toContain('value is NaN');
    expect(result.findings[1]!.message).toContain('not a number ("0.52")');
    expect(result.findings[2]!.message).toContain('stderr is Infinity');
  });

  it('reports schema errors at the line of the offending key, and yields no records', async () => {
    const result = await readResultFile(fixture('native/invalid.yaml'));
    expect(result.format).toBe('native');
    expect(usable(result)).toEqual([]);
    expect(result.findings.every((f) => f.code === 'PARSE_ERROR' && f.severity === 'error')).toBe(true);
    const byLine = result.findings.map((f) => [f.line, f.message]);
    expect(byLine).toContainEqual([2, expect.stringContaining('date')]);
    expect(byLine).toContainEqual([4, expect.stringContaining('unknown key "stdev"')]);
    expect(byLine).toContainEqual([5, expect.stringContaining('results.1.metric')]);
    expect(byLine).toContainEqual([5, expect.stringContaining('results.1.samples')]);
  });

  it('reports YAML syntax errors with their line', async () => {
    const result = await readResultFile(fixture('native/broken.yaml'));
    expect(result.format).toBe('native');
    expect(usable(result)).toEqual([]);
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ code: 'PARSE_ERROR', severity: 'error', line: 5 });
  });

  it('reads the same format from JSON, with lines, and a bare NaN as unusable', async () => {
    const result = await readResultFile(fixture('native/frontier-7.json'));
    expect(result.format).toBe('native');
    expect(usable(result)).toMatchObject([{ model: 'frontier-7', eval: 'wmdp-bio', value: 0.71, stderr: 0.012, samples: 1273, line: 5 }]);
    expect(result.findings).toMatchObject([{ code: 'UNUSABLE_RESULT', line: 6 }]);
  });

  it('gives an unusable notice for a results file with no results', async () => {
    const result = await readResultFile(textSource('evals/frontier-7/empty.yaml', 'model: frontier-7\ndate: 2026-11-20\nresults: []\n'));
    expect(result.format).toBe('native');
    expect(result.findings).toMatchObject([{ code: 'UNUSABLE_RESULT', message: expect.stringContaining('holds no results') }]);
  });

  it('publishes as JSON Schema with every key described', () => {
    const schema = z.toJSONSchema(NativeResultSchema) as {
      properties: Record<string, { description?: string }>;
      additionalProperties: boolean;
    };
    expect(Object.keys(schema.properties)).toEqual(['model', 'date', 'results']);
    expect(schema.additionalProperties).toBe(false);
    for (const [key, property] of Object.entries(schema.properties)) expect(property.description, key).toBeTruthy();
  });
});
