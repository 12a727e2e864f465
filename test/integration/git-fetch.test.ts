// The GitHub reader's batch transport for large blobs, against the stand-in's git server: one fetch for three or more,
// the exact bytes (streamed and by range), its temporary store removed on close, and errors that never show the token.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '../../src/github/client.ts';
import { fetchBlobs } from '../../src/github/git-fetch.ts';
import { createApiRepoReader } from '../../src/github/repo-reader.ts';
import type { TreeEntry } from '../../src/ports/repo-reader.ts';
import { readText } from '../../src/sources/file-source.ts';
import { createRepo, type TestRepo } from '../stand-in/git-repo.ts';
import { ACTIONS_TOKEN } from '../stand-in/identities.ts';
import { startStandIn, type StandIn } from '../stand-in/server.ts';

const repoRef = { owner: 'acme', repo: 'models' };
/** Above what GraphQL returns whole. */
const large = (i: number) => `${String(i).repeat(450_000)}\n`;
const FILES = { 'logs/a.json': large(1), 'logs/b.json': large(2), 'logs/c.json': large(3), 'small.txt': 'small\n' };

let gh: StandIn;
let repo: TestRepo;
let head: string;
let entries: Record<string, TreeEntry>;

beforeAll(async () => {
  repo = await createRepo();
  head = await repo.commit(FILES, 'logs');
  gh = await startStandIn();
  gh.state.addRepo({ owner: 'acme', name: 'models', dir: repo.dir });
});

afterAll(async () => {
  expect(gh.invalidRequests()).toEqual([]);
  await gh.close();
  await repo.remove();
});

const web = (token = ACTIONS_TOKEN) => ({ origin: gh.url, token: async () => token });

async function reader() {
  const quiet = () => {};
  const api = createApiClient(ACTIONS_TOKEN, { GITHUB_API_URL: gh.url }, { debug: quiet, info: quiet, warn: quiet, error: quiet });
  const r = createApiRepoReader(api, repoRef, {}, web());
  entries = Object.fromEntries((await r.listFiles(head)).map((e) => [e.path, e]));
  return r;
}

const operations = (since: number) => gh.requests.slice(since).map((r) => r.operationId);

describe('large blobs in one git fetch', () => {
  it('fetches three announced large blobs at once and reads them whole, streamed and by range', async () => {
    const r = await reader();
    const since = gh.requests.length;
    const paths = ['logs/a.json', 'logs/b.json', 'logs/c.json'];
    r.prefetch?.(head, paths);
    const files = await r.readFiles(head, [...paths, 'small.txt']);
    expect(await readText(files.get('logs/b.json')!)).toBe(FILES['logs/b.json']);
    expect(Buffer.from(await files.get('logs/c.json')!.read(449_998, 450_010)).toString()).toBe('33\n');
    expect(await readText(files.get('small.txt')!)).toBe('small\n');
    expect(operations(since).sort()).toEqual(['git/info-refs', 'git/upload-pack', 'graphql']);
    await r.close?.();
  });

  it('leaves one or two large blobs to the REST blob API', async () => {
    const r = await reader();
    const since = gh.requests.length;
    r.prefetch?.(head, ['logs/a.json', 'logs/b.json', 'small.txt']);
    const files = await r.readFiles(head, ['logs/a.json', 'logs/b.json']);
    expect(await readText(files.get('logs/a.json')!)).toBe(FILES['logs/a.json']);
    expect(operations(since)).toEqual(['git/get-blob', 'git/get-blob']);
  });

  it('keeps the blobs in a temporary store that removing deletes', async () => {
    await reader();
    const fetched = await fetchBlobs(web(), repoRef, [entries['logs/a.json']!, entries['logs/b.json']!]);
    expect(existsSync(fetched.objects.dir)).toBe(true);
    await fetched.remove();
    expect(existsSync(fetched.objects.dir)).toBe(false);
  });

  it('fails a fetch with a refused token or a blob the repository lacks, never showing the token', async () => {
    await reader();
    const refused = fetchBlobs(web('ghs_not_a_token_of_the_stand_in'), repoRef, [entries['logs/a.json']!]);
    await expect(refused).rejects.toThrow(/git fetch from http:\/\/127\.0\.0\.1:\d+\/acme\/models\.git failed/);
    await expect(refused).rejects.not.toThrow(/ghs_not_a_token/);
    await expect(fetchBlobs(web(), repoRef, [{ path: 'x', oid: '0123456789abcdef0123456789abcdef01234567', size: 1 }])).rejects.toThrow(
      /git fetch .* failed/,
    );
  });
});
