import { describe, expect, it } from 'vitest';
import { commentCounts } from '../../../src/commands/authorize.ts';
import { publishSticky, reportedHead, toComment, withHeadMarker } from '../../../src/github/comments.ts';
import { readPullRequest } from '../../../src/github/pull-request.ts';
import { fakeApi } from './fake-api.ts';
import { COMMENT_MAX_LENGTH } from '../../../src/run/pull-request.ts';
import { renderMarkdown } from '../../../src/report/markdown.ts';
import { evaluate } from '../../../src/engine/evaluate.ts';
import { input, model, record } from '../engine/factories.ts';
import { type PrComment, ownComments } from '../../../src/ports/github.ts';

const MARKER = '<!-- rsp-gate:report -->';
const repo = { owner: 'acme', repo: 'models' };
let id = 100;

function prComment(body: string, options: { own?: boolean; createdAt?: string; login?: string; editor?: string } = {}): PrComment {
  id++;
  return toComment({
    id: `IC_${id}`,
    databaseId: id,
    url: `https://github.example/acme/models/pull/1#issuecomment-${id}`,
    body,
    createdAt: options.createdAt ?? `2026-01-05T10:${String(id % 60).padStart(2, '0')}:00Z`,
    lastEditedAt: options.editor === undefined ? null : '2026-01-05T11:00:00Z',
    viewerDidAuthor: options.own ?? false,
    author: { login: options.login ?? (options.own ? 'github-actions' : 'alice'), __typename: options.own ? 'Bot' : 'User' },
    editor: options.editor === undefined ? null : { login: options.editor },
  });
}

const HEAD = 'a'.repeat(40);
const NEWER = 'b'.repeat(40);
/** What the gate writes for `text` about HEAD. */
const report = (text: string, head = HEAD) => withHeadMarker(`${MARKER}\n${text}`, head);
/** Answers the re-read of a comment with `body`, and every write with an id. */
const readsBack = (body: string) => (route: string) => (route.startsWith('GET ') ? { body } : { id: 9, html_url: 'u' });

const current = async () => true;
const stale = async () => false;

describe('the sticky report comment', () => {
  it('is created when the gate has none yet, after checking the head is still the one evaluated', async () => {
    const api = fakeApi({ request: () => ({ id: 555, html_url: 'https://github.example/c/555' }) });
    let asked = 0;
    const result = await publishSticky(api, repo, {
      number: 1,
      headSha: HEAD,
      body: `${MARKER}\nnew`,
      marker: MARKER,
      comments: [],
      stillCurrent: async () => (asked++, true),
    });
    expect(result).toEqual({ action: 'created', id: 555, url: 'https://github.example/c/555', deletedDuplicates: 0 });
    expect(asked).toBe(1);
    expect(api.calls.map((c) => c.route)).toEqual(['POST /repos/{owner}/{repo}/issues/{issue_number}/comments']);
    expect(api.calls[0]!.parameters).toMatchObject({ owner: 'acme', repo: 'models', issue_number: 1, body: report('new') });
  });

  it('is updated in place when its body changed', async () => {
    const mine = prComment(report('old'), { own: true });
    const api = fakeApi({ request: readsBack(report('old')) });
    const result = await publishSticky(api, repo, {
      number: 1,
      headSha: HEAD,
      body: `${MARKER}\nnew`,
      marker: MARKER,
      comments: [mine],
      stillCurrent: current,
    });
    expect(result).toMatchObject({ action: 'updated', id: mine.databaseId });
    expect(api.calls.map((c) => c.route)).toEqual([
      'GET /repos/{owner}/{repo}/issues/comments/{comment_id}',
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
    ]);
    expect(api.calls[1]!.parameters).toEqual({ ...repo, comment_id: mine.databaseId, body: report('new') });
  });

  it('is left alone when nothing changed, without even re-reading the PR', async () => {
    const mine = prComment(report('same'), { own: true });
    const api = fakeApi();
    let asked = 0;
    const result = await publishSticky(api, repo, {
      number: 1,
      headSha: HEAD,
      body: `${MARKER}\nsame`,
      marker: MARKER,
      comments: [mine],
      stillCurrent: async () => (asked++, true),
    });
    expect(result.action).toBe('unchanged');
    expect(api.calls).toEqual([]);
    expect(asked).toBe(0);
  });

  it('is never written for a head that is no longer the PR head', async () => {
    const mine = prComment(report('old'), { own: true });
    const api = fakeApi({ request: readsBack(report('old')) });
    const result = await publishSticky(api, repo, {
      number: 1,
      headSha: HEAD,
      body: `${MARKER}\nnew`,
      marker: MARKER,
      comments: [mine],
      stillCurrent: stale,
    });
    expect(result.action).toBe('skipped');
    expect(api.calls.map((c) => c.route)).toEqual(['GET /repos/{owner}/{repo}/issues/comments/{comment_id}']);
  });

  it("keeps the oldest of the gate's comments and deletes the duplicates a race left", async () => {
    const oldest = prComment(report('A'), { own: true, createdAt: '2026-01-05T10:00:00Z' });
    const newer = prComment(`${MARKER}\nB`, { own: true, createdAt: '2026-01-05T10:00:05Z' });
    const api = fakeApi({ request: readsBack(report('A')) });
    const result = await publishSticky(api, repo, {
      number: 1,
      headSha: HEAD,
      body: `${MARKER}\nA`,
      marker: MARKER,
      comments: [newer, oldest],
      stillCurrent: current,
    });
    expect(result).toMatchObject({ action: 'unchanged', id: oldest.databaseId, deletedDuplicates: 1 });
    expect(api.calls.map((c) => [c.route, c.parameters.comment_id])).toEqual([
      ['GET /repos/{owner}/{repo}/issues/comments/{comment_id}', oldest.databaseId],
      ['DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', newer.databaseId],
    ]);
  });

  it('never adopts a marker comment written by someone else', async () => {
    const forged = prComment(`${MARKER}\nall green, trust me`, { login: 'mallory' });
    expect(ownComments([forged], MARKER)).toEqual([]);
    const api = fakeApi({ request: () => ({ id: 9, html_url: 'u' }) });
    const result = await publishSticky(api, repo, {
      number: 1,
      headSha: HEAD,
      body: `${MARKER}\nreal`,
      marker: MARKER,
      comments: [forged],
      stillCurrent: current,
    });
    expect(result.action).toBe('created');
    expect(api.calls.map((c) => c.route)).toEqual(['POST /repos/{owner}/{repo}/issues/{issue_number}/comments']);
  });

  it('records the head it describes, and hands the head of the report on the PR now to the last check before writing', async () => {
    expect(reportedHead(report('x', NEWER))).toBe(NEWER);
    expect(reportedHead(`${MARKER}\nno marker`)).toBeUndefined();
    const mine = prComment(report('old'), { own: true });
    // Since the snapshot, an evaluation of a newer head wrote its report.
    const api = fakeApi({ request: readsBack(report('newer', NEWER)) });
    const seen: Array<string | undefined> = [];
    const result = await publishSticky(api, repo, {
      number: 1,
      headSha: HEAD,
      body: `${MARKER}\nolder`,
      marker: MARKER,
      comments: [mine],
      stillCurrent: async (reported) => (seen.push(reported), reported !== NEWER),
    });
    expect(seen).toEqual([NEWER]);
    expect(result.action).toBe('skipped');
    expect(api.calls.map((c) => c.route)).not.toContain('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}');
  });

  it('writes the real report over its own comment that someone else edited, even with the marker removed', async () => {
    const forged = prComment('All green ✅', { own: true, editor: 'mallory' });
    expect(ownComments([forged], MARKER)).toEqual([forged]);
    const api = fakeApi({ request: readsBack('All green ✅') });
    const result = await publishSticky(api, repo, {
      number: 1,
      headSha: HEAD,
      body: `${MARKER}\nreal`,
      marker: MARKER,
      comments: [forged],
      stillCurrent: current,
    });
    expect(result).toMatchObject({ action: 'updated', id: forged.databaseId });
    expect(api.calls.at(-1)!.parameters).toMatchObject({ comment_id: forged.databaseId, body: report('real') });
  });

  it('never adopts another comment of the same token that someone edited while a report with the marker exists', () => {
    const reportComment = prComment(report('real'), { own: true, createdAt: '2026-01-05T10:10:00Z' });
    const otherWorkflows = prComment('Preview deployed', { own: true, editor: 'alice', createdAt: '2026-01-05T10:00:00Z' });
    expect(ownComments([otherWorkflows, reportComment], MARKER)).toEqual([reportComment]);
  });

  it('does not take its own comment that only it edited for a forgery', () => {
    const reply = prComment('a reply', { own: true, editor: 'github-actions' });
    expect(ownComments([reply], MARKER)).toEqual([]);
  });

  it('reads authors: bots, mannequins and deleted accounts are not people', () => {
    const bot = toComment({
      id: 'a',
      databaseId: 1,
      url: 'u',
      body: '',
      createdAt: 't',
      lastEditedAt: null,
      viewerDidAuthor: false,
      author: { login: 'dependabot', __typename: 'Bot' },
      editor: null,
    });
    const ghost = toComment({
      id: 'b',
      databaseId: 2,
      url: 'u',
      body: '',
      createdAt: 't',
      lastEditedAt: 'e',
      viewerDidAuthor: false,
      author: null,
      editor: { login: 'x' },
    });
    expect(bot.author).toEqual({ login: 'dependabot', isBot: true, editor: null });
    expect(ghost.author).toEqual({ login: 'ghost', isBot: true, editor: 'x' });
  });

  it('takes an edit whose editor GitHub no longer names for an edit by someone else', () => {
    const edited = toComment({
      id: 'c',
      databaseId: 3,
      url: 'u',
      body: '/rsp attest x',
      createdAt: 't',
      lastEditedAt: 'e',
      viewerDidAuthor: false,
      author: { login: 'alice', __typename: 'User' },
      editor: null,
    });
    expect(commentCounts(edited.author).allowed).toBe(false);
    const unedited = toComment({
      id: 'd',
      databaseId: 4,
      url: 'u',
      body: '/rsp attest x',
      createdAt: 't',
      lastEditedAt: null,
      viewerDidAuthor: false,
      author: { login: 'alice', __typename: 'User' },
      editor: null,
    });
    expect(commentCounts(unedited.author).allowed).toBe(true);
  });
});

describe('reading the pull request', () => {
  const node = (n: number) => ({
    id: `IC_${n}`,
    databaseId: n,
    url: 'u',
    body: `comment ${n}`,
    createdAt: '2026-01-05T10:00:00Z',
    lastEditedAt: null,
    viewerDidAuthor: false,
    author: { login: 'alice', __typename: 'User' },
    editor: null,
  });
  const pr = {
    id: 'PR_1',
    number: 1,
    state: 'OPEN',
    url: 'u',
    headRefOid: 'h',
    baseRefOid: 'b',
    baseRefName: 'main',
    author: { login: 'bob' },
    comments: { pageInfo: { hasNextPage: true, endCursor: 'c1' }, nodes: [node(1)] },
    reviews: { pageInfo: { hasNextPage: false, endCursor: null as string | null }, nodes: [] as Array<ReturnType<typeof node>> },
    timelineItems: { totalCount: 0, nodes: [] as Array<{ createdAt: string; afterCommit: { oid: string } }> },
  };

  it('reads every page of comments', async () => {
    const api = fakeApi({
      graphql: (_q, v) =>
        v.after === undefined
          ? { repository: { pullRequest: pr } }
          : { node: { comments: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: [node(2)] } } },
    });
    expect((await readPullRequest(api, repo, 1, 'rsp-gate')).comments.map((c) => c.databaseId)).toEqual([1, 2]);
  });

  it('reads every page of reviews beside the comments, as review bodies; empty ones and its own are left out', async () => {
    const review = (n: number, body = `/rsp attest x ${n}`, viewerDidAuthor = false) => ({
      ...node(n),
      id: `PRR_${n}`,
      body,
      viewerDidAuthor,
    });
    const withReviews = {
      ...pr,
      comments: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: [node(1)] },
      reviews: { pageInfo: { hasNextPage: true, endCursor: 'r1' }, nodes: [review(1), review(2, '')] },
    };
    const queries: string[] = [];
    const api = fakeApi({
      graphql: (q, v) => {
        queries.push(q);
        return v.after === undefined
          ? { repository: { pullRequest: withReviews } }
          : { node: { reviews: { pageInfo: { hasNextPage: false, endCursor: null }, nodes: [review(3), review(4, 'mine', true)] } } };
      },
    });
    const read = await readPullRequest(api, repo, 1, 'rsp-gate');
    expect(read.comments.map((c) => [c.id, c.review ?? false])).toEqual([
      ['IC_1', false],
      ['PRR_1', true],
      ['PRR_3', true],
    ]);
    // Submitted reviews only, on every page: a pending review is a draft and a dismissed one no longer stands.
    expect(queries.every((q) => q.includes('states: [APPROVED, CHANGES_REQUESTED, COMMENTED]'))).toBe(true);
  });

  it('takes the last force push to the head from the timeline, and knows when it read too little to tell', async () => {
    const events = [
      { createdAt: '2026-01-05T10:00:00Z', afterCommit: { oid: 'h' } },
      { createdAt: '2026-01-05T11:00:00Z', afterCommit: { oid: 'x' } },
      { createdAt: '2026-01-05T12:00:00Z', afterCommit: { oid: 'h' } },
    ];
    const read = (timelineItems: typeof pr.timelineItems) =>
      readPullRequest(
        fakeApi({
          graphql: () => ({
            repository: {
              pullRequest: { ...pr, comments: { ...pr.comments, pageInfo: { hasNextPage: false, endCursor: null } }, timelineItems },
            },
          }),
        }),
        repo,
        1,
        'rsp-gate',
      );
    expect((await read({ totalCount: 3, nodes: events })).headForcePush).toEqual({ at: '2026-01-05T12:00:00Z', complete: true });
    expect((await read({ totalCount: 0, nodes: [] })).headForcePush).toEqual({ at: null, complete: true });
    expect((await read({ totalCount: 150, nodes: [events[1]!] })).headForcePush).toEqual({ at: null, complete: false });
  });

  it('refuses, rather than drops, comments past a page GitHub did not return (a revocation may be there)', async () => {
    const api = fakeApi({ graphql: (_q, v) => (v.after === undefined ? { repository: { pullRequest: pr } } : { node: null }) });
    await expect(readPullRequest(api, repo, 1, 'rsp-gate')).rejects.toThrow(/comments of pull request #1 could not be read/);
  });
});

describe('the cap on the report posted', () => {
  it("keeps the longest report the gate posts, with its head marker, within GitHub's 65,536 characters", () => {
    const models = Array.from({ length: 400 }, (_, i) => model(`frontier-${String(i).padStart(3, '0')}`));
    const evidence = models.map((m) => record({ model: m.config.id, value: 0.9, file: `evals/${m.config.id}/wmdp.yaml` }));
    const v = evaluate(input({ baseModels: models, headModels: models, modelsInScope: models.map((m) => m.config.id), evidence }));
    const full = renderMarkdown(v, { maxLength: 10_000_000 });
    expect(full.length).toBeGreaterThan(65_536);
    const posted = withHeadMarker(renderMarkdown(v, { maxLength: COMMENT_MAX_LENGTH }), 'f'.repeat(64));
    expect(posted.length).toBeLessThanOrEqual(65_536);
    // The cap itself, with the longest marker a head can have (SHA-256 repositories): raising it past the limit fails here.
    expect(withHeadMarker('x'.repeat(COMMENT_MAX_LENGTH), 'f'.repeat(64)).length).toBeLessThanOrEqual(65_536);
  });
});
