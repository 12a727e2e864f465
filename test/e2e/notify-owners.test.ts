// Owners are told once: across three evaluations of one PR, by the Action and by the App against the GitHub stand-in,
// each owner whose attestation is needed gets exactly one review request, and nobody the policy does not name.
import { beforeAll, describe, expect, it } from 'vitest';
import type { StandIn } from '../stand-in/server.ts';
import { issueCommentEvent, pullRequestEvent } from '../stand-in/webhooks.ts';
import { runGateStep, useActionAgainstStandIn } from './action-runner.ts';
import { useAppAgainstStandIn, type AppServer } from './app-server.ts';
import * as prView from './pr-view.ts';
import { baseFiles, claimedAtAsl3, fixture, pullRequestScenario, type PullRequestScenario } from './repo.ts';

/** The owners the e2e policy names for the two ASL-3 safeguards the scenario claims: a team and two users. */
const POLICY_OWNERS = { reviewers: ['alice', 'bob'], teamReviewers: ['safeguards'] };

function requestsOn(gh: StandIn, s: PullRequestScenario) {
  return (gh.state.pullRequest(s.fullName, s.number)!.reviewRequests ?? []).map(({ reviewers, teamReviewers }) => ({
    reviewers,
    teamReviewers,
  }));
}

function expectNoLiveMention(gh: StandIn, s: PullRequestScenario) {
  for (const c of [...prView.reportComments(gh, s), ...prView.replies(gh, s)]) expect(c.body).not.toMatch(/@[A-Za-z0-9]/);
}

describe('owners told once, by the Action', { timeout: 180_000 }, () => {
  const shared = useActionAgainstStandIn();
  let gh: StandIn;
  let bundle: { file: string };
  beforeAll(() => ({ gh, bundle } = shared));

  async function run(s: PullRequestScenario, event: { name: string; payload: unknown }, sha?: string) {
    return runGateStep(gh, s.fullName, event, { bundle: bundle.file, ...(sha === undefined ? {} : { sha }) });
  }

  it('asks each owner once across three evaluations, and nobody the policy does not name', async () => {
    const s = await pullRequestScenario(gh, claimedAtAsl3);
    const opened = await pullRequestEvent(gh, { repo: s.fullName, number: s.number, action: 'opened' });
    expect((await run(s, opened)).outputs.conclusion).toBe('action_required');
    expect(requestsOn(gh, s)).toEqual([POLICY_OWNERS]);

    const byMallory = gh.state.addComment({
      repo: s.fullName,
      issueNumber: s.number,
      body: '/rsp evaluate\n@everyone please look',
      author: 'mallory',
    });
    await run(s, issueCommentEvent(gh, { commentId: byMallory.id, action: 'created' }), s.base);
    const byAlice = gh.state.addComment({ repo: s.fullName, issueNumber: s.number, body: '/rsp attest asl3-classifiers', author: 'alice' });
    expect((await run(s, issueCommentEvent(gh, { commentId: byAlice.id, action: 'created' }), s.base)).outputs.conclusion).toBe(
      'action_required',
    );

    expect(requestsOn(gh, s)).toEqual([POLICY_OWNERS]);
    expect(prView.reportComments(gh, s)).toHaveLength(1);
    expectNoLiveMention(gh, s);
  });

  it('asks nobody when the base policy turns it off', async () => {
    const policy = `${fixture('rsp-policy.yml').replace(/\n+$/, '')}\n  notify_owners: false\n`;
    const s = await pullRequestScenario(gh, claimedAtAsl3, { base: { ...baseFiles(), '.github/rsp-policy.yml': policy } });
    await run(s, await pullRequestEvent(gh, { repo: s.fullName, number: s.number, action: 'opened' }));
    expect(requestsOn(gh, s)).toEqual([]);
  });
});

describe('owners told once, by the App', { timeout: 180_000 }, () => {
  const shared = useAppAgainstStandIn();
  let gh: StandIn;
  let app: AppServer;
  beforeAll(() => ({ gh, app } = shared));

  it('asks each owner once across three evaluations', async () => {
    const s = await pullRequestScenario(gh, claimedAtAsl3);
    expect((await app.send(await pullRequestEvent(gh, { repo: s.fullName, number: s.number, action: 'opened' }))).status).toBe(200);
    expect((await app.send(await pullRequestEvent(gh, { repo: s.fullName, number: s.number, action: 'reopened' }))).status).toBe(200);
    const byAlice = gh.state.addComment({ repo: s.fullName, issueNumber: s.number, body: '/rsp attest asl3-classifiers', author: 'alice' });
    expect((await app.send(issueCommentEvent(gh, { commentId: byAlice.id, action: 'created' }))).status).toBe(200);
    expect(requestsOn(gh, s)).toEqual([POLICY_OWNERS]);
    expect(gh.state.checkRunsFor(s.fullName, s.head).length).toBeGreaterThanOrEqual(3);
    expectNoLiveMention(gh, s);
  });
});
