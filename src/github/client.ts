// The GitHub client of the Action and the CLI: Octokit's core with the gate's bounded retries and throttling, for
// GITHUB_API_URL (github.com by default) and the GraphQL endpoint beside it, its requests sent over node:http(s) (see
// http-fetch.ts). (The throttle's limiters implement the part of Bottleneck's groups the plugin calls, hence the cast.)
import { Octokit } from '@octokit/core';
import { retry } from '@octokit/plugin-retry';
import { type ThrottlingOptions, throttling } from '@octokit/plugin-throttling';
import type { GitHubApi } from './api.ts';
import { createHttpFetch } from './http-fetch.ts';
import { MAX_RETRIES, boundedThrottle } from './throttle.ts';

type Env = Record<string, string | undefined>;

/** The REST API's base URL: GITHUB_API_URL, or github.com's. */
function apiUrl(env: Env): string {
  return (env['GITHUB_API_URL'] || 'https://api.github.com').replace(/\/+$/, '');
}

/** Where GraphQL is (GITHUB_GRAPHQL_URL), or where it is beside GITHUB_API_URL. */
function graphqlUrl(env: Env): string {
  return env['GITHUB_GRAPHQL_URL'] || `${apiUrl(env)}/graphql`;
}

export interface ClientLog {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

const GateOctokit = Octokit.plugin(retry, throttling);

export function createApiClient(token: string, env: Env, log: ClientLog): GitHubApi {
  const octokit = new GateOctokit({
    auth: token,
    baseUrl: apiUrl(env),
    userAgent: 'rsp-gate',
    log,
    request: { fetch: createHttpFetch(env) },
    retry: { retries: MAX_RETRIES },
    throttle: boundedThrottle({ log }) as unknown as ThrottlingOptions,
  });
  const graphql = octokit.graphql.defaults({ url: graphqlUrl(env) });
  return { request: (route, parameters) => octokit.request(route, parameters), graphql: (query, parameters) => graphql(query, parameters) };
}
