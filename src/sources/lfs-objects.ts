// Git LFS pointers among the files a reader returns, swapped for the objects they stand for. Every pointer of one read
// goes to the store at once (one batch), and each object is checked against its pointer: its size always, its sha256
// whenever it is read whole. An object that cannot be had becomes a source that refuses to be read, saying why.
import { createHash } from 'node:crypto';
import { LFS_POINTER_MAX_BYTES, LfsObjectUnavailable, isLfsPointer, lfsPointer, type LfsPointer } from '../evidence/lfs-pointer.ts';
import type { FileSource } from '../evidence/types.ts';

export interface LfsRequest {
  path: string;
  pointer: LfsPointer;
}

/** Where LFS objects come from: the local object store, or a server's batch API. */
export interface LfsStore {
  /** For each request's path: a source of the object's bytes, or why it cannot be had. One batch for all of them. */
  objects(requests: LfsRequest[]): Promise<Map<string, FileSource | string>>;
}

/** The files with every valid LFS pointer replaced by its object (or by a source that refuses, with the reason). */
export async function resolveLfsPointers(files: Map<string, FileSource>, store: LfsStore): Promise<Map<string, FileSource>> {
  const requests: LfsRequest[] = [];
  for (const [path, src] of files) {
    if (!(src.size > 0 && src.size < LFS_POINTER_MAX_BYTES)) continue;
    // A file that cannot be read here is left as it is: reading it as a result fails the same way, with its finding.
    const pointer = await src.read(0, src.size).then(lfsPointer, () => undefined);
    if (isLfsPointer(pointer)) requests.push({ path, pointer });
  }
  if (requests.length === 0) return files;
  let objects: Map<string, FileSource | string>;
  try {
    objects = await store.objects(requests);
  } catch (error) {
    // A store that fails as a whole fails every object, each with its file: never a crash without a place.
    objects = new Map(requests.map(({ path }) => [path, (error as Error).message]));
  }
  for (const { path, pointer } of requests) {
    const object = objects.get(path) ?? 'the LFS store gave no answer for this object';
    const refusal =
      typeof object === 'string'
        ? object
        : object.size !== pointer.size
          ? `the stored object is ${object.size} bytes, the pointer says ${pointer.size}`
          : undefined;
    files.set(
      path,
      refusal === undefined ? verifiedObject(pointer, object as FileSource) : refusingSource(path, files.get(path)!.size, pointer, refusal),
    );
  }
  return files;
}

/** A source that stands for an object it could not fetch: any read throws, so the file yields the LFS finding. */
function refusingSource(path: string, pointerSize: number, pointer: LfsPointer, reason: string): FileSource {
  const refuse = (): never => {
    throw new LfsObjectUnavailable(pointer, reason);
  };
  return {
    path,
    // The pointer's own size: never 0, so the file is read (and refused) rather than skipped as empty.
    size: pointerSize,
    // biome-ignore lint/correctness/useYield: a stream of an object that is not here throws before its first chunk
    async *stream() {
      refuse();
    },
    read: async () => refuse(),
  };
}

/** The object as read from a store (of the pointer's size), checked whenever it is read whole: size and sha256. */
function verifiedObject(pointer: LfsPointer, object: FileSource): FileSource {
  return {
    path: object.path,
    size: pointer.size,
    async *stream() {
      const hash = createHash('sha256');
      let bytes = 0;
      for await (const chunk of object.stream()) {
        hash.update(chunk);
        bytes += chunk.byteLength;
        yield chunk;
      }
      checkDigest(pointer, bytes, hash.digest('hex'));
    },
    async read(start, end) {
      const bytes = await object.read(start, end);
      if (start <= 0 && end >= pointer.size) checkDigest(pointer, bytes.byteLength, createHash('sha256').update(bytes).digest('hex'));
      return bytes;
    },
  };
}

function checkDigest(pointer: LfsPointer, bytes: number, sha256: string): void {
  if (bytes !== pointer.size) throw new LfsObjectUnavailable(pointer, `${bytes} bytes arrived of the object's ${pointer.size}`);
  if (sha256 !== pointer.oid)
    throw new LfsObjectUnavailable(pointer, `the object's content does not match its pointer (sha256 ${sha256.slice(0, 12)}…)`);
}
