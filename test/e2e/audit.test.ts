// `rsp-gate audit` against the GitHub stand-in: PRs the bundled Action evaluated (one merged, one open, one whose report
// predates the audit record), one it never evaluated and one outside the period, read back in bounded requests.
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli.ts';
import { ACTIONS_TOKEN } from '../stand-in/identities.ts';
import type { StandIn } from '../stand-in/server.ts';
import { issueCommentEvent, pullRequestEvent } from '../stand-in/webhooks.ts';
import { runGateStep, useActionAgainstStandIn } from './action-runner.ts';
import * as prView from './pr-view.ts';
import { claimedAtAsl3, crossedResult, pullRequestScenario, type PullRequestScenario } from './repo.ts';
import { NOT_RECORDED, type Audit } from '../../src/report/audit.ts';

const shared = useActionAgainstStandIn();
let gh: StandIn;
let bundle: { file: string };
beforeAll(() => ({ gh, bundle } = shared));

/** Another PR in the scenario's repository, from its own branch off main. */
async function openAnother(s: PullRequestScenario, number: number, files: Record<string, string>): Promise<void> {
  const head = await s.repo.commit(files, `change ${number}`, '2026-01-05T09:00:00Z', { branch: `feature-${number}` });
  gh.state.addPullRequest({
    repo: s.fullName,
    number,
    author: 'carol',
    base: { sha: s.base, ref: 'main' },
    head: { sha: head, ref: `feature-${number}` },
  });
}

async function gate(s: PullRequestScenario, number: number, commentId?: number): Promise<string | undefined> {
  const event =
    commentId === undefined
      ? await pullRequestEvent(gh, { repo: s.fullName, number, action: 'opened' })
      : await issueCommentEvent(gh, { commentId, action: 'created' });
  const run = await runGateStep(gh, s.fullName, event, { bundle: bundle.file, inputs: {}, sha: s.base });
  return run.outputs.conclusion;
}

const say = (s: PullRequestScenario, number: number, author: string, body: string) =>
  gh.state.addComment({ repo: s.fullName, issueNumber: number, body, author });

async function audit(s: PullRequestScenario, since: string, format = 'json') {
  let out = '';
  let err = '';
  const code = await runCli(['audit', '--repo', s.fullName, '--since', since, '--until', '2026-12-31', '--format', format], {
    stdout: (t) => (out += t),
    stderr: (t) => (err += t),
    isTTY: false,
    env: { GITHUB_TOKEN: ACTIONS_TOKEN, GITHUB_API_URL: gh.url },
  });
  return { code, out, err };
}

describe('rsp-gate audit', { timeout: 240_000 }, () => {
  it('returns every PR the gate evaluated in the period, with verdict, levels, ledger and merge, in one query', async () => {
    const s = await pullRequestScenario(gh, claimedAtAsl3);
    // #6: evaluated, but last updated before the period.
    await openAnother(s, 6, crossedResult);
    expect(await gate(s, 6)).toBe('failure');
    const since = gh.state.clock().toISOString();

    // #7: counted and refused attestations, green, then merged by dave.
    say(s, 7, 'alice', '/rsp attest asl3-classifiers');
    say(s, 7, 'mallory', '/rsp attest asl3-egress');
    const last = say(s, 7, 'bob', '/rsp attest asl3-egress frontier-7');
    expect(await gate(s, 7, last.id)).toBe('success');
    gh.state.mergePullRequest(s.fullName, 7, 'dave');

    // #8: evaluated and still open. #9: its report is from before the record (the record is removed), with a command
    // in a review. #10: never evaluated.
    await openAnother(s, 8, crossedResult);
    expect(await gate(s, 8)).toBe('failure');
    await openAnother(s, 9, claimedAtAsl3);
    expect(await gate(s, 9)).toBe('action_required');
    const [report9] = prView.reportComments(gh, { ...s, number: 9 });
    gh.state.editComment(report9!.id, report9!.body.replace(/\n<!-- rsp-gate:record [^>]*-->/, ''), report9!.author.login);
    say(s, 9, 'alice', 'Live.\n/rsp attest asl3-classifiers');
    gh.state.addReview({ repo: s.fullName, pullNumber: 9, author: 'bob', body: '/rsp attest asl3-egress frontier-7', state: 'APPROVED' });
    await openAnother(s, 10, { 'README.md': '# models\n\nWords.\n' });

    const before = gh.requests.length;
    const result = await audit(s, since);
    const requests = gh.requests.slice(before);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    // One GraphQL page holds every PR of the period with its comments, reviews, merge and head checks.
    expect(requests.map((r) => r.operationId)).toEqual(['graphql']);

    const report = JSON.parse(result.out) as Audit;
    expect(report.scanned).toBe(4);
    expect(report.pullRequests.map((p) => p.number)).toEqual([7, 8, 9]);
    const [merged, open, legacy] = report.pullRequests;

    expect(merged).toMatchObject({
      state: 'MERGED',
      mergedBy: 'dave',
      conclusion: 'success',
      verdictFrom: 'check-run',
      ledgerFrom: 'record',
      models: [{ id: 'frontier-7', declaredLevel: 'ASL-3', requiredLevel: 'ASL-3', conclusion: 'success' }],
      notes: [],
    });
    expect(merged!.mergedAt).not.toBeNull();
    expect(merged!.ledger.map((e) => [e.user, e.safeguard, e.counted])).toEqual([
      ['alice', 'asl3-classifiers', true],
      ['mallory', 'asl3-egress', false],
      ['bob', 'asl3-egress', true],
    ]);
    expect(merged!.ledger[1]!.reason).toBe('mallory is not one of the owners of asl3-egress (bob)');

    expect(open).toMatchObject({ state: 'OPEN', mergedAt: null, conclusion: 'failure', ledger: [] });
    expect(open!.models).toEqual([{ id: 'frontier-7', declaredLevel: 'ASL-2', requiredLevel: 'ASL-3', conclusion: 'failure' }]);

    expect(legacy).toMatchObject({ conclusion: 'action_required', verdictFrom: 'check-run', ledgerFrom: 'comments', models: [] });
    expect(legacy!.notes).toEqual(['the report comment carries no readable audit record']);
    expect(legacy!.ledger.map((e) => [e.user, e.source.kind, e.counted, e.reason])).toEqual([
      ['alice', 'comment', null, NOT_RECORDED],
      ['bob', 'review', null, NOT_RECORDED],
    ]);
  });

  it('writes the same audit as Markdown and as CSV', async () => {
    const s = await pullRequestScenario(gh, crossedResult);
    const since = gh.state.clock().toISOString();
    say(s, 7, 'mallory', '/rsp attest asl3-egress');
    await gate(s, 7);
    const markdown = await audit(s, since, 'markdown');
    expect(markdown.out).toContain('| #7 | open | failure \\(check-run\\) | frontier-7 ASL-2/ASL-3 | 0 | 1 | 0 |');
    expect(markdown.out).toContain('mallory is not one of the owners of asl3-egress \\(bob\\)');
    const csv = await audit(s, since, 'csv');
    const [header, row] = csv.out.split('\r\n');
    expect(header).toBe(
      'repository,number,title,author,state,created_at,merged_at,merged_by,head_sha,conclusion,verdict_from,levels,counted,not_counted,unknown,ledger_from,notes',
    );
    expect(row).toMatch(
      new RegExp(`^${s.fullName},7,Pull request 7,carol,open,.*,,,${s.head},failure,check-run,frontier-7 ASL-2/ASL-3,0,1,0,record,$`),
    );
  });

  it('reads 45 PRs and one long thread in one query per 20 PRs and one per further 100 comments', async () => {
    const s = await pullRequestScenario(gh, crossedResult);
    const since = gh.state.clock().toISOString();
    await gate(s, 7);
    for (let number = 8; number < 52; number++)
      gh.state.addPullRequest({
        repo: s.fullName,
        number,
        author: 'carol',
        base: { sha: s.base, ref: 'main' },
        head: { sha: s.head, ref: `f-${number}` },
      });
    for (let i = 0; i < 150; i++) say(s, 8, 'alice', `note ${i}${i === 149 ? '\n/rsp attest asl3-classifiers' : ''}`);
    const before = gh.requests.length;
    const result = await audit(s, since);
    const requests = gh.requests.slice(before);
    expect(result.code).toBe(0);
    expect(requests).toHaveLength(Math.ceil(45 / 20) + 1);
    const report = JSON.parse(result.out) as Audit;
    expect(report.scanned).toBe(45);
    // Every PR shares the evaluated head, so every one shows the gate's check run; #8's 150th comment is read.
    expect(report.pullRequests).toHaveLength(45);
    expect(report.pullRequests.find((p) => p.number === 8)!.ledger.map((e) => e.user)).toEqual(['alice']);
  });
});
