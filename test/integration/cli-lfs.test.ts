// The CLI over a repository whose results are in Git LFS: the object in the local store (.git/lfs/objects) is read
// as the result; a pointer without its object is LFS_OBJECT_MISSING with the command that fetches it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli.ts';
import type { Verdict } from '../../src/engine/types.ts';
import { createRepo, type TestRepo } from '../stand-in/git-repo.ts';
import { lfsPointerText, storeLfsObject } from '../support/lfs.ts';
import { EVALUATED_AT, baseFiles } from '../e2e/repo.ts';

const PATH = 'evals/frontier-7/lm-eval-2026-01-03.json';
const RESULT = JSON.stringify({
  results: { wmdp_bio: { alias: 'wmdp_bio', 'accuracy,none': 0.8, 'accuracy_stderr,none': 0.01 } },
  'n-samples': { wmdp_bio: { original: 1273, effective: 1273 } },
  model_name: 'acme/frontier-7',
  date: Date.UTC(2026, 0, 3) / 1000,
});

let repo: TestRepo;
let base: string;
let head: string;
beforeAll(async () => {
  repo = await createRepo();
  base = await repo.commit(baseFiles(), 'base', '2026-01-04T09:00:00Z');
  head = await repo.commit({ [PATH]: lfsPointerText(RESULT) }, 'results in LFS', '2026-01-05T09:00:00Z', { branch: 'feature' });
});
afterAll(() => repo.remove());

async function check(): Promise<{ code: number; verdict: Verdict }> {
  let out = '';
  const io = { stdout: (t: string) => (out += t), stderr: (t: string) => (out += t), isTTY: false, env: {} };
  // As of the fixtures' time, after the result's date, so that the result is fresh.
  const code = await runCli(['check', '--repo', repo.dir, '--base', base, '--head', head, '--at', EVALUATED_AT, '--format', 'json'], io);
  return { code, verdict: JSON.parse(out) as Verdict };
}

const findingsOf = (verdict: Verdict) => [...verdict.findings, ...verdict.models.flatMap((m) => m.findings)];

describe('rsp-gate check with results in Git LFS', () => {
  it('says how to fetch an object that is not in the local store, and does not pass', async () => {
    const { code, verdict } = await check();
    expect(code).toBe(1);
    const lfs = findingsOf(verdict).filter((f) => f.code === 'LFS_OBJECT_MISSING');
    expect(lfs).toEqual([
      {
        code: 'LFS_OBJECT_MISSING',
        severity: 'error',
        file: PATH,
        message: expect.stringContaining(`git lfs fetch origin ${head} --include "${PATH}"`),
      },
    ]);
    expect(lfs[0]!.message).toContain(`git lfs pull --include "${PATH}"`);
    expect(findingsOf(verdict).map((f) => f.code)).not.toContain('PARSE_ERROR');
  });

  it('reads the object from .git/lfs/objects as the result the pointer stands for', async () => {
    await storeLfsObject(repo.dir, RESULT);
    const { code, verdict } = await check();
    expect(
      findingsOf(verdict)
        .filter((f) => f.severity === 'error')
        .map((f) => f.code),
    ).toEqual(['DECLARED_LEVEL_TOO_LOW']);
    expect(code).toBe(1);
    expect(verdict.models[0]!.capabilities[0]!.evidence).toMatchObject([{ value: 0.8, file: PATH, status: 'crossed' }]);
  });
});

describe('rsp-gate validate on a checkout made without Git LFS', () => {
  it('reports the pointer in the working tree as LFS_OBJECT_MISSING with `git lfs pull`', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rsp-gate-lfs-'));
    try {
      for (const [path, text] of Object.entries({ ...baseFiles(), [PATH]: lfsPointerText(RESULT) })) {
        mkdirSync(join(dir, path, '..'), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      let out = '';
      const code = await runCli(['validate', '--repo', dir], {
        stdout: (t) => (out += t),
        stderr: (t) => (out += t),
        isTTY: false,
        env: {},
      });
      expect(code).toBe(1);
      expect(out).toContain('LFS_OBJECT_MISSING');
      expect(out).toContain(`git lfs pull --include "${PATH}"`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
