// issue-comment and reaction.
import type { CommentRecord, ReactionRecord } from '../state.ts';
import { integration } from './app.ts';
import type { Links } from './links.ts';
import { repoApiUrl } from './repository.ts';
import { simpleUser } from './user.ts';

const REACTION_KEYS = ['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'eyes', 'rocket'] as const;

export function issueComment(comment: CommentRecord, links: Links): Record<string, unknown> {
  const url = `${repoApiUrl(comment.repo, links)}/issues/comments/${comment.id}`;
  const count = (content: string) => comment.reactions.filter((r) => r.content === content).length;
  return {
    id: comment.id,
    node_id: comment.nodeId,
    url,
    html_url: `${links.web}/${comment.repo.fullName}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
    body: comment.body,
    user: simpleUser(comment.author, links),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    issue_url: `${repoApiUrl(comment.repo, links)}/issues/${comment.issueNumber}`,
    author_association: comment.authorAssociation,
    performed_via_github_app: comment.app ? integration(comment.app, links) : null,
    reactions: {
      url: `${url}/reactions`,
      total_count: comment.reactions.length,
      ...Object.fromEntries(REACTION_KEYS.map((key) => [key, count(key)])),
    },
  };
}

export function reaction(record: ReactionRecord, links: Links): Record<string, unknown> {
  return {
    id: record.id,
    node_id: record.nodeId,
    user: simpleUser(record.user, links),
    content: record.content,
    created_at: record.createdAt,
  };
}
