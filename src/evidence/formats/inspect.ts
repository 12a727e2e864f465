// UK AISI Inspect logs (EvalLog in inspect_ai/log/_log.py): the header fields that carry the results, whether they
// come from a `.json` log or from the `header.json` inside a `.eval` archive.
import * as z from 'zod';
import type { Finding } from '../../common/finding.ts';
import { validate, type ParsedYaml } from '../../common/yaml.ts';
import {
  makeRecord,
  noModel,
  parseError,
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

/** The top-level members of a log that the reader needs; `samples` and `reductions` are never among them. */
export const INSPECT_KEYS: ReadonlySet<string> = new Set(['version', 'status', 'eval', 'results', 'invalidated']);

const MetricSchema = z.looseObject({ name: z.string().optional(), value: z.unknown() });

const ScoreSchema = z.looseObject({
  name: z.string().min(1),
  reducer: z.string().nullish(),
  scored_samples: z.number().nullish(),
  metrics: z.record(z.string(), MetricSchema),
});

const InspectLogSchema = z.looseObject({
  status: z.enum(['started', 'success', 'cancelled', 'error']),
  invalidated: z.boolean().optional(),
  eval: z.looseObject({
    task: z.string().min(1),
    model: z.string().min(1),
    created: z.string().optional(),
  }),
  results: z
    .looseObject({
      total_samples: z.number().optional(),
      completed_samples: z.number().optional(),
      scores: z.array(ScoreSchema).default([]),
    })
    .nullish(),
});

// The statuses of a run that did not succeed (EvalStatus in inspect_ai/log/_log.py).
const UNFINISHED: ReadonlySet<string> = new Set(['started', 'cancelled', 'error']);

// Inspect's `stderr` metric is the standard error of the scorer's mean score, reported beside it; before 0.3.18 it was
// `bootstrap_std`, the bootstrap estimate of the same quantity.
const STDERR_NAMES = ['stderr', 'bootstrap_std'];

/** Why a log whose status is not `success` does not count. */
function notSuccess(status: string, ctx: ReadContext, at: number | undefined): Finding {
  // A status Inspect does not write is a log this reader does not understand: an error, not a run to skip.
  if (!UNFINISHED.has(status))
    return parseError(ctx, at, `Inspect log status ${JSON.stringify(status)} is none of success, started, cancelled, error`);
  const why = status === 'started' ? 'the run never finished' : `the run ended with "${status}"`;
  return unusable(ctx, at, `Inspect log status is "${status}": ${why}, and only a successful run counts`);
}

/**
 * The results of a log written before Inspect 0.3.18 (one `scorer` and its `metrics`) in today's shape, as Inspect's
 * own EvalResults.convert_scorer_to_scorers reads them: `scores: [{...scorer, metrics}]`. Undefined for a current log.
 */
function legacyResults(results: unknown): Record<string, unknown> | 'both' | undefined {
  if (!isPlainObject(results) || !Object.hasOwn(results, 'scorer')) return undefined;
  if (Object.hasOwn(results, 'scores')) return 'both';
  const { scorer, metrics, ...rest } = results;
  const score = isPlainObject(scorer) ? { ...scorer, metrics: metrics ?? {} } : scorer;
  return { ...rest, scores: [score] };
}

export function readInspect(parsed: ParsedYaml, ctx: ReadContext): FormatOutput {
  const line = (path: (string | number)[]) => parsed.locate(path).line;
  const raw = parsed.value as Record<string, unknown>;
  const status = raw['status'];
  if (typeof status === 'string' && status !== 'success') return { records: [], findings: [notSuccess(status, ctx, line(['status']))] };
  // 1. The log in today's shape (a log before 0.3.18 is read as Inspect converts it), validated.
  const legacy = legacyResults(raw['results']);
  if (legacy === 'both') {
    const both = 'Inspect log results hold both `scorer` (before Inspect 0.3.18) and `scores`';
    return { records: [], findings: [parseError(ctx, line(['results']), both)] };
  }
  const shaped = legacy === undefined ? parsed : { ...parsed, value: { ...raw, results: legacy } };
  const validated = validate(InspectLogSchema, shaped, 'PARSE_ERROR', 'Inspect log');
  if (validated.value === undefined) return { records: [], findings: validated.findings };
  const log = validated.value;
  // 2. Whose run it is, and whether it may count at all.
  const model = resolveModel(log.eval.model, ctx);
  if (model === undefined) return { records: [], findings: [noModel(ctx, line(['eval']))] };
  if (log.invalidated === true) {
    const why = 'samples of this Inspect run were invalidated after it finished: its results do not count until it is re-run';
    return { records: [], findings: [unusable(ctx, line(['invalidated']), why, model.model)] };
  }
  const scores = log.results?.scores ?? [];
  if (scores.length === 0)
    return { records: [], findings: [unusable(ctx, line(['results']), 'the Inspect log has no scores', model.model)] };
  // 3. One record per metric of every score; where a score's metrics stand: results.metrics before 0.3.18.
  const metricsPath = (i: number): (string | number)[] =>
    legacy === undefined ? ['results', 'scores', i, 'metrics'] : ['results', 'metrics'];
  const output: FormatOutput = { records: [], findings: [] };
  scores.forEach((score, i) => {
    readScore(score, log, { ctx, model, output, at: (key) => line([...metricsPath(i), key]) });
  });
  return output;
}

type InspectLog = z.infer<typeof InspectLogSchema>;
type Score = NonNullable<InspectLog['results']>['scores'][number];

interface ScoreContext {
  ctx: ReadContext;
  model: NonNullable<ReturnType<typeof resolveModel>>;
  output: FormatOutput;
  /** The line of a metric of this score. */
  at: (key: string) => number | undefined;
}

function readScore(score: Score, log: InspectLog, sc: ScoreContext): void {
  const { ctx, model, output } = sc;
  const task = log.eval.task;
  const variant = score.reducer ? `${score.name}/${score.reducer}` : score.name;
  const stderrKey = STDERR_NAMES.find((k) => Object.hasOwn(score.metrics, k));
  const stderrMetric = stderrKey === undefined ? undefined : score.metrics[stderrKey];
  for (const [key, metric] of Object.entries(score.metrics)) {
    if (STDERR_NAMES.includes(key)) continue;
    const name = metric.name ?? key;
    const at = sc.at(key);
    const label = `${task} ${name} (scorer ${variant})`;
    const problem = valueProblem(metric.value);
    const stderr = stderrMetric?.value;
    const badStderr = stderrMetric === undefined ? undefined : stderrProblem(stderr);
    const why = problem !== undefined ? `${label} ${problem}` : badStderr !== undefined ? `${label}: its stderr ${badStderr}` : undefined;
    const date = timestamp(log.eval.created);
    if (why !== undefined) {
      output.findings.push(unusable(ctx, at, `${why}; it does not count`, model.model));
      output.records.push(unusableRecord('inspect', ctx, model, { eval: task, metric: name, date, variant, line: at }, why));
      continue;
    }
    const samples = sampleCount(score.scored_samples) ?? sampleCount(log.results?.completed_samples);
    output.records.push(
      makeRecord('inspect', ctx, model, {
        eval: task,
        metric: name,
        value: metric.value as number,
        stderr: stderr as number | undefined,
        samples,
        date,
        variant,
        line: at,
      }),
    );
  }
}
