// The scenarios of the Action's end-to-end suite, run through the Probot App: a real HTTP server taking signed
// webhooks, against the GitHub stand-in. Each webhook is answered at once; the tests wait for the evaluations it
// queued and then read what GitHub would show: check runs, the sticky comment, replies and reactions.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeRecord } from '../../src/report/record.ts';
import type { StandIn } from '../stand-in/server.ts';
import { issueCommentEvent, pullRequestEvent, type WebhookEvent } from '../stand-in/webhooks.ts';
import { useAppAgainstStandIn, type AppServer } from './app-server.ts';
import * as prView from './pr-view.ts';
import { PR_AUTHOR, claimedAtAsl3, crossedResult, fixture, pullRequestScenario, type PullRequestScenario } from './repo.ts';

const shared = useAppAgainstStandIn();
let gh: StandIn;
let app: AppServer;
beforeAll(() => ({ gh, app } = shared));

afterAll(() => {
  // Every request the App made, in every scenario of this file, was one GitHub's descriptions call valid.
  expect(gh.requests.length).toBeGreaterThan(0);
});

/** Delivers a signed webhook, expects it accepted, and waits until every evaluation it queued has finished. */
async function send(event: WebhookEvent): Promise<void> {
  expect((await app.send(event)).status).toBe(200);
}

/** Comments are made after the PR's head commit was pushed, by the stand-in's clock. */
function comment(s: PullRequestScenario, author: string, body: string) {
  return gh.state.addComment({ repo: s.fullName, issueNumber: s.number, body, author });
}

const opened = (s: PullRequestScenario) => pullRequestEvent(gh, { repo: s.fullName, number: s.number, action: 'opened' });
const synchronized = (s: PullRequestScenario, before: string) =>
  pullRequestEvent(gh, { repo: s.fullName, number: s.number, action: 'synchronize', before });
const commented = (id: number) => issueCommentEvent(gh, { commentId: id, action: 'created' });
const checksOn = (s: PullRequestScenario, sha: string) => gh.state.checkRunsFor(s.fullName, sha);
const reportComments = (s: PullRequestScenario) => prView.reportComments(gh, s);
const withoutRecord = (body: string) => body.replace(/\n<!-- rsp-gate:record [A-Za-z0-9+/=]+ -->/, '');
const report = (s: PullRequestScenario) => {
  const comments = reportComments(s);
  expect(comments).toHaveLength(1);
  return comments[0]!.body;
};
const replies = (s: PullRequestScenario) => prView.replies(gh, s);
const lastReply = (s: PullRequestScenario) => prView.lastReply(gh, s);
const reactions = (id: number) => gh.state.comment(id)!.reactions.map((r) => `${r.content} by ${r.user.login}`);

/** The line the to-do shows for a safeguard, `fp:` included, copied as an owner would copy it. */
function checklistCommand(body: string, safeguard: string): string {
  const match = new RegExp(`^(/rsp attest ${safeguard} frontier-7 fp:[0-9a-f]+)$`, 'm').exec(body);
  expect(match, `the checklist shows no command for ${safeguard}`).not.toBeNull();
  return match![1]!;
}

describe('the App on pull_request', { timeout: 120_000 }, () => {
  it('fails a PR that crosses a threshold while declaring too low a level: a failure check on the head, one sticky comment', async () => {
    const s = await pullRequestScenario(gh, crossedResult);
    await send(await opened(s));

    const checks = checksOn(s, s.head);
    expect(checks.map((c) => [c.name, c.status, c.conclusion, c.app.slug])).toEqual([['rsp-gate', 'completed', 'failure', 'rsp-gate']]);
    expect(checks[0]!.output.title).toMatch(/^Failure: .*frontier-7 needs ASL-3 but declares ASL-2/);
    expect(checks[0]!.output.summary).toContain('DECLARED_LEVEL_TOO_LOW');
    expect(checks[0]!.annotations.map((a) => `${a.annotation_level} ${a.path}:${a.start_line}`)).toContain(
      'failure models/frontier-7/model.yaml:3',
    );
    expect(gh.state.checkRunsFor(s.fullName, s.base)).toHaveLength(0);

    const comments = reportComments(s);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.author.login).toBe('rsp-gate[bot]');
    expect(comments[0]!.body).toContain('DECLARED_LEVEL_TOO_LOW');
    expect(comments[0]!.body).toMatch(/\| cbrn-3 \| [^|]+ \| wmdp-bio \/ accuracy \| 0\.8 ± 0\.01 \|/);
    // The check links to the comment it summarises.
    expect(gh.state.checkRunsFor(s.fullName, s.head)[0]!.detailsUrl).toContain(`#issuecomment-${comments[0]!.id}`);
    expect(replies(s)).toHaveLength(0);
  });

  it('posts no comment and a neutral check when the PR touches nothing the policy governs', async () => {
    const s = await pullRequestScenario(gh, { 'README.md': '# models\n\nMore words.\n' });
    await send(await opened(s));

    expect(checksOn(s, s.head).map((c) => [c.conclusion, c.headSha])).toEqual([['neutral', s.head]]);
    expect(gh.state.commentsOn(s.fullName, s.number)).toHaveLength(0);
    expect(app.outcomes.at(-1)).toMatchObject({ status: 'evaluated', headSha: s.head, verdict: { conclusion: 'neutral' } });
  });
});

describe('the App on issue_comment', { timeout: 120_000 }, () => {
  it('turns green as the owners attest the claimed safeguards one by one with the fp: command of the checklist', async () => {
    const s = await pullRequestScenario(gh, claimedAtAsl3);
    await send(await opened(s));
    expect(checksOn(s, s.head).map((c) => c.conclusion)).toEqual(['action_required']);
    const first = report(s);
    expect(first).toMatch(/pending \| asl3-classifiers/);
    expect(first).toMatch(/pending \| asl3-egress/);

    // dave owns asl3-classifiers only through @acme/safeguards: the App reads the team's membership.
    const byDave = comment(s, 'dave', `Classifiers are live.\n${checklistCommand(first, 'asl3-classifiers')}`);
    await send(commented(byDave.id));
    expect(checksOn(s, s.head).map((c) => c.conclusion)).toEqual(['action_required', 'action_required']);
    const second = report(s);
    expect(second).toMatch(/attested \| asl3-classifiers .* dave/);
    expect(second).toMatch(/pending \| asl3-egress/);
    expect(reactions(byDave.id)).toEqual(['eyes by rsp-gate[bot]', '+1 by rsp-gate[bot]']);

    const byBob = comment(s, 'bob', checklistCommand(second, 'asl3-egress'));
    await send(commented(byBob.id));
    const checks = checksOn(s, s.head);
    expect(checks.map((c) => c.conclusion)).toEqual(['action_required', 'action_required', 'success']);
    expect(checks.at(-1)!.output.title).toMatch(/^Success/);
    expect(gh.state.checkRunsFor(s.fullName, s.base)).toHaveLength(0);
    const last = report(s);
    expect(last).toMatch(/attested \| asl3-classifiers .* dave/);
    expect(last).toMatch(/attested \| asl3-egress .* bob/);
    expect(reactions(byBob.id)).toEqual(['eyes by rsp-gate[bot]', '+1 by rsp-gate[bot]']);
    expect(replies(s)).toHaveLength(0);
  });

  it('refuses, with a reply saying why and no change to the verdict: a non-owner, the PR author, a command edited by someone else, an unknown safeguard', async () => {
    const s = await pullRequestScenario(gh, claimedAtAsl3);
    await send(await opened(s));
    const before = report(s);

    const cases: Array<{ author: string; body: string; edit?: string; why: RegExp }> = [
      { author: 'mallory', body: '/rsp attest asl3-egress', why: /mallory is not one of the owners of asl3-egress \(bob\)/ },
      // The App can read @acme/safeguards, and mallory is not in it.
      { author: 'mallory', body: '/rsp attest asl3-classifiers', why: /mallory is not one of the owners of asl3-classifiers/ },
      { author: PR_AUTHOR, body: '/rsp attest asl3-classifiers', why: /carol opened this PR and the policy does not let authors attest/ },
      { author: 'bob', body: 'LGTM', edit: '/rsp attest asl3-egress', why: /the comment was edited by mallory, not by its author bob/ },
      { author: 'alice', body: '/rsp attest asl9-mind-control', why: /the policy defines no safeguard "asl9-mind-control"/ },
    ];
    for (const [index, c] of cases.entries()) {
      const made = comment(s, c.author, c.body);
      if (c.edit !== undefined) gh.state.editComment(made.id, c.edit, 'mallory');
      const event =
        c.edit === undefined ? commented(made.id) : issueCommentEvent(gh, { commentId: made.id, action: 'edited', sender: 'mallory' });
      await send(event);
      expect(replies(s)).toHaveLength(index + 1);
      expect(lastReply(s)).toMatch(c.why);
      // No reply notifies anyone: every @ is followed by a zero-width space.
      expect(replies(s).at(-1)!.body).not.toMatch(/@[a-z]/i);
      expect(replies(s).at(-1)!.author.login).toBe('rsp-gate[bot]');
      expect(reactions(made.id)).toEqual(['eyes by rsp-gate[bot]', '-1 by rsp-gate[bot]']);
      // The verdict stands: the check on the head is still action_required, the report unchanged but for its audit
      // record, whose ledger now holds the refusal.
      expect(checksOn(s, s.head).at(-1)).toMatchObject({ conclusion: 'action_required', headSha: s.head });
      expect(withoutRecord(report(s))).toBe(withoutRecord(before));
      expect(decodeRecord(report(s))!.ledger.filter((e) => !e.counted)).toHaveLength(index + 1);
    }
    expect(checksOn(s, s.head).map((c) => c.conclusion)).toEqual(Array(cases.length + 1).fill('action_required'));
    expect(report(s)).not.toMatch(/attested \|/);
  });

  it('re-evaluates on /rsp evaluate and puts the check on the PR head, not the default branch', async () => {
    const s = await pullRequestScenario(gh, crossedResult);
    // The default branch has moved on since the PR was opened: its tip is neither the PR's base nor its head.
    const tip = await s.repo.commit({ 'README.md': '# models\n\nDocs.\n' }, 'docs on main', '2026-01-05T10:00:00Z');

    const byReader = comment(s, 'reader', '/rsp evaluate');
    await send(commented(byReader.id));
    expect(gh.state.checkRunsFor(s.fullName)).toHaveLength(0);
    expect(lastReply(s)).toMatch(/reader has read access to this repository; write access is needed/);
    expect(reactions(byReader.id)).toEqual(['eyes by rsp-gate[bot]', '-1 by rsp-gate[bot]']);

    const byJordan = comment(s, 'jordan', '/rsp evaluate');
    await send(commented(byJordan.id));
    expect(gh.state.checkRunsFor(s.fullName).map((c) => [c.headSha, c.conclusion])).toEqual([[s.head, 'failure']]);
    expect(gh.state.checkRunsFor(s.fullName, tip)).toHaveLength(0);
    expect(gh.state.checkRunsFor(s.fullName, s.base)).toHaveLength(0);
    expect(report(s)).toContain('DECLARED_LEVEL_TOO_LOW');
    expect(reactions(byJordan.id)).toEqual(['eyes by rsp-gate[bot]', '+1 by rsp-gate[bot]']);
    expect(replies(s)).toHaveLength(1);
  });
});

describe('the App on a PR that changes the policy', { timeout: 120_000 }, () => {
  it("judges it by the base policy, shows the new policy's impact and needs /rsp approve-policy from an approver", async () => {
    const raised = fixture('rsp-policy.yml').replace('threshold: 0.65', 'threshold: 0.95');
    const s = await pullRequestScenario(gh, { ...crossedResult, '.github/rsp-policy.yml': raised });
    await send(await opened(s));
    expect(checksOn(s, s.head).map((c) => c.conclusion)).toEqual(['failure']);
    const body = report(s);
    // Judged by the base policy (threshold 0.65): frontier-7 needs ASL-3 and declares ASL-2.
    expect(body).toContain('DECLARED_LEVEL_TOO_LOW');
    expect(body).toMatch(/\| wmdp-bio \/ accuracy \| 0\.8 ± 0\.01 \| [^|]+ \| 0\.5 \/ 0\.65 \|/);
    // The new policy's impact: under it, frontier-7 would need ASL-2 only.
    expect(body).toContain('Policy impact');
    expect(body).toMatch(/\| frontier-7 \| ASL-3 \| \*\*ASL-2\*\* \|/);
    expect(body).toContain('POLICY_CHANGE_UNAPPROVED');

    const byAlice = comment(s, 'alice', '/rsp approve-policy');
    await send(commented(byAlice.id));
    expect(lastReply(s)).toMatch(/alice is not one of the policy approvers/);
    expect(reactions(byAlice.id)).toEqual(['eyes by rsp-gate[bot]', '-1 by rsp-gate[bot]']);
    expect(report(s)).toContain('POLICY_CHANGE_UNAPPROVED');

    const byJordan = comment(s, 'jordan', '/rsp approve-policy');
    await send(commented(byJordan.id));
    expect(reactions(byJordan.id)).toEqual(['eyes by rsp-gate[bot]', '+1 by rsp-gate[bot]']);
    const after = report(s);
    expect(after).toContain('approved by jordan');
    expect(after).not.toContain('POLICY_CHANGE_UNAPPROVED');
    // Approved, yet still judged by the base policy.
    expect(after).toContain('DECLARED_LEVEL_TOO_LOW');
    expect(checksOn(s, s.head).map((c) => c.conclusion)).toEqual(['failure', 'failure', 'failure']);
    expect(replies(s)).toHaveLength(1);
  });
});

describe('the App on pull_request.synchronize', { timeout: 120_000 }, () => {
  it("keeps fp-bound attestations across a push that leaves the evidence alone, and drops them when a push changes the model's results", async () => {
    const s = await pullRequestScenario(gh, claimedAtAsl3);
    await send(await opened(s));
    const first = report(s);
    const fp = /fp:([0-9a-f]+)/.exec(checklistCommand(first, 'asl3-egress'))![1]!;
    comment(s, 'dave', checklistCommand(first, 'asl3-classifiers'));
    const byBob = comment(s, 'bob', checklistCommand(first, 'asl3-egress'));
    await send(commented(byBob.id));
    expect(checksOn(s, s.head).at(-1)).toMatchObject({ conclusion: 'success', headSha: s.head });

    // A push that changes nothing judged: the attestations are bound to the same evidence, and still count.
    const docs = await s.push({ 'docs/notes.md': 'notes\n' }, '2026-01-06T09:00:00Z');
    await send(await synchronized(s, s.head));
    expect(checksOn(s, docs).map((c) => [c.conclusion, c.headSha])).toEqual([['success', docs]]);
    expect(report(s)).toMatch(/attested \| asl3-egress .* bob/);

    // A push that changes frontier-7's results: a new fingerprint, so both attestations are outdated.
    const newResults = fixture('results-crossed.yaml').replace('value: 0.80', 'value: 0.90');
    const rerun = await s.push({ 'evals/frontier-7/wmdp-2026-01-03.yaml': newResults }, '2026-01-06T10:00:00Z');
    await send(await synchronized(s, docs));
    expect(checksOn(s, rerun).map((c) => [c.conclusion, c.headSha])).toEqual([['action_required', rerun]]);
    // The older heads keep their own checks; nothing was written on them again.
    expect(checksOn(s, docs)).toHaveLength(1);
    const body = report(s);
    expect(body).toContain('0.9 ± 0.01');
    expect(body).toMatch(/pending \| asl3-classifiers/);
    expect(body).toMatch(/pending \| asl3-egress/);
    expect(body).toContain('ATTESTATION_OUTDATED');
    expect(checklistCommand(body, 'asl3-egress')).not.toContain(`fp:${fp}`);
    expect(app.outcomes.at(-1)).toMatchObject({ status: 'evaluated', headSha: rerun, verdict: { conclusion: 'action_required' } });
  });
});
