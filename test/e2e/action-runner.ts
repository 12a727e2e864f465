// Runs the bundled Action the way the runner does: `node dist/index.js` with the runner's environment protocol
// (GITHUB_EVENT_PATH, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, INPUT_*) in an empty workspace.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { ACTIONS_TOKEN } from '../stand-in/identities.ts';
import { afterAll, beforeAll, expect } from 'vitest';
import { startStandIn, type StandIn } from '../stand-in/server.ts';
import { EVALUATED_AT } from './repo.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The Action bundle built from the source under test, with the options of the release build, into a temporary
 * folder (so the test never depends on a stale dist/).
 */
export async function bundleAction(entry = 'src/action/index.ts'): Promise<{ file: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'rsp-gate-dist-'));
  const file = join(dir, 'index.js');
  await build({
    entryPoints: [join(ROOT, entry)],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    logLevel: 'error',
    banner: {
      js: "import { createRequire as __rspCreateRequire } from 'node:module'; const require = __rspCreateRequire(import.meta.url);",
    },
  });
  return { file, remove: () => rm(dir, { recursive: true, force: true }) };
}

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
  /** What the step kept for its post step (core.saveState), as the runner hands it over: STATE_<name>. */
  state: Record<string, string>;
}

export interface ActionRunOptions {
  bundle: string;
  eventName: string;
  payload: unknown;
  repository: string;
  apiUrl: string;
  graphqlUrl: string;
  inputs: Record<string, string>;
  /** GITHUB_SHA: for issue_comment the runner sets the default branch's tip. */
  sha?: string;
  /** GITHUB_SERVER_URL, GitHub's web origin (where Git LFS is served); default https://github.example. */
  serverUrl?: string;
  /** The state the main step kept, for a post step. */
  state?: Record<string, string>;
  /** Kill the step (SIGTERM, as a cancelled or timed-out job) after this long; default 120 s. */
  timeoutMs?: number;
}

export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const workspace = await mkdtemp(join(tmpdir(), 'rsp-gate-runner-'));
  const eventPath = join(workspace, 'event.json');
  const outputPath = join(workspace, 'output.txt');
  const summaryPath = join(workspace, 'summary.md');
  const statePath = join(workspace, 'state.txt');
  await writeFile(statePath, '');
  await writeFile(eventPath, JSON.stringify(options.payload));
  await writeFile(outputPath, '');
  await writeFile(summaryPath, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: workspace,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: options.repository,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_GRAPHQL_URL: options.graphqlUrl,
    GITHUB_SERVER_URL: options.serverUrl ?? 'https://github.example',
    GITHUB_RUN_ID: '1001',
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_STATE: statePath,
    GITHUB_WORKSPACE: join(workspace, 'work'),
    RUNNER_TEMP: workspace,
    ...(options.sha ? { GITHUB_SHA: options.sha } : {}),
  };
  // The runner passes inputs as INPUT_<NAME> with the name upper-cased and spaces replaced (dashes are kept).
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value;
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      [options.bundle],
      { env, cwd: workspace, timeout: options.timeoutMs ?? 120_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
  const state = parseOutputs(await readFile(statePath, 'utf8'));
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(await readFile(outputPath, 'utf8')),
    summary: await readFile(summaryPath, 'utf8'),
    workspace,
    state,
  };
}

/** GITHUB_OUTPUT holds `name<<delimiter\nvalue\ndelimiter` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!match) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== match[2]; i++) value.push(lines[i]!);
    outputs[match[1]!] = value.join('\n');
  }
  return outputs;
}

/** The inputs a lab's workflow gives the gate, judged as of the tests' fixed time. */
const GATE_INPUTS = {
  'github-token': ACTIONS_TOKEN,
  'check-name': 'rsp-gate',
  comment: 'auto',
  report: 'check',
  'evaluate-as-of': EVALUATED_AT,
};

/** The gate's step on `repository` of a stand-in, with the usual inputs (and `options.inputs` over them). */
export function runGateStep(
  gh: { url: string; graphqlUrl: string },
  repository: string,
  event: { name: string; payload: unknown },
  options: Partial<ActionRunOptions> & { bundle: string },
): Promise<ActionRun> {
  return runAction({
    ...options,
    eventName: event.name,
    payload: event.payload,
    repository,
    apiUrl: gh.url,
    graphqlUrl: gh.graphqlUrl,
    inputs: { ...GATE_INPUTS, ...options.inputs },
  });
}

/**
 * One stand-in and one bundle of the Action shared by a test file, with GitHub's clock a minute later at every write
 * (a PR opened, a push, a check suite, a comment); after the file, every request the Action made must have been one
 * GitHub's descriptions call valid, answered as they describe.
 */
export function useActionAgainstStandIn(): { gh: StandIn; bundle: { file: string } } {
  const shared = {} as { gh: StandIn; bundle: { file: string; remove(): Promise<void> } };
  let minute = 0;
  beforeAll(async () => {
    [shared.gh, shared.bundle] = await Promise.all([startStandIn(), bundleAction()]);
    shared.gh.state.clock = () => new Date(Date.UTC(2026, 0, 5, 12, minute++));
  });
  afterAll(async () => {
    expect(shared.gh.invalidRequests().map((r) => `${r.method} ${r.path}: ${r.invalid}`)).toEqual([]);
    expect(shared.gh.requests.filter((r) => r.responseProblem).map((r) => r.responseProblem)).toEqual([]);
    await Promise.all([shared.gh.close(), shared.bundle.remove()]);
  });
  return shared;
}
