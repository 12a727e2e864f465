import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, type TestRepo } from './git-repo.ts';
import { ACTIONS_TOKEN } from './identities.ts';
import { startStandIn, type StandIn } from './server.ts';

let standIn: StandIn;
let repo: TestRepo;

async function get(path: string, token = ACTIONS_TOKEN) {
  const response = await fetch(`${standIn.url}${path}`, { headers: { authorization: `token ${token}`, 'user-agent': 't' } });
  return { status: response.status, json: (await response.json()) as any };
}

beforeAll(async () => {
  repo = await createRepo();
  await repo.commit({ a: 'a' }, 'one');
  standIn = await startStandIn();
  standIn.state.addRepo({ owner: 'acme', name: 'models', dir: repo.dir });
  standIn.state.setRole('acme/models', 'maria', 'maintain');
  standIn.state.setRole('acme/models', 'tom', 'triage');
  standIn.state.actor('stranger');
  standIn.state.addTeamMember('acme', 'safety', 'sam');
  standIn.state.addToken({ token: 'ghp_sam', login: 'sam', kind: 'user', permissions: { members: 'read' } });
  standIn.state.addToken({ token: 'ghp_maria', login: 'maria', kind: 'user' });
});

afterAll(async () => {
  await standIn.close();
  await repo.remove();
});

describe('permissions and membership', () => {
  it('reports collaborator permission with maintain → write and triage → read', async () => {
    expect((await get('/repos/acme/models/collaborators/maria/permission')).json).toMatchObject({
      permission: 'write',
      role_name: 'maintain',
    });
    expect((await get('/repos/acme/models/collaborators/tom/permission')).json).toMatchObject({ permission: 'read', role_name: 'triage' });
    expect((await get('/repos/acme/models/collaborators/stranger/permission')).json).toMatchObject({ permission: 'none' });
    expect((await get('/repos/acme/models/collaborators/nobody-at-all/permission')).status).toBe(404);
  });

  it('refuses collaborator permission to a personal token without push access', async () => {
    expect((await get('/repos/acme/models/collaborators/tom/permission', 'ghp_sam')).json.message).toBe(
      'Must have push access to view collaborator permission.',
    );
    expect((await get('/repos/acme/models/collaborators/tom/permission', 'ghp_maria')).status).toBe(200);
  });

  it('gives GITHUB_TOKEN 403 on team membership; a token with members:read gets 200 or 404', async () => {
    expect((await get('/orgs/acme/teams/safety/memberships/sam')).status).toBe(403);
    expect((await get('/orgs/acme/teams/safety/memberships/sam', 'ghp_sam')).json).toMatchObject({ role: 'member', state: 'active' });
    expect((await get('/orgs/acme/teams/safety/memberships/maria', 'ghp_sam')).status).toBe(404);
  });

  it('answers GET /user for personal tokens and 403 for installation tokens', async () => {
    expect((await get('/user', 'ghp_sam')).json.login).toBe('sam');
    expect((await get('/user')).status).toBe(403);
  });

  it('labels comment authors from roles and teams', () => {
    const association = (login: string) =>
      standIn.state.addComment({ repo: 'acme/models', issueNumber: 1, body: 'x', author: login }).authorAssociation;
    expect([association('sam'), association('maria'), association('stranger'), association('github-actions[bot]')]).toEqual([
      'MEMBER',
      'COLLABORATOR',
      'NONE',
      'NONE',
    ]);
  });
});
