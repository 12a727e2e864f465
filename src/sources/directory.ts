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
