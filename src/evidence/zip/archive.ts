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

export async function listEntries(zip: ZipFile, wanted: ReadonlySet<string>): Promise<Listing> {
  const listing: Listing = { last: new Map(), topLevel: new Set() };
  for await (const entry of zip.eachEntry()) {
    const name = entry.fileName;
    if (wanted.has(name)) listing.last.set(name, entry);
    const slash = name.indexOf('/');
    listing.topLevel.add(slash === -1 ? name : name.slice(0, slash));
  }
  return listing;
}

export class EntryError extends Error {}

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
