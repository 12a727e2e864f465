import { describe, expect, it } from 'vitest';
import { readResultFile } from '../../../src/evidence/read.ts';
import { fixture, textSource, usable } from './sources.ts';

const V04 = 'lm-eval/results_2025-11-20T14-23-11.214480.json';

describe('lm-evaluation-harness results', () => {
  it('reads "<metric>,<filter>" keys with their stderr, direction, sample count, model and epoch date', async () => {
    const result = await readResultFile(fixture(V04));
    expect(result.format).toBe('lm-eval');
    expect(result.findings).toEqual([]);
    const bio = usable(result).find((r) => r.eval === 'wmdp_bio');
    expect(bio).toEqual({
      model: 'acme/frontier-7-base',
      eval: 'wmdp_bio',
      metric: 'acc',
      value: 0.6897,
      stderr: 0.013,
      samples: 1273,
      date: '2025-11-20T14:23:11.214Z',
      direction: 'higher',
      variant: 'none',
      format: 'lm-eval',
      file: `evals/${V04}`,
      line: 43,
    });
  });

  it('skips placeholder group rows silently and keeps a record without stderr where it is "N/A"', async () => {
    const result = await readResultFile(fixture(V04));
    const tasks = usable(result).map((r) => r.eval);
    expect(tasks).not.toContain('mmlu_stem');
    expect(tasks).not.toContain('wmdp');
    const humanities = usable(result).find((r) => r.eval === 'mmlu_humanities');
    expect(humanities).toMatchObject({ metric: 'acc', value: 0.6011, line: 9 });
    expect(humanities).not.toHaveProperty('stderr');
    expect(tasks).toEqual([
      'mmlu',
      'mmlu_humanities',
      'mmlu_formal_logic',
      'mmlu_high_school_european_history',
      'mmlu_college_biology',
      'mmlu_virology',
      'wmdp_bio',
      'wmdp_chem',
      'wmdp_cyber',
      'gsm8k',
      'gsm8k',
    ]);
  });

  it('keeps the filters of one metric apart, each with its own stderr', async () => {
    const result = await readResultFile(fixture(V04));
    const gsm8k = usable(result)
      .filter((r) => r.eval === 'gsm8k')
      .map((r) => [r.metric, r.variant, r.value, r.stderr, r.line]);
    expect(gsm8k).toEqual([
      ['exact_match', 'strict-match', 0.7619, 0.0117, 58],
      ['exact_match', 'flexible-extract', 0.771, 0.0116, 60],
    ]);
  });

  it('reads the v0.3 layout, taking the model from pretrained= in config.model_args', async () => {
    const result = await readResultFile(fixture('lm-eval/pythia-1.4b-v0.3.json'));
    expect(result.format).toBe('lm-eval');
    expect(result.findings).toEqual([]);
    expect(usable(result).map((r) => [r.model, r.eval, r.metric, r.value, r.stderr, r.line])).toEqual([
      ['EleutherAI/pythia-1.4b', 'hellaswag', 'acc', 0.4046, 0.0049, 4],
      ['EleutherAI/pythia-1.4b', 'hellaswag', 'acc_norm', 0.5195, 0.005, 6],
      ['EleutherAI/pythia-1.4b', 'arc_challenge', 'acc', 0.2577, 0.0128, 10],
      ['EleutherAI/pythia-1.4b', 'arc_challenge', 'acc_norm', 0.2867, 0.0132, 12],
      ['EleutherAI/pythia-1.4b', 'lambada_openai', 'ppl', 6.1048, 0.1484, 16],
      ['EleutherAI/pythia-1.4b', 'lambada_openai', 'acc', 0.6163, 0.0068, 18],
    ]);
    expect(usable(result)[0]).not.toHaveProperty('date');
    expect(usable(result)[0]).not.toHaveProperty('variant');
  });

  it('makes a NaN value or a NaN stderr unusable, and reads model_args given as an object', async () => {
    const result = await readResultFile(fixture('lm-eval/results_2025-11-16T13-55-11.770011.json'));
    expect(usable(result)).toMatchObject([{ model: 'acme/frontier-7-rc2', eval: 'wmdp_chem', value: 0.5074, samples: 408 }]);
    expect(result.findings.map((f) => [f.code, f.line, f.model])).toEqual([
      ['UNUSABLE_RESULT', 5, 'acme/frontier-7-rc2'],
      ['UNUSABLE_RESULT', 11, 'acme/frontier-7-rc2'],
    ]);
    expect(result.findings[0]!.message).toContain('wmdp_bio acc,none is NaN');
    expect(result.findings[1]!.message).toContain('stderr is NaN');
  });

  it('reports non-numeric values, and takes the folder model when the file names none', async () => {
    const text = JSON.stringify(
      {
        results: { wmdp_bio: { 'acc,none': 'high', 'acc_stderr,none': 0.01, alias: 'wmdp_bio' }, wmdp_chem: { 'acc,none': 0.5 } },
        versions: { wmdp_bio: 1 },
      },
      null,
      2,
    );
    const result = await readResultFile(textSource('evals/frontier-7/results.json', text), { folderModel: 'frontier-7' });
    expect(usable(result)).toMatchObject([{ model: 'frontier-7', modelFromPath: true, eval: 'wmdp_chem', value: 0.5 }]);
    expect(result.findings).toMatchObject([
      { code: 'UNUSABLE_RESULT', line: 4, message: expect.stringContaining('not a number ("high")') },
    ]);
  });

  it('reports a results row that is not an object', async () => {
    const text = '{\n  "results": {\n    "wmdp_bio": 0.69\n  },\n  "config": {"model_args": "pretrained=acme/frontier-7"}\n}\n';
    const result = await readResultFile(textSource('evals/x/results.json', text));
    expect(result.format).toBe('lm-eval');
    expect(result.findings).toMatchObject([{ code: 'PARSE_ERROR', line: 3 }]);
  });
});
