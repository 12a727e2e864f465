// A zip archive read through yauzl: list the entry names, pick entries by name (the last of a repeated name wins,
// as in Python's zipfile), and read one entry, stored, deflated or zstd-compressed (method 93).
import { crc32, inflateRawSync } from 'node:zlib';
import { fromRandomAccessReaderPromise, type Entry, type ZipFile } from 'yauzl';
import type { FileSource } from '../types.ts';
import { lastRecord } from './last-record.ts';
import { FileSourceReader } from './range-reader.ts';
import { zstdDecompressFrames } from './zstd.ts';

const STORED = 0;
const DEFLATE = 8;
const ZSTD = 93;

/** The source each open archive reads, for the reads that go around yauzl's streams (the directory, an entry's data). */
const sources = new WeakMap<ZipFile, FileSource>();

export async function openArchive(src: FileSource): Promise<ZipFile> {
  // Entries are read on demand, so the archive must stay open after the listing ends.
  const zip = await fromRandomAccessReaderPromise(new FileSourceReader(src), src.size, { autoClose: false, lazyEntries: true });
  sources.set(zip, src);
  return zip;
}

/**
 * Close the archive and let go of its source at once. yauzl closes its reader on a later turn of the event loop, and a
 * run of reads that yields none (a working tree read synchronously) would hold every archive's bytes until it ends.
 */
export function closeArchive(zip: ZipFile): void {
  sources.delete(zip);
  zip.close();
}

export interface Listing {
  /** For each wanted name, its last entry in the central directory. */
  last: Map<string, Entry>;
  /** The first path segment of every entry (`samples`, `_journal`, `header.json`, ...); not listed when the directory's
   * last record was the one name wanted. */
  topLevel?: Set<string>;
}

/**
 * For each wanted name its last entry. One name that is the directory's last record (Inspect writes `header.json`
 * last) is found from the directory's end, no other record read. Otherwise one pass over the central directory (through one reused window
 * when the source can be held open) and a byte-level step over its records: only the wanted entries are parsed (by
 * yauzl), so 100,000 sample entries cost a few milliseconds, not one round of yauzl's reads each. Any record this step
 * cannot vouch for (encryption flags, a Unicode path field, a non-ASCII or unsafe name, a cut-short directory) sends
 * the archive through yauzl's full walk instead.
 */
export async function listEntries(zip: ZipFile, wanted: ReadonlySet<string>): Promise<Listing> {
  const cursor = zip as unknown as ZipCursor;
  const start = cursor.readEntryCursor;
  const src = sources.get(zip);
  if (src === undefined || cursor.entriesRead !== 0 || start >= zip.fileSize || zip.fileSize - start > MAX_DIRECTORY_BYTES)
    return walkEntries(zip, wanted);
  const last = wanted.size === 1 ? await wantedLast(src, start, [...wanted][0]!) : undefined;
  if (last !== undefined) return { last: new Map([[last.name, await entryAt(zip, last.offset)]]) };
  const step = new DirectoryStep(zip.entryCount, wanted);
  const stepped = await stepThrough(src, start, zip.fileSize, step);
  if (!stepped) return walkEntries(zip, wanted);
  const found = new Map<string, Entry>();
  for (const [name, at] of step.offsets) found.set(name, await entryAt(zip, at));
  return { last: found, topLevel: step.topLevel };
}

/** The directory's last record when it is `name`'s (so its last entry of that name), and the step can vouch for it. */
async function wantedLast(src: FileSource, directoryStart: number, name: string): Promise<{ name: string; offset: number } | undefined> {
  const record = await lastRecord(src, directoryStart);
  if (record === undefined || record.flags & STRONG_ENCRYPTION) return undefined;
  const bytes = Buffer.from(record.name.buffer, record.name.byteOffset, record.name.byteLength);
  if (bytes.toString('latin1') !== name || plainName(bytes, 0, bytes.length) === -1) return undefined;
  const extra = Buffer.from(record.extra.buffer, record.extra.byteOffset, record.extra.byteLength);
  return hasField(extra, 0, extra.length, UNICODE_PATH_FIELD) ? undefined : { name, offset: record.offset };
}

/** yauzl's own walk over every entry: the reference the fast step must agree with. */
export async function walkEntries(zip: ZipFile, wanted: ReadonlySet<string>): Promise<Listing> {
  const last = new Map<string, Entry>();
  const topLevel = new Set<string>();
  for await (const entry of zip.eachEntry()) {
    const name = entry.fileName;
    if (wanted.has(name)) last.set(name, entry);
    const slash = name.indexOf('/');
    topLevel.add(slash === -1 ? name : name.slice(0, slash));
  }
  return { last, topLevel };
}

/** The fields of yauzl's ZipFile that place its cursor in the central directory (set in its constructor). */
interface ZipCursor {
  readEntryCursor: number;
  entriesRead: number;
}

/** A central directory larger than this is walked by yauzl (one record at a time) rather than stepped over here. */
const MAX_DIRECTORY_BYTES = 64 << 20;
/** The window the directory is stepped through: larger than any one record (46 bytes and three 16-bit lengths). */
const WINDOW_BYTES = 256 << 10;
/** One window kept for the next archive: a fresh buffer costs a page fault per 4 KiB, more than the step itself. */
let spareWindow: Uint8Array | undefined;

/** Step the records in [start, end) of `src`; false when the step cannot vouch for them (or the bytes run out). */
async function stepThrough(src: FileSource, start: number, end: number, step: DirectoryStep): Promise<boolean> {
  if (src.open === undefined) return step.over(await src.read(start, end), start) !== undefined && step.done();
  const file = await src.open();
  const window = spareWindow ?? new Uint8Array(WINDOW_BYTES);
  spareWindow = undefined;
  try {
    let position = start;
    let held = 0;
    while (!step.done() && position + held < end) {
      const got = await file.readInto(window.subarray(held, Math.min(window.byteLength, end - position)), position + held);
      if (got === 0) return false;
      held += got;
      const used = step.over(window.subarray(0, held), position);
      if (used === undefined) return false;
      window.copyWithin(0, used, held);
      held -= used;
      position += used;
    }
    return step.done();
  } finally {
    spareWindow = window;
    await file.close();
  }
}

/** Parse the one central-directory record at `offset` with yauzl, as its walk would have. */
function entryAt(zip: ZipFile, offset: number): Promise<Entry> {
  const cursor = zip as unknown as ZipCursor;
  cursor.readEntryCursor = offset;
  cursor.entriesRead = zip.entryCount - 1;
  return new Promise((resolve, reject) => {
    const done = () => {
      zip.off('entry', onEntry);
      zip.off('error', onError);
    };
    const onEntry = (entry: Entry) => {
      done();
      resolve(entry);
    };
    const onError = (err: Error) => {
      done();
      reject(err);
    };
    zip.on('entry', onEntry);
    zip.on('error', onError);
    zip.readEntry();
  });
}

const CENTRAL_RECORD = 0x02014b50;
const UNICODE_PATH_FIELD = 0x7075;
const STRONG_ENCRYPTION = 0x40;

/** A step over the central directory's records, window by window: each wanted name's last record, every first segment. */
class DirectoryStep {
  /** Archive offsets of the last record of each wanted name. */
  readonly offsets = new Map<string, number>();
  readonly topLevel = new Set<string>();
  private remaining: number;
  private readonly wanted: ReadonlySet<string>;
  private readonly lengths: Set<number>;
  // The previous entry's first segment: most entries share it (`samples`), so it is decoded once.
  private segment = new Uint8Array(0);

  constructor(count: number, wanted: ReadonlySet<string>) {
    this.remaining = count;
    this.wanted = wanted;
    this.lengths = new Set([...wanted].map((name) => Buffer.byteLength(name)));
  }

  done(): boolean {
    return this.remaining === 0;
  }

  /**
   * Step over the whole records at the start of `bytes` (archive offset `base`): the bytes they take (a record cut
   * by the window's end waits for the next window), or undefined for a record the step cannot vouch for.
   */
  over(window: Uint8Array, base: number): number | undefined {
    const bytes = Buffer.from(window.buffer, window.byteOffset, window.byteLength);
    let p = 0;
    while (this.remaining > 0 && p + 46 <= bytes.length) {
      if (bytes.readUInt32LE(p) !== CENTRAL_RECORD) return undefined;
      const n = bytes.readUInt16LE(p + 28);
      const nameEnd = p + 46 + n;
      const extraEnd = nameEnd + bytes.readUInt16LE(p + 30);
      const next = extraEnd + bytes.readUInt16LE(p + 32);
      if (next > bytes.length) break;
      if (bytes.readUInt16LE(p + 8) & STRONG_ENCRYPTION || hasField(bytes, nameEnd, extraEnd, UNICODE_PATH_FIELD)) return undefined;
      const slash = plainName(bytes, p + 46, nameEnd);
      if (slash === -1) return undefined;
      this.noteSegment(bytes, p + 46, slash);
      if (this.lengths.has(n)) {
        const name = bytes.toString('latin1', p + 46, nameEnd);
        if (this.wanted.has(name)) this.offsets.set(name, base + p);
      }
      this.remaining--;
      p = next;
    }
    return p;
  }

  private noteSegment(bytes: Buffer, start: number, end: number): void {
    const previous = this.segment;
    if (previous.length === end - start && sameBytes(previous, bytes, start)) return;
    this.segment = new Uint8Array(bytes.subarray(start, end)); // a copy: the window is reused
    this.topLevel.add(bytes.toString('latin1', start, end));
  }
}

/** Whether `bytes` holds `segment` at `at`. */
function sameBytes(segment: Uint8Array, bytes: Uint8Array, at: number): boolean {
  for (let i = 0; i < segment.length; i++) if (segment[i] !== bytes[at + i]) return false;
  return true;
}

/** Whether the extra fields in [start, end) include one with this id. */
function hasField(bytes: Buffer, start: number, end: number, id: number): boolean {
  for (let i = start; i + 4 <= end; i += 4 + bytes.readUInt16LE(i + 2)) if (bytes.readUInt16LE(i) === id) return true;
  return false;
}

/**
 * Where the first path segment of the name in [start, end) ends (its first '/', or `end`); -1 for a name yauzl would
 * decode differently (a byte outside ASCII) or refuse (a backslash, an absolute path, a '..' segment).
 */
function plainName(bytes: Buffer, start: number, end: number): number {
  let slash = -1;
  let segmentStart = start;
  for (let i = start; i <= end; i++) {
    const c = i === end ? 0x2f : bytes[i]!;
    if (c >= 0x80 || c === 0x5c) return -1;
    if (c !== 0x2f) continue;
    if (i === start && i < end) return -1;
    if (i - segmentStart === 2 && bytes[segmentStart] === 0x2e && bytes[segmentStart + 1] === 0x2e) return -1;
    if (slash === -1) slash = i;
    segmentStart = i + 1;
  }
  const drive = end - start >= 2 && bytes[start + 1] === 0x3a && /[a-zA-Z]/.test(String.fromCharCode(bytes[start]!));
  return drive ? -1 : slash;
}

class EntryError extends Error {}

/** What deflate and zstd may add to incompressible data, bounded well above their worst case: more is not an entry's. */
const maxRawBytes = (maxBytes: number) => maxBytes + (maxBytes >>> 8) + 1024;

/**
 * The entry's uncompressed bytes, refused above `maxBytes` and checked against the archive's CRC-32. yauzl checks the
 * local header and where the data lies; the data itself is read in one range and decompressed in one call, not
 * through a chain of streams.
 */
export async function readEntry(zip: ZipFile, entry: Entry, maxBytes: number): Promise<Uint8Array> {
  const name = entry.fileName;
  if (entry.isEncrypted()) throw new EntryError(`${name} is encrypted`);
  if (entry.uncompressedSize > maxBytes) throw new EntryError(`${name} is ${entry.uncompressedSize} bytes, more than the ${maxBytes} read`);
  const method = entry.compressionMethod;
  if (method !== STORED && method !== DEFLATE && method !== ZSTD)
    throw new EntryError(`${name} uses compression method ${method}, which is not supported`);
  if (entry.compressedSize > maxRawBytes(maxBytes)) throw new EntryError(`${name} holds more than the ${maxBytes} bytes read`);
  const raw = await rawData(zip, entry);
  let bytes: Uint8Array;
  try {
    bytes = method === STORED ? raw : method === DEFLATE ? inflated(raw, entry.uncompressedSize) : zstdDecompressFrames(raw, maxBytes);
  } catch (err) {
    const kind = method === ZSTD ? 'zstd' : 'deflate';
    throw new EntryError(`${name}: ${kind} data is corrupt (${(err as Error).message})`);
  }
  if (bytes.byteLength !== entry.uncompressedSize) {
    throw new EntryError(`${name} holds ${bytes.byteLength} bytes where the archive says ${entry.uncompressedSize}`);
  }
  if (crc32(bytes) !== entry.crc32) throw new EntryError(`${name} does not match its CRC-32: the archive is corrupt`);
  return bytes;
}

/** The entry's stored bytes, where yauzl's check of its local header places them. */
async function rawData(zip: ZipFile, entry: Entry): Promise<Uint8Array> {
  const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
  const end = fileDataStart + entry.compressedSize;
  const src = sources.get(zip);
  if (src === undefined) throw new EntryError('the archive was not opened through openArchive');
  const raw = await src.read(fileDataStart, end);
  if (raw.byteLength !== entry.compressedSize) throw new EntryError(`${entry.fileName}: the archive ends inside its data`);
  return raw;
}

/** Deflated data, inflated to at most one byte more than the archive says: a longer entry is refused, not held. */
function inflated(raw: Uint8Array, size: number): Uint8Array {
  return inflateRawSync(raw, { maxOutputLength: size + 1 });
}
