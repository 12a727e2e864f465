// The GitHub port: what the shared PR flow asks of GitHub and the shapes of its answers. The orchestration (run/)
// depends on this module only; github/ implements it over Octokit, tests over a fake.
import type { AccessLookup } from '../commands/authorize.ts';
import type { CommandComment } from '../commands/handler.ts';
import type { Conclusion } from '../engine/types.ts';
import type { CheckAnnotation } from '../report/check.ts';
import type { RepoReader } from './repo-reader.ts';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface PullRequestSnapshot {
  number: number;
  /** OPEN, CLOSED or MERGED. */
  state: string;
  url: string;
  author: string;
  headSha: string;
  baseSha: string;
  baseRef: string;
  /**
   * The base branch's tip now, where the policy is read from: GitHub keeps `baseSha` as it was when the PR was last
   * updated. Absent when the branch is gone.
   */
  baseTipSha?: string;
  comments: PrComment[];
  /**
   * The last force push to the current head on the PR's timeline (GitHub's time), or null when there is none;
   * `complete` false when the timeline could not be read far enough to know.
   */
  headForcePush: { at: string | null; complete: boolean };
  /** What GitHub shows on the head commit, when it was read with the PR (else the port's own reads answer). */
  headChecks?: HeadChecks;
}

/** The head commit's check suites and the runs and statuses named like the gate's check, as read with the PR. */
export interface HeadChecks {
  /** The earliest creation time among the head's check suites (first 100), or null when it has none. */
  earliestSuite: string | null;
  runs: Array<{ appId: number | null; appSlug: string | null; state: string }>;
  statuses: Array<{ context: string; state: string; creator: string | null }>;
}

export interface OpenPullRequest {
  number: number;
  headSha: string;
}

/** A PR comment as the gate reads it. */
export interface PrComment extends CommandComment {
  databaseId: number;
  url: string;
  /** Written with the token the gate runs with: the gate's own comment or reply. */
  viewerDidAuthor: boolean;
  /** The body of a submitted PR review, read like a comment (its databaseId is the review's). */
  review?: true;
}

export type ReactionContent = 'eyes' | '+1' | '-1' | 'confused';

export type StickyResult =
  | { action: 'created' | 'updated'; id: number; url: string; deletedDuplicates: number }
  | { action: 'unchanged'; id: number; url: string; deletedDuplicates: number }
  | { action: 'skipped'; reason: string };

export interface StickyInput {
  number: number;
  body: string;
  marker: string;
  /** The head the report describes: recorded in the comment, so no evaluation replaces a report about a newer head. */
  headSha: string;
  /** The PR's comments as read at the start of the run. */
  comments: readonly PrComment[];
  /**
   * Asked right before writing, with the head the report on the PR describes now (read again just before): false when
   * the evaluated head is no longer the PR's head, or when that report is about the current head and ours is not.
   */
  stillCurrent(reportedHead: string | undefined): Promise<boolean>;
}

export type ReportMode = 'check' | 'status' | 'both';

export interface CheckInput {
  name: string;
  headSha: string;
  conclusion: Conclusion;
  title: string;
  summary: string;
  /** The full report, under the summary on the check's page. */
  text?: string;
  annotations: CheckAnnotation[];
  /** Where the details are (the run, the PR comment); GitHub asks for one with action_required. */
  detailsUrl?: string;
  mode: ReportMode;
  /** The in-progress check run this run started: completed in place rather than a new one written. */
  checkRunId?: number;
}

export interface CheckResult {
  checkRunId?: number;
  checkRunUrl?: string;
  statusWritten: boolean;
  /** Set when a check run was wanted but the token may not write one, so a status was written instead. */
  fellBackToStatus?: string;
  annotationsSent: number;
  annotationsDropped: number;
  /** The GitHub App that owns the check run written (the Actions app for a workflow token). */
  appId?: number;
}

/** A check run or commit status of the gate's name on the head that the gate did not write. */
export interface ForeignCheck {
  kind: 'check run' | 'commit status';
  /** Who wrote it, as GitHub names them: an app's slug, or a status creator's login. */
  source: string;
  state: string;
}

export interface GitHubPort {
  /** `checkName`: the runs and statuses of this name on the head are read with the PR. */
  readPullRequest(repo: RepoRef, number: number, checkName: string): Promise<PullRequestSnapshot>;
  currentHead(repo: RepoRef, number: number): Promise<{ sha: string; state: string }>;
  openPullRequests(repo: RepoRef, baseRef?: string): Promise<OpenPullRequest[]>;
  /** A reader for one evaluation (it caches trees and dates for that evaluation only). */
  reader(repo: RepoRef): RepoReader;
  changedFiles(repo: RepoRef, reader: RepoReader, base: string, head: string): Promise<string[]>;
  /** Earliest creation time of the check suites of `sha` (one request), or null when it has none. */
  headPushedBy(repo: RepoRef, sha: string): Promise<string | null>;
  access(repo: RepoRef): AccessLookup;
  publishSticky(repo: RepoRef, input: StickyInput): Promise<StickyResult>;
  publishCheck(repo: RepoRef, input: CheckInput): Promise<CheckResult>;
  /** An in-progress check run on `headSha`, written before the evaluation so that a killed run leaves a trace; its id. */
  startCheck(repo: RepoRef, input: { name: string; headSha: string; detailsUrl?: string }): Promise<number>;
  /** Points a written check run's details link at `url` (the report comment, once it exists). */
  linkCheck(repo: RepoRef, checkRunId: number, url: string): Promise<void>;
  /** Completes the check run as failure with `reason` if it is still in progress (a run that never finished); true then. */
  abandonCheck(repo: RepoRef, checkRunId: number, reason: string): Promise<boolean>;
  /** Check runs of another app, and commit statuses the gate did not write, named `name` on `sha`. */
  foreignChecks(repo: RepoRef, sha: string, name: string, own: CheckResult): Promise<ForeignCheck[]>;
  postComment(repo: RepoRef, number: number, body: string): Promise<void>;
  /** Answers a comment on a line of the PR's code in its own thread. */
  replyToLineComment(repo: RepoRef, number: number, commentId: number, body: string): Promise<void>;
  react(repo: RepoRef, commentId: number, content: ReactionContent): Promise<void>;
  /** Asks users and teams (slugs) to review the PR: how owners are told their attestation is needed. */
  requestReviewers?(repo: RepoRef, number: number, users: readonly string[], teams: readonly string[]): Promise<void>;
  /** One sentence a user can act on for a failure of any of the calls above; never includes a token. */
  describeError(error: unknown): string;
}

/** A comment the gate wrote that someone else has edited since: whatever it says now is not the gate's. */
export function tamperedWith(c: PrComment): boolean {
  return c.viewerDidAuthor && c.author.editor !== null && c.author.editor.toLowerCase() !== c.author.login.toLowerCase();
}

/**
 * The gate's own comments that carry `marker` on their first line, oldest first. When none does, a comment of the
 * gate's that someone else edited is taken for the report whose marker the edit removed, so that the real report is
 * written over the forgery (another comment by the same token, e.g. another workflow's, is never adopted beside a report).
 */
export function ownComments(comments: readonly PrComment[], marker: string): PrComment[] {
  const byAge = (a: PrComment, b: PrComment) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.databaseId - b.databaseId;
  const marked = comments.filter((c) => c.viewerDidAuthor && c.body.trimStart().startsWith(marker)).sort(byAge);
  if (marked.length > 0) return marked;
  return comments.filter(tamperedWith).sort(byAge).slice(0, 1);
}
