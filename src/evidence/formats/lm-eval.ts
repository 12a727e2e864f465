// EleutherAI lm-evaluation-harness `results_<timestamp>.json`: `results: {task: {"acc,none": 0.71,
// "acc_stderr,none": 0.012, alias}}` since v0.4, and `results: {task: {acc, acc_stderr}}` in the older v0.3 layout.
import * as z from 'zod';
import { finding, type Finding } from '../../common/finding.ts';
import { nameKey } from '../../common/names.ts';
import { validate, type ParsedYaml } from '../../common/yaml.ts';
import {
  makeRecord,
  noModel,
  resolveModel,
  sampleCount,
  stderrProblem,
  timestamp,
  unusable,
  unusableRecord,
  valueProblem,
  type FormatOutput,
  type ReadContext,
} from '../record.ts';
import { isPlainObject } from '../../common/object.ts';

/** The top-level members the reader needs; `configs`, `pretty_env_info` and the like are skipped. */
export const LM_EVAL_KEYS: ReadonlySet<string> = new Set(['results', 'higher_is_better', 'n-samples', 'config', 'model_name', 'date']);

/** Keys only lm-eval writes beside `results`. */
export const LM_EVAL_MARKERS = [
  'higher_is_better',
  'n-samples',
  'n-shot',
  'versions',
  'configs',
  'config',
  'model_name',
  'group_subtasks',
  'lm_eval_version',
  'git_hash',
];

const LmEvalSchema = z.looseObject({
  results: z.record(z.string(), z.record(z.string(), z.unknown())),
  higher_is_better: z.record(z.string(), z.unknown()).optional(),
  'n-samples': z.record(z.string(), z.unknown()).optional(),
  config: z.looseObject({ model_args: z.unknown().optional() }).nullish(),
  model_name: z.string().nullish(),
  date: z.unknown().optional(),
});

// Row members that describe the task rather than measure it.
const NOT_METRICS = new Set(['alias', 'name', 'sample_len', 'sample_count', 'samples']);
const STDERR_SUFFIX = '_stderr';
// lm-eval writes "N/A" for a standard error it did not compute (bootstrap_iters=0, or a group without one).
const NOT_COMPUTED = 'N/A';

export function readLmEval(parsed: ParsedYaml, ctx: ReadContext): FormatOutput {
  const validated = validate(LmEvalSchema, parsed, 'PARSE_ERROR', 'lm-eval results');
  if (validated.value === undefined) return { records: [], findings: validated.findings };
  const doc = validated.value;
  const line = (path: (string | number)[]) => parsed.locate(path).line;
  const named = namedModel(doc.model_name, modelFromArgs(doc.config?.model_args));
  if ('conflict' in named) return { records: [], findings: [modelConflict(ctx, line(['model_name']), named.conflict)] };
  const model = resolveModel(named.name, ctx);
  if (model === undefined) return { records: [], findings: [noModel(ctx, line(['results']))] };
  const date = timestamp(doc.date);

  const output: FormatOutput = { records: [], findings: [] };
  for (const [task, row] of Object.entries(doc.results)) {
    for (const [key, value] of Object.entries(row)) {
      if (NOT_METRICS.has(key) || (typeof value === 'object' && value !== null)) continue;
      const comma = key.indexOf(',');
      const metric = comma === -1 ? key : key.slice(0, comma);
      const filter = comma === -1 ? undefined : key.slice(comma + 1);
      if (metric.endsWith(STDERR_SUFFIX) || metric === '') continue;
      // Group rows that aggregate nothing hold a blank placeholder (" ") where a number would be.
      if (typeof value === 'string' && value.trim() === '') continue;
      const at = line(['results', task, key]);
      const label = `${task} ${key}`;
      const problem = valueProblem(value);
      if (problem !== undefined) {
        output.findings.push(unusable(ctx, at, `${label} ${problem}; it does not count`, model.model));
        output.records.push(
          unusableRecord('lm-eval', ctx, model, { eval: task, metric, date, variant: filter, line: at }, `${label} ${problem}`),
        );
        continue;
      }
      const stderrKey = filter === undefined ? `${metric}${STDERR_SUFFIX}` : `${metric}${STDERR_SUFFIX},${filter}`;
      const rawStderr = row[stderrKey];
      let stderr: number | undefined;
      if (rawStderr !== undefined && rawStderr !== NOT_COMPUTED) {
        const bad = stderrProblem(rawStderr);
        if (bad !== undefined) {
          output.findings.push(
            unusable(ctx, line(['results', task, stderrKey]), `${label}: its stderr ${bad}; it does not count`, model.model),
          );
          output.records.push(
            unusableRecord('lm-eval', ctx, model, { eval: task, metric, date, variant: filter, line: at }, `${label}: its stderr ${bad}`),
          );
          continue;
        }
        stderr = rawStderr as number;
      }
      output.records.push(
        makeRecord('lm-eval', ctx, model, {
          eval: task,
          metric,
          value: value as number,
          stderr,
          samples: samplesOf(doc['n-samples']?.[task]),
          date,
          direction: directionOf(doc.higher_is_better?.[task], metric),
          variant: filter,
          line: at,
        }),
      );
    }
  }
  return output;
}

/**
 * The model the file names: `model_name` and `pretrained=` of `config.model_args`, which lm-eval writes both (a blank
 * `model_name`, as vLLM runs write it, names nothing). Two different names are a conflict, never a choice.
 */
function namedModel(
  modelName: string | null | undefined,
  fromArgs: string | undefined,
): { name: string | undefined } | { conflict: string } {
  const first = typeof modelName === 'string' && modelName.trim() !== '' ? modelName.trim() : undefined;
  if (first !== undefined && fromArgs !== undefined && nameKey(first) !== nameKey(fromArgs)) {
    return { conflict: `model_name says ${JSON.stringify(first)} but config.model_args says ${JSON.stringify(fromArgs)}` };
  }
  return { name: first ?? fromArgs };
}

/** The model of `config.model_args`: "pretrained=org/name,dtype=float" (or the same as an object). */
function modelFromArgs(args: unknown): string | undefined {
  let fields: Record<string, unknown> | undefined;
  if (typeof args === 'string') {
    fields = {};
    for (const part of args.split(',')) {
      const eq = part.indexOf('=');
      if (eq > 0) fields[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
    }
  } else if (isPlainObject(args)) {
    fields = args;
  }
  const name = fields?.['pretrained'] ?? fields?.['model'];
  return typeof name === 'string' && name.trim() !== '' ? name.trim() : undefined;
}

function samplesOf(counts: unknown): number | undefined {
  if (!isPlainObject(counts)) return undefined;
  return sampleCount(counts['effective']) ?? sampleCount(counts['original']);
}

function directionOf(flags: unknown, metric: string): 'higher' | 'lower' | undefined {
  if (!isPlainObject(flags)) return undefined;
  const flag = flags[metric];
  return flag === true ? 'higher' : flag === false ? 'lower' : undefined;
}

function modelConflict(ctx: ReadContext, line: number | undefined, conflict: string): Finding {
  const message = `the file names two models (${conflict}), so its results belong to neither`;
  return finding('MODEL_MISMATCH', 'error', message, line === undefined ? { file: ctx.file } : { file: ctx.file, line });
}
