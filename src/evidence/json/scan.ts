// Read a JSON document's top-level members in one pass over its bytes, chunk by chunk, building only the members a
// reader keeps. Everything else (an Inspect log's `samples`, gigabytes of them) is stepped over by a tight byte loop
// that knows strings, escapes and brackets and allocates nothing, so memory stays bounded by the kept members.
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

export async function scanTopLevel(
  input: Uint8Array | AsyncIterable<Uint8Array>,
  keep: ReadonlySet<string>,
): Promise<TopLevelScan> {
  const scanner = new TopLevelScanner(keep);
  if (input instanceof Uint8Array) {
    scanner.push(input);
  } else {
    // Leaving the loop early (a root that is not an object) closes the stream.
    for await (const chunk of input) if (!scanner.push(chunk)) break;
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

  // Positions of the next quote and backslash in the current chunk (-1: not searched yet; chunk length: none left).
  private nextQuote = -1;
  private nextBackslash = -1;

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
    const n = chunk.length;
    let i = 0;
    if (!this.started && n > 0) {
      this.started = true;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) i = 3;
    }
    this.nextQuote = -1;
    this.nextBackslash = -1;
    while (i < n) {
      switch (this.state) {
        case ROOT: {
          const c = chunk[i]!;
          if (isWhitespace(c)) {
            if (c === 0x0a) this.line++;
            i++;
          } else if (c === 0x7b) {
            this.result.isObject = true;
            this.state = KEY_OR_END;
            i++;
          } else {
            this.state = NOT_OBJECT;
            return false;
          }
          break;
        }
        case KEY_OR_END: {
          const c = chunk[i]!;
          if (isWhitespace(c)) {
            if (c === 0x0a) this.line++;
            i++;
          } else if (c === QUOTE) {
            this.state = KEY;
            this.keyParts = [];
            this.keyLine = this.line;
            i++;
            this.afterComma = false;
          } else if (c === 0x7d && !this.afterComma) {
            this.state = AFTER_ROOT;
            i++;
          } else {
            this.fail(this.afterComma ? 'expected a key after the comma' : 'expected a key in double quotes');
          }
          break;
        }
        case KEY: {
          const end = this.endOfString(chunk, i);
          if (end === -1) {
            this.keyParts.push(chunk.slice(i));
            i = n;
          } else {
            this.keyParts.push(chunk.subarray(i, end - 1));
            this.key = this.decodeKey();
            this.result.keys.push(this.key);
            this.result.lines.setTop(this.key, this.keyLine);
            this.state = COLON;
            i = end;
          }
          break;
        }
        case COLON: {
          const c = chunk[i]!;
          if (isWhitespace(c)) {
            if (c === 0x0a) this.line++;
            i++;
          } else if (c === 0x3a) {
            this.state = VALUE_START;
            i++;
          } else {
            this.fail("expected ':' after the key");
          }
          break;
        }
        case VALUE_START: {
          const c = chunk[i]!;
          if (isWhitespace(c)) {
            if (c === 0x0a) this.line++;
            i++;
            break;
          }
          this.keeping = this.keep.has(this.key);
          this.keepParts = [];
          this.keepStart = i;
          this.valueLine = this.line;
          this.depth = 0;
          this.inString = false;
          this.bare = false;
          if (c === 0x7b || c === 0x5b) {
            this.brackets[0] = c;
            this.depth = 1;
            i++;
          } else if (c === QUOTE) {
            this.inString = true;
            i++;
          } else {
            this.bare = true;
          }
          this.state = VALUE;
          break;
        }
        case VALUE:
          i = this.stepValue(chunk, i);
          break;
        case COMMA_OR_END: {
          const c = chunk[i]!;
          if (isWhitespace(c)) {
            if (c === 0x0a) this.line++;
            i++;
          } else if (c === 0x2c) {
            this.state = KEY_OR_END;
            this.afterComma = true;
            i++;
          } else if (c === 0x7d) {
            this.state = AFTER_ROOT;
            i++;
          } else {
            this.fail("expected ',' or '}' after the value");
          }
          break;
        }
        case AFTER_ROOT: {
          const c = chunk[i]!;
          if (!isWhitespace(c)) this.fail('unexpected data after the end of the document');
          if (c === 0x0a) this.line++;
          i++;
          break;
        }
        default:
          return false;
      }
    }
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

  /** Step through the current value from `i`; returns where the next state starts (or the chunk's end). */
  private stepValue(chunk: Uint8Array, start: number): number {
    const n = chunk.length;
    let i = start;
    for (;;) {
      if (this.inString) {
        const end = this.endOfString(chunk, i);
        if (end === -1) return n;
        this.inString = false;
        i = end;
        if (this.depth === 0) return this.completeValue(chunk, i);
      } else if (this.bare) {
        // A number or literal ends at the first delimiter, which belongs to the next state.
        while (i < n) {
          const c = chunk[i]!;
          if (isWhitespace(c) || c === 0x2c || c === 0x7d || c === 0x5d) break;
          i++;
        }
        if (i === n) return n;
        return this.completeValue(chunk, i);
      }
      // Inside a container: the hot loop over skipped bytes.
      let line = this.line;
      while (i < n) {
        const c = chunk[i]!;
        if (c === QUOTE) break;
        i++;
        if (c === 0x0a) {
          line++;
        } else if (c === 0x7b || c === 0x5b) {
          if (this.depth === this.brackets.length) {
            const grown = new Uint8Array(this.brackets.length * 2);
            grown.set(this.brackets);
            this.brackets = grown;
          }
          this.brackets[this.depth++] = c;
        } else if (c === 0x7d || c === 0x5d) {
          const open = this.brackets[--this.depth];
          // '{' + 2 = '}', '[' + 2 = ']'
          if (open === undefined || open + 2 !== c) {
            this.line = line;
            this.fail(`'${String.fromCharCode(c)}' does not close the open '${String.fromCharCode(open ?? 0x3f)}'`);
          }
          if (this.depth === 0) {
            this.line = line;
            return this.completeValue(chunk, i);
          }
        }
      }
      this.line = line;
      if (i === n) return n;
      this.inString = true;
      i++;
    }
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
    const n = chunk.length;
    let i = start;
    if (this.escapePending) {
      this.escapePending = false;
      i++;
    }
    for (;;) {
      if (this.nextQuote < i) {
        const q = chunk.indexOf(QUOTE, i);
        this.nextQuote = q === -1 ? n : q;
      }
      if (this.nextBackslash < i) {
        const b = chunk.indexOf(BACKSLASH, i);
        this.nextBackslash = b === -1 ? n : b;
      }
      if (this.nextBackslash < this.nextQuote) {
        i = this.nextBackslash + 2;
        if (i > n) {
          this.escapePending = true;
          return -1;
        }
        continue;
      }
      return this.nextQuote === n ? -1 : this.nextQuote + 1;
    }
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
