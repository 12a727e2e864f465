import { describe, expect, it } from 'vitest';
import { createApiRepoReader } from '../../../src/github/repo-reader.ts';
import { readText } from '../../../src/sources/file-source.ts';
import { fakeApi } from './fake-api.ts';

const repo = { owner: 'acme', repo: 'models' };
const HEAD = 'h'.repeat(40);
const BASE = 'b'.repeat(40);

interface Blob {
  text: string | null;
  bytes: Buffer;
  binary?: boolean;
  truncated?: boolean;
}

/** A repository of two commits answered the way GitHub answers: trees by REST, blobs by GraphQL aliases or REST. */
function github(files: Record<string, Record<string, Blob>>, options: { truncatedTree?: boolean } = {}) {
  const oidOf = (commit: string, path: string) => `${commit.slice(0, 1)}-${path}`;
  const byOid = new Map<string, Blob>();
  for (const [commit, entries] of Object.entries(files))
    for (const [path, blob] of Object.entries(entries)) byOid.set(oidOf(commit, path), blob);
  return fakeApi({
    request(route, p) {
      if (route.startsWith('GET /repos/{owner}/{repo}/git/trees/')) {
        const commit = String(p.tree_sha);
        return {
          truncated: options.truncatedTree === true,
          tree: [
            { path: 'models', type: 'tree', sha: 't1' },
            ...Object.entries(files[commit] ?? {}).map(([path, blob]) => ({
              path,
              type: 'blob',
              sha: oidOf(commit, path),
              size: blob.bytes.byteLength,
            })),
          ],
        };
      }
      if (route.startsWith('GET /repos/{owner}/{repo}/git/blobs/')) {
        const blob = byOid.get(String(p.file_sha))!;
        return { content: blob.bytes.toString('base64'), encoding: 'base64', size: blob.bytes.byteLength, sha: p.file_sha };
      }
      throw new Error(`unexpected ${route}`);
    },
    graphql(_query, variables) {
      const repository: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(variables)) {
        if (!/^e\d+$/.test(name)) continue;
        const expression = String(value);
        const colon = expression.indexOf(':');
        const alias = `f${name.slice(1)}`;
        if (colon < 0) {
          repository[alias] = { committedDate: `2026-01-0${expression === HEAD ? 5 : 4}T09:00:00Z` };
          continue;
        }
        const [commit, path] = [expression.slice(0, colon), expression.slice(colon + 1)];
        const blob = files[commit]?.[path];
        repository[alias] = blob
          ? {
              text: blob.text,
              byteSize: blob.bytes.byteLength,
              isBinary: blob.binary === true,
              isTruncated: blob.truncated === true,
              oid: oidOf(commit, path),
            }
          : null;
      }
      return { repository };
    },
  });
}

const text = (s: string): Blob => ({ text: s, bytes: Buffer.from(s, 'utf8') });

describe('the API RepoReader', () => {
  it('reads the files asked for in the same turn, at both commits, and the commit date, in one GraphQL query', async () => {
    const api = github({
      [BASE]: { 'policy.yml': text('base policy') },
      [HEAD]: { 'policy.yml': text('head policy'), 'a.yaml': text('a') },
    });
    const reader = createApiRepoReader(api, repo);
    const [base, head, date] = await Promise.all([
      reader.readFiles(BASE, ['policy.yml']),
      reader.readFiles(HEAD, ['policy.yml', 'a.yaml', 'missing.yaml']),
      reader.commitDate(HEAD),
    ]);
    expect(api.calls.filter((c) => c.kind === 'graphql')).toHaveLength(1);
    expect(await readText(base.get('policy.yml')!)).toBe('base policy');
    expect(await readText(head.get('policy.yml')!)).toBe('head policy');
    expect([...head.keys()].sort()).toEqual(['a.yaml', 'policy.yml']);
    expect(date).toBe('2026-01-05T09:00:00Z');
    // The query carries paths as variables, never spliced into its text.
    expect(api.calls[0]!.route).not.toContain('policy.yml');
  });

  it('splits many files into queries of bounded size', async () => {
    const many: Record<string, Blob> = {};
    for (let i = 0; i < 450; i++) many[`evals/r${i}.yaml`] = text(`r${i}`);
    const api = github({ [HEAD]: many });
    const reader = createApiRepoReader(api, repo, { maxPathsPerQuery: 200 });
    await reader.listFiles(HEAD);
    const files = await reader.readFiles(HEAD, Object.keys(many));
    expect(files.size).toBe(450);
    expect(
      api.calls.filter((c) => c.kind === 'graphql').map((c) => Object.keys(c.parameters).filter((k) => k.startsWith('e')).length),
    ).toEqual([200, 200, 50]);
  });

  it('fetches binary, truncated and mis-decoded blobs whole through the REST blob API', async () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff]);
    const latin1 = Buffer.from([0x63, 0x61, 0x66, 0xe9]);
    const api = github({
      [HEAD]: {
        'evals/run.json': { text: null, bytes: zip, binary: true },
        'evals/big.json': { text: 'cut', bytes: Buffer.from('cut and the rest'), truncated: true },
        'evals/latin1.yaml': { text: 'caf\ufffd', bytes: latin1 },
      },
    });
    const reader = createApiRepoReader(api, repo);
    const files = await reader.readFiles(HEAD, ['evals/run.json', 'evals/big.json', 'evals/latin1.yaml']);
    expect(Buffer.from(await files.get('evals/run.json')!.read(0, 100))).toEqual(zip);
    expect(await readText(files.get('evals/big.json')!)).toBe('cut and the rest');
    expect(Buffer.from(await files.get('evals/latin1.yaml')!.read(0, 10))).toEqual(latin1);
    expect(api.calls.filter((c) => c.route.includes('git/blobs'))).toHaveLength(3);
  });

  it('sends Inspect .eval logs and blobs the tree says are large straight to REST', async () => {
    // (A .eval below 1 kB could be a Git LFS pointer, which is text: that size goes through GraphQL first.)
    const api = github({
      [HEAD]: {
        'evals/log.eval': { text: null, bytes: Buffer.alloc(2048, 1), binary: true },
        'evals/huge.json': text('x'.repeat(500_000)),
      },
    });
    const reader = createApiRepoReader(api, repo);
    await reader.listFiles(HEAD);
    const files = await reader.readFiles(HEAD, ['evals/log.eval', 'evals/huge.json']);
    expect(files.get('evals/huge.json')!.size).toBe(500_000);
    expect(api.calls.filter((c) => c.kind === 'graphql')).toHaveLength(0);
    expect(api.calls.filter((c) => c.route.includes('git/blobs'))).toHaveLength(2);
  });

  it('lists blobs only, once per commit, and refuses a truncated tree', async () => {
    const api = github({ [HEAD]: { 'a.yaml': text('a') } });
    const reader = createApiRepoReader(api, repo);
    expect(await reader.listFiles(HEAD)).toEqual([{ path: 'a.yaml', oid: 'h-a.yaml', size: 1 }]);
    await reader.listFiles(HEAD);
    expect(api.calls.filter((c) => c.route.includes('git/trees'))).toHaveLength(1);

    const truncated = createApiRepoReader(github({ [HEAD]: {} }, { truncatedTree: true }), repo);
    await expect(truncated.listFiles(HEAD)).rejects.toThrow(/too large for GitHub to list in one response \(truncated\)/);
  });

  it('refuses a tree answer without its list of files, rather than judge an empty repository', async () => {
    for (const answer of ['', {}, { truncated: false, tree: 'x' }]) {
      const reader = createApiRepoReader(fakeApi({ request: () => answer }), repo);
      await expect(reader.listFiles(HEAD)).rejects.toThrow(`GitHub's answer for the file tree of ${HEAD} holds no list of files`);
    }
  });

  it('fails every read of a batch when the query fails', async () => {
    const api = fakeApi({
      graphql: () => {
        throw new Error('boom');
      },
    });
    const reader = createApiRepoReader(api, repo);
    await expect(Promise.all([reader.readFiles(HEAD, ['a']), reader.commitDate(HEAD)])).rejects.toThrow('boom');
  });
});

describe('the API reader with one blob at base and head', () => {
  it('downloads a large blob once when base and head hold the same one', async () => {
    const big = Buffer.alloc(600_000, 0x61);
    const api = fakeApi({
      request(route, p) {
        if (route.startsWith('GET /repos/{owner}/{repo}/git/trees/'))
          return {
            tree: [{ path: 'evals/m/log.json', type: 'blob', sha: 'same-oid', size: big.byteLength }],
            truncated: false,
            sha: p.tree_sha,
          };
        return { content: big.toString('base64'), encoding: 'base64', size: big.byteLength, sha: p.file_sha };
      },
    });
    const reader = createApiRepoReader(api, repo);
    await Promise.all([reader.listFiles(BASE), reader.listFiles(HEAD)]);
    const [base, head] = await Promise.all([reader.readFiles(BASE, ['evals/m/log.json']), reader.readFiles(HEAD, ['evals/m/log.json'])]);
    expect(base.get('evals/m/log.json')!.size).toBe(big.byteLength);
    expect(head.get('evals/m/log.json')!.size).toBe(big.byteLength);
    expect(api.calls.filter((c) => c.route.includes('/git/blobs/'))).toHaveLength(1);
  });
});

describe('the API reader downloading a large blob', () => {
  const big = Buffer.alloc(600_000, 0x62);
  function readerAnswering(raw: (parameters: Record<string, unknown>) => unknown) {
    const api = fakeApi({
      request(route, p) {
        if (route.startsWith('GET /repos/{owner}/{repo}/git/trees/'))
          return { tree: [{ path: 'evals/m/log.json', type: 'blob', sha: 'oid-1', size: big.byteLength }], truncated: false };
        if ((p.mediaType as { format?: string } | undefined)?.format === 'raw') return raw(p);
        return { content: big.toString('base64'), encoding: 'base64', size: big.byteLength };
      },
    });
    return { api, reader: createApiRepoReader(api, repo) };
  }
  const read = async (reader: ReturnType<typeof createApiRepoReader>) => {
    await reader.listFiles(HEAD);
    return (await reader.readFiles(HEAD, ['evals/m/log.json'])).get('evals/m/log.json')!;
  };

  it('takes the raw bytes, checked against the size the tree lists', async () => {
    const { api, reader } = readerAnswering(() => big.buffer.slice(big.byteOffset, big.byteOffset + big.byteLength));
    expect(Buffer.from(await read(reader).then((src) => src.read(0, big.byteLength))).equals(big)).toBe(true);
    expect(api.calls.filter((c) => c.route.includes('/git/blobs/'))).toHaveLength(1);
  });

  it('never trusts raw bytes that came back as text: it asks for the base64 form', async () => {
    const { api, reader } = readerAnswering(() => big.toString('latin1'));
    expect((await read(reader)).size).toBe(big.byteLength);
    expect(
      api.calls
        .filter((c) => c.route.includes('/git/blobs/'))
        .map((c) => (c.parameters.mediaType as { format?: string } | undefined)?.format),
    ).toEqual(['raw', undefined]);
  });

  it('refuses raw bytes of another size than the tree lists', async () => {
    const { reader } = readerAnswering(() => new ArrayBuffer(10));
    await expect(read(reader)).rejects.toThrow(/returned 10 of the 600000 bytes/);
  });
});
