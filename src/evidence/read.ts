// Read one eval-result file into normalised records: detect its format from its content, then hand it to that
// format's reader. A file that is no eval result gives nothing; one that is but cannot be read gives a finding.
import type { Finding } from '../common/finding.ts';
import { parseYaml } from '../common/yaml.ts';
import { guessJsonFormat, guessTextFormat, jsonFormat, looksLikeYamlResults, sniff, unreadableResults, type Sniffed } from './detect.ts';
import { shiftLines, yamlOfFile } from './front-matter.ts';
import { LfsObjectUnavailable, refuseLfsPointer } from './lfs-pointer.ts';
import { firstDuplicate, JsonSyntaxError } from './json/parse.ts';
import { scanTopLevel } from './json/scan.ts';
import { scannedDocument } from './json/document.ts';
import { EVERY_EVAL_EVER_KEYS, readEveryEvalEver } from './formats/every-eval-ever.ts';
import { MODEL_INDEX_KEY, readModelIndex } from './formats/hf-model-index.ts';
import { INSPECT_KEYS, readInspect } from './formats/inspect.ts';
import { readInspectEval } from './formats/inspect-eval.ts';
import { LM_EVAL_KEYS, readLmEval } from './formats/lm-eval.ts';
import { looksNative, readNative } from './formats/native.ts';
import { duplicateKey, invisibleModelNames, parseError, refuseZeroSamples, unusable, type ReadContext } from './record.ts';
import { isPlainObject } from '../common/object.ts';
import type { FileSource, ReadResult, ResultFormat } from './types.ts';

/** Files up to this size are read whole, in one call; larger JSON is streamed, larger archives read by range, and
 * larger YAML or Markdown refused. */
export const WHOLE_FILE_LIMIT = 8 * 1024 * 1024;
const HEAD_BYTES = 512;
const TEXT_HEAD_BYTES = 64 * 1024;
const JSON_KEYS: ReadonlySet<string> = new Set([...INSPECT_KEYS, ...LM_EVAL_KEYS, ...EVERY_EVAL_EVER_KEYS]);

// Drops a leading byte-order mark; invalid sequences become U+FFFD rather than an exception.
const utf8 = new TextDecoder('utf-8');

function notAResult(): ReadResult {
  return { records: [], findings: [] };
}

export async function readResultFile(src: FileSource, options: { folderModel?: string } = {}): Promise<ReadResult> {
  const ctx: ReadContext = { file: src.path, folderModel: options.folderModel };
  let kind: Sniffed = 'other';
  try {
    if (src.size === 0) return notAResult();
    // A small file is read in one call and handled in memory; a large one is sniffed, then streamed or read by range.
    const whole = src.size <= WHOLE_FILE_LIMIT ? await src.read(0, src.size) : undefined;
    // Fewer bytes than the file holds could look like no result at all.
    if (whole !== undefined && whole.byteLength !== src.size) throw new Error(`read ${whole.byteLength} of its ${src.size} bytes`);
    if (whole !== undefined) refuseLfsPointer(src.path, whole);
    kind = sniff(whole?.subarray(0, HEAD_BYTES) ?? (await src.read(0, HEAD_BYTES)));
    let result: ReadResult;
    if (kind === 'zip') result = await readInspectEval(whole === undefined ? src : inMemory(src.path, whole), ctx);
    else if (kind === 'json') result = await readJson(src, whole, ctx);
    else if (kind === 'text') result = await readText(src, whole, ctx);
    else return unreadable(whole ?? (await src.read(0, TEXT_HEAD_BYTES)), ctx);
    const checked = refuseZeroSamples(result, ctx);
    return withEmptyNotice(
      { ...result, records: checked.records, findings: [...checked.findings, ...invisibleModelNames(checked.records, ctx)] },
      ctx,
    );
  } catch (err) {
    // An unreadable source, or a reader's own failure, must never pass for "no evidence here".
    const format: ResultFormat = kind === 'zip' ? 'inspect' : 'native';
    const problem =
      err instanceof LfsObjectUnavailable
        ? err.finding(ctx.file)
        : parseError(ctx, undefined, `cannot read the file: ${(err as Error).message}`);
    return { format, records: [], findings: [problem] };
  }
}

function inMemory(path: string, bytes: Uint8Array): FileSource {
  return {
    path,
    size: bytes.byteLength,
    async *stream() {
      yield bytes;
    },
    async read(start, end) {
      return bytes.subarray(start, end);
    },
  };
}

/** A result file that yields neither a record nor a finding says so, rather than passing silently. */
function withEmptyNotice(result: ReadResult, ctx: ReadContext): ReadResult {
  if (result.format === undefined || result.records.length > 0 || result.findings.length > 0) return result;
  return { ...result, findings: [unusable(ctx, undefined, `this ${result.format} file holds no results`)] };
}

async function readJson(src: FileSource, whole: Uint8Array | undefined, ctx: ReadContext): Promise<ReadResult> {
  let scan: Awaited<ReturnType<typeof scanTopLevel>>;
  try {
    scan = await scanTopLevel(whole ?? src.stream(), JSON_KEYS);
  } catch (err) {
    if (!(err instanceof JsonSyntaxError)) throw err;
    return { format: guessJsonFormat(err.keysSeen), records: [], findings: [parseError(ctx, err.line, `invalid JSON: ${err.message}`)] };
  }
  if (!scan.isObject) return notAResult();
  const format = jsonFormat(scan.keys, scan.values);
  if (format === undefined) return notAResult();
  const duplicate = firstDuplicate(scan.keys);
  if (duplicate !== undefined) return { format, records: [], findings: [duplicateKey(ctx, duplicate, scan.lines.line([duplicate]))] };
  if (format === 'native') {
    if (whole === undefined) return { format, records: [], findings: [tooLarge(src, ctx)] };
    return { format, ...readNative(parseYaml(utf8.decode(whole), ctx.file), ctx) };
  }
  const parsed = scannedDocument(scan, ctx.file, { lines: true });
  if (format === 'inspect') return { format, ...readInspect(parsed, ctx) };
  if (format === 'lm-eval') return { format, ...readLmEval(parsed, ctx) };
  return { format, ...readEveryEvalEver(parsed, ctx) };
}

async function readText(src: FileSource, whole: Uint8Array | undefined, ctx: ReadContext): Promise<ReadResult> {
  if (whole === undefined) {
    const head = utf8.decode(await src.read(0, TEXT_HEAD_BYTES));
    if (!looksLikeYamlResults(head)) return notAResult();
    return { format: guessTextFormat(head), records: [], findings: [tooLarge(src, ctx)] };
  }
  const text = utf8.decode(whole);
  // The YAML of a Markdown file is its front matter (a model card's metadata); any other text file is all YAML.
  const block = yamlOfFile(text, ctx.file);
  if (block === undefined) return notAResult();
  // A string of its own: the parser's names are slices of the text they are cut from, and each record would keep the
  // whole card alive (5 KB of prose per record, where the front matter is a few hundred bytes).
  const yaml = block.lineOffset === 0 ? block.yaml : ` ${block.yaml}`.slice(1);
  const parsed = shiftLines(parseYaml(yaml, ctx.file), block.lineOffset);
  if (parsed.findings.length > 0) {
    // YAML that does not parse is only reported when it looks like results; a Markdown page or a CSV is not.
    if (!looksLikeYamlResults(yaml)) return notAResult();
    return { format: guessTextFormat(yaml), records: [], findings: parsed.findings };
  }
  if (isPlainObject(parsed.value) && Object.hasOwn(parsed.value, MODEL_INDEX_KEY)) {
    return { format: 'hf-model-index', ...readModelIndex(parsed, ctx) };
  }
  if (looksNative(parsed.value)) return { format: 'native', ...readNative(parsed, ctx) };
  return notAResult();
}

/** Bytes that are not text but look like results (a UTF-16 model card, a card with a NUL byte) are an error. */
function unreadable(bytes: Uint8Array, ctx: ReadContext): ReadResult {
  const found = unreadableResults(bytes);
  if (found === undefined) return notAResult();
  return {
    format: found.format,
    records: [],
    findings: [parseError(ctx, undefined, `the file looks like eval results but cannot be read: ${found.why}`)],
  };
}

function tooLarge(src: FileSource, ctx: ReadContext): Finding {
  return parseError(ctx, undefined, `the file is ${src.size} bytes; results in this format are read up to ${WHOLE_FILE_LIMIT} bytes`);
}
