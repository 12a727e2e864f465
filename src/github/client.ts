// A GitHub client for the CLI: Octokit with the gate's bounded retries and throttling, for GITHUB_API_URL (github.com
// by default) and the GraphQL endpoint beside it. (The throttle's limiters implement the part of Bottleneck's groups
// the plugin calls, hence the cast.)
import { retry } from '@octokit/plugin-retry';
import { type ThrottlingOptions, throttling } from '@octokit/plugin-throttling';
import type { GitHubApi } from './api.ts';
import { MAX_RETRIES, boundedThrottle } from './throttle.ts';

type Env = Record<string, string | undefined>;

/** The REST API's base URL: GITHUB_API_URL, or github.com's. */
function apiUrl(env: Env): string {
  return (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, '');
}

/** Where GraphQL is (GITHUB_GRAPHQL_URL), or where it is beside GITHUB_API_URL. */
export function graphqlUrl(env: Env): string {
  return env['GITHUB_GRAPHQL_URL'] || `${apiUrl(env)}/graphql`;
}

export interface ClientLog {
  warn(message: string): void;
}

export async function createApiClient(token: string, env: Env, log: ClientLog): Promise<GitHubApi> {
  const { getOctokit } = await import('@actions/github');
  const quiet = { debug: () => {}, info: () => {}, warn: log.warn, error: log.warn };
  const octokit = getOctokit(
    token,
    {
      baseUrl: apiUrl(env),
      log: quiet,
      retry: { retries: MAX_RETRIES },
      throttle: boundedThrottle({ log: quiet }) as unknown as ThrottlingOptions,
    },
    retry,
    throttling,
  );
  const graphql = octokit.graphql.defaults({ url: graphqlUrl(env) });
  return { request: (route, parameters) => octokit.request(route, parameters), graphql: (query, parameters) => graphql(query, parameters) };
}
