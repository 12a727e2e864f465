// PR comments: reading them with their edit history (for commands), the sticky report comment, replies, reactions.
import type { CommandComment } from '../commands/handler.ts';
import type { GitHubApi } from './api.ts';
import type { RepoRef } from '../ports/github.ts';
import { ownComments, type PrComment, type ReactionContent, type StickyInput, type StickyResult } from '../ports/github.ts';

/** GraphQL selection for a comment; `editor` is who last edited it, which decides whether its commands count. */
export const COMMENT_FIELDS = 'id databaseId url body createdAt lastEditedAt viewerDidAuthor author { login __typename } editor { login }';

export interface CommentNode {
  id: string;
  databaseId: number;
  url: string;
  body: string;
  createdAt: string;
  lastEditedAt: string | null;
  viewerDidAuthor: boolean;
  author: { login: string; __typename: string } | null;
  editor: { login: string } | null;
}

export function toComment(node: CommentNode): PrComment {
  return {
    id: node.id,
    databaseId: node.databaseId,
    url: node.url,
    body: node.body,
    createdAt: node.createdAt,
    lastEditedAt: node.lastEditedAt,
    viewerDidAuthor: node.viewerDidAuthor,
    // A deleted account ("ghost") or a mannequin is nobody who can attest: treated like a bot.
    author: {
      login: node.author?.login ?? 'ghost',
      isBot: node.author?.__typename !== 'User',
      // An edit whose editor GitHub no longer names (a deleted account) is an edit by someone unknown.
      editor: node.editor?.login ?? (node.lastEditedAt ? 'ghost' : null),
    },
  };
}

/** Create or update the one report comment in place; remove any duplicates a race left behind. */
export async function publishSticky(api: GitHubApi, repo: RepoRef, input: StickyInput): Promise<StickyResult> {
  const [existing, ...duplicates] = ownComments(input.comments, input.marker);
  if (existing && existing.body === input.body && duplicates.length === 0) {
    return { action: 'unchanged', id: existing.databaseId, url: existing.url, deletedDuplicates: 0 };
  }
  if (!(await input.stillCurrent())) return { action: 'skipped', reason: 'the PR head changed during the evaluation; the newer evaluation writes the report' };
  let result: { id: number; url: string; action: 'created' | 'updated' | 'unchanged' };
  if (!existing) {
    const { data } = await api.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: input.number, body: input.body });
    const created = data as { id: number; html_url: string };
    result = { id: created.id, url: created.html_url, action: 'created' };
  } else if (existing.body !== input.body) {
    await api.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: existing.databaseId, body: input.body });
    result = { id: existing.databaseId, url: existing.url, action: 'updated' };
  } else {
    result = { id: existing.databaseId, url: existing.url, action: 'unchanged' };
  }
  for (const duplicate of duplicates) {
    await api.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: duplicate.databaseId });
  }
  return { ...result, deletedDuplicates: duplicates.length };
}

export async function postComment(api: GitHubApi, repo: RepoRef, number: number, body: string): Promise<void> {
  await api.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: number, body });
}

export async function react(api: GitHubApi, repo: RepoRef, commentId: number, content: ReactionContent): Promise<void> {
  await api.request('POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', { ...repo, comment_id: commentId, content });
}
