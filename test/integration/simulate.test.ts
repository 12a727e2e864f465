// Local simulation through the published command (bin/rsp-gate.js loading the bundled dist/cli.js under Node 24) on
// the example lab: owners' attestations turn its PR green, a non-owner is refused as the bot would refuse them, and a
// proposed policy judges the change instead of the base commit's.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExampleRepo } from '../../scripts/example-comment.ts';
import { collectCommands } from '../../src/commands/collect.ts';
import type { Membership } from '../../src/commands/authorize.ts';
import type { CommandComment } from '../../src/commands/handler.ts';
import { loadPolicy } from '../../src/policy/load.ts';
import { answerTrigger } from '../../src/report/reply.ts';
import { escapeMarkdown } from '../../src/report/escape.ts';
import { EXAMPLE_OWNERS, EXAMPLE_TEAMS } from './example-owners.ts';

const BIN = join(process.cwd(), 'bin/rsp-gate.js');
const POLICY = 'examples/frontier-lab/base/.github/rsp-policy.yml';

let example: { repo: string; cleanup: () => void };
let dir: string;
beforeAll(() => {
  example = buildExampleRepo();
  dir = join(example.repo, '..');
  writeFileSync(join(dir, 'teams.json'), JSON.stringify(EXAMPLE_TEAMS));
  // The PR also sets frontier-8's last assessment: an assessor (approvals.policy here) approves that claim.
  writeFileSync(join(dir, 'assessment.yml'), '- author: rso-jordan\n  body: /rsp approve-assessment frontier-8\n');
});
afterAll(() => example.cleanup());

function check(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [BIN, 'check', '--repo', example.repo, '--base', 'base', '--head', 'head', ...args], {
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function json(...args: string[]) {
  const run = check(...args, '--format', 'json');
  return { code: run.code, ...(JSON.parse(run.stdout) as { simulation: { outcomes: Outcome[] }; report: Report }) };
}

interface Outcome {
  user: string;
  command: string;
  status: string;
  detail: string;
  models?: string[];
}
interface Report {
  conclusion: string;
  models: Array<{ id: string; safeguards: Array<{ id: string; status: string; attestedBy: string | null }> }>;
}

const everyOwner = Object.entries(EXAMPLE_OWNERS).flatMap(([safeguard, user]) => ['--attest', `${user}:${safeguard}`]);

describe('check --attest on the example PR', () => {
  it('turns the PR green with an attestation from an owner of each safeguard (and the assessor approving the new assessment)', () => {
    const withoutAssessment = json('--teams', join(dir, 'teams.json'), ...everyOwner);
    expect(withoutAssessment.code).toBe(1);
    expect(withoutAssessment.report.conclusion).toBe('action_required');
    expect(withoutAssessment.simulation.outcomes.every((o) => o.status === 'counted')).toBe(true);
    const green = json('--teams', join(dir, 'teams.json'), '--comments', join(dir, 'assessment.yml'), ...everyOwner);
    expect(green.code).toBe(0);
    expect(green.report.conclusion).toBe('success');
    const frontier8 = green.report.models.find((m) => m.id === 'frontier-8')!;
    expect(frontier8.safeguards.map((s) => [s.id, s.status, s.attestedBy]).sort()).toEqual(
      Object.entries(EXAMPLE_OWNERS)
        .map(([id, user]) => [id, 'attested', user])
        .sort(),
    );
    expect(green.simulation.outcomes.map((o) => o.status)).toEqual(Array(15).fill('counted'));
  });

  it('refuses a non-owner with the reason the bot would reply with, and exits 1', async () => {
    const run = json('--teams', join(dir, 'teams.json'), '--attest', 'mallory:asl3-monitoring');
    expect(run.code).toBe(1);
    const [outcome] = run.simulation.outcomes;
    expect(outcome).toMatchObject({ user: 'mallory', status: 'refused' });
    // The bot on GitHub, with the same memberships and the same base policy, answering the same comment.
    const comment: CommandComment = {
      id: 'C_1',
      author: { login: 'mallory', isBot: false, editor: null },
      body: '/rsp attest asl3-monitoring',
      createdAt: '2026-11-21T00:00:00Z',
      lastEditedAt: null,
    };
    const members = (org: string, team: string, login: string): Membership =>
      (EXAMPLE_TEAMS[`@${org}/${team}`] ?? []).includes(login) ? { state: 'member' } : { state: 'not-member' };
    const bot = await collectCommands({
      comments: [comment],
      policy: loadPolicy(readFileSync(POLICY, 'utf8'), POLICY).policy,
      prAuthor: 'model-team',
      headPushedBy: '2026-11-20T16:30:00Z',
      access: { repoPermission: async () => 'write', teamMembership: async (o, t, l) => members(o, t, l) },
      triggerId: 'C_1',
    });
    expect(answerTrigger(bot.trigger!, undefined).reply).toContain(`refused: ${escapeMarkdown(outcome!.detail)}`);
    expect(outcome!.detail).toBe('mallory is not one of the owners of asl3-monitoring (@acme/trust-safety)');
  });

  it('shows the outcomes in the text and in the Markdown comment', () => {
    const text = check('--attest', 'tess:asl3-monitoring', '--pr-author', 'tess');
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('simulation:');
    expect(text.stdout).toContain('refused: tess opened this PR and the policy does not let authors attest their own PR');
    const markdown = check('--attest', 'tess:asl3-monitoring', '--format', 'markdown');
    expect(markdown.stdout).toContain('### Simulated commands');
    expect(markdown.stdout).toContain(
      escapeMarkdown('team membership could not be checked for @acme/trust-safety (no --teams file gives its members)'),
    );
  });
});

describe('check --proposed-policy', () => {
  it('authorises and judges under the draft on disk, not the base commit', () => {
    const draft = join(dir, 'draft-policy.yml');
    const base = readFileSync(POLICY, 'utf8');
    writeFileSync(draft, base.replace('owners: ["@acme/trust-safety"] }', 'owners: ["@acme/trust-safety", mallory] }'));
    expect(readFileSync(draft, 'utf8')).not.toBe(base);
    const underBase = json('--attest', 'mallory:asl3-monitoring');
    expect(underBase.simulation.outcomes[0]!.status).toBe('refused');
    const underDraft = json('--attest', 'mallory:asl3-monitoring', '--proposed-policy', draft);
    expect(underDraft.simulation.outcomes[0]).toMatchObject({ status: 'counted', models: ['frontier-8'] });
    const text = check('--proposed-policy', draft);
    expect(text.stdout).toContain(`Judged under the proposed policy ${draft}`);
  });
});

describe('simulation usage errors', () => {
  it('exit 2 and say what is wrong', () => {
    expect(check('--attest', 'mallory')).toMatchObject({ code: 2, stderr: expect.stringContaining('expected USER:SAFEGUARD') });
    expect(check('--teams', join(dir, 'teams.json'))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--teams and --pr-author only matter with --attest or --comments'),
    });
    expect(check('--comments', join(dir, 'teams.json'))).toMatchObject({ code: 2, stderr: expect.stringContaining('expected array') });
    expect(check('--proposed-policy', join(dir, 'missing.yml'))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('no such file'),
    });
  });
});
