import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.ts';
import type { EvaluationInput, LedgerEntry, Verdict } from '../../../src/engine/types.ts';
import { approval, attestation, input, model, record } from './factories.ts';

// frontier-7 crosses cbrn-3 and declares ASL-3: asl3-classifiers is pending until attested; egress was in the base ledger.
const base = model('frontier-7', { declared_level: 'ASL-3', safeguards: ['asl2-security', 'asl3-egress'] });
const crossing = record({ value: 0.71 });

function run(overrides: Partial<EvaluationInput> = {}): Verdict {
  return evaluate(input({ baseModels: [base], headModels: [base], evidence: [crossing], ...overrides }));
}
const fingerprint = () => run().models[0]!.fingerprint;
const url = (n: number) => `https://github.example/acme/models/pull/1#issuecomment-${n}`;

describe('the ledger the engine writes', () => {
  it('records a bound attestation as counted, with the comment it came from', () => {
    const fp = `fp:${fingerprint().slice(0, 20)}`;
    const v = run({ attestations: [attestation({ safeguard: 'asl3-classifiers', fingerprint: fp, url: url(1) })] });
    expect(v.models[0]!.safeguards.find((s) => s.id === 'asl3-classifiers')!.status).toBe('attested');
    expect(v.ledger).toEqual<LedgerEntry[]>([
      {
        command: 'attest',
        user: 'alice',
        at: '2026-12-01T10:00:00Z',
        source: { kind: 'comment', url: url(1) },
        safeguard: 'asl3-classifiers',
        fingerprint: fp,
        counted: true,
      },
    ]);
  });

  it('refuses an attestation bound to another fingerprint, with the reason the finding gives', () => {
    const stale = `fp:${'0'.repeat(20)}`;
    const v = run({ attestations: [attestation({ safeguard: 'asl3-classifiers', fingerprint: stale })] });
    const [entry] = v.ledger;
    expect(entry).toMatchObject({ command: 'attest', counted: false, fingerprint: stale });
    expect(entry!.reason).toBe(`it was made for fingerprint ${'0'.repeat(20)}, the evidence now has ${fingerprint().slice(0, 20)}`);
    const outdated = v.models[0]!.findings.find((f) => f.code === 'ATTESTATION_OUTDATED');
    expect(outdated?.message).toContain(entry!.reason);
  });

  it('refuses an unbound attestation made before the head moved on', () => {
    const v = run({ attestations: [attestation({ safeguard: 'asl3-classifiers', headChangedSince: true })] });
    expect(v.ledger[0]).toMatchObject({ counted: false, reason: 'the PR changed after it was made and it names no fingerprint' });
  });

  it('marks an attestation revoked later as not counted, and the revocation as counted', () => {
    const fp = `fp:${fingerprint().slice(0, 20)}`;
    const v = run({
      attestations: [
        attestation({ safeguard: 'asl3-classifiers', fingerprint: fp }),
        attestation({ kind: 'revoke', safeguard: 'asl3-classifiers', by: 'alice', at: '2026-12-01T11:00:00Z' }),
      ],
    });
    expect(v.ledger.map((e) => [e.command, e.counted, e.reason])).toEqual([
      ['attest', false, 'revoked by alice at 2026-12-01T11:00:00Z'],
      ['revoke', true, undefined],
    ]);
  });

  it('says why an attestation had nothing to do: satisfied at base, or a model this PR does not evaluate', () => {
    const fp = `fp:${fingerprint().slice(0, 20)}`;
    const v = run({
      attestations: [
        attestation({ safeguard: 'asl3-egress', fingerprint: fp }),
        attestation({ safeguard: 'asl3-classifiers', model: 'other-model', at: '2026-12-01T10:01:00Z' }),
      ],
    });
    expect(v.ledger.map((e) => e.reason)).toEqual([
      'frontier-7 has asl3-egress in its ledger at the base already',
      'this PR does not evaluate a model "other-model" (evaluated: frontier-7)',
    ]);
  });

  it('records policy approvals: counted when bound to the proposed text, refused when stale or when nothing changed', () => {
    const proposed = 'a'.repeat(64);
    const good = approval({ fingerprint: `fp:${'a'.repeat(20)}`, at: '2026-12-01T09:00:00Z' });
    const stale = approval({ by: 'rso-joe', fingerprint: `fp:${'b'.repeat(20)}`, at: '2026-12-01T09:30:00Z' });
    const changed = run({ policyChanged: true, policyFingerprint: proposed, policyApprovals: [good, stale] });
    expect(changed.ledger.map((e) => [e.command, e.user, e.counted])).toEqual([
      ['approve-policy', 'rso-jane', true],
      ['approve-policy', 'rso-joe', false],
    ]);
    expect(changed.ledger[1]!.reason).toContain('it was made for fingerprint bbbbbbbbbbbbbbbbbbbb');
    const unchanged = run({ policyApprovals: [good] });
    expect(unchanged.ledger[0]).toMatchObject({
      counted: false,
      reason: 'This PR does not change the policy, so there is nothing to approve.',
    });
  });

  it('interleaves the commands refused before the evaluation with the rest, in time order', () => {
    const refused: LedgerEntry = {
      command: 'attest',
      user: 'mallory',
      at: '2026-12-01T09:59:00Z',
      source: { kind: 'comment', id: 'C_9', url: url(9) },
      safeguard: 'asl3-classifiers',
      counted: false,
      reason: 'mallory is not one of the owners of asl3-classifiers (@acme/safeguards, alice)',
    };
    const v = run({
      ledger: [refused],
      attestations: [attestation({ safeguard: 'asl3-classifiers', at: '2026-12-01T10:00:00Z', headChangedSince: false })],
    });
    expect(v.ledger.map((e) => [e.user, e.counted])).toEqual([
      ['mallory', false],
      ['alice', true],
    ]);
    expect(v.ledger[0]).toEqual(refused);
  });

  it('is empty when no command was posted', () => {
    expect(run().ledger).toEqual([]);
  });
});
