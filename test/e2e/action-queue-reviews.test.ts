// The bundled Action on merge_group, pull_request_review and pull_request_review_comment, run as the runner runs it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { StandIn } from '../stand-in/server.ts';
import { pullRequestReviewCommentEvent, pullRequestReviewEvent, type WebhookEvent } from '../stand-in/webhooks.ts';
import { runGateStep, type ActionRun, useActionAgainstStandIn } from './action-runner.ts';
import { anotherResult, attestedPullRequest, queuePullRequest } from './queue-reviews.ts';
import * as prView from './pr-view.ts';
import { claimedAtAsl3, pullRequestScenario, type PullRequestScenario } from './repo.ts';

const shared = useActionAgainstStandIn();
let gh: StandIn;
let bundle: { file: string };
beforeAll(() => ({ gh, bundle } = shared));

const run = (s: PullRequestScenario, event: WebhookEvent): Promise<ActionRun> =>
  runGateStep(gh, s.fullName, event, { bundle: bundle.file });
const checksOn = (s: PullRequestScenario, sha: string) => gh.state.checkRunsFor(s.fullName, sha);

describe('the Action on merge_group', { timeout: 180_000 }, () => {
  it("completes rsp-gate on a green PR's group commit, and the step passes", async () => {
    const s = await attestedPullRequest(gh, run);
    expect(checksOn(s, s.head).at(-1)!.conclusion).toBe('success');
    const comments = gh.state.commentsOn(s.fullName, s.number).length;
    const { head, event } = await queuePullRequest(gh, s, s.base);
    const result = await run(s, event);
    expect(result.code).toBe(0);
    expect(result.outputs.conclusion).toBe('success');
    expect(checksOn(s, head)).toEqual([
      expect.objectContaining({
        name: 'rsp-gate',
        conclusion: 'success',
        headSha: head,
        app: expect.objectContaining({ slug: 'github-actions' }),
      }),
    ]);
    expect(gh.state.commentsOn(s.fullName, s.number)).toHaveLength(comments);
  });

  it("fails the step when the group holds evidence the PR's attestations were not made for", async () => {
    const s = await attestedPullRequest(gh, run);
    const earlier = await s.repo.commit(anotherResult, 'Merge pull request #6', '2026-01-05T10:00:00Z', {
      branch: `gh-readonly-queue/main/pr-6-${s.base}`,
      parent: s.base,
    });
    const { head, event } = await queuePullRequest(gh, s, earlier);
    const result = await run(s, event);
    expect(result.code).toBe(1);
    expect(result.outputs.conclusion).toBe('action_required');
    expect(result.stdout).toContain('Merge group of #7');
    expect(checksOn(s, head).at(-1)).toMatchObject({ conclusion: 'action_required' });
  });
});

describe('the Action on reviews', { timeout: 180_000 }, () => {
  it('does not count a review body edited by someone other than its author', async () => {
    const s = await pullRequestScenario(gh, claimedAtAsl3);
    gh.state.addComment({ repo: s.fullName, issueNumber: s.number, body: '/rsp attest asl3-classifiers', author: 'alice' });
    const review = gh.state.addReview({ repo: s.fullName, pullNumber: s.number, body: 'Looks good', author: 'bob' });
    gh.state.editReview(review.id, '/rsp attest asl3-egress', 'mallory');
    const result = await run(s, await pullRequestReviewEvent(gh, { reviewId: review.id, action: 'edited' }));
    expect(result.outputs.conclusion).toBe('action_required');
    expect(checksOn(s, s.head).at(-1)!.output.text).toMatch(/attested \| asl3-classifiers/);
    expect(checksOn(s, s.head).at(-1)!.output.text).not.toMatch(/attested \| asl3-egress/);
    // Refused with a reply on the PR, as an edited comment is.
    expect(prView.lastReply(gh, s)).toMatch(/edited by mallory, not by its author bob/);
  });

  it('answers /rsp in a comment on a line of code, and does not count it', async () => {
    const s = await pullRequestScenario(gh, claimedAtAsl3);
    const line = gh.state.addLineComment({
      repo: s.fullName,
      pullNumber: s.number,
      body: '/rsp attest asl3-egress',
      author: 'bob',
      path: 'models/frontier-7/model.yaml',
    });
    const result = await run(s, await pullRequestReviewCommentEvent(gh, { commentId: line.id }));
    expect(result.code).toBe(0);
    const replies = gh.state.lineComments.filter((c) => c.inReplyTo === line.id);
    expect(replies.map((r) => r.author.login)).toEqual(['github-actions[bot]']);
    expect(replies[0]!.body).toContain('Write `/rsp …` on a line of a comment on the pull request');
    expect(checksOn(s, s.head)).toEqual([]);
  });
});
