// Two App replicas (each as `npm start` runs it) behind one webhook source, sharing a real Redis: six events for one
// PR delivered to both at once leave exactly one sticky comment and the final check on the final head.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPrivateKey } from '../stand-in/app-auth.ts';
import { startStandIn, type StandIn } from '../stand-in/server.ts';
import { deliver, issueCommentEvent, pullRequestEvent, type WebhookEvent } from '../stand-in/webhooks.ts';
import { freePort, redisUnavailable, startRedis, type RedisServer } from '../support/redis.ts';
import { APP_ID, WEBHOOK_SECRET } from './app-server.ts';
import * as prView from './pr-view.ts';
import { claimedAtAsl3, fixture, pullRequestScenario } from './repo.ts';

interface Replica {
  child: ChildProcess;
  url: string;
  output: () => string;
}

async function startReplica(gh: StandIn, redisUrl: string): Promise<Replica> {
  const port = await freePort();
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const child = spawn(process.execPath, ['src/app/server.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      APP_ID: String(APP_ID),
      PRIVATE_KEY: appPrivateKey(),
      WEBHOOK_SECRET,
      GHE_HOST: gh.host,
      GHE_PROTOCOL: 'http',
      PORT: String(port),
      REDIS_URL: redisUrl,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  await until(
    async () => (await fetch(`http://127.0.0.1:${port}/ping`).catch(() => undefined))?.ok === true,
    30_000,
    () => output,
  );
  return { child, url: `http://127.0.0.1:${port}/api/github/webhooks`, output: () => output };
}

async function until(condition: () => Promise<boolean> | boolean, timeoutMs: number, context: () => string): Promise<void> {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out; output:\n${context()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.skipIf(redisUnavailable() !== undefined)('App replicas sharing one Redis', { timeout: 180_000 }, () => {
  let gh: StandIn;
  let redis: RedisServer;
  const replicas: Replica[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    gh = await startStandIn({ app: { id: APP_ID, privateKey: appPrivateKey() } });
    let minute = 0;
    gh.state.clock = () => new Date(Date.UTC(2026, 0, 5, 12, minute++));
    replicas.push(await startReplica(gh, redis.url), await startReplica(gh, redis.url));
  }, 90_000);

  afterAll(async () => {
    for (const r of replicas) r.child.kill('SIGTERM');
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

    const responses = await Promise.all(events.map((event, i) => deliver(replicas[i % 2]!.url, event, WEBHOOK_SECRET)));
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
