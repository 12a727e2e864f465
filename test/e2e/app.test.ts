// The Probot App as a real HTTP server taking signed webhooks, against the GitHub stand-in.
import { EVENT_CASES } from '../cases/events.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StandIn } from '../stand-in/server.ts';
import {
  checkRunRerequestedEvent,
  checkSuiteRerequestedEvent,
  deliver,
  issueCommentEvent,
  pullRequestEvent,
  pushEvent,
  type WebhookEvent,
} from '../stand-in/webhooks.ts';
import { startAppProcess, until } from './app-process.ts';
import { WEBHOOK_SECRET, useAppAgainstStandIn, type AppServer } from './app-server.ts';
import * as prView from './pr-view.ts';
import { claimedAtAsl3, crossedResult, fixture, pullRequestScenario, type PullRequestScenario } from './repo.ts';

const shared = useAppAgainstStandIn();
let gh: StandIn;
let app: AppServer;
beforeAll(() => ({ gh, app } = shared));

function comment(s: PullRequestScenario, author: string, body: string) {
  return gh.state.addComment({ repo: s.fullName, issueNumber: s.number, body, author });
}

/** Delivers a signed webhook, expects it accepted, and waits until every evaluation it queued has finished. */
async function send(event: WebhookEvent): Promise<void> {
  expect((await app.send(event)).status).toBe(200);
}

const checksOn = (s: PullRequestScenario, sha: string) => gh.state.checkRunsFor(s.fullName, sha);
const reportComments = (s: PullRequestScenario) => prView.reportComments(gh, s);

describe('the App', { timeout: 120_000 }, () => {
  it('evaluates an opened PR and lets a team owner attest (the App may read team membership)', async () => {
    const s = await pullRequestScenario(gh, claimedAtAsl3);
    await send(await pullRequestEvent(gh, { repo: s.fullName, number: s.number, action: 'opened' }));
    expect(checksOn(s, s.head).map((c) => [c.name, c.conclusion, c.app.slug])).toEqual([['rsp-gate', 'action_required', 'rsp-gate']]);
    expect(reportComments(s)).toHaveLength(1);
    expect(reportComments(s)[0]!.author.login).toBe('rsp-gate[bot]');

    const byDave = comment(s, 'dave', '/rsp attest asl3-classifiers');
    await send(issueCommentEvent(gh, { commentId: byDave.id, action: 'created' }));
    const byBob = comment(s, 'bob', '/rsp attest asl3-egress');
    await send(issueCommentEvent(gh, { commentId: byBob.id, action: 'created' }));
    expect(checksOn(s, s.head).at(-1)).toMatchObject({ conclusion: 'success', headSha: s.head });
    expect(reportComments(s)).toHaveLength(1);
    expect(reportComments(s)[0]!.body).toMatch(/attested \| asl3-classifiers .* dave/);
    expect(gh.state.comment(byDave.id)!.reactions.map((r) => r.content)).toEqual(['eyes', '+1']);
  });

  it('ignores comments by bots, its own report included', async () => {
    const s = await pullRequestScenario(gh, crossedResult);
    await send(await pullRequestEvent(gh, { repo: s.fullName, number: s.number, action: 'opened' }));
    const own = reportComments(s)[0]!;
    const before = gh.requests.length;
    await send(issueCommentEvent(gh, { commentId: own.id, action: 'created' }));
    expect(gh.requests.length).toBe(before);
  });

  it('re-evaluates when the check run or its suite is re-run', async () => {
    const s = await pullRequestScenario(gh, crossedResult);
    await send(await pullRequestEvent(gh, { repo: s.fullName, number: s.number, action: 'opened' }));
    const first = checksOn(s, s.head)[0]!;
    await send(checkRunRerequestedEvent(gh, { checkRunId: first.id, sender: 'alice' }));
    expect(checksOn(s, s.head)).toHaveLength(2);
    await send(checkSuiteRerequestedEvent(gh, { repo: s.fullName, headSha: s.head, sender: 'alice' }));
    expect(checksOn(s, s.head).map((c) => c.conclusion)).toEqual(['failure', 'failure', 'failure']);
    expect(reportComments(s)).toHaveLength(1);
  });

  it('re-evaluates every open PR against the default branch when a push there changes the policy', async () => {
    const s = await pullRequestScenario(gh, crossedResult);
    await send(await pullRequestEvent(gh, { repo: s.fullName, number: s.number, action: 'opened' }));
    expect(checksOn(s, s.head).at(-1)!.conclusion).toBe('failure');

    // The policy on main raises the threshold out of reach: the PR's (unchanged) head now passes.
    const relaxed = fixture('rsp-policy.yml').replace('threshold: 0.65', 'threshold: 0.99').replace('alert: 0.50', 'alert: 0.95');
    const before = s.base;
    const after = await s.repo.commit({ '.github/rsp-policy.yml': relaxed }, 'relax the policy', '2026-01-05T10:00:00Z');
    gh.state.pullRequest(s.fullName, s.number)!.base.sha = after;
    await send(await pushEvent(gh, { repo: s.fullName, ref: 'refs/heads/main', before, after, pusher: 'jordan' }));
    const [first, second] = checksOn(s, s.head);
    expect(first!.conclusion).toBe('failure');
    // Judged again, by the new base policy: the threshold is 0.99 and the declared level is no longer too low.
    expect(second).toBeDefined();
    const report = reportComments(s)[0]!.body;
    expect(report).toMatch(/\| cbrn-3 \| [^|]+ \| wmdp-bio \/ accuracy \| 0\.8 ± 0\.01 \| [^|]+ \| 0\.95 \/ 0\.99 \|/);
    expect(report).not.toContain('DECLARED_LEVEL_TOO_LOW');

    // A push to main that leaves the policy alone does not re-evaluate.
    const count = gh.requests.length;
    const later = await s.repo.commit({ 'README.md': 'docs\n' }, 'docs', '2026-01-05T10:30:00Z');
    await send(await pushEvent(gh, { repo: s.fullName, ref: 'refs/heads/main', before: after, after: later, pusher: 'jordan' }));
    expect(gh.requests.length).toBe(count);
  });

  it('runs one evaluation at a time per PR: racing events leave one comment and a check on the newest head', async () => {
    const s = await pullRequestScenario(gh, claimedAtAsl3);
    const opened = await pullRequestEvent(gh, { repo: s.fullName, number: s.number, action: 'opened' });
    const pushed = await s.push({ 'evals/frontier-7/wmdp-2026-01-03.yaml': fixture('results-below.yaml') });
    const synchronized = await pullRequestEvent(gh, { repo: s.fullName, number: s.number, action: 'synchronize', before: s.head });
    const responses = await Promise.all([
      deliver(app.webhookUrl, opened, WEBHOOK_SECRET),
      deliver(app.webhookUrl, synchronized, WEBHOOK_SECRET),
    ]);
    expect(responses.map((r) => r.status)).toEqual([200, 200]);
    await app.queue.idle();
    expect(reportComments(s)).toHaveLength(1);
    expect(checksOn(s, pushed)).toHaveLength(2);
    expect(checksOn(s, s.head)).toHaveLength(0);
  });

  it('refuses a webhook with a wrong signature', async () => {
    const s = await pullRequestScenario(gh, crossedResult);
    const before = gh.requests.length;
    const response = await deliver(
      app.webhookUrl,
      await pullRequestEvent(gh, { repo: s.fullName, number: s.number, action: 'opened' }),
      'not-the-secret',
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    await app.queue.idle();
    expect(gh.requests.length).toBe(before);
  });
});

describe('npm start (src/app/server.ts)', { timeout: 120_000 }, () => {
  it("serves on 127.0.0.1 from Probot's standard variables and evaluates a PR", async () => {
    const s = await pullRequestScenario(gh, crossedResult);
    const app = await startAppProcess(gh);
    try {
      const response = await deliver(
        app.webhookUrl,
        await pullRequestEvent(gh, { repo: s.fullName, number: s.number, action: 'opened' }),
        WEBHOOK_SECRET,
      );
      expect(response.status).toBe(200);
      await until(() => checksOn(s, s.head).length > 0, 60_000, app.output);
      expect(checksOn(s, s.head)[0]).toMatchObject({ conclusion: 'failure', headSha: s.head });
    } finally {
      app.stop();
    }
  });
});

describe('the event table, replayed through the App', () => {
  // The rows that end without an evaluation: the App must make no request for them (the rest run above).
  const quiet = EVENT_CASES.filter(
    (c) =>
      (c.expected.kind === 'ignore' || c.expected.kind === 'invalid') &&
      c.event !== 'workflow_dispatch' &&
      c.event !== 'pull_request_target',
  );
  it.each(quiet)('$name', async ({ event, payload }) => {
    const s = await pullRequestScenario(gh, crossedResult);
    const repository = { id: 1, name: s.name, full_name: s.fullName, owner: { login: 'acme', type: 'Organization' } };
    const before = gh.requests.length;
    await send({ name: event, payload: { ...payload, repository, installation: { id: 1 } } as Record<string, unknown> });
    expect(gh.requests.slice(before)).toEqual([]);
  });
});
