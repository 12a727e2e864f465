// `npm start`: the App as a server, configured by Probot's standard variables (APP_ID, PRIVATE_KEY or PRIVATE_KEY_PATH,
// WEBHOOK_SECRET, GHE_HOST, GHE_PROTOCOL, PORT, REDIS_URL …) and RSP_GATE_*; it listens on 127.0.0.1 unless HOST
// says otherwise. With REDIS_URL, replicas share one lock per PR (and Probot shares its rate-limit state there). With
// RSP_GATE_SWEEP_INTERVAL (minutes), every open PR is evaluated again at start and then at that interval.
import { Redis } from 'ioredis';
import { run } from 'probot';
import { createApp } from './index.ts';
import { GateProbotOctokit } from './octokit.ts';
import { KeyedQueue, type PrQueue } from './queue.ts';
import { settingsFromEnv, sweepIntervalFromEnv } from './settings.ts';
import { SharedLockQueue, redisLeases } from './shared-lock.ts';
import { everyInterval } from './sweep.ts';

const env = { ...process.env, HOST: process.env.HOST || '127.0.0.1' };
const queue: PrQueue = env.REDIS_URL ? new SharedLockQueue(redisLeases(new Redis(env.REDIS_URL))) : new KeyedQueue();
const sweepInterval = sweepIntervalFromEnv(env);
const sweepTimer = sweepInterval === undefined ? {} : { sweepTimer: everyInterval(sweepInterval) };
await run(createApp({ settings: settingsFromEnv(env), queue, ...sweepTimer }), { env, Octokit: GateProbotOctokit });
