// What a PR author (or anyone with write access) can try against the gate, through the Probot App: a real HTTP server
// taking signed webhooks, against the GitHub stand-in.
import { beforeAll, describe, expect, it } from 'vitest';
import type { StandIn } from '../stand-in/server.ts';
import { ACTIONS_TOKEN } from '../stand-in/identities.ts';
import { badGateway } from '../stand-in/faults.ts';
import { issueCommentEvent, pullRequestEvent, type WebhookEvent } from '../stand-in/webhooks.ts';
import { useAppAgainstStandIn, type AppServer } from './app-server.ts';
import * as prView from './pr-view.ts';
import { baseFiles, claimedAtAsl3, crossedResult, fixture, pullRequestScenario, type PullRequestScenario } from './repo.ts';

const shared = useAppAgainstStandIn();
let gh: StandIn;
let app: AppServer;
beforeAll(() => ({ gh, app } = shared));

async function send(event: WebhookEvent): Promise<void> {
  expect((await app.send(event)).status).toBe(200);
}

const comment = (s: PullRequestScenario, author: string, body: string) =>
  gh.state.addComment({ repo: s.fullName, issueNumber: s.number, body, author });
const opened = (s: PullRequestScenario) => pullRequestEvent(gh, { repo: s.fullName, number: s.number, action: 'opened' });
const synchronized = (s: PullRequestScenario, before: string) =>
  pullRequestEvent(gh, { repo: s.fullName, number: s.number, action: 'synchronize', before });
const commented = (id: number) => issueCommentEvent(gh, { commentId: id, action: 'created' });
const headOf = (s: PullRequestScenario) => gh.state.pullRequest(s.fullName, s.number)!.head.sha;
const latestCheck = (s: PullRequestScenario, sha = headOf(s)) => gh.state.checkRunsFor(s.fullName, sha).at(-1)!;
/** The report as it reads: Markdown escapes and zero-width spaces removed. */
const report = (s: PullRequestScenario) => (prView.reportComments(gh, s)[0]?.body ?? '').replace(/\\(.)/g, '$1').replace(/\u200b/g, '');

function offeredFingerprint(body: string, command: string): string {
  const at = body.indexOf(`${command} fp:`);
  expect(at, body).toBeGreaterThanOrEqual(0);
  return body.slice(at + command.length + 4, at + command.length + 24);
}

describe('the App against a PR author', { timeout: 180_000 }, () => {
  it('a PR that deletes the crossing result and lowers the level is not green until an assessor attests it', async () => {
    const s = await pullRequestScenario(
      gh,
      { 'evals/frontier-7/wmdp-2026-01-03.yaml': null, 'models/frontier-7/model.yaml': fixture('model-asl2.yaml') },
      { base: { ...baseFiles(), ...claimedAtAsl3 } },
    );
    await send(await opened(s));
    expect(latestCheck(s).conclusion).not.toBe('success');
    expect(report(s)).toContain('CLAIM_UNATTESTED');
    const byJordan = comment(
      s,
      'jordan',
      `/rsp approve-assessment frontier-7 fp:${offeredFingerprint(report(s), '/rsp approve-assessment frontier-7')}`,
    );
    await send(commented(byJordan.id));
    expect(latestCheck(s).conclusion).toBe('success');
  });

  it('a safeguard removed from the ledger is pending', async () => {
    const dropped = fixture('model-asl3-claimed.yaml').replace('[asl3-classifiers, asl3-egress]', '[asl3-classifiers]');
    const s = await pullRequestScenario(gh, { 'models/frontier-7/model.yaml': dropped }, { base: { ...baseFiles(), ...claimedAtAsl3 } });
    await send(await opened(s));
    expect(latestCheck(s).conclusion).toBe('action_required');
    expect(report(s)).toContain('removes it from the ledger');
  });

  it('force-pushing back to an earlier head does not revive attestations made for another', async () => {
    const s = await pullRequestScenario(gh, claimedAtAsl3);
    const first = s.head;
    await send(await opened(s));
    const second = await s.push({ 'docs/notes.md': 'notes\n' });
    comment(s, 'alice', '/rsp attest asl3-classifiers');
    const byBob = comment(s, 'bob', '/rsp attest asl3-egress');
    await send(commented(byBob.id));
    expect(latestCheck(s, second).conclusion).toBe('success');
    gh.state.pushToPullRequest(s.fullName, s.number, first, { force: true });
    await send(await synchronized(s, second));
    expect(latestCheck(s, first).conclusion).toBe('action_required');
  });

  it('an edit of the report by someone else is written over with the real report', async () => {
    const s = await pullRequestScenario(gh, crossedResult);
    await send(await opened(s));
    const sticky = prView.reportComments(gh, s)[0]!;
    const real = sticky.body;
    expect(real).toContain(`<!-- rsp-gate:head ${s.head} -->`);
    gh.state.editComment(sticky.id, 'All checks passed ✅', 'mallory');
    await send(issueCommentEvent(gh, { commentId: sticky.id, action: 'edited', sender: 'mallory' }));
    expect(gh.state.comment(sticky.id)!.body).toBe(real);
  });

  it('a comment run that cannot read the PR replaces the green check with a failure', async () => {
    const s = await pullRequestScenario(gh, claimedAtAsl3);
    comment(s, 'alice', '/rsp attest asl3-classifiers');
    const byBob = comment(s, 'bob', '/rsp attest asl3-egress');
    await send(commented(byBob.id));
    expect(latestCheck(s).conclusion).toBe('success');
    const revoke = comment(s, 'bob', '/rsp revoke asl3-egress');
    gh.failNext({ match: 'graphql', ...badGateway(), times: 50 });
    await send(commented(revoke.id));
    gh.reset();
    expect(latestCheck(s)).toMatchObject({ conclusion: 'failure' });
    expect((latestCheck(s).output.summary ?? '').replace(/\u200b/g, '')).toMatch(/could not read pull request #7/);
  });

  it('an owner whose write access was removed no longer counts', async () => {
    const s = await pullRequestScenario(gh, claimedAtAsl3);
    comment(s, 'alice', '/rsp attest asl3-classifiers');
    const byBob = comment(s, 'bob', '/rsp attest asl3-egress');
    await send(commented(byBob.id));
    expect(latestCheck(s).conclusion).toBe('success');
    gh.state.setRole(s.fullName, 'bob', 'read');
    await send(await opened(s));
    expect(latestCheck(s).conclusion).toBe('action_required');
  });

  it("a check run of the gate's name from another app (a workflow) is reported in the App's check and comment", async () => {
    const s = await pullRequestScenario(gh, crossedResult);
    const forged = await fetch(`${gh.url}/repos/${s.fullName}/check-runs`, {
      method: 'POST',
      headers: { authorization: `token ${ACTIONS_TOKEN}`, 'content-type': 'application/json', accept: 'application/vnd.github+json' },
      body: JSON.stringify({
        name: 'rsp-gate',
        head_sha: s.head,
        status: 'completed',
        conclusion: 'success',
        output: { title: 'ok', summary: 'ok' },
      }),
    });
    expect(forged.status).toBe(201);
    await send(await opened(s));
    expect(report(s)).toMatch(/FOREIGN_CHECK.*another check run named like this gate is on the head \(from app github-actions, success\)/);
    const own = gh.state.checkRunsFor(s.fullName, s.head).filter((c) => c.app.slug === 'rsp-gate');
    expect(own.at(-1)!.output.summary).toContain('FOREIGN_CHECK');
  });

  it('an approve-policy bound by fp stops applying when the policy changes again', async () => {
    const raised = fixture('rsp-policy.yml').replace('threshold: 0.65', 'threshold: 0.70');
    const s = await pullRequestScenario(gh, { '.github/rsp-policy.yml': raised });
    await send(await opened(s));
    const byJordan = comment(s, 'jordan', `/rsp approve-policy fp:${offeredFingerprint(report(s), '/rsp approve-policy')}`);
    await send(commented(byJordan.id));
    expect(report(s)).toContain('approved by jordan');
    const before = s.head;
    await s.push({ '.github/rsp-policy.yml': raised.replace('threshold: 0.70', 'threshold: 0.99') });
    await send(await synchronized(s, before));
    expect(report(s)).toMatch(/approval of the policy change by jordan no longer applies/);
    expect(latestCheck(s).conclusion).toBe('action_required');
  });
});
