// Blobs of a git object store read by id, through the git command line: small ones in one `git cat-file --batch`, large
// ones streamed when asked for, or copied once to a temporary file for range reads. The local git reader and the batch
// fetch from GitHub (a temporary store) both read their files this way.
import { execFile, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { type FileHandle, mkdtemp, open, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { FileSource } from '../evidence/types.ts';
import type { TreeEntry } from '../ports/repo-reader.ts';
import { diskFileSource, laterFileStream, memoryFileSource, openDiskFile } from './file-source.ts';

const run = promisify(execFile);
/** Blobs up to this size are read in one batch; larger ones are streamed from git when asked for. */
export const BATCH_BLOB_LIMIT = 4 << 20;
/** The most bytes of large blobs one batch copies to disk (the copies stay until the store or the process ends). */
const COPY_BUDGET_BYTES = 2 * 1024 ** 3;

export class GitError extends Error {}

export class GitObjects {
  /** Large blobs copied to a temporary file on their first range read, by object id. */
  private readonly spooled = new Map<string, Promise<string>>();
  private spoolDir: Promise<string> | undefined;
  readonly dir: string;
  private readonly env: NodeJS.ProcessEnv | undefined;

  private readonly copyToStream: boolean;

  /**
   * `dir`: a work tree or a git directory; `env`: the environment git runs in (default: this process's);
   * `copyToStream`: a large blob is streamed from a copy on disk, read through one reused buffer (memory stays flat
   * however many are read), rather than from git's output (no copy, but a fresh buffer per read);
   * `copies`: where the copies go (removed with it), instead of a temporary directory of their own.
   */
  constructor(dir: string, options: { env?: NodeJS.ProcessEnv; copyToStream?: boolean; copies?: string } = {}) {
    this.dir = dir;
    this.env = options.env;
    this.copyToStream = options.copyToStream ?? false;
    if (options.copies !== undefined) this.spoolDir = Promise.resolve(options.copies);
  }

  /**
   * Copies the large ones of these blobs to disk now, all through one `git cat-file --batch` (which keeps the delta bases
   * it resolved, where a process per blob would resolve each delta chain again), each readable once its copy is whole.
   */
  copyOutLarge(entries: TreeEntry[]): void {
    const large = entries.filter((e) => (e.size ?? 0) > BATCH_BLOB_LIMIT && !this.spooled.has(e.oid));
    const fresh: TreeEntry[] = [];
    let bytes = 0;
    // Disk is bounded too: beyond the budget, blobs are read one process each, as without a batch.
    for (const e of new Map(large.map((e) => [e.oid, e])).values()) {
      bytes += e.size ?? 0;
      if (bytes > COPY_BUDGET_BYTES) break;
      fresh.push(e);
    }
    if (fresh.length === 0) return;
    const copies = new Map(fresh.map((e) => [e.oid, deferred<string>()]));
    for (const [oid, copy] of copies) {
      this.spooled.set(oid, copy.promise);
      // Never an unhandled rejection: a copy that failed is asked for again when read (spool), and fails then.
      copy.promise.catch(() => this.spooled.delete(oid));
    }
    void this.temporaryDir()
      .then((dir) => copyBatch(this.dir, this.env, fresh, dir, copies))
      .catch((error: unknown) => {
        for (const copy of copies.values()) copy.reject(error);
      });
  }

  async git(args: string[], input?: string): Promise<string> {
    try {
      const child = run('git', ['-C', this.dir, ...args], { maxBuffer: 512 << 20, encoding: 'utf8', env: this.env });
      if (input !== undefined) child.child.stdin?.end(input);
      return (await child).stdout;
    } catch (err) {
      const stderr = String((err as { stderr?: unknown }).stderr ?? '').trim();
      throw new GitError(`git ${args[0]} failed: ${stderr.split('\n')[0] || (err as Error).message}`);
    }
  }

  /** The blobs of `entries`, by path. One the store does not hold fails when read, saying so: never an empty file. */
  async sources(entries: TreeEntry[]): Promise<Map<string, FileSource>> {
    const small = entries.filter((e) => (e.size ?? 0) <= BATCH_BLOB_LIMIT);
    const blobs = await this.catBatch(small.map((e) => e.oid));
    const out = new Map<string, FileSource>();
    for (const e of entries) {
      const bytes = blobs.get(e.oid);
      out.set(e.path, bytes ? memoryFileSource(e.path, bytes) : this.blobSource(e));
    }
    return out;
  }

  /** The ids among `oids` that the store does not hold. */
  async missing(oids: string[]): Promise<string[]> {
    const out = await this.git(['cat-file', '--batch-check=%(objectname) %(objecttype)'], `${oids.join('\n')}\n`);
    return out
      .split('\n')
      .filter((line) => line.endsWith(' missing'))
      .map((line) => line.slice(0, line.indexOf(' ')));
  }

  /** Many blobs in one `git cat-file --batch` process, each into a buffer of its size as its bytes arrive. */
  private async catBatch(oids: string[]): Promise<Map<string, Uint8Array>> {
    const unique = [...new Set(oids)];
    const out = new Map<string, Uint8Array>();
    if (unique.length === 0) return out;
    const child = spawn('git', ['-C', this.dir, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'pipe'], env: this.env });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exit = new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', resolve);
    });
    child.stdin.end(`${unique.join('\n')}\n`);
    await splitBatch(child.stdout, (oid, size) => {
      const bytes = Buffer.allocUnsafe(size);
      let at = 0;
      return {
        write: (part) => {
          bytes.set(part, at);
          at += part.byteLength;
        },
        end: () => void out.set(oid, bytes),
      };
    });
    if ((await exit) !== 0) throw new GitError(`git cat-file failed: ${stderr.trim()}`);
    return out;
  }

  /** `git cat-file blob`, checked: a git that fails part-way must not pass for a shorter (or empty) file. */
  private async *blobChunks(entry: TreeEntry): AsyncIterable<Uint8Array> {
    const size = entry.size ?? 0;
    const child = spawn('git', ['-C', this.dir, 'cat-file', 'blob', entry.oid], { stdio: ['ignore', 'pipe', 'ignore'], env: this.env });
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
      const child = spawn('git', ['-C', this.dir, 'cat-file', 'blob', entry.oid], { stdio: ['ignore', file.fd, 'ignore'], env: this.env });
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
    this.spoolDir ??= temporaryDirectory('rsp-gate-blobs-');
    return this.spoolDir;
  }

  private blobSource(entry: TreeEntry): FileSource {
    const size = entry.size ?? 0;
    return {
      path: entry.path,
      size,
      // One pass from git: what a streaming reader (a JSON log) needs.
      // From its copy when there is (or will be) one: that copy was made by a batch, and costs no process of its own.
      stream: () => (this.copyToStream || this.spooled.has(entry.oid) ? laterFileStream(() => this.spool(entry)) : this.blobChunks(entry)),
      read: async (start, end) => diskFileSource(entry.path, await this.spool(entry), size).read(start, end),
      open: async () => openDiskFile(await this.spool(entry)),
    };
  }
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/**
 * `git cat-file --batch` output ("<oid> <type> <size>\n<bytes>\n" per object) written blob by blob into `<dir>/<oid>`,
 * each checked against the size the tree lists; every copy settles, the ones git did not give with an error.
 */
async function copyBatch(
  gitDir: string,
  env: NodeJS.ProcessEnv | undefined,
  entries: TreeEntry[],
  dir: string,
  copies: Map<string, Deferred<string>>,
): Promise<void> {
  const child = spawn('git', ['-C', gitDir, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'ignore'], env });
  // A git that cannot start ends its output at once: every copy is then refused below.
  child.on('error', () => undefined);
  child.stdin.end(`${entries.map((e) => e.oid).join('\n')}\n`);
  const sizes = new Map(entries.map((e) => [e.oid, e.size ?? 0]));
  let open_: FileHandle | undefined;
  try {
    await splitBatch(child.stdout, async (oid, size) => {
      if (sizes.get(oid) !== size) throw new GitError(`git gave blob ${oid} as ${size} bytes, not the ${sizes.get(oid)} its tree lists`);
      const path = join(dir, oid);
      const file = await open(path, 'w');
      open_ = file;
      return {
        write: (part) => writeAll(file, part),
        end: async () => {
          open_ = undefined;
          await file.close();
          copies.get(oid)?.resolve(path);
        },
      };
    });
  } finally {
    await open_?.close();
  }
  // Settled copies ignore this; the rest were not given whole.
  for (const [oid, copy] of copies) copy.reject(new GitError(`git cat-file gave no whole blob ${oid}`));
}

interface ObjectSink {
  write(part: Uint8Array): void | Promise<void>;
  end(): void | Promise<void>;
}

/**
 * Splits `git cat-file --batch` output ("<oid> <type> <size>\n<bytes>\n" per object, "<oid> missing\n" for an absent
 * one) as it streams: `open` is told each object's id and size and gives where its bytes go. Memory holds one chunk.
 */
async function splitBatch(
  output: AsyncIterable<Buffer>,
  open: (oid: string, size: number) => ObjectSink | Promise<ObjectSink>,
): Promise<void> {
  let header = Buffer.alloc(0);
  let body: { sink: ObjectSink; left: number } | undefined;
  let newlineDue = false;
  for await (const data of output) {
    let chunk = data;
    while (chunk.length > 0) {
      if (body) {
        const part = chunk.subarray(0, body.left);
        await body.sink.write(part);
        body.left -= part.length;
        chunk = chunk.subarray(part.length);
        if (body.left > 0) continue;
        await body.sink.end();
        body = undefined;
        newlineDue = true;
      } else if (newlineDue) {
        chunk = chunk.subarray(1);
        newlineDue = false;
      } else {
        const eol = chunk.indexOf(10);
        if (eol < 0) {
          header = Buffer.concat([header, chunk]);
          break;
        }
        const [oid = '', type, size] = Buffer.concat([header, chunk.subarray(0, eol)])
          .toString('utf8')
          .split(' ');
        header = Buffer.alloc(0);
        chunk = chunk.subarray(eol + 1);
        if (type === 'missing') continue;
        body = { sink: await open(oid, Number(size)), left: Number(size) };
        if (body.left > 0) continue;
        await body.sink.end();
        body = undefined;
        newlineDue = true;
      }
    }
  }
}

async function writeAll(file: FileHandle, bytes: Uint8Array): Promise<void> {
  for (let at = 0; at < bytes.byteLength; ) at += (await file.write(bytes, at, bytes.byteLength - at)).bytesWritten;
}

/** A fresh temporary directory, removed when the process exits (sooner by whoever owns it). */
export async function temporaryDirectory(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
