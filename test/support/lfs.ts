// Git LFS in tests: the pointer file git-lfs writes for some content, and the object stored where git-lfs keeps it.
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export function lfsOid(content: Uint8Array | string): string {
  return createHash('sha256').update(content).digest('hex');
}

/** The pointer text `git lfs clean` writes for `content`. */
export function lfsPointerText(content: Uint8Array | string): string {
  const size = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
  return `version https://git-lfs.github.com/spec/v1\noid sha256:${lfsOid(content)}\nsize ${size}\n`;
}

/** Stores `content` in the LFS object store of the repository at `repoDir` (.git/lfs/objects/aa/bb/<oid>). */
export async function storeLfsObject(repoDir: string, content: Uint8Array | string): Promise<string> {
  const oid = lfsOid(content);
  const dir = join(repoDir, '.git', 'lfs', 'objects', oid.slice(0, 2), oid.slice(2, 4));
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, oid), content);
  return oid;
}
