// Commands without a fingerprint count only when made at or after the head's first check suite (a time GitHub sets).
import { describe, expect, it } from 'vitest';
import { collectCommands } from '../../../src/commands/collect.ts';
import { answerTrigger } from '../../../src/report/reply.ts';
import { access, comment, policy } from './fixtures.ts';

const FP = 'abcdef0123456789abcd';
const teams = { 'acme/safeguards': [], 'acme/rso': ['erin'] };

/** One comment, made at `at`, evaluated on a head whose first check suite was created at `pushedBy`. */
async function collect(body: string, login: string, at: string, pushedBy: string | null, edited?: string) {
  const c = comment(login, body, { createdAt: at, ...(edited === undefined ? {} : { lastEditedAt: edited }) });
  const collected = await collectCommands({
    prAuthor: 'carol',
    headPushedBy: pushedBy,
    comments: [c],
    policy: policy(),
    access: access({}, teams),
    triggerId: c.id,
  });
  return { collected, decision: collected.trigger!.outcomes[0]!.decision, answer: answerTrigger(collected.trigger!, undefined) };
}

describe('an attestation without fp:', () => {
  it('counts when made after the first check suite of the head', async () => {
    const { collected, decision } = await collect('/rsp attest asl3-classifiers', 'alice', '2026-11-20T10:00:01Z', '2026-11-20T10:00:00Z');
    expect(decision.allowed).toBe(true);
    expect(collected.inputs.attestations).toEqual([expect.objectContaining({ safeguard: 'asl3-classifiers', headChangedSince: false })]);
  });

  it('is outdated when made in the same second as the push: GitHub keeps seconds, so the push may have come after it', async () => {
    const { collected } = await collect('/rsp attest asl3-classifiers', 'alice', '2026-11-20T10:00:00Z', '2026-11-20T10:00:00Z');
    expect(collected.inputs.attestations).toEqual([expect.objectContaining({ headChangedSince: true })]);
  });

  it('is outdated when made before the first check suite, whatever the head commit says its date is', async () => {
    const { collected, decision } = await collect('/rsp attest asl3-classifiers', 'alice', '2026-11-20T09:59:59Z', '2026-11-20T10:00:00Z');
    // Authorised (the owner may attest), but handed to the engine as outdated.
    expect(decision.allowed).toBe(true);
    expect(collected.inputs.attestations).toEqual([expect.objectContaining({ safeguard: 'asl3-classifiers', headChangedSince: true })]);
  });

  it('counts from its last edit: an edit after the push restates it for the new head', async () => {
    const before = await collect('/rsp attest asl3-classifiers', 'alice', '2026-11-20T09:00:00Z', '2026-11-20T10:00:00Z');
    expect(before.collected.inputs.attestations[0]).toHaveProperty('headChangedSince', true);
    const edited = await collect(
      '/rsp attest asl3-classifiers',
      'alice',
      '2026-11-20T09:00:00Z',
      '2026-11-20T10:00:00Z',
      '2026-11-20T10:30:00Z',
    );
    expect(edited.collected.inputs.attestations[0]).toHaveProperty('headChangedSince', false);
  });

  it('does not count when the head has no check suite, and the reply names the fp: form', async () => {
    const { collected, decision, answer } = await collect('/rsp attest asl3-classifiers frontier-7', 'alice', '2026-11-20T10:00:00Z', null);
    expect(decision.allowed).toBe(false);
    expect(collected.inputs.attestations).toEqual([]);
    expect(answer.reaction).toBe('-1');
    expect(answer.reply).toContain('no check suite on the PR head');
    expect(answer.reply).toContain('/rsp attest asl3-classifiers frontier-7 fp:');
  });

  it('is outdated when the suite time cannot be read', async () => {
    const { collected } = await collect('/rsp attest asl3-classifiers', 'alice', '2026-11-20T10:00:00Z', 'not a date');
    expect(collected.inputs.attestations[0]).toHaveProperty('headChangedSince', true);
  });

  it('is still refused to a non-owner first, with the ownership reason', async () => {
    const { decision } = await collect('/rsp attest asl3-egress', 'alice', '2026-11-20T10:00:00Z', null);
    expect(decision).toEqual({ allowed: false, reason: 'alice is not one of the owners of asl3-egress (bob)' });
  });
});

describe('an attestation with fp:', () => {
  it('is bound to the fingerprint alone: before the first suite, or with no suite at all', async () => {
    for (const pushedBy of ['2026-11-21T00:00:00Z', null]) {
      const { collected, decision } = await collect(`/rsp attest asl3-classifiers fp:${FP}`, 'alice', '2026-11-20T10:00:00Z', pushedBy);
      expect(decision.allowed).toBe(true);
      expect(collected.inputs.attestations).toHaveLength(1);
      expect(collected.inputs.attestations[0]).toEqual(expect.objectContaining({ fingerprint: FP }));
      expect(collected.inputs.attestations[0]).not.toHaveProperty('headChangedSince');
    }
  });
});

describe('/rsp approve-policy', () => {
  it('counts when made at or after the first check suite', async () => {
    for (const at of ['2026-11-20T10:00:00Z', '2026-11-20T10:00:01Z']) {
      const { collected } = await collect('/rsp approve-policy', 'erin', at, '2026-11-20T10:00:00Z');
      expect(collected.inputs.approvals).toEqual([expect.objectContaining({ by: 'erin', at })]);
    }
  });

  it('is void when made before the first check suite', async () => {
    const { collected, decision } = await collect('/rsp approve-policy', 'erin', '2026-11-20T09:59:59Z', '2026-11-20T10:00:00Z');
    // Authorised, and handed to the engine as outdated: the report then says the approval no longer applies.
    expect(decision.allowed).toBe(true);
    expect(collected.inputs.approvals).toEqual([expect.objectContaining({ by: 'erin', headChangedSince: true })]);
  });

  it('is void when the head has no check suite, saying so', async () => {
    const { collected, decision } = await collect('/rsp approve-policy', 'erin', '2026-11-20T10:00:00Z', null);
    expect(decision).toHaveProperty('reason', expect.stringContaining('no check suite on the PR head'));
    expect(collected.inputs.approvals).toEqual([]);
  });
});

describe('an approval with fp:', () => {
  it('counts whenever it was made, and is handed to the engine with its fingerprint (the engine binds it to the policy text)', async () => {
    const { collected, decision } = await collect(`/rsp approve-policy fp:${FP}`, 'erin', '2026-11-20T09:00:00Z', null);
    expect(decision.allowed).toBe(true);
    expect(collected.inputs.approvals).toEqual([expect.objectContaining({ by: 'erin', fingerprint: FP })]);
  });
});

describe('/rsp approve-assessment', () => {
  it("is the assessors' (approvals.policy while approvals.assessment is empty), bound by fp or by time", async () => {
    const bound = await collect(`/rsp approve-assessment frontier-7 fp:${FP}`, 'erin', '2026-11-20T09:00:00Z', null);
    expect(bound.decision.allowed).toBe(true);
    expect(bound.collected.inputs.assessmentApprovals).toEqual([
      expect.objectContaining({ model: 'frontier-7', by: 'erin', fingerprint: FP }),
    ]);
    const timed = await collect('/rsp approve-assessment frontier-7', 'erin', '2026-11-20T10:00:01Z', '2026-11-20T10:00:00Z');
    expect(timed.collected.inputs.assessmentApprovals).toEqual([expect.objectContaining({ headChangedSince: false })]);
    const untimed = await collect('/rsp approve-assessment frontier-7', 'erin', '2026-11-20T10:00:01Z', null);
    expect(untimed.decision).toHaveProperty('reason', expect.stringContaining('/rsp approve-assessment frontier-7 fp:<fingerprint>'));
  });

  it('refuses someone who is not an assessor, and the PR author', async () => {
    const alice = await collect('/rsp approve-assessment frontier-7', 'alice', '2026-11-20T10:00:01Z', '2026-11-20T10:00:00Z');
    expect(alice.decision).toHaveProperty('reason', expect.stringContaining('alice is not one of the assessors'));
    const carol = await collect('/rsp approve-assessment frontier-7', 'carol', '2026-11-20T10:00:01Z', '2026-11-20T10:00:00Z');
    expect(carol.decision).toHaveProperty('reason', expect.stringContaining('carol opened this PR'));
    expect(carol.collected.inputs.assessmentApprovals).toEqual([]);
  });

  it('uses approvals.assessment when the policy names assessors', async () => {
    const c = comment('dave', '/rsp approve-assessment frontier-7', { createdAt: '2026-11-20T10:00:01Z' });
    const p = policy({ approvals: { policy: ['@acme/rso'], assessment: ['dave'], self_attestation: false, self_approval: false } });
    const collected = await collectCommands({
      prAuthor: 'carol',
      headPushedBy: '2026-11-20T10:00:00Z',
      comments: [c],
      policy: p,
      access: access({}, teams),
      triggerId: c.id,
    });
    expect(collected.inputs.assessmentApprovals).toEqual([expect.objectContaining({ by: 'dave' })]);
  });
});

describe('who may still vouch', () => {
  it('a named owner or approver whose write access was removed no longer counts', async () => {
    for (const body of ['/rsp attest asl3-egress', '/rsp approve-policy']) {
      const login = body.includes('attest') ? 'bob' : 'erin';
      const c = comment(login, body, { createdAt: '2026-11-20T10:00:01Z' });
      const collected = await collectCommands({
        prAuthor: 'carol',
        headPushedBy: '2026-11-20T10:00:00Z',
        comments: [c],
        policy: policy(),
        access: access({ [login]: 'read' }, teams),
        triggerId: c.id,
      });
      expect(collected.trigger!.outcomes[0]!.decision).toHaveProperty(
        'reason',
        expect.stringContaining(`${login} has read access to this repository; write access is needed`),
      );
      expect([...collected.inputs.attestations, ...collected.inputs.approvals]).toEqual([]);
    }
  });
});
