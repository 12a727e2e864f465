import { describe, expect, it } from 'vitest';
import { rederiveLedger, replayLedger } from '../../../src/commands/replay.ts';
import type { LedgerEntry } from '../../../src/engine/ledger.ts';
import type { ModelVerdict, SafeguardVerdict, Verdict } from '../../../src/engine/types.ts';

const FP8 = '8'.repeat(64);
const FP9 = '9'.repeat(64);
const source = { kind: 'comment' as const, id: 'C_1', url: 'https://github.example/acme/lab/pull/7#issuecomment-1' };

function entry(overrides: Partial<LedgerEntry>): LedgerEntry {
  return {
    command: 'attest',
    user: 'sofia',
    at: '2026-11-21T10:00:00Z',
    source,
    safeguard: 'asl3-classifiers',
    counted: true,
    ...overrides,
  };
}

function model(id: string, fingerprint: string, safeguards: string[]): ModelVerdict {
  const sg = (s: string): SafeguardVerdict => ({
    id: s,
    level: 'ASL-3',
    kind: 'deployment',
    title: s,
    owners: [],
    status: 'attested',
    attestedBy: 'sofia',
    attestedAt: '2026-11-21T10:00:00Z',
    attestCommand: '',
  });
  return {
    id,
    path: `models/${id}/model.yaml`,
    declaredLevel: 'ASL-3',
    requiredLevel: 'ASL-3',
    conclusion: 'success',
    fingerprint,
    capabilities: [],
    safeguards: safeguards.map(sg),
    findings: [],
  };
}

function report(ledger: LedgerEntry[]): Verdict {
  return {
    schemaVersion: 2,
    subject: { baseSha: 'b'.repeat(40), headSha: 'c'.repeat(40) },
    tool: { name: 'rsp-gate', version: '0.0.0-test' },
    conclusion: 'success',
    requiredLevel: 'ASL-3',
    headline: 'h',
    referenceDate: '2026-11-22T00:00:00.000Z',
    policy: { file: '.github/rsp-policy.yml', extends: null, changed: false, approvedBy: [], fingerprint: null },
    models: [model('frontier-8', FP8, ['asl3-classifiers']), model('frontier-9', FP9, ['asl3-classifiers', 'asl3-egress'])],
    findings: [],
    counts: { error: 0, warning: 0, notice: 0 },
    ledger,
  };
}

describe('replaying a recorded ledger', () => {
  it('keeps refused entries refused and feeds only the counted ones', () => {
    const refused = entry({ user: 'mallory', counted: false, reason: 'mallory is not one of the owners of asl3-classifiers' });
    const inputs = replayLedger(report([refused, entry({ fingerprint: 'ab'.repeat(10) })]));
    expect(inputs.ledger).toEqual([refused]);
    expect(inputs.attestations).toEqual([
      {
        kind: 'attest',
        safeguard: 'asl3-classifiers',
        by: 'sofia',
        at: '2026-11-21T10:00:00Z',
        source,
        url: source.url,
        fingerprint: 'ab'.repeat(10),
      },
    ]);
  });

  it('binds a counted attestation without fp: to the recorded fingerprint of each model that needs the safeguard', () => {
    const inputs = replayLedger(report([entry({}), entry({ safeguard: 'asl3-egress', model: 'frontier-9' })]));
    expect(inputs.attestations.map((a) => [a.safeguard, a.model, a.fingerprint])).toEqual([
      ['asl3-classifiers', 'frontier-8', FP8],
      ['asl3-classifiers', 'frontier-9', FP9],
      ['asl3-egress', 'frontier-9', FP9],
    ]);
  });

  it('replays revocations and approvals, approvals of an assessment bound to the model they approve', () => {
    const inputs = replayLedger(
      report([
        entry({ command: 'revoke' }),
        entry({ command: 'approve-policy', safeguard: undefined }),
        entry({ command: 'approve-assessment', safeguard: undefined, model: 'frontier-8' }),
      ]),
    );
    expect(inputs.attestations).toMatchObject([{ kind: 'revoke', safeguard: 'asl3-classifiers' }]);
    expect(inputs.approvals).toMatchObject([{ by: 'sofia', headChangedSince: false }]);
    expect(inputs.assessmentApprovals).toMatchObject([{ model: 'frontier-8', fingerprint: FP8 }]);
  });
});

describe('replaying refused attestations on the re-derived models', () => {
  const stale = entry({ counted: false, fingerprint: '0'.repeat(20), reason: 'it was made for fingerprint 00000000000000000000, …' });
  const nonOwner = entry({ user: 'mallory', counted: false, reason: 'mallory is not one of the owners of asl3-classifiers' });
  const unbound = entry({ user: 'bob', counted: false, reason: 'the PR changed after it was made and it names no fingerprint' });

  it('replays one the engine outdates again, so that its finding is derived again', () => {
    const judged = report([]).models;
    const inputs = replayLedger(report([stale, unbound]), judged);
    expect(inputs.attestations.map((a) => [a.by, a.fingerprint, a.headChangedSince])).toEqual([
      ['sofia', '0'.repeat(20), undefined],
      ['bob', undefined, true],
    ]);
    expect(inputs.ledger).toEqual([]);
  });

  it('never replays one refused by authorisation, nor one whose fingerprint matches the evidence now', () => {
    const matching = entry({
      counted: false,
      fingerprint: FP8.slice(0, 20),
      model: 'frontier-8',
      reason: 'the comment was edited by mallory',
    });
    const inputs = replayLedger(report([nonOwner, matching]), report([]).models);
    expect(inputs.attestations).toEqual([]);
    expect(inputs.ledger).toEqual([nonOwner, matching]);
  });
});

describe('the re-derived ledger', () => {
  it('is the recorded one when every replayed command counted again', () => {
    const recorded = [entry({}), entry({ user: 'mallory', counted: false, reason: 'not an owner' })];
    expect(rederiveLedger(recorded, [entry({ model: 'frontier-8', fingerprint: FP8 })])).toEqual(recorded);
  });

  it('marks a counted entry not counted, with the engine reason, when no replay of it counted', () => {
    const outdated = entry({ counted: false, reason: 'it was made for fingerprint 8888, the evidence now has 7777', fingerprint: FP8 });
    expect(rederiveLedger([entry({})], [outdated])).toEqual([
      { ...entry({}), counted: false, reason: 'it was made for fingerprint 8888, the evidence now has 7777' },
    ]);
  });
});
