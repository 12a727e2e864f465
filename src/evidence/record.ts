// What every format reader shares: the file it reads, how a record gets its model, and which values can count.
import { finding, type Finding } from '../common/finding.ts';
import { hasInvisibleParts, nameKey, showInvisible } from '../common/names.ts';
import type { EvidenceRecord, ResultFormat } from './types.ts';
import { parseDate } from '../common/dates.ts';

export interface ReadContext {
  file: string;
  /** The model id of the folder the file sits in (evals/<model-id>/...), if any. */
  folderModel?: string | undefined;
}

export interface FormatOutput {
  records: EvidenceRecord[];
  findings: Finding[];
}

export interface ResolvedModel {
  model: string;
  modelFromPath?: true;
}

/** The model a file names, else the folder's; undefined when neither says. */
export function resolveModel(named: unknown, ctx: ReadContext): ResolvedModel | undefined {
  // Kept as written: names are compared without surrounding spaces, and spaces are reported (INVISIBLE_NAME).
  if (typeof named === 'string' && nameKey(named) !== '') return { model: named };
  if (ctx.folderModel !== undefined && ctx.folderModel !== '') return { model: ctx.folderModel, modelFromPath: true };
  return undefined;
}

export function noModel(ctx: ReadContext, line?: number): Finding {
  // Results that count for no model may be the very ones that cross a threshold: an error, like a name no config claims.
  return finding(
    'UNKNOWN_MODEL',
    'error',
    'the results name no model and the file is not in a model folder (evals/<model-id>/...), so they count for no model',
    line === undefined ? { file: ctx.file } : { file: ctx.file, line },
  );
}

export function unusable(ctx: ReadContext, line: number | undefined, message: string, model?: string): Finding {
  return finding('UNUSABLE_RESULT', 'warning', message, {
    file: ctx.file,
    ...(line === undefined ? {} : { line }),
    ...(model === undefined ? {} : { model }),
  });
}

export function parseError(ctx: ReadContext, line: number | undefined, message: string): Finding {
  return finding('PARSE_ERROR', 'error', message, line === undefined ? { file: ctx.file } : { file: ctx.file, line });
}

/** A top-level key written twice: the file says two things, and neither is evidence. */
export function duplicateKey(ctx: ReadContext, key: string, line: number | undefined, where = ''): Finding {
  return parseError(
    ctx,
    line,
    `invalid JSON${where}: duplicate key ${JSON.stringify(key)}${line === undefined ? '' : ` (its last occurrence is at line ${line})`}`,
  );
}

function shown(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(JSON.stringify(value) ?? value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** Why a measured value cannot count, or undefined when it is a finite number. */
export function valueProblem(value: unknown): string | undefined {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'is NaN';
    if (value === Number.POSITIVE_INFINITY) return 'is Infinity';
    if (value === Number.NEGATIVE_INFINITY) return 'is -Infinity';
    return undefined;
  }
  if (value === undefined) return 'is missing';
  if (value === null) return 'is null';
  return `is not a number (${shown(value)})`;
}

/** Why a standard error cannot count, or undefined when it is a finite number of at least zero. */
export function stderrProblem(value: unknown): string | undefined {
  const problem = valueProblem(value);
  if (problem !== undefined) return problem;
  return (value as number) < 0 ? 'is negative' : undefined;
}

/** A sample count when the value is one (a whole number of at least zero; zero is kept, to be refused as evidence). */
export function sampleCount(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** One INVISIBLE_NAME warning per model name of the file that holds invisible characters or surrounding spaces. */
export function invisibleModelNames(records: readonly EvidenceRecord[], ctx: ReadContext): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const r of records) {
    if (r.modelFromPath === true || seen.has(r.model) || !hasInvisibleParts(r.model)) continue;
    seen.add(r.model);
    const message = `the model name ${showInvisible(r.model)} holds invisible characters or surrounding spaces; it is compared without them`;
    findings.push(
      finding('INVISIBLE_NAME', 'warning', message, r.line === undefined ? { file: ctx.file } : { file: ctx.file, line: r.line }),
    );
  }
  return findings;
}

/** Records measured on zero samples become unusable, with a finding each: a score of nothing is no evidence. */
export function refuseZeroSamples(output: FormatOutput, ctx: ReadContext): FormatOutput {
  if (!output.records.some((r) => r.samples === 0 && r.unusable === undefined)) return output;
  const findings = [...output.findings];
  const records = output.records.map((r) => {
    if (r.samples !== 0 || r.unusable !== undefined) return r;
    const why = `${r.eval} ${r.metric} was measured on zero samples`;
    findings.push(unusable(ctx, r.line, `${why}; it does not count`, r.model));
    return { ...r, value: Number.NaN, unusable: why };
  });
  return { records, findings };
}

/** An ISO timestamp for epoch seconds, as harnesses write `time.time()`. */
function isoFromEpochSeconds(seconds: number): string | undefined {
  if (!Number.isFinite(seconds) || seconds <= 0) return undefined;
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

const EPOCH = /^\d+(?:\.\d+)?$/;

/** A date as the file gives it: epoch seconds (number or digits) become ISO; ISO text is kept; anything else is dropped. */
export function timestamp(value: unknown): string | undefined {
  if (typeof value === 'number') return isoFromEpochSeconds(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (EPOCH.test(text)) return isoFromEpochSeconds(Number(text));
  return parseDate(text) !== undefined ? text : undefined;
}

export interface RecordFields {
  eval: string;
  metric: string;
  value: number;
  stderr?: number | undefined;
  samples?: number | undefined;
  date?: string | undefined;
  direction?: 'higher' | 'lower' | undefined;
  variant?: string | undefined;
  selfReported?: boolean | undefined;
  line?: number | undefined;
}

/** A record with only the fields that have a value, so that records compare and serialise cleanly. */
export function makeRecord(format: ResultFormat, ctx: ReadContext, model: ResolvedModel, fields: RecordFields): EvidenceRecord {
  const record: EvidenceRecord = {
    model: model.model,
    eval: fields.eval,
    metric: fields.metric,
    value: fields.value,
    format,
    file: ctx.file,
  };
  if (model.modelFromPath) record.modelFromPath = true;
  if (ctx.folderModel !== undefined && ctx.folderModel !== '') record.folder = ctx.folderModel;
  if (fields.stderr !== undefined) record.stderr = fields.stderr;
  if (fields.samples !== undefined) record.samples = fields.samples;
  if (fields.date !== undefined) record.date = fields.date;
  if (fields.direction !== undefined) record.direction = fields.direction;
  if (fields.variant !== undefined) record.variant = fields.variant;
  if (fields.selfReported === true) record.selfReported = true;
  if (fields.line !== undefined) record.line = fields.line;
  return record;
}

/** A result that names its eval and metric but cannot count: reported by the reader, weighed by the engine. */
export function unusableRecord(
  format: ResultFormat,
  ctx: ReadContext,
  model: ResolvedModel,
  fields: Omit<RecordFields, 'value' | 'stderr'>,
  reason: string,
): EvidenceRecord {
  return { ...makeRecord(format, ctx, model, { ...fields, value: Number.NaN }), unusable: reason };
}
