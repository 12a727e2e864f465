// A JSON result file that writes one key twice says two things: it is refused with its file and line, in every format
// read through the JSON scanner (lm-eval, Inspect .json and header.json, Every Eval Ever), nested or at the top.
import { describe, expect, it } from 'vitest';
import { readResultFile } from '../../../src/evidence/read.ts';
import { bytesSource, textSource, usable } from './sources.ts';
import { writeZip } from '../../support/zip-writer.ts';

const LM_EVAL = `{
  "results": {
    "wmdp_bio": {
      "acc,none": 0.71,
      "acc,none": 0.31,
      "acc_stderr,none": 0.01
    }
  },
  "model_name": "acme/frontier-7",
  "date": 1763648591
}`;

const LM_EVAL_TOP = `{
  "results": { "wmdp_bio": { "acc,none": 0.71, "acc_stderr,none": 0.01 } },
  "model_name": "acme/frontier-7",
  "results": { "wmdp_bio": { "acc,none": 0.31, "acc_stderr,none": 0.01 } },
  "date": 1763648591
}`;

const INSPECT = `{
  "version": 2,
  "status": "success",
  "eval": { "task": "wmdp_bio", "model": "acme/frontier-7", "model": "acme/other", "created": "2026-11-20T10:00:00Z" },
  "results": { "scores": [ { "name": "choice", "metrics": { "accuracy": { "name": "accuracy", "value": 0.7 } } } ] }
}`;

const EEE = `{
  "schema_version": "0.2.0",
  "model_info": { "id": "acme/frontier-7" },
  "evaluation_results": [
    { "evaluation_name": "wmdp_bio", "metric_config": { "lower_is_better": false },
      "score_details": { "score": 0.9,
        "score": 0.2 } }
  ]
}`;

describe('duplicate JSON keys', () => {
  it.each([
    ['lm-eval, inside a result row', LM_EVAL, 'lm-eval', 5],
    ['lm-eval, at the top level', LM_EVAL_TOP, 'lm-eval', 4],
    ['an Inspect .json log', INSPECT, 'inspect', 4],
    ['Every Eval Ever', EEE, 'every-eval-ever', 7],
  ])('refuse %s at the line of the second key', async (_, text, _format, line) => {
    const result = await readResultFile(textSource('evals/frontier-7/r.json', text));
    expect(usable(result)).toEqual([]);
    expect(result.findings).toEqual([expect.objectContaining({ code: 'PARSE_ERROR', severity: 'error', line })]);
    expect(result.findings[0]!.message).toContain('duplicate key');
  });

  it('refuse a duplicate key in the header.json of an Inspect .eval log', async () => {
    const header = INSPECT.replace('"status": "success",', '"status": "success",\n  "status": "error",').replace(
      '"model": "acme/other", ',
      '',
    );
    const zip = writeZip([
      { name: '_journal/start.json', data: '{}' },
      { name: 'header.json', data: header },
    ]);
    const result = await readResultFile(bytesSource('evals/frontier-7/run.eval', zip.bytes));
    expect(result.format).toBe('inspect');
    expect(usable(result)).toEqual([]);
    expect(result.findings).toEqual([expect.objectContaining({ code: 'PARSE_ERROR', severity: 'error' })]);
    expect(result.findings[0]!.message).toMatch(/header\.json.*duplicate key "status"/);
  });

  it('still read the same files without the duplicate', async () => {
    const result = await readResultFile(textSource('evals/frontier-7/r.json', LM_EVAL.replace('      "acc,none": 0.31,\n', '')));
    expect(usable(result)).toHaveLength(1);
  });
});
