import { describe, expect, it } from 'vitest';
import { queryTolerating, toHeadChecks, type HeadCommitNode } from '../../../src/github/head-checks.ts';
import { foreignIn } from '../../../src/run/foreign-checks.ts';

const head: HeadCommitNode = {
  oid: 'h',
  checkSuites: {
    nodes: [
      {
        createdAt: '2026-01-05T12:03:00Z',
        app: { databaseId: 15368, slug: 'github-actions' },
        checkRuns: { nodes: [{ status: 'COMPLETED', conclusion: 'SUCCESS' }] },
      },
      {
        createdAt: '2026-01-05T12:01:00Z',
        app: { databaseId: 99, slug: 'impostor' },
        checkRuns: { nodes: [{ status: 'IN_PROGRESS', conclusion: null }] },
      },
      null,
    ],
  },
  status: {
    contexts: [
      { context: 'rsp-gate', state: 'SUCCESS', creator: { login: 'mallory' } },
      { context: 'ci', state: 'FAILURE', creator: null },
    ],
  },
};

describe('toHeadChecks', () => {
  it('takes the earliest suite, every same-named run with its app, and the statuses', () => {
    expect(toHeadChecks('h', head)).toEqual({
      earliestSuite: '2026-01-05T12:01:00Z',
      runs: [
        { appId: 15368, appSlug: 'github-actions', state: 'success' },
        { appId: 99, appSlug: 'impostor', state: 'in_progress' },
      ],
      statuses: [
        { context: 'rsp-gate', state: 'success', creator: 'mallory' },
        { context: 'ci', state: 'failure', creator: null },
      ],
    });
  });

  it('knows nothing when the commit read is not the head, or its suites could not be read', () => {
    expect(toHeadChecks('other', head)).toBeUndefined();
    expect(toHeadChecks('h', { ...head, checkSuites: null })).toBeUndefined();
    expect(toHeadChecks('h', undefined)).toBeUndefined();
  });
});

describe('foreignIn', () => {
  const checks = toHeadChecks('h', head)!;

  it("flags another app's run and, when the gate wrote no status, a status of its name", () => {
    expect(foreignIn(checks, 'rsp-gate', { appId: 15368, statusWritten: false, annotationsSent: 0, annotationsDropped: 0 })).toEqual([
      { kind: 'check run', source: 'app impostor', state: 'in_progress' },
      { kind: 'commit status', source: 'mallory', state: 'success' },
    ]);
  });

  it('does not flag the statuses when the gate writes statuses itself', () => {
    expect(foreignIn(checks, 'rsp-gate', { appId: 99, statusWritten: true, annotationsSent: 0, annotationsDropped: 0 })).toEqual([
      { kind: 'check run', source: 'app github-actions', state: 'success' },
    ]);
  });
});

describe('queryTolerating', () => {
  const api = (error: unknown) => ({
    request: async () => ({ status: 200, data: {}, headers: {} }),
    graphql: async () => Promise.reject(error),
  });

  it("uses the answer when only the head commit's checks were refused", async () => {
    const error = Object.assign(new Error('forbidden'), {
      data: { repository: { pullRequest: { number: 1 } } },
      errors: [{ path: ['repository', 'pullRequest', 'commits', 'nodes', 0, 'commit', 'status'] }],
    });
    expect(await queryTolerating(api(error), 'query', {})).toEqual({
      data: { repository: { pullRequest: { number: 1 } } },
      headChecksRefused: true,
    });
  });

  it('fails on any other error', async () => {
    const error = Object.assign(new Error('forbidden'), { data: { repository: null }, errors: [{ path: ['repository'] }] });
    await expect(queryTolerating(api(error), 'query', {})).rejects.toThrow('forbidden');
    await expect(queryTolerating(api(new Error('network')), 'query', {})).rejects.toThrow('network');
  });
});
