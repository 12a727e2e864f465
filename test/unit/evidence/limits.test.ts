// Limits that must give a finding, never a crash: a huge header.json, a file of 150,000 results, a number of a million
// digits.
import { describe, expect, it } from 'vitest';
import { MAX_HEADER_BYTES } from '../../../src/evidence/formats/inspect-eval.ts';
import { readResultFile } from '../../../src/evidence/read.ts';
import { DEFLATE, writeZip } from '../../support/zip-writer.ts';
import { bytesSource, textSource, usable } from './sources.ts';

describe('limits of the readers', () => {
  it('refuses a 60 MiB header.json with a finding, without decompressing it', async () => {
    const pad = 'x'.repeat(60 * 1024 * 1024);
    const header = `{"version": 2, "status": "success", "eval": {"task": "t", "model": "m", "metadata": {"pad": "${pad}"}}, "results": {"scores": []}}`;
    const zip = writeZip([
      { name: '_journal/start.json', data: '{}' },
      { name: 'header.json', data: header, method: DEFLATE },
    ]);
    expect(header.length).toBeGreaterThan(MAX_HEADER_BYTES);
    const result = await readResultFile(bytesSource('evals/m/run.eval', zip.bytes));
    expect(result.records).toEqual([]);
    expect(result.findings).toEqual([expect.objectContaining({ code: 'PARSE_ERROR', severity: 'error' })]);
    expect(result.findings[0]!.message).toContain('header.json');
  });

  it('reads 150,000 results of one lm-eval file', async () => {
    const rows: string[] = [];
    for (let i = 0; i < 150_000; i++) rows.push(`"t${i}": {"acc,none": 0.5, "acc_stderr,none": 0.01}`);
    const text = `{"results": {${rows.join(',\n')}}, "model_name": "acme/frontier-7", "date": 1763648591}`;
    const result = await readResultFile(textSource('evals/m/results.json', text));
    expect(usable(result)).toHaveLength(150_000);
  });

  it('reads a number of a million digits as a number, not a stack overflow', async () => {
    const text = `{"results": {"t": {"acc,none": 0.${'1'.repeat(1_000_000)}}}, "model_name": "m", "date": 1763648591}`;
    const result = await readResultFile(textSource('evals/m/results.json', text));
    expect(usable(result)[0]!.value).toBeCloseTo(0.1111, 4);
  });
});
