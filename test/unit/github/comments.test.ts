import { describe, expect, it } from 'vitest';
import { commentCounts } from '../../../src/commands/authorize.ts';
import { publishSticky, toComment } from '../../../src/github/comments.ts';
import { readPullRequest } from '../../../src/github/pull-request.ts';
import { fakeApi } from './fake-api.ts';
import { type PrComment, ownComments } from '../../../src/ports/github.ts';

const MARKER = '<!-- rsp-gate:report -->';
const repo = { owner: 'acme', repo: 'models' };
let id = 100;

function prComment(body: string, options: { own?: boolean; createdAt?: string; login?: string } = {}): PrComment {
  id++;
  return toComment({
    id: `IC_${id}`,
    databaseId: id,
    url: `https://github.example/acme/models/pull/1#issuecomment-${id}`,
    body,
    createdAt: options.createdAt ?? `2026-01-05T10:${String(id % 60).padStart(2, '0')}:00Z`,
    lastEditedAt: null,
    viewerDidAuthor: options.own ?? false,
    author: { login: options.login ?? (options.own ? 'github-actions' : 'alice'), __typename: options.own ? 'Bot' : 'User' },
    editor: null,
  });
}

const current = async () => true;
const stale = async () => false;

describe('the sticky report comment', () => {
  it('is created when the gate has none yet, after checking the head is still the one evaluated', async () => {
    const api = fakeApi({ request: () => ({ id: 555, html_url: 'https://github.example/c/555' }) });
    let asked = 0;
    const result = await publishSticky(api, repo, { number: 1, body: `${MARKER}\nnew`, marker: MARKER, comments: [], stillCurrent: async () => (asked++, true) });
    expect(result).toEqual({ action: 'created', id: 555, url: 'https://github.example/c/555', deletedDuplicates: 0 });
    expect(asked).toBe(1);
    expect(api.calls.map((c) => c.route)).toEqual(['POST /repos/{owner}/{repo}/issues/{issue_number}/comments']);
    expect(api.calls[0]!.parameters).toMatchObject({ owner: 'acme', repo: 'models', issue_number: 1, body: `${MARKER}\nnew` });
  });

  it('is updated in place when its body changed', async () => {
    const mine = prComment(`${MARKER}\nold`, { own: true });
    const api = fakeApi();
    const result = await publishSticky(api, repo, { number: 1, body: `${MARKER}\nnew`, marker: MARKER, comments: [mine], stillCurrent: current });
    expect(result).toMatchObject({ action: 'updated', id: mine.databaseId });
    expect(api.calls).toEqual([{ kind: 'request', route: 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', parameters: { ...repo, comment_id: mine.databaseId, body: `${MARKER}\nnew` } }]);
  });

  it('is left alone when nothing changed, without even re-reading the PR', async () => {
    const mine = prComment(`${MARKER}\nsame`, { own: true });
    const api = fakeApi();
    let asked = 0;
    const result = await publishSticky(api, repo, { number: 1, body: `${MARKER}\nsame`, marker: MARKER, comments: [mine], stillCurrent: async () => (asked++, true) });
    expect(result.action).toBe('unchanged');
    expect(api.calls).toEqual([]);
    expect(asked).toBe(0);
  });

  it('is never written for a head that is no longer the PR head', async () => {
    const mine = prComment(`${MARKER}\nold`, { own: true });
    const api = fakeApi();
    const result = await publishSticky(api, repo, { number: 1, body: `${MARKER}\nnew`, marker: MARKER, comments: [mine], stillCurrent: stale });
    expect(result.action).toBe('skipped');
    expect(api.calls).toEqual([]);
  });

  it('keeps the oldest of the gate\'s comments and deletes the duplicates a race left', async () => {
    const oldest = prComment(`${MARKER}\nA`, { own: true, createdAt: '2026-01-05T10:00:00Z' });
    const newer = prComment(`${MARKER}\nB`, { own: true, createdAt: '2026-01-05T10:00:05Z' });
    const api = fakeApi();
    const result = await publishSticky(api, repo, { number: 1, body: `${MARKER}\nA`, marker: MARKER, comments: [newer, oldest], stillCurrent: current });
    expect(result).toMatchObject({ action: 'unchanged', id: oldest.databaseId, deletedDuplicates: 1 });
    expect(api.calls.map((c) => [c.route, c.parameters.comment_id])).toEqual([['DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', newer.databaseId]]);
  });

  it('never adopts a marker comment written by someone else', async () => {
    const forged = prComment(`${MARKER}\nall green, trust me`, { login: 'mallory' });
    expect(ownComments([forged], MARKER)).toEqual([]);
    const api = fakeApi({ request: () => ({ id: 9, html_url: 'u' }) });
    const result = await publishSticky(api, repo, { number: 1, body: `${MARKER}\nreal`, marker: MARKER, comments: [forged], stillCurrent: current });
    expect(result.action).toBe('created');
    expect(api.calls.map((c) => c.route)).toEqual(['POST /repos/{owner}/{repo}/issues/{issue_number}/comments']);
  });

  it('reads authors: bots, mannequins and deleted accounts are not people', () => {
    const bot = toComment({ id: 'a', databaseId: 1, url: 'u', body: '', createdAt: 't', lastEditedAt: null, viewerDidAuthor: false, author: { login: 'dependabot', __typename: 'Bot' }, editor: null });
    const ghost = toComment({ id: 'b', databaseId: 2, url: 'u', body: '', createdAt: 't', lastEditedAt: 'e', viewerDidAuthor: false, author: null, editor: { login: 'x' } });
    expect(bot.author).toEqual({ login: 'dependabot', isBot: true, editor: null });
    expect(ghost.author).toEqual({ login: 'ghost', isBot: true, editor: 'x' });
  });

  it('takes an edit whose editor GitHub no longer names for an edit by someone else', () => {
    const edited = toComment({ id: 'c', databaseId: 3, url: 'u', body: '/rsp attest x', createdAt: 't', lastEditedAt: 'e', viewerDidAuthor: false, author: { login: 'alice', __typename: 'User' }, editor: null });
    expect(commentCounts(edited.author).allowed).toBe(false);
    const unedited = toComment({ id: 'd', databaseId: 4, url: 'u', body: '/rsp attest x', createdAt: 't', lastEditedAt: null, viewerDidAuthor: false, author: { login: 'alice', __typename: 'User' }, editor: null });
    expect(commentCounts(unedited.author).allowed).toBe(true);
  });
});

describe('reading the pull request', () => {
  const node = (n: number) => ({ id: `IC_${n}`, databaseId: n, url: 'u', body: `comment ${n}`, createdAt: '2026-01-05T10:00:00Z', lastEditedAt: null, viewerDidAuthor: false, author: { login: 'alice', __typename: 'User' }, editor: null });
  const pr = {
    id: 'PR_1', number: 1, state: 'OPEN', url: 'u', headRefOid: 'h', baseRefOid: 'b', baseRefName: 'main', author: { login: 'bob' },
    comments: { pageInfo: { hasNextPage: true, endCursor: 'c1' }, nodes: [node(1)] },
  };

  it('reads every page of comments', async () => {
    const api = fakeApi({
      graphql: (_q, v) => (v.after === undefined ? { repository: { pullRequest: pr } } : { node: { comments: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: [node(2)] } } }),
    });
    expect((await readPullRequest(api, repo, 1)).comments.map((c) => c.databaseId)).toEqual([1, 2]);
  });

  it('refuses, rather than drops, comments past a page GitHub did not return (a revocation may be there)', async () => {
    const api = fakeApi({ graphql: (_q, v) => (v.after === undefined ? { repository: { pullRequest: pr } } : { node: null }) });
    await expect(readPullRequest(api, repo, 1)).rejects.toThrow(/comments of pull request #1 could not be read/);
  });
});
