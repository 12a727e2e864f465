// Blobs copied out of a git object store in one `git cat-file --batch`: each readable whole once copied, and a blob
// whose size is not the one its tree lists, or that the store lacks, refused when read, never passed as shorter.
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TreeEntry } from '../../src/ports/repo-reader.ts';
import { readText } from '../../src/sources/file-source.ts';
import { GitObjects } from '../../src/sources/git-objects.ts';
import { LocalGitReader } from '../../src/sources/local-git.ts';
import { createRepo, type TestRepo } from '../stand-in/git-repo.ts';

/** Above the size read into memory in one batch: these are copied to disk. */
const large = (c: string) => `${c.repeat(5 << 20)}\n`;
const FILES = { 'a.json': large('a'), 'b.json': large('b'), 'c.json': large('c') };

let repo: TestRepo;
let entries: TreeEntry[];

beforeAll(async () => {
  repo = await createRepo();
  const head = await repo.commit(FILES, 'large');
  entries = await new LocalGitReader(repo.dir).listFiles(head);
});

afterAll(() => repo.remove());

describe('blobs copied out in one batch', () => {
  it('reads each copied blob whole, streamed and by range', async () => {
    const objects = new GitObjects(repo.dir, { copyToStream: true });
    objects.copyOutLarge(entries);
    const files = await objects.sources(entries);
    for (const [path, text] of Object.entries(FILES)) expect(await readText(files.get(path)!)).toBe(text);
    expect(Buffer.from(await files.get('b.json')!.read(5 << 20, (5 << 20) + 1)).toString()).toBe('\n');
  });

  it('refuses a blob whose size is not the one the tree lists, and one the store lacks', async () => {
    const objects = new GitObjects(repo.dir, { copyToStream: true });
    const wrong = { ...entries[0]!, size: (entries[0]!.size ?? 0) + 1 };
    const absent = { path: 'gone.json', oid: '0123456789abcdef0123456789abcdef01234567', size: 5 << 21 };
    objects.copyOutLarge([wrong, absent]);
    const files = await objects.sources([wrong, absent]);
    await expect(readText(files.get(wrong.path)!)).rejects.toThrow(/bytes/);
    await expect(readText(files.get('gone.json')!)).rejects.toThrow(/0123456789abcdef/);
  });
});

describe('the local git reader, told the reads to come', () => {
  it('copies the large blobs out in one git cat-file --batch, not one git process per blob', async () => {
    // A git on the PATH that logs each command it is asked for, then runs the real one.
    const shim = await mkdtemp(join(tmpdir(), 'rsp-gate-git-shim-'));
    const log = join(shim, 'calls.log');
    const real = (await import('node:child_process')).execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
    await writeFile(join(shim, 'git'), `#!/bin/sh\necho "$*" >> '${log}'\nexec '${real}' "$@"\n`);
    await chmod(join(shim, 'git'), 0o755);
    const path = process.env['PATH'];
    process.env['PATH'] = `${shim}:${path}`;
    try {
      const reader = new LocalGitReader(repo.dir);
      const head = (await reader.git(['rev-parse', 'HEAD'])).trim();
      reader.prefetch(head, Object.keys(FILES));
      const files = await reader.readFiles(head, Object.keys(FILES));
      for (const [p, text] of Object.entries(FILES)) expect(await readText(files.get(p)!)).toBe(text);
      const calls = (await readFile(log, 'utf8')).split('\n').filter((line) => line.includes('cat-file'));
      expect(calls.map((line) => line.replace(/^-C \S+ /, ''))).toEqual(['cat-file --batch']);
    } finally {
      process.env['PATH'] = path;
      await rm(shim, { recursive: true, force: true });
    }
  });
});
