// The stand-in's git smart HTTP: a real git client fetches blobs by id with a token's HTTP Basic login, and is refused
// without one, with a token that may not read the repository, and when it pushes.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { devNull, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, type TestRepo } from './git-repo.ts';
import { ACTIONS_TOKEN } from './identities.ts';
import { startStandIn, type StandIn } from './server.ts';

const run = promisify(execFile);
const NO_CONTENTS_TOKEN = 'ghs_stand_in_no_contents';

let standIn: StandIn;
let repo: TestRepo;
const clients: string[] = [];
let oids: { a: string; b: string };

beforeAll(async () => {
  repo = await createRepo();
  await repo.commit({ 'a.txt': 'alpha\n', 'b.txt': 'beta\n' }, 'one');
  const blob = async (path: string) => (await git(['-C', repo.dir, 'rev-parse', `HEAD:${path}`])).stdout.trim();
  oids = { a: await blob('a.txt'), b: await blob('b.txt') };
  standIn = await startStandIn();
  standIn.state.addRepo({ owner: 'acme', name: 'models', dir: repo.dir });
  standIn.state.addToken({ token: NO_CONTENTS_TOKEN, login: 'metadata-only[bot]', kind: 'installation', permissions: {} });
});

afterAll(async () => {
  await standIn.close();
  await repo.remove();
  await Promise.all(clients.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** git as a client of the stand-in, away from this machine's configuration; `token` sent as GitHub takes it. */
function git(args: string[], token?: string, input?: string) {
  const header =
    token === undefined ? [] : ['-c', `http.extraHeader=Authorization: Basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`];
  const env = { PATH: process.env['PATH'], GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: devNull, GIT_TERMINAL_PROMPT: '0' };
  const child = run('git', [...header, ...args], { env, encoding: 'utf8' });
  if (input !== undefined) child.child.stdin?.end(input);
  return child;
}

const remote = () => `${standIn.url}/acme/models.git`;

/** An empty repository to fetch into. */
async function emptyClient(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rsp-gate-git-client-'));
  clients.push(dir);
  await git(['init', '--bare', '--quiet', dir]);
  return dir;
}

async function fetchBlobs(ids: string[], token?: string): Promise<string> {
  const client = await emptyClient();
  const args = ['-C', client, '-c', 'protocol.version=2', 'fetch', '--no-tags', '--no-write-fetch-head', '--stdin', remote()];
  await git(args, token, `${ids.join('\n')}\n`);
  return client;
}

describe('the stand-in git server', () => {
  it('serves blobs wanted by id over protocol v2, in two requests, as the token that asked', async () => {
    standIn.reset();
    const client = await fetchBlobs([oids.a, oids.b], ACTIONS_TOKEN);
    const { stdout } = await git(['-C', client, 'cat-file', '-p', oids.b]);
    expect(stdout).toBe('beta\n');
    expect(standIn.requests.map((r) => [r.operationId, r.status, r.caller])).toEqual([
      ['git/info-refs', 200, 'github-actions[bot]'],
      ['git/upload-pack', 200, 'github-actions[bot]'],
    ]);
    expect(standIn.invalidRequests()).toEqual([]);
  });

  it('asks for credentials when none are sent, and hides the repository from a token that may not read it', async () => {
    standIn.reset();
    await expect(fetchBlobs([oids.a])).rejects.toThrow(/Authentication failed|could not read Username|terminal prompts disabled/);
    expect(standIn.requests[0]?.status).toBe(401);
    standIn.reset();
    await expect(fetchBlobs([oids.a], NO_CONTENTS_TOKEN)).rejects.toThrow(/not found|404/i);
    expect(standIn.requests[0]?.status).toBe(404);
  });

  it('fails a fetch of an object the repository does not hold', async () => {
    await expect(fetchBlobs(['0123456789abcdef0123456789abcdef01234567'], ACTIONS_TOKEN)).rejects.toThrow(
      /not our ref|remote error|couldn't find/i,
    );
  });

  it('refuses pushes', async () => {
    standIn.reset();
    const client = await fetchBlobs([oids.a], ACTIONS_TOKEN);
    standIn.reset();
    await expect(git(['-C', client, 'push', remote(), `${oids.a}:refs/heads/x`], ACTIONS_TOKEN)).rejects.toThrow();
    expect(standIn.requests[0]).toMatchObject({ operationId: 'git/receive-pack', status: 403 });
  });
});
