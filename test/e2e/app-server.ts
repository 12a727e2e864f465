// The App as a real HTTP server taking signed webhooks: Probot's node middleware over node:http on 127.0.0.1.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Probot, createNodeMiddleware } from 'probot';
import { createApp } from '../../src/app/index.ts';
import { GateProbotOctokit } from '../../src/app/octokit.ts';
import { KeyedQueue } from '../../src/app/queue.ts';
import type { GateOutcome } from '../../src/run/pull-request.ts';
import { appPrivateKey } from '../stand-in/app-auth.ts';
import type { StandIn } from '../stand-in/server.ts';
import { deliver, type WebhookEvent } from '../stand-in/webhooks.ts';

export const APP_ID = 123;
export const WEBHOOK_SECRET = 'webhook-secret-for-tests';

export interface AppServer {
  webhookUrl: string;
  queue: KeyedQueue;
  outcomes: GateOutcome[];
  /** Delivers the event signed with the App's secret, then waits until every evaluation it queued has finished. */
  send(event: WebhookEvent): Promise<Response>;
  close(): Promise<void>;
}

export async function startAppServer(gh: StandIn): Promise<AppServer> {
  const queue = new KeyedQueue();
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
  const middleware = await createNodeMiddleware(createApp({ queue, onOutcome: (outcome) => outcomes.push(outcome) }), { probot });
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
