import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRepo, type TestRepo } from './git-repo.ts';

let repo: TestRepo | undefined;
afterEach(async () => {
  await repo?.remove();
  repo = undefined;
});

const git = (dir: string, ...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' }).trim();

describe('createRepo', () => {
  it('commits text, bytes and deletions, and keeps the work tree in step', async () => {
    repo = await createRepo();
    const first = await repo.commit({ 'a.txt': 'alpha\n', 'dir/b.bin': new Uint8Array([0, 255, 1]), 'gone.txt': 'x' }, 'first');
    const second = await repo.commit({ 'gone.txt': null, 'a.txt': 'beta\n' }, 'second');
    expect(first).toMatch(/^[0-9a-f]{40}$/);
    expect(git(repo.dir, 'rev-parse', `${second}^`)).toBe(first);
    expect(git(repo.dir, 'ls-tree', '-r', '--name-only', second).split('\n')).toEqual(['a.txt', 'dir/b.bin']);
    expect([...execFileSync('git', ['-C', repo.dir, 'cat-file', 'blob', `${second}:dir/b.bin`])]).toEqual([0, 255, 1]);
    expect(readFileSync(join(repo.dir, 'a.txt'), 'utf8')).toBe('beta\n');
    expect(existsSync(join(repo.dir, 'gone.txt'))).toBe(false);
  });

  it('uses the given date and a fixed clock otherwise, so shas repeat', async () => {
    repo = await createRepo();
    const dated = await repo.commit({ a: '1' }, 'dated', '2026-04-01T12:00:00Z');
    expect(git(repo.dir, 'show', '-s', '--format=%cI', dated)).toBe('2026-04-01T12:00:00+00:00');
    const [one, two] = [await createRepo(), await createRepo()];
    try {
      expect(await one.commit({ x: 'y' }, 'm')).toBe(await two.commit({ x: 'y' }, 'm'));
    } finally {
      await Promise.all([one.remove(), two.remove()]);
    }
  });

  it('starts a new branch from the default branch, or from a given parent', async () => {
    repo = await createRepo();
    const base = await repo.commit({ a: '1' }, 'base');
    const main2 = await repo.commit({ a: '2' }, 'main moves on');
    const feature = await repo.commit({ b: '1' }, 'feature', undefined, { branch: 'feature' });
    expect(git(repo.dir, 'rev-parse', `${feature}^`)).toBe(main2);
    const old = await repo.commit({ c: '1' }, 'old base', undefined, { branch: 'old', parent: base });
    expect(git(repo.dir, 'rev-parse', `${old}^`)).toBe(base);
    expect(await repo.revParse('old')).toBe(old);
    await repo.branch('pointer', base);
    expect(await repo.revParse('pointer')).toBe(base);
    // the checked-out branch did not move, so the work tree still shows main
    expect(readFileSync(join(repo.dir, 'a'), 'utf8')).toBe('2');
  });

  it('handles paths with spaces, quotes and unicode', async () => {
    repo = await createRepo();
    const sha = await repo.commit({ 'evals/my "odd" file é.json': '{}' }, 'odd');
    expect(git(repo.dir, 'ls-tree', '-r', '-z', '--name-only', sha)).toBe('evals/my "odd" file é.json\0');
  });
});
