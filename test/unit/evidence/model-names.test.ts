// Every place a format names its model is read; a blank name is no name, and two different names are an error.
import { describe, expect, it } from 'vitest';
import { readResultFile } from '../../../src/evidence/read.ts';
import { loadModelConfig } from '../../../src/policy/model-config.ts';
import { textSource, usable } from './sources.ts';

const lmEval = (modelName: string, args: string) =>
  JSON.stringify({
    results: { wmdp_bio: { 'acc,none': 0.71, 'acc_stderr,none': 0.01 } },
    config: { model: 'vllm', model_args: args },
    model_name: modelName,
    date: 1763648591,
  });

describe('the model of an lm-eval file', () => {
  it('reads pretrained= of config.model_args when model_name is blank, not the folder', async () => {
    const result = await readResultFile(
      textSource('evals/frontier-7/results.json', lmEval('', 'pretrained=other-org/other-model,tensor_parallel_size=4')),
      { folderModel: 'frontier-7' },
    );
    expect(usable(result).map((r) => [r.model, r.modelFromPath, r.folder])).toEqual([['other-org/other-model', undefined, 'frontier-7']]);
  });

  it('refuses a file whose model_name and pretrained= disagree', async () => {
    const result = await readResultFile(textSource('evals/frontier-7/results.json', lmEval('acme/frontier-7', 'pretrained=acme/atlas-2')), {
      folderModel: 'frontier-7',
    });
    expect(result.records).toEqual([]);
    expect(result.findings).toEqual([expect.objectContaining({ code: 'MODEL_MISMATCH', severity: 'error' })]);
  });

  it('takes the folder only when the file names no model anywhere', async () => {
    const result = await readResultFile(textSource('evals/frontier-7/results.json', lmEval('', 'dtype=float16')), {
      folderModel: 'frontier-7',
    });
    expect(usable(result).map((r) => [r.model, r.modelFromPath])).toEqual([['frontier-7', true]]);
  });
});

describe('a model name with invisible characters', () => {
  it('is reported by the reader', async () => {
    const text =
      'model: "frontier-7\\u200b"\ndate: 2026-11-20\nresults:\n  - { eval: wmdp-bio, metric: accuracy, value: 0.5, stderr: 0.01 }\n';
    const result = await readResultFile(textSource('evals/x/r.yaml', text));
    expect(result.findings).toEqual([expect.objectContaining({ code: 'INVISIBLE_NAME', severity: 'warning' })]);
    expect(result.findings[0]!.message).toContain('\\\\u{200B}');
  });
});

describe('a model config in a folder of another name', () => {
  it('is an error at its id', () => {
    const { model, findings } = loadModelConfig('id: frontier-7\ndeclared_level: ASL-2\n', 'models/frontier-8/model.yaml');
    expect(model).toBeDefined();
    expect(findings).toEqual([expect.objectContaining({ code: 'MODEL_INVALID', severity: 'error', line: 1 })]);
  });
});

describe('the model of an Every Eval Ever file', () => {
  it('reads model_info.name when model_info.id is blank, not the folder', async () => {
    const doc = {
      schema_version: '0.2.0',
      model_info: { id: '', name: 'acme/atlas-2' },
      evaluation_timestamp: '1763648591',
      evaluation_results: [
        {
          evaluation_name: 'wmdp_bio',
          metric_config: { lower_is_better: false },
          score_details: { score: 0.9, uncertainty: { num_samples: 100 } },
        },
      ],
    };
    const result = await readResultFile(textSource('evals/frontier-7/eee.json', JSON.stringify(doc)), { folderModel: 'frontier-7' });
    expect(usable(result).map((r) => [r.model, r.modelFromPath])).toEqual([['acme/atlas-2', undefined]]);
  });
});
