// `rsp-gate audit`, the pure part: from what GitHub keeps about each pull request (its comments and reviews, the check
// runs on its head, who merged it), one row per PR the gate evaluated, with its verdict, levels and ledger.
import * as z from 'zod';
import type { CommandComment } from '../commands/handler.ts';
import { commandTime, sourceOf } from '../commands/handler.ts';
import { parseCommands } from '../commands/parse.ts';
import { carriesState } from '../commands/registry.ts';
import { LedgerEntrySchema } from '../engine/ledger.ts';
import { REPORT_MARKER } from './markdown.ts';
import { REPLY_MARKER } from './reply.ts';
import { decodeRecord, type AuditRecord } from './record.ts';

/** A check run of the gate's name on a PR's head, as GitHub keeps it. */
export interface AuditCheckRun {
  name: string;
  /** Lower case: completed, in_progress … */
  status: string;
  /** Lower case (success, failure, action_required, neutral, cancelled …); null while not completed. */
  conclusion: string | null;
  completedAt: string | null;
  /** The App that wrote it (its slug). */
  app: string | null;
  url: string;
}

/** One pull request as read from GitHub for an audit. */
export interface AuditPullRequest {
  number: number;
  title: string;
  url: string;
  state: 'OPEN' | 'CLOSED' | 'MERGED';
  author: string;
  createdAt: string;
  updatedAt: string;
  mergedAt: string | null;
  mergedBy: string | null;
  baseSha: string;
  headSha: string;
  /** Comments and review bodies, oldest first (kind says which). */
  comments: CommandComment[];
  /** Check runs named like the gate on the head. */
  checkRuns: AuditCheckRun[];
  /** Commit statuses named like the gate on the head (the gate's `report: status` mode). */
  statuses: Array<{ context: string; state: string }>;
}

/** A ledger entry as an audit knows it: `counted` is null when no record says whether the command counted. */
const AuditLedgerEntrySchema = LedgerEntrySchema.extend({
  counted: z.boolean().nullable().describe('null: no audit record on the PR says whether it counted (re-derived from its comments)'),
});
export type AuditLedgerEntry = z.infer<typeof AuditLedgerEntrySchema>;

export interface AuditRow {
  number: number;
  title: string;
  url: string;
  author: string;
  state: AuditPullRequest['state'];
  createdAt: string;
  mergedAt: string | null;
  mergedBy: string | null;
  headSha: string;
  /** The final verdict: the gate's check run on the head, else its record; null when neither says. */
  conclusion: string | null;
  verdictFrom: 'check-run' | 'status' | 'record' | 'none';
  checkRun: AuditCheckRun | null;
  /** The head the sticky comment's record describes, when there is one. */
  recordHeadSha: string | null;
  referenceDate: string | null;
  requiredLevel: string | null;
  models: AuditRecord['models'];
  ledgerFrom: 'record' | 'comments';
  ledger: AuditLedgerEntry[];
  /** What an auditor should know about this row (disagreements, gaps). */
  notes: string[];
}

/** The words a re-derived entry carries: without a record, only the gate's evaluation at the time knew. */
export const NOT_RECORDED =
  'not recorded: the PR has no audit record (evaluated before rsp-gate wrote one), so whether this command counted is unknown';

/** The gate's own report comment: starts with its marker, written by a bot account, edited by no one else. */
function gateReport(comments: readonly CommandComment[]): CommandComment | undefined {
  return comments
    .filter((c) => c.kind !== 'review' && c.author.isBot && c.body.trimStart().startsWith(REPORT_MARKER))
    .filter((c) => c.author.editor === null || c.author.editor.toLowerCase() === c.author.login.toLowerCase())
    .at(-1);
}

function isGateText(c: CommandComment): boolean {
  const body = c.body.trimStart();
  return body.startsWith(REPORT_MARKER) || body.startsWith(REPLY_MARKER);
}

/** The state-carrying commands of the PR's comments and reviews, re-derived, with `counted` unknown. */
function rederivedLedger(comments: readonly CommandComment[]): AuditLedgerEntry[] {
  const entries: AuditLedgerEntry[] = [];
  for (const c of comments) {
    if (isGateText(c)) continue;
    for (const command of parseCommands(c.body).commands) {
      if (!carriesState(command)) continue;
      const entry: AuditLedgerEntry = {
        command: command.name,
        user: c.author.login,
        at: commandTime(c),
        source: sourceOf(c),
        counted: null,
        reason: NOT_RECORDED,
      };
      if ('model' in command && command.model !== undefined) entry.model = command.model;
      if ('safeguard' in command) entry.safeguard = command.safeguard;
      if ('fingerprint' in command && command.fingerprint !== undefined) entry.fingerprint = command.fingerprint;
      entries.push(entry);
    }
  }
  return entries.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** The latest completed check run of the gate's name, else the latest at all. */
function finalCheck(runs: readonly AuditCheckRun[]): AuditCheckRun | undefined {
  const time = (r: AuditCheckRun) => (r.completedAt === null ? -Infinity : Date.parse(r.completedAt));
  const sorted = [...runs].sort((a, b) => time(a) - time(b));
  return sorted.filter((r) => r.status === 'completed').at(-1) ?? sorted.at(-1);
}

/** Whether the gate evaluated the PR: a check run or status of its name on the head, or its report comment. */
function wasEvaluated(pr: AuditPullRequest): boolean {
  return pr.checkRuns.length > 0 || pr.statuses.length > 0 || gateReport(pr.comments) !== undefined;
}

function verdictOf(pr: AuditPullRequest, record: AuditRecord | undefined, notes: string[]) {
  const check = finalCheck(pr.checkRuns);
  const apps = [...new Set(pr.checkRuns.map((r) => r.app ?? 'unknown'))];
  if (apps.length > 1) notes.push(`check runs of this name come from several apps (${apps.join(', ')}); the latest is shown`);
  if (record !== undefined && record.headSha !== pr.headSha)
    notes.push(`the sticky comment's record describes head ${record.headSha.slice(0, 12)}, not the PR's head ${pr.headSha.slice(0, 12)}`);
  const recorded = record?.headSha === pr.headSha ? record.conclusion : undefined;
  if (check?.conclusion != null) {
    if (recorded !== undefined && recorded !== check.conclusion)
      notes.push(`the check run concluded ${check.conclusion} but the record says ${recorded}`);
    return { conclusion: check.conclusion, verdictFrom: 'check-run' as const, checkRun: check };
  }
  const status = pr.statuses.at(-1);
  if (status !== undefined) return { conclusion: status.state.toLowerCase(), verdictFrom: 'status' as const, checkRun: check ?? null };
  if (recorded !== undefined) return { conclusion: recorded, verdictFrom: 'record' as const, checkRun: check ?? null };
  return { conclusion: null, verdictFrom: 'none' as const, checkRun: check ?? null };
}

export function auditRow(pr: AuditPullRequest): AuditRow {
  const notes: string[] = [];
  const report = gateReport(pr.comments);
  const record = report === undefined ? undefined : decodeRecord(report.body);
  if (report !== undefined && record === undefined) notes.push('the report comment carries no readable audit record');
  if (record?.omitted !== undefined && record.omitted.ledger + record.omitted.models > 0)
    notes.push(`the record left out ${record.omitted.ledger} ledger entries and ${record.omitted.models} models to stay within its size`);
  const verdict = verdictOf(pr, record, notes);
  return {
    number: pr.number,
    title: pr.title,
    url: pr.url,
    author: pr.author,
    state: pr.state,
    createdAt: pr.createdAt,
    mergedAt: pr.mergedAt,
    mergedBy: pr.mergedBy,
    headSha: pr.headSha,
    ...verdict,
    recordHeadSha: record?.headSha ?? null,
    referenceDate: record?.referenceDate ?? null,
    requiredLevel: record?.requiredLevel ?? null,
    models: record?.models ?? [],
    ledgerFrom: record === undefined ? 'comments' : 'record',
    ledger: record === undefined ? rederivedLedger(pr.comments) : record.ledger,
    notes,
  };
}

export interface AuditPeriod {
  since: string;
  until: string;
}

/** The rule, stated once: a PR is in the period when it was created by `until` and last updated from `since` on. */
export function inPeriod(pr: Pick<AuditPullRequest, 'createdAt' | 'updatedAt'>, period: AuditPeriod): boolean {
  return Date.parse(pr.createdAt) <= Date.parse(period.until) && Date.parse(pr.updatedAt) >= Date.parse(period.since);
}

export interface Audit {
  auditVersion: 1;
  repository: string;
  since: string;
  until: string;
  /** Pull requests of the period read; those the gate never evaluated are counted here, not listed. */
  scanned: number;
  pullRequests: AuditRow[];
}

export function assembleAudit(repository: string, period: AuditPeriod, pulls: readonly AuditPullRequest[]): Audit {
  const scanned = pulls.filter((p) => inPeriod(p, period));
  const rows = scanned
    .filter(wasEvaluated)
    .map(auditRow)
    .sort((a, b) => a.number - b.number);
  return { auditVersion: 1, repository, since: period.since, until: period.until, scanned: scanned.length, pullRequests: rows };
}
