// Zstandard data of several frames (RFC 8878), as Inspect writes large entries. node:zlib decodes only the first
// frame of its input, so the frames are found by walking their block headers and decoded one by one.
import { zstdDecompressSync } from 'node:zlib';

const FRAME_MAGIC = 0xfd2fb528;
// Skippable frames carry metadata a decoder ignores: magic 0x184D2A50 to 0x184D2A5F, then their size.
const SKIPPABLE_MASK = 0xfffffff0;
const SKIPPABLE_MAGIC = 0x184d2a50;

export function zstdDecompressFrames(data: Uint8Array, maxOutputLength: number): Uint8Array {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const parts: Uint8Array[] = [];
  let size = 0;
  let at = 0;
  while (at < data.byteLength) {
    if (at + 4 > data.byteLength) throw new Error('zstd data ends inside a frame header');
    const magic = view.getUint32(at, true);
    if ((magic & SKIPPABLE_MASK) >>> 0 === SKIPPABLE_MAGIC) {
      if (at + 8 > data.byteLength) throw new Error('zstd data ends inside a skippable frame');
      at += 8 + view.getUint32(at + 4, true);
      continue;
    }
    if (magic !== FRAME_MAGIC) throw new Error(`no zstd frame at byte ${at}`);
    const end = frameEnd(data, view, at);
    const part = zstdDecompressSync(data.subarray(at, end), { maxOutputLength: Math.max(1, maxOutputLength - size) });
    size += part.byteLength;
    parts.push(part);
    at = end;
  }
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
}

function frameEnd(data: Uint8Array, view: DataView, start: number): number {
  const descriptor = data[start + 4];
  if (descriptor === undefined) throw new Error('zstd data ends inside a frame header');
  const contentSizeFlag = descriptor >> 6;
  const singleSegment = (descriptor >> 5) & 1;
  const hasChecksum = (descriptor >> 2) & 1;
  const dictionaryIdFlag = descriptor & 3;
  const windowBytes = singleSegment ? 0 : 1;
  const dictionaryBytes = [0, 1, 2, 4][dictionaryIdFlag]!;
  const contentSizeBytes = contentSizeFlag === 0 ? singleSegment : [0, 2, 4, 8][contentSizeFlag]!;
  let at = start + 5 + windowBytes + dictionaryBytes + contentSizeBytes;
  for (;;) {
    if (at + 3 > data.byteLength) throw new Error('zstd data ends inside a block header');
    const header = view.getUint16(at, true) | (data[at + 2]! << 16);
    const last = header & 1;
    const type = (header >> 1) & 3;
    const blockSize = header >>> 3;
    // Raw and compressed blocks hold blockSize bytes; an RLE block holds the one byte it repeats.
    at += 3 + (type === 1 ? 1 : blockSize);
    if (type === 3) throw new Error('zstd block of a reserved type');
    if (last) break;
  }
  at += hasChecksum ? 4 : 0;
  if (at > data.byteLength) throw new Error('zstd data ends inside a frame');
  return at;
}
