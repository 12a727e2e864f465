import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, type TestRepo } from './git-repo.ts';
import { ACTIONS_TOKEN, FORK_TOKEN } from './identities.ts';
import { startStandIn, type StandIn } from './server.ts';

let standIn: StandIn;
let repo: TestRepo;
let headSha: string;

async function call(method: string, path: string, body?: unknown, token = ACTIONS_TOKEN) {
  const response = await fetch(`${standIn.url}${path}`, {
    method,
    headers: { authorization: `token ${token}`, 'user-agent': 'stand-in-test', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as any };
}

const annotations = (count: number, from = 0) =>
  Array.from({ length: count }, (_, i) => ({
    path: 'models/a.yaml',
    start_line: i + 1 + from,
    end_line: i + 1 + from,
    annotation_level: 'failure',
    message: `finding ${i + from}`,
  }));

beforeAll(async () => {
  repo = await createRepo();
  headSha = await repo.commit({ 'models/a.yaml': 'id: a\n' }, 'one');
  standIn = await startStandIn({
    tokens: [
      {
        token: ACTIONS_TOKEN,
        login: 'github-actions[bot]',
        kind: 'installation',
        permissions: { checks: 'write', statuses: 'write', contents: 'read' },
        app: { id: 15368, slug: 'github-actions', name: 'GitHub Actions', owner: 'github', clientId: 'x' },
      },
      { token: FORK_TOKEN, login: 'github-actions[bot]', kind: 'installation', permissions: { statuses: 'write', contents: 'read' } },
      { token: 'ghp_personal', login: 'alice', kind: 'user', permissions: { checks: 'write', statuses: 'write' } },
    ],
  });
  standIn.state.addRepo({ owner: 'acme', name: 'models', dir: repo.dir });
});

afterAll(async () => {
  await standIn.close();
  await repo.remove();
});

describe('check runs', () => {
  it('appends annotations on PATCH, like GitHub', async () => {
    const created = await call('POST', '/repos/acme/models/check-runs', {
      name: 'rsp-gate',
      head_sha: headSha,
      status: 'in_progress',
      output: { title: 'Evaluating', summary: 'first batch', annotations: annotations(50) },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ status: 'in_progress', conclusion: null, head_sha: headSha, app: { slug: 'github-actions' } });
    const updated = await call('PATCH', `/repos/acme/models/check-runs/${created.json.id}`, {
      conclusion: 'action_required',
      details_url: 'https://example.com/rsp',
      output: { title: 'ASL-3 required', summary: 'done', annotations: annotations(20, 50) },
    });
    expect(updated.status).toBe(200);
    expect(updated.json).toMatchObject({
      status: 'completed',
      conclusion: 'action_required',
      output: { title: 'ASL-3 required', summary: 'done', annotations_count: 70 },
    });
    const run = standIn.state.checkRunsFor('acme/models', headSha)[0];
    expect(run?.annotations.map((a) => a.message).slice(48, 52)).toEqual(['finding 48', 'finding 49', 'finding 50', 'finding 51']);
    expect(run?.updates).toHaveLength(2);
  });

  it('refuses more than 50 annotations in one request and marks it invalid', async () => {
    standIn.reset();
    const response = await call('POST', '/repos/acme/models/check-runs', {
      name: 'x',
      head_sha: headSha,
      output: { title: 't', summary: 's', annotations: annotations(51) },
    });
    expect(response.status).toBe(422);
    expect(standIn.invalidRequests()[0]?.invalid).toMatch(/annotations/);
  });

  it('refuses completed without a conclusion and columns across lines', async () => {
    standIn.reset();
    expect((await call('POST', '/repos/acme/models/check-runs', { name: 'x', head_sha: headSha, status: 'completed' })).status).toBe(422);
    const columns = [{ path: 'a', start_line: 1, end_line: 2, start_column: 1, end_column: 3, annotation_level: 'notice', message: 'm' }];
    expect(
      (
        await call('POST', '/repos/acme/models/check-runs', {
          name: 'x',
          head_sha: headSha,
          output: { title: 't', summary: 's', annotations: columns },
        })
      ).status,
    ).toBe(422);
    expect(standIn.invalidRequests()).toHaveLength(2);
  });

  it('refuses a head_sha the repository does not have', async () => {
    const response = await call('POST', '/repos/acme/models/check-runs', { name: 'x', head_sha: 'f'.repeat(40) });
    expect(response.status).toBe(422);
  });

  it('gives 403 "Resource not accessible by integration" to a token that cannot write checks, and to personal tokens', async () => {
    const noChecks = await call('POST', '/repos/acme/models/check-runs', { name: 'x', head_sha: headSha }, FORK_TOKEN);
    expect(noChecks).toMatchObject({ status: 403, json: { message: 'Resource not accessible by integration' } });
    const personal = await call('POST', '/repos/acme/models/check-runs', { name: 'x', head_sha: headSha }, 'ghp_personal');
    expect(personal.status).toBe(403);
  });

  it('lists the latest run of each name for a ref', async () => {
    await call('POST', '/repos/acme/models/check-runs', { name: 'rsp-gate', head_sha: headSha, conclusion: 'success' });
    const listed = await call('GET', `/repos/acme/models/commits/${headSha}/check-runs?check_name=rsp-gate`);
    expect(listed.json.total_count).toBe(1);
    expect(listed.json.check_runs[0].conclusion).toBe('success');
    const all = await call('GET', `/repos/acme/models/commits/main/check-runs?check_name=rsp-gate&filter=all`);
    expect(all.json.total_count).toBe(2);
  });
});

describe('commit statuses', () => {
  it('records a status created by a token that cannot write checks', async () => {
    const response = await call(
      'POST',
      `/repos/acme/models/statuses/${headSha}`,
      { state: 'failure', context: 'rsp-gate', description: 'ASL-3 safeguards pending', target_url: 'https://example.com' },
      FORK_TOKEN,
    );
    expect(response.status).toBe(201);
    expect(standIn.state.statusesFor('acme/models', headSha)).toMatchObject([
      { state: 'failure', context: 'rsp-gate', creator: { login: 'github-actions[bot]' } },
    ]);
  });

  it('refuses an unknown state', async () => {
    expect((await call('POST', `/repos/acme/models/statuses/${headSha}`, { state: 'passed' })).status).toBe(422);
  });
});
