// The bundled Action (dist/index.js) against the GitHub stand-in: requests per evaluation, its CPU time and its peak
// memory (written by bench/probe.mjs as the process exits), for PRs of many files, in a large repository, of large logs.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACTIONS_TOKEN } from '../test/stand-in/identities.ts';
import { startStandIn, type StandIn } from '../test/stand-in/server.ts';
import { pullRequestEvent } from '../test/stand-in/webhooks.ts';
import { baseFiles, fixture, pullRequestScenario } from '../test/e2e/repo.ts';

export interface ActionMeasure {
  ms: number;
  cpuMs: number;
  maxRssKb: number;
  requests: number;
  detail: string;
}

type Files = Record<string, string>;

const result = (model: string, value: number) =>
  fixture('results-below.yaml').replace('frontier-7', model).replace('0.30', value.toFixed(4));

/** `count` result files for frontier-7 in one folder. */
function frontierResults(count: number, folder = 'evals/frontier-7/runs'): Files {
  const files: Files = {};
  for (let i = 0; i < count; i++) files[`${folder}/run-${String(i).padStart(4, '0')}.yaml`] = result('frontier-7', 0.2 + i / 100_000);
  return files;
}

/** A repository holding `count` result files spread over ten more models, each in its own folder. */
function largeRepository(count: number): Files {
  const files = { ...baseFiles() } as Files;
  for (let m = 0; m < 10; m++) files[`models/m-${m}/model.yaml`] = fixture('model-asl2.yaml').replace(/frontier-7/g, `m-${m}`);
  for (let i = 0; i < count; i++) files[`evals/m-${i % 10}/run-${i}.yaml`] = result(`m-${i % 10}`, 0.2 + i / 100_000);
  return files;
}

/** An Inspect .json log of about `bytes` naming frontier-7: a header, then samples. */
function inspectLog(i: number, bytes: number): string {
  const header =
    JSON.parse(`{"version": 2, "status": "success", "eval": {"task": "wmdp_bio", "model": "frontier-7", "created": "2026-01-03T09:00:00+00:00"},
    "results": {"scores": [{"name": "choice", "metrics": {"accuracy": {"name": "accuracy", "value": ${0.2 + i / 10_000}}, "stderr": {"name": "stderr", "value": 0.01}}}]}}`);
  const sample = JSON.stringify(
    { id: 0, input: 'q '.repeat(200), messages: [{ role: 'user', content: 'x'.repeat(300) }], scores: { choice: { value: 'C' } } },
    null,
    2,
  );
  const samples = Array.from({ length: Math.ceil(bytes / sample.length) }, () => sample).join(',\n');
  return `${JSON.stringify(header, null, 2).slice(0, -2)},\n  "samples": [\n${samples}\n]\n}\n`;
}

export const SCENARIOS: Record<string, (full: boolean) => { base?: Files; head: Files; about: string }> = {
  neutral: () => ({ head: { 'README.md': '# models, edited\n' }, about: 'a PR that changes nothing the policy governs' }),
  'changed-300': () => ({ head: frontierResults(300), about: '300 changed result files' }),
  'changed-3000': () => ({ head: frontierResults(3000), about: '3,000 changed result files' }),
  'one-of-3000': () => ({
    base: largeRepository(3000),
    head: { 'evals/frontier-7/new.yaml': result('frontier-7', 0.31) },
    about: '1 changed file in a repository of 3,000 results',
  }),
  'logs-5MB': (full) => {
    const count = full ? 300 : 40;
    const head: Files = {};
    for (let i = 0; i < count; i++) head[`evals/frontier-7/logs/log-${i}.json`] = inspectLog(i, 5 * 2 ** 20);
    return { head, about: `${count} changed Inspect logs of 5 MB` };
  },
};

export async function measureAction(scenario: string, full: boolean): Promise<ActionMeasure> {
  const gh = await startStandIn();
  gh.state.clock = () => new Date(Date.UTC(2026, 0, 5, 12, 0));
  try {
    // The stand-in checks every request against GitHub's descriptions, compiling each check on first use: warm it up
    // with a small evaluation first, so that the measured run waits on the product, not on the stand-in's compiler.
    const warm = await pullRequestScenario(gh, frontierResults(2));
    await runBundled(
      gh,
      warm.fullName,
      'pull_request',
      (await pullRequestEvent(gh, { repo: warm.fullName, number: warm.number, action: 'opened' })).payload,
    );
    await warm.repo.remove();
    const { base, head, about } = SCENARIOS[scenario]!(full);
    const s = await pullRequestScenario(gh, head, base === undefined ? {} : { base });
    const event = await pullRequestEvent(gh, { repo: s.fullName, number: s.number, action: 'opened' });
    gh.reset();
    const started = performance.now();
    const run = await runBundled(gh, s.fullName, event.name, event.payload);
    const ms = performance.now() - started;
    await s.repo.remove();
    return { ms, ...run.probe, requests: gh.requests.length, detail: `${about}; exit code ${run.code}; ${operations(gh)}` };
  } finally {
    await gh.close();
  }
}

/**
 * What any evaluation costs before its first request, measured like the Action: Node starting and exiting
 * (`node-start`), and Node loading the base policy's modules and validating the policy alone (`policy-alone`, from a
 * bundle built as dist/ is).
 */
export async function measureFloor(which: 'node-start' | 'policy-alone'): Promise<ActionMeasure> {
  const workspace = await mkdtemp(join(tmpdir(), 'rsp-gate-bench-'));
  try {
    let args = ['-e', ''];
    if (which === 'policy-alone') {
      const policy = join(workspace, 'rsp-policy.yml');
      await writeFile(policy, baseFiles()['.github/rsp-policy.yml']!);
      args = [await policyBundle(workspace), policy];
    }
    const run = await probed(args, { env: { PATH: process.env['PATH'] ?? '' }, cwd: workspace });
    if (run.code !== 0) throw new Error(`${which} exited with code ${run.code}`);
    return { ms: 0, ...run.probe, requests: 0, detail: which === 'node-start' ? 'node -e ""' : 'the policy loaded and validated' };
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
}

/** A bundle that loads and validates the policy file it is given, built with dist/'s own settings. */
async function policyBundle(dir: string): Promise<string> {
  const path = join(dir, 'policy.mjs');
  const entry = [
    "import { readFileSync } from 'node:fs';",
    "import { loadPolicy } from '../src/policy/load.ts';",
    "const { findings } = loadPolicy(readFileSync(process.argv[2], 'utf8'), '.github/rsp-policy.yml');",
    "if (findings.some((f) => f.severity === 'error')) throw new Error(findings.map((f) => f.message).join('; '));",
  ].join('\n');
  const { buildOptions } = await import('../scripts/build-options.mjs');
  const { build } = await import('esbuild');
  await build({ ...buildOptions, stdin: { contents: entry, resolveDir: import.meta.dirname, loader: 'ts' }, outfile: path, write: true });
  return path;
}

/** How many requests of each operation the run made: `graphql x3, git/upload-pack x2, …`. */
function operations(gh: StandIn): string {
  const counts = new Map<string, number>();
  for (const r of gh.requests) counts.set(r.operationId ?? r.path, (counts.get(r.operationId ?? r.path) ?? 0) + 1);
  return [...counts].map(([op, n]) => `${op} x${n}`).join(', ');
}

/** dist/index.js as the runner starts it, with the probe preloaded. */
async function runBundled(
  gh: StandIn,
  repository: string,
  eventName: string,
  payload: unknown,
): Promise<{ code: number; probe: { cpuMs: number; maxRssKb: number } }> {
  const workspace = await mkdtemp(join(tmpdir(), 'rsp-gate-bench-'));
  try {
    await writeFile(join(workspace, 'event.json'), JSON.stringify(payload));
    await writeFile(join(workspace, 'output.txt'), '');
    const env: Record<string, string> = {
      PATH: process.env['PATH'] ?? '',
      HOME: workspace,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: join(workspace, 'event.json'),
      GITHUB_REPOSITORY: repository,
      GITHUB_API_URL: gh.url,
      GITHUB_GRAPHQL_URL: gh.graphqlUrl,
      GITHUB_SERVER_URL: gh.url,
      GITHUB_RUN_ID: '1001',
      GITHUB_OUTPUT: join(workspace, 'output.txt'),
      RUNNER_TEMP: workspace,
      'INPUT_GITHUB-TOKEN': ACTIONS_TOKEN,
      'INPUT_CHECK-NAME': 'rsp-gate',
      INPUT_COMMENT: 'auto',
      INPUT_REPORT: 'check',
      // Judged as of the stand-in's clock, when the generated evidence is fresh, as a lab's would be.
      'INPUT_EVALUATE-AS-OF': '2026-01-05T12:00:00Z',
    };
    // BENCH_ACTION: another build of the Action, to compare two builds in one run.
    return await probed([process.env['BENCH_ACTION'] ?? join(process.cwd(), 'dist', 'index.js')], { env, cwd: workspace });
  } finally {
    await rm(workspace, { recursive: true, force: true });
  }
}

/** Node with `args`, the probe preloaded: its exit code, and the CPU time and peak memory the probe wrote as it exited. */
async function probed(
  args: string[],
  options: { env: Record<string, string>; cwd: string },
): Promise<{ code: number; probe: { cpuMs: number; maxRssKb: number } }> {
  const out = join(options.cwd, 'probe.json');
  const code = await new Promise<number>((resolve) =>
    execFile(
      process.execPath,
      [
        ...(process.env['BENCH_NODE_FLAGS']?.split(' ') ?? []),
        '--import',
        join(process.cwd(), 'bench', 'probe.mjs'),
        ...(process.env['BENCH_TRACE'] ? ['--import', process.env['BENCH_TRACE']] : []),
        ...args,
      ],
      { env: { ...options.env, BENCH_PROBE: out }, cwd: options.cwd, maxBuffer: 64 << 20 },
      (error, _stdout, stderr) => {
        if (process.env['BENCH_TRACE']) process.stderr.write(stderr);
        resolve(error ? (typeof error.code === 'number' ? error.code : 1) : 0);
      },
    ),
  );
  return { code, probe: JSON.parse(await readFile(out, 'utf8')) };
}
