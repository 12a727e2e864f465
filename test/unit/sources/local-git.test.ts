// The CLI's reader over a local git repository: a blob git cannot hand out whole is an error, never a shorter file.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LocalGitReader } from '../../../src/sources/local-git.ts';
import { readText } from '../../../src/sources/file-source.ts';
import { readResultFile } from '../../../src/evidence/read.ts';
import { randomBytes } from 'node:crypto';
import { DEFLATE, STORED, writeZip } from '../../support/zip-writer.ts';

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

  it('copies a large blob out of git once for its range reads, not once per read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rsp-gate-git-'));
    const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' }).trim();
    git('init', '-q');
    const header = JSON.stringify({
      version: 2,
      status: 'success',
      eval: { task: 'inspect_evals/wmdp_bio', model: 'acme/m1', created: '2026-01-01T00:00:00+00:00' },
      results: {
        scores: [{ name: 'choice', metrics: { accuracy: { name: 'accuracy', value: 0.5 }, stderr: { name: 'stderr', value: 0.01 } } }],
      },
    });
    const samples = Array.from({ length: 6 }, (_, i) => ({
      name: `samples/${i}_epoch_1.json`,
      data: randomBytes(1 << 20),
      method: STORED,
    }));
    writeFileSync(join(dir, 'run.eval'), writeZip([...samples, { name: 'header.json', data: header, method: DEFLATE }]).bytes);
    git('add', 'run.eval');
    git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'eval');
    const head = git('rev-parse', 'HEAD');
    const oid = git('rev-parse', 'HEAD:run.eval');

    const src = (await new LocalGitReader(dir).readFiles(head, ['run.eval'])).get('run.eval')!;
    const first = await readResultFile(src);
    expect(first.findings).toEqual([]);
    expect(first.records.map((r) => r.value)).toEqual([0.5]);
    // Git can no longer hand the blob out: every later range read must come from the one copy already made.
    unlinkSync(join(dir, '.git', 'objects', oid.slice(0, 2), oid.slice(2)));
    const again = await readResultFile(src);
    expect(again.records.map((r) => r.value)).toEqual([0.5]);
    // A reader that never copied it fails closed.
    const fresh = (await new LocalGitReader(dir).readFiles(head, ['run.eval'])).get('run.eval')!;
    const broken = await readResultFile(fresh);
    expect(broken.records).toEqual([]);
    expect(broken.findings.map((f) => [f.code, f.severity])).toEqual([['PARSE_ERROR', 'error']]);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('LocalGitReader and submodules', () => {
  it('lists a submodule as one, so the gate can report it instead of passing over it', async () => {
    const repo = mkdtempSync(join(tmpdir(), 'rsp-gate-sub-'));
    const g = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' }).trim();
    try {
      g('init', '-q');
      writeFileSync(join(repo, 'a.yaml'), 'x: 1\n');
      g('add', 'a.yaml');
      g('update-index', '--add', '--cacheinfo', `160000,${'b'.repeat(40)},evals/m1/vendor`);
      g('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-qm', 'x');
      const entries = await new LocalGitReader(repo).listFiles(g('rev-parse', 'HEAD'));
      expect(entries).toContainEqual({ path: 'evals/m1/vendor', oid: 'b'.repeat(40), submodule: true });
      expect(entries.find((e) => e.path === 'a.yaml')?.submodule).toBeUndefined();
    } finally {
      rmSync(repo, { recursive: true, force: true });
    }
  });
});
