import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.ts';
import type { EvaluationInput, EvidenceVerdict, Verdict } from '../../../src/engine/types.ts';
import { UNSET } from '../../../src/policy/schema.ts';
import { assessment, capability, input, model, policy, record, rule } from './factories.ts';

function ruleVerdict(v: Verdict): EvidenceVerdict {
  return v.models[0]!.capabilities[0]!.evidence[0]!;
}
const run = (overrides: Partial<EvaluationInput>) => evaluate(input(overrides));
const codes = (v: Verdict) => [...v.findings, ...v.models.flatMap((m) => m.findings)].map((f) => f.code);

describe('the freshest qualifying result counts', () => {
  it('prefers the latest date, whatever the input order', () => {
    const old = record({ value: 0.71, date: '2026-10-01', file: 'evals/frontier-7/a.yaml' });
    const fresh = record({ value: 0.42, date: '2026-11-25', file: 'evals/frontier-7/b.yaml' });
    for (const evidence of [
      [old, fresh],
      [fresh, old],
    ]) {
      const e = ruleVerdict(run({ evidence }));
      expect(e).toMatchObject({ status: 'below', file: 'evals/frontier-7/b.yaml', date: '2026-11-25' });
    }
  });

  it('orders timestamps of one day by time', () => {
    const morning = record({ value: 0.71, date: '2026-11-25T08:00:00Z', line: 3 });
    const evening = record({ value: 0.42, date: '2026-11-25T20:00:00Z', line: 9 });
    expect(ruleVerdict(run({ evidence: [evening, morning] })).line).toBe(9);
  });

  it('breaks date ties by the more capable reading, never by sample count or file name', () => {
    const small = record({ value: 0.71, samples: 200, file: 'evals/z.yaml', line: 1 });
    const large = record({ value: 0.42, samples: 1273, file: 'evals/a.yaml', line: 9 });
    expect(ruleVerdict(run({ evidence: [small, large] })).file).toBe('evals/z.yaml');
    expect(ruleVerdict(run({ evidence: [large, small] })).file).toBe('evals/z.yaml');
    // The same value in both: then the place decides, so the order of the input never does.
    const inB = record({ value: 0.42, file: 'evals/b.yaml', line: 1 });
    const inA = record({ value: 0.42, file: 'evals/a.yaml', line: 7 });
    expect(ruleVerdict(run({ evidence: [inB, inA] })).file).toBe('evals/a.yaml');
    const line7 = record({ value: 0.42, line: 7 });
    const line3 = record({ value: 0.42, line: 3 });
    expect(ruleVerdict(run({ evidence: [line7, line3] })).line).toBe(3);
  });

  it('never lets an undated result rule a threshold out, but lets it count against the model', () => {
    // An undated result cannot be ordered against the dated one: it may be the newest, so it decides only when it
    // shows more capability.
    const undatedLow = record({ value: 0.2, date: undefined, samples: 5000, line: 9 });
    const dated = record({ value: 0.42, date: '2026-11-01', samples: 100 });
    const low = run({ evidence: [undatedLow, dated] });
    expect(ruleVerdict(low)).toMatchObject({ samples: 100, status: 'below' });
    expect(low.models[0]!.findings).toContainEqual(expect.objectContaining({ code: 'UNDATED_RESULT', severity: 'warning', line: 9 }));

    const undatedHigh = record({ value: 0.71, stderr: 0.01, date: undefined, samples: 5000, line: 9 });
    const high = run({ evidence: [undatedHigh, dated] });
    expect(ruleVerdict(high)).toMatchObject({ samples: 5000, status: 'crossed', line: 9 });
    expect(high.conclusion).toBe('failure');
  });

  it('lets an undated result that crosses decide even when nothing dated exists and the policy only reports', () => {
    const p = policy({ assessment: assessment({ unevaluated: 'finding' }) });
    const v = run({ policy: p, evidence: [record({ value: 0.9, stderr: 0.01, date: undefined })] });
    expect(ruleVerdict(v).status).toBe('crossed');
    expect(v.models[0]!.requiredLevel).toBe('ASL-3');
  });
});

describe('staleness against the reference date', () => {
  it('counts a result exactly max_age_days old, not one a day older', () => {
    // 2026-06-04 is 180 days before 2026-12-01.
    expect(ruleVerdict(run({ evidence: [record({ date: '2026-06-04' })] })).status).toBe('below');
    const v = run({ evidence: [record({ date: '2026-06-03' })] });
    expect(ruleVerdict(v)).toMatchObject({ status: 'unevaluated', stale: true, value: 0.42, date: '2026-06-03' });
    expect(v.models[0]!.findings).toContainEqual(
      expect.objectContaining({ code: 'STALE_EVIDENCE', severity: 'error', file: 'evals/frontier-7/wmdp.yaml', line: 4 }),
    );
    expect(v.conclusion).toBe('failure');
  });

  it("uses a rule's own max_age_days over the assessment's", () => {
    const lenient = policy({ capabilities: [capability({ evidence: [rule({ max_age_days: 365 })] })] });
    expect(ruleVerdict(run({ policy: lenient, evidence: [record({ date: '2026-03-01' })] })).status).toBe('below');
    const strict = policy({ capabilities: [capability({ evidence: [rule({ max_age_days: 7 })] })] });
    expect(ruleVerdict(run({ policy: strict, evidence: [record({ date: '2026-11-20' })] })).status).toBe('unevaluated');
  });

  it('judges staleness by the reference date, not by today', () => {
    const evidence = [record({ date: '2026-11-20' })];
    expect(ruleVerdict(run({ evidence, referenceDate: '2027-01-01' })).status).toBe('below');
    expect(ruleVerdict(run({ evidence, referenceDate: '2027-08-01' })).status).toBe('unevaluated');
  });

  it('never counts an undated result as fresh', () => {
    const v = run({ evidence: [record({ date: undefined })] });
    expect(ruleVerdict(v).status).toBe('unevaluated');
    expect(codes(v)).toContain('STALE_EVIDENCE');
  });

  it('treats everything as stale when the reference date is not a date', () => {
    const v = run({ referenceDate: 'HEAD' });
    expect(ruleVerdict(v).status).toBe('unevaluated');
    expect(v.findings).toContainEqual(expect.objectContaining({ code: 'PARSE_ERROR', severity: 'error' }));
    expect(v.conclusion).toBe('failure');
  });

  it('reports missing and stale evidence as warnings when the policy says unevaluated: finding', () => {
    const p = policy({ assessment: assessment({ unevaluated: 'finding' }) });
    const v = run({ policy: p, evidence: [record({ date: '2025-01-01' })] });
    expect(v.models[0]!.findings).toContainEqual(expect.objectContaining({ code: 'STALE_EVIDENCE', severity: 'warning' }));
    expect(v.models[0]!.requiredLevel).toBe('ASL-2');
    expect(v.conclusion).toBe('success');
  });
});

describe('missing evidence', () => {
  it('is an error at the model config under a precautionary policy, and raises the level', () => {
    const v = run({ evidence: [] });
    expect(ruleVerdict(v)).toMatchObject({ status: 'unevaluated', value: null, file: null });
    expect(v.models[0]!.findings).toContainEqual(
      expect.objectContaining({ code: 'MISSING_EVIDENCE', severity: 'error', file: 'models/frontier-7/model.yaml', line: 1 }),
    );
    expect(v.models[0]!.requiredLevel).toBe('ASL-3');
  });

  it('leaves a rule whose threshold or alert is still SET unevaluated, without a finding of its own', () => {
    for (const r of [rule({ threshold: UNSET }), rule({ alert: UNSET })]) {
      const v = run({ policy: policy({ capabilities: [capability({ evidence: [r] })] }) });
      expect(ruleVerdict(v).status).toBe('unevaluated');
      expect(ruleVerdict(v).reason).toContain('SET');
      expect(v.models[0]!.requiredLevel).toBe('ASL-3');
      expect(codes(v)).not.toContain('MISSING_EVIDENCE');
    }
  });
});

describe('matching results to models and evals', () => {
  it.each(['frontier-7', 'FRONTIER-7', 'acme/frontier-7', 'Acme/Frontier-7', 'hf-mirror/frontier-7', 'org/team/Frontier-7'])(
    'result model name %s belongs to frontier-7',
    (name) => {
      const v = run({ evidence: [record({ model: name, value: 0.71 })] });
      expect(v.models[0]!.capabilities[0]!.status).toBe('crossed');
      expect(codes(v)).not.toContain('UNKNOWN_MODEL');
    },
  );

  it.each(['frontier-7-preview', 'frontier', 'acme/frontier-7/'])('result model name %s is unknown', (name) => {
    const v = run({ evidence: [record({ model: name })] });
    expect(v.findings).toContainEqual(
      expect.objectContaining({ code: 'UNKNOWN_MODEL', severity: 'error', file: 'evals/frontier-7/wmdp.yaml', line: 4 }),
    );
    expect(v.conclusion).toBe('failure');
  });

  it('reports an unknown model once per file and name, at its first line', () => {
    const stray = (file: string, line: number, name = 'gpt-frontier-x') => record({ model: name, file, line });
    const v = run({
      evidence: [
        record(),
        stray('evals/x.json', 40),
        stray('evals/x.json', 12),
        stray('evals/x.json', 90, 'other'),
        stray('evals/y.json', 3),
      ],
    });
    const unknown = v.findings.filter((f) => f.code === 'UNKNOWN_MODEL');
    expect(unknown.map((f) => [f.file, f.line])).toEqual([
      ['evals/x.json', 12],
      ['evals/x.json', 90],
      ['evals/y.json', 3],
    ]);
  });

  it('says when the model name came from the folder', () => {
    const v = run({ evidence: [record({ model: 'frontier-9', modelFromPath: true, file: 'evals/frontier-9/run.yaml' })] });
    expect(v.findings.find((f) => f.code === 'UNKNOWN_MODEL')?.message).toContain('folder');
  });

  it('matches eval aliases and metric names case-insensitively, nothing else', () => {
    expect(ruleVerdict(run({ evidence: [record({ eval: 'inspect_evals/wmdp_bio', metric: 'Accuracy', value: 0.71 })] })).status).toBe(
      'crossed',
    );
    expect(ruleVerdict(run({ evidence: [record({ eval: 'wmdp-bio', value: 0.71 })] })).status).toBe('crossed');
    expect(ruleVerdict(run({ evidence: [record({ eval: 'wmdp_chem', value: 0.71 })] })).status).toBe('unevaluated');
    expect(ruleVerdict(run({ evidence: [record({ metric: 'acc', value: 0.71 })] })).status).toBe('unevaluated');
  });

  it('does not take the eval aliases from the prototype chain', () => {
    const p = policy({ capabilities: [capability({ evidence: [rule({ eval: 'constructor' })] })] });
    expect(ruleVerdict(run({ policy: p, evidence: [record({ eval: 'constructor' })] })).status).toBe('below');
  });

  it('gives each model only its own results', () => {
    const other = model('frontier-8');
    const v = run({
      headModels: [model(), other],
      baseModels: [model(), other],
      modelsInScope: ['frontier-8', 'frontier-7'],
      evidence: [record({ value: 0.71 }), record({ model: 'frontier-8', value: 0.42, file: 'evals/frontier-8/wmdp.yaml' })],
    });
    expect(v.models.map((m) => [m.id, m.capabilities[0]!.status])).toEqual([
      ['frontier-7', 'crossed'],
      ['frontier-8', 'below'],
    ]);
  });
});

describe('results that cannot count', () => {
  it('a percentage against a 0–1 threshold is a scale mismatch and is not used', () => {
    const v = run({ evidence: [record({ value: 71, stderr: 1.2, line: 8 })] });
    expect(v.models[0]!.findings).toContainEqual(expect.objectContaining({ code: 'SCALE_MISMATCH', severity: 'error', line: 8 }));
    expect(ruleVerdict(v).status).toBe('unevaluated');
    expect(ruleVerdict(v).reason).toContain('none usable');
  });

  it('an older scale mismatch does not hide a newer usable result', () => {
    const v = run({ evidence: [record({ value: 71, date: '2026-11-01' }), record({ value: 0.71, date: '2026-11-30' })] });
    expect(ruleVerdict(v)).toMatchObject({ status: 'crossed', value: 0.71 });
    expect(codes(v)).toContain('SCALE_MISMATCH');
  });

  it('an older usable result never stands in for a newer one that cannot count', () => {
    // The newest measurement is unreadable (NaN, a flagged reader result, or on the wrong scale): the rule is
    // unevaluated rather than decided by what the model scored before.
    for (const newer of [
      record({ value: Number.NaN, date: '2026-11-30', line: 9 }),
      record({ value: Number.NaN, date: '2026-11-30', line: 9, unusable: 'wmdp_bio acc,none is NaN' }),
      record({ value: 71, date: '2026-11-30', line: 9 }),
    ]) {
      const v = run({ evidence: [newer, record({ value: 0.2, date: '2026-11-01' })] });
      expect(ruleVerdict(v).status).toBe('unevaluated');
      expect(v.models[0]!.findings).toContainEqual(expect.objectContaining({ code: 'UNUSABLE_RESULT', severity: 'error', line: 9 }));
      expect(v.conclusion).toBe('failure');
    }
  });

  it('values above 1 are fine against a threshold that is not a proportion', () => {
    const hours = policy({
      capabilities: [capability({ evidence: [rule({ eval: 'cybench', metric: 'hours', alert: 20, threshold: 40 })] })],
    });
    expect(ruleVerdict(run({ policy: hours, evidence: [record({ eval: 'cybench', metric: 'hours', value: 44, stderr: 1 })] })).status).toBe(
      'crossed',
    );
  });

  it('NaN, a negative stderr or a contradicting direction make a result unusable', () => {
    for (const bad of [record({ value: Number.NaN }), record({ stderr: -0.1 }), record({ direction: 'lower' })]) {
      const v = run({ evidence: [bad] });
      expect(v.models[0]!.findings).toContainEqual(expect.objectContaining({ code: 'UNUSABLE_RESULT', severity: 'warning' }));
      expect(ruleVerdict(v).status).toBe('unevaluated');
    }
  });

  it('self-reported numbers cannot rule a threshold out, but can show it reached', () => {
    const low = run({ evidence: [record({ value: 0.3, stderr: undefined, selfReported: true, format: 'hf-model-index' })] });
    expect(ruleVerdict(low)).toMatchObject({ status: 'unevaluated', selfReported: true, value: 0.3 });
    expect(low.models[0]!.findings).toContainEqual(expect.objectContaining({ code: 'SELF_REPORTED', severity: 'error' }));
    const high = run({ evidence: [record({ value: 0.8, stderr: undefined, selfReported: true, format: 'hf-model-index' })] });
    expect(ruleVerdict(high).status).toBe('crossed');
  });
});
