// Every Eval Ever (the EvalEval Coalition's interchange schema, eval.schema.json 0.2-0.3): `model_info` and one
// `evaluation_results[]` entry per score, with its metric config and uncertainty.
import * as z from 'zod';
import { finding } from '../../common/finding.ts';
import { validate, type ParsedYaml } from '../../common/yaml.ts';
import {
  makeRecord,
  noModel,
  unusableRecord,
  resolveModel,
  sampleCount,
  stderrProblem,
  timestamp,
  unusable,
  valueProblem,
  type FormatOutput,
  type ReadContext,
} from '../record.ts';

export const EVERY_EVAL_EVER_KEYS: ReadonlySet<string> = new Set([
  'model_info',
  'evaluation_results',
  'evaluation_timestamp',
  'source_metadata',
  'schema_version',
]);

const stamp = z.union([z.string(), z.number()]).optional();

const ResultSchema = z.looseObject({
  evaluation_name: z.string().min(1),
  evaluation_timestamp: stamp,
  metric_config: z.looseObject({
    lower_is_better: z.boolean(),
    metric_id: z.string().min(1).optional(),
    metric_name: z.string().min(1).optional(),
  }),
  score_details: z.looseObject({
    score: z.unknown(),
    uncertainty: z
      .looseObject({
        standard_error: z.looseObject({ value: z.unknown() }).optional(),
        num_samples: z.number().optional(),
      })
      .optional(),
  }),
});

const EveryEvalEverSchema = z.looseObject({
  model_info: z.looseObject({ id: z.string().optional(), name: z.string().optional() }),
  evaluation_timestamp: stamp,
  source_metadata: z.looseObject({ source_type: z.string().optional(), evaluator_relationship: z.string().optional() }).optional(),
  evaluation_results: z.array(ResultSchema),
});

// Schema 0.2 files name no metric; their one score per entry is called this.
const UNNAMED_METRIC = 'score';

export function readEveryEvalEver(parsed: ParsedYaml, ctx: ReadContext): FormatOutput {
  const validated = validate(EveryEvalEverSchema, parsed, 'PARSE_ERROR', 'Every Eval Ever results');
  if (validated.value === undefined) return { records: [], findings: validated.findings };
  const doc = validated.value;
  const line = (path: (string | number)[]) => parsed.locate(path).line;
  // A blank id names nothing: the name, then the folder, say which model it is.
  const named = [doc.model_info.id, doc.model_info.name].find((n) => n !== undefined && n.trim() !== '');
  const model = resolveModel(named, ctx);
  if (model === undefined) return { records: [], findings: [noModel(ctx, line(['model_info']))] };
  // A developer's own published numbers (documentation, first party) are self-reported, like a model card.
  const selfReported = doc.source_metadata?.source_type === 'documentation' && doc.source_metadata.evaluator_relationship === 'first_party';

  const output: FormatOutput = { records: [], findings: [] };
  doc.evaluation_results.forEach((result, i) => {
    const config = result.metric_config;
    const metric = config.metric_id ?? config.metric_name ?? UNNAMED_METRIC;
    const at = line(['evaluation_results', i, 'score_details', 'score']);
    const label = `${result.evaluation_name} ${metric}`;
    const problem = valueProblem(result.score_details.score);
    const uncertainty = result.score_details.uncertainty;
    const rawStderr = uncertainty?.standard_error?.value;
    const bad = uncertainty?.standard_error === undefined ? undefined : stderrProblem(rawStderr);
    const why =
      problem !== undefined ? `${label}: the score ${problem}` : bad !== undefined ? `${label}: its standard error ${bad}` : undefined;
    if (why !== undefined) {
      output.findings.push(unusable(ctx, at, `${why}; it does not count`, model.model));
      const fields = {
        eval: result.evaluation_name,
        metric,
        date: timestamp(result.evaluation_timestamp ?? doc.evaluation_timestamp),
        line: at,
      };
      output.records.push(unusableRecord('every-eval-ever', ctx, model, fields, why));
      return;
    }
    output.records.push(
      makeRecord('every-eval-ever', ctx, model, {
        eval: result.evaluation_name,
        metric,
        value: result.score_details.score as number,
        stderr: rawStderr as number | undefined,
        samples: sampleCount(uncertainty?.num_samples),
        date: timestamp(result.evaluation_timestamp ?? doc.evaluation_timestamp),
        direction: config.lower_is_better ? 'lower' : 'higher',
        selfReported,
        line: at,
      }),
    );
  });
  if (selfReported && output.records.some((r) => r.unusable === undefined)) {
    output.findings.push(
      finding(
        'SELF_REPORTED',
        'notice',
        "these results are the developer's own published numbers (first-party documentation), not a measured run",
        {
          file: ctx.file,
          ...(line(['source_metadata']) === undefined ? {} : { line: line(['source_metadata'])! }),
        },
      ),
    );
  }
  return output;
}
