// Formats as their own tools read them: Inspect logs before 0.3.18, and model cards whose results differ only by the
// dataset's name.
import { describe, expect, it } from 'vitest';
import { readResultFile } from '../../../src/evidence/read.ts';
import { textSource, usable } from './sources.ts';

const LEGACY = `{
  "version": 1,
  "status": "success",
  "eval": { "task": "wmdp_bio", "model": "openai/gpt-4", "created": "2024-05-05T07:59:35+00:00" },
  "results": {
    "scorer": { "name": "match", "params": {} },
    "metrics": {
      "accuracy": { "name": "accuracy", "value": 0.71, "options": {} },
      "bootstrap_std": { "name": "bootstrap_std", "value": 0.02, "options": {} }
    }
  }
}`;

describe('Inspect logs before 0.3.18', () => {
  it('read results.scorer with results.metrics, and bootstrap_std as the stderr', async () => {
    const result = await readResultFile(textSource('evals/m/log.json', LEGACY));
    expect(result.findings).toEqual([]);
    expect(usable(result)).toEqual([
      expect.objectContaining({
        model: 'openai/gpt-4',
        eval: 'wmdp_bio',
        metric: 'accuracy',
        value: 0.71,
        stderr: 0.02,
        variant: 'match',
        line: 8,
      }),
    ]);
  });

  it('refuse a log that holds both scorer and scores', async () => {
    const both = LEGACY.replace('"scorer":', '"scores": [],\n    "scorer":');
    const result = await readResultFile(textSource('evals/m/log.json', both));
    expect(result.findings).toEqual([expect.objectContaining({ code: 'PARSE_ERROR', severity: 'error' })]);
  });
});

describe('model cards whose results differ only by the dataset name', () => {
  const card = [
    '---',
    'model-index:',
    '- name: acme/frontier-7',
    '  results:',
    '  - dataset: {type: cais/mmlu, name: MMLU (5-shot)}',
    '    metrics: [{type: acc, value: 0.81}]',
    '  - dataset: {type: cais/mmlu, name: MMLU (0-shot)}',
    '    metrics: [{type: acc, value: 0.64}]',
    '---',
    '',
  ].join('\n');

  it('keep them apart as two readings named by the dataset', async () => {
    const result = await readResultFile(textSource('evals/m/README.md', card));
    expect(usable(result).map((r) => [r.eval, r.variant, r.value])).toEqual([
      ['cais/mmlu', 'MMLU (5-shot)', 0.81],
      ['cais/mmlu', 'MMLU (0-shot)', 0.64],
    ]);
  });
});
