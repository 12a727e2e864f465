import { describe, expect, it } from 'vitest';
import { collectCommands } from '../../../src/commands/collect.ts';
import {
  SimulatedCommentsSchema,
  TeamsSchema,
  parseAttestSpec,
  simulatedComments,
  simulationOutcomes,
  teamsAccess,
  type Simulated,
} from '../../../src/commands/simulate.ts';
import type { ModelVerdict, SafeguardVerdict, Verdict } from '../../../src/engine/types.ts';
import { answerTrigger } from '../../../src/report/reply.ts';
import { escapeMarkdown } from '../../../src/report/escape.ts';
import { access, comment, policy } from './fixtures.ts';

const NOW = '2026-11-21T12:00:00.000Z';
const HEAD_PUSHED = '2026-11-20T16:30:00Z';
const FP = 'ab'.repeat(32);

function safeguard(id: string, overrides: Partial<SafeguardVerdict> = {}): SafeguardVerdict {
  return {
    id,
    level: 'ASL-3',
    kind: 'deployment',
    title: id,
    owners: ['@acme/safeguards', 'alice'],
    status: 'pending',
    attestedBy: null,
    attestedAt: null,
    attestCommand: `/rsp attest ${id} frontier-8 fp:${FP.slice(0, 20)}`,
    ...overrides,
  };
}

function verdict(safeguards: SafeguardVerdict[]): Verdict {
  const model: ModelVerdict = {
    id: 'frontier-8',
    path: 'models/frontier-8/model.yaml',
    declaredLevel: 'ASL-3',
    requiredLevel: 'ASL-3',
    conclusion: 'action_required',
    fingerprint: FP,
    capabilities: [],
    safeguards,
    findings: [],
  };
  return {
    schemaVersion: 2,
    subject: { baseSha: 'b'.repeat(40), headSha: 'c'.repeat(40) },
    tool: { name: 'rsp-gate', version: '0.0.0-test' },
    conclusion: 'action_required',
    requiredLevel: 'ASL-3',
    headline: 'h',
    referenceDate: HEAD_PUSHED,
    policy: { file: '.github/rsp-policy.yml', extends: null, changed: false, approvedBy: [], fingerprint: null },
    models: [model],
    findings: [],
    counts: { error: 0, warning: 0, notice: 0 },
    ledger: [],
  };
}

async function collect(simulated: Simulated[], teams?: Record<string, string[]>) {
  return collectCommands({
    comments: simulated.map((s) => s.comment),
    policy: policy(),
    prAuthor: 'carol',
    headPushedBy: HEAD_PUSHED,
    access: teamsAccess(teams, teams === undefined ? undefined : 'teams.yml'),
    models: [{ id: 'frontier-8', aliases: [] }],
  });
}

describe('--attest USER:SAFEGUARD[:MODEL]', () => {
  it('reads a user, a safeguard and an optional model', () => {
    expect(parseAttestSpec('alice:asl3-classifiers')).toEqual({ user: 'alice', safeguard: 'asl3-classifiers' });
    expect(parseAttestSpec('@alice:asl3-classifiers:frontier-8')).toEqual({
      user: 'alice',
      safeguard: 'asl3-classifiers',
      model: 'frontier-8',
    });
  });

  it('says what is wrong with anything else', () => {
    expect(parseAttestSpec('alice')).toEqual({ error: '--attest alice: expected USER:SAFEGUARD or USER:SAFEGUARD:MODEL' });
    expect(parseAttestSpec('alice:a:b:c')).toHaveProperty('error');
    expect(parseAttestSpec('alice:asl3:')).toHaveProperty('error');
    expect(parseAttestSpec('not a login:asl3')).toEqual({ error: '--attest not a login:asl3: "not a login" is not a GitHub login' });
  });
});

describe('simulated comments', () => {
  it('posts the file first, then each --attest, in order and after the head unless a time is given', () => {
    const file = SimulatedCommentsSchema.parse([
      { author: 'bob', body: '/rsp attest asl3-egress', created_at: '2026-11-19T00:00:00Z' },
      { author: 'alice', body: '/rsp attest asl3-classifiers', edited_by: 'mallory', kind: 'review' },
    ]);
    const sims = simulatedComments(file, [{ user: 'dave', safeguard: 'asl3-classifiers', model: 'frontier-8' }], NOW);
    expect(sims.map((s) => s.source)).toEqual([
      'comment 1 of --comments',
      'review 2 of --comments',
      '--attest dave:asl3-classifiers:frontier-8',
    ]);
    expect(sims.map((s) => s.comment.createdAt)).toEqual(['2026-11-19T00:00:00Z', NOW, NOW]);
    expect(sims[1]!.comment.author).toEqual({ login: 'alice', isBot: false, editor: 'mallory' });
    expect(sims[2]!.comment.body).toBe('/rsp attest asl3-classifiers frontier-8');
    // Ids sort in list order, so comments posted at one instant are read in the order given.
    expect([...sims.map((s) => s.comment.id)].sort()).toEqual(sims.map((s) => s.comment.id));
  });

  it('rejects comments and teams files of the wrong shape', () => {
    expect(SimulatedCommentsSchema.safeParse([{ author: 'alice' }]).success).toBe(false);
    expect(SimulatedCommentsSchema.safeParse([{ author: 'alice', body: 'x', created_at: 'yesterday' }]).success).toBe(false);
    expect(SimulatedCommentsSchema.safeParse([{ author: 'alice', body: 'x', colour: 'red' }]).success).toBe(false);
    expect(TeamsSchema.safeParse({ '@acme/safeguards': ['alice'] }).success).toBe(true);
    expect(TeamsSchema.safeParse({ safeguards: ['alice'] }).success).toBe(false);
  });
});

describe('team memberships from a file', () => {
  it('answers member, not member, or unknown with where it looked', async () => {
    const lookup = teamsAccess({ '@Acme/Safeguards': ['Alice'] }, 'teams.yml');
    expect(await lookup.teamMembership('acme', 'safeguards', 'alice')).toEqual({ state: 'member' });
    expect(await lookup.teamMembership('acme', 'safeguards', 'bob')).toEqual({ state: 'not-member' });
    expect(await lookup.teamMembership('acme', 'rso', 'bob')).toEqual({ state: 'unknown', reason: 'teams.yml does not list it' });
    expect(await teamsAccess(undefined, undefined).teamMembership('acme', 'rso', 'bob')).toEqual({
      state: 'unknown',
      reason: 'no --teams file gives its members',
    });
  });
});

describe('simulation outcomes', () => {
  it('refuses a non-owner with the reason the bot replies with', async () => {
    const sims = simulatedComments([], [{ user: 'mallory', safeguard: 'asl3-classifiers' }], NOW);
    const collected = await collect(sims, { '@acme/safeguards': ['sofia'] });
    const [outcome] = simulationOutcomes(sims, collected.decided, verdict([safeguard('asl3-classifiers')]), HEAD_PUSHED);
    expect(outcome).toMatchObject({ status: 'refused', user: 'mallory', command: '/rsp attest asl3-classifiers' });
    expect(outcome!.detail).toBe('mallory is not one of the owners of asl3-classifiers (@acme/safeguards, alice)');
    // The bot, answering the same comment with the same memberships, gives that reason.
    const bot = comment('mallory', '/rsp attest asl3-classifiers');
    const onGitHub = await collectCommands({
      comments: [bot],
      policy: policy(),
      prAuthor: 'carol',
      headPushedBy: HEAD_PUSHED,
      access: access({ mallory: 'write' }, { 'acme/safeguards': ['sofia'] }),
      triggerId: bot.id,
    });
    expect(answerTrigger(onGitHub.trigger!, undefined).reply).toContain(`refused: ${escapeMarkdown(outcome!.detail)}`);
  });

  it('says that a team owner cannot be resolved without a teams file', async () => {
    const sims = simulatedComments([], [{ user: 'sofia', safeguard: 'asl3-classifiers' }], NOW);
    const [outcome] = simulationOutcomes(sims, (await collect(sims)).decided, verdict([safeguard('asl3-classifiers')]), HEAD_PUSHED);
    expect(outcome!.status).toBe('refused');
    expect(outcome!.detail).toContain('team membership could not be checked for @acme/safeguards (no --teams file gives its members)');
  });

  it('counts an owner whose attestation the checklist shows, with the models it changed', async () => {
    const sims = simulatedComments([], [{ user: 'sofia', safeguard: 'asl3-classifiers' }], NOW);
    const collected = await collect(sims, { '@acme/safeguards': ['sofia'] });
    const attested = safeguard('asl3-classifiers', { status: 'attested', attestedBy: 'sofia', attestedAt: NOW });
    expect(simulationOutcomes(sims, collected.decided, verdict([attested]), HEAD_PUSHED)).toEqual([
      {
        source: '--attest sofia:asl3-classifiers',
        user: 'sofia',
        command: '/rsp attest asl3-classifiers',
        status: 'counted',
        detail: 'member of @acme/safeguards',
        models: ['frontier-8'],
      },
    ]);
  });

  it('says why an authorised attestation made before the head does not count, and names unreadable lines', async () => {
    const file = SimulatedCommentsSchema.parse([
      { author: 'alice', body: '/rsp attest asl3-classifiers\n/rsp atest asl3-egress', created_at: '2026-11-19T00:00:00Z' },
    ]);
    const sims = simulatedComments(file, [], NOW);
    const outcomes = simulationOutcomes(sims, (await collect(sims)).decided, verdict([safeguard('asl3-classifiers')]), HEAD_PUSHED);
    expect(outcomes.map((o) => [o.status, o.detail])).toEqual([
      ['no-effect', 'frontier-8: does not count: the PR changed after it was made and it names no fingerprint'],
      ['unreadable', 'line 2: unknown sub-command "atest"; did you mean `/rsp attest`?'],
    ]);
  });

  it('says when the safeguard is already satisfied or not required by any model', async () => {
    const sims = simulatedComments([], [{ user: 'alice', safeguard: 'asl3-classifiers' }], NOW);
    const collected = await collect(sims);
    const satisfied = verdict([safeguard('asl3-classifiers', { status: 'satisfied' })]);
    expect(simulationOutcomes(sims, collected.decided, satisfied, HEAD_PUSHED)[0]!.detail).toBe(
      'frontier-8: already satisfied (in the model ledger at the base commit)',
    );
    expect(simulationOutcomes(sims, collected.decided, verdict([]), HEAD_PUSHED)[0]!.detail).toBe(
      'no model this PR evaluates requires asl3-classifiers',
    );
  });
});
