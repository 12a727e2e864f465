// Several readings of one run (filters, scorers, duplicate rows, same-date files): the policy may name one; otherwise
// the most capable counts and a notice lists the others.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.ts';
import type { EvaluationInput, Verdict } from '../../../src/engine/types.ts';
import { capability, input, policy, record, rule } from './factories.ts';

const run = (overrides: Partial<EvaluationInput>) => evaluate(input(overrides));
const only = (v: Verdict) => v.models[0]!.capabilities[0]!.evidence[0]!;
const all = (v: Verdict) => [...v.findings, ...v.models.flatMap((m) => m.findings)];

const strict = record({ format: 'lm-eval', variant: 'strict-match', value: 0.4, line: 10 });
const flexible = record({ format: 'lm-eval', variant: 'flexible-extract', value: 0.7, line: 12 });

describe('readings of one run that disagree', () => {
  it('counts the most capable reading whatever the order, with a notice listing the others', () => {
    for (const evidence of [
      [strict, flexible],
      [flexible, strict],
    ]) {
      const v = run({ evidence });
      expect(only(v)).toMatchObject({ value: 0.7, line: 12, status: 'crossed' });
      const notice = all(v).find((f) => f.code === 'OTHER_READINGS');
      expect(notice).toMatchObject({ severity: 'notice', line: 12 });
      expect(notice!.message).toContain('strict-match 0.4');
    }
  });

  it('counts the reading the rule names', () => {
    const v = run({
      evidence: [flexible, strict],
      policy: policy({ capabilities: [capability({ evidence: [rule({ reading: 'strict-match' })] })] }),
    });
    expect(only(v)).toMatchObject({ value: 0.4, status: 'below' });
    expect(all(v).map((f) => f.code)).not.toContain('OTHER_READINGS');
  });

  it('matches an Inspect scorer with any reducer, or one scorer/reducer', () => {
    const mean = record({ format: 'inspect', variant: 'match/mean', value: 0.6 });
    const max = record({ format: 'inspect', variant: 'match/max', value: 0.8 });
    const graded = record({ format: 'inspect', variant: 'model_graded', value: 0.9 });
    const withReading = (reading: string) => policy({ capabilities: [capability({ evidence: [rule({ reading })] })] });
    expect(only(run({ evidence: [mean, max, graded], policy: withReading('match') })).value).toBe(0.8);
    expect(only(run({ evidence: [mean, max, graded], policy: withReading('match/mean') })).value).toBe(0.6);
  });

  it('weighs duplicate rows and same-date files by capability, not by sample count or file name', () => {
    const many = record({ value: 0.42, samples: 5000, file: 'evals/frontier-7/a.yaml' });
    const few = record({ value: 0.66, samples: 50, file: 'evals/frontier-7/z.yaml' });
    expect(only(run({ evidence: [many, few] }))).toMatchObject({ file: 'evals/frontier-7/z.yaml' });
  });

  it('prefers the reading that cannot be ruled out over one that is below with a higher value', () => {
    // 0.6 ± 1.96·0.001 is below 0.65; 0.55 ± 1.96·0.06 reaches it.
    const tight = record({ value: 0.6, stderr: 0.001, line: 1 });
    const wide = record({ value: 0.55, stderr: 0.06, line: 2 });
    expect(only(run({ evidence: [tight, wide] }))).toMatchObject({ line: 2, status: 'not_ruled_out' });
  });
});
