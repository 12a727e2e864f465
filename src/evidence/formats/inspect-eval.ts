// Inspect `.eval` logs: a zip whose `header.json` holds the log without its samples. Only the central directory and
// that one entry are read; `samples/` never is. An archive without `header.json` is a run that never finished.
import type { ReadContext } from '../record.ts';
import { duplicateKey, parseError, unusable } from '../record.ts';
import { firstDuplicate, JsonSyntaxError } from '../json/parse.ts';
import { scanTopLevel } from '../json/scan.ts';
import { scannedDocument } from '../json/document.ts';
import { closeArchive, listEntries, openArchive, readEntry } from '../zip/archive.ts';
import type { FileSource, ReadResult } from '../types.ts';
import { INSPECT_KEYS, readInspect } from './inspect.ts';

const HEADER = 'header.json';
// What Inspect writes besides the header; an archive with none of these is some other zip.
const INSPECT_PARTS = ['_journal', 'samples', 'summaries.json', 'reductions.json'];
// header.json holds the spec, plan and results of a run: a few MiB even for large datasets. Parsing costs some 15
// times its size in memory, so a larger one is refused with a finding rather than read.
export const MAX_HEADER_BYTES = 16 * 1024 * 1024;

export async function readInspectEval(src: FileSource, ctx: ReadContext): Promise<ReadResult> {
  let zip: Awaited<ReturnType<typeof openArchive>>;
  try {
    zip = await openArchive(src);
  } catch (err) {
    return {
      format: 'inspect',
      records: [],
      findings: [parseError(ctx, undefined, `not a readable zip archive (${(err as Error).message}); is the .eval log truncated?`)],
    };
  }
  try {
    const listing = await listEntries(zip, new Set([HEADER]));
    const header = listing.last.get(HEADER);
    if (header === undefined) {
      if (!INSPECT_PARTS.some((part) => listing.topLevel?.has(part))) return { records: [], findings: [] };
      return {
        format: 'inspect',
        records: [],
        findings: [
          unusable(ctx, undefined, 'the Inspect .eval log has no header.json: the run never finished, and only a finished run counts'),
        ],
      };
    }
    const bytes = await readEntry(zip, header, MAX_HEADER_BYTES);
    let parsed: ReturnType<typeof scannedDocument>;
    try {
      // Findings in header.json name the archive, not a line of it: only the top-level keys' lines are recorded.
      const scan = await scanTopLevel(bytes, INSPECT_KEYS, { memberLines: false });
      const duplicate = firstDuplicate(scan.keys);
      if (duplicate !== undefined)
        return {
          format: 'inspect',
          records: [],
          findings: [duplicateKey(ctx, duplicate, undefined, ` in header.json (line ${scan.lines.line([duplicate]) ?? '?'})`)],
        };
      parsed = scannedDocument(scan, ctx.file, { lines: false });
    } catch (err) {
      if (!(err instanceof JsonSyntaxError)) throw err;
      return { format: 'inspect', records: [], findings: [parseError(ctx, undefined, `header.json line ${err.line}: ${err.message}`)] };
    }
    return { format: 'inspect', ...readInspect(parsed, ctx) };
  } catch (err) {
    return {
      format: 'inspect',
      records: [],
      findings: [parseError(ctx, undefined, `cannot read the .eval archive: ${(err as Error).message}`)],
    };
  } finally {
    closeArchive(zip);
  }
}
