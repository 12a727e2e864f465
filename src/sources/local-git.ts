// RepoReader over a local git repository, through the git command line: what the CLI uses.
import { execFile, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, open, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { FileSource } from '../evidence/types.ts';
import type { RepoReader, TreeEntry } from '../ports/repo-reader.ts';
import { diskFileSource, memoryFileSource, openDiskFile } from './file-source.ts';
import { resolveLfsPointers } from './lfs-objects.ts';
import { localLfsStore } from './local-lfs.ts';

const run = promisify(execFile);
/** Blobs up to this size are read in one batch; larger ones are streamed from git when asked for. */
const BATCH_BLOB_LIMIT = 4 << 20;

export class GitError extends Error {}

export class LocalGitReader implements RepoReader {
  private readonly trees = new Map<string, Promise<TreeEntry[]>>();
  /** Large blobs copied to a temporary file on their first range read, by object id. */
  private readonly spooled = new Map<string, Promise<string>>();
  private spoolDir: Promise<string> | undefined;
  private lfsObjects: Promise<string> | undefined;

  private readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  async git(args: string[]): Promise<string> {
    try {
      const { stdout } = await run('git', ['-C', this.dir, ...args], { maxBuffer: 512 << 20, encoding: 'utf8' });
      return stdout;
    } catch (err) {
      const stderr = String((err as { stderr?: unknown }).stderr ?? '').trim();
      throw new GitError(`git ${args[0]} failed: ${stderr.split('\n')[0] || (err as Error).message}`);
    }
  }

  /** A ref or expression resolved to a full commit id. */
  async resolve(ref: string): Promise<string> {
    return (await this.git(['rev-parse', '--verify', '--end-of-options', `${ref}^{commit}`])).trim();
  }

  listFiles(commit: string): Promise<TreeEntry[]> {
    let tree = this.trees.get(commit);
    if (!tree) {
      tree = this.git(['ls-tree', '-r', '-l', '-z', '--full-tree', commit]).then(parseTree);
      this.trees.set(commit, tree);
    }
    return tree;
  }

  async readFiles(commit: string, paths: string[]): Promise<Map<string, FileSource>> {
    const entries = new Map((await this.listFiles(commit)).map((e) => [e.path, e]));
    const wanted = paths.map((p) => entries.get(p)).filter((e): e is TreeEntry => e !== undefined);
    const small = wanted.filter((e) => (e.size ?? 0) <= BATCH_BLOB_LIMIT);
    const blobs = await this.catBatch(small.map((e) => e.oid));
    const out = new Map<string, FileSource>();
    for (const e of wanted) {
      const bytes = blobs.get(e.oid);
      out.set(e.path, bytes ? memoryFileSource(e.path, bytes) : this.blobSource(e));
    }
    // A Git LFS pointer is read as the object it stands for, from this machine's LFS store.
    return resolveLfsPointers(
      out,
      localLfsStore(() => this.lfsObjectsDir(), commit),
    );
  }

  /** Where `git lfs` keeps objects: <common git dir>/lfs/objects, or under `lfs.storage` when that is set. */
  private lfsObjectsDir(): Promise<string> {
    this.lfsObjects ??= (async () => {
      const common = (await this.git(['rev-parse', '--path-format=absolute', '--git-common-dir'])).trim();
      const storage = await this.git(['config', '--get', 'lfs.storage']).then(
        (s) => s.trim(),
        () => '',
      );
      return join(storage === '' ? join(common, 'lfs') : resolve(common, storage), 'objects');
    })();
    return this.lfsObjects;
  }

  async commitDate(commit: string): Promise<string> {
    return (await this.git(['show', '-s', '--format=%cI', commit])).trim();
  }

  /** Many blobs in one `git cat-file --batch` process. */
  private catBatch(oids: string[]): Promise<Map<string, Uint8Array>> {
    const unique = [...new Set(oids)];
    if (unique.length === 0) return Promise.resolve(new Map());
    return new Promise((resolve, reject) => {
      const child = spawn('git', ['-C', this.dir, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'] });
      const chunks: Buffer[] = [];
      let stderr = '';
      child.stdout.on('data', (c: Buffer) => chunks.push(c));
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      child.on('error', reject);
      child.on('close', (code) => {
        if (code !== 0) return reject(new GitError(`git cat-file failed: ${stderr.trim()}`));
        const all = Buffer.concat(chunks);
        const out = new Map<string, Uint8Array>();
        let at = 0;
        while (at < all.length) {
          const eol = all.indexOf(10, at);
          const header = all.subarray(at, eol).toString('utf8').split(' ');
          const [oid, type, size] = header;
          if (type === 'missing' || !oid || size === undefined) {
            at = eol + 1;
            continue;
          }
          const length = Number(size);
          out.set(oid, all.subarray(eol + 1, eol + 1 + length));
          at = eol + 1 + length + 1;
        }
        resolve(out);
      });
      child.stdin.end(`${unique.join('\n')}\n`);
    });
  }

  /** `git cat-file blob`, checked: a git that fails part-way must not pass for a shorter (or empty) file. */
  private async *blobChunks(entry: TreeEntry): AsyncIterable<Uint8Array> {
    const size = entry.size ?? 0;
    const child = spawn('git', ['-C', this.dir, 'cat-file', 'blob', entry.oid], { stdio: ['ignore', 'pipe', 'ignore'] });
    const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
    let bytes = 0;
    for await (const chunk of child.stdout) {
      bytes += (chunk as Buffer).byteLength;
      yield chunk as Buffer;
    }
    const code = await exit;
    if (code !== 0 || bytes !== size)
      throw new GitError(`git cat-file blob ${entry.oid} gave ${bytes} of ${size} bytes (exit code ${code})`);
  }

  /**
   * The blob copied once to a temporary file, so that range reads (a .eval's central directory, then its header) seek
   * in a file instead of inflating the blob from its first byte for each read.
   */
  private spool(entry: TreeEntry): Promise<string> {
    let file = this.spooled.get(entry.oid);
    if (file === undefined) {
      file = this.temporaryDir().then((dir) => this.copyBlob(entry, join(dir, entry.oid)));
      // A failed copy is not cached: the next read tries git again, and fails the same way if git still cannot.
      file.catch(() => this.spooled.delete(entry.oid));
      this.spooled.set(entry.oid, file);
    }
    return file;
  }

  /** git writes the blob straight into the file (its bytes never pass through this process), checked as blobChunks is. */
  private async copyBlob(entry: TreeEntry, path: string): Promise<string> {
    const file = await open(path, 'w');
    let code: number | null;
    try {
      const child = spawn('git', ['-C', this.dir, 'cat-file', 'blob', entry.oid], { stdio: ['ignore', file.fd, 'ignore'] });
      code = await new Promise<number | null>((resolve, reject) => {
        child.on('error', reject);
        child.on('close', resolve);
      });
    } finally {
      await file.close();
    }
    const bytes = (await stat(path)).size;
    if (code !== 0 || bytes !== (entry.size ?? 0))
      throw new GitError(`git cat-file blob ${entry.oid} gave ${bytes} of ${entry.size ?? 0} bytes (exit code ${code})`);
    return path;
  }

  private temporaryDir(): Promise<string> {
    this.spoolDir ??= mkdtemp(join(tmpdir(), 'rsp-gate-blobs-')).then((dir) => {
      process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
      return dir;
    });
    return this.spoolDir;
  }

  private blobSource(entry: TreeEntry): FileSource {
    const size = entry.size ?? 0;
    return {
      path: entry.path,
      size,
      // One pass from git: what a streaming reader (a JSON log) needs.
      stream: () => this.blobChunks(entry),
      read: async (start, end) => diskFileSource(entry.path, await this.spool(entry), size).read(start, end),
      open: async () => openDiskFile(await this.spool(entry)),
    };
  }
}

function parseTree(out: string): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const line of out.split('\0')) {
    if (!line) continue;
    // "<mode> <type> <oid> <size>\t<path>"
    const tab = line.indexOf('\t');
    const [, type, oid, size] = line.slice(0, tab).split(/\s+/);
    if (!oid) continue;
    if (type === 'blob') entries.push({ path: line.slice(tab + 1), oid, size: Number(size) });
    else if (type === 'commit') entries.push({ path: line.slice(tab + 1), oid, submodule: true });
  }
  return entries;
}
