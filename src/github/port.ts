// Everything the shared PR flow asks of GitHub, in one object: the Action and the App build it over their Octokit,
// tests over a fake. Nothing else in the product talks to the API.
import type { AccessLookup } from '../commands/authorize.ts';
import type { RepoReader } from '../run/evaluate-change.ts';
import type { GitHubApi, RepoRef } from './api.ts';
import { changedFiles } from './changed-files.ts';
import { headPushedBy } from './check-suites.ts';
import { publishCheck, type CheckInput, type CheckResult } from './checks.ts';
import { postComment, publishSticky, react, type ReactionContent, type StickyInput, type StickyResult } from './comments.ts';
import { createAccessLookup } from './permissions.ts';
import { currentHead, openPullRequests, readPullRequest, type OpenPullRequest, type PullRequestSnapshot } from './pull-request.ts';
import { createApiRepoReader, type ReaderOptions } from './repo-reader.ts';

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
}

export function createGitHubPort(api: GitHubApi, options: { reader?: ReaderOptions } = {}): GitHubPort {
  return {
    readPullRequest: (repo, number) => readPullRequest(api, repo, number),
    currentHead: (repo, number) => currentHead(api, repo, number),
    openPullRequests: (repo, baseRef) => openPullRequests(api, repo, baseRef),
    reader: (repo) => createApiRepoReader(api, repo, options.reader),
    changedFiles: (repo, reader, base, head) => changedFiles(api, repo, reader, base, head),
    headPushedBy: (repo, sha) => headPushedBy(api, repo, sha),
    access: (repo) => createAccessLookup(api, repo),
    publishSticky: (repo, input) => publishSticky(api, repo, input),
    publishCheck: (repo, input) => publishCheck(api, repo, input),
    postComment: (repo, number, body) => postComment(api, repo, number, body),
    react: (repo, commentId, content) => react(api, repo, commentId, content),
  };
}
