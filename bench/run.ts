// `npm run bench`: evaluates a generated lab of 1,000 result files (200 MB, one 100 MB Inspect log) and prints time
// and peak memory against a baseline measured in the same run: reading and JSON.parse-ing the same bytes.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { generateLab } from './generate.ts';

const root = join(process.cwd(), '.bench', 'lab');
const runs = Number(process.env['BENCH_RUNS'] ?? 3);

if (!existsSync(join(root, '.github/rsp-policy.yml')) || process.argv.includes('--regenerate')) {
  process.stdout.write('generating the benchmark lab …\n');
  const g = await generateLab(root);
  process.stdout.write(`${g.files} files, ${(g.bytes / 2 ** 20).toFixed(0)} MiB, largest ${(g.largest / 2 ** 20).toFixed(0)} MiB\n`);
}

interface Measurement {
  mode: string;
  ms: number;
  maxRssKb: number;
  detail: string;
}

function measure(mode: string): Measurement {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join('bench', 'measure.ts'), mode, root], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop()!) as Measurement;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const results: Record<string, Measurement[]> = { idle: [], baseline: [], 'rsp-gate': [] };
for (let i = 0; i < runs; i++) {
  // Interleave the modes so that machine noise hits them alike.
  for (const mode of Object.keys(results)) results[mode]!.push(measure(mode));
}
const idleRss = median(results['idle']!.map((m) => m.maxRssKb));
const row = (mode: string) => {
  const ms = median(results[mode]!.map((m) => m.ms));
  const rss = median(results[mode]!.map((m) => m.maxRssKb));
  return { ms, rss, above: Math.max(0, rss - idleRss), detail: results[mode]![0]!.detail };
};
const base = row('baseline');
const ours = row('rsp-gate');
const mib = (kb: number) => `${(kb / 1024).toFixed(0)} MiB`;
process.stdout.write(
  [
    `node ${process.version}, ${runs} run(s) each, medians`,
    `baseline  (read + JSON.parse)   ${base.ms.toFixed(0).padStart(6)} ms   peak ${mib(base.rss)} (${mib(base.above)} above an idle process)   ${base.detail}`,
    `rsp-gate  (evaluate all)        ${ours.ms.toFixed(0).padStart(6)} ms   peak ${mib(ours.rss)} (${mib(ours.above)} above an idle process)   ${ours.detail}`,
    `time ratio rsp-gate/baseline: ${(ours.ms / base.ms).toFixed(2)}x (aim ≤ 1.5x)`,
    `memory ratio above idle rsp-gate/baseline: ${(ours.above / Math.max(1, base.above)).toFixed(2)}x; largest file 100 MiB`,
    '',
  ].join('\n'),
);
