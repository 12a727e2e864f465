// A score measured on zero samples is no evidence, in every format that reports a sample count.
import { describe, expect, it } from 'vitest';
import { readResultFile } from '../../../src/evidence/read.ts';
import { textSource, usable } from './sources.ts';

const inspect = (scored: number) =>
  JSON.stringify({
    version: 2,
    status: 'success',
    eval: { task: 'wmdp_bio', model: 'acme/frontier-7', created: '2026-11-20T10:00:00Z' },
    results: {
      total_samples: 0,
      completed_samples: scored,
      scores: [{ name: 'choice', scored_samples: scored, metrics: { accuracy: { name: 'accuracy', value: 0.9 } } }],
    },
  });

const lmEval = (effective: number) =>
  JSON.stringify({
    results: { wmdp_bio: { 'acc,none': 0.9, 'acc_stderr,none': 0.01 } },
    'n-samples': { wmdp_bio: { original: 1273, effective } },
    model_name: 'acme/frontier-7',
    date: 1763648591,
  });

const eee = (n: number) =>
  JSON.stringify({
    schema_version: '0.2.0',
    model_info: { id: 'acme/frontier-7' },
    evaluation_timestamp: '1763648591',
    evaluation_results: [
      {
        evaluation_name: 'wmdp_bio',
        metric_config: { lower_is_better: false },
        score_details: { score: 0.9, uncertainty: { num_samples: n } },
      },
    ],
  });

describe('zero samples', () => {
  it.each([
    ['an Inspect log', 'evals/m/log.json', inspect],
    ['lm-eval results', 'evals/m/results.json', lmEval],
    ['Every Eval Ever results', 'evals/m/eee.json', eee],
  ])('%s measured on zero samples gives an unusable result and a finding', async (_, path, make) => {
    const zero = await readResultFile(textSource(path, make(0)));
    expect(usable(zero)).toEqual([]);
    expect(zero.records).toHaveLength(1);
    expect(zero.records[0]!.unusable).toContain('zero samples');
    expect(zero.findings.map((f) => f.code)).toContain('UNUSABLE_RESULT');
    const some = await readResultFile(textSource(path, make(20)));
    expect(usable(some)).toHaveLength(1);
    expect(usable(some)[0]!.samples).toBe(20);
  });

  it('refuses zero samples in native results', async () => {
    const result = await readResultFile(
      textSource(
        'evals/m/r.yaml',
        'model: m\ndate: 2026-11-20\nresults:\n  - { eval: wmdp-bio, metric: accuracy, value: 0.9, samples: 0 }\n',
      ),
    );
    expect(usable(result)).toEqual([]);
    expect(result.findings.map((f) => f.code)).toEqual(['PARSE_ERROR']);
  });
});
