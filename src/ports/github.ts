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
  comments: PrComment[];
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
  /** The PR's comments as read at the start of the run. */
  comments: readonly PrComment[];
  /**
   * Asked right before writing: false when the PR head is no longer the one evaluated, so that an evaluation of an
   * older head never overwrites a newer report.
   */
  stillCurrent(): Promise<boolean>;
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
}

export interface CheckResult {
  checkRunId?: number;
  checkRunUrl?: string;
  statusWritten: boolean;
  /** Set when a check run was wanted but the token may not write one, so a status was written instead. */
  fellBackToStatus?: string;
  annotationsSent: number;
  annotationsDropped: number;
}

export interface GitHubPort {
  readPullRequest(repo: RepoRef, number: number): Promise<PullRequestSnapshot>;
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
  postComment(repo: RepoRef, number: number, body: string): Promise<void>;
  react(repo: RepoRef, commentId: number, content: ReactionContent): Promise<void>;
  /** Asks users and teams (slugs) to review the PR: how owners are told their attestation is needed. */
  requestReviewers?(repo: RepoRef, number: number, users: readonly string[], teams: readonly string[]): Promise<void>;
  /** One sentence a user can act on for a failure of any of the calls above; never includes a token. */
  describeError(error: unknown): string;
}

/** The gate's own comments that carry `marker` on their first line, oldest first. */
export function ownComments(comments: readonly PrComment[], marker: string): PrComment[] {
  return comments
    .filter((c) => c.viewerDidAuthor && c.body.trimStart().startsWith(marker))
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.databaseId - b.databaseId);
}
