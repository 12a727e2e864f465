// One measured run in a process of its own, so that its peak memory (VmHWM, see peak-rss.mjs) and CPU time are its own. Prints one JSON
// line: { ms, cpuMs, maxRssKb, requests?, detail }. `setup` generates a case's inputs (under .bench/) and is not timed.
//   node bench/measure.ts CASE MODE [--full]
import { join } from 'node:path';
import { peakRssKb } from './peak-rss.mjs';

// Each case loads only its own modules, so that a case's memory is not the sum of all of them.
const files = () => import('./files.ts');
const labs = () => import('./lab.ts');
const api = () => import('./api.ts');
const app = () => import('./app.ts');

export const SIZES = (full: boolean) => ({
  logMiB: full ? 2048 : 256,
  lab: { models: 200, filesPerModel: 50, padKb: full ? 16 : 4, bigLogBytes: 0 },
});

const [name, mode] = process.argv.slice(2);
const full = process.argv.includes('--full');
const dir = join(process.cwd(), '.bench', full ? 'full' : 'default');
const sizes = SIZES(full);

type Measured = { detail: string; requests?: number; ms?: number; cpuMs?: number; maxRssKb?: number };

/** Time the operation alone, its modules already loaded. */
async function timed(operation: () => Promise<string>): Promise<Measured> {
  const started = performance.now();
  const detail = await operation();
  return { ms: performance.now() - started, detail };
}
const cases: Record<string, Record<string, () => Promise<Measured>>> = {
  'json-log': {
    setup: async () => {
      const f = await files();
      return { detail: `${await f.jsonLog(dir, sizes.logMiB)}, ${await f.jsonLogBundle(dir)}` };
    },
    // The reader's modules loaded, nothing read: what the process costs before it reads a byte.
    idle: async () => (await import('../src/evidence/read.ts'), { detail: 'reader loaded, nothing read' }),
    loop: async () => {
      const f = await files();
      const path = await f.jsonLog(dir, sizes.logMiB);
      return timed(() => f.readLoop(path));
    },
    reader: async () => {
      const f = await files();
      const path = await f.jsonLog(dir, sizes.logMiB);
      return timed(() => f.readLog(path));
    },
    // The same three, as shipped: from one bundle, in a child process whose own figures are reported.
    ...Object.fromEntries(
      (['idle', 'loop', 'reader'] as const).map((mode) => [
        `bundled-${mode}`,
        async () => {
          const f = await files();
          return f.runJsonLogBundle(join(dir, 'json-log.mjs'), mode, await f.jsonLog(dir, sizes.logMiB));
        },
      ]),
    ),
  },
  eval: {
    setup: async () => {
      const f = await files();
      return { detail: [(await f.evalArchive(dir, 10)).file, (await f.evalArchive(dir, 100_000)).file].join(', ') };
    },
    'disk-10': async () => (
      await files(), timed(async () => (await files()).readEvalOnDisk(join(dir, 'eval-10/evals/bench-model-0/run.eval')))
    ),
    'disk-100k': async () => (
      await files(), timed(async () => (await files()).readEvalOnDisk(join(dir, 'eval-100000/evals/bench-model-0/run.eval')))
    ),
    'git-10': async () => (await files(), timed(async () => (await files()).readEvalThroughGit(join(dir, 'eval-10')))),
    'git-100k': async () => (await files(), timed(async () => (await files()).readEvalThroughGit(join(dir, 'eval-100000')))),
  },
  'check-all': {
    setup: async () => ({ detail: await (await labs()).lab(join(dir, 'lab'), sizes.lab) }),
    baseline: async () => (await labs(), timed(async () => (await labs()).readAndParse(join(dir, 'lab')))),
    'baseline-async': async () => (await labs(), timed(async () => (await labs()).readAndParse(join(dir, 'lab'), { asyncReads: true }))),
    'baseline-json-yaml': async () => (
      await labs(), timed(async () => (await labs()).readAndParse(join(dir, 'lab'), { jsonAndYamlOnly: true, asyncReads: true }))
    ),
    // The modules loaded, nothing read: the part of the peak RSS that is the process itself.
    idle: async () => (await labs(), { detail: 'modules loaded, nothing read' }),
    'rsp-gate': async () => (await labs(), timed(async () => (await labs()).checkAll(join(dir, 'lab')))),
  },
  action: {
    ...Object.fromEntries(
      ['neutral', 'changed-300', 'changed-3000', 'one-of-3000', 'logs-5MB'].map((s) => [
        s,
        async () => (await api()).measureAction(s, full),
      ]),
    ),
    'node-start': async () => (await api()).measureFloor('node-start'),
    'policy-alone': async () => (await api()).measureFloor('policy-alone'),
  },
  app: Object.fromEntries(
    (['gate', 'spacing-off', 'plugin-defaults'] as const).flatMap((o) => [
      [`one-${o}`, async () => (await app()).measureApp(o, 1)],
      [`twenty-${o}`, async () => (await app()).measureApp(o, 20)],
    ]),
  ),
};

const run = cases[name ?? '']?.[mode ?? ''];
if (!run) throw new Error(`usage: measure.ts ${Object.keys(cases).join('|')} MODE [--full]`);
const started = performance.now();
const measured = await run();
const usage = process.resourceUsage();
process.stdout.write(
  `${JSON.stringify({
    ms: measured.ms ?? performance.now() - started,
    cpuMs: measured.cpuMs ?? (usage.userCPUTime + usage.systemCPUTime) / 1000,
    maxRssKb: measured.maxRssKb ?? peakRssKb(),
    ...(measured.requests === undefined ? {} : { requests: measured.requests }),
    detail: measured.detail,
  })}\n`,
);
