// GET /rate_limit: what the caller has left. Does not count against the limit, like on GitHub.
import type { RestRoute } from './context.ts';

export const rateLimitRoutes: Record<string, RestRoute> = {
  'rate-limit/get': {
    auth: 'any',
    handle(context) {
      const key = context.caller.kind === 'token' ? context.caller.token.token : `app:${context.caller.app.identity.id}`;
      const { limit, used, remaining } = context.state.rateLimitOf(key);
      const reset = Math.floor(Date.now() / 1000) + 3600;
      const core = { limit, used, remaining, reset };
      const other = (n: number) => ({ limit: n, used: 0, remaining: n, reset });
      return {
        status: 200,
        body: {
          resources: { core, graphql: other(limit), search: other(30), code_search: other(10), integration_manifest: other(5000) },
          rate: core,
        },
      };
    },
  },
};
