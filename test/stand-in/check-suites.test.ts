// Check suites: one per (commit, App), created by GitHub's clock when a commit is pushed to a PR (GitHub Actions) or
// when an App creates the first check run on a commit; listed per ref.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, type TestRepo } from './git-repo.ts';
import { ACTIONS_TOKEN, GITHUB_ACTIONS_APP } from './identities.ts';
import { startStandIn, type StandIn } from './server.ts';

const OTHER_APP = { id: 77, slug: 'other-ci', name: 'Other CI', owner: 'acme', clientId: 'Iv1.other' };
const OTHER_TOKEN = 'ghs_standInOtherCiToken00000000000000000';

let standIn: StandIn;
let repo: TestRepo;
let baseSha: string;
let headSha: string;
let minute = 0;

async function call(method: string, path: string, body?: unknown, token = ACTIONS_TOKEN) {
  const response = await fetch(`${standIn.url}${path}`, {
    method,
    headers: { authorization: `token ${token}`, 'user-agent': 'stand-in-test', 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as any };
}

const suitesOf = (sha: string, query = '') => call('GET', `/repos/acme/models/commits/${sha}/check-suites?per_page=100${query}`);

beforeAll(async () => {
  repo = await createRepo();
  baseSha = await repo.commit({ 'models/a.yaml': 'id: a\n' }, 'base', '2026-01-01T00:00:00Z');
  // dated long before anything happens on the stand-in: the suites' times never come from the commit
  headSha = await repo.commit({ 'models/a.yaml': 'id: a\nlevel: 3\n' }, 'head', '2020-01-01T00:00:00Z', { branch: 'feature' });
  standIn = await startStandIn({
    tokens: [
      {
        token: ACTIONS_TOKEN,
        login: 'github-actions[bot]',
        kind: 'installation',
        permissions: { checks: 'write', contents: 'read' },
        app: GITHUB_ACTIONS_APP,
      },
      { token: OTHER_TOKEN, login: 'other-ci[bot]', kind: 'installation', permissions: { checks: 'write' }, app: OTHER_APP },
    ],
  });
  standIn.state.clock = () => new Date(Date.UTC(2026, 5, 1, 12, minute++));
  standIn.state.addRepo({ owner: 'acme', name: 'models', dir: repo.dir });
});

afterAll(async () => {
  // the only request GitHub would call wrong: the one for a commit that does not exist
  expect(standIn.invalidRequests().map((r) => r.path)).toEqual([`/repos/acme/models/commits/${'f'.repeat(40)}/check-suites`]);
  expect(standIn.requests.filter((r) => r.responseProblem).map((r) => r.responseProblem)).toEqual([]);
  await standIn.close();
  await repo.remove();
});

describe('check suites', () => {
  it('a commit nobody pushed to a PR and nobody checked has none', async () => {
    const listed = await suitesOf(baseSha);
    expect(listed).toMatchObject({ status: 200, json: { total_count: 0, check_suites: [] } });
  });

  it('the first check run of an App creates its suite at that moment; later runs of the App reuse it', async () => {
    standIn.state.clock = () => new Date(Date.UTC(2026, 5, 1, 13, 0));
    const first = await call(
      'POST',
      '/repos/acme/models/check-runs',
      { name: 'lint', head_sha: baseSha, conclusion: 'success' },
      OTHER_TOKEN,
    );
    standIn.state.clock = () => new Date(Date.UTC(2026, 5, 1, 14, 0));
    const second = await call(
      'POST',
      '/repos/acme/models/check-runs',
      { name: 'test', head_sha: baseSha, conclusion: 'failure' },
      OTHER_TOKEN,
    );
    expect(second.json.check_suite.id).toBe(first.json.check_suite.id);
    const listed = await suitesOf(baseSha);
    expect(listed.json.total_count).toBe(1);
    expect(listed.json.check_suites[0]).toMatchObject({
      id: first.json.check_suite.id,
      head_sha: baseSha,
      created_at: '2026-06-01T13:00:00Z',
      app: { id: OTHER_APP.id, slug: 'other-ci' },
      status: 'completed',
      conclusion: 'failure',
      latest_check_runs_count: 2,
    });
  });

  it("a push to a PR gives GitHub Actions a suite for the new head, timed by the stand-in's clock, not the commit date", async () => {
    standIn.state.clock = () => new Date(Date.UTC(2026, 5, 2, 9, 30));
    standIn.state.addPullRequest({
      repo: 'acme/models',
      number: 1,
      author: 'alice',
      base: { sha: baseSha, ref: 'main' },
      head: { sha: baseSha, ref: 'feature' },
    });
    standIn.state.clock = () => new Date(Date.UTC(2026, 5, 2, 10, 0));
    standIn.state.pushToPullRequest('acme/models', 1, headSha);
    const listed = await suitesOf(headSha);
    expect(listed.json.check_suites).toMatchObject([
      {
        head_sha: headSha,
        head_branch: 'feature',
        created_at: '2026-06-02T10:00:00Z',
        status: 'queued',
        conclusion: null,
        app: { slug: 'github-actions' },
        pull_requests: [{ number: 1 }],
      },
    ]);
    expect(listed.json.check_suites[0].head_commit).toMatchObject({ id: headSha, timestamp: '2020-01-01T00:00:00Z' });

    // A check run by GitHub Actions later joins that suite; another App's run gets a suite of its own, created then.
    standIn.state.clock = () => new Date(Date.UTC(2026, 5, 2, 11, 0));
    await call('POST', '/repos/acme/models/check-runs', { name: 'rsp-gate', head_sha: headSha, conclusion: 'success' });
    await call('POST', '/repos/acme/models/check-runs', { name: 'lint', head_sha: headSha, status: 'in_progress' }, OTHER_TOKEN);
    const both = await suitesOf(headSha);
    expect(both.json.check_suites.map((s: any) => [s.app.slug, s.created_at, s.status])).toEqual([
      ['github-actions', '2026-06-02T10:00:00Z', 'completed'],
      ['other-ci', '2026-06-02T11:00:00Z', 'queued'],
    ]);
    expect((await suitesOf(headSha, `&app_id=${OTHER_APP.id}`)).json.check_suites.map((s: any) => s.app.slug)).toEqual(['other-ci']);
    expect((await suitesOf(headSha, '&check_name=rsp-gate')).json.check_suites.map((s: any) => s.app.slug)).toEqual(['github-actions']);
  });

  it('a PR opened or pushed with actionsSuite: false leaves the head without a suite', async () => {
    const lone = await repo.commit({ 'README.md': 'lone\n' }, 'lone', '2026-01-03T00:00:00Z', { branch: 'lone' });
    const pull = standIn.state.addPullRequest({
      repo: 'acme/models',
      number: 2,
      author: 'alice',
      base: { sha: baseSha, ref: 'main' },
      head: { sha: lone, ref: 'lone' },
      actionsSuite: false,
    });
    expect((await suitesOf(lone)).json.total_count).toBe(0);
    const next = await repo.commit({ 'README.md': 'next\n' }, 'next', '2026-01-04T00:00:00Z', { branch: 'lone' });
    standIn.state.pushToPullRequest('acme/models', pull.number, next, { actionsSuite: false });
    expect(standIn.state.checkSuitesFor('acme/models', next)).toEqual([]);
  });

  it('pages with a Link header and answers 422 for a commit the repository does not have', async () => {
    const paged = await fetch(`${standIn.url}/repos/acme/models/commits/${headSha}/check-suites?per_page=1`, {
      headers: { authorization: `token ${ACTIONS_TOKEN}`, 'user-agent': 'stand-in-test' },
    });
    expect(((await paged.json()) as any).check_suites).toHaveLength(1);
    expect(paged.headers.get('link')).toMatch(/page=2>; rel="next"/);
    expect((await suitesOf('f'.repeat(40))).status).toBe(422);
  });
});
