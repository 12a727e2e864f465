// pull-request-review and pull-request-review-comment (a comment on a line of code), as REST and webhooks show them.
import type { LineCommentRecord, ReviewRecord } from '../state.ts';
import type { Links } from './links.ts';
import { repoApiUrl } from './repository.ts';
import { simpleUser } from './user.ts';

export function review(record: ReviewRecord, links: Links): Record<string, unknown> {
  const html = `${links.web}/${record.repo.fullName}/pull/${record.pullNumber}#pullrequestreview-${record.id}`;
  const pullUrl = `${repoApiUrl(record.repo, links)}/pulls/${record.pullNumber}`;
  return {
    id: record.id,
    node_id: record.nodeId,
    user: simpleUser(record.author, links),
    body: record.body === '' ? null : record.body,
    state: record.state.toLowerCase(),
    html_url: html,
    pull_request_url: pullUrl,
    author_association: record.authorAssociation,
    _links: { html: { href: html }, pull_request: { href: pullUrl } },
    submitted_at: record.submittedAt ?? undefined,
    commit_id: record.commitId,
  };
}

export function lineComment(record: LineCommentRecord, links: Links): Record<string, unknown> {
  const api = repoApiUrl(record.repo, links);
  const url = `${api}/pulls/comments/${record.id}`;
  const html = `${links.web}/${record.repo.fullName}/pull/${record.pullNumber}#discussion_r${record.id}`;
  const pullUrl = `${api}/pulls/${record.pullNumber}`;
  return {
    url,
    pull_request_review_id: record.reviewId,
    id: record.id,
    node_id: record.nodeId,
    diff_hunk: `@@ -0,0 +1,${record.line} @@`,
    path: record.path,
    commit_id: record.commitId,
    original_commit_id: record.commitId,
    ...(record.inReplyTo === null ? {} : { in_reply_to_id: record.inReplyTo }),
    user: simpleUser(record.author, links),
    body: record.body,
    created_at: record.createdAt,
    updated_at: record.createdAt,
    html_url: html,
    pull_request_url: pullUrl,
    author_association: record.authorAssociation,
    _links: { self: { href: url }, html: { href: html }, pull_request: { href: pullUrl } },
    position: record.line,
    original_position: record.line,
    start_line: null,
    original_start_line: null,
    start_side: null,
    line: record.line,
    original_line: record.line,
    side: 'RIGHT',
    subject_type: 'line',
    reactions: {
      url: `${url}/reactions`,
      total_count: 0,
      ...Object.fromEntries(['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'eyes', 'rocket'].map((key) => [key, 0])),
    },
  };
}
