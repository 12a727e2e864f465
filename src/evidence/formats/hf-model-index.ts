// Hugging Face model cards: the `model-index` block of a README's front matter (hub-docs modelcard.md). These are
// the model developer's own numbers: every record is self-reported, and values stay as written (often 0-100).
import * as z from 'zod';
import { finding } from '../../common/finding.ts';
import { validate, type ParsedYaml } from '../../common/yaml.ts';
import {
  makeRecord,
  noModel,
  resolveModel,
  unusable,
  unusableRecord,
  valueProblem,
  type FormatOutput,
  type ReadContext,
} from '../record.ts';

export const MODEL_INDEX_KEY = 'model-index';

const text = z.union([z.string(), z.number()]).transform(String);

const MetricSchema = z.looseObject({ type: text, value: z.unknown(), name: z.string().nullish() });

const ResultSchema = z.looseObject({
  dataset: z.looseObject({ type: text, name: text.nullish(), config: text.nullish(), split: text.nullish() }),
  metrics: z.array(MetricSchema),
});

const ModelIndexSchema = z.looseObject({
  [MODEL_INDEX_KEY]: z.array(z.looseObject({ name: z.string().nullish(), results: z.array(ResultSchema) })),
});

// The card spec allows a value written as text, with its uncertainty ("20.0 ± 1.2") or a percent sign. The meaning
// of the uncertainty (stderr, std, CI) is not said, so only the value is kept; dropping a self-reported number
// would hide a possible crossing, so text that holds one clearly is read.
const CARD_NUMBER = /^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*%?\s*(?:(?:±|\+\/-|\+-)\s*(?:\d+\.?\d*|\.\d+)\s*%?\s*)?$/;

function cardValue(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const match = CARD_NUMBER.exec(value);
  return match === null ? value : Number(match[1]);
}

export function readModelIndex(parsed: ParsedYaml, ctx: ReadContext): FormatOutput {
  if (parsed.findings.length > 0) return { records: [], findings: parsed.findings };
  const validated = validate(ModelIndexSchema, parsed, 'PARSE_ERROR', 'model-index');
  if (validated.value === undefined) return { records: [], findings: validated.findings };
  const line = (path: (string | number)[]) => parsed.locate(path).line;

  const output: FormatOutput = { records: [], findings: [] };
  validated.value[MODEL_INDEX_KEY].forEach((entry, i) => {
    const model = resolveModel(entry.name, ctx);
    if (model === undefined) {
      output.findings.push(noModel(ctx, line([MODEL_INDEX_KEY, i])));
      return;
    }
    entry.results.forEach((result, j) => {
      // A dataset's configs are different evals (cais/wmdp has wmdp-bio and wmdp-cyber): keep them apart.
      const dataset = result.dataset.config ? `${result.dataset.type}:${result.dataset.config}` : result.dataset.type;
      // Results of one dataset that differ by its name (MMLU 5-shot and 0-shot) are different measurements, as
      // huggingface_hub's EvalResult keeps them: readings the policy can name with `reading:`, never merged.
      const variant = result.dataset.name ? result.dataset.name : undefined;
      result.metrics.forEach((metric, k) => {
        const at = line([MODEL_INDEX_KEY, i, 'results', j, 'metrics', k]);
        const value = cardValue(metric.value);
        const problem = valueProblem(value);
        if (problem !== undefined) {
          output.findings.push(unusable(ctx, at, `${dataset} ${metric.type}: the value ${problem}; it does not count`, model.model));
          output.records.push(
            unusableRecord(
              'hf-model-index',
              ctx,
              model,
              { eval: dataset, metric: metric.type, variant, selfReported: true, line: at },
              `${dataset} ${metric.type}: the value ${problem}`,
            ),
          );
          return;
        }
        output.records.push(
          makeRecord('hf-model-index', ctx, model, {
            eval: dataset,
            metric: metric.type,
            value: value as number,
            variant,
            selfReported: true,
            line: at,
          }),
        );
      });
    });
  });
  if (output.records.some((r) => r.unusable === undefined)) {
    const at = line([MODEL_INDEX_KEY]);
    output.findings.push(
      finding(
        'SELF_REPORTED',
        'notice',
        'model-card results are self-reported: no standard error, not verified; they never rule a threshold out on their own',
        {
          file: ctx.file,
          ...(at === undefined ? {} : { line: at }),
        },
      ),
    );
  }
  return output;
}
