// The Action's GitHub client: the shared one, logging through the runner's workflow commands.
import * as core from '@actions/core';
import type { GitHubApi } from '../github/api.ts';
import { createApiClient } from '../github/client.ts';

const log = { debug: core.debug, info: core.info, warn: core.warning, error: (m: string) => core.error(m) };

export function createActionClient(token: string, env: NodeJS.ProcessEnv): GitHubApi {
  return createApiClient(token, env, log);
}
