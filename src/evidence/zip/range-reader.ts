// yauzl reads a zip through this: ranges of a FileSource, so that only the central directory and the entries asked
// for are ever read, never the whole archive.
import { Readable } from 'node:stream';
import { RandomAccessReader } from 'yauzl';
import type { FileSource } from '../types.ts';

// yauzl reads the central directory record by record (two small reads per entry); one window of this size serves
// thousands of them with a single read of the source.
const WINDOW = 256 * 1024;

export class FileSourceReader extends RandomAccessReader {
  private window: { start: number; bytes: Uint8Array } | undefined;

  /** Undefined once closed: see close(). */
  private src: FileSource | undefined;

  constructor(src: FileSource) {
    super();
    this.src = src;
  }

  /**
   * yauzl calls back on a later turn of the event loop; the bytes are let go now, since a run of reads that never
   * yields a turn (a working tree read synchronously) would otherwise hold every closed archive until it ends.
   */
  override close(callback: (err: Error | null) => void): void {
    this.src = undefined;
    this.window = undefined;
    super.close(callback);
  }

  private source(): FileSource {
    if (this.src === undefined) throw new Error('the archive is closed');
    return this.src;
  }

  override _readStreamForRange(start: number, end: number): Readable {
    const src = this.source();
    return Readable.from(
      (async function* () {
        const bytes = await src.read(start, end);
        yield Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      })(),
      { objectMode: false },
    );
  }

  override read(buffer: Buffer, offset: number, length: number, position: number, callback: (err: Error | null) => void): void {
    this.range(position, position + length).then(
      (bytes) => {
        if (bytes.byteLength !== length) return callback(new Error(`the archive ends before byte ${position + length}`));
        buffer.set(bytes, offset);
        callback(null);
      },
      (err: unknown) => callback(err instanceof Error ? err : new Error(String(err))),
    );
  }

  private async range(start: number, end: number): Promise<Uint8Array> {
    const w = this.window;
    if (w !== undefined && start >= w.start && end <= w.start + w.bytes.byteLength) {
      return w.bytes.subarray(start - w.start, end - w.start);
    }
    const src = this.source();
    if (end - start >= WINDOW) return src.read(start, end);
    const bytes = await src.read(start, Math.min(src.size, start + WINDOW));
    this.window = { start, bytes };
    return bytes.subarray(0, Math.min(bytes.byteLength, end - start));
  }
}
