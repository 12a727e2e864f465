// The local GitHub stand-in: REST at / and /api/v3, GraphQL at /graphql and /api/graphql, on 127.0.0.1.
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions, type StandInApp } from './app-auth.ts';
import { FaultQueue, type Fault, type FaultAnswer, type FaultMatch } from './faults.ts';
import { runGraphql } from './graphql/endpoint.ts';
import { HttpError } from './http-error.ts';
import type { TokenSpec } from './identities.ts';
import type { Links } from './json/links.ts';
import { gitOperation, serveGit } from './git-http.ts';
import { lfsOperation, serveLfs } from './lfs.ts';
import { authenticate, prepareRest, serveRest, type PreparedRest, type RestEnvironment, type RestNotes } from './rest/dispatch.ts';
import { responseProblems } from './response-validation.ts';
import { StandInState } from './state.ts';

export interface StandInOptions {
  /** tokens the stand-in accepts; default: ACTIONS_TOKEN and FORK_TOKEN (see identities.ts) */
  tokens?: TokenSpec[];
  /** a GitHub App whose JWTs are accepted and which mints installation tokens (Probot) */
  app?: AppOptions;
  /** reject query parameters and body properties the description does not list; default true */
  rejectUnknownParameters?: boolean;
  /** check every successful REST answer against the description's response schema (see RecordedRequest.responseProblem); default true */
  checkResponses?: boolean;
}

interface RecordedRequest {
  method: string;
  /** path without the /api/v3 prefix */
  path: string;
  query: Record<string, string | string[]>;
  headers: IncomingHttpHeaders;
  body: unknown;
  status: number;
  response: unknown;
  /** bytes of the response body */
  responseBytes: number;
  /** REST operation id (`issues/create-comment`), `graphql`, `lfs/batch` and `lfs/download` (lfs.ts), or `git/info-refs` and `git/upload-pack` (git-http.ts) */
  operationId: string | undefined;
  /** GraphQL operation name, or `query { repository }` for an anonymous one */
  graphqlOperation: string | undefined;
  /** login of the token's identity, or `app:<slug>` for the App's JWT */
  caller: string | undefined;
  /** why GitHub's published descriptions say this request is wrong */
  invalid: string | undefined;
  /** answered by an injected fault */
  fault: boolean;
  /** where the stand-in's own answer departs from GitHub's response schema: a bug in the stand-in */
  responseProblem: string | undefined;
}

export interface StandIn {
  /** REST base URL, `http://127.0.0.1:<port>` (also for GITHUB_API_URL) */
  url: string;
  /** REST base as GitHub Enterprise Server serves it, `…/api/v3` (Probot with GHE_HOST) */
  enterpriseUrl: string;
  graphqlUrl: string;
  /** `127.0.0.1:<port>`, for GHE_HOST with GHE_PROTOCOL=http */
  host: string;
  state: StandInState;
  app: StandInApp | undefined;
  requests: RecordedRequest[];
  invalidRequests(): RecordedRequest[];
  /** forgets the request log and pending faults; the state stays */
  reset(): void;
  /** answers the next matching request(s) with an error: `{ match, status, headers?, body?, times? }` */
  failNext(fault: FaultAnswer & { match?: FaultMatch; times?: number }): void;
  /** holds the next matching request(s) back before serving them normally */
  delayNext(delay: { match?: FaultMatch; ms: number; times?: number }): void;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 100 * 1024 * 1024;

export async function startStandIn(options: StandInOptions = {}): Promise<StandIn> {
  const state = new StandInState(options.tokens);
  const app = options.app ? createApp(options.app) : undefined;
  const environment: RestEnvironment = { state, app, validation: { rejectUnknownParameters: options.rejectUnknownParameters ?? true } };
  const faults = new FaultQueue();
  const requests: RecordedRequest[] = [];

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, { message: `stand-in failure: ${String(error)}` });
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', `http://${request.headers.host ?? '127.0.0.1'}`);
    const method = (request.method ?? 'GET').toUpperCase();
    const enterprise = url.pathname.startsWith('/api/v3/') || url.pathname === '/api/v3';
    const path = enterprise ? url.pathname.slice('/api/v3'.length) || '/' : url.pathname;
    const links: Links = { api: `${url.origin}${enterprise ? '/api/v3' : ''}`, web: url.origin };
    const record: RecordedRequest = {
      method,
      path,
      query: queryRecord(url.searchParams),
      headers: request.headers,
      body: undefined,
      status: 0,
      response: undefined,
      responseBytes: 0,
      operationId: undefined,
      graphqlOperation: undefined,
      caller: undefined,
      invalid: undefined,
      fault: false,
      responseProblem: undefined,
    };
    requests.push(record);
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}, raw?: Buffer) => {
      record.status = status;
      record.response = raw ? `<${raw.length} raw bytes>` : body;
      record.responseBytes = raw ? raw.length : body === undefined ? 0 : Buffer.byteLength(JSON.stringify(body));
      send(response, status, body, headers, raw);
    };

    try {
      // Git's smart HTTP (not in the REST description) streams its binary bodies: served by git-http.ts, body unread.
      const git = gitOperation(url);
      if (git) {
        record.operationId = git;
        if (!request.headers['user-agent']?.startsWith('git/'))
          throw new HttpError(403, 'Forbidden', 'git request without a git user agent');
        const answer = await serveGit(request, response, url, state);
        record.caller = answer.caller;
        record.status = answer.status;
        record.response = `<${answer.bytes} git bytes>`;
        record.responseBytes = answer.bytes;
        return;
      }
      const text = await readBody(request);
      record.body = parseBody(text);
      if (!request.headers['user-agent']) {
        throw new HttpError(
          403,
          'Request forbidden by administrative rules. Please make sure your request has a User-Agent header.',
          'no user-agent header',
        );
      }
      // Git LFS (batch API and storage) is not in the REST description: served by lfs.ts, which checks its own shapes.
      const lfs = lfsOperation(url.pathname);
      if (lfs) {
        record.operationId = lfs;
        const fault = faults.take({ method, path, operationId: lfs, graphqlOperation: undefined });
        if (fault && (await applyFault(fault))) return;
        const answer = await serveLfs(
          { method, path: url.pathname, headers: request.headers, body: record.body, origin: url.origin },
          state,
        );
        record.caller = answer.caller;
        return reply(answer.status, answer.body, answer.headers, answer.raw);
      }
      const isGraphql = method === 'POST' && (url.pathname === '/graphql' || url.pathname === '/api/graphql');
      if (isGraphql) {
        record.operationId = 'graphql';
        const caller = authenticate(request.headers, environment);
        if (caller.kind !== 'token')
          throw new HttpError(401, 'This endpoint requires you to be authenticated.', 'GraphQL called with the App JWT');
        record.caller = caller.token.actor.login;
        const outcome = await runGraphql((record.body ?? {}) as Record<string, unknown>, state, caller.token, links);
        record.graphqlOperation = outcome.operation;
        record.invalid = outcome.invalid;
        const fault = outcome.invalid
          ? undefined
          : faults.take({ method, path, operationId: 'graphql', graphqlOperation: outcome.operation });
        if (fault && (await applyFault(fault))) return;
        return reply(200, outcome.body, rateHeaders(`graphql:${caller.token.token}`, 'graphql'));
      }

      const notes: RestNotes = {};
      let prepared: PreparedRest;
      try {
        prepared = prepareRest({ method, path, url, headers: request.headers, body: record.body, links }, environment, notes);
      } finally {
        record.operationId = notes.operationId;
        record.caller =
          notes.caller && (notes.caller.kind === 'token' ? notes.caller.token.actor.login : `app:${notes.caller.app.identity.slug}`);
      }
      const caller = prepared.context.caller;
      const fault = faults.take({ method, path, operationId: prepared.operation.id, graphqlOperation: undefined });
      if (fault && (await applyFault(fault))) return;
      const rateKey = caller.kind === 'token' ? caller.token.token : `app:${caller.app.identity.id}`;
      // GET /rate_limit is free, like on GitHub
      if (prepared.operation.id !== 'rate-limit/get') state.spendRateLimit(rateKey, 1);
      const result = await serveRest(prepared);
      if ((options.checkResponses ?? true) && result.status < 300 && !result.raw) {
        record.responseProblem = responseProblems(prepared.operation.id, result.status, result.body);
      }
      return reply(result.status, result.body, { ...rateHeaders(rateKey, 'core'), ...result.headers }, result.raw);
    } catch (error) {
      if (!(error instanceof HttpError)) {
        // a bug in the stand-in, not in the client: answer 500 and show it in the log
        record.responseProblem = `stand-in failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
        return reply(500, { message: record.responseProblem });
      }
      record.invalid ??= error.invalid;
      return reply(error.status, error.body(), error.headers);
    }

    /** Waits and/or answers with the fault's error; true when the request has been answered. */
    async function applyFault(fault: Fault): Promise<boolean> {
      if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      if (fault.status === undefined) return false;
      record.fault = true;
      reply(fault.status, fault.body ?? { message: `injected ${fault.status}` }, fault.headers);
      return true;
    }
  }

  function rateHeaders(key: string, resource: string): Record<string, string> {
    const { limit, used, remaining } = state.rateLimitOf(key);
    return {
      'x-ratelimit-limit': String(limit),
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-used': String(used),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-resource': resource,
    };
  }

  function readBody(request: IncomingMessage): Promise<string> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      request.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= MAX_BODY_BYTES) chunks.push(chunk);
      });
      request.on('end', () =>
        size > MAX_BODY_BYTES
          ? reject(new HttpError(413, 'Request body too large', 'body over 100 MB'))
          : resolve(Buffer.concat(chunks).toString('utf8')),
      );
      request.on('error', reject);
    });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: origin,
    enterpriseUrl: `${origin}/api/v3`,
    graphqlUrl: `${origin}/graphql`,
    host: `127.0.0.1:${port}`,
    state,
    app,
    requests,
    invalidRequests: () => requests.filter((r) => r.invalid !== undefined),
    reset() {
      requests.length = 0;
      faults.clear();
    },
    failNext: (fault) => faults.add(fault),
    delayNext: (delay) => faults.add({ match: delay.match, delayMs: delay.ms, times: delay.times }),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      state.close();
    },
  };
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'Problems parsing JSON', 'body is not JSON');
  }
}

function queryRecord(searchParams: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(searchParams.keys())) {
    const values = searchParams.getAll(key);
    query[key] = values.length === 1 ? (values[0] as string) : values;
  }
  return query;
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}, raw?: Buffer): void {
  const payload = raw ?? (body === undefined || status === 204 ? undefined : Buffer.from(JSON.stringify(body)));
  response.writeHead(status, {
    'content-type': raw ? 'application/vnd.github.raw' : 'application/json; charset=utf-8',
    'x-github-media-type': 'github.v3; format=json',
    'x-github-api-version-selected': '2022-11-28',
    'x-github-request-id': randomUUID().toUpperCase().slice(0, 23),
    ...(payload ? { 'content-length': String(payload.length) } : {}),
    ...headers,
  });
  response.end(payload);
}
