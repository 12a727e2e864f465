import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.ts';
import type { Attestation } from '../../../src/engine/inputs.ts';
import type { EvaluationInput, SafeguardVerdict, Verdict } from '../../../src/engine/types.ts';
import type { LoadedModel } from '../../../src/policy/loaded-model.ts';
import { attestation, input, model, record } from './factories.ts';

// frontier-7 crosses cbrn-3, declares ASL-3, and had the egress controls before this PR.
const base = model('frontier-7', { declared_level: 'ASL-3', safeguards: ['asl2-security', 'asl3-egress'] });
const crossing = record({ value: 0.71 });

function run(overrides: Partial<EvaluationInput> = {}): Verdict {
  return evaluate(input({ baseModels: [base], headModels: [base], evidence: [crossing], ...overrides }));
}
function safeguardOf(v: Verdict, id: string, modelIndex = 0): SafeguardVerdict {
  const s = v.models[modelIndex]!.safeguards.find((x) => x.id === id);
  expect(s).toBeDefined();
  return s!;
}
const fingerprintOf = (v: Verdict, modelIndex = 0) => v.models[modelIndex]!.fingerprint;
const codes = (v: Verdict) => v.models.flatMap((m) => m.findings).map((f) => f.code);
const withHeadLedger = (safeguards: string[]): LoadedModel => model('frontier-7', { ...base.config, safeguards });

describe('the checklist', () => {
  it('lists every safeguard up to the required level, by level then id', () => {
    const v = run();
    expect(v.models[0]!.safeguards.map((s) => [s.id, s.level])).toEqual([
      ['asl2-security', 'ASL-2'],
      ['asl3-classifiers', 'ASL-3'],
      ['asl3-egress', 'ASL-3'],
    ]);
  });

  it('base ledger → satisfied; neither in the base ledger nor attested → pending', () => {
    const v = run();
    expect(safeguardOf(v, 'asl3-egress')).toMatchObject({ status: 'satisfied', attestedBy: null });
    expect(safeguardOf(v, 'asl3-classifiers')).toMatchObject({ status: 'pending', owners: ['@acme/safeguards', 'alice'] });
    expect(v.models[0]!.findings).toContainEqual(
      expect.objectContaining({ code: 'SAFEGUARD_PENDING', severity: 'warning', file: 'models/frontier-7/model.yaml', line: 7 }),
    );
    expect(v.conclusion).toBe('action_required');
    expect(v.headline).toBe('frontier-7 needs ASL-3; 1 safeguard pending attestation.');
  });

  it('offers the command to paste, bound to the first 20 hex of the fingerprint', () => {
    const v = run();
    expect(fingerprintOf(v)).toMatch(/^[0-9a-f]{64}$/);
    expect(safeguardOf(v, 'asl3-classifiers').attestCommand).toBe(
      `/rsp attest asl3-classifiers frontier-7 fp:${fingerprintOf(v).slice(0, 20)}`,
    );
  });

  it('attested on this PR with the current fingerprint → attested, with who and when', () => {
    const head = withHeadLedger(['asl2-security', 'asl3-egress', 'asl3-classifiers']);
    const fp = fingerprintOf(run({ headModels: [head] }));
    const v = run({
      headModels: [head],
      attestations: [attestation({ safeguard: 'asl3-classifiers', model: 'frontier-7', fingerprint: fp.slice(0, 20), by: 'alice' })],
    });
    expect(safeguardOf(v, 'asl3-classifiers')).toMatchObject({
      status: 'attested',
      attestedBy: 'alice',
      attestedAt: '2026-12-01T10:00:00Z',
    });
    expect(codes(v)).not.toContain('ATTESTED_NOT_IN_LEDGER');
    expect(v.conclusion).toBe('success');
  });

  it('a safeguard the PR adds to the ledger is a claim: still pending until attested', () => {
    const v = run({ headModels: [withHeadLedger(['asl2-security', 'asl3-egress', 'asl3-classifiers'])] });
    expect(safeguardOf(v, 'asl3-classifiers').status).toBe('pending');
    expect(v.models[0]!.findings.find((f) => f.code === 'SAFEGUARD_PENDING')?.message).toContain('adds it to the ledger');
  });

  it('an attested safeguard missing from the head ledger is a warning, and still attested', () => {
    const v = run({ attestations: [attestation({ safeguard: 'asl3-classifiers' })] });
    expect(safeguardOf(v, 'asl3-classifiers').status).toBe('attested');
    expect(v.models[0]!.findings).toContainEqual(expect.objectContaining({ code: 'ATTESTED_NOT_IN_LEDGER', severity: 'warning', line: 7 }));
    expect(v.conclusion).toBe('success');
  });

  it('ledger entries the policy does not define are SAFEGUARD_UNKNOWN', () => {
    const v = run({ headModels: [withHeadLedger(['asl2-security', 'asl3-egress', 'asl3-clasifiers'])] });
    expect(v.models[0]!.findings).toContainEqual(expect.objectContaining({ code: 'SAFEGUARD_UNKNOWN', severity: 'warning' }));
  });

  it('commands naming a safeguard the policy does not define are SAFEGUARD_UNKNOWN', () => {
    const v = run({ attestations: [attestation({ safeguard: 'asl9-magic' })] });
    expect(v.findings).toContainEqual(expect.objectContaining({ code: 'SAFEGUARD_UNKNOWN', severity: 'warning' }));
  });
});

describe('attest and revoke, in time order', () => {
  const at = (hour: number) => `2026-12-01T${String(hour).padStart(2, '0')}:00:00Z`;
  const statusAfter = (events: Attestation[]) => safeguardOf(run({ attestations: events }), 'asl3-classifiers').status;
  const attest = (hour: number, extra: Partial<Attestation> = {}) => attestation({ safeguard: 'asl3-classifiers', at: at(hour), ...extra });
  const revoke = (hour: number) => attestation({ safeguard: 'asl3-classifiers', kind: 'revoke', at: at(hour), by: 'bob' });

  it('a later revoke undoes an attestation, a later attestation undoes a revoke', () => {
    expect(statusAfter([attest(9), revoke(10)])).toBe('pending');
    expect(statusAfter([revoke(10), attest(9)])).toBe('pending');
    expect(statusAfter([revoke(9), attest(10)])).toBe('attested');
  });

  it('on the same instant the revoke wins', () => {
    expect(statusAfter([revoke(9), attest(9)])).toBe('pending');
    expect(statusAfter([attest(9), revoke(9)])).toBe('pending');
  });

  it('the latest valid attestation names who and when', () => {
    const v = run({ attestations: [attest(11, { by: 'carol' }), attest(9, { by: 'alice' })] });
    expect(safeguardOf(v, 'asl3-classifiers')).toMatchObject({ attestedBy: 'carol', attestedAt: at(11) });
  });

  it('a revoke does not undo the base ledger', () => {
    const v = run({ attestations: [attestation({ safeguard: 'asl3-egress', kind: 'revoke' })] });
    expect(safeguardOf(v, 'asl3-egress').status).toBe('satisfied');
  });
});

describe('which models an attestation covers', () => {
  const m8 = model('frontier-8', { declared_level: 'ASL-3', safeguards: ['asl2-security', 'asl3-egress'] });
  const two = (attestations: Attestation[]) =>
    run({
      baseModels: [base, m8],
      headModels: [base, m8],
      modelsInScope: ['frontier-7', 'frontier-8'],
      evidence: [crossing, record({ model: 'frontier-8', value: 0.71 })],
      attestations,
    });

  it('without a model: every model of the PR that needs the safeguard', () => {
    const v = two([attestation({ safeguard: 'asl3-classifiers' })]);
    expect([safeguardOf(v, 'asl3-classifiers', 0).status, safeguardOf(v, 'asl3-classifiers', 1).status]).toEqual(['attested', 'attested']);
  });

  it('with a model (id or alias, any case): that model only', () => {
    for (const name of ['frontier-8', 'ACME/frontier-8']) {
      const v = two([attestation({ safeguard: 'asl3-classifiers', model: name })]);
      expect([safeguardOf(v, 'asl3-classifiers', 0).status, safeguardOf(v, 'asl3-classifiers', 1).status]).toEqual(['pending', 'attested']);
    }
  });
});

describe('a safeguard the PR removes from the ledger', () => {
  it('is pending, not satisfied, and says it was removed', () => {
    const v = run({ headModels: [withHeadLedger(['asl2-security'])] });
    expect(safeguardOf(v, 'asl3-egress')).toMatchObject({ status: 'pending' });
    const pending = v.models[0]!.findings.find((f) => f.code === 'SAFEGUARD_PENDING' && f.message.includes('asl3-egress'));
    expect(pending?.message).toMatch(/removes it from the ledger/);
    expect(v.conclusion).toBe('action_required');
  });

  it('counts once an owner attests it', () => {
    const v = run({
      headModels: [withHeadLedger(['asl2-security'])],
      attestations: [attestation({ safeguard: 'asl3-egress', by: 'bob' }), attestation({ safeguard: 'asl3-classifiers' })],
    });
    expect(safeguardOf(v, 'asl3-egress')).toMatchObject({ status: 'attested', attestedBy: 'bob' });
  });
});

describe('attestations bound to the evidence fingerprint', () => {
  const current = () => fingerprintOf(run());

  it.each([
    ['the first 20 hex', (fp: string) => fp.slice(0, 20)],
    ['upper case with the fp: prefix', (fp: string) => `fp:${fp.slice(0, 20).toUpperCase()}`],
    ['the whole hash', (fp: string) => fp],
  ])('count when they name %s of the current fingerprint', (_, form) => {
    expect(
      safeguardOf(run({ attestations: [attestation({ safeguard: 'asl3-classifiers', fingerprint: form(current()) })] }), 'asl3-classifiers')
        .status,
    ).toBe('attested');
  });

  it('are outdated once the evidence changes', () => {
    const old = current();
    const v = run({
      evidence: [record({ value: 0.72 })],
      attestations: [attestation({ safeguard: 'asl3-classifiers', fingerprint: old.slice(0, 20) })],
    });
    expect(fingerprintOf(v)).not.toBe(old);
    expect(safeguardOf(v, 'asl3-classifiers').status).toBe('pending');
    expect(v.models[0]!.findings).toContainEqual(expect.objectContaining({ code: 'ATTESTATION_OUTDATED', severity: 'warning' }));
  });

  it.each([4, 12, 19])('do not count with a prefix of %i hex digits (fewer than 80 bits)', (length) => {
    const v = run({ attestations: [attestation({ safeguard: 'asl3-classifiers', fingerprint: current().slice(0, length) })] });
    expect(safeguardOf(v, 'asl3-classifiers').status).toBe('pending');
    expect(codes(v)).toContain('ATTESTATION_OUTDATED');
  });

  it('count with any prefix from 20 hex digits (80 bits) to the full hash', () => {
    for (const length of [20, 32, 63, 64]) {
      expect(
        safeguardOf(
          run({ attestations: [attestation({ safeguard: 'asl3-classifiers', fingerprint: current().slice(0, length) })] }),
          'asl3-classifiers',
        ).status,
      ).toBe('attested');
    }
  });

  it('without a fingerprint: count unless the head changed since', () => {
    expect(safeguardOf(run({ attestations: [attestation({ safeguard: 'asl3-classifiers' })] }), 'asl3-classifiers').status).toBe(
      'attested',
    );
    const v = run({ attestations: [attestation({ safeguard: 'asl3-classifiers', headChangedSince: true })] });
    expect(safeguardOf(v, 'asl3-classifiers').status).toBe('pending');
    expect(codes(v)).toContain('ATTESTATION_OUTDATED');
  });

  it('an outdated attestation after a valid one does not undo it', () => {
    const v = run({
      attestations: [
        attestation({ safeguard: 'asl3-classifiers', at: '2026-12-01T09:00:00Z' }),
        attestation({ safeguard: 'asl3-classifiers', at: '2026-12-01T10:00:00Z', fingerprint: '000000000000' }),
      ],
    });
    expect(safeguardOf(v, 'asl3-classifiers').status).toBe('attested');
    expect(codes(v)).not.toContain('ATTESTATION_OUTDATED');
  });
});
