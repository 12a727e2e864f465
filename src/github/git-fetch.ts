// Many blobs in one fetch over git's smart HTTP from GitHub's web origin (https://github.com/<owner>/<repo>.git), where
// the REST API costs a request per blob: git checks every object against its id as it indexes the pack, and the blobs
// stay on disk, in a temporary object store, until they are read.
import { execFile } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { RepoRef } from '../ports/github.ts';
import type { TreeEntry } from '../ports/repo-reader.ts';
import { GitObjects, temporaryDirectory } from '../sources/git-objects.ts';
import type { LfsServer } from './lfs.ts';

const run = promisify(execFile);
/** A fetch that has not finished by then is given up (and the blobs are read through the REST API). */
const FETCH_TIMEOUT_MS = 10 * 60_000;
/** Variables that would point git at another repository than the temporary one. */
const REPOSITORY_VARIABLES = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_ALTERNATE_OBJECT_DIRECTORIES'];

export interface FetchedBlobs {
  objects: GitObjects;
  /** Removes the temporary store. */
  remove(): Promise<void>;
}

/**
 * The blobs of `entries` (ids and sizes from a tree of `repo`), fetched in one request into a temporary object store,
 * the large ones then copied out for reading; throws when any is missing.
 */
export async function fetchBlobs(server: LfsServer, repo: RepoRef, entries: TreeEntry[]): Promise<FetchedBlobs> {
  const oids = [...new Set(entries.map((e) => e.oid))];
  const token = await server.token();
  const dir = await temporaryDirectory('rsp-gate-pack-');
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    const env = gitEnvironment(token);
    await run('git', ['init', '--bare', '--quiet', dir], { env });
    await fetchInto(
      dir,
      env,
      `${server.origin.replace(/\/+$/, '')}/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}.git`,
      oids,
      token,
    );
    const copies = join(dir, 'copies');
    await mkdir(copies);
    const objects = new GitObjects(dir, { env, copyToStream: true, copies });
    const missing = await objects.missing(oids);
    if (missing.length > 0) throw new Error(`git fetched no blob ${missing[0]} (and ${missing.length - 1} more)`);
    objects.copyOutLarge(entries);
    return { objects, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

/** Git with the token as an HTTP header (never in a URL or an argument), no prompts, no credential helper. */
function gitEnvironment(token: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of REPOSITORY_VARIABLES) delete env[name];
  const credentials = Buffer.from(`x-access-token:${token}`).toString('base64');
  return {
    ...env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_CONFIG_COUNT: '4',
    GIT_CONFIG_KEY_0: 'http.extraHeader',
    GIT_CONFIG_VALUE_0: `Authorization: Basic ${credentials}`,
    GIT_CONFIG_KEY_1: 'credential.helper',
    GIT_CONFIG_VALUE_1: '',
    // A transfer that stalls (below 1 kB/s for a minute: a proxy that swallows it) is given up, and REST reads instead.
    GIT_CONFIG_KEY_2: 'http.lowSpeedLimit',
    GIT_CONFIG_VALUE_2: '1000',
    GIT_CONFIG_KEY_3: 'http.lowSpeedTime',
    GIT_CONFIG_VALUE_3: '60',
  };
}

/** `git fetch` of object ids (protocol v2 asks for exactly those, with no ref listing), their ids on stdin. */
async function fetchInto(dir: string, env: NodeJS.ProcessEnv, url: string, oids: string[], token: string): Promise<void> {
  const args = [
    '-C',
    dir,
    '-c',
    'protocol.version=2',
    'fetch',
    '--quiet',
    '--no-tags',
    '--no-write-fetch-head',
    '--recurse-submodules=no',
    '--stdin',
    url,
  ];
  try {
    const child = run('git', args, { env, timeout: FETCH_TIMEOUT_MS, maxBuffer: 16 << 20 });
    child.child.stdin?.end(`${oids.join('\n')}\n`);
    await child;
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    const reason = stderr.split('\n').pop() || (error as Error).message;
    throw new Error(`git fetch from ${url} failed: ${reason.replaceAll(token, '***')}`);
  }
}
