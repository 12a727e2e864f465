import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, type TestRepo } from './git-repo.ts';
import { ACTIONS_TOKEN, FORK_TOKEN } from './identities.ts';
import { startStandIn, type StandIn } from './server.ts';

let standIn: StandIn;
let repo: TestRepo;

async function call(method: string, path: string, body?: unknown, token = ACTIONS_TOKEN) {
  const response = await fetch(`${standIn.url}${path}`, {
    method,
    headers: { authorization: `token ${token}`, 'user-agent': 'stand-in-test', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return {
    status: response.status,
    headers: response.headers,
    json: response.status === 204 ? undefined : ((await response.json()) as any),
  };
}

beforeAll(async () => {
  repo = await createRepo();
  const base = await repo.commit({ 'a.txt': 'a' }, 'base');
  const head = await repo.commit({ 'a.txt': 'b' }, 'head', undefined, { branch: 'pr' });
  standIn = await startStandIn();
  standIn.state.addRepo({ owner: 'acme', name: 'models', dir: repo.dir });
  standIn.state.addPullRequest({
    repo: 'acme/models',
    number: 1,
    author: 'alice',
    base: { sha: base, ref: 'main' },
    head: { sha: head, ref: 'pr' },
  });
});

afterAll(async () => {
  await standIn.close();
  await repo.remove();
});

describe('issue comments', () => {
  it('creates, reads, updates and deletes, with the token identity as author', async () => {
    const created = await call('POST', '/repos/acme/models/issues/1/comments', { body: '<!-- rsp-gate:report -->\nhello' });
    expect(created.status).toBe(201);
    expect(created.json.user).toMatchObject({ login: 'github-actions[bot]', type: 'Bot' });
    expect(created.json.performed_via_github_app).toMatchObject({ slug: 'github-actions' });
    const id = created.json.id as number;

    const fetched = await call('GET', `/repos/acme/models/issues/comments/${id}`);
    expect(fetched.json.body).toBe('<!-- rsp-gate:report -->\nhello');

    const updated = await call('PATCH', `/repos/acme/models/issues/comments/${id}`, { body: 'changed' });
    expect(updated.status).toBe(200);
    expect(standIn.state.comment(id)).toMatchObject({ body: 'changed', editor: { login: 'github-actions[bot]' } });
    expect(standIn.state.comment(id)?.lastEditedAt).not.toBeNull();

    expect((await call('DELETE', `/repos/acme/models/issues/comments/${id}`)).status).toBe(204);
    expect((await call('GET', `/repos/acme/models/issues/comments/${id}`)).status).toBe(404);
  });

  it('tracks who edited a comment, also in GraphQL', async () => {
    let now = new Date('2026-03-01T10:00:00Z');
    standIn.state.clock = () => now;
    const comment = standIn.state.addComment({ repo: 'acme/models', issueNumber: 1, body: '/rsp attest sg-1', author: 'bob' });
    now = new Date('2026-03-01T10:05:00Z');
    standIn.state.editComment(comment.id, '/rsp attest sg-2', 'mallory');
    standIn.state.clock = () => new Date();

    const rest = await call('GET', `/repos/acme/models/issues/comments/${comment.id}`);
    expect(rest.json).toMatchObject({ created_at: '2026-03-01T10:00:00Z', updated_at: '2026-03-01T10:05:00Z', user: { login: 'bob' } });

    const response = await fetch(standIn.graphqlUrl, {
      method: 'POST',
      headers: { authorization: `bearer ${ACTIONS_TOKEN}`, 'user-agent': 't', 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          '{ repository(owner:"acme",name:"models") { pullRequest(number:1) { comments(last: 1) { nodes { databaseId body createdAt lastEditedAt updatedAt author { login } editor { login } } } } } }',
      }),
    });
    const node = ((await response.json()) as any).data.repository.pullRequest.comments.nodes[0];
    expect(node).toEqual({
      databaseId: comment.id,
      body: '/rsp attest sg-2',
      createdAt: '2026-03-01T10:00:00Z',
      lastEditedAt: '2026-03-01T10:05:00Z',
      updatedAt: '2026-03-01T10:05:00Z',
      author: { login: 'bob' },
      editor: { login: 'mallory' },
    });
  });

  it('lists comments in pages with a Link header', async () => {
    for (let i = 0; i < 5; i++) standIn.state.addComment({ repo: 'acme/models', issueNumber: 1, body: `c${i}`, author: 'carol' });
    const total = standIn.state.commentsOn('acme/models', 1).length;
    const first = await call('GET', '/repos/acme/models/issues/1/comments?per_page=2');
    expect(first.json).toHaveLength(2);
    expect(first.headers.get('link')).toMatch(/[?&]page=2>; rel="next"/);
    const last = await call('GET', `/repos/acme/models/issues/1/comments?per_page=2&page=${Math.ceil(total / 2)}`);
    expect(last.headers.get('link')).not.toMatch(/rel="next"/);
  });

  it('refuses a body over 65,536 characters with GitHub 422 and marks it invalid', async () => {
    standIn.reset();
    const response = await call('POST', '/repos/acme/models/issues/1/comments', { body: 'x'.repeat(65_537) });
    expect(response.status).toBe(422);
    expect(response.json.errors[0].message).toBe('Body is too long (maximum is 65536 characters)');
    expect(standIn.invalidRequests()).toHaveLength(1);
  });

  it('refuses writes with a read-only token (fork pull request) with 403', async () => {
    standIn.reset();
    const response = await call('POST', '/repos/acme/models/issues/1/comments', { body: 'hi' }, FORK_TOKEN);
    expect(response.status).toBe(403);
    expect(response.json.message).toBe('Resource not accessible by integration');
    // a refusal is GitHub behaving, not the client being wrong
    expect(standIn.invalidRequests()).toHaveLength(0);
  });

  it('adds reactions once per user and content', async () => {
    const comment = standIn.state.addComment({ repo: 'acme/models', issueNumber: 1, body: '/rsp evaluate', author: 'bob' });
    const first = await call('POST', `/repos/acme/models/issues/comments/${comment.id}/reactions`, { content: 'eyes' });
    const again = await call('POST', `/repos/acme/models/issues/comments/${comment.id}/reactions`, { content: 'eyes' });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(standIn.state.comment(comment.id)?.reactions).toHaveLength(1);
    const bad = await call('POST', `/repos/acme/models/issues/comments/${comment.id}/reactions`, { content: 'thumbsup' });
    expect(bad.status).toBe(422);
  });

  it('404s a comment on a pull request that does not exist', async () => {
    expect((await call('POST', '/repos/acme/models/issues/404/comments', { body: 'x' })).status).toBe(404);
  });
});
