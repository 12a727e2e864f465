// The 0–1 vs 0–100 check is for proportions only; a proportion below 0 is an error.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.ts';
import type { EvaluationInput, Verdict } from '../../../src/engine/types.ts';
import { capability, input, policy, record, rule } from './factories.ts';

const run = (overrides: Partial<EvaluationInput>) => evaluate(input(overrides));
const only = (v: Verdict) => v.models[0]!.capabilities[0]!.evidence[0]!;
const codes = (v: Verdict) => [...v.findings, ...v.models.flatMap((m) => m.findings)].map((f) => f.code);
const withRule = (r: ReturnType<typeof rule>) => policy({ capabilities: [capability({ evidence: [r] })] });

describe('scale of a result against its threshold', () => {
  it('refuses a percentage against a 0–1 accuracy threshold', () => {
    const v = run({ evidence: [record({ value: 42 })] });
    expect(codes(v)).toContain('SCALE_MISMATCH');
    expect(only(v).status).toBe('unevaluated');
  });

  it('refuses a proportion below 0', () => {
    const v = run({ evidence: [record({ value: -0.2 })] });
    expect(codes(v)).toContain('SCALE_MISMATCH');
    expect(v.conclusion).toBe('failure');
  });

  it('reads seconds and perplexity on their own scale against a small threshold', () => {
    const seconds = rule({ metric: 'time_seconds', threshold: 0.5, alert: 0.9, direction: 'lower' });
    const v = run({ policy: withRule(seconds), evidence: [record({ metric: 'time_seconds', value: 3.2, stderr: 0.1 })] });
    expect(codes(v)).not.toContain('SCALE_MISMATCH');
    expect(only(v).status).toBe('below');
    const ppl = rule({ metric: 'word_perplexity', threshold: 0.9, alert: 0.95, direction: 'lower' });
    const p = run({ policy: withRule(ppl), evidence: [record({ metric: 'word_perplexity', value: 12.5, stderr: 0.2 })] });
    expect(codes(p)).not.toContain('SCALE_MISMATCH');
    expect(only(p).status).toBe('below');
  });
});

describe('a rule that says whether its metric is a proportion', () => {
  it('skips the scale check for a score the policy says is no proportion', () => {
    const score = rule({ eval: 'wmdp-bio', metric: 'score', threshold: 1, alert: 0.8, proportion: false });
    const v = run({ policy: withRule(score), evidence: [record({ metric: 'score', value: 1.3, stderr: 0.05 })] });
    expect(codes(v)).not.toContain('SCALE_MISMATCH');
    expect(only(v).status).toBe('crossed');
    expect(
      codes(
        run({ policy: withRule({ ...score, proportion: undefined }), evidence: [record({ metric: 'score', value: 1.3, stderr: 0.05 })] }),
      ),
    ).toContain('SCALE_MISMATCH');
  });

  it('checks the scale of a metric the policy says is a proportion, whatever its name', () => {
    const time = rule({ metric: 'time_share', threshold: 0.5, alert: 0.4, proportion: true });
    expect(codes(run({ policy: withRule(time), evidence: [record({ metric: 'time_share', value: 40 })] }))).toContain('SCALE_MISMATCH');
  });
});
