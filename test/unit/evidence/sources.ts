// FileSources for the evidence tests: fixtures from disk, and in-memory bytes that count how they are read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvidenceRecord, FileSource, ReadResult } from '../../../src/evidence/types.ts';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'evidence');

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export interface CountingSource extends FileSource {
  /** Every range asked of read(), in order. */
  reads: Array<[number, number]>;
  chunksStreamed: number;
  bytesStreamed: number;
}

export function bytesSource(path: string, bytes: Uint8Array, chunkSize = 64 * 1024): CountingSource {
  const src: CountingSource = {
    path,
    size: bytes.byteLength,
    reads: [],
    chunksStreamed: 0,
    bytesStreamed: 0,
    async *stream() {
      for (let i = 0; i < bytes.byteLength; i += chunkSize) {
        const chunk = bytes.slice(i, Math.min(i + chunkSize, bytes.byteLength));
        src.chunksStreamed++;
        src.bytesStreamed += chunk.byteLength;
        yield chunk;
      }
    },
    async read(start, end) {
      src.reads.push([start, end]);
      return bytes.slice(Math.max(0, start), Math.min(end, bytes.byteLength));
    },
  };
  return src;
}

/** A fixture as the file `evals/<folder>/<name>` of a repository. */
export function fixture(name: string, chunkSize?: number): CountingSource {
  return bytesSource(`evals/${name}`, fixtureBytes(name), chunkSize);
}

export function textSource(path: string, text: string, chunkSize?: number): CountingSource {
  return bytesSource(path, new TextEncoder().encode(text), chunkSize);
}

/** The records that can count as evidence (readers also return unusable ones, flagged, for the engine to weigh). */
export function usable(result: ReadResult): EvidenceRecord[] {
  return result.records.filter((r) => r.unusable === undefined);
}
