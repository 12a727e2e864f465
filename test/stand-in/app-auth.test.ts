// Probot's GitHub App authentication against the stand-in: JWT → installation token → API calls as the App's bot.
import { generateKeyPairSync } from 'node:crypto';
import { Probot, ProbotOctokit } from 'probot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appPrivateKey } from './app-auth.ts';
import { createRepo, type TestRepo } from './git-repo.ts';
import { startStandIn, type StandIn } from './server.ts';

let standIn: StandIn;
let repo: TestRepo;

const probotWith = (privateKey: string) =>
  new Probot({
    appId: 321,
    privateKey,
    Octokit: ProbotOctokit.defaults({ baseUrl: standIn.enterpriseUrl, retry: { enabled: false }, throttle: { enabled: false } }),
    logLevel: 'fatal',
  });

beforeAll(async () => {
  repo = await createRepo();
  const sha = await repo.commit({ 'a.txt': 'a' }, 'one');
  standIn = await startStandIn({
    app: {
      id: 321,
      slug: 'rsp-gate',
      privateKey: appPrivateKey(),
      permissions: { metadata: 'read', checks: 'write', members: 'read', pull_requests: 'write' },
    },
  });
  standIn.state.addRepo({ owner: 'acme', name: 'models', dir: repo.dir });
  standIn.state.addPullRequest({ repo: 'acme/models', number: 1, author: 'alice', base: { sha, ref: 'main' }, head: { sha, ref: 'main' } });
  standIn.state.addTeamMember('acme', 'safety', 'bob');
});

afterAll(async () => {
  await standIn.close();
  await repo.remove();
});

describe('GitHub App authentication', () => {
  it('exchanges the JWT for an installation token that acts as <slug>[bot]', async () => {
    const probot = probotWith(appPrivateKey());
    const app = await probot.auth();
    const { data: me } = await app.rest.apps.getAuthenticated();
    expect(me?.slug).toBe('rsp-gate');
    const { data: installation } = await app.rest.apps.getRepoInstallation({ owner: 'acme', repo: 'models' });
    const octokit = await probot.auth(installation.id);
    await octokit.rest.issues.createComment({ owner: 'acme', repo: 'models', issue_number: 1, body: 'from the app' });
    expect(standIn.state.commentsOn('acme/models', 1)[0]?.author).toMatchObject({ login: 'rsp-gate[bot]', type: 'Bot' });
    const requests = standIn.requests.map((r) => [r.operationId, r.caller, r.status]);
    expect(requests).toEqual([
      ['apps/get-authenticated', 'app:rsp-gate', 200],
      ['apps/get-repo-installation', 'app:rsp-gate', 200],
      ['apps/create-installation-access-token', 'app:rsp-gate', 201],
      ['issues/create-comment', 'rsp-gate[bot]', 201],
    ]);
    expect(standIn.invalidRequests()).toEqual([]);
  });

  it('lets an App with members:read check team membership: 200 for members, 404 otherwise', async () => {
    const octokit = await probotWith(appPrivateKey()).auth(4242);
    const { data } = await octokit.rest.teams.getMembershipForUserInOrg({ org: 'acme', team_slug: 'safety', username: 'bob' });
    expect(data).toMatchObject({ role: 'member', state: 'active' });
    await expect(octokit.rest.teams.getMembershipForUserInOrg({ org: 'acme', team_slug: 'safety', username: 'eve' })).rejects.toMatchObject(
      { status: 404 },
    );
  });

  it('refuses a JWT signed with another key and marks it invalid', async () => {
    standIn.reset();
    const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    const app = await probotWith(otherKey).auth();
    await expect(app.rest.apps.getAuthenticated()).rejects.toMatchObject({ status: 401 });
    expect(standIn.invalidRequests()[0]?.invalid).toMatch(/JWT refused/);
  });

  it('refuses an installation token on App routes and the JWT on repository routes', async () => {
    standIn.reset();
    const app = await probotWith(appPrivateKey()).auth();
    const { token: jwt } = (await app.auth({ type: 'app' })) as { token: string };
    const asApp = await fetch(`${standIn.url}/repos/acme/models/pulls/1`, {
      headers: { authorization: `Bearer ${jwt}`, 'user-agent': 't' },
    });
    expect(asApp.status).toBe(403);
    const installationToken = standIn.state.addToken({ token: 'ghs_installation', login: 'rsp-gate[bot]', kind: 'installation' });
    const asInstallation = await fetch(`${standIn.url}/app`, {
      headers: { authorization: `token ${installationToken.token}`, 'user-agent': 't' },
    });
    expect(asInstallation.status).toBe(401);
    expect(standIn.invalidRequests().map((r) => r.operationId)).toEqual(['pulls/get', 'apps/get-authenticated']);
  });
});
