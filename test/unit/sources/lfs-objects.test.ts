// LFS objects from the local store: checked against their pointers, found where lfs.storage puts them, and a store
// that fails as a whole refusing each pointer with its file.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readResultFile } from '../../../src/evidence/read.ts';
import { memoryFileSource, readText } from '../../../src/sources/file-source.ts';
import { resolveLfsPointers } from '../../../src/sources/lfs-objects.ts';
import { LocalGitReader } from '../../../src/sources/local-git.ts';
import { createRepo, type TestRepo } from '../../stand-in/git-repo.ts';
import { lfsOid, lfsPointerText } from '../../support/lfs.ts';

const CONTENT = '{"results": {"wmdp_bio": {"acc,none": 0.5}}, "model_name": "m1"}';
let repo: TestRepo;
let head: string;
beforeAll(async () => {
  repo = await createRepo();
  head = await repo.commit({ 'evals/m1/run.json': lfsPointerText(CONTENT) }, 'pointer');
});
afterAll(() => repo.remove());

function storeAt(dir: string, bytes: string): void {
  const oid = lfsOid(CONTENT);
  mkdirSync(join(dir, oid.slice(0, 2), oid.slice(2, 4)), { recursive: true });
  writeFileSync(join(dir, oid.slice(0, 2), oid.slice(2, 4), oid), bytes);
}

async function read() {
  const files = await new LocalGitReader(repo.dir).readFiles(head, ['evals/m1/run.json']);
  return readResultFile(files.get('evals/m1/run.json')!);
}

describe('LFS objects in the local store', () => {
  it('refuses an object of the wrong size or content, and reads the right one', async () => {
    const objects = join(repo.dir, '.git', 'lfs', 'objects');
    storeAt(objects, CONTENT.slice(1));
    expect((await read()).findings).toEqual([
      expect.objectContaining({ code: 'LFS_OBJECT_MISSING', message: expect.stringContaining(`the pointer says ${CONTENT.length}`) }),
    ]);
    storeAt(objects, CONTENT.replace('0.5', '0.9'));
    expect((await read()).findings).toEqual([
      expect.objectContaining({ code: 'LFS_OBJECT_MISSING', message: expect.stringContaining('does not match its pointer') }),
    ]);
    storeAt(objects, CONTENT);
    const result = await read();
    expect(result.findings).toEqual([]);
    expect(result.records.map((r) => [r.model, r.value])).toEqual([['m1', 0.5]]);
  });

  it('looks under lfs.storage when it is set (relative to the git directory)', async () => {
    execFileSync('git', ['-C', repo.dir, 'config', 'lfs.storage', 'elsewhere']);
    try {
      expect((await read()).findings.map((f) => f.code)).toEqual(['LFS_OBJECT_MISSING']);
      storeAt(join(repo.dir, '.git', 'elsewhere', 'objects'), CONTENT);
      expect((await read()).records.map((r) => r.value)).toEqual([0.5]);
    } finally {
      execFileSync('git', ['-C', repo.dir, 'config', '--unset', 'lfs.storage']);
    }
  });
});

describe('resolveLfsPointers', () => {
  it('refuses every pointer, each with its file, when the store fails as a whole; other files stay as they are', async () => {
    const files = new Map([
      ['a.json', memoryFileSource('a.json', new TextEncoder().encode(lfsPointerText('a')))],
      ['b.yaml', memoryFileSource('b.yaml', new TextEncoder().encode('results: []\n'))],
    ]);
    const resolved = await resolveLfsPointers(files, { objects: () => Promise.reject(new Error('the LFS server is unreachable')) });
    expect((await readResultFile(resolved.get('a.json')!)).findings).toEqual([
      expect.objectContaining({
        code: 'LFS_OBJECT_MISSING',
        file: 'a.json',
        message: expect.stringContaining('the LFS server is unreachable'),
      }),
    ]);
    expect(await readText(resolved.get('b.yaml')!)).toBe('results: []\n');
  });
});
