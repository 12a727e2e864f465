// The bundled Action, run as the runner runs it, against the GitHub stand-in.
import { EVENT_CASES } from '../cases/events.ts';
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { FORK_TOKEN } from '../stand-in/identities.ts';
import type { StandIn } from '../stand-in/server.ts';
import { badGateway, secondaryRateLimit } from '../stand-in/faults.ts';
import { issueCommentEvent, pullRequestEvent, type WebhookEvent } from '../stand-in/webhooks.ts';
import { PR_SCENARIOS } from '../cases/pull-requests.ts';
import { playScenario, type GateUnderTest } from './play-scenario.ts';
import { runGateStep, type ActionRun, useActionAgainstStandIn } from './action-runner.ts';
import * as prView from './pr-view.ts';
import { claimedAtAsl3, crossedResult, fixture, pullRequestScenario, type PullRequestScenario } from './repo.ts';

const shared = useActionAgainstStandIn();
let gh: StandIn;
let bundle: { file: string };
beforeAll(() => ({ gh, bundle } = shared));

/** Comments are made after the PR's head commit (2026-01-05 09:00), by the stand-in's clock. */
function comment(s: PullRequestScenario, author: string, body: string) {
  return gh.state.addComment({ repo: s.fullName, issueNumber: s.number, body, author });
}

async function run(s: PullRequestScenario, event: WebhookEvent, inputs: Record<string, string> = {}, sha?: string): Promise<ActionRun> {
  return runGateStep(gh, s.fullName, event, { bundle: bundle.file, inputs, ...(sha === undefined ? {} : { sha }) });
}

const opened = (s: PullRequestScenario) => pullRequestEvent(gh, { repo: s.fullName, number: s.number, action: 'opened' });
const commented = (id: number) => issueCommentEvent(gh, { commentId: id, action: 'created' });
const latestCheck = (s: PullRequestScenario, sha = gh.state.pullRequest(s.fullName, s.number)!.head.sha) =>
  gh.state.checkRunsFor(s.fullName, sha).at(-1);
const reportComments = (s: PullRequestScenario) => prView.reportComments(gh, s);
const _replies = (s: PullRequestScenario) => prView.replies(gh, s);
const lastReply = (s: PullRequestScenario) => prView.lastReply(gh, s);

const viaAction: GateUnderTest = {
  async run(s, event) {
    // Comment events run on the default branch, as GitHub starts them; PR events on the PR's merge ref.
    const sha = event.name === 'issue_comment' ? s.base : undefined;
    return (await run(s, event, {}, sha)).outputs.conclusion;
  },
};

describe('the pull-request scenarios, through the bundled Action', { timeout: 120_000 }, () => {
  it.each(PR_SCENARIOS)('$name', (scenario) => playScenario(gh, scenario, viaAction));
});

describe('the Action on pull_request', () => {
  it('reports a failure through its exit code, an error line, its outputs, the JSON report and the job summary', async () => {
    const s = await pullRequestScenario(gh, crossedResult);
    const result = await run(s, await opened(s));

    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error::rsp-gate: failure: frontier-7 needs ASL-3 but declares ASL-2');
    expect(result.outputs).toMatchObject({ conclusion: 'failure', 'required-level': 'ASL-3' });
    const report = JSON.parse(readFileSync(result.outputs['report-path']!, 'utf8')) as {
      conclusion: string;
      models: Array<{ id: string; requiredLevel: string }>;
    };
    expect(report.conclusion).toBe('failure');
    expect(report.models.map((m) => [m.id, m.requiredLevel])).toEqual([['frontier-7', 'ASL-3']]);
    expect(result.summary).toContain('frontier-7 needs ASL-3 but declares ASL-2');
    // The check links to the workflow run, where the full details are.
    expect(latestCheck(s, s.head)).toMatchObject({ headSha: s.head, detailsUrl: `https://github.example/${s.fullName}/actions/runs/1001` });
  });

  it("prints a model config's text on one line, so that it cannot start a workflow command", async () => {
    const forged =
      'id: frontier-7\naliases: [acme/frontier-7]\ndeclared_level: "ASL-9\\n::error title=forged::rsp-gate passed\\n::add-mask::frontier-7"\n';
    const s = await pullRequestScenario(gh, { ...crossedResult, 'models/frontier-7/model.yaml': forged });
    const result = await run(s, await opened(s));

    expect(result.code).toBe(1);
    expect(result.outputs.conclusion).toBe('failure');
    expect(result.stdout).toContain('ASL-9 ::error title=forged::');
    expect(
      result.stdout.split('\n').filter((line) => line.startsWith('::error title=forged') || line.startsWith('::add-mask::frontier-7')),
    ).toEqual([]);
  });

  it('writes a commit status of the same name when asked to', async () => {
    const s = await pullRequestScenario(gh, crossedResult);
    await run(s, await opened(s), { report: 'status', comment: 'never' });
    expect(gh.state.statusesFor(s.fullName, s.head).map((st) => [st.context, st.state])).toEqual([['rsp-gate', 'failure']]);
    expect(gh.state.checkRunsFor(s.fullName, s.head)).toHaveLength(0);
    expect(reportComments(s)).toHaveLength(0);
  });

  it('fails closed with a clear message when the token is read-only (a fork PR on pull_request)', async () => {
    const s = await pullRequestScenario(gh, crossedResult);
    const event = await opened(s);
    const result = await run(s, event, { 'github-token': FORK_TOKEN });
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /::error::rsp-gate could not publish its result: could not write the check run \(nor its commit-status fallback\): POST .* failed with HTTP 403.*; could not write the PR comment: POST .* failed with HTTP 403/,
    );
    // The only place the token appears is the command that tells the runner to mask it.
    const mentions = result.stdout.split('\n').filter((line) => line.includes(FORK_TOKEN));
    expect(mentions).toEqual([`::add-mask::${FORK_TOKEN}`]);
    expect(result.stderr).not.toContain(FORK_TOKEN);
  });

  it('retries a 502 and a secondary rate limit, then publishes', async () => {
    const s = await pullRequestScenario(gh, crossedResult);
    const event = await opened(s);
    gh.reset();
    gh.failNext({ match: 'git/get-tree', ...badGateway() });
    gh.failNext({ match: 'checks/create', ...secondaryRateLimit(1) });
    const result = await run(s, event);

    expect(result.outputs.conclusion).toBe('failure');
    expect(latestCheck(s, s.head)).toMatchObject({ conclusion: 'failure' });
    const faults = gh.requests.filter((r) => r.fault).map((r) => `${r.status} ${r.operationId}`);
    // The check is started (in progress) before the evaluation reads the trees.
    expect(faults).toEqual(['403 checks/create', '502 git/get-tree']);
    expect(gh.requests.filter((r) => r.operationId === 'checks/create').map((r) => r.status)).toEqual([403, 201]);
    expect(gh.requests.filter((r) => r.operationId === 'git/get-tree').map((r) => r.status)).toEqual([502, 200, 200]);
  });

  it('fails the check with the reason when GitHub answers an error that retries cannot fix', async () => {
    const s = await pullRequestScenario(gh, crossedResult);
    const event = await opened(s);
    gh.failNext({ match: 'repos/compare-commits-with-basehead', status: 404, body: { message: 'Not Found' } });
    const result = await run(s, event);
    expect(result.code).toBe(1);
    expect(result.outputs.conclusion).toBe('failure');
    const check = latestCheck(s, s.head)!;
    expect(check.conclusion).toBe('failure');
    expect(check.output.title).toMatch(/^Failure: rsp-gate could not evaluate this pull request/);
    expect(check.output.summary).toMatch(/could not evaluate this pull request: GET .*\/compare\/.* failed with HTTP 404: Not Found/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('fails the check when the push time of the head cannot be read, instead of counting attestations blindly', async () => {
    // No suite showed on the head when the PR was read, so its suites are asked for again after the check started.
    const s = await pullRequestScenario(gh, crossedResult, { actionsSuite: false });
    const event = await opened(s);
    gh.failNext({ match: 'checks/list-suites-for-ref', status: 403, body: { message: 'Resource not accessible by integration' } });
    const result = await run(s, event);
    expect(result.code).toBe(1);
    expect(result.outputs.conclusion).toBe('failure');
    const check = latestCheck(s, s.head)!;
    expect(check.conclusion).toBe('failure');
    expect(check.output.summary).toMatch(/check-suites.* failed with HTTP 403/);
  });

  it("evaluates a PR changing 300 result files in no more than 12 requests (one of them the owners' first review request)", async () => {
    const files: Record<string, string> = { ...claimedAtAsl3 };
    for (let i = 0; i < 300; i++) {
      files[`evals/frontier-7/runs/run-${String(i).padStart(3, '0')}.yaml`] = fixture('results-below.yaml').replace(
        '0.30',
        (0.2 + i / 10_000).toFixed(4),
      );
    }
    const s = await pullRequestScenario(gh, files);
    const event = await opened(s);
    gh.reset();
    const result = await run(s, event);

    expect(result.outputs.conclusion).toBe('action_required');
    const requests = gh.requests.map((r) => `${r.method} ${r.operationId ?? r.path}`);
    expect(requests.length, requests.join('\n')).toBeLessThanOrEqual(12);
    expect(requests.filter((r) => r === 'POST pulls/request-reviewers')).toHaveLength(1);
    // The check is written before the comment.
    expect(requests.indexOf('POST checks/create')).toBeLessThan(requests.indexOf('POST issues/create-comment'));
    expect(requests.indexOf('PATCH checks/update')).toBeLessThan(requests.indexOf('POST issues/create-comment'));
    // The head's check suites (which time its push) and same-named checks and statuses come with the PR's snapshot.
    expect(requests.filter((r) => /list-suites-for-ref|checks\/list-for-ref|list-commit-statuses-for-ref/.test(r))).toEqual([]);
    expect(reportComments(s)).toHaveLength(1);
    expect(latestCheck(s, s.head)).toMatchObject({ conclusion: 'action_required' });
  });
});

describe('the Action on issue_comment', { timeout: 120_000 }, () => {
  it('says why a team owner cannot be recognised with the workflow token', async () => {
    const s = await pullRequestScenario(gh, claimedAtAsl3);
    await run(s, await opened(s));
    const byDave = comment(s, 'dave', '/rsp attest asl3-classifiers');
    await run(s, commented(byDave.id), {}, s.base);
    expect(lastReply(s)).toMatch(
      /team membership could not be checked for @acme\/safeguards \(the token cannot read organisation membership/,
    );
  });

  it('answers /rsp explain and /rsp help, and ignores comments without commands', async () => {
    const s = await pullRequestScenario(gh, crossedResult);
    const chatter = comment(s, 'alice', 'Nice work!\n> /rsp evaluate\n```\n/rsp attest asl3-egress\n```');
    gh.reset();
    const ignored = await run(s, commented(chatter.id), {}, s.base);
    expect(ignored.code).toBe(0);
    expect(ignored.outputs.conclusion).toBe('skipped');
    expect(gh.requests.map((r) => r.operationId)).toEqual(['graphql']);

    const ask = comment(s, 'mallory', '/rsp explain frontier-7\n/rsp frobnicate');
    await run(s, commented(ask.id), {}, s.base);
    const reply = lastReply(s);
    expect(reply).toContain('cbrn-3');
    expect(reply).toMatch(/lower bound 0\.7804 ≥ threshold 0\.65|crossed/);
    expect(reply).toContain('unknown sub-command');
    expect(reply).toContain('/rsp approve-policy');
  });

  it('outdates an attestation without fp when the PR head moves on, and keeps one bound by fp while the evidence is unchanged', async () => {
    const s = await pullRequestScenario(gh, claimedAtAsl3);
    await run(s, await opened(s));
    const fp = /fp:([0-9a-f]{20})/.exec(reportComments(s)[0]!.body)![1]!;
    comment(s, 'alice', '/rsp attest asl3-classifiers');
    const byBob = comment(s, 'bob', `/rsp attest asl3-egress frontier-7 fp:${fp}`);
    expect((await run(s, commented(byBob.id), {}, s.base)).outputs.conclusion).toBe('success');

    // A push after the comments (GitHub Actions gets a suite for it then): the unbound attestation no longer counts,
    // the bound one still does, since the push leaves the evidence alone.
    const pushed = await s.push({ 'docs/notes.md': 'notes\n' }, '2026-01-06T09:00:00Z');
    const sync = await pullRequestEvent(gh, { repo: s.fullName, number: s.number, action: 'synchronize', before: s.head });
    const after = await run(s, sync);
    expect(after.outputs.conclusion).toBe('action_required');
    expect(latestCheck(s, pushed)).toMatchObject({ conclusion: 'action_required', headSha: pushed });
    const body = reportComments(s)[0]!.body;
    expect(body).toMatch(/attested \| asl3-egress/);
    expect(body).toMatch(/pending \| asl3-classifiers/);
    expect(body).toContain('ATTESTATION_OUTDATED');
  });
  it('outdates an attestation without fp when a push backdated to before it changes the results: the check is not success', async () => {
    const s = await pullRequestScenario(gh, claimedAtAsl3);
    await run(s, await opened(s));
    comment(s, 'alice', '/rsp attest asl3-classifiers');
    const byBob = comment(s, 'bob', '/rsp attest asl3-egress frontier-7');
    expect((await run(s, commented(byBob.id), {}, s.base)).outputs.conclusion).toBe('success');
    const attestedAt = gh.state.comment(byBob.id)!.createdAt;

    // The author pushes new results, in a commit whose dates claim it was made before both attestations.
    const backdated = '2026-01-05T10:00:00Z';
    const newResults = fixture('results-crossed.yaml').replace('value: 0.80', 'value: 0.90');
    const pushed = await s.push({ 'evals/frontier-7/wmdp-2026-01-03.yaml': newResults }, backdated);
    const commit = await gh.state.repo(s.fullName)!.git.commit(pushed);
    expect(Date.parse(commit!.committer.date)).toBeLessThan(Date.parse(attestedAt));
    // GitHub timed the push by the suite it created for the new head: after the attestations.
    const suites = gh.state.checkSuitesFor(s.fullName, pushed);
    expect(suites.map((suite) => suite.app.slug)).toEqual(['github-actions']);
    expect(Date.parse(suites[0]!.createdAt)).toBeGreaterThan(Date.parse(attestedAt));

    gh.reset();
    const sync = await pullRequestEvent(gh, { repo: s.fullName, number: s.number, action: 'synchronize', before: s.head });
    const after = await run(s, sync);
    // The push is timed from the head's check suites, read with the PR's snapshot.
    expect(gh.requests.filter((r) => r.operationId === 'checks/list-suites-for-ref')).toEqual([]);
    expect(after.outputs.conclusion).toBe('action_required');
    expect(latestCheck(s, pushed)).toMatchObject({ conclusion: 'action_required', headSha: pushed });
    expect(gh.state.checkRunsFor(s.fullName, pushed).map((c) => c.conclusion)).not.toContain('success');
    const body = reportComments(s)[0]!.body;
    expect(body).toMatch(/pending \| asl3-classifiers/);
    expect(body).toMatch(/pending \| asl3-egress/);
    expect(body).toContain('ATTESTATION_OUTDATED');
    expect(body).toContain('0.9 ± 0.01');

    // Attested again after the push, the same commands count.
    comment(s, 'alice', '/rsp attest asl3-classifiers');
    const again = comment(s, 'bob', '/rsp attest asl3-egress frontier-7');
    expect((await run(s, commented(again.id), {}, s.base)).outputs.conclusion).toBe('success');
    expect(latestCheck(s, pushed)).toMatchObject({ conclusion: 'success', headSha: pushed });
  });
});

describe('events the Action does not handle', () => {
  it('exits 0 with a notice', async () => {
    const s = await pullRequestScenario(gh, crossedResult);
    const result = await run(s, { name: 'release', payload: { action: 'published' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '::notice::rsp-gate: nothing to do: rsp-gate runs on pull_request, pull_request_target, issue_comment, workflow_dispatch, check_run, check_suite, push, schedule, pull_request_review, pull_request_review_comment, merge_group, not on release',
    );
    expect(result.outputs.conclusion).toBe('skipped');
  });

  it('fails with a clear message on a bad input', async () => {
    const s = await pullRequestScenario(gh, crossedResult);
    const result = await run(s, await opened(s), { comment: 'sometimes' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error::input comment must be one of auto, always, never, not "sometimes"');
    expect(result.stdout).not.toMatch(/\n\s+at /);
  });

  it('leaves the workspace alone: the JSON report goes to RUNNER_TEMP', async () => {
    const s = await pullRequestScenario(gh, crossedResult);
    const result = await run(s, await opened(s));
    expect(result.outputs['report-path']).toBe(`${result.workspace}/rsp-gate-report.json`);
    expect(existsSync(result.outputs['report-path']!)).toBe(true);
    expect(existsSync(`${result.workspace}/work`)).toBe(false);
  });
});

describe('the event table, replayed through the bundled Action', () => {
  // The rows that end without an evaluation: the Action must make no request and say why (the rest run above).
  // Rows that end without a request (a merge group and a line comment are answered on GitHub: their own tests below).
  const quiet = EVENT_CASES.filter((c) => c.expected.kind === 'ignore' || c.expected.kind === 'invalid');
  it.each(quiet)('$name', async ({ event, payload, pullRequestInput, expected }) => {
    const s = await pullRequestScenario(gh, crossedResult);
    gh.reset();
    const inputs: Record<string, string> = pullRequestInput === undefined ? {} : { 'pull-request': String(pullRequestInput) };
    const result = await run(s, { name: event, payload: payload as Record<string, unknown> }, inputs);
    expect(gh.requests).toEqual([]);
    const reason = 'reason' in expected ? expected.reason : '';
    expect(result.stdout).toContain(reason);
    expect(result.outputs.conclusion).toBe(expected.kind === 'invalid' ? 'failure' : 'skipped');
  });
});
