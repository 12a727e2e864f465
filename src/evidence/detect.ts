// Which format a file is in, judged by its content, never by its name.
import { isPlainObject } from '../common/object.ts';
import type { ResultFormat } from './types.ts';
import { LM_EVAL_MARKERS } from './formats/lm-eval.ts';

/** What the first bytes of a file say it is. */
export type Sniffed = 'zip' | 'json' | 'text' | 'other';

export function sniff(head: Uint8Array): Sniffed {
  if (head.length === 0) return 'other';
  // "PK\3\4" opens a local file header; "PK\5\6" is the end record of an empty archive.
  if (head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5) && (head[3] === 4 || head[3] === 6)) return 'zip';
  if (head.includes(0)) return 'other';
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09)) i++;
  if (head[i] === 0x7b) return 'json';
  // A top-level array is no result format, in JSON or in YAML.
  if (head[i] === 0x5b) return 'other';
  return 'text';
}

/** The format of a JSON document from its top-level keys and the members kept for reading; undefined: no eval result. */
export function jsonFormat(keys: readonly string[], values: ReadonlyMap<string, unknown>): ResultFormat | undefined {
  const has = new Set(keys);
  if (has.has('evaluation_results') && (has.has('model_info') || has.has('schema_version'))) return 'every-eval-ever';
  if (isPlainObject(values.get('eval')) && (has.has('status') || has.has('results'))) return 'inspect';
  const results = values.get('results');
  if (Array.isArray(results)) return 'native';
  if (isPlainObject(results)) {
    const rows = Object.values(results);
    if (LM_EVAL_MARKERS.some((k) => has.has(k)) || (rows.length > 0 && rows.every(isPlainObject))) return 'lm-eval';
  }
  return undefined;
}

/** The format a JSON document that cannot be parsed was most likely meant to be, from the keys read before the error. */
export function guessJsonFormat(keysSeen: readonly string[]): ResultFormat {
  const has = new Set(keysSeen);
  if (has.has('evaluation_results') || has.has('model_info')) return 'every-eval-ever';
  if (has.has('eval') || has.has('status')) return 'inspect';
  if (LM_EVAL_MARKERS.some((k) => has.has(k))) return 'lm-eval';
  return 'native';
}

// A top-level key, plain or quoted ("model-index": is the same key to YAML).
const RESULTS_KEY = /^(?:results|"results"|'results')[ \t]*:/m;
const MODEL_INDEX_KEY = /^(?:model-index|"model-index"|'model-index')[ \t]*:/m;
const JSON_RESULTS_KEY = /"(?:results|model-index|evaluation_results)"\s*:/;

/** True when YAML text that cannot be parsed still looks like a result file, so that its errors are reported. */
export function looksLikeYamlResults(text: string): boolean {
  return RESULTS_KEY.test(text) || MODEL_INDEX_KEY.test(text);
}

/** The format YAML text that cannot be parsed was most likely meant to be. */
export function guessTextFormat(text: string): ResultFormat {
  return MODEL_INDEX_KEY.test(text) ? 'hf-model-index' : 'native';
}

/**
 * Bytes that are not UTF-8 text yet hold results rsp-gate cannot read (UTF-16, NUL bytes): why, and the format they
 * were most likely meant to be. Undefined when they do not look like results at all (an image, another binary).
 */
export function unreadableResults(bytes: Uint8Array): { why: string; format: ResultFormat } | undefined {
  const le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (!le && !be && !bytes.includes(0)) return undefined;
  const text =
    le || be ? new TextDecoder(le ? 'utf-16le' : 'utf-16be').decode(bytes) : new TextDecoder('utf-8').decode(bytes).replaceAll('\0', '');
  if (!looksLikeYamlResults(text) && !JSON_RESULTS_KEY.test(text)) return undefined;
  const why = le || be ? 'it is UTF-16 text; save it as UTF-8' : 'it holds NUL bytes, so it is not text';
  return { why, format: text.includes('model-index') ? 'hf-model-index' : 'native' };
}
