// Read a JSON document's top-level members in one pass over its bytes, chunk by chunk, building only the members a
// reader keeps. Everything else (an Inspect log's `samples`, gigabytes of them) is stepped over by a tight byte loop
// that knows strings, escapes and brackets and allocates nothing, so memory stays bounded by the kept members. The loop
// looks each byte up in a 256-entry table and calls nothing: a native search per string costs more than it saves when
// most strings are a few bytes long, as they are in a log.
// The skipped parts are checked for balanced strings and brackets only; kept members are parsed in full.
import { KeyLines } from './key-lines.ts';
import { JsonSyntaxError, parseJsonValue } from './parse.ts';

export interface TopLevelScan {
  /** False when the document's root is not an object (then nothing else is filled in). */
  isObject: boolean;
  /** Every top-level key, in file order. */
  keys: string[];
  /** The values of the kept top-level members. */
  values: Map<string, unknown>;
  /** Lines of the top-level keys and of every key inside the kept members. */
  lines: KeyLines;
  /** Bytes handed to the value builder: the kept members only. */
  keptBytes: number;
}

/**
 * A stream that can also read into one buffer it reuses for every chunk. The scanner never keeps a chunk past the call
 * that handed it over, so it asks for that: a fresh buffer per read costs the kernel a page fault per 4 KiB, more than
 * the scan itself.
 */
export const REUSED_CHUNKS = Symbol('chunks read into one reused buffer');

export interface ReusableChunks extends AsyncIterable<Uint8Array> {
  [REUSED_CHUNKS](): AsyncIterable<Uint8Array>;
}

function chunksOf(input: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
  return REUSED_CHUNKS in input ? (input as ReusableChunks)[REUSED_CHUNKS]() : input;
}

export async function scanTopLevel(input: Uint8Array | AsyncIterable<Uint8Array>, keep: ReadonlySet<string>): Promise<TopLevelScan> {
  const scanner = new TopLevelScanner(keep);
  if (input instanceof Uint8Array) {
    scanner.push(input);
  } else {
    // Leaving the loop early (a root that is not an object) closes the stream.
    for await (const chunk of chunksOf(input)) if (!scanner.push(chunk)) break;
  }
  return scanner.end();
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

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;

/** What a byte means outside strings while a value is stepped over; 0: nothing. */
const IN_VALUE = new Uint8Array(256);
const V_QUOTE = 1;
const V_NEWLINE = 2;
const V_OPEN = 3;
const V_CLOSE = 4;
IN_VALUE[QUOTE] = V_QUOTE;
IN_VALUE[NEWLINE] = V_NEWLINE;
IN_VALUE[0x7b] = V_OPEN;
IN_VALUE[0x5b] = V_OPEN;
IN_VALUE[0x7d] = V_CLOSE;
IN_VALUE[0x5d] = V_CLOSE;

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
  private depth = 0;
  private brackets = new Uint8Array(64);
  private inString = false;
  private bare = false;
  /** A backslash ended the previous chunk inside a string: the next byte is escaped. */
  private escapePending = false;

  private readonly keep: ReadonlySet<string>;

  constructor(keep: ReadonlySet<string>) {
    this.keep = keep;
  }

  private fail(message: string): never {
    const error = new JsonSyntaxError(message, this.line);
    error.keysSeen = [...this.result.keys];
    throw error;
  }

  /** Feed the next chunk; false once the rest of the document does not matter (its root is not an object). */
  push(chunk: Uint8Array): boolean {
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
    this.depth = 0;
    this.inString = false;
    this.bare = false;
    this.state = VALUE;
    if (c === 0x7b || c === 0x5b) {
      this.brackets[0] = c;
      this.depth = 1;
      return i + 1;
    }
    if (c === QUOTE) {
      this.inString = true;
      return i + 1;
    }
    this.bare = true;
    return i;
  }

  /** Step through the current value from `i`; returns where the next state starts (or the chunk's end). */
  private stepValue(chunk: Uint8Array, start: number): number {
    let i = start;
    if (this.inString) {
      const end = this.endOfString(chunk, i);
      if (end === -1) return chunk.length;
      this.inString = false;
      i = end;
      if (this.depth === 0) return this.completeValue(chunk, i);
    }
    return this.bare ? this.stepBare(chunk, i) : this.stepContainer(chunk, i);
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

  /**
   * The hot loop over a container's bytes, strings included (inline: a call per string would cost more than most
   * strings take): returns at the chunk's end, or past the bracket that closes the value (then the state moves on).
   */
  private stepContainer(chunk: Uint8Array, start: number): number {
    const n = chunk.length;
    let i = start;
    let line = this.line;
    let kind = 0;
    while (i < n) {
      // biome-ignore lint/suspicious/noAssignInExpressions: the hot loop reads each byte's class once
      while (i < n && (kind = IN_VALUE[chunk[i]!]!) === 0) i++;
      if (i === n) break;
      const c = chunk[i++]!;
      if (kind === V_QUOTE) {
        i = this.skipStringBody(chunk, i);
        if (i === -1) {
          this.inString = true;
          i = n;
        }
      } else if (kind === V_NEWLINE) {
        line++;
      } else if (kind === V_OPEN) {
        this.pushBracket(c);
      } else if (this.popBracket(c, line)) {
        this.line = line;
        return this.completeValue(chunk, i);
      }
    }
    this.line = line;
    return n;
  }

  /** Past the closing quote of a string whose body starts at `start`; -1 when the string runs past the chunk. */
  private skipStringBody(chunk: Uint8Array, start: number): number {
    const n = chunk.length;
    let i = start;
    let kind = 0;
    for (;;) {
      // biome-ignore lint/suspicious/noAssignInExpressions: the hot loop reads each byte's class once
      while (i < n && (kind = IN_STRING[chunk[i]!]!) === 0) i++;
      if (i >= n) break;
      if (kind === 1) return i + 1;
      // A backslash: the byte after it is escaped, whatever it is.
      i += 2;
    }
    if (i > n) this.escapePending = true;
    return -1;
  }

  private pushBracket(c: number): void {
    if (this.depth === this.brackets.length) {
      const grown = new Uint8Array(this.brackets.length * 2);
      grown.set(this.brackets);
      this.brackets = grown;
    }
    this.brackets[this.depth++] = c;
  }

  /** Close the innermost bracket with `c`; true when that closed the value. */
  private popBracket(c: number, line: number): boolean {
    const open = this.depth === 0 ? undefined : this.brackets[--this.depth];
    // '{' + 2 = '}', '[' + 2 = ']'
    if (open === undefined || open + 2 !== c) {
      this.line = line;
      this.fail(`'${String.fromCharCode(c)}' does not close the open '${String.fromCharCode(open ?? 0x3f)}'`);
    }
    return this.depth === 0;
  }

  /** The value ended just before `end`: build it when kept, then expect a comma or the end of the root. */
  private completeValue(chunk: Uint8Array, end: number): number {
    if (this.keeping) {
      const bytes = concat([...this.keepParts, chunk.subarray(this.keepStart, end)]);
      this.keepParts = [];
      this.result.keptBytes += bytes.length;
      const value = parseJsonValue(bytes, { line: this.valueLine, lines: this.result.lines });
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
