import type { GitHubApi } from './api.ts';
import type { RepoRef } from '../ports/github.ts';
import { hasStatus } from './errors.ts';
import { ownComments, type PrComment, type ReactionContent, type StickyInput, type StickyResult } from '../ports/github.ts';

/** Where the report says which head it describes: hidden in the rendered comment, read back before every write. */
const HEAD_MARKER = /<!-- rsp-gate:head ([0-9a-f]{40,64}) -->\s*$/;

export function withHeadMarker(body: string, sha: string): string {
  return `${body}\n<!-- rsp-gate:head ${sha} -->`;
}

/** The head a report comment describes, or undefined when it records none (an older report, a forgery). */
export function reportedHead(body: string): string | undefined {
  return HEAD_MARKER.exec(body)?.[1];
}

/** The comment's body as GitHub has it now, or undefined when it is gone. */
async function bodyNow(api: GitHubApi, repo: RepoRef, id: number): Promise<string | undefined> {
  try {
    const { data } = await api.request('GET /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: id });
    return (data as { body?: string }).body ?? '';
  } catch (error) {
    if (hasStatus(error, 404)) return undefined;
    throw error;
  }
}

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

/**
 * Create or update the one report comment in place; remove any duplicates a race left behind. The report is read again
 * right before writing, and left alone when it is about a newer head than the one evaluated.
 */
export async function publishSticky(api: GitHubApi, repo: RepoRef, input: StickyInput): Promise<StickyResult> {
  const body = withHeadMarker(input.body, input.headSha);
  const [found, ...duplicates] = ownComments(input.comments, input.marker);
  if (found && found.body === body && duplicates.length === 0) {
    return { action: 'unchanged', id: found.databaseId, url: found.url, deletedDuplicates: 0 };
  }
  const now = found === undefined ? undefined : await bodyNow(api, repo, found.databaseId);
  const existing = now === undefined ? undefined : found;
  if (!(await input.stillCurrent(now === undefined ? undefined : reportedHead(now)))) {
    return { action: 'skipped', reason: 'the PR head changed during the evaluation; the newer evaluation writes the report' };
  }
  let result: { id: number; url: string; action: 'created' | 'updated' | 'unchanged' };
  if (!existing) {
    const { data } = await api.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      ...repo,
      issue_number: input.number,
      body,
    });
    const created = data as { id: number; html_url: string };
    result = { id: created.id, url: created.html_url, action: 'created' };
  } else if (now !== body) {
    await api.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: existing.databaseId, body });
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

/** A reply in the thread of a comment on a line of the PR's code. */
export async function replyToLineComment(api: GitHubApi, repo: RepoRef, number: number, commentId: number, body: string): Promise<void> {
  await api.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies', {
    ...repo,
    pull_number: number,
    comment_id: commentId,
    body,
  });
}
