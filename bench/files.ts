// Big files, the reader alone: an Inspect .json log against a Node read loop over the same file, and .eval archives of
// 100,000 sample entries against 10, on disk and through a git repository.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, open, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readResultFile } from '../src/evidence/read.ts';
import { diskFileSource } from '../src/sources/file-source.ts';
import { LocalGitReader } from '../src/sources/local-git.ts';
import { inspectEval, prng, writeInspectJson } from './generate.ts';

export const MiB = 2 ** 20;

/** The Inspect .json log of `mib` MiB, generated once under `dir`. */
export async function jsonLog(dir: string, mib: number): Promise<string> {
  const path = join(dir, `inspect-${mib}MiB.json`);
  if (!existsSync(path)) {
    await mkdir(dir, { recursive: true });
    await writeInspectJson(`${path}.tmp`, prng(11), 'bench-model-0', 'wmdp_bio', '2026-11-01T09:00:00+00:00', mib * MiB);
    execFileSync('mv', [`${path}.tmp`, path]);
  }
  return path;
}

/** The floor any reader pays: every byte through one reused 1 MiB buffer. */
export async function readLoop(path: string): Promise<string> {
  const handle = await open(path, 'r');
  const buffer = Buffer.allocUnsafe(MiB);
  let total = 0;
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, MiB, null);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
  } finally {
    await handle.close();
  }
  return `${(total / MiB).toFixed(0)} MiB read`;
}

export async function readLog(path: string): Promise<string> {
  const { size } = await stat(path);
  const result = await readResultFile(diskFileSource('evals/bench-model-0/log.json', path, size));
  // The generated log repeats `results` after its samples: the reader must reach it and refuse the file for it.
  const second = result.findings.find((f) => f.message.includes('duplicate key "results"'));
  if (result.records.length === 0 && second === undefined) throw new Error(`no records: ${JSON.stringify(result.findings)}`);
  return second
    ? `the second "results" found at line ${second.line}`
    : `${result.records.length} records, ${result.findings.length} findings`;
}

/** A .eval archive of `entries` sample entries (small ones: the count is what is measured), on disk and in a git repository. */
export async function evalArchive(dir: string, entries: number): Promise<{ file: string; repo: string }> {
  const repo = join(dir, `eval-${entries}`);
  const file = join(repo, 'evals/bench-model-0/run.eval');
  if (!existsSync(join(repo, '.git'))) {
    await mkdir(join(repo, 'evals/bench-model-0'), { recursive: true });
    await writeFile(
      file,
      inspectEval(prng(5), 'bench-model-0', 'wmdp_bio', '2026-11-01T08:00:00+00:00', entries, '{"id": 1, "scores": {}}'),
    );
    const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { stdio: 'ignore' });
    git('init', '-q');
    git('add', '.');
    git('-c', 'user.name=bench', '-c', 'user.email=bench@example.com', 'commit', '-qm', 'eval');
  }
  return { file, repo };
}

export async function readEvalOnDisk(file: string): Promise<string> {
  const { size } = await stat(file);
  const result = await readResultFile(diskFileSource('evals/bench-model-0/run.eval', file, size));
  if (result.records.length === 0) throw new Error(`no records: ${JSON.stringify(result.findings)}`);
  return `${result.records.length} records, ${(size / MiB).toFixed(1)} MiB archive`;
}

/** What `rsp-gate check` does with the file: list the commit, read the blob through git, read the result. */
export async function readEvalThroughGit(repo: string): Promise<string> {
  const reader = new LocalGitReader(repo);
  const head = await reader.resolve('HEAD');
  const src = (await reader.readFiles(head, ['evals/bench-model-0/run.eval'])).get('evals/bench-model-0/run.eval')!;
  const result = await readResultFile(src);
  if (result.records.length === 0) throw new Error(`no records: ${JSON.stringify(result.findings)}`);
  return `${result.records.length} records through git`;
}
