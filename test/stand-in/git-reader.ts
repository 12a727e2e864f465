// Reads objects of a real git repository: one long-lived `git cat-file --batch` per repository, other plumbing via execFile.
import { execFile, spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { promisify } from 'node:util';

const run = promisify(execFile);
const FULL_SHA = /^[0-9a-f]{40}$/;

type GitObjectType = 'blob' | 'tree' | 'commit' | 'tag';

export interface GitObject {
  oid: string;
  type: GitObjectType;
  content: Buffer;
}

export interface TreeEntry {
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  oid: string;
  /** bytes, blobs only */
  size: number | undefined;
  path: string;
}

export interface CommitInfo {
  oid: string;
  tree: string;
  parents: string[];
  author: Signature;
  committer: Signature;
  message: string;
}

interface Signature {
  name: string;
  email: string;
  /** ISO 8601 in UTC, seconds precision, as GitHub prints it */
  date: string;
}

/** Lines changed above which GitHub shows no patch for a file ("large diffs are not rendered by default"). */
const PATCH_MAX_LINES = 20_000;

export interface ChangedFile {
  path: string;
  previousPath: string | undefined;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  additions: number;
  deletions: number;
  oid: string;
  binary: boolean;
  patch: string | undefined;
}

interface Pending {
  resolve: (object: GitObject | undefined) => void;
  reject: (error: Error) => void;
}

export class GitReader {
  #batch: ChildProcessByStdio<Writable, Readable, null> | undefined;
  #buffer: Buffer = Buffer.alloc(0);
  #pending: Pending[] = [];
  // diffs between full shas never change; pull request routes ask for the same one again and again
  readonly #diffs = new Map<string, Promise<ChangedFile[]>>();

  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  /** The object an expression names (`<sha>`, `<rev>:<path>`), or undefined when it does not exist. */
  object(expression: string): Promise<GitObject | undefined> {
    // the batch protocol is line-based; such a name cannot exist anyway
    if (expression.includes('\n') || expression === '') return Promise.resolve(undefined);
    const batch = this.#startBatch();
    return new Promise((resolve, reject) => {
      this.#pending.push({ resolve, reject });
      batch.stdin.write(`${expression}\n`);
    });
  }

  async commit(revision: string): Promise<CommitInfo | undefined> {
    const object = await this.object(`${revision}^{commit}`);
    return object ? parseCommit(object) : undefined;
  }

  /** Full object id of a revision, or undefined. */
  async resolve(revision: string): Promise<string | undefined> {
    return (await this.object(revision))?.oid;
  }

  /** Entries of a tree-ish; `recursive` lists every blob and subtree below it, like the REST trees API. */
  async tree(treeish: string, recursive: boolean): Promise<TreeEntry[]> {
    const args = ['ls-tree', '-l', '-z', ...(recursive ? ['-r', '-t'] : []), treeish];
    const { stdout } = await this.#git(args);
    return stdout
      .split('\0')
      .filter(Boolean)
      .map((line) => {
        const tab = line.indexOf('\t');
        const [mode = '', type = 'blob', oid = '', size = '-'] = line.slice(0, tab).split(/\s+/);
        return { mode, type: type as TreeEntry['type'], oid, size: size === '-' ? undefined : Number(size), path: line.slice(tab + 1) };
      });
  }

  /** Files changed between two commits; `threeDot` compares against their merge base, as pull requests do. */
  diff(base: string, head: string, threeDot: boolean): Promise<ChangedFile[]> {
    const key = `${base}${threeDot ? '...' : '..'}${head}`;
    if (!FULL_SHA.test(base) || !FULL_SHA.test(head)) return this.#diff(base, head, threeDot);
    let diff = this.#diffs.get(key);
    if (!diff) {
      diff = this.#diff(base, head, threeDot);
      diff.catch(() => this.#diffs.delete(key));
      this.#diffs.set(key, diff);
    }
    return diff;
  }

  async #diff(base: string, head: string, threeDot: boolean): Promise<ChangedFile[]> {
    const range = threeDot ? `${base}...${head}` : `${base}..${head}`;
    const [numstat, raw] = await Promise.all([
      this.#git(['diff', '--numstat', '-z', '-M', range, '--']),
      this.#git(['diff', '--raw', '-z', '-M', '--abbrev=40', range, '--']),
    ]);
    const counts = parseNumstat(numstat.stdout);
    const files = parseRaw(raw.stdout);
    // Like GitHub, no patch for a binary file or a diff too large to show; only the others are diffed, in git's order.
    const patched = files.filter(
      (_, i) => !counts[i]?.binary && (counts[i]?.additions ?? 0) + (counts[i]?.deletions ?? 0) <= PATCH_MAX_LINES,
    );
    const pathspec = patched.length === files.length ? [] : patched.flatMap((f) => (f.previousPath ? [f.previousPath, f.path] : [f.path]));
    const patches =
      patched.length === 0
        ? []
        : splitPatches(
            (await this.#git(['--literal-pathspecs', 'diff', '-M', '--no-color', '--no-ext-diff', range, '--', ...pathspec])).stdout,
          );
    const patchOf = new Map(patched.map((f, i) => [f, patches[i]]));
    return files.map((file, index) => {
      const count = counts[index];
      return {
        ...file,
        additions: count?.additions ?? 0,
        deletions: count?.deletions ?? 0,
        binary: count?.binary ?? false,
        patch: patchOf.get(file),
      };
    });
  }

  /** Commits reachable from `head` but not from `base`, oldest first. */
  async commitsBetween(base: string, head: string): Promise<string[]> {
    const { stdout } = await this.#git(['rev-list', '--reverse', `${base}..${head}`, '--']);
    return stdout.split('\n').filter(Boolean);
  }

  async mergeBase(a: string, b: string): Promise<string | undefined> {
    try {
      return (await this.#git(['merge-base', a, b])).stdout.trim() || undefined;
    } catch {
      return undefined;
    }
  }

  close(): void {
    this.#batch?.stdin.end();
    this.#batch?.kill();
    this.#batch = undefined;
    for (const pending of this.#pending.splice(0)) pending.reject(new Error('git reader closed'));
  }

  #git(args: string[]): Promise<{ stdout: string }> {
    return run('git', ['-C', this.dir, ...args], { maxBuffer: 1 << 30, encoding: 'utf8' });
  }

  #startBatch(): ChildProcessByStdio<Writable, Readable, null> {
    if (this.#batch) return this.#batch;
    const batch = spawn('git', ['-C', this.dir, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'ignore'] });
    batch.stdout.on('data', (chunk: Buffer) => {
      this.#buffer = this.#buffer.length === 0 ? chunk : Buffer.concat([this.#buffer, chunk]);
      this.#drain();
    });
    const fail = (error: Error) => {
      for (const pending of this.#pending.splice(0)) pending.reject(error);
      this.#batch = undefined;
    };
    batch.on('error', fail);
    batch.on('exit', () => {
      if (this.#batch === batch) fail(new Error(`git cat-file exited in ${this.dir}`));
    });
    this.#batch = batch;
    return batch;
  }

  // Answers come in request order: "<oid> <type> <size>\n<content>\n" or "<name> missing\n".
  #drain(): void {
    while (this.#pending.length > 0) {
      const newline = this.#buffer.indexOf(10);
      if (newline < 0) return;
      const header = this.#buffer.subarray(0, newline).toString('utf8');
      const match = /^([0-9a-f]{40,64}) (blob|tree|commit|tag) (\d+)$/.exec(header);
      if (!match) {
        this.#buffer = this.#buffer.subarray(newline + 1);
        this.#pending.shift()?.resolve(undefined);
        continue;
      }
      const size = Number(match[3]);
      const end = newline + 1 + size;
      if (this.#buffer.length < end + 1) return;
      const content = Buffer.from(this.#buffer.subarray(newline + 1, end));
      this.#buffer = this.#buffer.subarray(end + 1);
      this.#pending.shift()?.resolve({ oid: match[1] as string, type: match[2] as GitObjectType, content });
    }
  }
}

function parseCommit(object: GitObject): CommitInfo {
  const text = object.content.toString('utf8');
  const split = text.indexOf('\n\n');
  const headers = (split < 0 ? text : text.slice(0, split)).split('\n');
  const value = (name: string) => headers.filter((line) => line.startsWith(`${name} `)).map((line) => line.slice(name.length + 1));
  return {
    oid: object.oid,
    tree: value('tree')[0] ?? '',
    parents: value('parent'),
    author: parseSignature(value('author')[0] ?? ''),
    committer: parseSignature(value('committer')[0] ?? ''),
    message: split < 0 ? '' : text.slice(split + 2).replace(/\n$/, ''),
  };
}

function parseSignature(line: string): Signature {
  const match = /^(.*) <(.*)> (\d+) [+-]\d{4}$/.exec(line);
  const seconds = Number(match?.[3] ?? 0);
  return { name: match?.[1] ?? '', email: match?.[2] ?? '', date: new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z') };
}

function parseRaw(raw: string): Array<Pick<ChangedFile, 'path' | 'previousPath' | 'status' | 'oid'>> {
  const fields = raw.split('\0');
  const files: Array<Pick<ChangedFile, 'path' | 'previousPath' | 'status' | 'oid'>> = [];
  for (let i = 0; i < fields.length; ) {
    const meta = fields[i++];
    if (!meta?.startsWith(':')) continue;
    const [, , , newOid = '', letter = 'M'] = meta.slice(1).split(' ');
    const code = letter[0] ?? 'M';
    const twoPaths = code === 'R' || code === 'C';
    const first = fields[i++] ?? '';
    const second = twoPaths ? (fields[i++] ?? '') : undefined;
    const statuses: Record<string, ChangedFile['status']> = {
      A: 'added',
      D: 'removed',
      M: 'modified',
      R: 'renamed',
      C: 'copied',
      T: 'changed',
    };
    files.push({
      path: second ?? first,
      previousPath: twoPaths ? first : undefined,
      status: statuses[code] ?? 'modified',
      // GitHub gives the old blob's sha for a removed file
      oid: code === 'D' ? (meta.slice(1).split(' ')[2] ?? newOid) : newOid,
    });
  }
  return files;
}

function parseNumstat(numstat: string): Array<{ additions: number; deletions: number; binary: boolean }> {
  const fields = numstat.split('\0');
  const counts: Array<{ additions: number; deletions: number; binary: boolean }> = [];
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i];
    if (!field) continue;
    const [added = '0', deleted = '0', path = ''] = field.split('\t');
    // a rename prints an empty path, then the old and new paths as separate fields
    if (path === '') i += 2;
    counts.push({ additions: added === '-' ? 0 : Number(added), deletions: deleted === '-' ? 0 : Number(deleted), binary: added === '-' });
  }
  return counts;
}

/** Splits `git diff` output per file and keeps the hunks only, which is what GitHub calls the patch. */
function splitPatches(diff: string): string[] {
  return diff
    .split(/^diff --git .*$/m)
    .slice(1)
    .map((section) => {
      const hunk = section.indexOf('\n@@');
      return hunk < 0 ? '' : section.slice(hunk + 1).replace(/\n$/, '');
    });
}
