// The App as a real HTTP server taking signed webhooks: Probot's node middleware over node:http on 127.0.0.1.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Probot, createNodeMiddleware } from 'probot';
import { createApp, type AppDependencies } from '../../src/app/index.ts';
import { GateProbotOctokit } from '../../src/app/octokit.ts';
import { KeyedQueue, type PrQueue } from '../../src/app/queue.ts';
import type { GateOutcome } from '../../src/run/pull-request.ts';
import { appPrivateKey } from '../stand-in/app-auth.ts';
import { afterAll, beforeAll, expect } from 'vitest';
import { startStandIn, type StandIn } from '../stand-in/server.ts';
import { deliver, type WebhookEvent } from '../stand-in/webhooks.ts';
import { bundleAction } from './action-runner.ts';
import { EVALUATED_AT } from './repo.ts';

export const APP_ID = 123;
export const WEBHOOK_SECRET = 'webhook-secret-for-tests';

export interface AppServer {
  webhookUrl: string;
  queue: PrQueue;
  outcomes: GateOutcome[];
  /** Delivers the event signed with the App's secret, then waits until every evaluation it queued has finished. */
  send(event: WebhookEvent): Promise<Response>;
  close(): Promise<void>;
}

/** The App in this process; `deps` add to what the tests always give it (a queue, the outcomes, the fixed clock). */
export async function startAppServer(gh: StandIn, deps: Partial<AppDependencies> = {}): Promise<AppServer> {
  const queue = deps.queue ?? new KeyedQueue();
  const outcomes: GateOutcome[] = [];
  const probot = new Probot({
    appId: APP_ID,
    privateKey: appPrivateKey(),
    secret: WEBHOOK_SECRET,
    // What GHE_HOST=<stand-in> with GHE_PROTOCOL=http gives Probot.
    baseUrl: gh.enterpriseUrl,
    Octokit: GateProbotOctokit,
    // Probot logs a refused webhook with its whole payload; the tests read outcomes instead.
    logLevel: 'fatal',
  });
  const middleware = await createNodeMiddleware(
    createApp({ queue, onOutcome: (outcome) => outcomes.push(outcome), clock: () => new Date(EVALUATED_AT), ...deps }),
    { probot },
  );
  const server: Server = createServer((request, response) => {
    void middleware(request, response, () => response.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const webhookUrl = `http://127.0.0.1:${port}/api/github/webhooks`;
  return {
    webhookUrl,
    queue,
    outcomes,
    async send(event) {
      const response = await deliver(webhookUrl, event, WEBHOOK_SECRET);
      await queue.idle();
      return response;
    },
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/**
 * One stand-in and one App server shared by a test file, with GitHub's clock a minute later at every write (a PR
 * opened, a push, a check suite, a comment); after the file, every request the App made must have been valid.
 */
export function useAppAgainstStandIn(options: { queue?: PrQueue } = {}): { gh: StandIn; app: AppServer } {
  const shared = {} as { gh: StandIn; app: AppServer };
  let minute = 0;
  beforeAll(async () => {
    shared.gh = await startStandIn({ app: { id: APP_ID, privateKey: appPrivateKey() } });
    shared.gh.state.clock = () => new Date(Date.UTC(2026, 0, 5, 12, minute++));
    shared.app = await startAppServer(shared.gh, options.queue === undefined ? {} : { queue: options.queue });
  });
  afterAll(async () => {
    expect(shared.gh.invalidRequests().map((r) => `${r.method} ${r.path}: ${r.invalid}`)).toEqual([]);
    expect(shared.gh.requests.filter((r) => r.responseProblem).map((r) => r.responseProblem)).toEqual([]);
    await shared.app.close();
    await shared.gh.close();
  });
  return shared;
}

/** As useAppAgainstStandIn, with the Action's bundle too: for a test file that runs both adapters on one stand-in. */
export function useBothAdaptersAgainstStandIn(): { gh: StandIn; app: AppServer; bundle: { file: string } } {
  const shared = useAppAgainstStandIn() as { gh: StandIn; app: AppServer; bundle: { file: string; remove(): Promise<void> } };
  beforeAll(async () => {
    shared.bundle = await bundleAction();
  });
  afterAll(() => shared.bundle.remove());
  return shared;
}
