// FileSource implementations: bytes already in memory, and files on disk read lazily.
import { open } from 'node:fs/promises';
import type { FileSource, OpenFile } from '../evidence/types.ts';
import { REUSED_CHUNKS, type ReusableChunks } from '../evidence/json/scan.ts';

const CHUNK = 1 << 20;

/** The file in chunks of up to 1 MiB: each in a buffer of its own, or all in `into` when given (see REUSED_CHUNKS). */
async function* fileChunks(absolutePath: string, into?: Uint8Array): AsyncIterable<Uint8Array> {
  const handle = await open(absolutePath, 'r');
  try {
    let buffer = into ?? Buffer.allocUnsafeSlow(CHUNK);
    const size = Math.min(buffer.byteLength, CHUNK);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, size, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
      if (!into) buffer = Buffer.allocUnsafeSlow(CHUNK);
    }
  } finally {
    await handle.close();
  }
}

function fileStream(absolutePath: string): ReusableChunks {
  return {
    [Symbol.asyncIterator]: () => fileChunks(absolutePath)[Symbol.asyncIterator](),
    [REUSED_CHUNKS]: (into: Uint8Array) => fileChunks(absolutePath, into),
  };
}

/** The chunks of a file whose path is known only once `file` settles (a blob being copied out of git). */
export function laterFileStream(file: () => Promise<string>): ReusableChunks {
  return {
    async *[Symbol.asyncIterator]() {
      yield* fileChunks(await file());
    },
    async *[REUSED_CHUNKS](into: Uint8Array) {
      yield* fileChunks(await file(), into);
    },
  };
}

export function memoryFileSource(path: string, bytes: Uint8Array): FileSource {
  return {
    path,
    size: bytes.byteLength,
    async *stream() {
      // Hand out bounded chunks so stream consumers behave the same as with a file on disk.
      const chunk = 1 << 20;
      for (let i = 0; i < bytes.byteLength; i += chunk) yield bytes.subarray(i, Math.min(i + chunk, bytes.byteLength));
    },
    async read(start, end) {
      return bytes.subarray(Math.max(0, start), Math.min(end, bytes.byteLength));
    },
  };
}

/** The file held open for positional reads into the caller's buffer. */
export async function openDiskFile(absolutePath: string): Promise<OpenFile> {
  const handle = await open(absolutePath, 'r');
  return {
    async readInto(target, position) {
      let filled = 0;
      while (filled < target.byteLength) {
        const { bytesRead } = await handle.read(target, filled, target.byteLength - filled, position + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return filled;
    },
    close: () => handle.close(),
  };
}

export function diskFileSource(path: string, absolutePath: string, size: number): FileSource {
  return {
    path,
    size,
    stream: () => fileStream(absolutePath),
    open: () => openDiskFile(absolutePath),
    async read(start, end) {
      const handle = await open(absolutePath, 'r');
      try {
        const length = Math.max(0, Math.min(end, size) - Math.max(0, start));
        const buffer = Buffer.alloc(length);
        const { bytesRead } = await handle.read(buffer, 0, length, Math.max(0, start));
        return buffer.subarray(0, bytesRead);
      } finally {
        await handle.close();
      }
    },
  };
}

/** The whole file as UTF-8 text (for small files: configs and policies). */
export async function readText(src: FileSource): Promise<string> {
  const parts: Uint8Array[] = [];
  for await (const chunk of src.stream()) parts.push(chunk);
  const bytes = Buffer.concat(parts);
  // A short read of a policy could drop capabilities and still parse: never judge part of a file.
  if (bytes.byteLength !== src.size) throw new Error(`${src.path}: read ${bytes.byteLength} of its ${src.size} bytes`);
  return bytes.toString('utf8');
}
