// One Git LFS object as a FileSource over its download link: read(start, end) is an HTTP range request, so a reader
// that needs a few parts of a large object (a .eval's central directory and header.json) fetches only those, and
// stream() is one GET read as it arrives (a JSON log). Only the headers the batch answer gave are sent: the storage
// host is not GitHub, and the token never goes there.
import { LfsObjectUnavailable, type LfsPointer } from '../evidence/lfs-pointer.ts';
import type { FileSource } from '../evidence/types.ts';

export type Fetch = typeof fetch;

interface LfsLink {
  href: string;
  header?: Record<string, string> | undefined;
}

/** A range or a whole small object: answered well within this, or the read fails (and the file with it). */
const REQUEST_TIMEOUT_MS = 120_000;
const CONTENT_RANGE = /^bytes (\d+)-(\d+)\/(\d+|\*)$/;

export function lfsDownloadSource(path: string, pointer: LfsPointer, link: LfsLink, fetchImpl: Fetch = fetch): FileSource {
  const size = pointer.size;
  const fail = (why: string): never => {
    throw new LfsObjectUnavailable(pointer, `downloading it from the LFS storage failed: ${why}`);
  };
  const get = async (range: string | undefined, timeout: boolean): Promise<Response> => {
    const headers = { ...link.header, 'user-agent': 'rsp-gate', ...(range === undefined ? {} : { range }) };
    try {
      return await fetchImpl(link.href, { headers, ...(timeout ? { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) } : {}) });
    } catch (error) {
      return fail((error as Error).message);
    }
  };
  return {
    path,
    size,
    async *stream() {
      const response = await get(undefined, false);
      if (response.status !== 200 || response.body === null) return fail(await statusOf(response));
      for await (const chunk of response.body) yield chunk;
    },
    async read(start, end) {
      const from = Math.max(0, start);
      const to = Math.min(end, size);
      if (to <= from) return new Uint8Array(0);
      const whole = from === 0 && to === size;
      const response = await get(whole ? undefined : `bytes=${from}-${to - 1}`, true);
      if (response.status !== (whole ? 200 : 206)) {
        return fail(response.status === 200 ? 'the storage ignored the range request' : await statusOf(response));
      }
      const range = whole ? undefined : CONTENT_RANGE.exec(response.headers.get('content-range') ?? '');
      if (
        range !== undefined &&
        (range === null || Number(range[1]) !== from || Number(range[2]) !== to - 1 || (range[3] !== '*' && Number(range[3]) !== size))
      ) {
        await response.body?.cancel();
        return fail(
          `it answered bytes ${response.headers.get('content-range') ?? '(no content-range)'} for bytes ${from}-${to - 1} of ${size}`,
        );
      }
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (bytes.byteLength !== to - from) return fail(`${bytes.byteLength} bytes arrived of the ${to - from} asked for`);
      return bytes;
    },
  };
}

async function statusOf(response: Response): Promise<string> {
  await response.body?.cancel();
  return `HTTP ${response.status}`;
}
