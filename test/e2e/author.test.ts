// What a PR author (or anyone with write access) can try against the gate, through the bundled Action and the stand-in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS_TOKEN } from '../stand-in/identities.ts';
import { startStandIn, type StandIn } from '../stand-in/server.ts';
import { badGateway } from '../stand-in/faults.ts';
import { issueCommentEvent, pullRequestEvent, type WebhookEvent } from '../stand-in/webhooks.ts';
import { bundleAction, type runAction, runGateStep, type ActionRun } from './action-runner.ts';
import * as prView from './pr-view.ts';
import { baseFiles, claimedAtAsl3, crossedResult, fixture, pullRequestScenario, type PullRequestScenario } from './repo.ts';

let gh: StandIn;
let bundle: { file: string; remove(): Promise<void> };
let postBundle: { file: string; remove(): Promise<void> };
let minute = 0;

beforeAll(async () => {
  [gh, bundle, postBundle] = await Promise.all([startStandIn(), bundleAction(), bundleAction('src/action/post-index.ts')]);
  gh.state.clock = () => new Date(Date.UTC(2026, 0, 5, 12, minute++));
});

afterAll(async () => {
  expect(gh.invalidRequests().map((r) => `${r.method} ${r.path}: ${r.invalid}`)).toEqual([]);
  expect(gh.requests.filter((r) => r.responseProblem).map((r) => r.responseProblem)).toEqual([]);
  await Promise.all([gh.close(), bundle.remove(), postBundle.remove()]);
});

const comment = (s: PullRequestScenario, author: string, body: string) =>
  gh.state.addComment({ repo: s.fullName, issueNumber: s.number, body, author });
const opened = (s: PullRequestScenario) => pullRequestEvent(gh, { repo: s.fullName, number: s.number, action: 'opened' });
const synchronized = (s: PullRequestScenario, before: string) =>
  pullRequestEvent(gh, { repo: s.fullName, number: s.number, action: 'synchronize', before });
const commented = (id: number) => issueCommentEvent(gh, { commentId: id, action: 'created' });
const headOf = (s: PullRequestScenario) => gh.state.pullRequest(s.fullName, s.number)!.head.sha;
const latestCheck = (s: PullRequestScenario, sha = headOf(s)) => gh.state.checkRunsFor(s.fullName, sha).at(-1);
/** The report as it reads: Markdown escapes and the zero-width spaces that break mentions and links removed. */
const report = (s: PullRequestScenario) => (prView.reportComments(gh, s)[0]?.body ?? '').replace(/\\(.)/g, '$1').replace(/\u200b/g, '');

function run(
  s: PullRequestScenario,
  event: WebhookEvent,
  inputs: Record<string, string> = {},
  sha?: string,
  step: Partial<Parameters<typeof runAction>[0]> = {},
): Promise<ActionRun> {
  return runGateStep(gh, s.fullName, event, { ...step, bundle: step.bundle ?? bundle.file, inputs, ...(sha === undefined ? {} : { sha }) });
}

/** The `fp:` a finding of the report offers to paste for `command` (e.g. `/rsp approve-assessment frontier-7`). */
function offeredFingerprint(body: string, command: string): string {
  const at = body.indexOf(`${command} fp:`);
  expect(at, body).toBeGreaterThanOrEqual(0);
  const fp = body.slice(at + command.length + 4, at + command.length + 24);
  expect(fp).toMatch(/^[0-9a-f]{20}$/);
  return fp;
}

/** The base already at ASL-3 with both safeguards in its ledger and the crossing result. */
const atAsl3 = () => ({ ...baseFiles(), ...claimedAtAsl3 });

describe('claims a PR makes without sign-off', { timeout: 180_000 }, () => {
  it('removing a safeguard from the ledger leaves it pending, saying it was removed', async () => {
    const dropped = fixture('model-asl3-claimed.yaml').replace(
      'safeguards: [asl3-classifiers, asl3-egress]',
      'safeguards: [asl3-classifiers]',
    );
    const s = await pullRequestScenario(gh, { 'models/frontier-7/model.yaml': dropped }, { base: atAsl3() });
    const result = await run(s, await opened(s));
    expect(result.outputs.conclusion).toBe('action_required');
    expect(report(s)).toMatch(/pending \| asl3-egress/);
    expect(report(s)).toContain('removes it from the ledger');
  });

  it('deleting the crossing result and lowering the declared level needs the assessors; attested by fp, it passes', async () => {
    const lowered = fixture('model-asl2.yaml');
    const s = await pullRequestScenario(
      gh,
      { 'evals/frontier-7/wmdp-2026-01-03.yaml': null, 'models/frontier-7/model.yaml': lowered },
      { base: atAsl3() },
    );
    const first = await run(s, await opened(s));
    expect(first.outputs.conclusion).not.toBe('success');
    expect(latestCheck(s)!.conclusion).not.toBe('success');
    const body = report(s);
    expect(body).toContain('CLAIM_UNATTESTED');
    expect(body).toMatch(/lowers declared_level from ASL-3 to ASL-2/);
    expect(body).toMatch(/removes or replaces 1 result/);

    // The policy names no assessors, so its policy approver (jordan) attests.
    const fp = offeredFingerprint(body, '/rsp approve-assessment frontier-7');
    const byJordan = comment(s, 'jordan', `/rsp approve-assessment frontier-7 fp:${fp}`);
    const second = await run(s, commented(byJordan.id), {}, s.base);
    expect(second.outputs.conclusion).toBe('success');
    expect(report(s)).not.toContain('CLAIM_UNATTESTED');
  });

  it('editing last_assessment alone does not clear a notable compute increase', async () => {
    const grown = fixture('model-asl2.yaml')
      .replace('effective_compute: 1.0e25\n', 'effective_compute: 8.0e25\n')
      .replace(
        'last_assessment: { date: 2026-01-01, effective_compute: 1.0e25 }',
        'last_assessment: { date: 2026-01-04, effective_compute: 8.0e25 }',
      );
    const s = await pullRequestScenario(gh, { 'models/frontier-7/model.yaml': grown });
    const result = await run(s, await opened(s));
    expect(result.outputs.conclusion).toBe('failure');
    expect(report(s)).toContain('NOTABLE_INCREASE_UNASSESSED');
    expect(report(s)).toMatch(/changes last_assessment/);
  });

  it('a fingerprint of 12 hex digits is refused: 80 bits at least', async () => {
    const s = await pullRequestScenario(gh, claimedAtAsl3);
    await run(s, await opened(s));
    const fp = offeredFingerprint(report(s), '/rsp attest asl3-egress frontier-7');
    const short = comment(s, 'bob', `/rsp attest asl3-egress frontier-7 fp:${fp.slice(0, 12)}`);
    await run(s, commented(short.id), {}, s.base);
    expect(prView.lastReply(gh, s)).toMatch(/is not a fingerprint \(fp: followed by 20 to 64 hex digits\)/);
    expect(report(s)).toMatch(/pending \| asl3-egress/);
  });
});

describe('approvals and attestations bound to what was seen', { timeout: 180_000 }, () => {
  it('an approve-policy bound by fp stops applying when a later push changes the policy again, and the comment says so', async () => {
    const raised = fixture('rsp-policy.yml').replace('threshold: 0.65', 'threshold: 0.70');
    const s = await pullRequestScenario(gh, { '.github/rsp-policy.yml': raised });
    await run(s, await opened(s));
    const fp = offeredFingerprint(report(s), '/rsp approve-policy');
    const byJordan = comment(s, 'jordan', `/rsp approve-policy fp:${fp}`);
    await run(s, commented(byJordan.id), {}, s.base);
    expect(report(s)).toContain('approved by jordan');

    const before = s.head;
    await s.push({ '.github/rsp-policy.yml': raised.replace('threshold: 0.70', 'threshold: 0.99') });
    const after = await run(s, await synchronized(s, before));
    expect(after.outputs.conclusion).toBe('action_required');
    expect(report(s)).toContain('APPROVAL_OUTDATED');
    expect(report(s)).toMatch(/approval of the policy change by jordan no longer applies/);
    expect(report(s)).toContain('POLICY_CHANGE_UNAPPROVED');
  });

  it('force-pushing back to a commit pushed before an attestation does not revive it', async () => {
    const s = await pullRequestScenario(gh, claimedAtAsl3);
    const first = s.head;
    await run(s, await opened(s));
    // A second head, attested without fp by both owners after its push.
    const second = await s.push({ 'docs/notes.md': 'notes\n' });
    comment(s, 'alice', '/rsp attest asl3-classifiers');
    const byBob = comment(s, 'bob', '/rsp attest asl3-egress');
    expect((await run(s, commented(byBob.id), {}, s.base)).outputs.conclusion).toBe('success');

    // The author force-pushes back to the first head: its check suite predates the attestations, the force push does not.
    gh.state.pushToPullRequest(s.fullName, s.number, first, { force: true });
    const after = await run(s, await synchronized(s, second));
    expect(after.outputs.conclusion).toBe('action_required');
    expect(latestCheck(s, first)).toMatchObject({ conclusion: 'action_required' });
    expect(report(s)).toContain('ATTESTATION_OUTDATED');
  });

  it('an owner whose write access was removed no longer counts at the next evaluation', async () => {
    const s = await pullRequestScenario(gh, claimedAtAsl3);
    comment(s, 'alice', '/rsp attest asl3-classifiers');
    const byBob = comment(s, 'bob', '/rsp attest asl3-egress');
    expect((await run(s, commented(byBob.id), {}, s.base)).outputs.conclusion).toBe('success');
    gh.state.setRole(s.fullName, 'bob', 'read');
    const again = await run(s, await opened(s));
    expect(again.outputs.conclusion).toBe('action_required');
    expect(report(s)).toMatch(/pending \| asl3-egress/);
  });

  it('a command inside <pre> does not count', async () => {
    const s = await pullRequestScenario(gh, claimedAtAsl3);
    comment(s, 'alice', '/rsp attest asl3-classifiers');
    const pre = comment(s, 'bob', 'For the record:\n<pre>\n/rsp attest asl3-egress\n</pre>');
    const result = await run(s, commented(pre.id), {}, s.base);
    expect(result.outputs.conclusion).toBe('skipped');
    expect((await run(s, await opened(s))).outputs.conclusion).toBe('action_required');
  });
});

describe('the report and the check', { timeout: 180_000 }, () => {
  it("an edit of the gate's report by someone else is written over with the real report", async () => {
    const s = await pullRequestScenario(gh, crossedResult);
    await run(s, await opened(s));
    const sticky = prView.reportComments(gh, s)[0]!;
    const real = sticky.body;
    expect(real).toContain(`<!-- rsp-gate:head ${s.head} -->`);
    gh.state.editComment(sticky.id, 'All checks passed ✅', 'mallory');
    const result = await run(s, issueCommentEvent(gh, { commentId: sticky.id, action: 'edited', sender: 'mallory' }), {}, s.base);
    expect(result.outputs.conclusion).toBe('failure');
    expect(gh.state.comment(sticky.id)!.body).toBe(real);
  });

  it("a same-named status from another workflow is reported in the gate's check and comment", async () => {
    const s = await pullRequestScenario(gh, crossedResult);
    const forged = await fetch(`${gh.url}/repos/${s.fullName}/statuses/${s.head}`, {
      method: 'POST',
      headers: { authorization: `token ${ACTIONS_TOKEN}`, 'content-type': 'application/json', accept: 'application/vnd.github+json' },
      body: JSON.stringify({ state: 'success', context: 'rsp-gate', description: 'all good' }),
    });
    expect(forged.status).toBe(201);
    const result = await run(s, await opened(s));
    expect(result.outputs.conclusion).toBe('failure');
    expect(report(s)).toContain('FOREIGN_CHECK');
    expect(latestCheck(s)!.output.summary).toContain('FOREIGN_CHECK');
  });

  it('a comment-triggered run that cannot read the PR replaces an earlier green check with a failure saying why', async () => {
    const s = await pullRequestScenario(gh, claimedAtAsl3);
    comment(s, 'alice', '/rsp attest asl3-classifiers');
    const byBob = comment(s, 'bob', '/rsp attest asl3-egress');
    expect((await run(s, commented(byBob.id), {}, s.base)).outputs.conclusion).toBe('success');

    const revoke = comment(s, 'bob', '/rsp revoke asl3-egress');
    gh.failNext({ match: 'graphql', ...badGateway(), times: 50 });
    const result = await run(s, commented(revoke.id), {}, s.base);
    gh.reset();
    expect(result.code).toBe(1);
    const check = latestCheck(s)!;
    expect(check.conclusion).toBe('failure');
    expect((check.output.summary ?? '').replace(/\u200b/g, '')).toMatch(
      /could not read pull request #7: POST .*graphql failed with HTTP 502/,
    );
  });
});

describe('a policy with its own paths', { timeout: 120_000 }, () => {
  it('finds the models and results where the policy says they are', async () => {
    const policy = `${fixture('rsp-policy.yml')}paths:\n  models: ['ai/*/config.yaml']\n  evals: ['results/**']\n`;
    const base = { '.github/rsp-policy.yml': policy, 'ai/frontier-7/config.yaml': fixture('model-asl2.yaml'), 'README.md': '# models\n' };
    const s = await pullRequestScenario(gh, { 'results/frontier-7/wmdp.yaml': fixture('results-crossed.yaml') }, { base });
    const result = await run(s, await opened(s));
    expect(result.outputs.conclusion).toBe('failure');
    expect(report(s)).toContain('DECLARED_LEVEL_TOO_LOW');
    expect(latestCheck(s)!.annotations.map((a) => a.path)).toContain('ai/frontier-7/config.yaml');
  });
});

describe('the size of the report', { timeout: 120_000 }, () => {
  it("a report far longer than a comment is cut to fit GitHub's 65,536 characters, head marker included", async () => {
    // 150 models crossing a threshold while declaring too low a level: their details run far past the limit.
    const files: Record<string, string> = {};
    for (let i = 0; i < 150; i++) {
      const id = `frontier-${String(i).padStart(3, '0')}`;
      files[`models/${id}/model.yaml`] = fixture('model-asl2.yaml').replaceAll('frontier-7', id);
      files[`evals/${id}/wmdp-2026-01-03.yaml`] = fixture('results-crossed.yaml').replace('frontier-7', id);
    }
    const s = await pullRequestScenario(gh, files);
    const result = await run(s, await opened(s));
    expect(result.outputs.conclusion).toBe('failure');
    // The stand-in refuses a body over 65,536 characters as GitHub does: a cap raised past it fails here.
    expect(result.stdout).not.toContain('could not write the PR comment');
    const body = prView.reportComments(gh, s)[0]!.body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain('frontier-149');
    expect(body.endsWith(`<!-- rsp-gate:head ${s.head} -->`)).toBe(true);
  });
});

describe('a run that is killed', { timeout: 120_000 }, () => {
  it('starts its check before evaluating; cancelled or timed out, the post step completes it as failure with the reason', async () => {
    const s = await pullRequestScenario(gh, claimedAtAsl3);
    const event = await opened(s);
    // GitHub is slow to answer, and the job is killed meanwhile.
    gh.delayNext({ match: 'repos/compare-commits-with-basehead', ms: 8_000 });
    const killed = await run(s, event, {}, undefined, { timeoutMs: 4_000 });
    expect(killed.code).not.toBe(0);
    expect(latestCheck(s)).toMatchObject({ status: 'in_progress' });
    expect(prView.reportComments(gh, s)).toHaveLength(0);

    const post = await run(s, event, {}, undefined, { bundle: postBundle.file, state: killed.state });
    expect(post.code).toBe(0);
    const check = latestCheck(s)!;
    expect(check).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(check.output.summary).toMatch(/cancelled or timed out before rsp-gate finished/);
  });

  it('after a run that finished, the post step leaves the check alone, completed in place with the verdict', async () => {
    const s = await pullRequestScenario(gh, claimedAtAsl3);
    const event = await opened(s);
    const done = await run(s, event);
    expect(done.state['check-run-id']).toBe(String(latestCheck(s)!.id));
    expect(gh.state.checkRunsFor(s.fullName, s.head)).toHaveLength(1);
    await run(s, event, {}, undefined, { bundle: postBundle.file, state: done.state });
    expect(gh.state.checkRunsFor(s.fullName, s.head).map((c) => [c.status, c.conclusion])).toEqual([['completed', 'action_required']]);
  });
});
