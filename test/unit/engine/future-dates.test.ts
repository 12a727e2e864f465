// A date after the reference date is an error at its file and line, and never displaces older evidence.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.ts';
import type { EvaluationInput, Verdict } from '../../../src/engine/types.ts';
import { input, model, record } from './factories.ts';

const run = (overrides: Partial<EvaluationInput>) => evaluate(input(overrides));
const only = (v: Verdict) => v.models[0]!.capabilities[0]!.evidence[0]!;
const all = (v: Verdict) => [...v.findings, ...v.models.flatMap((m) => m.findings)];

describe('results dated in the future', () => {
  const crossing = record({ value: 0.8, date: '2026-11-20', file: 'evals/frontier-7/old.yaml', line: 3 });
  const typo = record({ value: 0.3, date: '2062-11-25', file: 'evals/frontier-7/new.yaml', line: 5 });

  it('does not hide an older crossing and is an error with file and line', () => {
    for (const evidence of [
      [crossing, typo],
      [typo, crossing],
    ]) {
      const v = run({ evidence });
      expect(only(v)).toMatchObject({ status: 'crossed', file: 'evals/frontier-7/old.yaml' });
      expect(all(v)).toContainEqual(
        expect.objectContaining({ code: 'FUTURE_DATE', severity: 'error', file: 'evals/frontier-7/new.yaml', line: 5 }),
      );
      expect(v.conclusion).toBe('failure');
    }
  });

  it('still counts against the model when it shows more capability', () => {
    const low = record({ value: 0.3, date: '2026-11-20' });
    const v = run({ evidence: [low, { ...typo, value: 0.9 }] });
    expect(only(v).status).toBe('crossed');
    expect(only(v).reason).toContain('dated in the future');
  });

  it('allows a date that is the reference day in the earliest time zone', () => {
    const v = run({ evidence: [record({ date: '2026-12-02', value: 0.3 })], referenceDate: '2026-12-01T12:00:00Z' });
    expect(all(v).map((f) => f.code)).not.toContain('FUTURE_DATE');
    expect(only(v).status).toBe('below');
  });

  it('is never the freshest, even alone', () => {
    const v = run({ evidence: [{ ...typo }] });
    expect(only(v).status).toBe('unevaluated');
    expect(all(v).map((f) => f.code)).toEqual(expect.arrayContaining(['FUTURE_DATE', 'MISSING_EVIDENCE']));
  });
});

describe('a last assessment dated in the future', () => {
  it('is an error at the model config', () => {
    const m = model('frontier-7', { last_assessment: { date: '2062-09-01', effective_compute: 3.2e25 } });
    const v = run({ headModels: [m], baseModels: [m] });
    expect(all(v)).toContainEqual(
      expect.objectContaining({ code: 'FUTURE_DATE', severity: 'error', file: 'models/frontier-7/model.yaml', line: 6 }),
    );
    expect(v.conclusion).toBe('failure');
  });
});
