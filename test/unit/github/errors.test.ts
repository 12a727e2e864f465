import { describe, expect, it } from 'vitest';
import { GitHubPortError, describeGitHubError } from '../../../src/github/errors.ts';
import { httpError } from './fake-api.ts';

describe('describeGitHubError', () => {
  it("names the request, the status, GitHub's message and what to do", () => {
    expect(describeGitHubError(httpError(403, 'Resource not accessible by integration', 'POST /repos/a/b/check-runs'))).toBe(
      'POST https://api.github.example/repos/a/b/check-runs failed with HTTP 403: Resource not accessible by integration (the token lacks a permission this step needs)',
    );
    expect(describeGitHubError(httpError(502, 'Server Error'))).toContain('(GitHub kept failing after retries)');
  });

  it('says when a rate limit resets', () => {
    const error = Object.assign(httpError(403, 'API rate limit exceeded'), {
      response: {
        data: { message: 'API rate limit exceeded' },
        headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1767603600' },
      },
    });
    expect(describeGitHubError(error)).toContain('rate limit exhausted; it resets at 2026-01-05T09:00:00.000Z');
  });

  it("lists GraphQL errors and passes the port's own messages through", () => {
    expect(describeGitHubError({ errors: [{ message: 'Could not resolve to a Repository' }] })).toBe(
      'GitHub GraphQL query failed: Could not resolve to a Repository',
    );
    expect(describeGitHubError(new GitHubPortError('tree truncated'))).toBe('tree truncated');
  });

  it('never repeats a token from the URL', () => {
    const error = Object.assign(new Error('x'), {
      status: 401,
      request: { method: 'GET', url: 'https://h/x?access_token=ghs_secret&a=1' },
    });
    expect(describeGitHubError(error)).not.toContain('ghs_secret');
  });
});
