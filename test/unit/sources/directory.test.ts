// The working-tree reader (validate, and the benchmarks' check --all): files read whole when first parsed, and
// a file that changes or vanishes after the listing is refused, never read in part.
import { appendFileSync, mkdtempSync, rmSync, truncateSync, unlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DirectoryReader } from '../../../src/sources/directory.ts';
import { readText } from '../../../src/sources/file-source.ts';
import { readResultFile, WHOLE_FILE_LIMIT } from '../../../src/evidence/read.ts';

const root = mkdtempSync(join(tmpdir(), 'rsp-gate-dir-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const native = (value: number) =>
  `model: m1\ndate: 2026-01-01\nresults:\n  - { eval: wmdp_bio, metric: accuracy, value: ${value}, stderr: 0.01, samples: 100 }\n`;

describe('DirectoryReader', () => {
  it('reads every listed file of a batch, in any order, and leaves out what is not listed', async () => {
    mkdirSync(join(root, 'evals/m1'), { recursive: true });
    const paths = Array.from({ length: 30 }, (_, i) => `evals/m1/r${String(i).padStart(2, '0')}.yaml`);
    for (const [i, p] of paths.entries()) writeFileSync(join(root, p), native(i / 100));
    const reader = new DirectoryReader(root, '2026-02-01T00:00:00Z');
    const files = await reader.readFiles(DirectoryReader.COMMIT, [...paths, 'evals/m1/absent.yaml']);
    expect([...files.keys()]).toEqual(paths);
    // Out of order: the last first, then the rest.
    expect(await readText(files.get(paths[29]!)!)).toBe(native(0.29));
    for (const [i, p] of paths.entries()) {
      const result = await readResultFile(files.get(p)!);
      expect(
        result.records.map((r) => r.value),
        p,
      ).toEqual([i / 100]);
    }
  });

  it('refuses a file that vanished or changed size after the listing, without failing the files read ahead', async () => {
    const dir = join(root, 'changing');
    mkdirSync(join(dir, 'evals/m1'), { recursive: true });
    const paths = ['a', 'b', 'c', 'd', 'e'].map((n) => `evals/m1/${n}.yaml`);
    for (const p of paths) writeFileSync(join(dir, p), native(0.5));
    const reader = new DirectoryReader(dir, '2026-02-01T00:00:00Z');
    const files = await reader.readFiles(DirectoryReader.COMMIT, paths);
    unlinkSync(join(dir, paths[2]!));
    truncateSync(join(dir, paths[3]!), 10);
    appendFileSync(join(dir, paths[4]!), '  - {eval: wmdp_bio, metric: accuracy, value: 0.9}\n');
    const results = [];
    for (const p of paths) results.push(await readResultFile(files.get(p)!));
    expect(results.map((r) => r.records.length)).toEqual([1, 1, 0, 0, 0]);
    expect(results[2]!.findings).toMatchObject([{ code: 'PARSE_ERROR', severity: 'error', file: paths[2] }]);
    expect(results[3]!.findings).toMatchObject([
      { code: 'PARSE_ERROR', severity: 'error', message: expect.stringContaining('read 10 of its') },
    ]);
    // A file that grew is refused too: its first bytes alone would read as a complete, milder result.
    expect(results[4]!.findings).toMatchObject([
      { code: 'PARSE_ERROR', severity: 'error', message: expect.stringContaining('changed since the listing') },
    ]);
  });

  it('reads a file larger than the readers read whole by range, from disk', async () => {
    const dir = join(root, 'large');
    mkdirSync(join(dir, 'evals/m1'), { recursive: true });
    const big = `{"results": {}, "pad": "${'x'.repeat(WHOLE_FILE_LIMIT)}"}`;
    writeFileSync(join(dir, 'evals/m1/big.json'), big);
    const files = await new DirectoryReader(dir, '2026-02-01T00:00:00Z').readFiles(DirectoryReader.COMMIT, ['evals/m1/big.json']);
    const src = files.get('evals/m1/big.json')!;
    expect(src.size).toBe(big.length);
    expect(Buffer.from(await src.read(0, 12)).toString()).toBe('{"results": ');
    expect(src.open).toBeDefined();
  });
});
