// The last record of a zip's central directory, found from its end: Inspect writes `header.json` last, so a reader
// that wants only that entry need not step over 100,000 sample records to reach it. It is trusted only when the bytes
// admit one reading: one record, wholly inside the window searched, ends exactly where the directory ends.
import type { FileSource } from '../types.ts';

/** "PK\x05\x06" and "PK\x01\x02": the end record's and a central-directory record's signatures, as they are stored. */
const END_SIGNATURE = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const RECORD_SIGNATURE = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
const ZIP64_END_OF_DIRECTORY = 0x06064b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_LOCATOR_BYTES = 20;
const END_RECORD_BYTES = 22;
/** The longest a central-directory record can be: 46 bytes, then a name, an extra field and a comment of 64 KiB each. */
const MAX_RECORD_BYTES = 46 + 3 * 0xffff;
/** The end record, after which only its comment (at most 64 KiB) may follow. */
const MAX_TAIL_BYTES = END_RECORD_BYTES + 0xffff;

export interface LastRecord {
  /** Archive offset of the record. */
  offset: number;
  name: Uint8Array;
  flags: number;
  extra: Uint8Array;
}

/**
 * The directory's last record, or undefined when the end cannot vouch for one: no end record, a directory that is not
 * where `directoryStart` (what the zip reader found) says, zip64 sizes, or more than one record that could be last.
 */
export async function lastRecord(src: FileSource, directoryStart: number): Promise<LastRecord | undefined> {
  const windowStart = Math.max(directoryStart, src.size - MAX_TAIL_BYTES - MAX_RECORD_BYTES);
  const bytes = Buffer.from(await src.read(windowStart, src.size));
  if (bytes.byteLength !== src.size - windowStart) return undefined;
  const directoryEnd = endOfDirectory(bytes, windowStart, directoryStart);
  if (directoryEnd === undefined) return undefined;
  const end = directoryEnd - windowStart;
  let found: number | undefined;
  for (
    let p = bytes.indexOf(RECORD_SIGNATURE, Math.max(0, end - MAX_RECORD_BYTES));
    p !== -1 && p + 46 <= end;
    p = bytes.indexOf(RECORD_SIGNATURE, p + 1)
  ) {
    const next = p + 46 + bytes.readUInt16LE(p + 28) + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
    if (next !== end) continue;
    // Two records that could each be the last: only a walk from the first record tells which is.
    if (found !== undefined) return undefined;
    found = p;
  }
  if (found === undefined) return undefined;
  const nameEnd = found + 46 + bytes.readUInt16LE(found + 28);
  return {
    offset: windowStart + found,
    name: bytes.subarray(found + 46, nameEnd),
    flags: bytes.readUInt16LE(found + 8),
    extra: bytes.subarray(nameEnd, nameEnd + bytes.readUInt16LE(found + 30)),
  };
}

/**
 * Where the directory ends (archive offset), from the one end record whose comment reaches the end of the file; with
 * zip64 (more than 65,535 entries, as a large Inspect log has), from the zip64 end record its locator points at.
 */
function endOfDirectory(bytes: Buffer, windowStart: number, directoryStart: number): number | undefined {
  const lowest = Math.max(0, bytes.length - MAX_TAIL_BYTES);
  for (
    let p = bytes.lastIndexOf(END_SIGNATURE, bytes.length - END_RECORD_BYTES);
    p >= lowest;
    p = bytes.lastIndexOf(END_SIGNATURE, p - 1)
  ) {
    if (p + END_RECORD_BYTES + bytes.readUInt16LE(p + 20) !== bytes.length) continue;
    let size = bytes.readUInt32LE(p + 12);
    let offset = bytes.readUInt32LE(p + 16);
    let end = windowStart + p;
    const locator = p - ZIP64_LOCATOR_BYTES;
    if (locator >= 0 && bytes.readUInt32LE(locator) === ZIP64_LOCATOR) {
      const record = Number(bytes.readBigUInt64LE(locator + 8)) - windowStart;
      if (record < 0 || record + 56 > locator || bytes.readUInt32LE(record) !== ZIP64_END_OF_DIRECTORY) return undefined;
      size = Number(bytes.readBigUInt64LE(record + 40));
      offset = Number(bytes.readBigUInt64LE(record + 48));
      end = windowStart + record;
    } else if (size === 0xffffffff || offset === 0xffffffff) return undefined;
    // The directory must be where the zip reader found it, and end where the end record (zip64's, if any) begins.
    return offset === directoryStart && offset + size === end ? end : undefined;
  }
  return undefined;
}
