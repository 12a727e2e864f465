// The repository's Git LFS objects through its Batch API, on GitHub's web origin (not the REST API's): one POST asks
// for download links for many objects at once, authenticated with the token the rest of the run uses (HTTP Basic as
// x-access-token, what GitHub accepts for installation and workflow tokens).
import * as z from 'zod';
import type { LfsPointer } from '../evidence/lfs-pointer.ts';
import type { FileSource } from '../evidence/types.ts';
import type { RepoRef } from '../ports/github.ts';
import type { LfsRequest, LfsStore } from '../sources/lfs-objects.ts';
import type { GitHubApi } from './api.ts';
import { lfsDownloadSource, type Fetch } from './lfs-download.ts';

export interface LfsServer {
  /** GitHub's web origin: https://github.com, or the Enterprise host (GITHUB_SERVER_URL in Actions). */
  origin: string;
  token(): Promise<string>;
}

const MEDIA_TYPE = 'application/vnd.git-lfs+json';
/** Objects per batch request: what the git-lfs client itself sends at most. */
const MAX_OBJECTS_PER_BATCH = 100;
const BATCH_TIMEOUT_MS = 60_000;

const BatchAnswer = z.object({
  transfer: z.string().optional(),
  objects: z.array(
    z.object({
      oid: z.string(),
      size: z.number(),
      actions: z
        .object({ download: z.object({ href: z.string(), header: z.record(z.string(), z.string()).optional() }).optional() })
        .optional(),
      error: z.object({ code: z.number(), message: z.string() }).optional(),
    }),
  ),
});
type BatchObject = z.infer<typeof BatchAnswer>['objects'][number];

/** The objects of one repository, from its LFS server; without a server every object is refused, saying why. */
export function githubLfsStore(repo: RepoRef, server: LfsServer | undefined, fetchImpl: Fetch = fetch): LfsStore {
  return {
    async objects(requests: LfsRequest[]) {
      if (server === undefined) throw new Error('the GitHub web origin is not known, so the LFS object cannot be fetched');
      const unique = [...new Map(requests.map((r) => [r.pointer.oid, r.pointer])).values()];
      const answers = new Map<string, BatchObject>();
      for (let i = 0; i < unique.length; i += MAX_OBJECTS_PER_BATCH) {
        for (const object of await batch(server, repo, unique.slice(i, i + MAX_OBJECTS_PER_BATCH), fetchImpl))
          answers.set(object.oid, object);
      }
      const out = new Map<string, FileSource | string>();
      for (const { path, pointer } of requests)
        out.set(path, objectSource(path, pointer, answers.get(pointer.oid), server.origin, fetchImpl));
      return out;
    },
  };
}

async function batch(server: LfsServer, repo: RepoRef, pointers: LfsPointer[], fetchImpl: Fetch): Promise<BatchObject[]> {
  const url = `${server.origin.replace(/\/+$/, '')}/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}.git/info/lfs/objects/batch`;
  const credentials = Buffer.from(`x-access-token:${await server.token()}`).toString('base64');
  const body = { operation: 'download', transfers: ['basic'], objects: pointers.map(({ oid, size }) => ({ oid, size })) };
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: 'POST',
      headers: { accept: MEDIA_TYPE, 'content-type': MEDIA_TYPE, authorization: `Basic ${credentials}`, 'user-agent': 'rsp-gate' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(BATCH_TIMEOUT_MS),
    });
  } catch (error) {
    throw new Error(`the Git LFS batch request failed: ${(error as Error).message}`);
  }
  const text = await response.text();
  if (!response.ok) throw new Error(`the Git LFS batch request was refused: HTTP ${response.status}${messageOf(text)}`);
  const answer = BatchAnswer.safeParse(parseJson(text));
  if (!answer.success || (answer.data.transfer !== undefined && answer.data.transfer !== 'basic')) {
    throw new Error('the Git LFS batch answer is not in the form the Batch API specifies');
  }
  return answer.data.objects;
}

/** The object's download as a source, or why there is none. */
function objectSource(
  path: string,
  pointer: LfsPointer,
  answer: BatchObject | undefined,
  origin: string,
  fetchImpl: Fetch,
): FileSource | string {
  if (answer === undefined) return 'the LFS server did not answer for this object';
  if (answer.error) {
    const hint = answer.error.code === 404 ? ' (was it pushed? `git lfs push --all origin` uploads what is missing)' : '';
    return `the LFS server answered ${answer.error.code}: ${answer.error.message}${hint}`;
  }
  const download = answer.actions?.download;
  if (download === undefined) return 'the LFS server gave no download link for this object';
  if (answer.size !== pointer.size) return `the LFS server says the object is ${answer.size} bytes, the pointer says ${pointer.size}`;
  // A link that would drop from HTTPS to plain HTTP is refused (the stand-in in tests serves both over HTTP).
  if (!/^https?:/.test(download.href) || (download.href.startsWith('http:') && !origin.startsWith('http:')))
    return 'the LFS server gave a download link that is not HTTPS';
  return lfsDownloadSource(path, pointer, download, fetchImpl);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function messageOf(text: string): string {
  const message = (parseJson(text) as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? ` (${message.slice(0, 200)})` : '';
}

/**
 * GitHub's web origin from the REST API's root: api.github.com → github.com, api.<name>.ghe.com → <name>.ghe.com, and
 * an Enterprise Server's https://host/api/v3 → https://host. Undefined for a root of any other form.
 */
export function webOriginOf(apiBaseUrl: string): string | undefined {
  let url: URL;
  try {
    url = new URL(apiBaseUrl);
  } catch {
    return undefined;
  }
  if (url.hostname === 'api.github.com') return 'https://github.com';
  const cloud = /^api\.(.+\.ghe\.com)$/.exec(url.hostname);
  if (cloud) return `https://${cloud[1]}`;
  const path = url.pathname.replace(/\/+$/, '');
  return path.endsWith('/api/v3') ? `${url.origin}${path.slice(0, -'/api/v3'.length)}` : undefined;
}

/**
 * The LFS server of an Octokit (the App hands Probot's own to the port): the web origin from its REST root, the token
 * from its auth strategy (an installation token, minted or cached by Probot). Undefined for anything else.
 */
export function lfsServerOf(api: GitHubApi): LfsServer | undefined {
  const octokit = api as GitHubApi & {
    auth?: (options?: unknown) => Promise<unknown>;
    request: { endpoint?: { DEFAULTS?: { baseUrl?: unknown } } };
  };
  const baseUrl = octokit.request.endpoint?.DEFAULTS?.baseUrl;
  const origin = typeof baseUrl === 'string' ? webOriginOf(baseUrl) : undefined;
  const auth = octokit.auth;
  if (origin === undefined || typeof auth !== 'function') return undefined;
  return {
    origin,
    async token() {
      const token = ((await auth({ type: 'installation' })) as { token?: unknown } | undefined)?.token;
      if (typeof token !== 'string' || token === '') throw new Error('no token to authenticate to the Git LFS server');
      return token;
    },
  };
}
