// How a queued PR's commands carry into its merge group: bound to the fingerprints the PR's own evaluation showed.
import { describe, expect, it } from 'vitest';
import type { CommandInputs } from '../../../src/commands/handler.ts';
import { outdatedBecause } from '../../../src/engine/attestations.ts';
import type { Verdict } from '../../../src/engine/types.ts';
import { bindToPullRequest } from '../../../src/run/group-binding.ts';

const FP7 = '7'.repeat(64);
const FP8 = '8'.repeat(64);
const POLICY_FP = 'a'.repeat(64);

function verdictWith(models: Array<{ id: string; fingerprint: string }>): Verdict {
  return { models } as unknown as Verdict;
}

const pr = {
  verdict: verdictWith([
    { id: 'frontier-7', fingerprint: FP7 },
    { id: 'frontier-8', fingerprint: FP8 },
  ]),
  models: [
    { id: 'frontier-7', aliases: ['acme/f7'] },
    { id: 'frontier-8', aliases: [] },
  ],
  policyFingerprint: POLICY_FP,
};

const at = '2026-01-05T12:00:00Z';
const inputs = (over: Partial<CommandInputs>): CommandInputs => ({
  attestations: [],
  approvals: [],
  assessmentApprovals: [],
  ledger: [],
  ...over,
});

describe('a merge group carries what held on the PR, bound to what the PR held', () => {
  it('binds an attestation for every model to each model the PR evaluated, at its fingerprint', () => {
    const bound = bindToPullRequest(
      inputs({ attestations: [{ kind: 'attest', safeguard: 's', by: 'dave', at, headChangedSince: false }] }),
      pr,
    );
    expect(bound.attestations).toEqual([
      { kind: 'attest', safeguard: 's', by: 'dave', at, model: 'frontier-7', fingerprint: FP7 },
      { kind: 'attest', safeguard: 's', by: 'dave', at, model: 'frontier-8', fingerprint: FP8 },
    ]);
    // In the group, the same evidence binds; different evidence does not.
    expect(outdatedBecause(bound.attestations[0]!, FP7)).toBeUndefined();
    expect(outdatedBecause(bound.attestations[0]!, '9'.repeat(64))).toMatch(/made for fingerprint 7{20}/);
  });

  it('resolves a model named by an alias; one the PR did not evaluate carries nowhere', () => {
    const bound = bindToPullRequest(
      inputs({
        attestations: [
          { kind: 'attest', safeguard: 's', model: 'acme/f7', by: 'dave', at, headChangedSince: false },
          { kind: 'attest', safeguard: 's', model: 'other', by: 'dave', at, headChangedSince: false },
        ],
      }),
      pr,
    );
    expect(bound.attestations[0]).toMatchObject({ model: 'acme/f7', fingerprint: FP7 });
    expect(bound.attestations[0]).not.toHaveProperty('headChangedSince');
    expect(bound.attestations[1]).toMatchObject({ model: 'other', headChangedSince: true });
    expect(bound.attestations[1]).not.toHaveProperty('fingerprint');
  });

  it('leaves outdated, fingerprint-bound and revoking commands as they are', () => {
    const outdated = { kind: 'attest' as const, safeguard: 's', by: 'dave', at, headChangedSince: true };
    const pinned = { kind: 'attest' as const, safeguard: 's', by: 'dave', at, fingerprint: 'b'.repeat(20) };
    const revoke = { kind: 'revoke' as const, safeguard: 's', by: 'dave', at, headChangedSince: false };
    expect(bindToPullRequest(inputs({ attestations: [outdated, pinned, revoke] }), pr).attestations).toEqual([outdated, pinned, revoke]);
  });

  it("binds a policy approval to the PR head's policy text, and an assessment approval to its model", () => {
    const bound = bindToPullRequest(
      inputs({
        approvals: [{ by: 'jordan', at, headChangedSince: false }],
        assessmentApprovals: [{ model: 'frontier-8', by: 'jordan', at, headChangedSince: false }],
      }),
      pr,
    );
    expect(bound.approvals).toEqual([{ by: 'jordan', at, fingerprint: POLICY_FP }]);
    expect(bound.assessmentApprovals).toEqual([{ model: 'frontier-8', by: 'jordan', at, fingerprint: FP8 }]);
    const deleted = bindToPullRequest(inputs({ approvals: [{ by: 'jordan', at, headChangedSince: false }] }), {
      ...pr,
      policyFingerprint: '',
    });
    expect(deleted.approvals).toEqual([{ by: 'jordan', at, headChangedSince: true }]);
  });

  it('carries an attestation for every model nowhere when the PR evaluated none', () => {
    const bound = bindToPullRequest(
      inputs({ attestations: [{ kind: 'attest', safeguard: 's', by: 'dave', at, headChangedSince: false }] }),
      { ...pr, verdict: verdictWith([]) },
    );
    expect(bound.attestations).toEqual([{ kind: 'attest', safeguard: 's', by: 'dave', at, headChangedSince: true }]);
  });
});
