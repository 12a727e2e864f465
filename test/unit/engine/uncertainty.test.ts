// A result without a standard error is not exact: a proportion's sample count gives a Wilson interval; with
// neither, the result may show a crossing but never rule one out, unless the policy accepts point values.
import { describe, expect, it } from 'vitest';
import { measuredBounds, wilsonInterval } from '../../../src/engine/bounds.ts';
import { evaluate } from '../../../src/engine/evaluate.ts';
import type { EvaluationInput, Verdict } from '../../../src/engine/types.ts';
import { assessment, capability, input, policy, record, rule } from './factories.ts';

const run = (overrides: Partial<EvaluationInput>) => evaluate(input(overrides));
const only = (v: Verdict) => v.models[0]!.capabilities[0]!.evidence[0]!;
const codes = (v: Verdict) => [...v.findings, ...v.models.flatMap((m) => m.findings)].map((f) => f.code);

describe('wilsonInterval', () => {
  it('matches the published Wilson score interval', () => {
    // 81 of 263 at 95%: the Wilson interval is 0.2553 to 0.3662 (the normal approximation would give 0.252 to 0.364).
    const { lower, upper } = wilsonInterval(81 / 263, 263, 1.959964);
    expect(lower).toBeCloseTo(0.2553, 3);
    expect(upper).toBeCloseTo(0.3662, 3);
  });

  it('stays inside [0, 1] and is not a point at 0 or 1', () => {
    const none = wilsonInterval(0, 10, 1.96);
    expect(none.lower).toBe(0);
    expect(none.upper).toBeGreaterThan(0.25);
    const all = wilsonInterval(1, 10, 1.96);
    expect(all.upper).toBe(1);
    expect(all.lower).toBeLessThan(0.75);
  });
});

describe('measuredBounds', () => {
  const lines = [0.65, 0.5];
  it('uses the sample count of a proportion without stderr', () => {
    const b = measuredBounds({ value: 0.649, samples: 12, metric: 'accuracy' }, 1.96, 'higher', { pointValues: false, lines });
    expect(b.uncertainty).toBe('wilson');
    expect(b.upper).toBeGreaterThan(0.85);
  });

  it('derives nothing from samples for a metric that is no proportion, or a value off the 0–1 scale', () => {
    expect(
      measuredBounds({ value: 0.6, samples: 12, metric: 'word_perplexity' }, 1.96, 'higher', { pointValues: false, lines }).uncertainty,
    ).toBe('unknown');
    expect(measuredBounds({ value: 64, samples: 12, metric: 'accuracy' }, 1.96, 'higher', { pointValues: false, lines }).uncertainty).toBe(
      'unknown',
    );
  });

  it('is a point when the policy opts in, or at confidence 0', () => {
    expect(measuredBounds({ value: 0.6, metric: 'accuracy' }, 1.96, 'higher', { pointValues: true, lines }).uncertainty).toBe('point');
    expect(measuredBounds({ value: 0.6, metric: 'accuracy' }, 0, 'higher', { pointValues: false, lines }).uncertainty).toBe('point');
  });
});

describe('a result without stderr in the engine', () => {
  it('does not pass 0.649 on 12 samples under a 0.65 threshold', () => {
    const v = run({ evidence: [record({ value: 0.649, stderr: undefined, samples: 12 })] });
    expect(only(v)).toMatchObject({ status: 'not_ruled_out', stderr: null });
    expect(only(v).upper).toBeGreaterThan(0.85);
    expect(only(v).reason).toContain('Wilson interval of 12 samples');
  });

  it('rules a threshold out only when the interval of many samples lies below it', () => {
    const v = run({ evidence: [record({ value: 0.3, stderr: undefined, samples: 2000 })] });
    expect(only(v).status).toBe('below');
  });

  it('cannot rule a threshold out with neither stderr nor samples, but still shows a crossing', () => {
    const low = run({ evidence: [record({ value: 0.3, stderr: undefined, samples: undefined })] });
    expect(only(low).status).toBe('unevaluated');
    expect(low.conclusion).toBe('failure');
    expect(codes(low)).toContain('UNCERTAINTY_UNKNOWN');
    const high = run({ evidence: [record({ value: 0.8, stderr: undefined, samples: undefined })] });
    expect(only(high).status).toBe('crossed');
    expect(codes(high)).not.toContain('UNCERTAINTY_UNKNOWN');
  });

  it('judges the bare value when the policy sets assessment.point_values', () => {
    const v = run({
      evidence: [record({ value: 0.3, stderr: undefined, samples: undefined })],
      policy: policy({ assessment: assessment({ point_values: true }) }),
    });
    expect(only(v).status).toBe('below');
    expect(codes(v)).not.toContain('UNCERTAINTY_UNKNOWN');
  });

  it('cannot rule out a non-proportion metric without stderr, whatever its sample count', () => {
    const seconds = rule({ metric: 'seconds', threshold: 30, alert: 60, direction: 'lower' });
    const v = run({
      policy: policy({ capabilities: [capability({ evidence: [seconds] })] }),
      evidence: [record({ metric: 'seconds', value: 120, stderr: undefined, samples: 400 })],
    });
    expect(only(v).status).toBe('unevaluated');
  });
});

describe('a confidence just below 1', () => {
  it('evaluates without a crash, with very wide bounds', () => {
    const v = run({ policy: policy({ assessment: assessment({ confidence: 0.9999999999999999 }) }) });
    // z is about 8.2: 0.42 ± 0.098.
    expect(only(v).status).toBe('approaching');
    expect(only(v).upper).toBeGreaterThan(0.51);
  });
});

describe('an undated result without uncertainty beside a dated one', () => {
  it('counts only when its value shows more capability, not because it cannot rule out', () => {
    const dated = record({ value: 0.3, stderr: 0.01, date: '2026-11-20' });
    const undatedLow = record({ value: 0.2, stderr: undefined, samples: undefined, date: undefined, line: 9 });
    expect(only(run({ evidence: [dated, undatedLow] })).status).toBe('below');
    const undatedHigh = record({ value: 0.7, stderr: undefined, samples: undefined, date: undefined, line: 9 });
    expect(only(run({ evidence: [dated, undatedHigh] })).status).toBe('crossed');
  });
});
