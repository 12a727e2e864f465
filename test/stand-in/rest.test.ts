import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, type TestRepo } from './git-repo.ts';
import { ACTIONS_TOKEN } from './identities.ts';
import { startStandIn, type StandIn } from './server.ts';

let standIn: StandIn;
let repo: TestRepo;
let baseSha: string;
let headSha: string;

const call = (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
  fetch(`${standIn.url}${path}`, {
    method,
    headers: {
      authorization: `token ${ACTIONS_TOKEN}`,
      'user-agent': 'stand-in-test',
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

beforeAll(async () => {
  repo = await createRepo();
  baseSha = await repo.commit({ 'policy/rsp.yaml': 'levels: [ASL-2]\n', 'models/a.yaml': 'id: a\n' }, 'base');
  headSha = await repo.commit({ 'models/a.yaml': 'id: a\nlevel: ASL-3\n', 'evals/a.json': '{}' }, 'head', undefined, { branch: 'feature' });
  standIn = await startStandIn();
  standIn.state.addRepo({ owner: 'acme', name: 'models', dir: repo.dir });
  standIn.state.addPullRequest({
    repo: 'acme/models',
    number: 7,
    author: 'alice',
    base: { sha: baseSha, ref: 'main' },
    head: { sha: headSha, ref: 'feature' },
  });
});

afterAll(async () => {
  await standIn.close();
  await repo.remove();
});

describe('REST validation', () => {
  it('serves a valid call and records its operation', async () => {
    standIn.reset();
    const response = await call('GET', '/repos/acme/models/pulls/7');
    expect(response.status).toBe(200);
    const pull = (await response.json()) as { head: { sha: string }; changed_files: number };
    expect(pull.head.sha).toBe(headSha);
    expect(pull.changed_files).toBe(2);
    expect(standIn.requests).toHaveLength(1);
    expect(standIn.requests[0]).toMatchObject({
      operationId: 'pulls/get',
      status: 200,
      invalid: undefined,
      caller: 'github-actions[bot]',
      responseProblem: undefined,
    });
  });

  it('serves the same routes under /api/v3 with URLs under /api/v3', async () => {
    const response = await fetch(`${standIn.enterpriseUrl}/repos/acme/models/pulls/7`, {
      headers: { authorization: `Bearer ${ACTIONS_TOKEN}`, 'user-agent': 'x' },
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as { url: string }).url).toBe(`${standIn.enterpriseUrl}/repos/acme/models/pulls/7`);
  });

  it('rejects an unknown route with 404 and marks it invalid', async () => {
    standIn.reset();
    const response = await call('GET', '/repos/acme/models/pullz/7');
    expect(response.status).toBe(404);
    expect(standIn.invalidRequests()).toHaveLength(1);
    expect(standIn.invalidRequests()[0]?.invalid).toMatch(/no such route/);
  });

  it('rejects a body that breaks the schema with GitHub 422 shape', async () => {
    standIn.reset();
    const response = await call('POST', '/repos/acme/models/issues/7/comments', { bod: 'typo' });
    expect(response.status).toBe(422);
    const error = (await response.json()) as { message: string; documentation_url: string; status: string };
    expect(error.message).toMatch(/^Invalid request\.\n\n/);
    expect(error.message).toMatch(/body/);
    expect(error.status).toBe('422');
    expect(standIn.invalidRequests()[0]?.operationId).toBe('issues/create-comment');
  });

  it('rejects a wrong enum value in a body', async () => {
    standIn.reset();
    const response = await call('POST', `/repos/acme/models/check-runs`, { name: 'rsp-gate', head_sha: headSha, conclusion: 'passed' });
    expect(response.status).toBe(422);
    expect(standIn.invalidRequests()[0]?.invalid).toMatch(/conclusion/);
  });

  it('rejects a missing required query parameter and a bad query value', async () => {
    standIn.reset();
    const badState = await call('GET', '/repos/acme/models/pulls?state=merged');
    expect(badState.status).toBe(422);
    const badPage = await call('GET', '/repos/acme/models/pulls?per_page=lots');
    expect(badPage.status).toBe(422);
    expect(standIn.invalidRequests()).toHaveLength(2);
  });

  it('rejects a malformed path parameter with 404, as GitHub does', async () => {
    standIn.reset();
    const response = await call('GET', '/repos/acme/models/pulls/seven');
    expect(response.status).toBe(404);
    expect(standIn.invalidRequests()[0]?.invalid).toMatch(/path/);
  });

  it('rejects parameters the description does not list', async () => {
    standIn.reset();
    const response = await call('GET', '/repos/acme/models/pulls?sate=open');
    expect(response.status).toBe(422);
    expect(standIn.invalidRequests()[0]?.invalid).toMatch(/sate/);
  });

  it('accepts undescribed parameters when told to, as GitHub itself does', async () => {
    const lenient = await startStandIn({ rejectUnknownParameters: false });
    try {
      lenient.state.addRepo({ owner: 'acme', name: 'models', dir: repo.dir });
      const response = await fetch(`${lenient.url}/repos/acme/models/pulls?sate=open`, {
        headers: { authorization: `token ${ACTIONS_TOKEN}`, 'user-agent': 'x' },
      });
      expect(response.status).toBe(200);
      expect(lenient.invalidRequests()).toEqual([]);
    } finally {
      await lenient.close();
    }
  });

  it('requires authorization and a user agent', async () => {
    standIn.reset();
    const anonymous = await fetch(`${standIn.url}/repos/acme/models/pulls/7`, { headers: { 'user-agent': 'x' } });
    expect(anonymous.status).toBe(401);
    const noAgent = await fetch(`${standIn.url}/repos/acme/models/pulls/7`, {
      headers: { authorization: `token ${ACTIONS_TOKEN}`, 'user-agent': '' },
    });
    expect(noAgent.status).toBe(403);
    expect(standIn.invalidRequests()).toHaveLength(2);
    const unknownToken = await fetch(`${standIn.url}/repos/acme/models/pulls/7`, {
      headers: { authorization: 'token nope', 'user-agent': 'x' },
    });
    expect(unknownToken.status).toBe(401);
  });

  it('answers a described but unimplemented operation with 501 and marks it', async () => {
    standIn.reset();
    const response = await call('GET', '/repos/acme/models/releases');
    expect(response.status).toBe(501);
    expect(standIn.invalidRequests()[0]?.invalid).toMatch(/not implemented by the stand-in: repos\/list-releases/);
  });
});
