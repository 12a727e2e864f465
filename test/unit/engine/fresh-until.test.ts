// The last reference date on which the result that counts is still fresh: its date plus the rule's max age.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.ts';
import { assessment, capability, input, policy, record, rule } from './factories.ts';

const only = (v: ReturnType<typeof evaluate>) => v.models[0]!.capabilities[0]!.evidence[0]!;

describe('freshUntil', () => {
  it("is the result's date plus max_age_days, the rule's own when it has one", () => {
    expect(only(evaluate(input({ evidence: [record({ date: '2026-11-20' })] }))).freshUntil).toBe('2027-05-19');
    const short = policy({ capabilities: [capability({ evidence: [rule({ max_age_days: 30 })] })] });
    expect(only(evaluate(input({ policy: short, evidence: [record({ date: '2026-11-20T23:30:00Z' })] }))).freshUntil).toBe('2026-12-20');
  });

  it('stays on a stale result (in the past) and is absent without a dated result', () => {
    const stale = only(
      evaluate(input({ policy: policy({ assessment: assessment({ max_age_days: 10 }) }), evidence: [record({ date: '2026-11-01' })] })),
    );
    expect(stale).toMatchObject({ stale: true, freshUntil: '2026-11-11' });
    expect(only(evaluate(input({ evidence: [] }))).freshUntil).toBeUndefined();
    expect(only(evaluate(input({ evidence: [record({ date: undefined })] }))).freshUntil).toBeUndefined();
  });
});
