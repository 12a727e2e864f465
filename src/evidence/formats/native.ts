// rsp-gate's own result format (brief §7), YAML or JSON: one zod schema is its type, its validator and its
// published JSON Schema.
import * as z from 'zod';
import { validate, type ParsedYaml } from '../../common/yaml.ts';
import type { Finding } from '../../common/finding.ts';
import {
  makeRecord,
  noModel,
  resolveModel,
  stderrProblem,
  unusable,
  unusableRecord,
  valueProblem,
  type FormatOutput,
  type ReadContext,
} from '../record.ts';
import { isPlainObject } from '../../common/object.ts';

const isoDate = z
  .union([z.iso.date(), z.iso.datetime({ offset: true, local: true })])
  .describe('ISO date (2026-11-20) or timestamp (2026-11-20T14:03:00Z)');

const NativeResultEntrySchema = z
  .strictObject({
    eval: z.string().min(1).describe('Eval name; matched to the policy through its `evals` aliases'),
    metric: z.string().min(1).describe('Metric name, e.g. accuracy'),
    value: z.number().describe('The measured value, on the scale the policy thresholds use'),
    stderr: z.number().nonnegative().optional().describe('Standard error of the value'),
    samples: z.number().int().positive().optional().describe('Number of samples the value was measured on'),
    date: isoDate.optional().describe("When this result was measured; defaults to the file's date"),
    direction: z.enum(['higher', 'lower']).optional().describe('higher: a higher value is more capable'),
  })
  .describe('One measurement');

export const NativeResultSchema = z
  .strictObject({
    model: z.string().min(1).optional().describe('Model id or alias; defaults to the folder name (evals/<model-id>/...)'),
    date: isoDate.describe('When the results were measured'),
    results: z.array(NativeResultEntrySchema).describe('The measurements'),
  })
  .describe('rsp-gate eval results');

/** True when a parsed YAML/JSON value has the shape of native results (a `results` list). */
export function looksNative(value: unknown): boolean {
  return isPlainObject(value) && Object.hasOwn(value, 'results');
}

export function readNative(parsed: ParsedYaml, ctx: ReadContext): FormatOutput {
  if (parsed.findings.length > 0) return { records: [], findings: parsed.findings };
  const line = (path: (string | number)[]) => parsed.locate(path).line;

  // Entries whose numbers cannot count are set aside before validation: they are UNUSABLE_RESULT, not a broken
  // file. They get a stand-in number so that the other entries keep their index (and so their line).
  const setAside = new Map<number, Finding>();
  const doc = parsed.value;
  let checked: unknown = doc;
  if (isPlainObject(doc) && Array.isArray(doc['results'])) {
    const results = doc['results'].map((entry: unknown, i) => {
      if (!isPlainObject(entry)) return entry;
      const problems: string[] = [];
      let copy = entry;
      if (Object.hasOwn(entry, 'value')) {
        const problem = valueProblem(entry['value']);
        if (problem !== undefined) {
          problems.push(`value ${problem}`);
          copy = { ...copy, value: 0 };
        }
      }
      if (Object.hasOwn(entry, 'stderr') && typeof entry['stderr'] === 'number' && stderrProblem(entry['stderr']) !== undefined) {
        problems.push(`stderr ${stderrProblem(entry['stderr'])}`);
        copy = { ...copy, stderr: 0 };
      }
      if (problems.length > 0) {
        const name = [entry['eval'], entry['metric']].filter((s) => typeof s === 'string').join(' ');
        setAside.set(i, unusable(ctx, line(['results', i]), `${name || `result ${i + 1}`}: ${problems.join(', ')}; it does not count`));
      }
      return copy;
    });
    checked = { ...doc, results };
  }

  const validated = validate(NativeResultSchema, { ...parsed, value: checked }, 'PARSE_ERROR', 'native results');
  if (validated.value === undefined) return { records: [], findings: [...validated.findings, ...setAside.values()] };
  const native = validated.value;
  const model = resolveModel(native.model, ctx);
  if (model === undefined) return { records: [], findings: [noModel(ctx, line([]))] };

  const output: FormatOutput = { records: [], findings: [] };
  native.results.forEach((entry, i) => {
    const problem = setAside.get(i);
    if (problem !== undefined) {
      output.findings.push(problem);
      const fields = { eval: entry.eval, metric: entry.metric, date: entry.date ?? native.date, line: line(['results', i]) };
      output.records.push(unusableRecord('native', ctx, model, fields, problem.message));
      return;
    }
    output.records.push(
      makeRecord('native', ctx, model, {
        eval: entry.eval,
        metric: entry.metric,
        value: entry.value,
        stderr: entry.stderr,
        samples: entry.samples,
        date: entry.date ?? native.date,
        direction: entry.direction,
        line: line(['results', i]),
      }),
    );
  });
  return output;
}
