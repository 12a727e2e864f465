import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.ts';
import type { EvaluationInput, Verdict } from '../../../src/engine/types.ts';
import { UNSET } from '../../../src/policy/schema.ts';
import { assessment, capability, input, model, policy, record, rule } from './factories.ts';

const run = (overrides: Partial<EvaluationInput>) => evaluate(input(overrides));
const modelFindings = (v: Verdict) => v.models[0]!.findings;

// Two capabilities at two levels: CBRN (ASL-3) from WMDP, autonomous AI R&D (ASL-4) from RE-Bench.
const twoLevels = policy({
  evals: { 'wmdp-bio': ['wmdp_bio'], 're-bench': ['re_bench'] },
  capabilities: [
    capability(),
    capability({
      id: 'ai-rnd-4',
      title: 'Automates entry-level AI research',
      requires: 'ASL-4',
      evidence: [rule({ eval: 're-bench', metric: 'score', alert: 0.4, threshold: 0.8 })],
    }),
  ],
});
const rebench = (value: number) => record({ eval: 're_bench', metric: 'score', value, file: 'evals/frontier-7/re-bench.json', line: 20 });

describe('required level', () => {
  it('is the baseline when every capability is below or approaching', () => {
    const v = run({ policy: twoLevels, evidence: [record({ value: 0.49 }), rebench(0.1)] });
    expect(v.models[0]!.requiredLevel).toBe('ASL-2');
    expect(v.requiredLevel).toBe('ASL-2');
  });

  it('is the highest level a crossed or not-ruled-out capability requires', () => {
    expect(run({ policy: twoLevels, evidence: [record({ value: 0.71 }), rebench(0.1)] }).models[0]!.requiredLevel).toBe('ASL-3');
    expect(run({ policy: twoLevels, evidence: [record({ value: 0.42 }), rebench(0.79)] }).models[0]!.requiredLevel).toBe('ASL-4');
  });

  it('counts unevaluated capabilities only under a precautionary policy', () => {
    expect(run({ policy: twoLevels, evidence: [record({ value: 0.42 })] }).models[0]!.requiredLevel).toBe('ASL-4');
    const lenient = policy({ ...twoLevels, assessment: assessment({ unevaluated: 'finding' }) });
    expect(run({ policy: lenient, evidence: [record({ value: 0.42 })] }).models[0]!.requiredLevel).toBe('ASL-2');
  });

  it('marks which capabilities raise the level', () => {
    const v = run({ policy: twoLevels, evidence: [record({ value: 0.71 }), rebench(0.1)] });
    expect(v.models[0]!.capabilities.map((c) => [c.id, c.status, c.demandsLevel])).toEqual([
      ['ai-rnd-4', 'below', false],
      ['cbrn-3', 'crossed', true],
    ]);
  });

  it('overall is the highest over the models', () => {
    const m8 = model('frontier-8', { declared_level: 'ASL-4' });
    const v = run({
      policy: twoLevels,
      headModels: [model(), m8],
      modelsInScope: ['frontier-7', 'frontier-8'],
      evidence: [
        record({ value: 0.42 }),
        rebench(0.1),
        record({ model: 'frontier-8', value: 0.42 }),
        { ...rebench(0.9), model: 'frontier-8' },
      ],
    });
    expect(v.models.map((m) => m.requiredLevel)).toEqual(['ASL-2', 'ASL-4']);
    expect(v.requiredLevel).toBe('ASL-4');
  });

  it('is the baseline overall when no model is evaluated', () => {
    expect(run({ modelsInScope: [] }).requiredLevel).toBe('ASL-2');
  });
});

describe('declared level', () => {
  it('below the required level is DECLARED_LEVEL_TOO_LOW at the declared_level line', () => {
    const v = run({ evidence: [record({ value: 0.71 })] });
    expect(modelFindings(v)).toContainEqual(
      expect.objectContaining({
        code: 'DECLARED_LEVEL_TOO_LOW',
        severity: 'error',
        file: 'models/frontier-7/model.yaml',
        line: 3,
        model: 'frontier-7',
      }),
    );
    expect(v.models[0]).toMatchObject({ declaredLevel: 'ASL-2', requiredLevel: 'ASL-3', conclusion: 'failure' });
    expect(v.headline).toMatch(/^frontier-7 needs ASL-3 but declares ASL-2/);
  });

  it('at or above the required level is fine', () => {
    for (const declared of ['ASL-3', 'ASL-4']) {
      const m = model('frontier-7', { declared_level: declared, safeguards: ['asl2-security', 'asl3-classifiers', 'asl3-egress'] });
      const v = run({ headModels: [m], baseModels: [m], evidence: [record({ value: 0.71 })] });
      expect(modelFindings(v).map((f) => f.code)).not.toContain('DECLARED_LEVEL_TOO_LOW');
    }
  });

  it('a level the policy does not define is UNKNOWN_LEVEL', () => {
    const m = model('frontier-7', { declared_level: 'ASL-2.5' });
    const v = run({ headModels: [m], baseModels: [m] });
    expect(modelFindings(v)).toContainEqual(expect.objectContaining({ code: 'UNKNOWN_LEVEL', severity: 'error', line: 3 }));
    expect(v.conclusion).toBe('failure');
  });

  it('a capability requiring an undefined level fails closed at the policy', () => {
    const v = run({ policy: policy({ capabilities: [capability({ requires: 'ASL-5' })] }), evidence: [record({ value: 0.71 })] });
    expect(v.findings).toContainEqual(expect.objectContaining({ code: 'UNKNOWN_LEVEL', file: '.github/rsp-policy.yml' }));
    expect(v.models[0]!.requiredLevel).toBe('ASL-5');
    expect(v.models[0]!.conclusion).toBe('failure');
  });
});

describe('notable capability increase', () => {
  const withCompute = (effective_compute: number | undefined, last: number | undefined) =>
    model('frontier-7', { effective_compute, last_assessment: { date: '2026-09-01', effective_compute: last } });
  const runWith = (m: ReturnType<typeof model>, p = policy()) => run({ headModels: [m], baseModels: [m], policy: p });

  it('at the ratio or above is an error at the model config', () => {
    const v = runWith(withCompute(3.2e25, 8e24));
    expect(modelFindings(v)).toContainEqual(expect.objectContaining({ code: 'NOTABLE_INCREASE_UNASSESSED', severity: 'error', line: 5 }));
    expect(v.conclusion).toBe('failure');
    expect(v.headline).toContain('needs a new comprehensive assessment');
  });

  it('below the ratio is fine', () => {
    expect(modelFindings(runWith(withCompute(3.1e25, 8e24))).map((f) => f.code)).not.toContain('NOTABLE_INCREASE_UNASSESSED');
  });

  it('without the data to decide is a warning', () => {
    for (const [m, p] of [
      [withCompute(undefined, 8e24), policy()],
      [withCompute(3.2e25, undefined), policy()],
      [model('frontier-7', { last_assessment: undefined }), policy()],
      [withCompute(3.2e25, 1.6e25), policy({ assessment: assessment({ notable_increase: UNSET }) })],
    ] as const) {
      const f = modelFindings(runWith(m, p)).find((x) => x.code === 'NOTABLE_INCREASE_UNASSESSED');
      expect(f?.severity).toBe('warning');
    }
  });
});

describe('an undefined level in a loaded policy', () => {
  it('is reported once, by the loader, not again by the engine', async () => {
    const { loadPolicy } = await import('../../../src/policy/load.ts');
    const text = [
      'version: 1',
      'levels: [ASL-2, ASL-3]',
      'capabilities:',
      '  - id: cbrn',
      '    title: t',
      '    requires: ASL-5',
      '    evidence: [{ eval: wmdp, metric: acc, threshold: 0.5 }]',
      'safeguards: []',
    ].join('\n');
    const loaded = loadPolicy(text, '.github/rsp-policy.yml');
    expect(loaded.findings.filter((f) => f.code === 'POLICY_INVALID')).toHaveLength(1);
    const v = run({ policy: loaded.policy, policyFindings: loaded.findings });
    const about = [...v.findings, ...v.models.flatMap((m) => m.findings)].filter(
      (f) => f.code === 'POLICY_INVALID' || f.code === 'UNKNOWN_LEVEL',
    );
    expect(about.map((f) => f.code)).toEqual(['POLICY_INVALID']);
  });
});
