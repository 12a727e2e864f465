import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.ts';
import { HISTORY_POINTS } from '../../../src/engine/history.ts';
import { input, record } from './factories.ts';

function wmdpRule(evidence: ReturnType<typeof record>[]) {
  const v = evaluate(input({ evidence }));
  return v.models[0]!.capabilities.find((c) => c.id === 'cbrn-3')!.evidence[0]!;
}

describe('the history of an evidence rule', () => {
  it('lists every usable dated result, oldest first, with the bounds at the policy confidence', () => {
    const rule = wmdpRule([
      record({ value: 0.55, date: '2026-11-20', file: 'evals/frontier-7/c.yaml' }),
      record({ value: 0.3, stderr: 0.01, date: '2026-08-01', file: 'evals/frontier-7/a.yaml', line: 2 }),
      record({ value: 0.44, date: '2026-10-01', file: 'evals/frontier-7/b.yaml' }),
      record({ value: 0.9, date: undefined, file: 'evals/frontier-7/undated.yaml' }),
      record({ value: Number.NaN, date: '2026-11-01', file: 'evals/frontier-7/nan.yaml' }),
    ]);
    expect(rule.history!.map((p) => [p.date, p.value, p.file])).toEqual([
      ['2026-08-01', 0.3, 'evals/frontier-7/a.yaml'],
      ['2026-10-01', 0.44, 'evals/frontier-7/b.yaml'],
      ['2026-11-20', 0.55, 'evals/frontier-7/c.yaml'],
    ]);
    const first = rule.history![0]!;
    expect(first.line).toBe(2);
    expect(first.lower).toBeCloseTo(0.3 - 1.959964 * 0.01, 4);
    expect(first.upper).toBeCloseTo(0.3 + 1.959964 * 0.01, 4);
  });

  it('keeps the most recent few, and is absent when no result is dated', () => {
    const many = Array.from({ length: HISTORY_POINTS + 3 }, (_, i) =>
      record({ value: 0.3 + i / 100, date: `2026-0${1 + Math.floor(i / 5)}-1${i % 5}`, file: `evals/frontier-7/r${i}.yaml` }),
    );
    const rule = wmdpRule(many);
    expect(rule.history).toHaveLength(HISTORY_POINTS);
    expect(rule.history!.at(-1)!.value).toBeCloseTo(0.3 + (HISTORY_POINTS + 2) / 100);
    expect(wmdpRule([record({ date: undefined })]).history).toBeUndefined();
  });
});
