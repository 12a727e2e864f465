// The Action's GitHub client: the toolkit's own getOctokit (which honours the runner's HTTPS_PROXY and NO_PROXY and
// GITHUB_API_URL) with the gate's bounded retries and throttling, and GraphQL sent to GITHUB_GRAPHQL_URL.
// (The throttle's limiters implement the part of Bottleneck's groups the plugin calls, hence the cast.)
import * as core from '@actions/core';
import { retry } from '@octokit/plugin-retry';
import { type ThrottlingOptions, throttling } from '@octokit/plugin-throttling';
import type { GitHubApi } from '../github/api.ts';
import { MAX_RETRIES, boundedThrottle } from '../github/throttle.ts';

const log = { debug: core.debug, info: core.info, warn: core.warning, error: (m: string) => core.error(m) };

/** Imported lazily: the toolkit reads the event payload when it loads, which must not happen before it is checked. */
export async function createActionClient(token: string, graphqlUrl: string): Promise<GitHubApi> {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(
    token,
    { log, retry: { retries: MAX_RETRIES }, throttle: boundedThrottle({ log }) as unknown as ThrottlingOptions },
    retry,
    throttling,
  );
  const graphql = octokit.graphql.defaults({ url: graphqlUrl });
  return { request: (route, parameters) => octokit.request(route, parameters), graphql: (query, parameters) => graphql(query, parameters) };
}

/** Where the runner says GraphQL is (GITHUB_GRAPHQL_URL), or where it is beside GITHUB_API_URL. */
export { graphqlUrl } from '../github/client.ts';
