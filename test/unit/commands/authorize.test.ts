import { describe, expect, it } from 'vitest';
import { collectCommands } from '../../../src/commands/collect.ts';
import { access, comment, policy } from './fixtures.ts';

/** The head's first check suite: comments (10:00 by default) come after it. */
const PUSHED_BY: string | null = '2026-11-20T09:00:00Z';
const base = { prAuthor: 'carol', headPushedBy: PUSHED_BY };
const teams = { 'acme/safeguards': ['dave'], 'acme/rso': ['erin'] };

async function decide(
  body: string,
  login: string,
  options: Parameters<typeof comment>[2] = {},
  extra: Partial<Parameters<typeof collectCommands>[0]> = {},
) {
  const c = comment(login, body, options);
  const collected = await collectCommands({
    ...base,
    comments: [c],
    policy: policy(),
    access: access({ frank: 'write', grace: 'admin', heidi: 'read' }, teams),
    triggerId: c.id,
    ...extra,
  });
  return { collected, outcomes: collected.trigger!.outcomes };
}

describe('authorisation of commands', () => {
  it('lets a listed owner attest, and passes the attestation on', async () => {
    const { collected, outcomes } = await decide('/rsp attest asl3-classifiers', 'alice');
    expect(outcomes[0]!.decision).toEqual({ allowed: true, via: 'listed as owners of asl3-classifiers' });
    expect(collected.inputs.attestations).toEqual([
      expect.objectContaining({
        kind: 'attest',
        safeguard: 'asl3-classifiers',
        by: 'alice',
        at: '2026-11-20T10:00:00Z',
        headChangedSince: false,
      }),
    ]);
  });

  it('lets a member of an owning team attest', async () => {
    const { outcomes } = await decide('/rsp attest asl3-classifiers', 'dave');
    expect(outcomes[0]!.decision).toEqual({ allowed: true, via: 'member of @acme/safeguards' });
  });

  it('refuses a non-owner', async () => {
    const { collected, outcomes } = await decide('/rsp attest asl3-egress', 'alice');
    expect(outcomes[0]!.decision).toEqual({ allowed: false, reason: 'alice is not one of the owners of asl3-egress (bob)' });
    expect(collected.inputs.attestations).toEqual([]);
  });

  it('refuses the PR author unless the policy allows self-attestation', async () => {
    const refused = await decide('/rsp attest asl3-classifiers', 'alice', {}, { prAuthor: 'ALICE' });
    expect(refused.outcomes[0]!.decision.allowed).toBe(false);
    expect(refused.outcomes[0]!.decision).toHaveProperty('reason', expect.stringContaining('opened this PR'));
    const allowed = await decide(
      '/rsp attest asl3-classifiers',
      'alice',
      {},
      { prAuthor: 'alice', policy: policy({ approvals: { policy: [], self_attestation: true, self_approval: false, assessment: [] } }) },
    );
    expect(allowed.outcomes[0]!.decision.allowed).toBe(true);
  });

  it('refuses a command in a comment edited by someone else, and accepts one edited by its author', async () => {
    const edited = await decide('/rsp attest asl3-classifiers', 'alice', { editor: 'mallory' });
    expect(edited.outcomes[0]!.decision).toHaveProperty('reason', expect.stringContaining('edited by mallory'));
    expect(edited.collected.inputs.attestations).toEqual([]);
    const own = await decide('/rsp attest asl3-classifiers', 'alice', { editor: 'Alice' });
    expect(own.outcomes[0]!.decision.allowed).toBe(true);
    expect(own.collected.inputs.attestations[0]!.at).toBe('2026-11-20T10:05:00Z');
  });

  it('refuses bots', async () => {
    const { outcomes } = await decide('/rsp attest asl3-classifiers', 'alice', { isBot: true });
    expect(outcomes[0]!.decision).toHaveProperty('reason', expect.stringContaining('bot'));
  });

  it('refuses an unknown safeguard and, when the models are known, an unknown model', async () => {
    const unknown = await decide('/rsp attest asl9-magic', 'alice');
    expect(unknown.outcomes[0]!.decision).toHaveProperty('reason', expect.stringContaining('no safeguard "asl9-magic"'));
    const models = [{ id: 'frontier-7', aliases: ['acme/frontier-7'] }];
    const noModel = await decide('/rsp attest asl3-classifiers nope', 'alice', {}, { models });
    expect(noModel.outcomes[0]!.decision).toHaveProperty('reason', expect.stringContaining('no model "nope"'));
    const byAlias = await decide('/rsp attest asl3-classifiers ACME/frontier-7', 'alice', {}, { models });
    expect(byAlias.outcomes).toEqual([]); // not a valid id token: the slash makes it a parse error
    const byId = await decide('/rsp attest asl3-classifiers Frontier-7', 'alice', {}, { models });
    expect(byId.outcomes[0]!.decision.allowed).toBe(true);
  });

  it('names an unreadable team in the refusal and still accepts users listed by name', async () => {
    const opts = { access: access({}, {}) };
    const refused = await decide('/rsp attest asl3-classifiers', 'dave', {}, opts);
    expect(refused.outcomes[0]!.decision).toHaveProperty(
      'reason',
      expect.stringContaining('team membership could not be checked for @acme/safeguards (the token cannot read organisation membership)'),
    );
    const listed = await decide('/rsp attest asl3-classifiers', 'alice', {}, opts);
    expect(listed.outcomes[0]!.decision.allowed).toBe(true);
  });

  it('needs write access for evaluate', async () => {
    expect((await decide('/rsp evaluate', 'frank')).outcomes[0]!.decision).toEqual({ allowed: true, via: 'write access' });
    expect((await decide('/rsp evaluate', 'grace')).outcomes[0]!.decision).toEqual({ allowed: true, via: 'admin access' });
    expect((await decide('/rsp evaluate', 'heidi')).outcomes[0]!.decision).toHaveProperty(
      'reason',
      'heidi has read access to this repository; write access is needed',
    );
  });

  it('lets only policy approvers approve, and voids an approval made before the head moved', async () => {
    const ok = await decide('/rsp approve-policy', 'erin');
    expect(ok.outcomes[0]!.decision.allowed).toBe(true);
    expect(ok.collected.inputs.approvals).toEqual([expect.objectContaining({ by: 'erin', at: '2026-11-20T10:00:00Z' })]);
    const notApprover = await decide('/rsp approve-policy', 'alice');
    expect(notApprover.outcomes[0]!.decision).toHaveProperty('reason', expect.stringContaining('not one of the policy approvers'));
    const stale = await decide('/rsp approve-policy', 'erin', {}, { headPushedBy: '2026-11-20T11:00:00Z' });
    expect(stale.collected.inputs.approvals).toEqual([expect.objectContaining({ by: 'erin', headChangedSince: true })]);
  });

  it('refuses an approver who opened the PR unless the policy allows self-approval', async () => {
    const own = await decide('/rsp approve-policy', 'erin', {}, { prAuthor: 'Erin' });
    expect(own.outcomes[0]!.decision).toHaveProperty('reason', expect.stringContaining('approve their own policy change'));
    expect(own.collected.inputs.approvals).toEqual([]);
    const allowed = await decide(
      '/rsp approve-policy',
      'erin',
      {},
      {
        prAuthor: 'erin',
        policy: policy({ approvals: { policy: ['@acme/rso'], self_attestation: false, self_approval: true, assessment: [] } }),
      },
    );
    expect(allowed.outcomes[0]!.decision.allowed).toBe(true);
  });

  it('binds attestations: fp when given, otherwise whether the head moved since', async () => {
    const fp = 'abcdef0123456789abcd';
    const { collected } = await decide(`/rsp attest asl3-classifiers fp:${fp}`, 'alice', {}, { headPushedBy: '2026-11-21T00:00:00Z' });
    expect(collected.inputs.attestations[0]).toEqual(expect.objectContaining({ fingerprint: fp }));
    expect(collected.inputs.attestations[0]).not.toHaveProperty('headChangedSince');
    const moved = await decide('/rsp attest asl3-classifiers', 'alice', {}, { headPushedBy: '2026-11-21T00:00:00Z' });
    expect(moved.collected.inputs.attestations[0]).toEqual(expect.objectContaining({ headChangedSince: true }));
  });
});

describe('collecting commands from every comment', () => {
  it('replays state-carrying commands from all comments in time order, re-authorised, and answers only the trigger', async () => {
    const old = comment('bob', '/rsp attest asl3-egress\n/rsp evaluate', { createdAt: '2026-11-20T08:00:00Z' });
    const refusedOld = comment('mallory', '/rsp attest asl3-egress', { createdAt: '2026-11-20T08:30:00Z' });
    const revoke = comment('bob', '/rsp revoke asl3-egress', { createdAt: '2026-11-20T09:30:00Z' });
    const trigger = comment('alice', '/rsp attest asl3-classifiers\n/rsp help', { createdAt: '2026-11-20T09:40:00Z' });
    const fake = access({}, teams);
    const collected = await collectCommands({
      ...base,
      comments: [trigger, revoke, refusedOld, old],
      policy: policy(),
      access: fake,
      triggerId: trigger.id,
    });
    expect(collected.inputs.attestations.map((a) => `${a.kind} ${a.safeguard} ${a.by}`)).toEqual([
      'attest asl3-egress bob',
      'revoke asl3-egress bob',
      'attest asl3-classifiers alice',
    ]);
    expect(collected.trigger!.outcomes.map((o) => o.command.name)).toEqual(['attest', 'help']);
    // bob's `/rsp evaluate` in an old comment is not re-run: his permission is looked up once, for his attestation.
    expect(fake.calls.filter((c) => c === 'permission bob')).toHaveLength(1);
  });

  it('looks each login up once per evaluation', async () => {
    const fake = access({}, { 'acme/safeguards': ['dave'] });
    const comments = [
      comment('dave', '/rsp attest asl3-classifiers'),
      comment('dave', '/rsp revoke asl3-classifiers\n/rsp attest asl3-classifiers'),
    ];
    await collectCommands({ ...base, comments, policy: policy(), access: fake });
    expect(fake.calls.filter((c) => c.startsWith('team acme/safeguards dave'))).toHaveLength(1);
  });
});
