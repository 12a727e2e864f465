// Read a JSON document's top-level members in one pass over its bytes, chunk by chunk, building only the members a
// reader keeps. Everything else (an Inspect log's `samples`, gigabytes of them) is stepped over by a SIMD loop in
// WebAssembly (skip-wasm.ts) that knows strings, escapes and brackets and allocates nothing, so memory stays bounded by
// the kept members. The chunks are read straight into that loop's memory when the stream allows it.
// The skipped parts are checked for balanced strings and brackets only; kept members are parsed in full.
import { KeyLines } from './key-lines.ts';
import { JsonSyntaxError, parseJsonValue } from './parse.ts';
import {
  acquireSkipper,
  CHUNK_BYTES,
  MAX_DEPTH,
  MISMATCHED,
  NEED_MORE,
  releaseSkipper,
  STRAY_BACKSLASH,
  TOO_DEEP,
  type ValueSkipper,
} from './skip-wasm.ts';

export interface TopLevelScan {
  /** False when the document's root is not an object (then nothing else is filled in). */
  isObject: boolean;
  /** Every top-level key, in file order. */
  keys: string[];
  /** The values of the kept top-level members. */
  values: Map<string, unknown>;
  /** Lines of the top-level keys, and of every key inside the kept members unless `memberLines` was false. */
  lines: KeyLines;
  /** Bytes handed to the value builder: the kept members only. */
  keptBytes: number;
}

/**
 * A stream that can also read into a buffer the caller gives it, reused for every chunk. The scanner never keeps a
 * chunk past the call that handed it over, so it asks for that, with the scanning loop's own memory as the buffer: a
 * fresh buffer per read costs the kernel a page fault per 4 KiB, and a copy costs a pass over the bytes.
 */
export const REUSED_CHUNKS = Symbol('chunks read into one reused buffer');

export interface ReusableChunks extends AsyncIterable<Uint8Array> {
  /** Chunks read into `into` (up to its length each), or into a buffer of the stream's own. */
  [REUSED_CHUNKS](into: Uint8Array): AsyncIterable<Uint8Array>;
}

function chunksOf(input: AsyncIterable<Uint8Array>, into: Uint8Array): AsyncIterable<Uint8Array> {
  return REUSED_CHUNKS in input ? (input as ReusableChunks)[REUSED_CHUNKS](into) : input;
}

export interface ScanOptions {
  /** Record the lines of the keys inside the kept members (the top-level keys' lines are always recorded). */
  memberLines?: boolean;
}

export async function scanTopLevel(
  input: Uint8Array | AsyncIterable<Uint8Array>,
  keep: ReadonlySet<string>,
  { memberLines = true }: ScanOptions = {},
): Promise<TopLevelScan> {
  const skipper = acquireSkipper();
  try {
    const scanner = new TopLevelScanner(keep, skipper, memberLines);
    if (input instanceof Uint8Array) {
      scanner.push(input);
    } else {
      // Leaving the loop early (a root that is not an object) closes the stream.
      for await (const chunk of chunksOf(input, skipper.chunk)) if (!scanner.push(chunk)) break;
    }
    return scanner.end();
  } finally {
    releaseSkipper(skipper);
  }
}

// Where the scanner stands at the top level.
const ROOT = 0;
const KEY_OR_END = 1;
const KEY = 2;
const COLON = 3;
const VALUE_START = 4;
const VALUE = 5;
const COMMA_OR_END = 6;
const AFTER_ROOT = 7;
const NOT_OBJECT = 8;

// What the value being read is.
const CONTAINER = 0;
const STRING = 1;
const BARE = 2;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;

/** What a byte means inside a string; 0: part of its body. */
const IN_STRING = new Uint8Array(256);
IN_STRING[QUOTE] = 1;
IN_STRING[BACKSLASH] = 2;

function isWhitespace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  let size = 0;
  for (const p of parts) size += p.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const utf8 = new TextDecoder('utf-8');

class TopLevelScanner {
  private state = ROOT;
  private line = 1;
  private started = false;
  private afterComma = false;
  private readonly result: TopLevelScan = { isObject: false, keys: [], values: new Map(), lines: new KeyLines(), keptBytes: 0 };

  // The key being read.
  private keyParts: Uint8Array[] = [];
  private keyLine = 0;
  private key = '';

  // The value being stepped over or kept.
  private keeping = false;
  private keepParts: Uint8Array[] = [];
  private keepStart = 0;
  private valueLine = 0;
  private valueKind = CONTAINER;
  /** A backslash ended the previous chunk inside a string: the next byte is escaped. */
  private escapePending = false;

  private readonly keep: ReadonlySet<string>;
  /** Steps over containers; every chunk is scanned in its memory. */
  private readonly skipper: ValueSkipper;
  private readonly memberLines: boolean;

  constructor(keep: ReadonlySet<string>, skipper: ValueSkipper, memberLines: boolean) {
    this.keep = keep;
    this.skipper = skipper;
    this.memberLines = memberLines;
  }

  private fail(message: string): never {
    const error = new JsonSyntaxError(message, this.line);
    error.keysSeen = [...this.result.keys];
    throw error;
  }

  /** Feed the next chunk; false once the rest of the document does not matter (its root is not an object). */
  push(chunk: Uint8Array): boolean {
    const own = this.skipper.chunk;
    if (chunk.buffer === own.buffer && chunk.byteOffset === own.byteOffset && chunk.length <= own.length) return this.scan(chunk);
    // Bytes from elsewhere are copied into the skipper's memory first, a chunk's worth at a time.
    for (let at = 0; at < chunk.length; at += CHUNK_BYTES) {
      const piece = chunk.subarray(at, Math.min(at + CHUNK_BYTES, chunk.length));
      own.set(piece);
      if (!this.scan(own.subarray(0, piece.length))) return false;
    }
    return true;
  }

  /** Scan a chunk that sits at the start of the skipper's memory. */
  private scan(chunk: Uint8Array): boolean {
    let i = this.skipByteOrderMark(chunk);
    while (i < chunk.length) {
      if (this.state === NOT_OBJECT) return false;
      i = this.step(chunk, i);
    }
    if (this.state === NOT_OBJECT) return false;
    if (this.state === VALUE && this.keeping) {
      this.keepParts.push(chunk.slice(this.keepStart));
      this.keepStart = 0;
    }
    return true;
  }

  end(): TopLevelScan {
    if (this.state === NOT_OBJECT) return this.result;
    if (this.state === ROOT) this.fail('the document is empty');
    if (this.state !== AFTER_ROOT) this.fail('unexpected end of the file: the document is cut short');
    return this.result;
  }

  private skipByteOrderMark(chunk: Uint8Array): number {
    if (this.started || chunk.length === 0) return 0;
    this.started = true;
    return chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0;
  }

  /** One step of the top-level state machine from `i`; returns where the next step starts. */
  private step(chunk: Uint8Array, i: number): number {
    switch (this.state) {
      case VALUE:
        return this.stepValue(chunk, i);
      case KEY:
        return this.readKey(chunk, i);
      default: {
        const at = this.skipWhitespace(chunk, i);
        return at === chunk.length ? at : this.structural(chunk, at);
      }
    }
  }

  /** Past the whitespace from `i`, counting lines. */
  private skipWhitespace(chunk: Uint8Array, start: number): number {
    let i = start;
    while (i < chunk.length && isWhitespace(chunk[i]!)) {
      if (chunk[i] === NEWLINE) this.line++;
      i++;
    }
    return i;
  }

  /** The non-whitespace byte at `i` in a state between tokens: what it opens or closes. */
  private structural(chunk: Uint8Array, i: number): number {
    const c = chunk[i]!;
    switch (this.state) {
      case ROOT:
        return this.openRoot(c, i);
      case KEY_OR_END:
        return this.openKey(c, i);
      case COLON:
        if (c !== 0x3a) this.fail("expected ':' after the key");
        this.state = VALUE_START;
        return i + 1;
      case VALUE_START:
        return this.openValue(c, i);
      case COMMA_OR_END:
        if (c === 0x2c) {
          this.state = KEY_OR_END;
          this.afterComma = true;
        } else if (c === 0x7d) {
          this.state = AFTER_ROOT;
        } else {
          this.fail("expected ',' or '}' after the value");
        }
        return i + 1;
      default:
        return this.fail('unexpected data after the end of the document');
    }
  }

  private openRoot(c: number, i: number): number {
    if (c !== 0x7b) {
      this.state = NOT_OBJECT;
      return i;
    }
    this.result.isObject = true;
    this.state = KEY_OR_END;
    return i + 1;
  }

  private openKey(c: number, i: number): number {
    if (c === QUOTE) {
      this.state = KEY;
      this.keyParts = [];
      this.keyLine = this.line;
      this.afterComma = false;
    } else if (c === 0x7d && !this.afterComma) {
      this.state = AFTER_ROOT;
    } else {
      this.fail(this.afterComma ? 'expected a key after the comma' : 'expected a key in double quotes');
    }
    return i + 1;
  }

  private readKey(chunk: Uint8Array, i: number): number {
    const end = this.endOfString(chunk, i);
    if (end === -1) {
      this.keyParts.push(chunk.slice(i));
      return chunk.length;
    }
    this.keyParts.push(chunk.subarray(i, end - 1));
    this.key = this.decodeKey();
    this.result.keys.push(this.key);
    this.result.lines.setTop(this.key, this.keyLine);
    this.state = COLON;
    return end;
  }

  /** The first byte of a member's value: a container, a string or a bare number or literal. */
  private openValue(c: number, i: number): number {
    this.keeping = this.keep.has(this.key);
    this.keepParts = [];
    this.keepStart = i;
    this.valueLine = this.line;
    this.state = VALUE;
    if (c === 0x7b || c === 0x5b) {
      this.valueKind = CONTAINER;
      this.skipper.open(c);
      return i + 1;
    }
    if (c === QUOTE) {
      this.valueKind = STRING;
      return i + 1;
    }
    this.valueKind = BARE;
    return i;
  }

  /** Step through the current value from `i`; returns where the next state starts (or the chunk's end). */
  private stepValue(chunk: Uint8Array, start: number): number {
    if (this.valueKind === CONTAINER) return this.stepContainer(chunk, start);
    if (this.valueKind === BARE) return this.stepBare(chunk, start);
    const end = this.endOfString(chunk, start);
    return end === -1 ? chunk.length : this.completeValue(chunk, end);
  }

  /** A number or literal ends at the first delimiter, which belongs to the next state. */
  private stepBare(chunk: Uint8Array, start: number): number {
    const n = chunk.length;
    let i = start;
    while (i < n) {
      const c = chunk[i]!;
      if (isWhitespace(c) || c === 0x2c || c === 0x7d || c === 0x5d) break;
      i++;
    }
    return i === n ? n : this.completeValue(chunk, i);
  }

  /** Hand the container's bytes to the skipper: returns past the bracket that closes the value, or the chunk's end. */
  private stepContainer(chunk: Uint8Array, start: number): number {
    const end = this.skipper.skip(start, chunk.length);
    this.line += this.skipper.takeLines();
    if (end === NEED_MORE) return chunk.length;
    if (end < 0) this.failInContainer(chunk, end);
    return this.completeValue(chunk, end);
  }

  private failInContainer(chunk: Uint8Array, code: number): never {
    if (code === MISMATCHED) {
      const { at, open } = this.skipper.mismatch();
      this.fail(`'${String.fromCharCode(chunk[at]!)}' does not close the open '${String.fromCharCode(open)}'`);
    }
    if (code === STRAY_BACKSLASH) this.fail('a backslash outside a string');
    return this.fail(code === TOO_DEEP ? `brackets nested more than ${MAX_DEPTH} deep` : `unknown scanner result ${code}`);
  }

  /** Past the closing quote of a string whose body starts at `start`; -1 when the string runs past the chunk. */
  private skipStringBody(chunk: Uint8Array, start: number): number {
    const n = chunk.length;
    let i = start;
    let kind = 0;
    for (;;) {
      // biome-ignore lint/suspicious/noAssignInExpressions: the loop reads each byte's class once
      while (i < n && (kind = IN_STRING[chunk[i]!]!) === 0) i++;
      if (i >= n) break;
      if (kind === 1) return i + 1;
      // A backslash: the byte after it is escaped, whatever it is.
      i += 2;
    }
    if (i > n) this.escapePending = true;
    return -1;
  }

  /** The value ended just before `end`: build it when kept, then expect a comma or the end of the root. */
  private completeValue(chunk: Uint8Array, end: number): number {
    if (this.keeping) {
      const bytes = concat([...this.keepParts, chunk.subarray(this.keepStart, end)]);
      this.keepParts = [];
      this.result.keptBytes += bytes.length;
      const value = parseJsonValue(bytes, { line: this.valueLine, lines: this.memberLines ? this.result.lines : undefined });
      this.result.values.set(this.key, value);
      this.result.lines.setTop(this.key, this.keyLine, value);
    }
    this.state = COMMA_OR_END;
    return end;
  }

  /** The index just past the closing quote of the string that `i` is inside, or -1 when it runs past the chunk. */
  private endOfString(chunk: Uint8Array, start: number): number {
    if (!this.escapePending) return this.skipStringBody(chunk, start);
    // The byte escaped by a backslash at the end of the previous chunk.
    if (start >= chunk.length) return -1;
    this.escapePending = false;
    return this.skipStringBody(chunk, start + 1);
  }

  private decodeKey(): string {
    const bytes = concat(this.keyParts);
    this.keyParts = [];
    const text = utf8.decode(bytes);
    if (bytes.indexOf(BACKSLASH) === -1) return text;
    try {
      return JSON.parse(`"${text}"`) as string;
    } catch {
      return this.fail('invalid escape in a key');
    }
  }
}
