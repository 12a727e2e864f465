import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.ts';
import { canonicalJson, modelFingerprint } from '../../../src/engine/fingerprint.ts';
import type { EvaluationInput } from '../../../src/engine/types.ts';
import { finding } from '../../../src/common/finding.ts';
import { approval, attestation, input, model, policy, record } from './factories.ts';

/** A seeded shuffle (mulberry32), so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function busyPr(): EvaluationInput {
  const ids = ['frontier-7', 'frontier-8', 'frontier-9', 'mini-2'];
  const models = ids.map((id, i) => model(id, { declared_level: i % 2 === 0 ? 'ASL-3' : 'ASL-2' }));
  const evidence = ids.flatMap((id, i) => [
    record({ model: id, value: 0.3 + i * 0.12, date: '2026-11-20', file: `evals/${id}/wmdp.yaml`, line: 4 }),
    record({ model: `acme/${id}`, value: 0.5 + i * 0.05, date: '2026-11-20', samples: 900, file: `evals/${id}/inspect.json`, line: 17 }),
    record({ model: id, value: 0.9, date: '2026-01-02', file: `evals/${id}/old.yaml`, line: 2 }),
  ]);
  evidence.push(
    record({ model: 'unknown-model', file: 'evals/stray.json', line: 9 }),
    record({ model: 'unknown-model', file: 'evals/stray.json', line: 3 }),
  );
  return input({
    headModels: models,
    baseModels: models.slice(1),
    modelsInScope: [...ids, 'gone'],
    evidence,
    attestations: [
      attestation({ safeguard: 'asl3-classifiers', at: '2026-12-01T09:00:00Z' }),
      attestation({ safeguard: 'asl3-classifiers', kind: 'revoke', model: 'frontier-9', by: 'bob', at: '2026-12-01T09:00:00Z' }),
      attestation({ safeguard: 'asl3-egress', model: 'frontier-7', by: 'carol', at: '2026-12-01T08:00:00Z' }),
      attestation({ safeguard: 'asl3-egress', model: 'frontier-7', by: 'dave', at: '2026-12-01T08:00:00Z' }),
      attestation({ safeguard: 'not-a-safeguard', at: '2026-12-01T07:00:00Z' }),
    ],
    inputFindings: [
      finding('PARSE_ERROR', 'error', 'unexpected token', { file: 'evals/broken.json', line: 12 }),
      finding('SELF_REPORTED', 'warning', 'model card', { file: 'models/mini-2/README.md', line: 5, model: 'mini-2' }),
    ],
    policyChanged: true,
    policyApprovals: [approval({ by: 'zed' }), approval({ by: 'amy' })],
  });
}

describe('determinism', () => {
  it('the same input gives byte-identical JSON, whatever the order of its lists', () => {
    const original = busyPr();
    const expected = JSON.stringify(evaluate(original));
    for (let seed = 1; seed <= 25; seed++) {
      const shuffledInput: EvaluationInput = {
        ...original,
        headModels: shuffled(original.headModels, seed),
        baseModels: shuffled(original.baseModels, seed + 100),
        modelsInScope: shuffled(original.modelsInScope, seed + 200),
        evidence: shuffled(original.evidence, seed + 300),
        attestations: shuffled(original.attestations, seed + 400),
        inputFindings: shuffled(original.inputFindings, seed + 500),
        policyApprovals: shuffled(original.policyApprovals, seed + 600),
      };
      expect(JSON.stringify(evaluate(shuffledInput))).toBe(expected);
    }
  });

  it('the busy PR exercises models, findings and attestations (so the comparison above means something)', () => {
    const v = evaluate(busyPr());
    expect(v.models.map((m) => m.id)).toEqual(['frontier-7', 'frontier-8', 'frontier-9', 'mini-2']);
    expect(v.models.flatMap((m) => m.safeguards).some((s) => s.status === 'attested')).toBe(true);
    expect(new Set(v.findings.map((f) => f.code))).toEqual(
      new Set(['MODEL_INVALID', 'PARSE_ERROR', 'UNKNOWN_MODEL', 'SAFEGUARD_UNKNOWN', 'POLICY_CHANGED']),
    );
  });

  it('does not change the input', () => {
    const original = busyPr();
    const before = structuredClone(original);
    evaluate(original);
    expect(original).toEqual(before);
  });
});

describe('fingerprint', () => {
  const p = policy();
  const m = model().config;
  const records = [record({ line: 4 }), record({ line: 9, value: 0.5 })];

  it('is a sha256 hex that ignores the order of records and object keys', () => {
    const fp = modelFingerprint(p, m, records);
    expect(fp).toMatch(/^[0-9a-f]{64}$/);
    expect(modelFingerprint(p, m, [...records].reverse())).toBe(fp);
    const reordered = Object.fromEntries(Object.entries(m).reverse()) as typeof m;
    expect(modelFingerprint(p, reordered, records)).toBe(fp);
  });

  it('changes with any value, stderr, date, file or line of the evidence, the model config, or the policy', () => {
    const fp = modelFingerprint(p, m, records);
    const changed = [
      modelFingerprint(p, m, [record({ line: 4, value: 0.43 }), records[1]!]),
      modelFingerprint(p, m, [record({ line: 4, stderr: 0.02 }), records[1]!]),
      modelFingerprint(p, m, [record({ line: 4, date: '2026-11-21' }), records[1]!]),
      modelFingerprint(p, m, [record({ line: 4, file: 'evals/other.yaml' }), records[1]!]),
      modelFingerprint(p, m, [record({ line: 5 }), records[1]!]),
      modelFingerprint(p, m, records.slice(1)),
      modelFingerprint(p, { ...m, declared_level: 'ASL-3' }, records),
      modelFingerprint(policy({ assessment: { ...p.assessment, confidence: 0.9 } }), m, records),
    ];
    for (const other of changed) expect(other).not.toBe(fp);
    expect(new Set(changed).size).toBe(changed.length);
  });

  it('canonical JSON sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: undefined, x: 2 }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[1,{"x":2,"z":1}]},"b":1}',
    );
  });
});

describe('many results', () => {
  it('judges 150,000 results of one model, each with a finding, without overflowing the stack', () => {
    const evidence = Array.from({ length: 150_000 }, (_, i) => record({ value: 42, line: i + 1 }));
    const inputFindings = evidence.map((r) => ({
      code: 'UNUSABLE_RESULT' as const,
      severity: 'warning' as const,
      message: 'x',
      file: r.file,
      line: r.line!,
    }));
    const v = evaluate(input({ evidence, inputFindings }));
    expect(v.conclusion).toBe('failure');
    expect(v.models[0]!.findings.filter((f) => f.code === 'SCALE_MISMATCH')).toHaveLength(150_000);
  });
});
