// RepoReader over a local git repository, through the git command line: what the CLI uses.
import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import type { FileSource } from '../evidence/types.ts';

import { memoryFileSource } from './file-source.ts';
import type { RepoReader, TreeEntry } from '../ports/repo-reader.ts';

const run = promisify(execFile);
/** Blobs up to this size are read in one batch; larger ones are streamed from git when asked for. */
const BATCH_BLOB_LIMIT = 4 << 20;

export class GitError extends Error {}

export class LocalGitReader implements RepoReader {
  private readonly trees = new Map<string, Promise<TreeEntry[]>>();

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
    return out;
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
      child.stdin.end(unique.join('\n') + '\n');
    });
  }

  private blobSource(entry: TreeEntry): FileSource {
    const dir = this.dir;
    const size = entry.size ?? 0;
    const stream = async function* (): AsyncIterable<Uint8Array> {
      const child = spawn('git', ['-C', dir, 'cat-file', 'blob', entry.oid], { stdio: ['ignore', 'pipe', 'ignore'] });
      const exit = new Promise<number | null>((resolve) => child.on('close', resolve));
      let bytes = 0;
      for await (const chunk of child.stdout) {
        bytes += (chunk as Buffer).byteLength;
        yield chunk as Buffer;
      }
      // A git that fails part-way must not pass for a shorter (or empty) file.
      const code = await exit;
      if (code !== 0 || bytes !== size) throw new GitError(`git cat-file blob ${entry.oid} gave ${bytes} of ${size} bytes (exit code ${code})`);
    };
    return {
      path: entry.path,
      size,
      stream,
      async read(start, end) {
        // Random access into a git blob: stream and keep only the requested window.
        const parts: Buffer[] = [];
        let offset = 0;
        for await (const chunk of stream()) {
          const c = Buffer.from(chunk);
          const from = Math.max(start - offset, 0);
          const to = Math.min(end - offset, c.length);
          if (to > from) parts.push(c.subarray(from, to));
          offset += c.length;
          if (offset >= end) break;
        }
        return Buffer.concat(parts);
      },
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
    if (type !== 'blob' || !oid) continue;
    entries.push({ path: line.slice(tab + 1), oid, size: Number(size) });
  }
  return entries;
}
