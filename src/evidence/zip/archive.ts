// A zip archive read through yauzl: list the entry names, pick entries by name (the last of a repeated name wins,
// as in Python's zipfile), and read one entry, stored, deflated or zstd-compressed (method 93).
import { crc32 } from 'node:zlib';
import { fromRandomAccessReaderPromise, type Entry, type ZipFile } from 'yauzl';
import type { FileSource } from '../types.ts';
import { FileSourceReader } from './range-reader.ts';
import { zstdDecompressFrames } from './zstd.ts';

const STORED = 0;
const DEFLATE = 8;
const ZSTD = 93;

export async function openArchive(src: FileSource): Promise<ZipFile> {
  // Entries are read on demand, so the archive must stay open after the listing ends.
  return fromRandomAccessReaderPromise(new FileSourceReader(src), src.size, { autoClose: false, lazyEntries: true });
}

export interface Listing {
  /** For each wanted name, its last entry in the central directory. */
  last: Map<string, Entry>;
  /** The first path segment of every entry (`samples`, `_journal`, `header.json`, ...). */
  topLevel: Set<string>;
}

/**
 * For each wanted name its last entry, found with one read of the central directory and a byte-level step over its
 * records: only the wanted entries are parsed (by yauzl), so 100,000 sample entries cost a few milliseconds, not one
 * round of yauzl's reads each. Any record this step cannot vouch for (encryption flags, a Unicode path field, a
 * non-ASCII or unsafe name, a cut-short directory) sends the archive through yauzl's full walk instead.
 */
export async function listEntries(zip: ZipFile, wanted: ReadonlySet<string>): Promise<Listing> {
  const directory = await readDirectory(zip);
  const stepped = directory && stepDirectory(directory.bytes, zip.entryCount, wanted);
  if (!directory || !stepped) return walkEntries(zip, wanted);
  const last = new Map<string, Entry>();
  for (const [name, at] of stepped.offsets) last.set(name, await entryAt(zip, directory.start + at));
  return { last, topLevel: stepped.topLevel };
}

/** yauzl's own walk over every entry: the reference the fast step must agree with. */
export async function walkEntries(zip: ZipFile, wanted: ReadonlySet<string>): Promise<Listing> {
  const listing: Listing = { last: new Map(), topLevel: new Set() };
  for await (const entry of zip.eachEntry()) {
    const name = entry.fileName;
    if (wanted.has(name)) listing.last.set(name, entry);
    const slash = name.indexOf('/');
    listing.topLevel.add(slash === -1 ? name : name.slice(0, slash));
  }
  return listing;
}

/** The fields of yauzl's ZipFile that place its cursor in the central directory (set in its constructor). */
interface ZipCursor {
  readEntryCursor: number;
  entriesRead: number;
  reader: { read(buffer: Buffer, offset: number, length: number, position: number, callback: (err: Error | null) => void): void };
}

/** A central directory larger than this is walked by yauzl rather than read in one piece. */
const MAX_DIRECTORY_BYTES = 64 << 20;

/** The central directory (and the end records after it) in one read. */
async function readDirectory(zip: ZipFile): Promise<{ start: number; bytes: Buffer } | undefined> {
  const cursor = zip as unknown as ZipCursor;
  const start = cursor.readEntryCursor;
  const length = zip.fileSize - start;
  if (cursor.entriesRead !== 0 || length <= 0 || length > MAX_DIRECTORY_BYTES) return undefined;
  const bytes = Buffer.allocUnsafe(length);
  await new Promise<void>((resolve, reject) => cursor.reader.read(bytes, 0, length, start, (err) => (err ? reject(err) : resolve())));
  return { start, bytes };
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

/** Step over `count` records: the offset of each wanted name's last record, and every entry's first path segment. */
function stepDirectory(
  bytes: Buffer,
  count: number,
  wanted: ReadonlySet<string>,
): { offsets: Map<string, number>; topLevel: Set<string> } | undefined {
  const lengths = new Set([...wanted].map((name) => Buffer.byteLength(name)));
  const offsets = new Map<string, number>();
  const topLevel = new Set<string>();
  // The previous entry's first segment, as a range of `bytes`: most entries share it (`samples`), so it is decoded once.
  let segmentStart = 0;
  let segmentLength = -1;
  let p = 0;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== CENTRAL_RECORD) return undefined;
    const n = bytes.readUInt16LE(p + 28);
    const nameEnd = p + 46 + n;
    const next = nameEnd + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
    if (next > bytes.length || bytes.readUInt16LE(p + 8) & STRONG_ENCRYPTION) return undefined;
    if (hasField(bytes, nameEnd, nameEnd + bytes.readUInt16LE(p + 30), UNICODE_PATH_FIELD)) return undefined;
    const slash = plainName(bytes, p + 46, nameEnd);
    if (slash === -1) return undefined;
    if (!sameBytes(bytes, segmentStart, segmentLength, p + 46, slash - (p + 46))) {
      segmentStart = p + 46;
      segmentLength = slash - segmentStart;
      topLevel.add(bytes.toString('latin1', segmentStart, slash));
    }
    if (lengths.has(n)) {
      const name = bytes.toString('latin1', p + 46, nameEnd);
      if (wanted.has(name)) offsets.set(name, p);
    }
    p = next;
  }
  return { offsets, topLevel };
}

function sameBytes(bytes: Buffer, a: number, aLength: number, b: number, bLength: number): boolean {
  if (aLength !== bLength) return false;
  for (let i = 0; i < aLength; i++) if (bytes[a + i] !== bytes[b + i]) return false;
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

/** The entry's uncompressed bytes, refused above `maxBytes` and checked against the archive's CRC-32. */
export async function readEntry(zip: ZipFile, entry: Entry, maxBytes: number): Promise<Uint8Array> {
  const name = entry.fileName;
  if (entry.isEncrypted()) throw new EntryError(`${name} is encrypted`);
  if (entry.uncompressedSize > maxBytes) throw new EntryError(`${name} is ${entry.uncompressedSize} bytes, more than the ${maxBytes} read`);
  let bytes: Uint8Array;
  if (entry.compressionMethod === STORED || entry.compressionMethod === DEFLATE) {
    bytes = await collect(await zip.openReadStreamPromise(entry), maxBytes);
  } else if (entry.compressionMethod === ZSTD) {
    // yauzl knows deflate only: take the raw bytes and decompress them here.
    const raw = await collect(await zip.openReadStreamPromise(entry, { decodeFileData: false }), maxBytes);
    try {
      bytes = zstdDecompressFrames(raw, maxBytes);
    } catch (err) {
      throw new EntryError(`${name}: zstd data is corrupt (${(err as Error).message})`);
    }
  } else {
    throw new EntryError(`${name} uses compression method ${entry.compressionMethod}, which is not supported`);
  }
  if (bytes.byteLength !== entry.uncompressedSize) {
    throw new EntryError(`${name} holds ${bytes.byteLength} bytes where the archive says ${entry.uncompressedSize}`);
  }
  if (crc32(bytes) !== entry.crc32) throw new EntryError(`${name} does not match its CRC-32: the archive is corrupt`);
  return bytes;
}

async function collect(stream: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const part of stream) {
    size += part.byteLength;
    if (size > maxBytes) throw new EntryError(`an entry holds more than the ${maxBytes} bytes read`);
    parts.push(part);
  }
  return Buffer.concat(parts, size);
}
