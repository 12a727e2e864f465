// The fetch the GitHub client sends its requests with, against real local servers: compressed bodies, redirects (and
// the credentials they must not carry), proxies from the environment, network failures as fetch reports them.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createApiClient } from '../../src/github/client.ts';
import { describeGitHubError } from '../../src/github/errors.ts';
import { createHttpFetch } from '../../src/github/http-fetch.ts';

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

/** A server answering with `answer`, recording every request it is sent. */
async function serve(answer: (seen: Seen, res: http.ServerResponse) => void): Promise<{ origin: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString() };
      seen.push(request);
      answer(request, res);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const json = (res: http.ServerResponse, value: unknown, encode?: 'gzip' | 'br') => {
  const text = Buffer.from(JSON.stringify(value));
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('x-twice', ['a', 'b']);
  if (encode) res.setHeader('content-encoding', encode);
  res.end(encode === 'gzip' ? gzipSync(text) : encode === 'br' ? brotliCompressSync(text) : text);
};

describe('fetch over node:http', () => {
  it('sends the method, headers and body, and decodes a gzip or brotli body', async () => {
    const { origin, seen } = await serve((req, res) => json(res, { got: req.body }, req.url === '/br' ? 'br' : 'gzip'));
    const fetch = createHttpFetch({});
    for (const path of ['/gz', '/br']) {
      const response = await fetch(`${origin}${path}`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'hello' });
      expect(response.status).toBe(200);
      expect(response.ok).toBe(true);
      expect(response.url).toBe(`${origin}${path}`);
      expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
      expect(Object.fromEntries(response.headers)['x-twice']).toBe('a, b');
      expect(await response.json()).toEqual({ got: 'hello' });
    }
    expect(seen.map((s) => [s.method, s.headers['content-type'], s.headers['accept-encoding']])).toEqual([
      ['POST', 'text/plain', 'gzip, deflate, br'],
      ['POST', 'text/plain', 'gzip, deflate, br'],
    ]);
  });

  it('hands over a binary body byte for byte, small or large', async () => {
    const large = randomBytes(3 << 20);
    const { origin } = await serve((req, res) =>
      res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(req.url === '/large' ? large : large.subarray(5, 105)),
    );
    const fetch = createHttpFetch({});
    expect(Buffer.from(await (await fetch(`${origin}/large`)).arrayBuffer()).equals(large)).toBe(true);
    expect(Buffer.from(await (await fetch(`${origin}/small`)).arrayBuffer()).equals(large.subarray(5, 105))).toBe(true);
  });

  it('follows redirects, keeping the token on its origin and dropping it on another; a 303 turns a POST into a GET', async () => {
    const other = await serve((req, res) => json(res, { at: 'other', authorization: req.headers.authorization ?? null }));
    const { origin, seen } = await serve((req, res) => {
      if (req.url === '/moved') res.writeHead(301, { location: '/here' }).end();
      else if (req.url === '/away') res.writeHead(302, { location: `${other.origin}/there` }).end();
      else if (req.url === '/posted') res.writeHead(303, { location: '/result' }).end();
      else json(res, { at: req.url, method: req.method, body: req.body, authorization: req.headers.authorization ?? null });
    });
    const fetch = createHttpFetch({});
    const headers = { authorization: 'token secret' };
    const same = await fetch(`${origin}/moved`, { headers });
    expect(same.url).toBe(`${origin}/here`);
    expect(await same.json()).toMatchObject({ at: '/here', authorization: 'token secret' });
    expect(await (await fetch(`${origin}/away`, { headers })).json()).toEqual({ at: 'other', authorization: null });
    expect(await (await fetch(`${origin}/posted`, { method: 'POST', body: 'x', headers })).json()).toMatchObject({
      at: '/result',
      method: 'GET',
      body: '',
    });
    const manual = await fetch(`${origin}/moved`, { redirect: 'manual' });
    expect([manual.status, manual.headers.get('location')]).toEqual([301, '/here']);
    await expect(fetch(`${origin}/moved`, { redirect: 'error' })).rejects.toThrow('fetch failed');
    expect(seen.filter((s) => s.url === '/moved')).toHaveLength(3);
  });

  it('sends requests through HTTP_PROXY unless NO_PROXY names the host, and never proxies loopback hosts', async () => {
    const proxy = await serve((req, res) => json(res, { proxied: req.url }));
    const direct = await serve((_req, res) => json(res, { proxied: false }));
    const env = { HTTP_PROXY: proxy.origin, NO_PROXY: 'internal.example' };
    const proxied = await createHttpFetch(env)('http://api.example.test/repos?page=2');
    expect(await proxied.json()).toEqual({ proxied: 'http://api.example.test/repos?page=2' });
    expect(await (await createHttpFetch(env)(`${direct.origin}/x`)).json()).toEqual({ proxied: false });
    // Not proxied, so its name is looked up, and fails to resolve: the failure is fetch's.
    await expect(createHttpFetch(env)('http://internal.example/x')).rejects.toMatchObject({ name: 'TypeError', message: 'fetch failed' });
    expect(proxy.seen).toHaveLength(1);
  });

  it('reports a network failure as fetch does, which Octokit turns into a message with its cause', async () => {
    const { origin } = await serve((_req, res) => res.end());
    await new Promise((resolve) => servers.pop()!.close(resolve));
    const error = await createHttpFetch({})(`${origin}/x`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect(String((error as TypeError).cause)).toContain('ECONNREFUSED');
    const quiet = () => {};
    const api = createApiClient('t', { GITHUB_API_URL: origin }, { debug: quiet, info: quiet, warn: quiet, error: quiet });
    const failure = await api.request('GET /rate_limit', { request: { retries: 0 } }).catch((e: unknown) => e);
    expect(describeGitHubError(failure)).toMatch(/^GET .*\/rate_limit failed with HTTP 500: .*ECONNREFUSED/);
  });

  it('stops when its signal aborts', async () => {
    const { origin } = await serve(() => {});
    const controller = new AbortController();
    const pending = createHttpFetch({})(`${origin}/slow`, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('fails the request itself when a body is in an encoding it cannot decode, or does not decode', async () => {
    const { origin } = await serve((req, res) =>
      res.writeHead(200, { 'content-encoding': req.url === '/unknown' ? 'compress' : 'gzip' }).end('not gzip'),
    );
    const fetch = createHttpFetch({});
    await expect(fetch(`${origin}/unknown`)).rejects.toMatchObject({
      message: 'fetch failed',
      cause: { message: 'unsupported content-encoding compress' },
    });
    await expect(fetch(`${origin}/corrupt`)).rejects.toMatchObject({ message: 'fetch failed' });
  });

  it('fails the request, never an empty answer, when a body is cut short', async () => {
    const { origin } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
      res.write('{"tree": [');
      setImmediate(() => res.socket?.destroy());
    });
    await expect(createHttpFetch({})(`${origin}/x`)).rejects.toMatchObject({ name: 'TypeError', message: 'fetch failed' });
    // Through Octokit: an error, where a body it could not read would have been taken as an empty answer.
    const quiet = () => {};
    const api = createApiClient('t', { GITHUB_API_URL: origin }, { debug: quiet, info: quiet, warn: quiet, error: quiet });
    const tree = { owner: 'a', repo: 'b', tree_sha: 'c', request: { retries: 0 } };
    const failure = await api.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', tree).catch((e: unknown) => e);
    expect(describeGitHubError(failure)).toMatch(/failed with HTTP 500/);
  });
});
