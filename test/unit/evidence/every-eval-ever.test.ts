import { describe, expect, it } from 'vitest';
import { readResultFile } from '../../../src/evidence/read.ts';
import { fixture, usable } from './sources.ts';

describe('Every Eval Ever results', () => {
  it("reads scores with standard error, samples, direction, and the entry's timestamp else the file's", async () => {
    const result = await readResultFile(fixture('every-eval-ever/frontier-7-run.json'));
    expect(result.format).toBe('every-eval-ever');
    expect(usable(result)).toEqual([
      {
        model: 'acme/frontier-7',
        eval: 'wmdp_bio',
        metric: 'accuracy',
        value: 0.7125,
        stderr: 0.0127,
        samples: 1273,
        date: '2025-11-18T16:00:00Z',
        direction: 'higher',
        format: 'every-eval-ever',
        file: 'evals/every-eval-ever/frontier-7-run.json',
        line: 45,
      },
      expect.objectContaining({ eval: 'lab_bench_protocolqa', stderr: 0.0422, samples: 108, date: '2025-11-19T08:30:00Z', line: 73 }),
      expect.objectContaining({ eval: 'strongreject', metric: 'refusal_failure_rate', value: 0.031, direction: 'lower', line: 98 }),
    ]);
    expect(usable(result)[2]).not.toHaveProperty('stderr');
    expect(result.findings).toMatchObject([
      { code: 'UNUSABLE_RESULT', line: 116, message: expect.stringContaining('cybench accuracy: the score is NaN') },
    ]);
  });

  it('reads schema 0.2 entries, which name no metric, as "score", and never dates by retrieval time', async () => {
    const result = await readResultFile(fixture('every-eval-ever/hfopenllm-v2.json'));
    expect(result.findings).toEqual([]);
    expect(usable(result).map((r) => [r.model, r.eval, r.metric, r.value, r.line])).toEqual([
      ['acme/frontier-7-base', 'GPQA', 'score', 0.3591, 33],
      ['acme/frontier-7-base', 'MMLU-PRO', 'score', 0.5106, 51],
    ]);
    for (const record of usable(result)) {
      expect(record).not.toHaveProperty('date');
      expect(record).not.toHaveProperty('selfReported');
    }
  });

  it("marks a developer's own documentation as self-reported, with one notice", async () => {
    const result = await readResultFile(fixture('every-eval-ever/first-party-card.json'));
    expect(usable(result)).toMatchObject([{ eval: 'vct', value: 0.221, date: '2025-11-10', selfReported: true }]);
    expect(result.findings).toMatchObject([{ code: 'SELF_REPORTED', severity: 'notice', line: 5 }]);
  });

  it('reports an entry that breaks the schema at its line', async () => {
    const result = await readResultFile(fixture('every-eval-ever/broken-entry.json'));
    expect(usable(result)).toEqual([]);
    expect(result.findings).toMatchObject([
      { code: 'PARSE_ERROR', severity: 'error', line: 21, message: expect.stringContaining('lower_is_better') },
    ]);
  });
});
