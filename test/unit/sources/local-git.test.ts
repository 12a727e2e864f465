// The CLI's reader over a local git repository: a blob git cannot hand out whole is an error, never a shorter file.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalGitReader } from '../../../src/sources/local-git.ts';
import { readText } from '../../../src/sources/file-source.ts';
import { readResultFile } from '../../../src/evidence/read.ts';

const dir = mkdtempSync(join(tmpdir(), 'rsp-gate-git-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' }).trim();

describe('LocalGitReader', () => {
  it('fails a large blob whose object git cannot read, rather than reading it as empty', async () => {
    git('init', '-q');
    // Above the size read in one batch, so the blob is streamed from git on demand.
    const big = `{"model": "m1", "date": "2026-01-01", "results": [${Array.from({ length: 200_000 }, () => '{"eval": "x", "metric": "y", "value": 0.5, "stderr": 0.1}').join(',')}]}`;
    writeFileSync(join(dir, 'big.json'), big);
    git('add', 'big.json');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'x');
    const oid = git('rev-parse', 'HEAD:big.json');
    const head = git('rev-parse', 'HEAD');

    const reader = new LocalGitReader(dir);
    const whole = (await reader.readFiles(head, ['big.json'])).get('big.json')!;
    expect(whole.size).toBe(big.length);
    expect(await readText(whole)).toBe(big);

    unlinkSync(join(dir, '.git', 'objects', oid.slice(0, 2), oid.slice(2)));
    const broken = (await reader.readFiles(head, ['big.json'])).get('big.json')!;
    await expect(readText(broken)).rejects.toThrow(/gave 0 of \d+ bytes/);
    const read = await readResultFile(broken);
    expect(read.findings.map((f) => [f.code, f.severity])).toEqual([['PARSE_ERROR', 'error']]);
  });
});
