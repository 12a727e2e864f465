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
  const collected = await collectCommands({ prAuthor: 'carol', headPushedBy: pushedBy, comments: [c], policy: policy(), access: access({}, teams), triggerId: c.id });
  return { collected, decision: collected.trigger!.outcomes[0]!.decision, answer: answerTrigger(collected.trigger!, undefined) };
}

describe('an attestation without fp:', () => {
  it('counts when made after the first check suite of the head', async () => {
    const { collected, decision } = await collect('/rsp attest asl3-classifiers', 'alice', '2026-11-20T10:00:01Z', '2026-11-20T10:00:00Z');
    expect(decision.allowed).toBe(true);
    expect(collected.inputs.attestations).toEqual([expect.objectContaining({ safeguard: 'asl3-classifiers', headChangedSince: false })]);
  });

  it('counts when made in the same second as the first check suite', async () => {
    const { collected } = await collect('/rsp attest asl3-classifiers', 'alice', '2026-11-20T10:00:00Z', '2026-11-20T10:00:00Z');
    expect(collected.inputs.attestations).toEqual([expect.objectContaining({ headChangedSince: false })]);
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
    const edited = await collect('/rsp attest asl3-classifiers', 'alice', '2026-11-20T09:00:00Z', '2026-11-20T10:00:00Z', '2026-11-20T10:30:00Z');
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
    expect(decision).toHaveProperty('reason', 'the PR changed after this approval; approve the new head again');
    expect(collected.inputs.approvals).toEqual([]);
  });

  it('is void when the head has no check suite, saying so', async () => {
    const { collected, decision } = await collect('/rsp approve-policy', 'erin', '2026-11-20T10:00:00Z', null);
    expect(decision).toHaveProperty('reason', expect.stringContaining('no check suite on the PR head'));
    expect(collected.inputs.approvals).toEqual([]);
  });
});
