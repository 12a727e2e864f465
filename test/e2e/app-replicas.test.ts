// Two App replicas (each as `npm start` runs it) behind one webhook source, sharing a real Redis: six events for one
// PR delivered to both at once leave exactly one sticky comment and the final check on the final head.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPrivateKey } from '../stand-in/app-auth.ts';
import { startStandIn, type StandIn } from '../stand-in/server.ts';
import { deliver, issueCommentEvent, pullRequestEvent, type WebhookEvent } from '../stand-in/webhooks.ts';
import { redisUnavailable, startRedis, type RedisServer } from '../support/redis.ts';
import { type AppProcess, startAppProcess, until } from './app-process.ts';
import { APP_ID, WEBHOOK_SECRET } from './app-server.ts';
import * as prView from './pr-view.ts';
import { claimedAtAsl3, fixture, pullRequestScenario } from './repo.ts';

describe.skipIf(redisUnavailable() !== undefined)('App replicas sharing one Redis', { timeout: 180_000 }, () => {
  let gh: StandIn;
  let redis: RedisServer;
  const replicas: AppProcess[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    gh = await startStandIn({ app: { id: APP_ID, privateKey: appPrivateKey() } });
    let minute = 0;
    gh.state.clock = () => new Date(Date.UTC(2026, 0, 5, 12, minute++));
    replicas.push(await startAppProcess(gh, { REDIS_URL: redis.url }), await startAppProcess(gh, { REDIS_URL: redis.url }));
  }, 90_000);

  afterAll(async () => {
    for (const r of replicas) r.stop();
    expect(gh.invalidRequests().map((r) => `${r.method} ${r.path}: ${r.invalid}`)).toEqual([]);
    await gh?.close();
    await redis?.stop();
  });

  it('six events for one PR at once leave one comment and the final check on the final head', async () => {
    const s = await pullRequestScenario(gh, claimedAtAsl3);
    const opened = await pullRequestEvent(gh, { repo: s.fullName, number: s.number, action: 'opened' });
    const final = await s.push({ 'evals/frontier-7/wmdp-2026-01-03.yaml': fixture('results-below.yaml') });
    const synchronized = await pullRequestEvent(gh, { repo: s.fullName, number: s.number, action: 'synchronize', before: s.head });
    const evaluate = gh.state.addComment({ repo: s.fullName, issueNumber: s.number, body: '/rsp evaluate', author: 'alice' });
    const commented = issueCommentEvent(gh, { commentId: evaluate.id, action: 'created' });
    const events: WebhookEvent[] = [opened, synchronized, commented, opened, synchronized, commented];

    const responses = await Promise.all(events.map((event, i) => deliver(replicas[i % 2]!.webhookUrl, event, WEBHOOK_SECRET)));
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const output = () => replicas.map((r) => r.output()).join('\n');
    await until(() => gh.state.checkRunsFor(s.fullName, final).length >= 6, 120_000, output);

    expect(prView.reportComments(gh, s)).toHaveLength(1);
    // Evaluations never overlapped: only the first created a report, every later one updated it in place.
    const created = gh.requests.filter(
      (r) => r.operationId === 'issues/create-comment' && String((r.body as { body?: string }).body).includes('<!-- rsp-gate:report -->'),
    );
    expect(created.filter((r) => r.path.includes(`/${s.name}/`))).toHaveLength(1);
    expect(gh.state.checkRunsFor(s.fullName, s.head)).toHaveLength(0);
    const checks = gh.state.checkRunsFor(s.fullName, final);
    expect(checks).toHaveLength(6);
    expect(new Set(checks.map((c) => c.conclusion))).toEqual(new Set([checks.at(-1)!.conclusion]));
  });
});
