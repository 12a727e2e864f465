import type { GitHubApi } from './api.ts';
import { changedFiles } from './changed-files.ts';
import { headPushedBy } from './check-suites.ts';
import { abandonCheck, foreignChecks, linkCheck, publishCheck, startCheck } from './checks.ts';
import { postComment, publishSticky, react, replyToLineComment } from './comments.ts';
import { createAccessLookup } from './permissions.ts';
import { requestReviewers } from './review-requests.ts';
import { currentHead, openPullRequests, readPullRequest } from './pull-request.ts';
import { createApiRepoReader, type ReaderOptions } from './repo-reader.ts';
import type { GitHubPort } from '../ports/github.ts';
import { describeGitHubError } from './errors.ts';
import { githubLfsStore, lfsServerOf, type LfsServer } from './lfs.ts';

/** `lfs`: the Git LFS server of the repositories read; by default the one `api` (an Octokit) points at. */
export function createGitHubPort(api: GitHubApi, options: { reader?: ReaderOptions; lfs?: LfsServer } = {}): GitHubPort {
  const lfs = options.lfs ?? lfsServerOf(api);
  return {
    readPullRequest: (repo, number, checkName) => readPullRequest(api, repo, number, checkName),
    currentHead: (repo, number) => currentHead(api, repo, number),
    openPullRequests: (repo, baseRef) => openPullRequests(api, repo, baseRef),
    reader: (repo) => createApiRepoReader(api, repo, options.reader, lfs, githubLfsStore(repo, lfs)),
    changedFiles: (repo, reader, base, head) => changedFiles(api, repo, reader, base, head),
    headPushedBy: (repo, sha) => headPushedBy(api, repo, sha),
    access: (repo) => createAccessLookup(api, repo),
    publishSticky: (repo, input) => publishSticky(api, repo, input),
    publishCheck: (repo, input) => publishCheck(api, repo, input),
    foreignChecks: (repo, sha, name, own) => foreignChecks(api, repo, sha, name, own),
    startCheck: (repo, input) => startCheck(api, repo, input),
    abandonCheck: (repo, id, reason) => abandonCheck(api, repo, id, reason),
    linkCheck: (repo, id, url) => linkCheck(api, repo, id, url),
    postComment: (repo, number, body) => postComment(api, repo, number, body),
    replyToLineComment: (repo, number, commentId, body) => replyToLineComment(api, repo, number, commentId, body),
    react: (repo, commentId, content) => react(api, repo, commentId, content),
    requestReviewers: (repo, number, users, teams) => requestReviewers(api, repo, number, users, teams),
    describeError: describeGitHubError,
  };
}
