// Git LFS over GitHub: one batch request for all the pointers of a read, objects read by HTTP range, checked against
// their pointers; every failure a refusal with the file, never data.
import { describe, expect, it } from 'vitest';
import { githubLfsStore, lfsServerOf, webOriginOf } from '../../../src/github/lfs.ts';
import { createApiRepoReader } from '../../../src/github/repo-reader.ts';
import type { LfsRequest } from '../../../src/sources/lfs-objects.ts';
import { readResultFile } from '../../../src/evidence/read.ts';
import { memoryFileSource, readText } from '../../../src/sources/file-source.ts';
import { resolveLfsPointers } from '../../../src/sources/lfs-objects.ts';
import { writeZip, STORED } from '../../support/zip-writer.ts';
import { lfsOid, lfsPointerText } from '../../support/lfs.ts';
import { fixtureText } from '../evidence/sources.ts';
import { fakeApi } from './fake-api.ts';

const repo = { owner: 'acme', repo: 'models' };
const server = { origin: 'https://github.example', token: async () => 'ghs_token' };

interface Sent {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: unknown;
}

/** A fetch answering as GitHub's LFS server and its storage: batch on the web origin, downloads honouring Range. */
function lfsHost(objects: Uint8Array[], options: { ignoreRange?: boolean; corrupt?: boolean; batchStatus?: number } = {}) {
  const byOid = new Map(objects.map((o) => [lfsOid(o), o]));
  const sent: Sent[] = [];
  const fetchImpl = (async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = String(input);
    const headers = Object.fromEntries(
      Object.entries((init.headers ?? {}) as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]),
    );
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    sent.push({ url, method: init.method ?? 'GET', headers, body });
    if (url.endsWith('/info/lfs/objects/batch')) {
      if (options.batchStatus) return Response.json({ message: 'Bad credentials' }, { status: options.batchStatus });
      const request = body as { objects: Array<{ oid: string; size: number }> };
      const answer = request.objects.map(({ oid, size }) =>
        byOid.has(oid)
          ? { oid, size, actions: { download: { href: `https://media.example/${oid}`, header: { authorization: 'RemoteAuth signed' } } } }
          : { oid, size, error: { code: 404, message: 'Object does not exist on the server' } },
      );
      return Response.json({ transfer: 'basic', objects: answer });
    }
    let bytes = byOid.get(url.slice('https://media.example/'.length))!;
    if (options.corrupt) bytes = bytes.map((b, i) => (i === 0 ? b ^ 1 : b));
    const range = /^bytes=(\d+)-(\d+)$/.exec(headers.range ?? '');
    if (!range || options.ignoreRange) return new Response(bytes, { status: 200 });
    const [from, to] = [Number(range[1]), Math.min(Number(range[2]), bytes.byteLength - 1)];
    return new Response(bytes.slice(from, to + 1), {
      status: 206,
      headers: { 'content-range': `bytes ${from}-${to}/${bytes.byteLength}` },
    });
  }) as typeof fetch;
  return { fetchImpl, sent };
}

const pointerFile = (path: string, content: Uint8Array | string) =>
  memoryFileSource(path, new TextEncoder().encode(lfsPointerText(content)));

/** A finished Inspect log of `padding` bytes of samples (stored, so the archive is that large) and a small header. */
function largeEval(padding: number): Uint8Array {
  const header = fixtureText('inspect/wmdp-bio.json').replace(/"samples": \[[\s\S]*\],\n {2}"reductions"/, '"reductions"');
  return writeZip([
    { name: '_journal/start.json', data: '{}' },
    { name: 'samples/1_epoch_1.json', data: new Uint8Array(padding).map((_, i) => (i * 7919) % 251), method: STORED },
    { name: 'header.json', data: header },
  ]).bytes;
}

describe('githubLfsStore', () => {
  it('asks for every pointer of a read in one batch request, on the web origin, as the Batch API specifies', async () => {
    const a = new TextEncoder().encode(fixtureText('lm-eval/pythia-1.4b-v0.3.json'));
    const b = new TextEncoder().encode(fixtureText('inspect/wmdp-bio.json'));
    const { fetchImpl, sent } = lfsHost([a, b]);
    const files = new Map([
      ['evals/a.json', pointerFile('evals/a.json', a)],
      ['evals/b.json', pointerFile('evals/b.json', b)],
      ['evals/again.json', pointerFile('evals/again.json', a)],
      ['evals/plain.yaml', memoryFileSource('evals/plain.yaml', new TextEncoder().encode('results: []\n'))],
    ]);
    const resolved = await resolveLfsPointers(files, githubLfsStore(repo, server, fetchImpl));
    const batches = sent.filter((s) => s.method === 'POST');
    expect(batches).toHaveLength(1);
    expect(batches[0]).toEqual({
      url: 'https://github.example/acme/models.git/info/lfs/objects/batch',
      method: 'POST',
      headers: {
        accept: 'application/vnd.git-lfs+json',
        'content-type': 'application/vnd.git-lfs+json',
        authorization: `Basic ${Buffer.from('x-access-token:ghs_token').toString('base64')}`,
        'user-agent': 'rsp-gate',
      },
      // One entry per object, however many files point at it.
      body: {
        operation: 'download',
        transfers: ['basic'],
        objects: [
          { oid: lfsOid(a), size: a.byteLength },
          { oid: lfsOid(b), size: b.byteLength },
        ],
      },
    });
    expect(resolved.get('evals/a.json')!.size).toBe(a.byteLength);
    expect(await readText(resolved.get('evals/again.json')!)).toBe(fixtureText('lm-eval/pythia-1.4b-v0.3.json'));
    expect(await readText(resolved.get('evals/plain.yaml')!)).toBe('results: []\n');
    // The storage gets the batch answer's headers, never the GitHub token.
    const downloads = sent.filter((s) => s.method === 'GET');
    expect(downloads.every((d) => d.headers.authorization === 'RemoteAuth signed')).toBe(true);
  });

  it('reads a large .eval by range: its result, with a small fraction of its bytes fetched', async () => {
    const log = largeEval(12 << 20);
    const { fetchImpl, sent } = lfsHost([log]);
    const files = await resolveLfsPointers(
      new Map([['evals/m/run.eval', pointerFile('evals/m/run.eval', log)]]),
      githubLfsStore(repo, server, fetchImpl),
    );
    const result = await readResultFile(files.get('evals/m/run.eval')!);
    expect(result.findings).toEqual([]);
    expect(result.records.map((r) => [r.eval, r.metric, r.value])).toContainEqual(['inspect_evals/wmdp_bio', 'accuracy', 0.7125]);
    const ranges = sent.filter((s) => s.method === 'GET').map((s) => s.headers.range);
    expect(ranges.every((r) => r !== undefined)).toBe(true);
    const fetched = ranges.reduce((sum, r) => {
      const [, from, to] = /bytes=(\d+)-(\d+)/.exec(r!)!.map(Number);
      return sum + Math.min(to!, log.byteLength - 1) - from! + 1;
    }, 0);
    expect(fetched).toBeLessThan(log.byteLength / 20);
  });

  it('streams a large JSON log whole and checks its sha256, and reads a small one in one GET', async () => {
    const big = new TextEncoder().encode(
      fixtureText('lm-eval/pythia-1.4b-v0.3.json').replace('{', `{"pretty_env_info": "${'x'.repeat(9 << 20)}",`),
    );
    const small = new TextEncoder().encode(fixtureText('lm-eval/pythia-1.4b-v0.3.json'));
    const { fetchImpl, sent } = lfsHost([big, small]);
    const files = await resolveLfsPointers(
      new Map([
        ['evals/big.json', pointerFile('evals/big.json', big)],
        ['evals/small.json', pointerFile('evals/small.json', small)],
      ]),
      githubLfsStore(repo, server, fetchImpl),
    );
    for (const path of ['evals/big.json', 'evals/small.json']) {
      const result = await readResultFile(files.get(path)!);
      expect(result.format).toBe('lm-eval');
      expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
      expect(result.records.length).toBeGreaterThan(0);
    }
    expect(sent.filter((s) => s.method === 'GET' && s.headers.range === undefined)).toHaveLength(2);
  });

  it('refuses an object whose content does not match its pointer', async () => {
    const content = new TextEncoder().encode(fixtureText('lm-eval/pythia-1.4b-v0.3.json'));
    const { fetchImpl } = lfsHost([content], { corrupt: true });
    const files = await resolveLfsPointers(
      new Map([['evals/a.json', pointerFile('evals/a.json', content)]]),
      githubLfsStore(repo, server, fetchImpl),
    );
    const result = await readResultFile(files.get('evals/a.json')!);
    expect(result.records).toEqual([]);
    expect(result.findings.map((f) => [f.code, f.file])).toEqual([['LFS_OBJECT_MISSING', 'evals/a.json']]);
    expect(result.findings[0]!.message).toContain('does not match its pointer');
  });

  it('refuses a range read that the storage answers with the whole object', async () => {
    const log = largeEval(9 << 20);
    const { fetchImpl } = lfsHost([log], { ignoreRange: true });
    const files = await resolveLfsPointers(
      new Map([['evals/m/run.eval', pointerFile('evals/m/run.eval', log)]]),
      githubLfsStore(repo, server, fetchImpl),
    );
    const result = await readResultFile(files.get('evals/m/run.eval')!);
    expect(result.records).toEqual([]);
    expect(result.findings.map((f) => [f.code, f.severity])).toEqual([['LFS_OBJECT_MISSING', 'error']]);
    expect(result.findings[0]!.message).toContain('ignored the range request');
  });

  it('gives each missing object, a refused batch and an unknown server a finding with the file', async () => {
    const present = new TextEncoder().encode('{"results": {}}');
    const cases = [
      { host: lfsHost([present]), server, reason: 'answered 404: Object does not exist on the server' },
      { host: lfsHost([], { batchStatus: 401 }), server, reason: 'refused: HTTP 401 (Bad credentials)' },
      { host: lfsHost([]), server: undefined, reason: 'web origin is not known' },
    ];
    for (const { host, server: s, reason } of cases) {
      const files = await resolveLfsPointers(
        new Map([['evals/gone.json', pointerFile('evals/gone.json', 'never pushed')]]),
        githubLfsStore(repo, s, host.fetchImpl),
      );
      const result = await readResultFile(files.get('evals/gone.json')!);
      expect(result.findings).toEqual([
        { code: 'LFS_OBJECT_MISSING', severity: 'error', file: 'evals/gone.json', message: expect.stringContaining(reason) },
      ]);
    }
  });
});

describe('the API RepoReader with LFS pointers', () => {
  it('reads pointer-sized .eval files through the batched query and resolves every pointer of a read in one call', async () => {
    const eval1 = lfsPointerText('one'),
      json1 = lfsPointerText('{"two": 2}');
    const blobs: Record<string, string> = { 'evals/a.eval': eval1, 'evals/b.json': json1, 'evals/c.yaml': 'results: []\n' };
    const api = fakeApi({
      request: (route) => {
        if (!route.startsWith('GET /repos/{owner}/{repo}/git/trees/')) throw new Error(`unexpected ${route}`);
        return {
          tree: Object.entries(blobs).map(([path, text]) => ({ path, type: 'blob', sha: `sha-${path}`, size: Buffer.byteLength(text) })),
        };
      },
      graphql: (_query, variables) => {
        const repository: Record<string, unknown> = {};
        for (const [name, value] of Object.entries(variables)) {
          const path = /^e\d+$/.test(name) ? String(value).split(':')[1]! : undefined;
          if (path)
            repository[`f${name.slice(1)}`] = {
              text: blobs[path],
              byteSize: Buffer.byteLength(blobs[path]!),
              isBinary: false,
              isTruncated: false,
              oid: `sha-${path}`,
            };
        }
        return { repository };
      },
    });
    const asked: LfsRequest[][] = [];
    const store = {
      objects: async (requests: LfsRequest[]) => (
        asked.push(requests),
        new Map(
          requests.map((r) => [
            r.path,
            memoryFileSource(r.path, new TextEncoder().encode(r.path.endsWith('.eval') ? 'one' : '{"two": 2}')),
          ]),
        )
      ),
    };
    const reader = createApiRepoReader(api, repo, {}, undefined, store);
    await reader.listFiles('h'.repeat(40));
    const files = await reader.readFiles('h'.repeat(40), Object.keys(blobs));
    expect(asked.map((requests) => requests.map((r) => r.path))).toEqual([['evals/a.eval', 'evals/b.json']]);
    expect(api.calls.map((c) => c.kind)).toEqual(['request', 'graphql']);
    expect(await readText(files.get('evals/a.eval')!)).toBe('one');
    expect(await readText(files.get('evals/b.json')!)).toBe('{"two": 2}');
    expect(await readText(files.get('evals/c.yaml')!)).toBe('results: []\n');
  });
});

describe('the LFS server of an Octokit', () => {
  it('is on the web origin of the REST root', () => {
    expect(webOriginOf('https://api.github.com')).toBe('https://github.com');
    expect(webOriginOf('https://api.acme.ghe.com')).toBe('https://acme.ghe.com');
    expect(webOriginOf('https://ghe.example/api/v3/')).toBe('https://ghe.example');
    expect(webOriginOf('http://127.0.0.1:8080/api/v3')).toBe('http://127.0.0.1:8080');
    expect(webOriginOf('https://proxy.example/github')).toBeUndefined();
  });

  it('takes the installation token from the Octokit auth strategy', async () => {
    const api = Object.assign(fakeApi(), { auth: async (options: unknown) => ({ token: 'ghs_installation', asked: options }) });
    Object.assign(api.request, { endpoint: { DEFAULTS: { baseUrl: 'https://ghe.example/api/v3' } } });
    const found = lfsServerOf(api)!;
    expect(found.origin).toBe('https://ghe.example');
    expect(await found.token()).toBe('ghs_installation');
    expect(lfsServerOf(fakeApi())).toBeUndefined();
  });
});
