import { describe, expect, it } from 'vitest';
import { readResultFile } from '../../../src/evidence/read.ts';
import { fixture, textSource, usable } from './sources.ts';

describe('Hugging Face model-index', () => {
  it('reads the front matter as self-reported records, values kept as written (0-100)', async () => {
    const result = await readResultFile(fixture('hf-model-index/README.md'));
    expect(result.format).toBe('hf-model-index');
    expect(usable(result)).toEqual([
      {
        model: 'frontier-7-instruct',
        eval: 'cais/mmlu:all',
        metric: 'acc',
        value: 79.42,
        variant: 'MMLU (5-Shot)',
        selfReported: true,
        format: 'hf-model-index',
        file: 'evals/hf-model-index/README.md',
        line: 24,
      },
      {
        model: 'frontier-7-instruct',
        eval: 'cais/wmdp:wmdp-bio',
        metric: 'acc',
        value: 71.3,
        variant: 'WMDP (biosecurity)',
        selfReported: true,
        format: 'hf-model-index',
        file: 'evals/hf-model-index/README.md',
        line: 38,
      },
      {
        model: 'frontier-7-instruct',
        eval: 'gsm8k',
        metric: 'exact_match',
        value: 0.853,
        variant: 'GSM8K',
        selfReported: true,
        format: 'hf-model-index',
        file: 'evals/hf-model-index/README.md',
        line: 57,
      },
    ]);
    for (const record of usable(result)) expect(record).not.toHaveProperty('stderr');
  });

  it('gives one SELF_REPORTED notice per file and an unusable warning for a value that is no number', async () => {
    const result = await readResultFile(fixture('hf-model-index/README.md'));
    expect(result.findings.map((f) => [f.code, f.severity, f.line])).toEqual([
      ['UNUSABLE_RESULT', 'warning', 49],
      ['SELF_REPORTED', 'notice', 10],
    ]);
    expect(result.findings[0]!.message).toContain('cais/wmdp:wmdp-cyber acc: the value is not a number ("TBD")');
  });

  it('reports YAML errors in the front matter at the line of the file', async () => {
    const result = await readResultFile(fixture('hf-model-index/broken-front-matter.md'));
    expect(result.format).toBe('hf-model-index');
    expect(usable(result)).toEqual([]);
    expect(result.findings).toMatchObject([{ code: 'PARSE_ERROR', severity: 'error', line: 7 }]);
  });

  it('ignores a model card without model-index', async () => {
    expect(await readResultFile(fixture('hf-model-index/no-model-index.md'))).toEqual({ records: [], findings: [] });
  });

  it('reads CRLF front matter, takes the folder model for an unnamed entry, and reports a structure error', async () => {
    const card = [
      '---',
      'model-index:',
      '- results:',
      '  - dataset: {type: cais/wmdp, config: wmdp-chem}',
      '    metrics:',
      '    - {type: acc, value: "52.1"}',
      '---',
      '# Card',
      '',
    ].join('\r\n');
    const result = await readResultFile(textSource('evals/frontier-7/README.md', card), { folderModel: 'frontier-7' });
    expect(usable(result)).toMatchObject([{ model: 'frontier-7', modelFromPath: true, eval: 'cais/wmdp:wmdp-chem', value: 52.1, line: 6 }]);

    const bad = ['---', 'model-index:', '- name: frontier-7', '  results:', '  - dataset: {name: WMDP}', '    metrics: []', '---', ''].join(
      '\n',
    );
    const broken = await readResultFile(textSource('evals/frontier-7/README.md', bad));
    expect(broken.findings).toMatchObject([{ code: 'PARSE_ERROR', line: 5, message: expect.stringContaining('dataset.type') }]);
  });
});

describe('model-card values written as text', () => {
  it.each([
    ['"71.3"', 71.3],
    ['"71.3%"', 71.3],
    ['"71.3 ± 1.3"', 71.3],
    ['"0.713 +/- 0.013"', 0.713],
    ['"71.3% ± 1.3%"', 71.3],
  ])('reads %s as %d', async (written, value) => {
    const card = `---\nmodel-index:\n- name: frontier-7\n  results:\n  - dataset: {type: cais/wmdp, config: wmdp-bio}\n    metrics:\n    - {type: acc, value: ${written}}\n---\n`;
    const result = await readResultFile(textSource('evals/frontier-7/README.md', card));
    expect(usable(result).map((r) => r.value)).toEqual([value]);
  });

  it.each(['"about 70"', '"71.3 (5-shot)"', '"n/a"', '[71.3]'])('does not guess a number from %s', async (written) => {
    const card = `---\nmodel-index:\n- name: frontier-7\n  results:\n  - dataset: {type: cais/wmdp}\n    metrics:\n    - {type: acc, value: ${written}}\n---\n`;
    const result = await readResultFile(textSource('evals/frontier-7/README.md', card));
    expect(usable(result)).toEqual([]);
    expect(result.findings).toMatchObject([{ code: 'UNUSABLE_RESULT', line: 7 }]);
  });
});
