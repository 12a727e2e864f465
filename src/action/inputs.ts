// The Action's inputs (action.yml), read and checked before anything else happens. The gate settings they share with
// the App are read by run/settings.ts; the token and the PR number are the Action's own.
import * as core from '@actions/core';
import { readSettings, SettingsError, type GateSettings } from '../run/settings.ts';

export interface ActionInputs extends GateSettings {
  token: string;
  /** For workflow_dispatch: the PR to evaluate. */
  pullRequest?: number;
}

export class InputError extends Error {
  override name = 'InputError';
}

export function readInputs(): ActionInputs {
  const token = core.getInput('github-token');
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the workflow expression a user writes, quoted
  if (token === '') throw new InputError('input github-token is empty; pass ${{ github.token }} or a GitHub App token');
  // Registered before anything could print it.
  core.setSecret(token);
  const inputs: ActionInputs = { token, ...settings() };
  const pullRequest = core.getInput('pull-request');
  if (pullRequest !== '') {
    if (!/^[1-9]\d{0,9}$/.test(pullRequest)) throw new InputError(`input pull-request must be a PR number, not "${pullRequest}"`);
    inputs.pullRequest = Number(pullRequest);
  }
  return inputs;
}

function settings(): GateSettings {
  try {
    return readSettings(
      (name) => core.getInput(name),
      (name) => `input ${name}`,
    );
  } catch (error) {
    throw error instanceof SettingsError ? new InputError(error.message) : error;
  }
}
