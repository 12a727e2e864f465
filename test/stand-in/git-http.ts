// Git's smart HTTP protocol on the stand-in's web origin, read-only as a token with contents:read sees it on GitHub:
// `GET /{owner}/{repo}.git/info/refs?service=git-upload-pack` and `POST /{owner}/{repo}.git/git-upload-pack`, served
// by git's own CGI (`git http-backend`) over the test's real repository. Like GitHub, it lets a client want any
// object reachable from a ref by id (a blob too, as partial clones do), and refuses pushes.
import { spawn } from 'node:child_process';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { devNull } from 'node:os';
import { HttpError } from './http-error.ts';
import { allows } from './identities.ts';
import { basicToken } from './lfs.ts';
import type { StandInState } from './state.ts';

const GIT_PATH = /^\/([^/]+)\/([^/]+?)\.git\/(info\/refs|git-upload-pack|git-receive-pack)$/;
const CHALLENGE = { 'www-authenticate': 'Basic realm="GitHub"' };

export type GitOperation = 'git/info-refs' | 'git/upload-pack';

/** The git operation a URL asks for: reading (upload-pack, and its advertisement), or pushing (receive-pack). */
export function gitOperation(url: URL): GitOperation | 'git/receive-pack' | undefined {
  const endpoint = GIT_PATH.exec(url.pathname)?.[3];
  if (endpoint === undefined) return undefined;
  if (endpoint === 'info/refs') return url.searchParams.get('service') === 'git-upload-pack' ? 'git/info-refs' : 'git/receive-pack';
  return endpoint === 'git-upload-pack' ? 'git/upload-pack' : 'git/receive-pack';
}

export interface GitAnswer {
  status: number;
  bytes: number;
  caller: string;
}

/** Answers one smart-HTTP request from the repository's git directory, streaming git's output into the response. */
export async function serveGit(request: IncomingMessage, response: ServerResponse, url: URL, state: StandInState): Promise<GitAnswer> {
  const [, owner, name, endpoint = ''] = GIT_PATH.exec(url.pathname)!;
  const service = endpoint === 'info/refs' ? url.searchParams.get('service') : endpoint;
  if (service !== 'git-upload-pack') throw new HttpError(403, 'Write access to repository not granted.', undefined, undefined, CHALLENGE);
  if (!request.headers.authorization) throw new HttpError(401, 'Credentials needed', undefined, undefined, CHALLENGE);
  const token = basicToken(request.headers, state);
  const repo = state.repo(`${owner}/${name}`);
  if (!repo || !allows(token, 'contents', 'read')) throw new HttpError(404, 'Repository not found');
  const method = (request.method ?? 'GET').toUpperCase();
  if ((endpoint === 'info/refs' && method !== 'GET') || (endpoint !== 'info/refs' && method !== 'POST'))
    throw new HttpError(405, 'Method Not Allowed', `git smart HTTP: ${method} ${endpoint}`);
  const bytes = await runBackend(request, response, repo.dir, endpoint, url.search.slice(1));
  return { status: response.statusCode, bytes, caller: token.actor.login };
}

/** `git http-backend` as a CGI: request headers in its environment, the body on its stdin, its headers then body out. */
function runBackend(request: IncomingMessage, response: ServerResponse, dir: string, endpoint: string, query: string): Promise<number> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: devNull,
    GIT_PROJECT_ROOT: dir,
    GIT_HTTP_EXPORT_ALL: '1',
    PATH_INFO: `/.git/${endpoint}`,
    REQUEST_METHOD: request.method ?? 'GET',
    QUERY_STRING: query,
    CONTENT_TYPE: request.headers['content-type'] ?? '',
    HTTP_CONTENT_ENCODING: String(request.headers['content-encoding'] ?? ''),
    GIT_PROTOCOL: String(request.headers['git-protocol'] ?? ''),
    REMOTE_ADDR: '127.0.0.1',
    // What GitHub allows: any object reachable from a ref may be wanted by id, and objects filtered (partial clone).
    GIT_CONFIG_COUNT: '2',
    GIT_CONFIG_KEY_0: 'uploadpack.allowReachableSHA1InWant',
    GIT_CONFIG_VALUE_0: 'true',
    GIT_CONFIG_KEY_1: 'uploadpack.allowFilter',
    GIT_CONFIG_VALUE_1: 'true',
  };
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['http-backend'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let head = Buffer.alloc(0);
    let headersDone = false;
    let bytes = 0;
    let stderr = '';
    child.on('error', reject);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      if (headersDone) {
        bytes += chunk.length;
        response.write(chunk);
        return;
      }
      head = Buffer.concat([head, chunk]);
      const end = head.indexOf('\r\n\r\n');
      if (end < 0) return;
      headersDone = true;
      writeCgiHeaders(response, head.subarray(0, end).toString('latin1'));
      const body = head.subarray(end + 4);
      bytes += body.length;
      if (body.length > 0) response.write(body);
    });
    child.on('close', (code) => {
      if (!headersDone) {
        response.statusCode = 500;
        response.end(`git http-backend failed (${code}): ${stderr.trim()}`);
      } else response.end();
      resolve(bytes);
    });
    request.pipe(child.stdin);
  });
}

/** A CGI's header block: `Status: 404 Not Found` sets the status; the other lines are HTTP headers. */
function writeCgiHeaders(response: ServerResponse, block: string): void {
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (name.toLowerCase() === 'status') response.statusCode = Number.parseInt(value, 10);
    else response.setHeader(name, value);
  }
}
