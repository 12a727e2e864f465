// Files of a working tree on disk, for `rsp-gate validate` (what an editor sees before anything is committed).
import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import type { FileSource } from '../evidence/types.ts';
import { WHOLE_FILE_LIMIT } from '../evidence/read.ts';
import { diskFileSource, memoryFileSource } from './file-source.ts';

const SKIPPED_DIRS = new Set(['.git', 'node_modules']);

/**
 * Every file below `root`, as repository-relative paths with forward slashes. Walked synchronously: a directory entry
 * or a stat answers from the kernel's cache in microseconds, far less than a thread-pool round trip per call.
 */
export async function listDirectory(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      } else if (entry.isFile()) {
        out.push(`${prefix}${entry.name}`);
      }
    }
  };
  walk(root, '');
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
 * A file of at most WHOLE_FILE_LIMIT bytes, read whole and at once the first time its bytes are needed. A synchronous
 * read of a small file costs a fraction of fs/promises' four thread-pool round trips (open, fstat, read, close), and
 * its buffer dies young; the parse that follows is synchronous anyway. A class, not closures: a batch holds thousands
 * of these until each is parsed, and every byte they hold is carried through the young generation's collections.
 */
class WholeFile implements FileSource {
  readonly path: string;
  readonly size: number;
  private readonly root: string;
  private whole: FileSource | undefined;

  /** `root`: the tree's directory with a separator at its end (see DirectoryReader.base). */
  constructor(root: string, path: string, size: number) {
    this.root = root;
    this.path = path;
    this.size = size;
  }

  private bytes(): FileSource {
    this.whole ??= memoryFileSource(this.path, readListed(this.root + this.path, this.size));
    return this.whole;
  }

  async *stream(): AsyncIterable<Uint8Array> {
    yield* this.bytes().stream();
  }

  async read(start: number, end: number): Promise<Uint8Array> {
    return this.bytes().read(start, end);
  }
}

/**
 * The file's bytes as they are now, read into a buffer of its listed size: the listing's stat stands in for the one
 * readFileSync would make. One byte more is asked for, so that a file grown since is refused whole, never cut short.
 */
function readListed(full: string, size: number): Uint8Array {
  const fd = openSync(full, 'r');
  try {
    const buffer = Buffer.allocUnsafe(size + 1);
    let got = 0;
    // Once the listed bytes are in, the read that brought them asked for one more: a short read of a file is its end,
    // so one call reads a file that did not change, as readFileSync does.
    for (let n = -1; n !== 0 && got < size; got += n) n = readSync(fd, buffer, got, buffer.length - got, null);
    // Fewer bytes are refused by the readers, which compare them with the listed size; more would be cut there.
    if (got > size) throw new Error(`it holds more than the ${size} bytes listed: it changed since the listing`);
    return buffer.subarray(0, got);
  } finally {
    closeSync(fd);
  }
}

/**
 * A working tree as a RepoReader with a single "commit": every path lists with its size and modification time as
 * its id. Files are read lazily, one at a time as they are parsed, so memory stays bounded whatever the tree holds.
 */
export class DirectoryReader {
  static readonly COMMIT = 'WORKTREE';

  /** `referenceDate`: the date staleness is measured against (a working tree has no commit date). */
  private readonly root: string;
  /** The root, normalised once, with a separator at its end: a listed path (clean, '/'-separated) is appended to it,
   * where path.join would normalise each of ten thousand paths again. */
  private readonly base: string;
  private readonly referenceDate: string;
  /** One listing per reader: base and head are the same "commit", and the walk stats every file. */
  private listing: Promise<Array<{ path: string; oid: string; size: number }>> | undefined;
  /** The listed sizes by path, made once: an evaluation asks for files in many batches. */
  private sizes: Promise<Map<string, number>> | undefined;

  constructor(root: string, referenceDate: string) {
    this.root = root;
    const normal = join(root, '.');
    this.base = normal.endsWith(sep) ? normal : `${normal}${sep}`;
    this.referenceDate = referenceDate;
  }

  listFiles(): Promise<Array<{ path: string; oid: string; size: number }>> {
    this.listing ??= listDirectory(this.root).then((paths) =>
      paths.map((path) => {
        const info = statSync(this.base + path);
        return { path, oid: `${info.size}:${info.mtimeMs}`, size: info.size };
      }),
    );
    return this.listing;
  }

  /**
   * The listed files among `paths`, read lazily: those a result reader reads whole are read at once when first asked
   * for, larger ones from disk by range. A file changed since the listing is read as it is now; a size that no longer
   * matches the listing is refused by the readers, never read in part.
   */
  async readFiles(_commit: string, paths: string[]): Promise<Map<string, FileSource>> {
    this.sizes ??= this.listFiles().then((listed) => new Map(listed.map((e) => [e.path, e.size])));
    const sizes = await this.sizes;
    const out = new Map<string, FileSource>();
    for (const path of paths) {
      const size = sizes.get(path);
      if (size === undefined) continue;
      out.set(path, size > WHOLE_FILE_LIMIT ? diskFileSource(path, this.base + path, size) : new WholeFile(this.base, path, size));
    }
    return out;
  }

  async commitDate(): Promise<string> {
    return this.referenceDate;
  }
}
