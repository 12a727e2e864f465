// The Action's inputs (action.yml), read and checked before anything else happens.
import * as core from '@actions/core';

import type { CommentMode } from '../run/pull-request.ts';
import type { ReportMode } from '../ports/github.ts';

export interface ActionInputs {
  token: string;
  policyPath?: string;
  checkName: string;
  comment: CommentMode;
  report: ReportMode;
  /** For workflow_dispatch: the PR to evaluate. */
  pullRequest?: number;
}

export class InputError extends Error {
  override name = 'InputError';
}

export function readInputs(): ActionInputs {
  const token = core.getInput('github-token');
  if (token === '') throw new InputError('input github-token is empty; pass ${{ github.token }} or a GitHub App token');
  // Registered before anything could print it.
  core.setSecret(token);
  const policyPath = core.getInput('policy-path');
  const pullRequest = core.getInput('pull-request');
  const inputs: ActionInputs = {
    token,
    checkName: core.getInput('check-name') || 'rsp-gate',
    comment: oneOf('comment', ['auto', 'always', 'never'] as const, 'auto'),
    report: oneOf('report', ['check', 'status', 'both'] as const, 'check'),
  };
  if (policyPath !== '') inputs.policyPath = policyPath;
  if (pullRequest !== '') {
    if (!/^[1-9]\d{0,9}$/.test(pullRequest)) throw new InputError(`input pull-request must be a PR number, not "${pullRequest}"`);
    inputs.pullRequest = Number(pullRequest);
  }
  return inputs;
}

function oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name).toLowerCase();
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`input ${name} must be one of ${allowed.join(', ')}, not "${value}"`);
}
