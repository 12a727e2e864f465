// The CLI's Git LFS store: the objects `git lfs fetch` left on this machine, at <lfs dir>/objects/<aa>/<bb>/<oid>.
// Nothing is downloaded here; what is missing is named, with the command that fetches it.
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileSource } from '../evidence/types.ts';
import { diskFileSource } from './file-source.ts';
import type { LfsStore } from './lfs-objects.ts';

/** `objectsDir`: the store's objects folder (.git/lfs/objects unless lfs.storage moves it); `commit`: for the hint. */
export function localLfsStore(objectsDir: () => Promise<string>, commit: string): LfsStore {
  return {
    async objects(requests) {
      const dir = await objectsDir();
      const out = new Map<string, FileSource | string>();
      await Promise.all(
        requests.map(async ({ path, pointer }) => {
          const file = join(dir, pointer.oid.slice(0, 2), pointer.oid.slice(2, 4), pointer.oid);
          const size = await fileSize(file);
          out.set(path, size === undefined ? missing(path, commit) : diskFileSource(path, file, size));
        }),
      );
      return out;
    },
  };
}

async function fileSize(file: string): Promise<number | undefined> {
  try {
    const info = await stat(file);
    return info.isFile() ? info.size : undefined;
  } catch {
    return undefined;
  }
}

function missing(path: string, commit: string): string {
  const include = JSON.stringify(path);
  return `the object is not in the local Git LFS store; fetch it with \`git lfs fetch origin ${commit} --include ${include}\` (or, on a checkout of that commit, \`git lfs pull --include ${include}\`) and run rsp-gate again`;
}
