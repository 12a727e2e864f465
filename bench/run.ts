// `npm run bench`: one benchmark per row of the performance table (docs/performance.md), each against a baseline
// measured in the same run, with request counts and peak memory where they apply. Every measurement runs in a process
// of its own (bench/measure.ts); modes are interleaved so that machine noise hits them alike. Figures, never asserts.
//   npm run bench [-- --full] [-- --only=json-log,eval] [-- --runs=3]
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const full = process.argv.includes('--full');
const only = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? process.env['BENCH_RUNS'] ?? 3);

interface Measurement {
  ms: number;
  cpuMs: number;
  maxRssKb: number;
  requests?: number;
  detail: string;
}

interface Row {
  case: string;
  title: string;
  /** Modes measured; the first is the baseline a ratio is taken against (when `ratio`). */
  modes: string[];
  ratio?: { of: string; to: string; aim: number; on: 'ms' | 'cpuMs' };
  runs?: number;
  lines: (m: Record<string, Measurement>) => string[];
}

const mib = (kb: number) => `${(kb / 1024).toFixed(0)} MiB`;
const s = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`);

const ROWS: Row[] = [
  {
    case: 'app',
    title: 'App: PR webhooks to completed checks (stand-in, one installation)',
    modes: [
      'one-spacing-off',
      'one-gate',
      'twenty-spacing-off',
      'twenty-gate',
      ...(full ? ['one-plugin-defaults', 'twenty-plugin-defaults'] : ['one-plugin-defaults']),
    ],
    runs: 1,
    lines: (m) => [
      `one PR:      ${s(m['one-gate']!.ms)} (aim ≤ 1 s); throttling's spacing off ${s(m['one-spacing-off']!.ms)}; ratio ${(m['one-gate']!.ms / m['one-spacing-off']!.ms).toFixed(2)}x; plugin-throttling's own limiters ${s(m['one-plugin-defaults']!.ms)}; ${m['one-gate']!.requests} requests`,
      `twenty PRs:  ${s(m['twenty-gate']!.ms)} (aim ≤ 10 s); spacing off ${s(m['twenty-spacing-off']!.ms)}; ratio ${(m['twenty-gate']!.ms / m['twenty-spacing-off']!.ms).toFixed(2)}x${m['twenty-plugin-defaults'] ? `; plugin-throttling's own limiters ${s(m['twenty-plugin-defaults'].ms)}` : ''}; ${m['twenty-gate']!.requests} requests`,
    ],
  },
  {
    case: 'action',
    title: 'Requests per evaluation: the bundled Action (dist/index.js) against the stand-in',
    modes: ['neutral', 'node-start', 'policy-alone', 'changed-300', 'changed-3000', 'one-of-3000', 'logs-5MB'],
    runs: 1,
    lines: (m) => [
      ...Object.entries({ 'changed-300': 12, 'changed-3000': 20, 'one-of-3000': 12, 'logs-5MB': 20 }).map(
        ([k, aim]) =>
          `${k.padEnd(12)} ${String(m[k]!.requests).padStart(4)} requests (aim ≤ ${aim}), ${s(m[k]!.ms)} wall, ${s(m[k]!.cpuMs)} CPU, peak ${mib(m[k]!.maxRssKb)}: ${m[k]!.detail}`,
      ),
      `neutral PR:  ${s(m['neutral']!.cpuMs)} CPU (aim ≤ 150 ms), ${s(m['neutral']!.ms)} wall, ${m['neutral']!.requests} requests, peak ${mib(m['neutral']!.maxRssKb)}`,
      `             floors: Node starting and exiting ${s(m['node-start']!.cpuMs)} CPU; Node loading and validating the policy alone ${s(m['policy-alone']!.cpuMs)} CPU (${(m['neutral']!.cpuMs / m['policy-alone']!.cpuMs).toFixed(2)}x of it)`,
    ],
  },
  {
    case: 'json-log',
    title: `Inspect .json log of ${full ? '2 GiB' : '256 MiB'}, the reader alone`,
    modes: ['idle', 'loop', 'reader', 'bundled-idle', 'bundled-loop', 'bundled-reader'],
    lines: (m) => [
      `reader ${s(m['reader']!.ms)}, Node read loop ${s(m['loop']!.ms)}: ratio ${(m['reader']!.ms / m['loop']!.ms).toFixed(2)}x (aim ≤ 4x)`,
      `peak RSS: reader ${mib(m['reader']!.maxRssKb)}, read loop ${mib(m['loop']!.maxRssKb)}, the same process idle ${mib(m['idle']!.maxRssKb)} (aim ≤ 100 MiB)`,
      `as shipped (one bundle, no TypeScript stripping): reader ${s(m['bundled-reader']!.ms)}, read loop ${s(m['bundled-loop']!.ms)}: ratio ${(m['bundled-reader']!.ms / m['bundled-loop']!.ms).toFixed(2)}x; peak RSS reader ${mib(m['bundled-reader']!.maxRssKb)}, read loop ${mib(m['bundled-loop']!.maxRssKb)}, idle ${mib(m['bundled-idle']!.maxRssKb)}`,
    ],
  },
  {
    case: 'eval',
    title: 'Inspect .eval with 100,000 sample entries against 10 entries',
    modes: ['disk-10', 'disk-100k', 'git-10', 'git-100k'],
    lines: (m) => [
      `on disk:       100,000 entries ${s(m['disk-100k']!.ms)}, 10 entries ${s(m['disk-10']!.ms)}: ratio ${(m['disk-100k']!.ms / m['disk-10']!.ms).toFixed(2)}x (aim ≤ 1.5x), peak ${mib(m['disk-100k']!.maxRssKb)}`,
      `through git:   100,000 entries ${s(m['git-100k']!.ms)}, 10 entries ${s(m['git-10']!.ms)}: ratio ${(m['git-100k']!.ms / m['git-10']!.ms).toFixed(2)}x (aim ≤ 1.5x), peak ${mib(m['git-100k']!.maxRssKb)}`,
    ],
  },
  {
    case: 'check-all',
    title: 'check --all: 200 models x 50 result files',
    modes: ['baseline', 'baseline-async', 'baseline-json-yaml', 'rsp-gate', 'idle'],
    lines: (m) => [
      `rsp-gate ${s(m['rsp-gate']!.ms)}, read + parse ${s(m['baseline']!.ms)}: ratio ${(m['rsp-gate']!.ms / m['baseline']!.ms).toFixed(2)}x (aim ≤ 1.3x)`,
      `CPU: rsp-gate ${s(m['rsp-gate']!.cpuMs)}, read + parse ${s(m['baseline']!.cpuMs)}: ratio ${(m['rsp-gate']!.cpuMs / m['baseline']!.cpuMs).toFixed(2)}x`,
      `against earlier floors: reading through fs/promises, one file at a time (before 2026-12-08) ${s(m['baseline-async']!.ms)}, ratio ${(m['rsp-gate']!.ms / m['baseline-async']!.ms).toFixed(2)}x; that, parsing the JSON and YAML files only (before 2026-12-07) ${s(m['baseline-json-yaml']!.ms)}, ratio ${(m['rsp-gate']!.ms / m['baseline-json-yaml']!.ms).toFixed(2)}x`,
      `peak RSS: rsp-gate ${mib(m['rsp-gate']!.maxRssKb)} (aim ≤ 256 MiB), read + parse ${mib(m['baseline']!.maxRssKb)}, the process with its modules loaded ${mib(m['idle']!.maxRssKb)}; ${m['rsp-gate']!.detail}`,
    ],
  },
];

function measure(name: string, mode: string): Measurement {
  const args = [join('bench', 'measure.ts'), name, mode, ...(full ? ['--full'] : [])];
  const out = execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 16 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out.trim().split('\n').pop()!) as Measurement;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const report: string[] = [
  `node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), ${full ? 'full sizes' : 'default sizes'}, medians`,
];
const results: Record<string, Record<string, Measurement>> = {};
for (const row of ROWS) {
  if (only && !only.includes(row.case)) continue;
  process.stderr.write(`${row.case}: setting up …\n`);
  if (['json-log', 'eval', 'check-all'].includes(row.case)) measure(row.case, 'setup');
  const all: Record<string, Measurement[]> = Object.fromEntries(row.modes.map((m) => [m, []]));
  for (let i = 0; i < (row.runs ?? runs); i++) for (const mode of row.modes) all[mode]!.push(measure(row.case, mode));
  const med: Record<string, Measurement> = {};
  for (const [mode, ms] of Object.entries(all)) {
    med[mode] = {
      ...ms[0]!,
      ms: median(ms.map((x) => x.ms)),
      cpuMs: median(ms.map((x) => x.cpuMs)),
      maxRssKb: median(ms.map((x) => x.maxRssKb)),
    };
  }
  results[row.case] = med;
  const lines = [`## ${row.title}`, ...row.lines(med).map((l) => `  ${l}`)];
  process.stdout.write(`${lines.join('\n')}\n`);
  report.push(...lines);
}
mkdirSync('.bench', { recursive: true });
writeFileSync(join('.bench', 'results.json'), JSON.stringify({ node: process.version, cores: cpus().length, full, results }, null, 2));
writeFileSync(join('.bench', 'results.txt'), `${report.join('\n')}\n`);
