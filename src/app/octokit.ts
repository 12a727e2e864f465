// Probot's Octokit with the gate's bounded retries: Probot's own defaults wait out a primary limit however long it is.
import { ProbotOctokit } from 'probot';
import { MAX_RETRIES, boundedThrottle } from '../github/client.ts';

type Options = Record<string, unknown> & { throttle?: Record<string, unknown> };

export const GateProbotOctokit = ProbotOctokit.defaults((options: Options) => ({
  ...options,
  retry: { retries: MAX_RETRIES },
  // Keep Probot's throttle settings (e.g. a Redis connection), replace only the decisions to wait.
  throttle: { ...options.throttle, ...boundedThrottle() },
}));
