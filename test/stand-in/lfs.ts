// Git LFS on the stand-in's web origin: the Batch API (`POST /{owner}/{repo}.git/info/lfs/objects/batch`) and a
// storage host for the downloads it hands out, honouring Range. The Batch API is not in GitHub's REST description, so
// these routes sit outside the validated REST dispatch; they check the request shape the Batch API specifies instead.
// Objects come from the repository's own store, <dir>/.git/lfs/objects/<aa>/<bb>/<oid>, as git-lfs leaves them.
import { createHmac, randomBytes } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import type { IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { HttpError } from './http-error.ts';
import { allows } from './identities.ts';
import type { RepoRecord } from './records.ts';
import type { StandInState } from './state.ts';

const MEDIA_TYPE = 'application/vnd.git-lfs+json';
const BATCH_PATH = /^\/([^/]+)\/([^/]+)\.git\/info\/lfs\/objects\/batch$/;
const STORAGE_PATH = /^\/lfs-storage\/(\d+)\/([0-9a-f]{64})$/;
const BATCH_KEYS = new Set(['operation', 'transfers', 'objects', 'ref', 'hash_algo']);

export interface LfsRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
  /** The stand-in's web origin, for download links. */
  origin: string;
}

export interface LfsAnswer {
  operationId: 'lfs/batch' | 'lfs/download';
  status: number;
  body?: unknown;
  raw?: Buffer;
  headers: Record<string, string>;
  caller?: string;
}

export function lfsOperation(path: string): LfsAnswer['operationId'] | undefined {
  if (BATCH_PATH.test(path)) return 'lfs/batch';
  if (STORAGE_PATH.test(path)) return 'lfs/download';
  return undefined;
}

/** Signs download links, so that the storage serves only what a batch answer handed out. */
const SIGNING_KEY = randomBytes(32);
const signature = (repoId: number, oid: string) => createHmac('sha256', SIGNING_KEY).update(`${repoId}/${oid}`).digest('hex');

export async function serveLfs(request: LfsRequest, state: StandInState): Promise<LfsAnswer> {
  return lfsOperation(request.path) === 'lfs/batch' ? batch(request, state) : download(request, state);
}

async function batch(request: LfsRequest, state: StandInState): Promise<LfsAnswer> {
  const [, owner, name] = BATCH_PATH.exec(request.path)!;
  if (request.method !== 'POST') throw new HttpError(404, 'Not Found', `the LFS batch endpoint takes POST, not ${request.method}`);
  if (!(request.headers.accept ?? '').includes(MEDIA_TYPE))
    throw new HttpError(406, 'Not Acceptable', `LFS batch request without Accept: ${MEDIA_TYPE}`);
  if (!(request.headers['content-type'] ?? '').startsWith(MEDIA_TYPE))
    throw new HttpError(415, 'Unsupported Media Type', `LFS batch request without Content-Type: ${MEDIA_TYPE}`);
  const token = basicToken(request.headers, state);
  const repo = state.repo(`${owner}/${name}`);
  if (!repo || !allows(token, 'contents', 'read')) throw new HttpError(404, 'Repository not found');
  const objects = batchObjects(request.body);
  const answer = await Promise.all(objects.map((object) => answerFor(repo, object, request.origin)));
  return {
    operationId: 'lfs/batch',
    status: 200,
    body: { transfer: 'basic', objects: answer, hash_algo: 'sha256' },
    headers: { 'content-type': MEDIA_TYPE },
    caller: token.actor.login,
  };
}

/** The token of `Authorization: Basic base64(x-access-token:<token>)`; GitHub answers 401 and LFS-Authenticate otherwise. */
/** The token of an HTTP Basic `x-access-token:<token>` login, as GitHub's web origin takes it (LFS, git). */
export function basicToken(headers: IncomingHttpHeaders, state: StandInState) {
  const challenge = { 'lfs-authenticate': 'Basic realm="GitHub"' };
  const match = /^Basic\s+(\S+)$/i.exec(headers.authorization ?? '');
  if (!match)
    throw new HttpError(
      401,
      'Credentials needed',
      headers.authorization ? 'a request to the web origin without HTTP Basic credentials' : undefined,
      undefined,
      challenge,
    );
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  const record = colon < 0 ? undefined : state.tokens.get(decoded.slice(colon + 1));
  if (!record || (record.expiresAt !== undefined && record.expiresAt < new Date().toISOString()))
    throw new HttpError(401, 'Bad credentials', undefined, undefined, challenge);
  return record;
}

/** The objects of a batch request, checked against the Batch API's request schema (download only). */
function batchObjects(body: unknown): Array<{ oid: string; size: number }> {
  const wrong = (why: string): never => {
    throw new HttpError(422, `Invalid request: ${why}`, `LFS batch request: ${why}`);
  };
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return wrong('the body is not a JSON object');
  const request = body as Record<string, unknown>;
  const unknown = Object.keys(request).filter((k) => !BATCH_KEYS.has(k));
  if (unknown.length > 0) wrong(`unknown properties ${unknown.join(', ')}`);
  if (request.operation !== 'download') wrong(`operation is ${JSON.stringify(request.operation)}, not "download"`);
  const transfers = request.transfers;
  if (transfers !== undefined && (!Array.isArray(transfers) || !transfers.includes('basic'))) wrong('transfers does not offer "basic"');
  if (!Array.isArray(request.objects) || request.objects.length === 0) return wrong('objects is not a non-empty array');
  return request.objects.map((o: unknown) => {
    const object = o as Record<string, unknown>;
    if (typeof object?.oid !== 'string' || !/^[0-9a-f]{64}$/.test(object.oid)) wrong('an object has no sha256 oid');
    if (!Number.isSafeInteger(object.size) || (object.size as number) < 0) wrong('an object has no size');
    if (Object.keys(object).some((k) => k !== 'oid' && k !== 'size')) wrong('an object has properties besides oid and size');
    return { oid: object.oid as string, size: object.size as number };
  });
}

async function answerFor(repo: RepoRecord, object: { oid: string; size: number }, origin: string): Promise<Record<string, unknown>> {
  const size = await objectSize(repo, object.oid);
  if (size === undefined) return { ...object, error: { code: 404, message: 'Object does not exist on the server' } };
  if (size !== object.size) return { ...object, error: { code: 422, message: 'Object size does not match' } };
  const href = `${origin}/lfs-storage/${repo.id}/${object.oid}`;
  return {
    ...object,
    authenticated: true,
    actions: { download: { href, header: { Authorization: `RemoteAuth ${signature(repo.id, object.oid)}` }, expires_in: 3600 } },
  };
}

const objectPath = (repo: RepoRecord, oid: string) => join(repo.dir, '.git', 'lfs', 'objects', oid.slice(0, 2), oid.slice(2, 4), oid);

async function objectSize(repo: RepoRecord, oid: string): Promise<number | undefined> {
  try {
    return (await stat(objectPath(repo, oid))).size;
  } catch {
    return undefined;
  }
}

/** The storage host: a signed link, and Range as S3 serves it (one range; 206 with Content-Range). */
async function download(request: LfsRequest, state: StandInState): Promise<LfsAnswer> {
  const [, repoId, oid] = STORAGE_PATH.exec(request.path)!;
  if (request.method !== 'GET') throw new HttpError(405, 'Method Not Allowed', `LFS download with ${request.method}`);
  const authorization = request.headers.authorization ?? '';
  if (/^(token|bearer|basic)\s/i.test(authorization))
    throw new HttpError(400, 'Bad Request', 'GitHub credentials sent to the LFS storage host');
  const repo = [...state.repos.values()].find((r) => r.id === Number(repoId));
  if (!repo || authorization !== `RemoteAuth ${signature(repo.id, oid!)}`)
    throw new HttpError(403, 'Forbidden', "LFS download without the link's signature");
  const size = (await objectSize(repo, oid!)) ?? 0;
  const range = request.headers.range;
  if (range === undefined)
    return {
      operationId: 'lfs/download',
      status: 200,
      raw: await bytesOf(repo, oid!, 0, size),
      headers: { 'content-type': 'application/octet-stream' },
    };
  const match = /^bytes=(\d+)-(\d*)$/.exec(range);
  if (!match) throw new HttpError(400, 'Bad Request', `LFS download with a Range the client should not send: ${range}`);
  const from = Number(match[1]);
  const to = Math.min(match[2] === '' ? size - 1 : Number(match[2]), size - 1);
  if (from > to) return { operationId: 'lfs/download', status: 416, headers: { 'content-range': `bytes */${size}` } };
  return {
    operationId: 'lfs/download',
    status: 206,
    raw: await bytesOf(repo, oid!, from, to + 1),
    headers: { 'content-type': 'application/octet-stream', 'content-range': `bytes ${from}-${to}/${size}` },
  };
}

async function bytesOf(repo: RepoRecord, oid: string, start: number, end: number): Promise<Buffer> {
  const handle = await open(objectPath(repo, oid), 'r');
  try {
    const buffer = Buffer.alloc(end - start);
    await handle.read(buffer, 0, buffer.length, start);
    return buffer;
  } finally {
    await handle.close();
  }
}
