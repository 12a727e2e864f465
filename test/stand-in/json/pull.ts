// pull-request and pull-request-simple, as GET /pulls/{n} and GET /pulls answer.
import type { PullRequestRecord, StandInState } from '../state.ts';
import type { Links } from './links.ts';
import { repoApiUrl, repository } from './repository.ts';
import { simpleUser } from './user.ts';

export interface PullStats {
  commits: number;
  additions: number;
  deletions: number;
  changedFiles: number;
}

export function pullRequestSimple(pull: PullRequestRecord, state: StandInState, links: Links): Record<string, unknown> {
  const repoUrl = repoApiUrl(pull.repo, links);
  const url = `${repoUrl}/pulls/${pull.number}`;
  const htmlUrl = `${links.web}/${pull.repo.fullName}/pull/${pull.number}`;
  const issueUrl = `${repoUrl}/issues/${pull.number}`;
  const side = (ref: string, sha: string) => ({
    label: `${pull.repo.owner.login}:${ref}`,
    ref,
    sha,
    user: simpleUser(pull.repo.owner, links),
    repo: repository(pull.repo, links),
  });
  return {
    url,
    id: pull.id,
    node_id: pull.nodeId,
    html_url: htmlUrl,
    diff_url: `${htmlUrl}.diff`,
    patch_url: `${htmlUrl}.patch`,
    issue_url: issueUrl,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${repoUrl}/pulls/comments{/number}`,
    comments_url: `${issueUrl}/comments`,
    statuses_url: `${repoUrl}/statuses/${pull.head.sha}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    user: simpleUser(pull.author, links),
    body: pull.body === '' ? null : pull.body,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: pull.createdAt,
    updated_at: pull.updatedAt,
    closed_at: pull.closedAt,
    merged_at: pull.merged ? pull.closedAt : null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: side(pull.head.ref, pull.head.sha),
    base: side(pull.base.ref, pull.base.sha),
    _links: {
      self: { href: url },
      html: { href: htmlUrl },
      issue: { href: issueUrl },
      comments: { href: `${issueUrl}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${repoUrl}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: `${repoUrl}/statuses/${pull.head.sha}` },
    },
    author_association: state.association(pull.repo, pull.author),
    auto_merge: null,
    draft: pull.draft,
  };
}

export function pullRequest(pull: PullRequestRecord, stats: PullStats, state: StandInState, links: Links): Record<string, unknown> {
  return {
    ...pullRequestSimple(pull, state, links),
    merged: pull.merged,
    mergeable: pull.state === 'open' ? true : null,
    rebaseable: pull.state === 'open' ? true : null,
    mergeable_state: pull.state === 'open' ? 'clean' : 'unknown',
    merged_by: null,
    comments: state.commentsOn(pull.repo.fullName, pull.number).length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: stats.commits,
    additions: stats.additions,
    deletions: stats.deletions,
    changed_files: stats.changedFiles,
  };
}
