// The App as `npm start` runs it: a child process of Node 24 over src/app/server.ts, configured by Probot's variables
// against the stand-in, ready once it answers /ping.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { appPrivateKey } from '../stand-in/app-auth.ts';
import type { StandIn } from '../stand-in/server.ts';
import { freePort } from '../support/redis.ts';
import { APP_ID, WEBHOOK_SECRET } from './app-server.ts';
import { EVALUATED_AT } from './repo.ts';

export interface AppProcess {
  child: ChildProcess;
  webhookUrl: string;
  output: () => string;
  stop(): void;
}

export async function startAppProcess(gh: StandIn, env: Record<string, string> = {}): Promise<AppProcess> {
  const port = await freePort();
  const root = fileURLToPath(new URL('../../', import.meta.url));
  // As npm start runs it: Node 24 strips the types itself, no build step or loader.
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
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      RSP_GATE_EVALUATE_AS_OF: EVALUATED_AT,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const app = {
    child,
    webhookUrl: `http://127.0.0.1:${port}/api/github/webhooks`,
    output: () => output,
    stop: () => void child.kill('SIGTERM'),
  };
  try {
    await until(async () => (await fetch(`http://127.0.0.1:${port}/ping`).catch(() => undefined))?.ok === true, 30_000, app.output);
  } catch (error) {
    app.stop();
    throw error;
  }
  return app;
}

/** Polls `condition` (the App works behind its webhook answer) until it holds, or fails with the App's output. */
export async function until(condition: () => Promise<boolean> | boolean, timeoutMs: number, log: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out; server output:\n${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
