// The stand-in's answers for the main routes match GitHub's published response schemas.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, type TestRepo } from './git-repo.ts';
import { ACTIONS_TOKEN } from './identities.ts';
import { responseProblems } from './response-validation.ts';
import { startStandIn, type StandIn } from './server.ts';

let standIn: StandIn;
let repo: TestRepo;
let baseSha: string;
let headSha: string;

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${standIn.url}${path}`, {
    method,
    headers: { authorization: `token ${ACTIONS_TOKEN}`, 'user-agent': 'stand-in-test', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: response.status === 204 ? undefined : await response.json() };
}

beforeAll(async () => {
  repo = await createRepo();
  baseSha = await repo.commit({ 'policy/rsp.yaml': 'levels: []\n', 'models/a.yaml': 'id: a\n', 'old.txt': 'x\n' }, 'base');
  headSha = await repo.commit(
    { 'models/a.yaml': 'id: a\nlevel: 3\n', 'old.txt': null, 'evals/e.bin': new Uint8Array([0, 159, 146, 150]) },
    'head',
    undefined,
    { branch: 'feature' },
  );
  standIn = await startStandIn();
  standIn.state.addRepo({ owner: 'acme', name: 'models', dir: repo.dir });
  standIn.state.addPullRequest({
    repo: 'acme/models',
    number: 3,
    author: 'alice',
    base: { sha: baseSha, ref: 'main' },
    head: { sha: headSha, ref: 'feature' },
  });
  standIn.state.setRole('acme/models', 'bob', 'maintain');
});

afterAll(async () => {
  await standIn.close();
  await repo.remove();
});

describe('responses match the description', () => {
  const cases: Array<[string, string, () => string, unknown?]> = [
    ['pulls/get', 'GET', () => '/repos/acme/models/pulls/3'],
    ['pulls/list', 'GET', () => '/repos/acme/models/pulls?state=all'],
    ['apps/list-repos-accessible-to-installation', 'GET', () => '/installation/repositories'],
    ['pulls/list-files', 'GET', () => '/repos/acme/models/pulls/3/files'],
    ['issues/create-comment', 'POST', () => '/repos/acme/models/issues/3/comments', { body: 'hello' }],
    ['issues/list-comments', 'GET', () => '/repos/acme/models/issues/3/comments'],
    ['git/get-tree', 'GET', () => `/repos/acme/models/git/trees/${headSha}?recursive=1`],
    ['repos/get-content', 'GET', () => `/repos/acme/models/contents/models/a.yaml?ref=${headSha}`],
    ['repos/get-content', 'GET', () => `/repos/acme/models/contents/models?ref=${headSha}`],
    ['repos/get-commit', 'GET', () => `/repos/acme/models/commits/${headSha}`],
    ['repos/compare-commits-with-basehead', 'GET', () => `/repos/acme/models/compare/${baseSha}...${headSha}`],
    ['checks/create', 'POST', () => '/repos/acme/models/check-runs', undefined],
    ['checks/list-for-ref', 'GET', () => `/repos/acme/models/commits/${headSha}/check-runs`],
    ['checks/list-suites-for-ref', 'GET', () => `/repos/acme/models/commits/${headSha}/check-suites?per_page=100`],
    [
      'repos/create-commit-status',
      'POST',
      () => `/repos/acme/models/statuses/${headSha}`,
      { state: 'success', context: 'rsp-gate', description: 'ok' },
    ],
    ['repos/get-collaborator-permission-level', 'GET', () => '/repos/acme/models/collaborators/bob/permission'],
    ['rate-limit/get', 'GET', () => '/rate_limit'],
  ];

  it.each(cases)('%s (%s)', async (operationId, method, path, body) => {
    const payload =
      operationId === 'checks/create'
        ? { name: 'rsp-gate', head_sha: headSha, status: 'in_progress', output: { title: 't', summary: 's' } }
        : body;
    const { status, json } = await call(method, path(), payload);
    expect(status).toBeLessThan(300);
    expect(responseProblems(operationId, status, json)).toBeUndefined();
  });

  it('GET blob and comment update match too', async () => {
    const tree = (await call('GET', `/repos/acme/models/git/trees/${headSha}?recursive=1`)).json as {
      tree: Array<{ path: string; sha: string }>;
    };
    const blobSha = tree.tree.find((e) => e.path === 'evals/e.bin')?.sha;
    const blob = await call('GET', `/repos/acme/models/git/blobs/${blobSha}`);
    expect(responseProblems('git/get-blob', blob.status, blob.json)).toBeUndefined();
    const created = (await call('POST', '/repos/acme/models/issues/3/comments', { body: 'a' })).json as { id: number };
    const updated = await call('PATCH', `/repos/acme/models/issues/comments/${created.id}`, { body: 'b' });
    expect(responseProblems('issues/update-comment', updated.status, updated.json)).toBeUndefined();
    const reaction = await call('POST', `/repos/acme/models/issues/comments/${created.id}/reactions`, { content: 'eyes' });
    expect(responseProblems('reactions/create-for-issue-comment', reaction.status, reaction.json)).toBeUndefined();
  });

  it('a wrong shape is caught', () => {
    expect(responseProblems('issues/get-comment', 200, { id: 'one' })).toMatch(/must/);
  });
});
