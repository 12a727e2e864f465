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

/**
 * The log's read loop and reader as the product ships them: one esbuild bundle, run by plain Node. A process that
 * loads the sources instead also holds Node's TypeScript stripper and every module's text (about 55 MiB here), which
 * no user's process does. The bundle prints one measurement line, as measure.ts does.
 */
export async function jsonLogBundle(dir: string): Promise<string> {
  const path = join(dir, 'json-log.mjs');
  const entry = [
    "import { readLog, readLoop } from './files.ts';",
    'const [mode, log] = process.argv.slice(2);',
    'const started = performance.now();',
    "const detail = mode === 'loop' ? await readLoop(log) : mode === 'reader' ? await readLog(log) : 'reader loaded, nothing read';",
    'const ms = performance.now() - started;',
    'const usage = process.resourceUsage();',
    "process.stdout.write(JSON.stringify({ ms, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssKb: usage.maxRSS, detail }) + '\\n');",
  ].join('\n');
  // Loaded here only: the other cases of this file measure their own memory.
  const { buildOptions } = await import('../scripts/build-options.mjs');
  const { build } = await import('esbuild');
  await build({ ...buildOptions, stdin: { contents: entry, resolveDir: import.meta.dirname, loader: 'ts' }, outfile: path });
  return path;
}

/** One measurement of the bundle (see jsonLogBundle) in a process of its own. */
export function runJsonLogBundle(bundle: string, mode: 'idle' | 'loop' | 'reader', log: string) {
  const out = execFileSync(process.execPath, [bundle, mode, log], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').pop()!) as { ms: number; cpuMs: number; maxRssKb: number; detail: string };
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
