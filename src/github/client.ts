// Our own Octokit for the Action and the CLI: the same plugins Probot uses, with retries and waits that are bounded, so
// a GitHub fault ends the run with a clear failure instead of hanging it.
import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry } from '@octokit/plugin-retry';
import { throttling, type ThrottlingOptions } from '@octokit/plugin-throttling';
import type { GitHubApi } from './api.ts';
import { boundedThrottle } from './throttle.ts';

export { boundedThrottle, MAX_RATE_LIMIT_WAIT_SECONDS, MAX_SECONDARY_LIMIT_RETRIES } from './throttle.ts';

export const GateOctokit = Octokit.plugin(throttling, retry, paginateRest, restEndpointMethods);
export type GateOctokit = InstanceType<typeof GateOctokit>;

/** Server errors and unlabelled 429s: retried this many times with growing waits (1 s, 4 s, 9 s). */
export const MAX_RETRIES = 3;

export interface ClientLog {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface ClientOptions {
  token: string;
  /** REST root, e.g. https://api.github.com or https://ghe.example/api/v3. */
  baseUrl?: string;
  /** GraphQL endpoint when it is not `${baseUrl}/graphql` (GITHUB_GRAPHQL_URL in Actions). */
  graphqlUrl?: string;
  log?: ClientLog;
  userAgent?: string;
}

export function createOctokit(options: ClientOptions): GateOctokit {
  const log = options.log ?? { debug() {}, info() {}, warn: (m: string) => console.warn(m), error: (m: string) => console.error(m) };
  return new GateOctokit({
    auth: options.token,
    ...(options.baseUrl === undefined ? {} : { baseUrl: options.baseUrl.replace(/\/+$/, '') }),
    userAgent: options.userAgent ?? 'rsp-gate',
    log,
    retry: { retries: MAX_RETRIES },
    // The plugin types its limiters as Bottleneck groups; ours implement the part it calls (key, schedule, on).
    throttle: boundedThrottle({ log }) as unknown as ThrottlingOptions,
  });
}

/** The port's view of our Octokit, with GraphQL sent to `graphqlUrl` when one is given. */
export function toApi(octokit: GateOctokit, graphqlUrl?: string): GitHubApi {
  if (graphqlUrl === undefined) return octokit;
  const graphql = octokit.graphql.defaults({ url: graphqlUrl });
  return { request: (route, parameters) => octokit.request(route, parameters), graphql: (query, parameters) => graphql(query, parameters) };
}

export function createClient(options: ClientOptions): GitHubApi {
  return toApi(createOctokit(options), options.graphqlUrl);
}
