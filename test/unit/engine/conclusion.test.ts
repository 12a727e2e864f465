import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.ts';
import type { EvaluationInput } from '../../../src/engine/types.ts';
import { finding } from '../../../src/common/finding.ts';
import { approval, attestation, input, model, record } from './factories.ts';

const run = (overrides: Partial<EvaluationInput> = {}) => evaluate(input(overrides));

describe('conclusion', () => {
  it('success: every capability below, every required safeguard in the base ledger', () => {
    const v = run();
    expect(v.conclusion).toBe('success');
    expect(v.models[0]!.conclusion).toBe('success');
    expect(v.counts).toEqual({ error: 0, warning: 0, notice: 0 });
    expect(v.headline).toBe('frontier-7 needs ASL-2 and declares ASL-2; every required safeguard is in place.');
  });

  it('failure: any error finding', () => {
    const v = run({ evidence: [record({ value: 0.71 })] });
    expect(v.conclusion).toBe('failure');
    expect(v.counts.error).toBeGreaterThan(0);
  });

  it('action_required: only attestations outstanding', () => {
    const m = model('frontier-7', { declared_level: 'ASL-3' });
    const v = run({ headModels: [m], baseModels: [m], evidence: [record({ value: 0.71 })] });
    expect(v.conclusion).toBe('action_required');
    expect(v.counts.error).toBe(0);
    expect(v.headline).toBe('frontier-7 needs ASL-3; 2 safeguards pending attestation.');
  });

  it('neutral: nothing relevant changed and nothing is wrong', () => {
    const v = run({ modelsInScope: [], evidence: [], nothingRelevant: true });
    expect(v.conclusion).toBe('neutral');
    expect(v.headline).toBe('Nothing the policy governs changed.');
  });

  it('never neutral or success with an error, from any source', () => {
    const parseError = finding('PARSE_ERROR', 'error', 'unexpected end of input', { file: 'evals/frontier-7/run.json', line: 88 });
    const invalid = finding('POLICY_INVALID', 'error', 'levels: expected array', { file: '.github/rsp-policy.yml', line: 3 });
    for (const overrides of [
      { inputFindings: [parseError], nothingRelevant: true },
      { inputFindings: [parseError] },
      { policyFindings: [invalid] },
    ]) {
      const v = run(overrides);
      expect(v.conclusion).toBe('failure');
      // The model has no error of its own, but cannot pass while shared inputs are broken.
      expect(v.models[0]!.conclusion).toBe('failure');
    }
    expect(run({ policyFindings: [invalid] }).headline).toBe('The policy is invalid.');
    expect(run({ inputFindings: [parseError] }).headline).toBe('1 input error (PARSE_ERROR).');
  });

  it('input findings about a model in scope go with that model', () => {
    const unreadable = finding('PARSE_ERROR', 'error', 'bad zip', { file: 'evals/frontier-7/run.eval', line: 1, model: 'acme/frontier-7' });
    const v = run({ inputFindings: [unreadable] });
    expect(v.models[0]!.findings).toContainEqual(unreadable);
    expect(v.findings).not.toContainEqual(unreadable);
    expect(v.counts.error).toBe(1);
  });

  it('warnings alone do not block', () => {
    const v = run({ inputFindings: [finding('SELF_REPORTED', 'warning', 'model card numbers', { file: 'README.md', line: 2 })] });
    expect(v.conclusion).toBe('success');
    expect(v.counts.warning).toBe(1);
  });
});

describe('policy changes', () => {
  it('unapproved: a notice and a warning, and action_required', () => {
    const v = run({ policyChanged: true });
    expect(v.findings.map((f) => [f.code, f.severity, f.file])).toEqual([
      ['POLICY_CHANGE_UNAPPROVED', 'warning', '.github/rsp-policy.yml'],
      ['POLICY_CHANGED', 'notice', '.github/rsp-policy.yml'],
    ]);
    expect(v.conclusion).toBe('action_required');
    expect(v.models[0]!.conclusion).toBe('action_required');
    expect(v.headline).toBe('The policy change awaits approval.');
    expect(v.policy).toEqual({ file: '.github/rsp-policy.yml', extends: null, changed: true, approvedBy: [], fingerprint: null });
  });

  it('approved: only the notice, and the approvers named once each', () => {
    const v = run({
      policyChanged: true,
      policyApprovals: [approval({ by: 'zed' }), approval({ by: 'rso-jane' }), approval({ by: 'zed', at: '2026-12-01T11:00:00Z' })],
    });
    expect(v.findings.map((f) => f.code)).toEqual(['POLICY_CHANGED']);
    expect(v.policy.approvedBy).toEqual(['rso-jane', 'zed']);
    expect(v.conclusion).toBe('success');
  });
});

describe('models in scope', () => {
  it('a model deleted by the PR is a notice and is not evaluated', () => {
    const gone = model('frontier-6');
    const v = run({ baseModels: [model(), gone], modelsInScope: ['frontier-6', 'frontier-7'] });
    expect(v.models.map((m) => m.id)).toEqual(['frontier-7']);
    expect(v.findings).toContainEqual(
      expect.objectContaining({ code: 'MODEL_DELETED', severity: 'notice', file: 'models/frontier-6/model.yaml', model: 'frontier-6' }),
    );
    expect(v.conclusion).toBe('success');
  });

  it('a model in scope with no config at all fails closed', () => {
    const v = run({ modelsInScope: ['frontier-7', 'ghost'] });
    expect(v.findings).toContainEqual(expect.objectContaining({ code: 'MODEL_INVALID', severity: 'error', model: 'ghost' }));
    expect(v.conclusion).toBe('failure');
  });

  it('models outside the scope are not evaluated, but their results still match', () => {
    const v = run({ headModels: [model(), model('frontier-8')], evidence: [record(), record({ model: 'frontier-8' })] });
    expect(v.models.map((m) => m.id)).toEqual(['frontier-7']);
    expect(v.findings.map((f) => f.code)).not.toContain('UNKNOWN_MODEL');
  });

  it('names the failing models first in the headline, then how many more', () => {
    const ids = ['frontier-a', 'frontier-b', 'frontier-c', 'frontier-d'];
    const models = ids.map((id) => model(id));
    const v = run({
      headModels: models,
      baseModels: models,
      modelsInScope: ids,
      evidence: ids.map((id) => record({ model: id, value: 0.71 })),
    });
    expect(v.headline).toBe(
      'frontier-a needs ASL-3 but declares ASL-2; frontier-b needs ASL-3 but declares ASL-2; 2 more models fail; 8 safeguards pending.',
    );
  });

  it('says how many models wait for attestations', () => {
    const ids = ['frontier-a', 'frontier-b'];
    const models = ids.map((id) => model(id, { declared_level: 'ASL-3' }));
    const v = run({
      headModels: models,
      baseModels: models,
      modelsInScope: ids,
      evidence: ids.map((id) => record({ model: id, value: 0.71 })),
      attestations: [attestation({ safeguard: 'asl3-egress' })],
    });
    expect(v.headline).toBe('2 safeguards pending attestation across 2 models.');
  });
});
