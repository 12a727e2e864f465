import type { ApiResponse, GitHubApi } from '../../../src/github/api.ts';

export interface Call {
  kind: 'request' | 'graphql';
  route: string;
  parameters: Record<string, unknown>;
}

type RequestHandler = (route: string, parameters: Record<string, unknown>) => unknown;
type GraphqlHandler = (query: string, variables: Record<string, unknown>) => unknown;

/** A GitHubApi that records every call and answers through the given handlers (a thrown value is the API's error). */
export function fakeApi(handlers: { request?: RequestHandler; graphql?: GraphqlHandler } = {}): GitHubApi & { calls: Call[] } {
  const calls: Call[] = [];
  return {
    calls,
    async request(route, parameters = {}) {
      calls.push({ kind: 'request', route, parameters });
      const data = handlers.request ? handlers.request(route, parameters) : {};
      return { status: 200, data, headers: {} } satisfies ApiResponse;
    },
    async graphql(query, parameters = {}) {
      calls.push({ kind: 'graphql', route: query, parameters });
      if (!handlers.graphql) throw new Error('no GraphQL handler');
      return handlers.graphql(query, parameters);
    },
  };
}

/** An error shaped like Octokit's RequestError. */
export function httpError(status: number, message: string, route = 'GET /x'): Error {
  const [method, url] = route.split(' ');
  return Object.assign(new Error(message), {
    status,
    request: { method, url: `https://api.github.example${url}`, headers: { authorization: 'token [REDACTED]' } },
    response: { status, data: { message }, headers: {} },
  });
}
