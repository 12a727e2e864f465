// Files of a working tree on disk, for `rsp-gate validate` (what an editor sees before anything is committed).
import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { FileSource } from '../evidence/types.ts';
import { diskFileSource } from './file-source.ts';

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
 * A working tree as a RepoReader with a single "commit": every path lists with its size and modification time as
 * its id, and files are read lazily from disk, so memory stays bounded whatever the tree holds.
 */
export class DirectoryReader {
  static readonly COMMIT = 'WORKTREE';

  /** `referenceDate`: the date staleness is measured against (a working tree has no commit date). */
  private readonly root: string;
  private readonly referenceDate: string;

  constructor(root: string, referenceDate: string) {
    this.root = root;
    this.referenceDate = referenceDate;
  }

  async listFiles(): Promise<Array<{ path: string; oid: string; size: number }>> {
    const paths = await listDirectory(this.root);
    return Promise.all(
      paths.map(async (path) => {
        const info = await stat(join(this.root, path));
        return { path, oid: `${info.size}:${info.mtimeMs}`, size: info.size };
      }),
    );
  }

  async readFiles(_commit: string, paths: string[]): Promise<Map<string, FileSource>> {
    const out = new Map<string, FileSource>();
    for (const path of paths) {
      const src = await directoryFile(this.root, path);
      if (src) out.set(path, src);
    }
    return out;
  }

  async commitDate(): Promise<string> {
    return this.referenceDate;
  }
}
