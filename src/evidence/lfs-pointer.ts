// Git LFS pointer files: what a repository holds in place of a large file stored in Git LFS. A pointer is recognised
// here, from its bytes alone, so that it is never read as data: it stands for an object that must be fetched.
import { finding, type Finding } from '../common/finding.ts';

/** The specification caps a pointer file below this size. */
export const LFS_POINTER_MAX_BYTES = 1024;

const VERSIONS = ['https://git-lfs.github.com/spec/v1', 'https://hawser.github.com/spec/v1'];
const OID = /^sha256:([0-9a-f]{64})$/;
const SIZE = /^(0|[1-9][0-9]{0,15})$/;
const KEY = /^[a-z0-9.-]+$/;

export interface LfsPointer {
  /** The sha256 of the object, 64 lowercase hex digits. */
  oid: string;
  /** The object's size in bytes. */
  size: number;
}

/** A file that opens like a pointer but breaks its format: neither data nor an object to fetch. */
export interface MalformedLfsPointer {
  malformed: string;
}

/**
 * The pointer a file's bytes are, or undefined when they are no pointer at all. Only a file that opens with the
 * `version` line counts, so no YAML or JSON result can be taken for one.
 */
export function lfsPointer(bytes: Uint8Array): LfsPointer | MalformedLfsPointer | undefined {
  if (bytes.byteLength === 0 || bytes.byteLength >= LFS_POINTER_MAX_BYTES || bytes[0] !== 0x76) return undefined;
  const text = new TextDecoder('utf-8').decode(bytes);
  const lines = text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  const version = /^version (\S+)$/.exec(lines[0] ?? '')?.[1];
  if (version === undefined || !VERSIONS.includes(version)) return undefined;
  const values = new Map<string, string>();
  let previous = '';
  for (const line of lines.slice(1)) {
    const space = line.indexOf(' ');
    const key = line.slice(0, space);
    if (space <= 0 || !KEY.test(key)) return { malformed: `the line "${line.slice(0, 40)}" is not "key value"` };
    if (key <= previous) return { malformed: `the key "${key}" is out of order or repeated` };
    previous = key;
    values.set(key, line.slice(space + 1));
  }
  const oid = OID.exec(values.get('oid') ?? '')?.[1];
  if (oid === undefined) return { malformed: 'it has no "oid sha256:<64 hex digits>" line' };
  const size = values.get('size') ?? '';
  if (!SIZE.test(size) || !Number.isSafeInteger(Number(size))) return { malformed: 'it has no "size <bytes>" line' };
  return { oid, size: Number(size) };
}

export function isLfsPointer(value: LfsPointer | MalformedLfsPointer | undefined): value is LfsPointer {
  return value !== undefined && 'oid' in value;
}

/** Thrown by a file source that stands for an LFS object it could not fetch (or that did not match its pointer). */
export class LfsObjectUnavailable extends Error {
  readonly pointer: LfsPointer;

  constructor(pointer: LfsPointer, reason: string) {
    super(reason);
    this.pointer = pointer;
  }

  finding(file: string): Finding {
    return lfsObjectMissing(file, this.pointer, this.message);
  }
}

function lfsObjectMissing(file: string, pointer: LfsPointer, reason: string): Finding {
  const what = `this file is a Git LFS pointer to object sha256:${pointer.oid.slice(0, 12)}… (${pointer.size} bytes)`;
  return finding('LFS_OBJECT_MISSING', 'error', `${what}, whose content could not be read: ${reason}`, { file });
}

/**
 * Refuses bytes that are a pointer rather than the content it stands for: an object nobody fetched (a checkout made
 * without Git LFS, a reader that does not resolve pointers) must not be read as data, nor pass as "no result".
 */
export function refuseLfsPointer(file: string, bytes: Uint8Array): void {
  const pointer = lfsPointer(bytes);
  if (pointer === undefined) return;
  if (!isLfsPointer(pointer)) throw new Error(`the file opens like a Git LFS pointer but is not a valid one: ${pointer.malformed}`);
  throw new LfsObjectUnavailable(pointer, `the object was not fetched; fetch it with \`git lfs pull --include "${file}"\``);
}
