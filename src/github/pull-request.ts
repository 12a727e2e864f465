// The pull request as one snapshot (SHAs, author, state and every comment) read in one GraphQL query, a cheap re-read
// of its head right before writing, and the open PRs of a base branch.
import type { GitHubApi } from './api.ts';
import { COMMENT_FIELDS, toComment, type CommentNode } from './comments.ts';
import { HEAD_CHECK_FIELDS, queryTolerating, toHeadChecks, type HeadCommitNode } from './head-checks.ts';
import { GitHubPortError } from './errors.ts';
import type { OpenPullRequest, PullRequestSnapshot, RepoRef } from '../ports/github.ts';

interface Connection<T> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: T[];
}

interface PullRequestNode {
  id: string;
  number: number;
  state: string;
  url: string;
  headRefOid: string;
  baseRefOid: string;
  baseRefName: string;
  baseRef: { target: { oid: string } | null } | null;
  author: { login: string } | null;
  comments: Connection<CommentNode>;
  reviews: Connection<CommentNode>;
  timelineItems: { totalCount: number; nodes: Array<{ createdAt?: string; afterCommit?: { oid: string } | null } | null> };
  commits?: { nodes: Array<{ commit: HeadCommitNode } | null> };
}

/**
 * Submitted reviews only: a pending review is its author's draft, and a dismissed one no longer stands, so neither
 * carries commands.
 */
const REVIEW_STATES = 'states: [APPROVED, CHANGES_REQUESTED, COMMENTED]';

const SNAPSHOT_QUERY = `query($owner: String!, $name: String!, $number: Int!, $checkName: String!) {
  repository(owner: $owner, name: $name) {
    pullRequest(number: $number) {
      id number state url headRefOid baseRefOid baseRefName baseRef { target { oid } }
      author { login }
      comments(first: 100) { pageInfo { hasNextPage endCursor } nodes { ${COMMENT_FIELDS} } }
      reviews(first: 100, ${REVIEW_STATES}) { pageInfo { hasNextPage endCursor } nodes { ${COMMENT_FIELDS} } }
      timelineItems(last: 100, itemTypes: [HEAD_REF_FORCE_PUSHED_EVENT]) { totalCount nodes { ... on HeadRefForcePushedEvent { createdAt afterCommit { oid } } } }
      commits(last: 1) { nodes { commit { ${HEAD_CHECK_FIELDS} } } }
    }
  }
}`;

const MORE_QUERY = {
  comments: `query($id: ID!, $after: String!) {
  node(id: $id) {
    ... on PullRequest { comments(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { ${COMMENT_FIELDS} } } }
  }
}`,
  reviews: `query($id: ID!, $after: String!) {
  node(id: $id) {
    ... on PullRequest { reviews(first: 100, after: $after, ${REVIEW_STATES}) { pageInfo { hasNextPage endCursor } nodes { ${COMMENT_FIELDS} } } }
  }
}`,
};

/** Every page of the PR's comments or reviews after the first, 100 at a time. */
async function restOf(api: GitHubApi, pr: PullRequestNode, field: 'comments' | 'reviews'): Promise<Array<CommentNode | null>> {
  const nodes = [...pr[field].nodes];
  let page = pr[field].pageInfo;
  while (page.hasNextPage && page.endCursor) {
    const more = (await api.graphql(MORE_QUERY[field], { id: pr.id, after: page.endCursor })) as {
      node: Record<typeof field, Connection<CommentNode>> | null;
    };
    // A page that cannot be read could hold a revocation: refuse rather than judge part of the thread.
    if (!more.node)
      throw new GitHubPortError(`the ${field} of pull request #${pr.number} could not be read past the first ${nodes.length}`);
    nodes.push(...more.node[field].nodes);
    page = more.node[field].pageInfo;
  }
  return nodes;
}

export async function readPullRequest(api: GitHubApi, repo: RepoRef, number: number, checkName: string): Promise<PullRequestSnapshot> {
  const answer = await queryTolerating(api, SNAPSHOT_QUERY, { owner: repo.owner, name: repo.repo, number, checkName });
  const data = answer.data as { repository: { pullRequest: PullRequestNode | null } | null };
  const pr = data.repository?.pullRequest;
  if (!pr) throw new GitHubPortError(`pull request #${number} was not found in ${repo.owner}/${repo.repo}`);
  const nodes = await restOf(api, pr, 'comments');
  const reviews = await restOf(api, pr, 'reviews');
  const snapshot: PullRequestSnapshot = {
    number: pr.number,
    state: pr.state,
    url: pr.url,
    author: pr.author?.login ?? 'ghost',
    headSha: pr.headRefOid,
    baseSha: pr.baseRefOid,
    baseRef: pr.baseRefName,
    ...(pr.baseRef?.target ? { baseTipSha: pr.baseRef.target.oid } : {}),
    comments: [
      ...nodes.filter((n): n is CommentNode => n !== null).map(toComment),
      // A review's body is read like a comment (an empty one holds no command). The gate writes no reviews: one by
      // its token is neither its report nor a command.
      ...reviews
        .filter((n): n is CommentNode => n !== null && n.body !== '' && !n.viewerDidAuthor)
        .map((n) => ({ ...toComment(n), review: true as const })),
    ],
    headForcePush: lastForcePushTo(pr.headRefOid, pr.timelineItems),
  };
  // Part of it refused (a token without checks or statuses read): all of it is asked for the other way.
  const headChecks = answer.headChecksRefused ? undefined : toHeadChecks(pr.headRefOid, pr.commits?.nodes.at(-1)?.commit);
  if (headChecks !== undefined) snapshot.headChecks = headChecks;
  return snapshot;
}

/**
 * When the PR's timeline last shows a force push to `head` (GitHub's time), so that force-pushing back to a commit
 * pushed long ago cannot borrow that commit's older push time. Only the last 100 force pushes are read: when there
 * are more and none of them is to `head`, the time is unknown.
 */
function lastForcePushTo(head: string, timeline: PullRequestNode['timelineItems']): PullRequestSnapshot['headForcePush'] {
  let at: string | null = null;
  for (const event of timeline.nodes) {
    if (event?.afterCommit?.oid !== head || typeof event.createdAt !== 'string') continue;
    if (at === null || Date.parse(event.createdAt) > Date.parse(at)) at = event.createdAt;
  }
  return { at, complete: at !== null || timeline.totalCount <= timeline.nodes.length };
}

/** The PR's head SHA and state now (one REST request), to check an evaluation is still about the current head. */
export async function currentHead(api: GitHubApi, repo: RepoRef, number: number): Promise<{ sha: string; state: string }> {
  const { data } = await api.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repo, pull_number: number });
  const pr = data as { head: { sha: string }; state: string };
  return { sha: pr.head.sha, state: pr.state };
}

/** The open PRs, those whose base is `baseRef` when given (REST, 100 a page). */
export async function openPullRequests(api: GitHubApi, repo: RepoRef, baseRef?: string): Promise<OpenPullRequest[]> {
  const found: OpenPullRequest[] = [];
  for (let page = 1; ; page++) {
    const { data } = await api.request('GET /repos/{owner}/{repo}/pulls', {
      ...repo,
      state: 'open',
      ...(baseRef === undefined ? {} : { base: baseRef }),
      per_page: 100,
      page,
    });
    const pulls = data as Array<{ number: number; head: { sha: string } }>;
    found.push(...pulls.map((p) => ({ number: p.number, headSha: p.head.sha })));
    if (pulls.length < 100) return found;
  }
}
