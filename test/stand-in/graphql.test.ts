import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, type TestRepo } from './git-repo.ts';
import { ACTIONS_TOKEN } from './identities.ts';
import { startStandIn, type StandIn } from './server.ts';

let standIn: StandIn;
let repo: TestRepo;
let baseSha: string;
let headSha: string;

const BIG = `${'x'.repeat(511_999)}étail`;

async function graphql(query: string, variables?: Record<string, unknown>, url = standIn.graphqlUrl) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { authorization: `bearer ${ACTIONS_TOKEN}`, 'user-agent': 'stand-in-test', 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, json: (await response.json()) as { data?: any; errors?: Array<{ message: string; type?: string }> } };
}

beforeAll(async () => {
  repo = await createRepo();
  baseSha = await repo.commit({ 'models/a.yaml': 'id: a\n', 'models/b.yaml': 'id: b\n' }, 'base');
  headSha = await repo.commit(
    { 'models/a.yaml': 'id: a\nlevel: 3\n', 'big.txt': BIG, 'weights.bin': new Uint8Array([1, 0, 2, 3]) },
    'head',
    '2026-02-03T04:05:06Z',
    { branch: 'feature' },
  );
  standIn = await startStandIn();
  standIn.state.addRepo({ owner: 'acme', name: 'models', dir: repo.dir });
  standIn.state.addPullRequest({
    repo: 'acme/models',
    number: 5,
    author: 'alice',
    base: { sha: baseSha, ref: 'main' },
    head: { sha: headSha, ref: 'feature' },
  });
});

afterAll(async () => {
  await standIn.close();
  await repo.remove();
});

describe('GraphQL', () => {
  it('returns blobs of both refs through aliases', async () => {
    const { status, json } = await graphql(
      `query Files($owner: String!, $name: String!) {
      repository(owner: $owner, name: $name) {
        base_0: object(expression: "${baseSha}:models/a.yaml") { ... on Blob { text byteSize isBinary isTruncated oid } }
        head_0: object(expression: "${headSha}:models/a.yaml") { ... on Blob { text byteSize isBinary isTruncated oid } }
        head_1: object(expression: "${headSha}:models/b.yaml") { ... on Blob { text } }
        missing: object(expression: "${headSha}:nope.yaml") { ... on Blob { text } }
      }
      rateLimit { cost remaining }
    }`,
      { owner: 'acme', name: 'models' },
    );
    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();
    expect(json.data.repository.base_0).toEqual({
      text: 'id: a\n',
      byteSize: 6,
      isBinary: false,
      isTruncated: false,
      oid: expect.stringMatching(/^[0-9a-f]{40}$/),
    });
    expect(json.data.repository.head_0.text).toBe('id: a\nlevel: 3\n');
    expect(json.data.repository.head_1.text).toBe('id: b\n');
    expect(json.data.repository.missing).toBeNull();
    expect(json.data.rateLimit.cost).toBe(1);
    expect(standIn.requests.at(-1)).toMatchObject({ operationId: 'graphql', graphqlOperation: 'Files', invalid: undefined });
  });

  it('truncates text at 512,000 bytes without splitting a character, and nulls binary text', async () => {
    const { json } = await graphql(`{ repository(owner: "acme", name: "models") {
      big: object(expression: "${headSha}:big.txt") { ... on Blob { text byteSize isTruncated } }
      bin: object(expression: "${headSha}:weights.bin") { ... on Blob { text isBinary byteSize } }
    } }`);
    const big = json.data.repository.big;
    expect(big.byteSize).toBe(Buffer.byteLength(BIG));
    expect(big.isTruncated).toBe(true);
    // the two-byte é straddles the limit, so the text stops before it
    expect(big.text).toBe('x'.repeat(511_999));
    expect(json.data.repository.bin).toEqual({ text: null, isBinary: true, byteSize: 4 });
  });

  it('serves trees, commits, pull requests and the viewer, also at /api/graphql', async () => {
    standIn.state.addComment({ repo: 'acme/models', issueNumber: 5, body: 'first', author: 'bob' });
    const { json } = await graphql(
      `{ viewer { login } repository(owner: "acme", name: "models") {
      tree: object(expression: "${headSha}:models") { ... on Tree { entries { name path type oid } } }
      commit: object(expression: "${headSha}") { ... on Commit { oid committedDate } }
      pullRequest(number: 5) { number headRefOid baseRefOid state author { login }
        comments(first: 10) { totalCount pageInfo { hasNextPage endCursor } nodes { body author { login } authorAssociation lastEditedAt editor { login } } } }
    } }`,
      undefined,
      `${standIn.url}/api/graphql`,
    );
    expect(json.errors).toBeUndefined();
    expect(json.data.viewer.login).toBe('github-actions[bot]');
    expect(json.data.repository.tree.entries.map((e: { path: string }) => e.path)).toEqual(['models/a.yaml', 'models/b.yaml']);
    expect(json.data.repository.commit).toEqual({ oid: headSha, committedDate: '2026-02-03T04:05:06Z' });
    const pull = json.data.repository.pullRequest;
    expect(pull).toMatchObject({ number: 5, headRefOid: headSha, baseRefOid: baseSha, state: 'OPEN', author: { login: 'alice' } });
    expect(pull.comments.totalCount).toBe(1);
    expect(pull.comments.nodes[0]).toEqual({
      body: 'first',
      author: { login: 'bob' },
      authorAssociation: 'NONE',
      lastEditedAt: null,
      editor: null,
    });
  });

  it('pages comments through node(id:) with after cursors', async () => {
    for (let i = 0; i < 3; i++) standIn.state.addComment({ repo: 'acme/models', issueNumber: 5, body: `page ${i}`, author: 'carol' });
    const first = await graphql(
      '{ repository(owner: "acme", name: "models") { pullRequest(number: 5) { id comments(first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { body } } } } }',
    );
    const pull = first.json.data.repository.pullRequest;
    expect(pull.comments.pageInfo.hasNextPage).toBe(true);
    const seen = pull.comments.nodes.map((n: { body: string }) => n.body);
    let cursor = pull.comments.pageInfo.endCursor as string | null;
    while (cursor) {
      const more = await graphql(
        'query($id: ID!, $after: String!) { node(id: $id) { ... on PullRequest { comments(first: 2, after: $after) { pageInfo { hasNextPage endCursor } nodes { body } } } } }',
        { id: pull.id, after: cursor },
      );
      const comments = more.json.data.node.comments;
      seen.push(...comments.nodes.map((n: { body: string }) => n.body));
      cursor = comments.pageInfo.hasNextPage ? comments.pageInfo.endCursor : null;
    }
    expect(seen).toEqual(standIn.state.commentsOn('acme/models', 5).map((c) => c.body));
    expect(seen.slice(-3)).toEqual(['page 0', 'page 1', 'page 2']);
  });

  it('serves submitted reviews as comments, filtered by state; a pending one only to its author', async () => {
    const kept = standIn.state.addReview({ repo: 'acme/models', pullNumber: 5, body: '/rsp attest a', author: 'bob' });
    standIn.state.addReview({ repo: 'acme/models', pullNumber: 5, body: 'draft', author: 'carol', state: 'PENDING' });
    const dismissed = standIn.state.addReview({ repo: 'acme/models', pullNumber: 5, body: '/rsp attest b', author: 'dave' });
    standIn.state.dismissReview(dismissed.id);
    const query = `query($states: [PullRequestReviewState!]) { repository(owner: "acme", name: "models") { pullRequest(number: 5) {
      reviews(first: 10, states: $states) { nodes { id databaseId body state createdAt lastEditedAt viewerDidAuthor author { login } editor { login } } } } } }`;
    const all = await graphql(query);
    expect(all.json.errors).toBeUndefined();
    expect(all.json.data.repository.pullRequest.reviews.nodes.map((n: { body: string }) => n.body)).toEqual([
      '/rsp attest a',
      '/rsp attest b',
    ]);
    const standing = await graphql(query, { states: ['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED'] });
    expect(standing.json.data.repository.pullRequest.reviews.nodes).toEqual([
      expect.objectContaining({ databaseId: kept.id, state: 'COMMENTED', author: { login: 'bob' }, editor: null }),
    ]);
    expect(standIn.invalidRequests()).toEqual([]);
  });

  it('rejects a query that does not validate against the schema', async () => {
    standIn.reset();
    const { status, json } = await graphql(
      `{ repository(owner: "acme", name: "models") { object(expression: "x") { ... on Blob { txt } } } }`,
    );
    expect(status).toBe(200);
    expect(json.data).toBeUndefined();
    expect(json.errors?.[0]?.message).toMatch(/Cannot query field "txt" on type "Blob"/);
    expect(standIn.invalidRequests()).toHaveLength(1);
  });

  it('rejects a syntax error and a connection without first/last, like GitHub', async () => {
    standIn.reset();
    const syntax = await graphql('{ repository(owner: "acme" { id } }');
    expect(syntax.json.errors?.[0]?.message).toMatch(/Syntax Error/);
    const unbounded = await graphql('{ repository(owner: "acme", name: "models") { pullRequest(number: 5) { comments { totalCount } } } }');
    expect(unbounded.json.errors?.[0]).toMatchObject({ type: 'MISSING_PAGINATION_BOUNDARIES' });
    const tooMany = await graphql(
      '{ repository(owner: "acme", name: "models") { pullRequest(number: 5) { comments(first: 101) { totalCount } } } }',
    );
    expect(tooMany.json.errors?.[0]).toMatchObject({ type: 'EXCESSIVE_PAGINATION' });
    expect(standIn.invalidRequests()).toHaveLength(3);
  });

  it('names an unimplemented field in the error and marks the request', async () => {
    standIn.reset();
    const { json } = await graphql('{ repository(owner: "acme", name: "models") { stargazerCount } }');
    expect(json.errors?.[0]?.message).toBe('The GitHub stand-in does not implement the GraphQL field Repository.stargazerCount');
    expect(standIn.invalidRequests()[0]?.invalid).toMatch(/Repository\.stargazerCount/);
  });

  it('answers NOT_FOUND for a missing repository or pull request without marking the request invalid', async () => {
    standIn.reset();
    const { json } = await graphql('{ repository(owner: "acme", name: "models") { pullRequest(number: 99) { number } } }');
    expect(json.errors?.[0]).toMatchObject({ type: 'NOT_FOUND', message: 'Could not resolve to a PullRequest with the number of 99.' });
    expect(json.data.repository.pullRequest).toBeNull();
    expect(standIn.invalidRequests()).toHaveLength(0);
  });
});
