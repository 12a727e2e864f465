// A small zip writer for tests: stored, deflate and zstd (method 93) entries, repeated names allowed, so that the
// archives Inspect writes (and the broken ones it can leave) are built in the test that reads them.
import { crc32, deflateRawSync, zstdCompressSync } from 'node:zlib';

export const STORED = 0;
export const DEFLATE = 8;
export const ZSTD = 93;

export interface ZipInput {
  name: string;
  data: Uint8Array | string;
  method?: number;
  /** Overrides the CRC-32 written to the archive (to build a corrupt one). */
  crc?: number;
  /** The entry's comment in the central directory. */
  comment?: Uint8Array;
}

interface WrittenEntry {
  name: string;
  /** Where the entry's local header starts and its data ends. */
  start: number;
  end: number;
}

export interface WrittenZip {
  bytes: Uint8Array;
  entries: WrittenEntry[];
  centralDirectoryOffset: number;
}

function compress(data: Uint8Array, method: number): Uint8Array {
  if (method === DEFLATE) return deflateRawSync(data);
  if (method === ZSTD) return zstdCompressSync(data);
  return data;
}

export function writeZip(inputs: ZipInput[]): WrittenZip {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  const entries: WrittenEntry[] = [];
  let offset = 0;
  for (const input of inputs) {
    const data = typeof input.data === 'string' ? new TextEncoder().encode(input.data) : input.data;
    const method = input.method ?? DEFLATE;
    const packed = compress(data, method);
    const crc = input.crc ?? crc32(data);
    const name = Buffer.from(input.name, 'utf8');
    const version = method === ZSTD ? 63 : 20;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(version, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0x6a20, 10); // 13:17:00
    local.writeUInt16LE(0x5b74, 12); // 2025-11-20
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.byteLength, 18);
    local.writeUInt32LE(data.byteLength, 22);
    local.writeUInt16LE(name.byteLength, 26);
    local.writeUInt16LE(0, 28);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(0x031e, 4);
    header.writeUInt16LE(version, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt16LE(0x6a20, 12);
    header.writeUInt16LE(0x5b74, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(packed.byteLength, 20);
    header.writeUInt32LE(data.byteLength, 24);
    header.writeUInt16LE(name.byteLength, 28);
    header.writeUInt16LE(input.comment?.byteLength ?? 0, 32);
    header.writeUInt32LE(0o100644 * 0x10000, 38);
    header.writeUInt32LE(offset, 42);
    parts.push(local, name, Buffer.from(packed));
    central.push(header, name, Buffer.from(input.comment ?? []));
    const size = local.byteLength + name.byteLength + packed.byteLength;
    entries.push({ name: input.name, start: offset, end: offset + size });
    offset += size;
  }
  const centralBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Math.min(inputs.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(inputs.length, 0xffff), 10);
  end.writeUInt32LE(centralBytes.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  const zip64 = inputs.length < 0xffff ? [] : zip64End(inputs.length, centralBytes.byteLength, offset);
  return { bytes: new Uint8Array(Buffer.concat([...parts, centralBytes, ...zip64, end])), entries, centralDirectoryOffset: offset };
}

/** More than 65,534 entries (as a long Inspect run writes): the zip64 end record and its locator carry the count. */
function zip64End(count: number, centralSize: number, centralOffset: number): Buffer[] {
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(count), 24);
  record.writeBigUInt64LE(BigInt(count), 32);
  record.writeBigUInt64LE(BigInt(centralSize), 40);
  record.writeBigUInt64LE(BigInt(centralOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(centralOffset + centralSize), 8);
  locator.writeUInt32LE(1, 16);
  return [record, locator];
}
