// The ledger from PR comments to the report: the refusals decided while collecting, the rest decided by the engine.
import { describe, expect, it } from 'vitest';
import { collectCommands } from '../../../src/commands/collect.ts';
import { answerTrigger } from '../../../src/report/reply.ts';
import { escapeMarkdown } from '../../../src/report/escape.ts';
import { evaluate } from '../../../src/engine/evaluate.ts';
import type { CommandComment } from '../../../src/commands/handler.ts';
import { access, comment } from './fixtures.ts';
import { input, model, policy, record } from '../engine/factories.ts';

// frontier-7 crosses cbrn-3 and declares ASL-3: asl3-classifiers (owners @acme/safeguards, alice) is pending.
const head = model('frontier-7', { declared_level: 'ASL-3', safeguards: ['asl2-security', 'asl3-egress'] });
const fingerprint = evaluate(input({ baseModels: [head], headModels: [head], evidence: [record({ value: 0.71 })] })).models[0]!.fingerprint;
const teams = { 'acme/safeguards': ['sam'], 'acme/security': [], 'acme/rso': [] };

async function ledgerOf(comments: CommandComment[]) {
  const collected = await collectCommands({
    comments,
    policy: policy(),
    prAuthor: 'carol',
    headPushedBy: '2026-11-20T09:00:00Z',
    access: access({ mallory: 'write', sam: 'write' }, teams),
    models: [{ id: 'frontier-7', aliases: [] }],
  });
  const { attestations, approvals, assessmentApprovals, ledger } = collected.inputs;
  const v = evaluate(
    input({
      baseModels: [head],
      headModels: [head],
      evidence: [record({ value: 0.71 })],
      attestations,
      policyApprovals: approvals,
      assessmentApprovals,
      ledger,
    }),
  );
  return v.ledger;
}

const at = (minute: number) => ({ createdAt: `2026-11-20T10:${String(minute).padStart(2, '0')}:00Z` });

describe('the ledger of a PR', () => {
  it('keeps every attestation with who, when, where, and whether it counted and why not', async () => {
    const counted = comment('alice', `/rsp attest asl3-classifiers frontier-7 fp:${fingerprint.slice(0, 20)}`, at(1));
    const nonOwner = comment('mallory', '/rsp attest asl3-classifiers frontier-7', at(2));
    const edited = comment('sam', '/rsp attest asl3-classifiers', { ...at(3), editor: 'mallory' });
    const stale = comment('sam', `/rsp attest asl3-classifiers fp:${'0'.repeat(20)}`, at(4));
    const unknown = comment('alice', '/rsp attest no-such-safeguard', at(6));
    const ledger = await ledgerOf([stale, unknown, edited, nonOwner, counted]);
    expect(ledger.map((e) => [e.user, e.counted])).toEqual([
      ['alice', true],
      ['mallory', false],
      ['sam', false],
      ['sam', false],
      ['alice', false],
    ]);
    expect(ledger[0]).toEqual({
      command: 'attest',
      user: 'alice',
      at: '2026-11-20T10:01:00Z',
      source: { kind: 'comment', id: counted.id, url: counted.url },
      model: 'frontier-7',
      safeguard: 'asl3-classifiers',
      fingerprint: fingerprint.slice(0, 20),
      counted: true,
    });
    expect(ledger[1]!.reason).toBe('mallory is not one of the owners of asl3-classifiers (@acme/safeguards, alice)');
    expect(ledger[2]!.reason).toMatch(/^it was made for fingerprint 0{20}, the evidence now has [0-9a-f]{20}$/);
    expect(ledger[3]!.reason).toBe(
      'the comment was edited by mallory, not by its author sam; commands in it do not count (post a new comment)',
    );
    // An edit counts from the time of the edit.
    expect(ledger[3]!.at).toBe('2026-11-20T10:05:00Z');
    expect(ledger[4]!.reason).toMatch(/^the policy defines no safeguard "no-such-safeguard"/);
    expect(ledger.every((e) => e.source.url !== undefined && e.source.id !== undefined)).toBe(true);
  });

  it('gives a refusal the words of the reply to the command', async () => {
    const nonOwner = comment('mallory', '/rsp attest asl3-classifiers', at(2));
    const collected = await collectCommands({
      comments: [nonOwner],
      policy: policy(),
      prAuthor: 'carol',
      headPushedBy: '2026-11-20T09:00:00Z',
      access: access({ mallory: 'write' }, teams),
      triggerId: nonOwner.id,
    });
    const [entry] = collected.inputs.ledger;
    expect(answerTrigger(collected.trigger!, undefined).reply).toContain(`refused: ${escapeMarkdown(entry!.reason!)}`);
  });

  it('records revocations and approvals, and leaves out commands that carry no state', async () => {
    const ledger = await ledgerOf([
      comment('alice', '/rsp evaluate\n/rsp explain frontier-7', at(1)),
      comment('alice', '/rsp revoke asl3-classifiers', at(2)),
      comment('carol', '/rsp approve-policy', at(3)),
      comment('mallory', '/rsp approve-assessment frontier-7', at(4)),
    ]);
    expect(ledger.map((e) => [e.command, e.user, e.counted])).toEqual([
      ['revoke', 'alice', true],
      ['approve-policy', 'carol', false],
      ['approve-assessment', 'mallory', false],
    ]);
    expect(ledger[1]!.reason).toContain('does not let authors approve their own policy change');
  });
});
