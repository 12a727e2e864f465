// Build the value of one JSON member from its bytes, as Python's json module writes them: the bare literals NaN,
// Infinity and -Infinity (which JSON.parse refuses) become numbers, and the line of every key is recorded.
import { isAscii } from 'node:buffer';
import type { KeyLines } from './key-lines.ts';

export class JsonSyntaxError extends Error {
  /** Top-level keys read before the error: enough to tell which format the broken file was meant to be. */
  keysSeen: string[] = [];

  readonly line: number;

  constructor(message: string, line: number) {
    super(message);
    this.name = 'JsonSyntaxError';
    this.line = line;
  }
}

// Deeper nesting than any result format uses; the limit keeps a hostile file from exhausting the call stack.
const MAX_DEPTH = 256;
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const utf8 = new TextDecoder('utf-8');

export interface ValueOptions {
  /** The line the value starts on. */
  line: number;
  /** Where the lines of the keys inside the value are recorded; none when no reader asks for them. */
  lines: KeyLines | undefined;
}

export function parseJsonValue(bytes: Uint8Array, options: ValueOptions): unknown {
  const parser = new ValueParser(bytes, options.line, options.lines);
  const value = parser.value(0);
  parser.skipWhitespace();
  if (parser.pos < bytes.length) parser.fail('unexpected data after the value');
  return value;
}

/** The first key that occurs twice in a list of keys (a document's top-level keys, in file order), if any. */
export function firstDuplicate(keys: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const key of keys) {
    if (seen.has(key)) return key;
    seen.add(key);
  }
  return undefined;
}

/** Set a member without letting a `__proto__` key replace the object's prototype. */
export function setMember(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

/** No line table: a value whose lines no reader asks for records none. */
const NO_TABLE = { set() {}, push() {} } as const;

class ValueParser {
  pos = 0;
  private readonly bytes: Uint8Array;
  /** The same bytes, for cutting ASCII text out of them. */
  private readonly buffer: Buffer;
  private line: number;
  private readonly lines: KeyLines | undefined;
  /** Every byte is ASCII: a string's bytes are its characters, cut out without a UTF-8 decoder's per-call cost. */
  private readonly ascii: boolean;

  constructor(bytes: Uint8Array, line: number, lines: KeyLines | undefined) {
    this.bytes = bytes;
    this.buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.line = line;
    this.lines = lines;
    this.ascii = isAscii(bytes);
  }

  /** Where the next backslash at or after `from` is (-1 before the first search); kept so each byte is searched once. */
  private nextBackslash = -1;

  /** The first backslash at or after `from`, or the length of the bytes when there is none. */
  private backslashFrom(from: number): number {
    if (this.nextBackslash < from) {
      const at = this.bytes.indexOf(0x5c, from);
      this.nextBackslash = at === -1 ? this.bytes.length : at;
    }
    return this.nextBackslash;
  }

  /** The text of bytes [start, end), as the UTF-8 decoder reads it. */
  private text(start: number, end: number): string {
    return this.ascii ? this.buffer.toString('latin1', start, end) : utf8.decode(this.bytes.subarray(start, end));
  }

  fail(message: string): never {
    throw new JsonSyntaxError(message, this.line);
  }

  skipWhitespace(): void {
    const b = this.bytes;
    while (this.pos < b.length) {
      const c = b[this.pos]!;
      if (c === 0x0a) this.line++;
      else if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return;
      this.pos++;
    }
  }

  value(depth: number): unknown {
    this.skipWhitespace();
    if (this.pos >= this.bytes.length) this.fail('unexpected end of the document');
    const c = this.bytes[this.pos]!;
    switch (c) {
      case 0x7b:
        return this.object(depth);
      case 0x5b:
        return this.array(depth);
      case 0x22:
        return this.string();
      case 0x74:
        return this.literal('true', true);
      case 0x66:
        return this.literal('false', false);
      case 0x6e:
        return this.literal('null', null);
      case 0x4e:
        return this.literal('NaN', Number.NaN);
      case 0x49:
        return this.literal('Infinity', Number.POSITIVE_INFINITY);
      case 0x2d:
        if (this.bytes[this.pos + 1] === 0x49) {
          this.pos++;
          return -this.literal('Infinity', Number.POSITIVE_INFINITY);
        }
        return this.number();
      default:
        if (c >= 0x30 && c <= 0x39) return this.number();
        return this.fail(`unexpected character ${JSON.stringify(String.fromCharCode(c))}`);
    }
  }

  private literal<T>(word: string, value: T): T {
    for (let k = 0; k < word.length; k++) {
      if (this.bytes[this.pos + k] !== word.charCodeAt(k)) this.fail(`invalid literal, expected ${word}`);
    }
    this.pos += word.length;
    return value;
  }

  private number(): number {
    const b = this.bytes;
    const start = this.pos;
    while (this.pos < b.length) {
      const c = b[this.pos]!;
      // digits, '+', '-', '.', 'e', 'E'
      if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e || c === 0x65 || c === 0x45) this.pos++;
      else break;
    }
    // Decoded, not spread into String.fromCharCode: a hostile number of a million digits must not overflow the stack.
    // Only ASCII bytes were taken.
    const text = this.buffer.toString('latin1', start, this.pos);
    if (!NUMBER.test(text)) this.fail(`invalid number ${JSON.stringify(text)}`);
    return Number(text);
  }

  private string(): string {
    const b = this.bytes;
    const start = this.pos + 1;
    let from = start;
    let end = -1;
    while (end === -1) {
      const quote = b.indexOf(0x22, from);
      if (quote === -1) this.fail('unterminated string');
      let k = quote - 1;
      while (k >= start && b[k] === 0x5c) k--;
      // An odd run of backslashes escapes the quote.
      if ((quote - 1 - k) % 2 === 1) from = quote + 1;
      else end = quote;
    }
    this.pos = end + 1;
    if (this.backslashFrom(start) >= end) return this.text(start, end);
    try {
      return JSON.parse(this.text(start - 1, end + 1)) as string;
    } catch {
      return this.fail('invalid escape in string');
    }
  }

  private object(depth: number): Record<string, unknown> {
    if (depth >= MAX_DEPTH) this.fail('nesting is too deep');
    this.pos++;
    const result: Record<string, unknown> = {};
    const lines = this.lines === undefined ? NO_TABLE : this.lines.table(result);
    this.skipWhitespace();
    if (this.bytes[this.pos] === 0x7d) {
      this.pos++;
      return result;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.bytes[this.pos] !== 0x22) this.fail('expected a key in double quotes');
      const keyLine = this.line;
      const key = this.string();
      this.skipWhitespace();
      if (this.bytes[this.pos] !== 0x3a) this.fail("expected ':' after the key");
      this.pos++;
      // A document that says two things under one key is not evidence of the milder one: refuse it, as YAML does.
      if (Object.hasOwn(result, key)) throw new JsonSyntaxError(`duplicate key ${JSON.stringify(key)}`, keyLine);
      lines.set(key, keyLine);
      setMember(result, key, this.value(depth + 1));
      this.skipWhitespace();
      const c = this.bytes[this.pos];
      this.pos++;
      if (c === 0x2c) continue;
      if (c === 0x7d) return result;
      this.pos--;
      this.fail("expected ',' or '}'");
    }
  }

  private array(depth: number): unknown[] {
    if (depth >= MAX_DEPTH) this.fail('nesting is too deep');
    this.pos++;
    const result: unknown[] = [];
    const lines = this.lines === undefined ? NO_TABLE : this.lines.table(result);
    this.skipWhitespace();
    if (this.bytes[this.pos] === 0x5d) {
      this.pos++;
      return result;
    }
    for (;;) {
      this.skipWhitespace();
      lines.push(this.line);
      result.push(this.value(depth + 1));
      this.skipWhitespace();
      const c = this.bytes[this.pos];
      this.pos++;
      if (c === 0x2c) continue;
      if (c === 0x5d) return result;
      this.pos--;
      this.fail("expected ',' or ']'");
    }
  }
}
