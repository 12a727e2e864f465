// The part of `fetch` Octokit calls, over node:http and node:https. Node's own fetch loads its whole undici stack on
// first use (about 100 ms of CPU, most of a neutral PR's run); these modules cost a tenth of that. Proxies come from
// HTTPS_PROXY, HTTP_PROXY and NO_PROXY through Node's agents (`proxyEnv`); loopback hosts are never proxied.
import http from 'node:http';
import type { Readable } from 'node:stream';
import { promisify } from 'node:util';

// TLS and zlib are loaded when a request first needs them (a plain-HTTP server, an uncompressed body never does).
const https = () => process.getBuiltinModule('node:https');
const zlib = () => process.getBuiltinModule('node:zlib');

/** What Octokit reads of a response. */
interface FetchedResponse {
  status: number;
  statusText: string;
  ok: boolean;
  url: string;
  headers: FetchedHeaders;
  text(): Promise<string>;
  json(): Promise<unknown>;
  arrayBuffer(): Promise<ArrayBuffer>;
}

interface FetchInit {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array | null;
  redirect?: 'follow' | 'manual' | 'error';
  signal?: AbortSignal | null;
}

export type HttpFetch = (url: string, init?: FetchInit) => Promise<FetchedResponse>;

const MAX_REDIRECTS = 20;
/** Like undici's defaults: a server that stops answering for five minutes is given up. */
const IDLE_TIMEOUT_MS = 300_000;
const DECODERS: Record<string, () => (body: Buffer) => Promise<Buffer>> = {
  gzip: () => promisify(zlib().gunzip),
  'x-gzip': () => promisify(zlib().gunzip),
  deflate: () => promisify(zlib().inflate),
  br: () => promisify(zlib().brotliDecompress),
};

class FetchedHeaders implements Iterable<[string, string]> {
  readonly #map: Map<string, string>;
  constructor(raw: http.IncomingHttpHeaders) {
    this.#map = new Map(
      Object.entries(raw).flatMap(([name, value]) =>
        value === undefined ? [] : [[name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value] as [string, string]],
      ),
    );
  }
  get(name: string): string | null {
    return this.#map.get(name.toLowerCase()) ?? null;
  }
  has(name: string): boolean {
    return this.#map.has(name.toLowerCase());
  }
  [Symbol.iterator](): Iterator<[string, string]> {
    return this.#map.entries();
  }
}

/** A fetch with its own keep-alive agents, honouring the proxy variables of `env`. */
export function createHttpFetch(env: NodeJS.ProcessEnv = process.env): HttpFetch {
  const agents = {
    'http:': lazily(() => new http.Agent({ keepAlive: true, proxyEnv: env })),
    'https:': lazily(() => new (https().Agent)({ keepAlive: true, proxyEnv: env })),
  };
  const direct = {
    'http:': lazily(() => new http.Agent({ keepAlive: true })),
    'https:': lazily(() => new (https().Agent)({ keepAlive: true })),
  };
  const agentFor = (url: URL) => (isLoopback(url.hostname) ? direct : agents)[url.protocol as 'http:' | 'https:']();
  return async (input, init = {}) => {
    let url = new URL(input);
    let method = (init.method ?? 'GET').toUpperCase();
    let body = init.body ?? undefined;
    const headers: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br', ...lowerCased(init.headers ?? {}) };
    for (let redirects = 0; ; redirects++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw fetchFailed(`unsupported protocol ${url.protocol}`);
      const response = await send(url, { method, headers, agent: agentFor(url), ...(init.signal ? { signal: init.signal } : {}) }, body);
      const location = response.headers.location;
      if (!isRedirect(response.statusCode) || location === undefined || init.redirect === 'manual')
        return await respond(url, response, method);
      response.resume();
      if (init.redirect === 'error') throw fetchFailed(`redirected to ${location}`);
      if (redirects >= MAX_REDIRECTS) throw fetchFailed('too many redirects');
      const next = new URL(location, url);
      // As fetch does: credentials never follow a request to another origin, and a 303 (or a POST's 301/302) turns into a GET.
      if (next.origin !== url.origin) delete headers['authorization'];
      if (response.statusCode === 303 || ((response.statusCode === 301 || response.statusCode === 302) && method === 'POST')) {
        method = method === 'HEAD' ? 'HEAD' : 'GET';
        body = undefined;
        delete headers['content-type'];
        delete headers['content-length'];
      }
      url = next;
    }
  };
}

function send(url: URL, options: http.RequestOptions, body: string | Uint8Array | undefined): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? https() : http).request(url, options, resolve);
    request.setTimeout(IDLE_TIMEOUT_MS, () => request.destroy(new Error(`no answer from ${url.host} in ${IDLE_TIMEOUT_MS / 1000} s`)));
    request.on('error', (error) => reject(error.name === 'AbortError' ? error : fetchFailed(error.message, error)));
    request.end(body);
  });
}

/**
 * The response with its whole body read and decoded. Read before the response is handed over, so that a body cut short
 * or undecodable fails the request itself: Octokit takes a body it cannot read as an empty answer.
 */
async function respond(url: URL, response: http.IncomingMessage, method: string): Promise<FetchedResponse> {
  const status = response.statusCode ?? 0;
  let body: Buffer = Buffer.alloc(0);
  if (method === 'HEAD' || status === 204 || status === 304) response.resume();
  else body = await decoded(response);
  return {
    status,
    statusText: response.statusMessage ?? '',
    ok: status >= 200 && status < 300,
    url: url.href,
    headers: new FetchedHeaders(response.headers),
    text: async () => body.toString('utf8'),
    json: async () => JSON.parse(body.toString('utf8')),
    arrayBuffer: async () => {
      // A large body owns its whole memory (not a slice of Node's pool): handed over without a copy.
      const whole = body.byteOffset === 0 && body.byteLength === body.buffer.byteLength;
      return (whole ? body.buffer : body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength)) as ArrayBuffer;
    },
  };
}

/** The body, decompressed as its content-encoding says (in the order the encodings were applied). */
async function decoded(response: Readable & { headers: http.IncomingHttpHeaders }): Promise<Buffer> {
  const chunks: Buffer[] = [];
  try {
    for await (const chunk of response) chunks.push(chunk as Buffer);
  } catch (error) {
    throw fetchFailed((error as Error).message, error);
  }
  let body: Buffer = Buffer.concat(chunks);
  const encodings = (response.headers['content-encoding'] ?? '')
    .split(',')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e !== '' && e !== 'identity');
  for (const encoding of encodings.reverse()) {
    const decoder = DECODERS[encoding];
    if (decoder === undefined) throw fetchFailed(`unsupported content-encoding ${encoding}`);
    try {
      body = await decoder()(body);
    } catch (error) {
      throw fetchFailed(`the ${encoding} body could not be decoded`, error);
    }
  }
  return body;
}

/** The value `make` returns, made on the first call. */
function lazily<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}

function isRedirect(status: number | undefined): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

function lowerCased(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

/** Network failures are what fetch throws: a TypeError whose cause says why (Octokit reports the cause). */
function fetchFailed(reason: string, cause?: unknown): TypeError {
  return new TypeError('fetch failed', { cause: cause instanceof Error ? cause : new Error(reason) });
}
