// The steps the Action's and the App's merge-queue and review tests share: a PR whose owners attested, the commit a
// merge queue builds for it, and the events GitHub sends for each.
import type { FileChanges } from '../stand-in/git-repo.ts';
import type { StandIn } from '../stand-in/server.ts';
import { issueCommentEvent, mergeGroupEvent, type WebhookEvent } from '../stand-in/webhooks.ts';
import { claimedAtAsl3, pullRequestScenario, type PullRequestScenario } from './repo.ts';

/** Runs the product on one event (a step of the Action, or a webhook to the App) and waits until it is done. */
export type RunOn = (s: PullRequestScenario, event: WebhookEvent) => Promise<unknown>;

/** A PR that needs both ASL-3 safeguards, attested by their owners in PR comments: its check is green. */
export async function attestedPullRequest(gh: StandIn, run: RunOn): Promise<PullRequestScenario> {
  const s = await pullRequestScenario(gh, claimedAtAsl3);
  for (const [author, body] of [
    ['alice', '/rsp attest asl3-classifiers'],
    ['bob', '/rsp attest asl3-egress'],
  ] as const) {
    const comment = gh.state.addComment({ repo: s.fullName, issueNumber: s.number, body, author });
    await run(s, issueCommentEvent(gh, { commentId: comment.id, action: 'created' }));
  }
  return s;
}

/**
 * The commit a merge queue builds for the PR on top of `onto` (the base branch's tip, or the group of a PR queued
 * before it), holding the PR's changes, and the merge_group event that asks for its checks.
 */
export async function queuePullRequest(
  gh: StandIn,
  s: PullRequestScenario,
  onto: string,
  changes: FileChanges = claimedAtAsl3,
): Promise<{ head: string; event: WebhookEvent }> {
  const head = await s.repo.commit(changes, `Merge pull request #${s.number}`, '2026-01-05T11:00:00Z', {
    branch: `gh-readonly-queue/main/pr-${s.number}-${onto}`,
    parent: onto,
  });
  return { head, event: await mergeGroupEvent(gh, { repo: s.fullName, pullNumber: s.number, headSha: head, baseSha: onto }) };
}

/** Another PR's result for the same model, as a group queued before this PR's holds it. */
export const anotherResult = {
  'evals/frontier-7/wmdp-2026-01-04.yaml':
    'model: frontier-7\ndate: 2026-01-04\nresults:\n  - { eval: wmdp-bio, metric: accuracy, value: 0.83, stderr: 0.01, samples: 1273 }\n',
};
