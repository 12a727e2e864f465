// The App on a merge queue and on PR reviews: a real HTTP server taking signed webhooks, against the stand-in.
import { beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS_TOKEN } from '../stand-in/identities.ts';
import type { StandIn } from '../stand-in/server.ts';
import { deliver, issueCommentEvent, pullRequestReviewCommentEvent, type WebhookEvent } from '../stand-in/webhooks.ts';
import { startAppProcess, until } from './app-process.ts';
import { WEBHOOK_SECRET, useAppAgainstStandIn, type AppServer } from './app-server.ts';
import { anotherResult, attestedPullRequest, queuePullRequest } from './queue-reviews.ts';
import { claimedAtAsl3, fixture, pullRequestScenario, type PullRequestScenario } from './repo.ts';

const shared = useAppAgainstStandIn();
let gh: StandIn;
let app: AppServer;
beforeAll(() => ({ gh, app } = shared));

async function send(_s: PullRequestScenario, event: WebhookEvent): Promise<void> {
  expect((await app.send(event)).status).toBe(200);
}

const checksOn = (s: PullRequestScenario, sha: string) => gh.state.checkRunsFor(s.fullName, sha);

describe('the App on a merge queue', { timeout: 120_000 }, () => {
  it("completes rsp-gate on a green PR's group commit, green, with no comment", async () => {
    const s = await attestedPullRequest(gh, send);
    expect(checksOn(s, s.head).at(-1)!.conclusion).toBe('success');
    // What one evaluation of the PR costs, and what its group costs: the PR's evaluation and the group's, bounded.
    let before = gh.requests.length;
    const again = gh.state.addComment({ repo: s.fullName, issueNumber: s.number, body: '/rsp evaluate', author: 'alice' });
    await send(s, issueCommentEvent(gh, { commentId: again.id, action: 'created' }));
    const onPullRequest = gh.requests.length - before;
    const comments = gh.state.commentsOn(s.fullName, s.number).length;
    const { head, event } = await queuePullRequest(gh, s, s.base);
    before = gh.requests.length;
    await send(s, event);
    const onGroup = gh.requests.length - before;
    // Measured: 16 for the PR (comment and check written), 18 for its group (two evaluations sharing one reader).
    expect(onGroup).toBeLessThanOrEqual(2 * onPullRequest);
    const [check] = checksOn(s, head);
    expect(check).toMatchObject({ name: 'rsp-gate', conclusion: 'success', headSha: head, status: 'completed' });
    expect(check!.output.summary).toContain(`Merge group of [#${s.number}]`);
    expect(gh.state.commentsOn(s.fullName, s.number)).toHaveLength(comments);
  });

  it("is not green when the group holds evidence the PR's attestations were not made for (a PR queued before it)", async () => {
    const s = await attestedPullRequest(gh, send);
    expect(checksOn(s, s.head).at(-1)!.conclusion).toBe('success');
    // The group of another PR, queued first, adds a result for the same model: this PR's group is built on it.
    const earlier = await s.repo.commit(anotherResult, 'Merge pull request #6', '2026-01-05T10:00:00Z', {
      branch: `gh-readonly-queue/main/pr-6-${s.base}`,
      parent: s.base,
    });
    const { head, event } = await queuePullRequest(gh, s, earlier);
    await send(s, event);
    const check = checksOn(s, head).at(-1)!;
    expect(check.conclusion).toBe('action_required');
    expect(check.output.text).toContain('ATTESTATION_OUTDATED');
  });

  it("carries an approval of the PR's policy change into the group that holds the same policy text", async () => {
    const policy = { '.github/rsp-policy.yml': `${fixture('rsp-policy.yml')}# reviewed yearly\n` };
    const s = await pullRequestScenario(gh, policy);
    const approval = gh.state.addComment({ repo: s.fullName, issueNumber: s.number, body: '/rsp approve-policy', author: 'jordan' });
    await send(s, issueCommentEvent(gh, { commentId: approval.id, action: 'created' }));
    expect(checksOn(s, s.head).at(-1)!.conclusion).toBe('success');
    const same = await queuePullRequest(gh, s, s.base, policy);
    await send(s, same.event);
    expect(checksOn(s, same.head).at(-1)!.conclusion).toBe('success');
    // A group whose policy text differs (another queued PR changed it too) does not carry the approval.
    const earlier = await s.repo.commit(
      { '.github/rsp-policy.yml': `${fixture('rsp-policy.yml')}# owners reviewed\n` },
      'Merge pull request #5',
      '2026-01-05T10:00:00Z',
      {
        branch: `gh-readonly-queue/main/pr-5-${s.base}`,
        parent: s.base,
      },
    );
    const other = await queuePullRequest(gh, s, earlier, {
      '.github/rsp-policy.yml': `${fixture('rsp-policy.yml')}# owners reviewed\n# reviewed yearly\n`,
    });
    await send(s, other.event);
    expect(checksOn(s, other.head).at(-1)!.conclusion).not.toBe('success');
    expect(checksOn(s, other.head).at(-1)!.output.text).toContain('POLICY_CHANGE_UNAPPROVED');
  });

  it("reports a check of the gate's name from another source on the group's commit", async () => {
    const s = await attestedPullRequest(gh, send);
    const { head, event } = await queuePullRequest(gh, s, s.base);
    const forged = await fetch(`${gh.url}/repos/${s.fullName}/check-runs`, {
      method: 'POST',
      headers: { authorization: `token ${ACTIONS_TOKEN}`, 'content-type': 'application/json', accept: 'application/vnd.github+json' },
      body: JSON.stringify({
        name: 'rsp-gate',
        head_sha: head,
        status: 'completed',
        conclusion: 'success',
        output: { title: 'ok', summary: 'ok' },
      }),
    });
    expect(forged.status).toBe(201);
    await send(s, event);
    const own = checksOn(s, head).filter((c) => c.app.slug === 'rsp-gate');
    expect(own.at(-1)!.output.summary).toMatch(/FOREIGN_CHECK/);
    expect(own.at(-1)!.output.summary).toContain(`Merge group of [#${s.number}]`);
  });

  it('fails the group of a PR it cannot read, saying why', async () => {
    const s = await pullRequestScenario(gh, claimedAtAsl3);
    const { head, event } = await queuePullRequest(gh, s, s.base);
    // The ref names a PR the repository does not have.
    const group = (event.payload as { merge_group: { head_ref: string } }).merge_group;
    group.head_ref = group.head_ref.replace(`/pr-${s.number}-`, '/pr-99-');
    await send(s, event);
    const check = checksOn(s, head).at(-1)!;
    expect(check.conclusion).toBe('failure');
    expect(check.output.summary).toMatch(/could not read pull request #\u200b?99 of the merge group/);
  });
});

describe('the App on reviews', { timeout: 120_000 }, () => {
  it('answers /rsp in a comment on a line of code, and does not count it', async () => {
    const s = await pullRequestScenario(gh, claimedAtAsl3);
    const line = gh.state.addLineComment({
      repo: s.fullName,
      pullNumber: s.number,
      body: '/rsp attest asl3-egress',
      author: 'bob',
      path: 'models/frontier-7/model.yaml',
    });
    await send(s, await pullRequestReviewCommentEvent(gh, { commentId: line.id }));
    const replies = gh.state.lineComments.filter((c) => c.inReplyTo === line.id);
    expect(replies.map((r) => [r.author.login, r.path])).toEqual([['rsp-gate[bot]', 'models/frontier-7/model.yaml']]);
    expect(replies[0]!.body).toContain('does not read commands in comments on lines of code');
    expect(checksOn(s, s.head)).toEqual([]);
  });
});

describe('npm start on a merge group', { timeout: 120_000 }, () => {
  it("writes the group's check", async () => {
    const s = await attestedPullRequest(gh, send);
    const { head, event } = await queuePullRequest(gh, s, s.base);
    const server = await startAppProcess(gh);
    try {
      expect((await deliver(server.webhookUrl, event, WEBHOOK_SECRET)).status).toBe(200);
      await until(() => checksOn(s, head).some((c) => c.status === 'completed'), 60_000, server.output);
      expect(checksOn(s, head).at(-1)).toMatchObject({ conclusion: 'success', app: { slug: 'rsp-gate' } });
    } finally {
      server.stop();
    }
  });
});
