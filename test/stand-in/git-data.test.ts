import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepo, type TestRepo } from './git-repo.ts';
import { ACTIONS_TOKEN } from './identities.ts';
import { startStandIn, type StandIn } from './server.ts';

let standIn: StandIn;
let repo: TestRepo;
let baseSha: string;
let headSha: string;

async function get(path: string, accept?: string) {
  const response = await fetch(`${standIn.url}${path}`, {
    headers: { authorization: `token ${ACTIONS_TOKEN}`, 'user-agent': 't', ...(accept ? { accept } : {}) },
  });
  return { status: response.status, text: await response.text() };
}
const json = async (path: string) => JSON.parse((await get(path)).text) as any;

beforeAll(async () => {
  repo = await createRepo();
  baseSha = await repo.commit(
    { 'models/a.yaml': 'id: a\n', 'models/deep/b.yaml': 'id: b\n', 'rename-me.txt': 'same content\nlines\n' },
    'base',
  );
  headSha = await repo.commit(
    { 'models/a.yaml': 'id: a\nlevel: 3\n', 'rename-me.txt': null, 'renamed.txt': 'same content\nlines\n' },
    'head',
    undefined,
    { branch: 'feature' },
  );
  standIn = await startStandIn();
  standIn.state.addRepo({ owner: 'acme', name: 'models', dir: repo.dir });
  standIn.state.addPullRequest({
    repo: 'acme/models',
    number: 2,
    author: 'alice',
    base: { sha: baseSha, ref: 'main' },
    head: { sha: headSha, ref: 'feature' },
  });
});

afterAll(async () => {
  await standIn.close();
  await repo.remove();
});

describe('git data from the real repository', () => {
  it('lists trees flat or recursively, by sha or branch', async () => {
    const flat = await json(`/repos/acme/models/git/trees/${headSha}`);
    expect(flat.tree.map((e: { path: string }) => e.path)).toEqual(['models', 'renamed.txt']);
    const recursive = await json('/repos/acme/models/git/trees/feature?recursive=1');
    expect(recursive.tree.filter((e: { type: string }) => e.type === 'blob').map((e: { path: string }) => e.path)).toEqual([
      'models/a.yaml',
      'models/deep/b.yaml',
      'renamed.txt',
    ]);
    expect(recursive.truncated).toBe(false);
    expect((await get('/repos/acme/models/git/trees/nope')).status).toBe(404);
  });

  it('serves blobs as base64 and raw', async () => {
    const tree = await json(`/repos/acme/models/git/trees/${headSha}?recursive=1`);
    const sha = tree.tree.find((e: { path: string }) => e.path === 'models/a.yaml').sha as string;
    const blob = await json(`/repos/acme/models/git/blobs/${sha}`);
    expect(Buffer.from(blob.content, 'base64').toString()).toBe('id: a\nlevel: 3\n');
    expect((await get(`/repos/acme/models/git/blobs/${sha}`, 'application/vnd.github.raw+json')).text).toBe('id: a\nlevel: 3\n');
  });

  it('serves contents at a ref, directories as arrays, 404 for a missing path', async () => {
    const file = await json(`/repos/acme/models/contents/models/a.yaml?ref=${baseSha}`);
    expect(Buffer.from(file.content, 'base64').toString()).toBe('id: a\n');
    const dir = await json('/repos/acme/models/contents/models?ref=feature');
    expect(dir.map((e: { path: string; type: string }) => [e.path, e.type])).toEqual([
      ['models/a.yaml', 'file'],
      ['models/deep', 'dir'],
    ]);
    expect((await get('/repos/acme/models/contents/models%2Fa.yaml?ref=feature', 'application/vnd.github.v3.raw')).text).toBe(
      'id: a\nlevel: 3\n',
    );
    expect((await get(`/repos/acme/models/contents/missing.yaml?ref=${headSha}`)).status).toBe(404);
  });

  it('lists the files of a pull request with renames and patches', async () => {
    const files = await json('/repos/acme/models/pulls/2/files');
    expect(files.map((f: any) => [f.filename, f.status, f.previous_filename])).toEqual([
      ['models/a.yaml', 'modified', undefined],
      ['renamed.txt', 'renamed', 'rename-me.txt'],
    ]);
    expect(files[0].patch).toContain('+level: 3');
    expect(files[0]).toMatchObject({ additions: 1, deletions: 0, changes: 1 });
  });

  it('compares two refs and gets one commit', async () => {
    const comparison = await json(`/repos/acme/models/compare/main...feature`);
    expect(comparison).toMatchObject({ status: 'ahead', ahead_by: 1, behind_by: 0, total_commits: 1, merge_base_commit: { sha: baseSha } });
    expect(comparison.files).toHaveLength(2);
    const commit = await json(`/repos/acme/models/commits/${headSha}`);
    expect(commit).toMatchObject({ sha: headSha, parents: [{ sha: baseSha }], commit: { message: 'head' } });
    expect((await get('/repos/acme/models/commits/0000000000000000000000000000000000000000')).status).toBe(422);
  });

  it('pages a comparison as GitHub does: the files on the first page only, the merge base on every page', async () => {
    const second = await json(`/repos/acme/models/compare/main...feature?per_page=1&page=2`);
    expect(second).toMatchObject({ merge_base_commit: { sha: baseSha }, commits: [] });
    expect(second.files).toBeUndefined();
  });
});
