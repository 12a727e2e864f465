// RepoReader over the GitHub API: trees through REST, many files at once through GraphQL aliases, and for what GraphQL
// cannot return whole (binary, truncated or large blobs) one git fetch of them all when many are announced, else the
// REST blob API. Reads asked for in the same turn of the event loop share queries, so an evaluation costs a handful of
// requests however many files it reads.
import { LFS_POINTER_MAX_BYTES } from '../evidence/lfs-pointer.ts';
import type { FileSource } from '../evidence/types.ts';

import { memoryFileSource } from '../sources/file-source.ts';
import { resolveLfsPointers, type LfsStore } from '../sources/lfs-objects.ts';
import type { GitHubApi } from './api.ts';
import { GitHubPortError } from './errors.ts';
import type { FetchedBlobs } from './git-fetch.ts';
import { githubLfsStore, lfsServerOf, type LfsServer } from './lfs.ts';
import type { RepoRef } from '../ports/github.ts';
import type { RepoReader, TreeEntry } from '../ports/repo-reader.ts';

export interface ReaderOptions {
  /** Files per GraphQL query: one node each, far below GitHub's 500,000; the byte budget bounds a query's work. */
  maxPathsPerQuery?: number;
  /** Bytes of text (as the tree reports sizes) per GraphQL query. */
  maxBytesPerQuery?: number;
  /** Blobs larger than this skip GraphQL (which truncates around 512 kB) and go to the REST blob API. */
  largeBlobBytes?: number;
  /** REST blob downloads at a time. */
  blobConcurrency?: number;
  /** Large blobs announced at once from which one git fetch replaces their REST requests (which cost one each). */
  fetchMinBlobs?: number;
}

const DEFAULTS: Required<ReaderOptions> = {
  maxPathsPerQuery: 500,
  maxBytesPerQuery: 4 << 20,
  largeBlobBytes: 400_000,
  blobConcurrency: 4,
  fetchMinBlobs: 3,
};
/** Budget assumed for a file whose size the tree did not tell. */
const UNKNOWN_SIZE = 64 << 10;
/** Inspect `.eval` logs are zip archives: GraphQL returns no text for them. */
const BINARY_EXTENSIONS = /\.(?:eval|zip|gz|zst|parquet|bin)$/i;

interface BlobNode {
  text?: string | null;
  byteSize?: number;
  isBinary?: boolean | null;
  isTruncated?: boolean;
  oid?: string;
}

interface FileRequest {
  kind: 'file';
  commit: string;
  path: string;
  /** From the tree listing when known, 0 otherwise. */
  size: number;
  resolve(source: FileSource | undefined): void;
  reject(error: unknown): void;
}

interface DateRequest {
  kind: 'date';
  commit: string;
  resolve(iso: string): void;
  reject(error: unknown): void;
}

type Pending = FileRequest | DateRequest;

/**
 * `web`: GitHub's web origin and token, where git fetches many large blobs at once (by default those of `api`, an
 * Octokit); `lfs`: where Git LFS pointers among the files read are resolved (by default the LFS server there).
 */
export function createApiRepoReader(
  api: GitHubApi,
  repo: RepoRef,
  options: ReaderOptions = {},
  web: LfsServer | undefined = lfsServerOf(api),
  lfs: LfsStore = githubLfsStore(repo, web),
): RepoReader {
  return new ApiRepoReader(api, repo, { ...DEFAULTS, ...options }, lfs, web);
}

/**
 * The reader's steps: 1. list a tree once per commit; 2. queue each file and date read; 3. flush the queue a turn later,
 * routing large and binary blobs to REST and the rest into GraphQL queries; 4. fall back to REST for what a query
 * could not return whole; REST downloads share a bounded pool, and one blob id is downloaded once at a time.
 */
class ApiRepoReader implements RepoReader {
  private readonly api: GitHubApi;
  private readonly repo: RepoRef;
  private readonly opts: Required<ReaderOptions>;
  private readonly trees = new Map<string, Promise<TreeEntry[]>>();
  /** Trees already listed, by commit and path: sizes and blob ids route each read without waiting for a listing. */
  private readonly listed = new Map<string, Map<string, TreeEntry>>();
  private readonly dates = new Map<string, Promise<string>>();
  /** REST downloads in flight, by blob id: base and head often hold the same blob, and it is fetched once. */
  private readonly inFlight = new Map<string, Promise<Uint8Array>>();
  private pending: Pending[] = [];
  private flushScheduled = false;
  private activeBlobs = 0;
  private readonly blobQueue: Array<() => void> = [];
  private readonly lfs: LfsStore;
  private readonly web: LfsServer | undefined;
  /** Large blobs fetched by git (or being fetched), by blob id; undefined when that fetch failed. */
  private readonly fetched = new Map<string, Promise<FetchedBlobs | undefined>>();

  constructor(api: GitHubApi, repo: RepoRef, opts: Required<ReaderOptions>, lfs: LfsStore, web: LfsServer | undefined) {
    this.api = api;
    this.repo = repo;
    this.opts = opts;
    this.lfs = lfs;
    this.web = web;
  }

  /**
   * Reads to come: when they hold enough large blobs (listed already), one git fetch brings them all, instead of a REST
   * request each. A fetch that fails leaves those blobs to REST, so it can cost requests but never a wrong read.
   */
  prefetch(commit: string, paths: string[]): void {
    const { web } = this;
    const listed = this.listed.get(commit);
    if (web === undefined || listed === undefined) return;
    const wanted = new Map<string, TreeEntry>();
    for (const path of paths) {
      const entry = listed.get(path);
      if (entry && !entry.submodule && !this.fetched.has(entry.oid) && this.viaRest(path, entry.size ?? 0)) wanted.set(entry.oid, entry);
    }
    if (wanted.size < this.opts.fetchMinBlobs) return;
    // Loaded when first needed, with the git plumbing behind it.
    const fetch = import('./git-fetch.ts')
      .then(({ fetchBlobs }) => fetchBlobs(web, this.repo, [...wanted.values()]))
      .catch(() => undefined);
    for (const oid of wanted.keys()) this.fetched.set(oid, fetch);
  }

  /** Removes the temporary stores of the blobs git fetched. */
  async close(): Promise<void> {
    const stores = new Set(this.fetched.values());
    this.fetched.clear();
    await Promise.all([...stores].map(async (store) => (await store)?.remove()));
  }

  /** A blob GraphQL would not return whole: large, or binary of more than pointer size (a pointer is text). */
  private viaRest(path: string, size: number): boolean {
    return size > this.opts.largeBlobBytes || (BINARY_EXTENSIONS.test(path) && size >= LFS_POINTER_MAX_BYTES);
  }

  listFiles(commit: string): Promise<TreeEntry[]> {
    let tree = this.trees.get(commit);
    if (!tree) {
      tree = this.fetchTree(commit);
      this.trees.set(commit, tree);
      tree.then(
        (entries) => this.listed.set(commit, new Map(entries.map((e) => [e.path, e]))),
        () => undefined,
      );
    }
    return tree;
  }

  async readFiles(commit: string, paths: string[]): Promise<Map<string, FileSource>> {
    const unique = [...new Set(paths)];
    const sources = await Promise.all(
      unique.map(
        (path) =>
          new Promise<FileSource | undefined>((resolve, reject) => this.schedule({ kind: 'file', commit, path, size: 0, resolve, reject })),
      ),
    );
    const files = new Map<string, FileSource>();
    unique.forEach((path, i) => {
      const source = sources[i];
      if (source) files.set(path, source);
    });
    // Git LFS pointers among them become their objects: one batch request for all the pointers of this read.
    return resolveLfsPointers(files, this.lfs);
  }

  commitDate(commit: string): Promise<string> {
    let date = this.dates.get(commit);
    if (!date) {
      date = new Promise<string>((resolve, reject) => this.schedule({ kind: 'date', commit, resolve, reject }));
      this.dates.set(commit, date);
    }
    return date;
  }

  private schedule(request: Pending): void {
    this.pending.push(request);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    // setImmediate, not a microtask: reads started a few awaits apart still share one query.
    setImmediate(() => {
      this.flushScheduled = false;
      const batch = this.pending;
      this.pending = [];
      void this.flush(batch);
    });
  }

  private async flush(batch: Pending[]): Promise<void> {
    const viaGraphql: Pending[] = [];
    const viaRest: Array<{ request: FileRequest; oid: string; size: number | undefined }> = [];
    const viaFetch = new Map<Promise<FetchedBlobs | undefined>, Array<{ request: FileRequest; entry: TreeEntry }>>();
    for (const request of batch) {
      const entry = request.kind === 'file' ? this.listed.get(request.commit)?.get(request.path) : undefined;
      if (request.kind === 'file' && entry) {
        request.size = entry.size ?? 0;
        // A binary name of pointer size may be a Git LFS pointer (text): it goes with the query, and to REST if binary.
        if (this.viaRest(request.path, request.size)) {
          const fetched = this.fetched.get(entry.oid);
          if (fetched) viaFetch.set(fetched, [...(viaFetch.get(fetched) ?? []), { request, entry }]);
          else viaRest.push({ request, oid: entry.oid, size: entry.size });
          continue;
        }
      }
      viaGraphql.push(request);
    }
    const work: Array<Promise<void>> = chunk(viaGraphql, this.opts).map((part) => this.queryBatch(part));
    work.push(...viaRest.map(({ request, oid, size }) => this.restBlob(oid, request.path, size).then(request.resolve, request.reject)));
    for (const [fetched, reads] of viaFetch) work.push(this.readFetched(fetched, reads));
    await Promise.all(work);
  }

  /** Reads from a git fetch's store; through REST when that fetch failed. */
  private async readFetched(fetched: Promise<FetchedBlobs | undefined>, reads: Array<{ request: FileRequest; entry: TreeEntry }>) {
    const store = await fetched;
    const sources = await store?.objects
      .sources(reads.map(({ request, entry }) => ({ ...entry, path: request.path })))
      .catch(() => undefined);
    await Promise.all(
      reads.map(({ request, entry }) => {
        const source = sources?.get(request.path);
        if (source) return request.resolve(source);
        return this.restBlob(entry.oid, request.path, entry.size).then(request.resolve, request.reject);
      }),
    );
  }

  private async queryBatch(batch: Pending[]): Promise<void> {
    const { query, variables } = batchQuery(batch, this.repo);
    let repository: Record<string, unknown>;
    try {
      const data = (await this.api.graphql(query, variables)) as { repository?: Record<string, unknown> | null };
      if (!data.repository) throw new GitHubPortError(`repository ${this.repo.owner}/${this.repo.repo} is not visible to this token`);
      repository = data.repository;
    } catch (error) {
      for (const request of batch) request.reject(error);
      return;
    }
    const fallbacks: Array<Promise<void>> = [];
    batch.forEach((request, i) => {
      const fallback = this.settle(request, repository[`f${i}`] as (BlobNode & { committedDate?: string }) | null | undefined);
      if (fallback) fallbacks.push(fallback);
    });
    await Promise.all(fallbacks);
  }

  /** Answer one request from its node in the query's answer; a REST download when the text is not there whole. */
  private settle(request: Pending, node: (BlobNode & { committedDate?: string }) | null | undefined): Promise<void> | undefined {
    if (request.kind === 'date') {
      if (typeof node?.committedDate === 'string') request.resolve(node.committedDate);
      else request.reject(new GitHubPortError(`commit ${request.commit} was not found in ${this.repo.owner}/${this.repo.repo}`));
      return undefined;
    }
    // Absent, or not a file (a folder or a submodule): absent from the map.
    if (!node || typeof node.oid !== 'string') return void request.resolve(undefined);
    const text = node.text;
    const whole = typeof text === 'string' && !node.isBinary && !node.isTruncated && Buffer.byteLength(text, 'utf8') === node.byteSize;
    if (whole) return void request.resolve(memoryFileSource(request.path, Buffer.from(text, 'utf8')));
    return this.restBlob(node.oid, request.path, node.byteSize).then(request.resolve, request.reject);
  }

  private async restBlob(oid: string, path: string, size?: number): Promise<FileSource> {
    let bytes = this.inFlight.get(oid);
    if (!bytes) {
      bytes = this.downloadBlob(oid, path, size).finally(() => this.inFlight.delete(oid));
      this.inFlight.set(oid, bytes);
    }
    return memoryFileSource(path, await bytes);
  }

  /** One blob through the REST API, four at a time: raw bytes when its size is known to check them against, else base64. */
  private async downloadBlob(oid: string, path: string, size?: number): Promise<Uint8Array> {
    if (this.activeBlobs >= this.opts.blobConcurrency) await new Promise<void>((resolve) => this.blobQueue.push(resolve));
    this.activeBlobs++;
    try {
      const raw = size === undefined ? undefined : await this.rawBlob(oid, path, size);
      return raw ?? (await this.base64Blob(oid, path));
    } finally {
      this.activeBlobs--;
      this.blobQueue.shift()?.();
    }
  }

  /**
   * The blob's bytes as they are (no base64 text four thirds their size to hold and decode). Undefined when the answer
   * is not bytes (text a proxy decoded, or JSON), so the base64 form is asked for instead: text is never trusted here.
   */
  private async rawBlob(oid: string, path: string, size: number): Promise<Uint8Array | undefined> {
    const { data } = await this.api.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
      owner: this.repo.owner,
      repo: this.repo.repo,
      file_sha: oid,
      mediaType: { format: 'raw' },
    });
    if (typeof data === 'object' && data !== null && 'content' in data) return decodeBlob(data, oid, path);
    if (!(data instanceof ArrayBuffer) && !ArrayBuffer.isView(data)) return undefined;
    const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (bytes.byteLength !== size)
      throw new GitHubPortError(`${path}: GitHub returned ${bytes.byteLength} of the ${size} bytes of blob ${oid}`);
    return bytes;
  }

  private async base64Blob(oid: string, path: string): Promise<Uint8Array> {
    const { data } = await this.api.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', {
      owner: this.repo.owner,
      repo: this.repo.repo,
      file_sha: oid,
    });
    return decodeBlob(data, oid, path);
  }

  private async fetchTree(commit: string): Promise<TreeEntry[]> {
    const { data } = await this.api.request('GET /repos/{owner}/{repo}/git/trees/{tree_sha}', {
      owner: this.repo.owner,
      repo: this.repo.repo,
      tree_sha: commit,
      recursive: '1',
    });
    const tree = data as { truncated?: boolean; tree?: Array<{ path?: string; type?: string; sha?: string; size?: number }> };
    // An answer without its entries is not an empty tree: judging it as one would miss every model and result.
    if (!Array.isArray(tree.tree)) throw new GitHubPortError(`GitHub's answer for the file tree of ${commit} holds no list of files`);
    if (tree.truncated) {
      // A partial listing could hide model configs or results: refuse rather than judge part of the repository.
      throw new GitHubPortError(
        `the file tree of ${commit} is too large for GitHub to list in one response (truncated); rsp-gate cannot see every file, so it cannot evaluate this change`,
      );
    }
    const entries: TreeEntry[] = [];
    for (const e of tree.tree) {
      if (typeof e.path !== 'string' || typeof e.sha !== 'string') continue;
      if (e.type === 'commit') entries.push({ path: e.path, oid: e.sha, submodule: true });
      if (e.type !== 'blob') continue;
      entries.push(typeof e.size === 'number' ? { path: e.path, oid: e.sha, size: e.size } : { path: e.path, oid: e.sha });
    }
    return entries;
  }
}

/** A blob as the JSON form of the blob API gives it: base64 (or UTF-8) content, checked against its stated size. */
function decodeBlob(data: unknown, oid: string, path: string): Uint8Array {
  const blob = data as { content?: unknown; encoding?: unknown; size?: unknown };
  if (typeof blob.content !== 'string' || (blob.encoding !== 'base64' && blob.encoding !== 'utf-8')) {
    throw new GitHubPortError(`${path}: GitHub returned blob ${oid} in an unexpected form`);
  }
  const bytes = blob.encoding === 'base64' ? Buffer.from(blob.content, 'base64') : Buffer.from(blob.content, 'utf8');
  if (typeof blob.size === 'number' && bytes.byteLength !== blob.size) {
    throw new GitHubPortError(`${path}: GitHub returned ${bytes.byteLength} of the ${blob.size} bytes of blob ${oid}`);
  }
  return bytes;
}

/** One GraphQL query for a batch: a blob or a commit date per alias `f<i>`. */
function batchQuery(batch: Pending[], repo: RepoRef): { query: string; variables: Record<string, unknown> } {
  const variables: Record<string, unknown> = { owner: repo.owner, name: repo.repo };
  const declarations: string[] = ['$owner: String!', '$name: String!'];
  const fields: string[] = [];
  batch.forEach((request, i) => {
    declarations.push(`$e${i}: String!`);
    if (request.kind === 'file') {
      variables[`e${i}`] = `${request.commit}:${request.path}`;
      fields.push(`f${i}: object(expression: $e${i}) { ... on Blob { text byteSize isBinary isTruncated oid } }`);
    } else {
      variables[`e${i}`] = request.commit;
      fields.push(`f${i}: object(expression: $e${i}) { ... on Commit { committedDate } }`);
    }
  });
  return { query: `query(${declarations.join(', ')}) { repository(owner: $owner, name: $name) { ${fields.join(' ')} } }`, variables };
}

/** Split requests into queries that stay well inside GraphQL's limits, by count and by expected bytes. */
function chunk(requests: Pending[], opts: Required<ReaderOptions>): Pending[][] {
  const parts: Pending[][] = [];
  let current: Pending[] = [];
  let bytes = 0;
  for (const request of requests) {
    const size = request.kind === 'file' ? request.size || UNKNOWN_SIZE : 0;
    if (current.length > 0 && (current.length >= opts.maxPathsPerQuery || bytes + size > opts.maxBytesPerQuery)) {
      parts.push(current);
      current = [];
      bytes = 0;
    }
    current.push(request);
    bytes += size;
  }
  if (current.length > 0) parts.push(current);
  return parts;
}
