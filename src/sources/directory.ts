// Files of a working tree on disk, for `rsp-gate validate` (what an editor sees before anything is committed).
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { FileSource } from '../evidence/types.ts';
import { WHOLE_FILE_LIMIT } from '../evidence/read.ts';
import { diskFileSource, memoryFileSource } from './file-source.ts';

/** Files read ahead of the one being parsed: enough to keep the disk and the thread pool busy, few enough to hold. */
const READ_AHEAD = 8;

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

/**
 * The files of one batch read a few ahead of the one asked for, in the batch's order (the order they are parsed in),
 * so that reading overlaps parsing; each file's bytes are let go once handed over, so memory stays a few files deep.
 */
class ReadAhead {
  private readonly pending = new Map<number, Promise<Uint8Array>>();
  private next = 0;
  private readonly files: readonly string[];

  constructor(files: readonly string[]) {
    this.files = files;
  }

  take(index: number): Promise<Uint8Array> {
    const bytes = this.pending.get(index) ?? readFile(this.files[index]!);
    this.pending.delete(index);
    for (this.next = Math.max(this.next, index + 1); this.next < this.files.length && this.next <= index + READ_AHEAD; this.next++) {
      const ahead = readFile(this.files[this.next]!);
      // Failures surface when the file is taken, not as an unhandled rejection of a read nobody awaited yet.
      ahead.catch(() => {});
      this.pending.set(this.next, ahead);
    }
    return bytes;
  }
}

/** A file whose bytes come from `ahead` the first time they are needed, whole (it is at most WHOLE_FILE_LIMIT). */
function readAheadSource(path: string, size: number, ahead: ReadAhead, index: number): FileSource {
  let whole: Promise<FileSource> | undefined;
  const bytes = () => (whole ??= ahead.take(index).then((b) => memoryFileSource(path, b)));
  return {
    path,
    size,
    async *stream() {
      yield* (await bytes()).stream();
    },
    read: async (start, end) => (await bytes()).read(start, end),
  };
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
 * its id. Files are read lazily, a few ahead of the one parsed, so memory stays bounded whatever the tree holds.
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
      mapBounded(paths, READ_AHEAD * 4, async (path) => {
        const info = await stat(join(this.root, path));
        return { path, oid: `${info.size}:${info.mtimeMs}`, size: info.size };
      }),
    );
    return this.listing;
  }

  /**
   * The listed files among `paths`, read lazily: those a result reader reads whole are read a few ahead of the one
   * parsed, larger ones from disk by range. A file changed since the listing is read as it is now; a size that no
   * longer matches the listing is refused by the readers, never read in part.
   */
  async readFiles(_commit: string, paths: string[]): Promise<Map<string, FileSource>> {
    const sizes = new Map((await this.listFiles()).map((e) => [e.path, e.size]));
    const listed = paths.filter((path) => sizes.has(path));
    const small = listed.filter((path) => sizes.get(path)! <= WHOLE_FILE_LIMIT);
    const ahead = new ReadAhead(small.map((path) => join(this.root, path)));
    const out = new Map<string, FileSource>();
    let index = 0;
    for (const path of listed) {
      const size = sizes.get(path)!;
      const full = join(this.root, path);
      out.set(path, size > WHOLE_FILE_LIMIT ? diskFileSource(path, full, size) : readAheadSource(path, size, ahead, index++));
    }
    return out;
  }

  async commitDate(): Promise<string> {
    return this.referenceDate;
  }
}
