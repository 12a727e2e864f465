// Files of a working tree on disk, for `rsp-gate validate` (what an editor sees before anything is committed).
import { open, readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { FileSource } from '../evidence/types.ts';
import { WHOLE_FILE_LIMIT } from '../evidence/read.ts';
import { diskFileSource, memoryFileSource } from './file-source.ts';

/** Files opened at a time by readFiles: enough to keep the disk and the thread pool busy while results are parsed. */
const PARALLEL_READS = 8;

const SKIPPED_DIRS = new Set(['.git', 'node_modules']);

/** Every file below `root`, as repository-relative paths with forward slashes. */
export async function listDirectory(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) await walk(full);
      } else if (entry.isFile()) {
        out.push(relative(root, full).split(sep).join('/'));
      }
    }
  };
  await walk(root);
  return out.sort();
}

export async function directoryFile(root: string, path: string): Promise<FileSource | undefined> {
  const full = join(root, path);
  try {
    const info = await stat(full);
    return info.isFile() ? diskFileSource(path, full, info.size) : undefined;
  } catch {
    return undefined;
  }
}

/** The file read whole when a result reader would read it whole anyway (one open, one read); a larger one lazily. */
async function readDirectoryFile(root: string, path: string): Promise<FileSource | undefined> {
  const full = join(root, path);
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(full, 'r');
  } catch {
    return undefined;
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return undefined;
    if (info.size > WHOLE_FILE_LIMIT) return diskFileSource(path, full, info.size);
    return memoryFileSource(path, await handle.readFile());
  } finally {
    await handle.close();
  }
}

/** `work` over every item, at most `limit` at a time; the answers in the items' order. */
async function mapBounded<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/**
 * A working tree as a RepoReader with a single "commit": every path lists with its size and modification time as
 * its id. Files come a batch at a time (the evaluation asks for slices of bounded size), read several at once; a file
 * larger than a result reader reads whole stays on disk and is read lazily, so memory stays bounded.
 */
export class DirectoryReader {
  static readonly COMMIT = 'WORKTREE';

  /** `referenceDate`: the date staleness is measured against (a working tree has no commit date). */
  private readonly root: string;
  private readonly referenceDate: string;
  /** One listing per reader: base and head are the same "commit", and the walk stats every file. */
  private listing: Promise<Array<{ path: string; oid: string; size: number }>> | undefined;

  constructor(root: string, referenceDate: string) {
    this.root = root;
    this.referenceDate = referenceDate;
  }

  listFiles(): Promise<Array<{ path: string; oid: string; size: number }>> {
    this.listing ??= listDirectory(this.root).then((paths) =>
      mapBounded(paths, PARALLEL_READS * 4, async (path) => {
        const info = await stat(join(this.root, path));
        return { path, oid: `${info.size}:${info.mtimeMs}`, size: info.size };
      }),
    );
    return this.listing;
  }

  async readFiles(_commit: string, paths: string[]): Promise<Map<string, FileSource>> {
    const sources = await mapBounded(paths, PARALLEL_READS, (path) => readDirectoryFile(this.root, path));
    const out = new Map<string, FileSource>();
    paths.forEach((path, i) => {
      const src = sources[i];
      if (src) out.set(path, src);
    });
    return out;
  }

  async commitDate(): Promise<string> {
    return this.referenceDate;
  }
}
