// The Action's post step (action.yml `runs.post`): runs after the job's steps, also when the job was cancelled or timed
// out. A check the main step started but never completed is completed as failure with the reason, so that no check of
// the gate waits in silence or is left looking like a verdict.
import * as core from '@actions/core';
import { describeGitHubError } from '../github/errors.ts';
import { createGitHubPort } from '../github/port.ts';
import { createActionClient } from './client.ts';

/** The state key under which the main step keeps the id of the check run it started. */
export const CHECK_RUN_STATE = 'check-run-id';

export async function post(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const id = Number(core.getState(CHECK_RUN_STATE));
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!Number.isSafeInteger(id) || id <= 0 || !owner || !repo) return;
  const api = createActionClient(core.getInput('github-token'), env);
  const reason = 'the job was cancelled or timed out before rsp-gate finished its evaluation; re-run the job or comment /rsp evaluate';
  try {
    if (await createGitHubPort(api).abandonCheck({ owner, repo }, id, reason))
      core.warning(`rsp-gate: check run ${id} completed as failure: ${reason}`);
  } catch (error) {
    core.warning(`rsp-gate could not complete its unfinished check run ${id}: ${describeGitHubError(error)}`);
  }
}
