import { describe, expect, it } from 'vitest';
import type { PrComment } from '../../../src/ports/github.ts';
import { REPORT_MARKER } from '../../../src/report/markdown.ts';
import { notifiedRecord, planNotifications, readNotified } from '../../../src/run/notify-owners.ts';
import { failingVerdict } from '../report/verdicts.ts';

const repo = { owner: 'acme', repo: 'models' };

function sticky(body: string): PrComment {
  return {
    id: 'c1',
    databaseId: 1,
    url: 'u',
    body,
    createdAt: '2026-01-05T12:00:00Z',
    lastEditedAt: null,
    viewerDidAuthor: true,
    author: { login: 'rsp-gate[bot]', type: 'Bot' },
  } as unknown as PrComment;
}

describe('planNotifications', () => {
  it("asks the policy's owners of pending safeguards: users as reviewers, the organisation's teams as team reviewers", () => {
    const plan = planNotifications(failingVerdict(), new Set(), repo, 'carol');
    expect(plan.request).toEqual({ users: ['alice'], teams: ['safeguards'] });
    expect(plan.notified.sort()).toEqual(['@acme/safeguards asl3-classifiers frontier-7', 'alice asl3-classifiers frontier-7']);
  });

  it('never asks again while nothing new is needed, never the PR author, never a team of another organisation', () => {
    const first = planNotifications(failingVerdict(), new Set(), repo, 'carol');
    expect(planNotifications(failingVerdict(), new Set(first.notified), repo, 'carol').request).toEqual({ users: [], teams: [] });
    expect(planNotifications(failingVerdict(), new Set(), repo, 'alice').request).toEqual({ users: [], teams: ['safeguards'] });
    expect(planNotifications(failingVerdict(), new Set(), { owner: 'other', repo: 'x' }, 'carol').request).toEqual({
      users: ['alice'],
      teams: [],
    });
  });
});

describe('the record in the sticky comment', () => {
  it('reads back what was written, and nothing in it can end the HTML comment', () => {
    const keys = ['alice sg-1 m-1', '@acme/x--> sg-2 m-1'];
    const record = notifiedRecord(keys);
    expect(record).not.toMatch(/-->.*-->/s);
    expect([...readNotified([sticky(`${REPORT_MARKER}\nreport${record}`)], REPORT_MARKER)].sort()).toEqual([...keys].sort());
  });

  it('trusts only the gate own sticky comment', () => {
    const forged = { ...sticky(`${REPORT_MARKER}\n${notifiedRecord(['alice sg-1 m-1'])}`), viewerDidAuthor: false };
    expect(readNotified([forged], REPORT_MARKER).size).toBe(0);
  });
});
