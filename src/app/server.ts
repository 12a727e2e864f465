// `npm start`: the App as a server, configured by Probot's standard variables (APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH,
// WEBHOOK_SECRET, GHE_HOST, GHE_PROTOCOL, PORT …) and RSP_GATE_*; it listens on 127.0.0.1 unless HOST says otherwise.
import { run } from 'probot';
import { createApp } from './index.ts';
import { GateProbotOctokit } from './octokit.ts';
import { settingsFromEnv } from './settings.ts';

const env = { ...process.env, HOST: process.env.HOST || '127.0.0.1' };
await run(createApp({ settings: settingsFromEnv(env) }), { env, Octokit: GateProbotOctokit });
