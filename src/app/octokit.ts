// Probot's Octokit with the gate's bounded retries and throttling: Probot's own defaults wait out a primary limit however
// long it is, and plugin-throttling spaces every GraphQL read and write a second apart.
import { ProbotOctokit } from 'probot';
import { MAX_RETRIES, boundedThrottle } from '../github/throttle.ts';

type Options = Record<string, unknown> & { throttle?: Record<string, unknown> };

export const GateProbotOctokit = ProbotOctokit.defaults((options: Options) => ({
  ...options,
  retry: { retries: MAX_RETRIES },
  // Keep Probot's throttle settings (e.g. a Redis connection, the installation id that keys the limiters); a Redis
  // connection means limiters shared across processes, so Probot's own write and comment limiters stay then.
  throttle: { ...options.throttle, ...boundedThrottle({ clustered: options.throttle?.['connection'] !== undefined }) },
}));
