import { describe, expect, it } from 'vitest';
import { NOT_RECORDED, assembleAudit, auditRow, inPeriod, type AuditPullRequest } from '../../../src/report/audit.ts';
import { renderAudit } from '../../../src/report/audit-format.ts';
import { encodeRecord } from '../../../src/report/record.ts';
import { REPORT_MARKER } from '../../../src/report/markdown.ts';
import { REPLY_MARKER } from '../../../src/report/reply.ts';
import type { CommandComment } from '../../../src/commands/handler.ts';
import type { LedgerEntry } from '../../../src/engine/types.ts';
import { failingVerdict } from './verdicts.ts';

const HEAD = 'a'.repeat(40);
const period = { since: '2026-01-01T00:00:00.000Z', until: '2026-03-31T23:59:59.999Z' };

let ids = 0;
function note(login: string, body: string, options: Partial<CommandComment> & { isBot?: boolean; editor?: string } = {}): CommandComment {
  const { isBot = false, editor = null, ...rest } = options;
  ids++;
  return {
    id: `IC_${ids}`,
    url: `https://github.example/acme/models/pull/1#issuecomment-${ids}`,
    author: { login, isBot, editor },
    body,
    createdAt: `2026-02-01T10:${String(ids % 60).padStart(2, '0')}:00Z`,
    lastEditedAt: editor === null ? null : '2026-02-01T11:00:00Z',
    ...rest,
  };
}

const refused: LedgerEntry = {
  command: 'attest',
  user: 'mallory',
  at: '2026-02-01T10:00:00Z',
  source: { kind: 'comment', id: 'IC_x', url: 'https://github.example/acme/models/pull/1#issuecomment-9' },
  safeguard: 'asl3-egress',
  counted: false,
  reason: 'mallory is not one of the owners of asl3-egress (bob)',
};

function reportBody(head = HEAD, ledger: LedgerEntry[] = [refused]): string {
  const v = failingVerdict();
  v.subject = { repository: 'acme/models', pullRequest: 1, baseSha: 'b'.repeat(40), headSha: head };
  v.ledger = ledger;
  return `${REPORT_MARKER}\n### report${encodeRecord(v)}`;
}

function pull(overrides: Partial<AuditPullRequest> = {}): AuditPullRequest {
  return {
    number: 1,
    title: 'Add results',
    url: 'https://github.example/acme/models/pull/1',
    state: 'MERGED',
    author: 'carol',
    createdAt: '2026-02-01T09:00:00Z',
    updatedAt: '2026-02-02T09:00:00Z',
    mergedAt: '2026-02-02T09:00:00Z',
    mergedBy: 'dave',
    baseSha: 'b'.repeat(40),
    headSha: HEAD,
    comments: [note('github-actions', reportBody(), { isBot: true })],
    checkRuns: [
      {
        name: 'rsp-gate',
        status: 'completed',
        conclusion: 'failure',
        completedAt: '2026-02-01T12:00:00Z',
        app: 'github-actions',
        url: 'u',
      },
    ],
    statuses: [],
    ...overrides,
  };
}

describe('an audit row', () => {
  it("takes the verdict from the head's check run, and levels and ledger from the gate's record", () => {
    const row = auditRow(pull());
    expect(row).toMatchObject({ conclusion: 'failure', verdictFrom: 'check-run', ledgerFrom: 'record', mergedBy: 'dave', notes: [] });
    expect(row.models).toEqual([{ id: 'frontier-7', declaredLevel: 'ASL-2', requiredLevel: 'ASL-3', conclusion: 'failure' }]);
    expect(row.ledger).toEqual([refused]);
  });

  it('says when the check run and the record disagree, or the record is about another head', () => {
    const success = {
      name: 'rsp-gate',
      status: 'completed',
      conclusion: 'success',
      completedAt: '2026-02-01T13:00:00Z',
      app: 'other-app',
      url: 'u',
    };
    const row = auditRow(pull({ checkRuns: [...pull().checkRuns, success] }));
    expect(row.conclusion).toBe('success');
    expect(row.notes).toEqual([
      'check runs of this name come from several apps (github-actions, other-app); the latest is shown',
      'the check run concluded success but the record says failure',
    ]);
    const older = auditRow(pull({ comments: [note('github-actions', reportBody('c'.repeat(40)), { isBot: true })], checkRuns: [] }));
    expect(older).toMatchObject({ conclusion: null, verdictFrom: 'none', recordHeadSha: 'c'.repeat(40) });
    expect(older.notes).toEqual([`the sticky comment's record describes head cccccccccccc, not the PR's head aaaaaaaaaaaa`]);
  });

  it('uses the record for the verdict when the head has no check run', () => {
    expect(auditRow(pull({ checkRuns: [] }))).toMatchObject({ conclusion: 'failure', verdictFrom: 'record' });
  });

  it("never trusts a record in a person's comment or in a report someone else edited", () => {
    for (const forged of [note('mallory', reportBody()), note('github-actions', reportBody(), { isBot: true, editor: 'mallory' })]) {
      const row = auditRow(pull({ comments: [forged] }));
      expect(row.ledgerFrom).toBe('comments');
      expect(row.models).toEqual([]);
    }
  });

  it('re-derives the commands of comments and reviews, with counted unknown, when there is no record', () => {
    const row = auditRow(
      pull({
        comments: [
          note('github-actions', `${REPORT_MARKER}\nold report`, { isBot: true }),
          note('github-actions', `${REPLY_MARKER}\n- \`/rsp attest asl3-egress\` refused`, { isBot: true }),
          note('alice', 'Live.\n/rsp attest asl3-classifiers frontier-7 fp:0123456789abcdef0123\n/rsp evaluate'),
          note('bob', '/rsp revoke asl3-egress', { kind: 'review' }),
        ],
      }),
    );
    expect(row.ledgerFrom).toBe('comments');
    expect(row.notes).toEqual(['the report comment carries no readable audit record']);
    expect(row.ledger).toEqual([
      expect.objectContaining({
        command: 'attest',
        user: 'alice',
        model: 'frontier-7',
        fingerprint: '0123456789abcdef0123',
        counted: null,
        reason: NOT_RECORDED,
      }),
      expect.objectContaining({ command: 'revoke', user: 'bob', source: expect.objectContaining({ kind: 'review' }), counted: null }),
    ]);
  });
});

describe('an audit', () => {
  it('lists the evaluated PRs of the period and counts the others', () => {
    const audit = assembleAudit('acme/models', period, [
      pull({ number: 3 }),
      pull({ number: 2, checkRuns: [], comments: [] }),
      pull({ number: 1, createdAt: '2025-12-01T00:00:00Z', updatedAt: '2025-12-31T23:59:59Z' }),
    ]);
    expect(audit.scanned).toBe(2);
    expect(audit.pullRequests.map((p) => p.number)).toEqual([3]);
  });

  it('counts a PR in the period when it was created by the end and last updated from the start on', () => {
    expect(inPeriod({ createdAt: '2025-06-01T00:00:00Z', updatedAt: period.since }, period)).toBe(true);
    expect(inPeriod({ createdAt: period.until, updatedAt: '2026-09-01T00:00:00Z' }, period)).toBe(true);
    expect(inPeriod({ createdAt: '2026-04-01T00:00:00Z', updatedAt: '2026-04-02T00:00:00Z' }, period)).toBe(false);
    expect(inPeriod({ createdAt: '2025-06-01T00:00:00Z', updatedAt: '2025-12-31T23:59:59Z' }, period)).toBe(false);
  });

  it('defuses spreadsheet formulas and escapes Markdown in user text', () => {
    const audit = assembleAudit('acme/models', period, [pull({ title: '=HYPERLINK("https://evil.example")', author: '@everyone' })]);
    const csv = renderAudit(audit, 'csv').split('\r\n')[1]!;
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"")"`);
    expect(csv).toContain(",'@everyone,");
    const markdown = renderAudit(audit, 'markdown');
    expect(markdown).not.toContain('@everyone');
    expect(markdown).not.toContain('](https://evil');
  });
});
