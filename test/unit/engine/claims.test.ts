// Edits that lower the bar for a model are claims: until an assessor attests them, the base's values decide.
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.ts';
import type { AssessmentApproval } from '../../../src/engine/inputs.ts';
import type { EvaluationInput, Verdict } from '../../../src/engine/types.ts';
import { approval, input, model, record } from './factories.ts';

const codes = (v: Verdict) => v.models.flatMap((m) => m.findings).map((f) => f.code);
const attested = (overrides: Partial<AssessmentApproval> = {}): AssessmentApproval => ({
  model: 'frontier-7',
  by: 'rso-jane',
  at: '2026-12-01T10:00:00Z',
  ...overrides,
});

// The base: 3.2e25 FLOP, last assessed at 1.6e25 — 2x, under the 4x ratio. A PR grows compute to 8e25 (5x).
const base = model('frontier-7');
const grown = model('frontier-7', { effective_compute: 8e25 });

describe('a PR that edits last_assessment', () => {
  const reassessed = model('frontier-7', { effective_compute: 8e25, last_assessment: { date: '2026-11-30', effective_compute: 8e25 } });
  const run = (over: Partial<EvaluationInput> = {}) => evaluate(input({ baseModels: [base], headModels: [reassessed], ...over }));

  it('does not clear NOTABLE_INCREASE_UNASSESSED on its own: the base assessment decides, and the claim is pending', () => {
    const v = run();
    expect(codes(v)).toContain('NOTABLE_INCREASE_UNASSESSED');
    expect(codes(v)).toContain('CLAIM_UNATTESTED');
    expect(v.conclusion).toBe('failure');
    const claim = v.models[0]!.findings.find((f) => f.code === 'CLAIM_UNATTESTED')!;
    expect(claim).toMatchObject({ severity: 'warning', line: 6, file: 'models/frontier-7/model.yaml' });
    expect(claim.message).toMatch(
      new RegExp(`changes last_assessment.*/rsp approve-assessment frontier-7 fp:${v.models[0]!.fingerprint.slice(0, 20)}`),
    );
  });

  it('counts once an assessor attests it, bound by fp or made after the head', () => {
    const fp = run().models[0]!.fingerprint;
    for (const a of [attested({ fingerprint: fp.slice(0, 20) }), attested({ headChangedSince: false })]) {
      const v = run({ assessmentApprovals: [a] });
      expect(codes(v)).not.toContain('NOTABLE_INCREASE_UNASSESSED');
      expect(codes(v)).not.toContain('CLAIM_UNATTESTED');
      expect(v.conclusion).toBe('success');
    }
  });

  it('an attestation for other evidence, or from before the push, no longer applies and says so', () => {
    for (const a of [attested({ fingerprint: '0'.repeat(20) }), attested({ headChangedSince: true })]) {
      const v = run({ assessmentApprovals: [a] });
      expect(codes(v)).toEqual(expect.arrayContaining(['APPROVAL_OUTDATED', 'CLAIM_UNATTESTED', 'NOTABLE_INCREASE_UNASSESSED']));
    }
  });

  it('an attestation of another model does not count', () => {
    expect(codes(run({ assessmentApprovals: [attested({ model: 'frontier-8', headChangedSince: false })] }))).toContain('CLAIM_UNATTESTED');
  });

  it('a new model that arrives with a last_assessment makes the same claim', () => {
    const v = evaluate(input({ baseModels: [], headModels: [reassessed] }));
    expect(codes(v)).toContain('CLAIM_UNATTESTED');
    expect(v.conclusion).not.toBe('success');
  });
});

describe('a PR that lowers effective_compute', () => {
  it('is judged at the base compute until attested', () => {
    const lowered = model('frontier-7', { effective_compute: 2e25 });
    const bigBase = model('frontier-7', { effective_compute: 9e25 });
    const v = evaluate(input({ baseModels: [bigBase], headModels: [lowered] }));
    expect(codes(v)).toEqual(expect.arrayContaining(['CLAIM_UNATTESTED', 'NOTABLE_INCREASE_UNASSESSED']));
    const ok = evaluate(
      input({ baseModels: [bigBase], headModels: [lowered], assessmentApprovals: [attested({ headChangedSince: false })] }),
    );
    expect(codes(ok)).not.toContain('NOTABLE_INCREASE_UNASSESSED');
  });

  it('raising it is no claim', () => {
    expect(codes(evaluate(input({ baseModels: [base], headModels: [grown] })))).not.toContain('CLAIM_UNATTESTED');
  });
});

describe('a PR that deletes a crossing result and lowers the declared level', () => {
  const crossing = record({ value: 0.81, file: 'evals/frontier-7/wmdp-crossed.yaml' });
  const asl3 = model('frontier-7', { declared_level: 'ASL-3', safeguards: ['asl2-security', 'asl3-classifiers', 'asl3-egress'] });
  const lowered = model('frontier-7', { declared_level: 'ASL-2', safeguards: ['asl2-security'] });
  const run = (over: Partial<EvaluationInput> = {}) =>
    evaluate(input({ baseModels: [asl3], headModels: [lowered], evidence: [record()], baseChangedEvidence: [crossing], ...over }));

  it('does not pass: the removed result still counts and the level stays, until an assessor attests', () => {
    const v = run();
    expect(v.conclusion).not.toBe('success');
    expect(v.models[0]!.requiredLevel).toBe('ASL-3');
    const claims = v.models[0]!.findings.filter((f) => f.code === 'CLAIM_UNATTESTED').map((f) => f.message);
    expect(claims).toHaveLength(2);
    expect(claims).toEqual(
      expect.arrayContaining([
        expect.stringContaining('lowers declared_level from ASL-3 to ASL-2'),
        expect.stringContaining('removes or replaces 1 result(s) a rule reads (evals/frontier-7/wmdp-crossed.yaml:4)'),
      ]),
    );
  });

  it('passes once attested', () => {
    const v = run({ assessmentApprovals: [attested({ headChangedSince: false })] });
    expect(v.models[0]!.requiredLevel).toBe('ASL-2');
    expect(codes(v)).not.toContain('CLAIM_UNATTESTED');
    expect(v.conclusion).toBe('success');
  });

  it('a result moved to another file unchanged, or one no rule reads, is no claim', () => {
    const moved = evaluate(
      input({
        evidence: [record(), { ...crossing, file: 'evals/frontier-7/moved.yaml' }],
        baseChangedEvidence: [crossing],
        headModels: [asl3],
        baseModels: [asl3],
      }),
    );
    expect(codes(moved)).not.toContain('CLAIM_UNATTESTED');
    const unrelated = evaluate(input({ baseChangedEvidence: [record({ eval: 'mmlu', value: 0.9 })] }));
    expect(codes(unrelated)).not.toContain('CLAIM_UNATTESTED');
  });
});

describe('a policy approval', () => {
  const changed = (over: Partial<EvaluationInput>) => evaluate(input({ policyChanged: true, policyFingerprint: 'ab'.repeat(32), ...over }));

  it('bound by fp counts for the policy text it names, and no longer once the text changes', () => {
    const ok = changed({ policyApprovals: [approval({ fingerprint: 'ab'.repeat(10) })] });
    expect(ok.policy.approvedBy).toEqual(['rso-jane']);
    expect(ok.findings.map((f) => f.code)).not.toContain('POLICY_CHANGE_UNAPPROVED');
    const stale = changed({ policyApprovals: [approval({ fingerprint: 'cd'.repeat(10) })] });
    expect(stale.policy.approvedBy).toEqual([]);
    expect(stale.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['APPROVAL_OUTDATED', 'POLICY_CHANGE_UNAPPROVED']));
    expect(stale.findings.find((f) => f.code === 'POLICY_CHANGE_UNAPPROVED')!.message).toContain(
      `/rsp approve-policy fp:${'ab'.repeat(10)}`,
    );
    expect(stale.conclusion).toBe('action_required');
  });

  it('without fp counts only when made after the head became the head', () => {
    expect(changed({ policyApprovals: [approval({ headChangedSince: false })] }).policy.approvedBy).toEqual(['rso-jane']);
    const stale = changed({ policyApprovals: [approval({ headChangedSince: true })] });
    expect(stale.policy.approvedBy).toEqual([]);
    expect(stale.findings.find((f) => f.code === 'APPROVAL_OUTDATED')!.message).toMatch(
      /rso-jane no longer applies: the PR changed after it was made/,
    );
  });
});
