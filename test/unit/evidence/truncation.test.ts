import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readResultFile } from '../../../src/evidence/read.ts';
import { bytesSource, fixtureBytes } from './sources.ts';

const FORMATS = ['inspect', 'lm-eval', 'every-eval-ever', 'native'];
const cut = (name: string) => name.endsWith('.json') || name.endsWith('.eval');
const complete = FORMATS.flatMap((dir) =>
  readdirSync(join(import.meta.dirname, '..', '..', 'fixtures', 'evidence', dir))
    .filter((f) => cut(f) && !/truncated|malformed|broken/.test(f))
    .map((f) => `${dir}/${f}`),
);

describe('files cut short', () => {
  it.each(complete)('%s, cut anywhere, is a PARSE_ERROR and never a record or an exception', async (name) => {
    const bytes = fixtureBytes(name);
    for (let k = 1; k < 24; k++) {
      const at = Math.floor((bytes.length * k) / 24);
      const result = await readResultFile(bytesSource(`evals/${name}`, bytes.subarray(0, at)));
      expect(result.records, `cut at ${at}`).toEqual([]);
      expect(
        result.findings.map((f) => f.code),
        `cut at ${at}`,
      ).toEqual(['PARSE_ERROR']);
    }
  });
});
