import { describe, expect, it } from 'vitest';
import { headPushedBy } from '../../../src/github/check-suites.ts';
import { createGitHubPort } from '../../../src/github/port.ts';
import { fakeApi, httpError } from './fake-api.ts';

const REPO = { owner: 'acme', repo: 'models' };
const SHA = 'a'.repeat(40);
const suite = (created_at: string | null, head_sha = SHA) => ({ id: 1, head_sha, created_at });

describe('headPushedBy', () => {
  it("is the earliest created_at of the head commit's check suites, in one request of 100", async () => {
    const api = fakeApi({
      request: () => ({
        total_count: 3,
        check_suites: [suite('2026-11-20T10:05:00Z'), suite('2026-11-20T10:00:00Z'), suite('2026-11-20T10:09:00Z')],
      }),
    });
    expect(await headPushedBy(api, REPO, SHA)).toBe('2026-11-20T10:00:00Z');
    expect(api.calls).toEqual([
      {
        kind: 'request',
        route: 'GET /repos/{owner}/{repo}/commits/{ref}/check-suites',
        parameters: { owner: 'acme', repo: 'models', ref: SHA, per_page: 100 },
      },
    ]);
  });

  it('is null when the commit has no suite, or none with a usable time for this commit', async () => {
    expect(await headPushedBy(fakeApi({ request: () => ({ total_count: 0, check_suites: [] }) }), REPO, SHA)).toBeNull();
    const unusable = [suite(null), suite('soon'), suite('2026-01-01T00:00:00Z', 'b'.repeat(40))];
    expect(await headPushedBy(fakeApi({ request: () => ({ total_count: 3, check_suites: unusable }) }), REPO, SHA)).toBeNull();
  });

  it('ignores suites it cannot use and keeps the earliest of the rest', async () => {
    const api = fakeApi({
      request: () => ({
        total_count: 3,
        check_suites: [suite(null), suite('2026-01-01T00:00:00Z', 'b'.repeat(40)), suite('2026-11-20T10:05:00Z')],
      }),
    });
    expect(await headPushedBy(api, REPO, SHA)).toBe('2026-11-20T10:05:00Z');
  });

  it('lets an API error through (the evaluation then fails closed)', async () => {
    const api = fakeApi({
      request: () => {
        throw httpError(403, 'Resource not accessible by integration', 'GET /repos/acme/models/commits/x/check-suites');
      },
    });
    await expect(headPushedBy(api, REPO, SHA)).rejects.toMatchObject({ status: 403 });
  });

  it('is what the port answers', async () => {
    const api = fakeApi({ request: () => ({ total_count: 1, check_suites: [suite('2026-11-20T10:05:00Z')] }) });
    expect(await createGitHubPort(api).headPushedBy(REPO, SHA)).toBe('2026-11-20T10:05:00Z');
  });
});
