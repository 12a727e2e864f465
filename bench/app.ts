// The Probot App as a server taking signed webhooks from the GitHub stand-in: from a PR's webhook to its completed
// check, for one PR and for twenty at once (one installation), with the gate's throttling, with throttling's spacing
// off (the baseline: the work alone), and with plugin-throttling's own limiters (what the App used before).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Probot, ProbotOctokit, createNodeMiddleware } from 'probot';
import { createApp } from '../src/app/index.ts';
import { GateProbotOctokit } from '../src/app/octokit.ts';
import { KeyedQueue } from '../src/app/queue.ts';
import { MAX_RETRIES, MAX_RATE_LIMIT_WAIT_SECONDS } from '../src/github/throttle.ts';
import { appPrivateKey } from '../test/stand-in/app-auth.ts';
import { startStandIn } from '../test/stand-in/server.ts';
import { deliver, pullRequestEvent } from '../test/stand-in/webhooks.ts';
import { crossedResult, pullRequestScenario } from '../test/e2e/repo.ts';

const SECRET = 'bench-webhook-secret';
type Options = Record<string, unknown> & { throttle?: Record<string, unknown> };
const decisions = {
  onRateLimit: (after: number) => after <= MAX_RATE_LIMIT_WAIT_SECONDS,
  onSecondaryRateLimit: (after: number) => after <= MAX_RATE_LIMIT_WAIT_SECONDS,
};

export const OCTOKITS = {
  gate: GateProbotOctokit,
  'spacing-off': ProbotOctokit.defaults((options: Options) => ({
    ...options,
    retry: { retries: MAX_RETRIES },
    throttle: { enabled: false },
  })),
  'plugin-defaults': ProbotOctokit.defaults((options: Options) => ({
    ...options,
    retry: { retries: MAX_RETRIES },
    throttle: { ...options.throttle, ...decisions },
  })),
};

export interface AppMeasure {
  ms: number;
  requests: number;
  detail: string;
}

/** `prs` PRs (each in a repository of its own, one installation) opened at once; time until every check is complete. */
export async function measureApp(octokit: keyof typeof OCTOKITS, prs: number): Promise<AppMeasure> {
  const gh = await startStandIn({ app: { id: 123, privateKey: appPrivateKey() } });
  let minute = 0;
  gh.state.clock = () => new Date(Date.UTC(2026, 0, 5, 12, minute++));
  const queue = new KeyedQueue();
  const probot = new Probot({
    appId: 123,
    privateKey: appPrivateKey(),
    secret: SECRET,
    baseUrl: gh.enterpriseUrl,
    Octokit: OCTOKITS[octokit],
    logLevel: 'fatal',
  });
  const middleware = await createNodeMiddleware(createApp({ queue, clock: () => new Date('2026-01-05T12:00:00Z') }), { probot });
  const server = createServer((request, response) => void middleware(request, response, () => response.writeHead(404).end()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/github/webhooks`;
  try {
    // Warm the stand-in's request checks (compiled on first use) with one PR that is not measured.
    const warm = await pullRequestScenario(gh, crossedResult);
    await deliver(url, await pullRequestEvent(gh, { repo: warm.fullName, number: warm.number, action: 'opened' }), SECRET);
    await queue.idle();
    const scenarios = await Promise.all(Array.from({ length: prs }, () => pullRequestScenario(gh, crossedResult)));
    const events = await Promise.all(scenarios.map((s) => pullRequestEvent(gh, { repo: s.fullName, number: s.number, action: 'opened' })));
    gh.reset();
    const started = performance.now();
    await Promise.all(events.map((event) => deliver(url, event, SECRET)));
    await queue.idle();
    const ms = performance.now() - started;
    const done = scenarios.filter((s) => gh.state.checkRunsFor(s.fullName, s.head).some((c) => c.status === 'completed')).length;
    await Promise.all([warm, ...scenarios].map((s) => s.repo.remove()));
    return { ms, requests: gh.requests.length, detail: `${done} of ${prs} checks completed` };
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await gh.close();
  }
}
